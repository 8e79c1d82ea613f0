// jaring lexicon stats | lookup NAME... : what the actor lexicon holds and what a name means.
#include <unistd.h>

#include <iostream>

#include "common.h"
#include "jaring/data_dir.h"
#include "jaring/error.h"
#include "jaring/lexicon_report.h"

namespace jaring::cli {

namespace {

struct LexiconOptions {
  std::string format;
  std::vector<std::string> names;
};

std::filesystem::path data_dir(const GlobalOptions& g) {
  return find_data_dir(g.data_dir.empty() ? std::nullopt : std::optional<std::filesystem::path>(g.data_dir));
}

std::vector<std::filesystem::path> user_lexicons(const GlobalOptions& g) {
  return {g.lexicons.begin(), g.lexicons.end()};
}

void print(const std::vector<Table>& tables, const std::string& format) {
  const std::string chosen = !format.empty() ? format : ::isatty(STDOUT_FILENO) ? "table" : "tsv";
  write_tables(tables, parse_table_format(chosen), std::cout);
}

void add_format_option(CLI::App* cmd, LexiconOptions& o) {
  cmd->add_option("-f,--format", o.format, "table (the default on a terminal), tsv (otherwise) or json")
      ->check(CLI::IsMember({"table", "tsv", "json"}));
}

}  // namespace

void add_lexicon_command(CLI::App& app, GlobalOptions& g) {
  auto opt = std::make_shared<LexiconOptions>();
  CLI::App* cmd = app.add_subcommand("lexicon", "Show what the actor lexicon holds and what a name resolves to");
  cmd->require_subcommand(1);
  cmd->footer(
      "The lexicon is data/lexicons/ plus every --lexicon file (given before the command),\n"
      "loaded and validated as extract and build load it.\n"
      "\n"
      "Examples:\n"
      "  jaring lexicon stats\n"
      "  jaring lexicon stats --format json\n"
      "  jaring lexicon lookup Georgia 'Korea Utara' AS Lavrov Q423\n"
      "  jaring --lexicon my-actors.tsv lexicon lookup 'Pakta Samudra'");

  CLI::App* stats = cmd->add_subcommand(
      "stats", "Entities per type and kind, QID and ISO coverage, names per language, load time");
  add_format_option(stats, *opt);
  stats->footer(
      "Tables: entities (per type, with QID), kinds, countries (ISO 3166 and QID coverage of\n"
      "the UN member states and of all countries and territories), names (CLDR names per\n"
      "language, all names text is matched on), load (files, facts, titles, load time in ms).\n"
      "\n"
      "Examples:\n"
      "  jaring lexicon stats\n"
      "  jaring lexicon stats --format tsv > lexicon-stats.tsv\n"
      "  jaring --lexicon my-actors.tsv lexicon stats --format json");
  stats->callback([opt, &g] {
    const LexiconStats s = lexicon_stats(data_dir(g), user_lexicons(g));
    print(lexicon_stats_tables(s), opt->format);
  });

  CLI::App* lookup = cmd->add_subcommand(
      "lookup", "Every entity each NAME resolves to, with type, QID and ISO codes; alternatives for shared names");
  lookup->add_option("names", opt->names, "names, aliases, short names, ids or QIDs")->required();
  add_format_option(lookup, *opt);
  lookup->footer(
      "A name several entities share (Georgia, Korea, Congo) lists them all: the default is\n"
      "what a text means without context; in a document, the other actors it names choose.\n"
      "A single word that is part of lexicon persons' names (Lavrov, Kim) lists them as\n"
      "short names: a document resolves it to the one it names in full. Matching ignores\n"
      "diacritics; names in capitals (AS, DPRK) match only in capitals, others in any case.\n"
      "Exit status 1 when some name resolves to nothing.\n"
      "\n"
      "Examples:\n"
      "  jaring lexicon lookup Georgia Congo Korea\n"
      "  jaring lexicon lookup 'Gedung Putih' Kremlin Pyongyang\n"
      "  jaring lexicon lookup AS as Kim --format json");
  lookup->callback([opt, &g] {
    const Lexicon lex = Lexicon::load(data_dir(g), user_lexicons(g));
    std::vector<LexiconLookup> found;
    for (const std::string& name : opt->names) {
      found.push_back(lexicon_lookup(lex, name));
      if (found.back().entities.empty()) {
        error("no entity is named '" + name + "'");
        g.status = kExitInput;
      }
    }
    print(lexicon_lookup_tables(lex, found), opt->format);
  });
}

}  // namespace jaring::cli
