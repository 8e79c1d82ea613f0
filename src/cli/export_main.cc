// jaring export graph.jsonld --to FORMAT [-o PATH] : a graph in another format.
#include "common.h"
#include "jaring/error.h"
#include "jaring/exporter.h"
#include "jaring/jsonld_reader.h"

namespace jaring::cli {

namespace {

// --to, else the format the output's extension names.
std::unique_ptr<Exporter> exporter_of(const std::string& to, const std::string& output) {
  if (!to.empty()) return make_exporter(to);
  if (auto exporter = output == "-" ? nullptr : exporter_for_path(output)) return exporter;
  throw UsageError("export: which format? pass --to (graphml, csv, nquads, dot, jsonld)");
}

}  // namespace

void add_export_command(CLI::App& app, GlobalOptions& g) {
  struct Options {
    std::string graph;
    std::string to;
    std::string output = "-";
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("export", "Write a graph as GraphML, CSV, N-Quads, DOT or JSON-LD");
  cmd->add_option("graph", opt->graph, "a graph written by jaring (JSON-LD); '-' reads standard input")->required();
  cmd->add_option("--to", opt->to, "graphml, csv, nquads, dot or jsonld (default: from -o's extension)")
      ->check(CLI::IsMember({"graphml", "csv", "nquads", "dot", "jsonld"}));
  cmd->add_option("-o,--output", opt->output,
                  "output file (default: standard output); for csv a directory (DIR/nodes.csv,\n"
                  "DIR/relationships.csv) or a prefix (P.nodes.csv, P.relationships.csv)");
  cmd->footer(
      "Examples:\n"
      "  jaring export graph.jsonld --to graphml -o graph.graphml     Gephi, yEd, NetworkX\n"
      "  jaring export graph.jsonld --to csv -o import/               neo4j-admin import\n"
      "  jaring export graph.jsonld --to nquads | gzip > graph.nq.gz  any RDF store\n"
      "\n"
      "Formats are described in docs/exports.md.");
  cmd->callback([opt, &g] {
    const auto exporter = exporter_of(opt->to, opt->output);
    const RelationSet relations = load_relations(g);
    KnowledgeGraph graph(relations);
    read_jsonld_file(opt->graph, graph);
    exporter->write_to(graph, opt->output);
    if (exporter->name() == "csv") {
      const auto [nodes, relationships] = csv_paths(opt->output);
      note(g, "wrote " + nodes.string() + " and " + relationships.string());
    }
  });
}

}  // namespace jaring::cli
