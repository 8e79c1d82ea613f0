// jaring show GRAPH NAME : an entity's card: its names, type, QID and every relation.
#include "graph_command.h"
#include "jaring/lookup.h"

namespace jaring::cli {

void add_show_command(CLI::App& app, GlobalOptions& g) {
  struct Options : GraphCommandOptions {
    std::string name;
    bool evidence = false;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("show", "Show an entity: its names, type, QID and relations with evidence");
  add_graph_argument(cmd, *opt);
  cmd->add_option("name", opt->name, "the entity: any name or alias, in any language, its id or QID")->required();
  add_output_options(cmd, *opt);
  cmd->add_option("--relation", opt->relations, "show only this relation (repeatable; 'a|b' lists several)");
  cmd->add_flag("--evidence", opt->evidence, "every sentence of each relation, not only the first");
  cmd->footer(
      "Every relation is listed, negated ones too (column negated counts them), each with\n"
      "its first plainly stated evidence.\n"
      "\n"
      "Examples:\n"
      "  jaring show graph.jsonld 'Korea Utara'\n"
      "  jaring show graph.jsonld Q423 --relation supports --evidence\n"
      "  jaring show graph.jsonld 'Kim Jong Un' --format svg -o kim.svg");
  cmd->callback([opt, &g] {
    const auto loaded = load_vocabulary(g);
    const EdgeFilter filter = edge_filter(*opt, loaded->relations);
    read_graph(g, *opt, *loaded);
    const Vertex v = EntityLookup(loaded->graph).resolve(opt->name);
    write_output(
        *opt, [&] { return entity_card(loaded->graph, v, filter, opt->evidence); },
        [&] { return entity_subgraph(loaded->graph, v, filter); });
  });
}

}  // namespace jaring::cli
