// jaring stats GRAPH : counts per type and relation, and the most central actors.
#include "graph_command.h"

namespace jaring::cli {

void add_stats_command(CLI::App& app, GlobalOptions& g) {
  struct Options : GraphCommandOptions {
    std::size_t top = 10;
    std::string by = "degree";
    bool betweenness = false;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("stats", "Count entities and relations; rank actors by degree, PageRank, betweenness");
  add_graph_argument(cmd, *opt);
  cmd->add_option("--top", opt->top, "how many actors to list (default 10)");
  cmd->add_option("--by", opt->by, "rank actors by degree (default), pagerank or betweenness")
      ->check(CLI::IsMember({"degree", "pagerank", "betweenness"}));
  cmd->add_flag("--betweenness", opt->betweenness, "compute betweenness even on a large graph (it can take minutes)");
  add_edge_options(cmd, *opt);
  add_output_options(cmd, *opt);
  cmd->footer(
      "Degree counts the relations an actor takes part in. PageRank follows relations from\n"
      "subject to object (both ways for symmetric ones); betweenness takes the graph as\n"
      "undirected and is skipped on large graphs unless asked for. --format dot draws the\n"
      "top actors and the relations among them.\n"
      "\n"
      "Examples:\n"
      "  jaring stats graph.jsonld\n"
      "  jaring stats graph.jsonld --top 20 --by pagerank --format json\n"
      "  jaring stats graph.jsonld --relation 'attacks|fights|invades' --format svg -o conflict.svg");
  cmd->callback([opt, &g] {
    const auto loaded = load_vocabulary(g);
    const EdgeFilter filter = edge_filter(*opt, loaded->relations);
    read_graph(g, *opt, *loaded);
    const Ranking by = opt->by == "pagerank" ? Ranking::PageRank : opt->by == "betweenness" ? Ranking::Betweenness : Ranking::Degree;
    const GraphStats stats = graph_stats(loaded->graph, filter, opt->top, by, opt->betweenness);
    if (!stats.betweenness) note(g, "stats: betweenness skipped on a graph this large (--betweenness computes it)");
    write_output(
        *opt, [&] { return stats_tables(loaded->graph, stats); },
        [&] { return stats_subgraph(loaded->graph, stats, filter); });
  });
}

}  // namespace jaring::cli
