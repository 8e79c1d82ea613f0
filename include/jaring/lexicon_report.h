// The lexicon's statistics and name lookups as tables (`jaring lexicon stats|lookup`),
// printed with write_tables() as an aligned table, TSV or JSON.
#pragma once

#include <vector>

#include "jaring/lexicon.h"
#include "jaring/table.h"

namespace jaring {

/// Tables `entities` (per type: count, with QID, coverage, names), `kinds`, `countries`
/// (UN members and all countries: ISO and QID coverage), `names` (CLDR names per
/// language, all match keys) and `load` (files, counts, load time in ms).
std::vector<Table> lexicon_stats_tables(const LexiconStats& stats);

/// One table `lookup`: a row per entity each name can mean, the default choice first.
std::vector<Table> lexicon_lookup_tables(const Lexicon& lex, const std::vector<LexiconLookup>& lookups);

}  // namespace jaring
