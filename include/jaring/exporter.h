// Graph exporters share one interface and are picked by name (`jsonld`, `nquads`,
// `dot`, `svg`, ...). Files are written atomically: a temporary file in the target
// directory, renamed over the target once complete.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jaring/graph.h"

namespace jaring {

class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view description() const = 0;
  virtual void write(const KnowledgeGraph& graph, std::ostream& out) const = 0;
  /// Writes the graph to `path` ("-" = standard output) with write_atomically(). Formats
  /// of several files (CSV: nodes and relationships) override this to name theirs.
  virtual void write_to(const KnowledgeGraph& graph, const std::filesystem::path& path) const;
};

/// The exporter called `name`; throws UsageError naming the known formats otherwise.
std::unique_ptr<Exporter> make_exporter(std::string_view name);
std::vector<std::string> exporter_names();
/// The exporter for a file name's extension (.jsonld, .nq, .dot, .svg, ...), or null.
std::unique_ptr<Exporter> exporter_for_path(const std::filesystem::path& path);

/// The two files of the CSV export to `path`: DIR/nodes.csv and DIR/relationships.csv
/// when `path` is a directory or ends with '/', else PREFIX.nodes.csv and
/// PREFIX.relationships.csv (PREFIX is `path` without a .csv extension).
std::pair<std::filesystem::path, std::filesystem::path> csv_paths(const std::filesystem::path& path);

/// The Graphviz layout engines diagrams can be drawn with: dot, neato, fdp, sfdp.
std::vector<std::string> layout_names();
/// A diagram (svg, png or pdf) drawn with `layout`; throws UsageError naming the known
/// formats or layouts otherwise. make_exporter("svg") is make_diagram_exporter("svg", "dot").
std::unique_ptr<Exporter> make_diagram_exporter(std::string_view format, std::string_view layout);

/// Writes `path` through a temporary file and a rename. Throws OutputError naming the
/// file when it cannot be written; the previous content is then left untouched.
void write_atomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& body);

}  // namespace jaring
