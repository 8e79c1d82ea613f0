#include "graph_command.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>

#include "jaring/error.h"
#include "jaring/exporter.h"
#include "jaring/jsonld_reader.h"

namespace jaring::cli {

void add_graph_argument(CLI::App* cmd, GraphCommandOptions& o) {
  cmd->add_option("graph", o.graph, "the graph: JSON-LD written by `jaring build` ('-' reads standard input)")
      ->required();
}

void add_output_options(CLI::App* cmd, GraphCommandOptions& o) {
  cmd->add_option("-f,--format", o.format,
                  "table, tsv, json, dot or svg (default: table on a terminal, tsv otherwise)")
      ->check(CLI::IsMember({"table", "tsv", "json", "dot", "svg"}));
  cmd->add_option("-o,--output", o.output, "write to this file instead of standard output");
}

void add_edge_options(CLI::App* cmd, GraphCommandOptions& o) {
  cmd->add_option("--relation", o.relations, "follow only this relation (repeatable; 'meets|talks_with' lists several)");
  cmd->add_flag("--any-evidence", o.any_evidence, "also follow relations only stated negated or hedged");
}

std::unique_ptr<LoadedGraph> load_vocabulary(const GlobalOptions& g) {
  return std::make_unique<LoadedGraph>(load_relations(g));
}

void read_graph(const GlobalOptions& g, const GraphCommandOptions& o, LoadedGraph& loaded) {
  const auto start = std::chrono::steady_clock::now();
  read_jsonld_file(o.graph, loaded.graph);
  if (g.verbose) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.2f",
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    note(g, "graph: " + std::to_string(loaded.graph.vertex_count()) + " entities, " +
                std::to_string(loaded.graph.edge_count()) + " relations, read in " + seconds + " s");
  }
}

EdgeFilter edge_filter(const GraphCommandOptions& o, const RelationSet& relations) {
  EdgeFilter f;
  if (o.any_evidence) f.evidence = EvidenceFilter::any();
  for (const std::string& list : o.relations) {
    std::size_t start = 0;
    while (start <= list.size()) {
      const std::size_t end = std::min(list.find_first_of("|,", start), list.size());
      const std::string id = list.substr(start, end - start);
      if (!id.empty()) {
        if (!relations.find(id)) throw UsageError("unknown relation '" + id + "' (the relations are listed in data/relations.tsv)");
        f.relations.push_back(id);
      }
      start = end + 1;
    }
  }
  return f;
}

void write_output(const GraphCommandOptions& o, const std::function<std::vector<Table>()>& tables,
                  const std::function<KnowledgeGraph()>& drawing) {
  std::string format = o.format;
  if (format.empty()) format = o.output == "-" && ::isatty(STDOUT_FILENO) ? "table" : "tsv";
  if (format == "dot" || format == "svg") return make_exporter(format)->write_to(drawing(), o.output);
  const TableFormat table_format = parse_table_format(format);
  const std::vector<Table> result = tables();
  write_atomically(o.output, [&](std::ostream& out) { write_tables(result, table_format, out); });
}

}  // namespace jaring::cli
