// jaring path GRAPH A B : how two entities are connected, as triples with evidence.
#include "graph_command.h"
#include "jaring/lookup.h"

namespace jaring::cli {

void add_path_command(CLI::App& app, GlobalOptions& g) {
  struct Options : GraphCommandOptions {
    std::string from, to;
    std::size_t k = 0;
    std::size_t max_paths = 20;
    bool evidence = false;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("path", "Show the shortest paths between two entities, with evidence");
  add_graph_argument(cmd, *opt);
  cmd->add_option("from", opt->from, "the first entity: any name or alias, its id or QID")->required();
  cmd->add_option("to", opt->to, "the second entity")->required();
  CLI::Option* k = cmd->add_option("-k,--k", opt->k, "the k shortest paths, of any length (default: every shortest path)")
                       ->check(CLI::Range(1, 1000));
  cmd->add_option("--max-paths", opt->max_paths, "without --k: print at most this many shortest paths (default 20)")
      ->excludes(k)
      ->check(CLI::Range(1, 100000));
  add_edge_options(cmd, *opt);
  add_output_options(cmd, *opt);
  cmd->add_flag("--evidence", opt->evidence, "every sentence of each step, not only the first");
  cmd->footer(
      "Relations are followed in either direction. A step shows its best-attested relation\n"
      "with its first sentence; column also lists the other relations of that step.\n"
      "\n"
      "Examples:\n"
      "  jaring path graph.jsonld 'Kim Jong Un' Ukraine\n"
      "  jaring path graph.jsonld 'Kim Jong Un' Ukraine --k 5 --format json\n"
      "  jaring path graph.jsonld Korut Kyiv --relation 'supports|fights' --format svg -o path.svg");
  cmd->callback([opt, &g] {
    const auto loaded = load_vocabulary(g);
    const EdgeFilter filter = edge_filter(*opt, loaded->relations);
    read_graph(g, *opt, *loaded);
    const EntityLookup lookup(loaded->graph);
    const Vertex a = lookup.resolve(opt->from), b = lookup.resolve(opt->to);
    const std::vector<Path> paths = opt->k ? k_shortest_paths(loaded->graph, a, b, filter, opt->k)
                                           : shortest_paths(loaded->graph, a, b, filter, opt->max_paths);
    if (paths.empty()) note(g, "path: no path between " + loaded->graph.graph()[a].name + " and " + loaded->graph.graph()[b].name);
    write_output(
        *opt, [&] { return std::vector<Table>{paths_table(loaded->graph, paths, filter, opt->evidence)}; },
        [&] { return paths_subgraph(loaded->graph, paths, filter); });
  });
}

}  // namespace jaring::cli
