// jaring merge A.jsonld B.jsonld... -o C.jsonld : one graph from graphs built separately.
#include "common.h"
#include "jaring/error.h"
#include "jaring/exporter.h"
#include "jaring/jsonld_reader.h"

namespace jaring::cli {

void add_merge_command(CLI::App& app, GlobalOptions& g) {
  struct Options {
    std::vector<std::string> graphs;
    std::string output;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("merge", "Merge graphs built separately into one");
  cmd->add_option("graphs", opt->graphs, "graphs written by jaring (JSON-LD); '-' reads standard input")->required();
  cmd->add_option("-o,--output", opt->output, "the merged graph as JSON-LD ('-' for standard output)")->required();
  cmd->footer(
      "Examples:\n"
      "  jaring merge monday.jsonld tuesday.jsonld -o week.jsonld\n"
      "\n"
      "The result is the graph `jaring build` makes of all their inputs at once: the same\n"
      "sentence of the same document counts once, so merging a graph with itself changes\n"
      "nothing. A graph that cannot be read is reported and left out (exit status 1).");
  cmd->callback([opt, &g] {
    const RelationSet relations = load_relations(g);
    KnowledgeGraph merged(relations);
    std::size_t failed = 0;
    for (const std::string& path : opt->graphs) {
      // Each into a graph of its own: a graph that fails half-way adds nothing.
      KnowledgeGraph part(relations);
      try {
        read_jsonld_file(path, part);
      } catch (const InputError& e) {
        error(e.what());
        ++failed;
        continue;
      }
      merged.merge(part);
    }
    write_atomically(opt->output, [&](std::ostream& out) { make_exporter("jsonld")->write(merged, out); });
    note(g, "graph: " + std::to_string(merged.vertex_count()) + " entities, " + std::to_string(merged.edge_count()) +
                " relations from " + std::to_string(opt->graphs.size() - failed) + " graph(s)");
    if (failed) g.status = kExitInput;
  });
}

}  // namespace jaring::cli
