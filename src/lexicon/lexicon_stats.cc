// What the lexicon holds, for `jaring lexicon stats` and `jaring lexicon lookup`: counts
// per type and kind, Wikidata and ISO coverage, names per source, load time; and every
// entity a name can mean.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>

#include "jaring/lexicon.h"
#include "jaring/lexicon_report.h"
#include "jaring/text.h"
#include "jaring/tsv.h"

namespace jaring {

LexiconStats lexicon_stats(const std::filesystem::path& data_dir,
                           const std::vector<std::filesystem::path>& user_files) {
  const auto start = std::chrono::steady_clock::now();
  const Lexicon lex = Lexicon::load(data_dir, user_files);
  LexiconStats s;
  s.load_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();

  const EntityType order[] = {EntityType::Country, EntityType::Person, EntityType::Organization, EntityType::Place};
  std::map<EntityType, LexiconStats::TypeRow> rows;
  std::map<std::string, std::size_t> kinds;
  for (const auto& e : lex.entities_) {
    LexiconStats::TypeRow& row = rows[e->type];
    ++row.entities;
    if (!e->qid.empty()) ++row.with_qid;
    ++kinds[std::string(to_string(e->type)) + "/" + (e->kind.empty() ? "-" : e->kind)];
    if (e->type == EntityType::Country) {
      ++s.countries;
      if (!e->iso2.empty()) ++s.countries_iso2;
      if (!e->iso3.empty()) ++s.countries_iso3;
      if (e->kind == "state") {
        ++s.un_members;
        if (!e->iso2.empty() && !e->iso3.empty()) ++s.un_members_iso;
        if (!e->qid.empty()) ++s.un_members_qid;
      }
    }
  }
  for (const Alias& a : lex.aliases_) ++rows[lex.entities_[a.entity]->type].names;
  LexiconStats::TypeRow total{"all", 0, 0, 0};
  for (EntityType t : order) {
    LexiconStats::TypeRow row = rows[t];
    row.type = to_string(t);
    total.entities += row.entities;
    total.with_qid += row.with_qid;
    total.names += row.names;
    s.types.push_back(row);
  }
  s.types.push_back(total);
  s.kinds.assign(kinds.begin(), kinds.end());
  s.cldr = lex.cldr_names();
  s.match_keys = lex.alias_count();
  s.facts = lex.facts().size();
  s.titles = lex.titles().size();
  s.institutions = lex.institutions().size();
  s.nonentities = lex.nonentity_count();
  s.files = lex.files().size();
  return s;
}

LexiconLookup lexicon_lookup(const Lexicon& lex, std::string_view name) {
  LexiconLookup out;
  out.name = std::string(trim(name));
  out.entities = lex.lookup(out.name);
  if (!out.entities.empty()) {
    const Entity& first = *lex.entity(out.entities.front());
    out.how = first.id == out.name && out.entities.size() == 1 && first.name != out.name ? "id"
              : first.qid == out.name                                                     ? "qid"
                                                                                          : "name";
    return out;
  }
  // A single word naming part of lexicon persons: what it means after a full mention.
  const std::vector<std::string> toks = name_tokens(out.name);
  if (toks.size() == 1)
    if (const auto* persons = lex.persons_by_name_part(toks.front())) {
      out.entities = *persons;
      out.how = "short name";
    }
  return out;
}

namespace {

std::string percent(std::size_t part, std::size_t whole) {
  if (whole == 0) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
  return buf;
}

Cell number(std::size_t n) { return Cell::of_number(static_cast<double>(n)); }

}  // namespace

std::vector<Table> lexicon_stats_tables(const LexiconStats& s) {
  std::vector<Table> out;

  Table types{"entities", {"type", "entities", "with_qid", "qid_coverage", "names"}, {}, false, true};
  for (const auto& row : s.types)
    types.rows.push_back({{Cell::of_text(row.type), number(row.entities), number(row.with_qid),
                           Cell::of_text(percent(row.with_qid, row.entities)), number(row.names)},
                          {}});
  out.push_back(std::move(types));

  Table kinds{"kinds", {"type", "kind", "entities"}, {}, false, true};
  for (const auto& [key, n] : s.kinds) {
    const auto slash = key.find('/');
    kinds.rows.push_back({{Cell::of_text(key.substr(0, slash)), Cell::of_text(key.substr(slash + 1)), number(n)}, {}});
  }
  out.push_back(std::move(kinds));

  Table countries{"countries", {"set", "entities", "with_iso2", "with_iso3", "iso_coverage", "with_qid"}, {}, false, true};
  countries.rows.push_back({{Cell::of_text("UN member states"), number(s.un_members), number(s.un_members_iso),
                             number(s.un_members_iso), Cell::of_text(percent(s.un_members_iso, s.un_members)),
                             number(s.un_members_qid)},
                            {}});
  const auto& country_row = s.types.front();
  countries.rows.push_back({{Cell::of_text("all countries and territories"), number(s.countries),
                             number(s.countries_iso2), number(s.countries_iso3),
                             Cell::of_text(percent(std::min(s.countries_iso2, s.countries_iso3), s.countries)),
                             number(country_row.with_qid)},
                            {}});
  out.push_back(std::move(countries));

  Table names{"names", {"source", "language", "entities", "names"}, {}, false, true};
  for (const auto& [lang, n] : s.cldr)
    names.rows.push_back({{Cell::of_text("CLDR (ICU)"), Cell::of_text(lang), number(n.entities), number(n.added)}, {}});
  names.rows.push_back({{Cell::of_text("all sources"), Cell::of_text("any"), number(s.types.back().entities),
                         number(s.match_keys)},
                        {}});
  out.push_back(std::move(names));

  Table load{"load", {"files", "entities", "match_keys", "facts", "titles", "institutions", "nonentities", "load_ms"},
             {}, true, true};
  load.rows.push_back({{number(s.files), number(s.types.back().entities), number(s.match_keys), number(s.facts),
                        number(s.titles), number(s.institutions), number(s.nonentities),
                        Cell::of_number(static_cast<double>(static_cast<long>(s.load_ms + 0.5)))},
                       {}});
  out.push_back(std::move(load));
  return out;
}

std::vector<Table> lexicon_lookup_tables(const Lexicon& lex, const std::vector<LexiconLookup>& lookups) {
  Table t{"lookup", {"name", "choice", "id", "entity", "type", "kind", "qid", "iso2", "iso3", "acts_for", "source"},
          {}, false, false};
  for (const LexiconLookup& l : lookups) {
    if (l.entities.empty()) {
      t.rows.push_back({{Cell::of_text(l.name), Cell::of_text("unknown")}, {}});
      continue;
    }
    for (std::size_t i = 0; i < l.entities.size(); ++i) {
      const Entity& e = *lex.entity(l.entities[i]);
      // A name of several entities: the first is what text means without context; the
      // document's other mentions choose the others.
      std::string choice = l.how;
      if (l.entities.size() > 1 && l.how == "short name") choice = "short name, candidate";
      else if (l.entities.size() > 1) choice = i == 0 ? l.how + ", default" : l.how + ", alternative";
      t.rows.push_back({{Cell::of_text(l.name), Cell::of_text(choice), Cell::of_text(e.id), Cell::of_text(e.name),
                         Cell::of_text(std::string(to_string(e.type))), Cell::of_text(e.kind), Cell::of_text(e.qid),
                         Cell::of_text(e.iso2), Cell::of_text(e.iso3), Cell::of_text(e.acts_for),
                         Cell::of_text(lex.source(l.entities[i]))},
                        {}});
    }
  }
  return {std::move(t)};
}

}  // namespace jaring
