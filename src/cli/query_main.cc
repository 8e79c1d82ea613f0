// jaring query GRAPH 'PATTERN' : answer a pattern query over a graph.
#include "graph_command.h"
#include "jaring/query.h"

namespace jaring::cli {

void add_query_command(CLI::App& app, GlobalOptions& g) {
  struct Options : GraphCommandOptions {
    std::string pattern;
    bool evidence = false;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("query", "Ask a graph who does what to whom with a pattern");
  add_graph_argument(cmd, *opt);
  cmd->add_option("pattern", opt->pattern, "the query, e.g. '?x supports Russia'")->required();
  add_output_options(cmd, *opt);
  cmd->add_flag("--evidence", opt->evidence, "print the sentences behind each row");
  cmd->footer(
      "Patterns (README, \"Querying the graph\"):\n"
      "  SUBJECT RELATION OBJECT [. more patterns]   ?x a variable, names as written\n"
      "  ?x:Person  type       meets|talks_with  alternatives       ?r  any relation\n"
      "  [negated] [hedged] [any] [mentions >= 2, confidence >= 0.8, date >= 2025-03, lang = id]\n"
      "  SELECT [DISTINCT] ?x   DISTINCT ?x   COUNT [BY ?r]   ORDER BY ?x|count|mentions|date [DESC]   LIMIT n\n"
      "\n"
      "Examples:\n"
      "  jaring query graph.jsonld '?x supports Russia'\n"
      "  jaring query graph.jsonld '?x deploys_troops_to ?y . ?y fights Ukraine' --evidence\n"
      "  jaring query graph.jsonld 'Korea Utara ?r ?y COUNT BY ?r' --format json\n"
      "  jaring query graph.jsonld '?a meets|talks_with ?b [date >= 2025-01]' --format svg -o meetings.svg\n"
      "  jaring query graph.jsonld '?x invades ?y [negated]'");
  cmd->callback([opt, &g] {
    const auto loaded = load_vocabulary(g);
    // A mistyped query fails before a large graph is read.
    const Query query = parse_query(opt->pattern, loaded->relations);
    read_graph(g, *opt, *loaded);
    const QueryEngine engine(loaded->graph);
    const QueryResult result = engine.run(query);
    write_output(
        *opt, [&] { return std::vector<Table>{result_table(loaded->graph, query, result, opt->evidence)}; },
        [&] { return result_subgraph(loaded->graph, query, result); });
    if (g.verbose) note(g, std::to_string(result.rows.size()) + " row(s)");
  });
}

}  // namespace jaring::cli
