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
#include <vector>

#include "jaring/graph.h"

namespace jaring {

class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual std::string_view name() const = 0;
  virtual std::string_view description() const = 0;
  virtual void write(const KnowledgeGraph& graph, std::ostream& out) const = 0;
};

/// The exporter called `name`; throws UsageError naming the known formats otherwise.
std::unique_ptr<Exporter> make_exporter(std::string_view name);
std::vector<std::string> exporter_names();
/// The exporter for a file name's extension (.jsonld, .nq, .dot, .svg, ...), or null.
std::unique_ptr<Exporter> exporter_for_path(const std::filesystem::path& path);

/// Writes `path` through a temporary file and a rename. Throws OutputError naming the
/// file when it cannot be written; the previous content is then left untouched.
void write_atomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& body);

}  // namespace jaring
