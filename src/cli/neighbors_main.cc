// jaring neighbors GRAPH NAME : the entities related to one, up to some steps away.
#include "graph_command.h"
#include "jaring/lookup.h"

namespace jaring::cli {

void add_neighbors_command(CLI::App& app, GlobalOptions& g) {
  struct Options : GraphCommandOptions {
    std::string name;
    std::size_t depth = 1;
    bool evidence = false;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("neighbors", "List the entities related to one, in either direction");
  add_graph_argument(cmd, *opt);
  cmd->add_option("name", opt->name, "the entity: any name or alias, in any language, its id or QID")->required();
  cmd->add_option("--depth", opt->depth, "how many relations away to go (default 1)")->check(CLI::Range(1, 100));
  add_edge_options(cmd, *opt);
  add_output_options(cmd, *opt);
  cmd->add_flag("--evidence", opt->evidence, "print the sentences behind each relation");
  cmd->footer(
      "One row per relation that reaches an entity from one a step closer.\n"
      "\n"
      "Examples:\n"
      "  jaring neighbors graph.jsonld 'North Korea'\n"
      "  jaring neighbors graph.jsonld Rusia --depth 2 --relation 'supports|supplies_weapons_to'\n"
      "  jaring neighbors graph.jsonld 'Kim Jong Un' --depth 2 --format svg -o kim.svg");
  cmd->callback([opt, &g] {
    const auto loaded = load_vocabulary(g);
    const EdgeFilter filter = edge_filter(*opt, loaded->relations);
    read_graph(g, *opt, *loaded);
    const Vertex center = EntityLookup(loaded->graph).resolve(opt->name);
    const std::vector<Neighbor> found = neighbors(loaded->graph, center, opt->depth, filter);
    write_output(
        *opt, [&] { return std::vector<Table>{neighbors_table(loaded->graph, found, filter, opt->evidence)}; },
        [&] { return neighbors_subgraph(loaded->graph, center, found, filter); });
  });
}

}  // namespace jaring::cli
