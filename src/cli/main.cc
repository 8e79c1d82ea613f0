// jaring: the command line. Parses arguments, runs one subcommand, maps errors to exit
// statuses. The library does the work.
#include <iostream>

#include "common.h"
#include "jaring/error.h"
#include "jaring/version.h"

int main(int argc, char** argv) {
  using namespace jaring;
  CLI::App app("jaring: build knowledge graphs of who does what to whom from news (Indonesian, English)",
               "jaring");
  cli::GlobalOptions g;
  app.set_version_flag("--version", std::string("jaring ") + kVersion);
  app.add_option("--data-dir", g.data_dir, "data directory (lexicons, frames); default: found beside the program");
  app.add_option("--lexicon", g.lexicons, "extra lexicon TSV file adding or overriding entities (repeatable)");
  app.add_flag("-q,--quiet", g.quiet, "no progress or summaries on standard error");
  app.add_flag("-v,--verbose", g.verbose, "more detail on standard error");
  app.require_subcommand(1);
  app.fallthrough();
  app.footer(
      "Examples:\n"
      "  jaring extract article.txt                      triples, one per line\n"
      "  jaring extract --format jsonl news/*.txt        JSON Lines for scripts\n"
      "  jaring build news/*.txt -o graph.jsonld --svg graph.svg\n"
      "  jaring render graph.jsonld -o korea.svg --focus 'Korea Utara'\n"
      "  jaring export graph.jsonld --to graphml -o graph.graphml\n"
      "  jaring query graph.jsonld '?x supports Russia'     a pattern query\n"
      "  jaring path graph.jsonld 'Kim Jong Un' Ukraine       how two actors are connected\n"
      "  jaring lexicon lookup Georgia Korea Lavrov         what a name resolves to\n"
      "\n"
      "Exit status: 0 ok; 1 some inputs could not be read (the others were processed);\n"
      "2 bad command line; 3 a data file is malformed; 4 an output could not be written.");
  cli::add_extract_command(app, g);
  cli::add_build_command(app, g);
  cli::add_merge_command(app, g);
  cli::add_render_command(app, g);
  cli::add_export_command(app, g);
  cli::add_query_command(app, g);
  cli::add_show_command(app, g);
  cli::add_neighbors_command(app, g);
  cli::add_path_command(app, g);
  cli::add_stats_command(app, g);
  cli::add_lexicon_command(app, g);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : kExitUsage;
  } catch (const Error& e) {
    cli::error(e.what());
    return e.exit_status();
  } catch (const std::exception& e) {
    cli::error(std::string("internal error: ") + e.what());
    return kExitInternal;
  }
  return g.status;
}
