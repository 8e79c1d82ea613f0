// Loading and validating the lexicon files.
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <limits>
#include <map>
#include <memory>
#include <set>

#include "jaring/error.h"
#include "jaring/lexicon.h"
#include "jaring/text.h"
#include "jaring/tsv.h"

namespace jaring {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kEntityColumns[] = {"id", "type", "name", "qid", "kind", "iso2", "iso3",
                                               "aliases", "demonyms", "acts_for", "part_of",
                                               "located_in"};
constexpr std::string_view kFactColumns[] = {"subject", "relation", "object", "role", "start", "end"};
constexpr std::string_view kTitleColumns[] = {"role", "relation", "lang", "title"};
constexpr std::string_view kInstitutionColumns[] = {"kind", "lang", "head", "name"};
constexpr std::string_view kNonentityColumns[] = {"lang", "word"};

bool valid_id(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool valid_qid(std::string_view q) {
  return q.size() >= 2 && q[0] == 'Q' && q[1] != '0' &&
         std::all_of(q.begin() + 1, q.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool upper_letters(std::string_view s, std::size_t n) {
  return s.size() == n && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool valid_date(std::string_view d) {
  // YYYY, YYYY-MM or YYYY-MM-DD
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  for (std::size_t i = 0; i < d.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? d[i] != '-' : (d[i] < '0' || d[i] > '9')) return false;
  }
  return true;
}

// A reference to another entity, checked once every file is loaded.
struct Reference {
  std::string file;
  std::size_t line;
  std::string column;
  std::string target;
};

}  // namespace

class LexiconBuilder {
 public:
  void load_file(const fs::path& path);
  Lexicon finish(const std::vector<std::string>& languages);

 private:
  enum class Kind { Entities, Facts, Titles, Institutions, Nonentities };
  static Kind classify(const TsvFile& f);
  void load_entities(const TsvFile& f);
  void load_facts(const TsvFile& f);
  void load_titles(const TsvFile& f);
  void load_institutions(const TsvFile& f);
  void load_nonentities(const TsvFile& f);
  void add_alias(Lexicon& lex, std::uint32_t entity, std::string_view text, MentionKind kind,
                 std::set<std::pair<std::vector<std::string>, std::vector<CaseRule>>>& seen);
  static void relate(Lexicon& lex, std::uint32_t member, std::uint32_t whole);
  static void link_entities(Lexicon& lex);
  void build_candidates(Lexicon& lex) const;
  static void index_facts(Lexicon& lex);

  struct Pending {
    Entity entity;
    std::vector<std::string> demonyms;
    std::string source;  // file:line of the last row that defined or overrode it
  };
  std::vector<Pending> entities_;
  std::map<std::string, std::size_t> by_id_;
  std::vector<Reference> references_;
  std::vector<Fact> facts_;
  std::vector<Title> titles_;
  std::vector<InstitutionPattern> institutions_;
  std::set<std::string> nonentities_;
  std::vector<std::string> files_;
  // The aliases by the key of their first word, longest first once finish() sorts them:
  // what build_candidates() lays out as the lexicon's candidate runs.
  StringMap<std::vector<std::uint32_t>> by_first_token_;
};

LexiconBuilder::Kind LexiconBuilder::classify(const TsvFile& f) {
  const auto check_all = [&f](const auto& columns, Kind kind) {
    for (std::string_view c : {"id", "type", "name", "qid", "kind", "iso2", "iso3", "aliases",
                               "demonyms", "acts_for", "part_of", "located_in", "subject",
                               "relation", "object", "role", "start", "end", "lang", "title",
                               "head", "word"}) {
      if (!f.has_column(c)) continue;
      if (std::find(std::begin(columns), std::end(columns), c) == std::end(columns))
        f.fail(1, "column '" + std::string(c) + "' does not belong in this kind of lexicon file");
    }
    return kind;
  };
  if (f.has_column("id")) return check_all(kEntityColumns, Kind::Entities);
  if (f.has_column("subject")) return check_all(kFactColumns, Kind::Facts);
  if (f.has_column("title")) return check_all(kTitleColumns, Kind::Titles);
  if (f.has_column("head")) return check_all(kInstitutionColumns, Kind::Institutions);
  if (f.has_column("word")) return check_all(kNonentityColumns, Kind::Nonentities);
  f.fail(1, "cannot tell the kind of lexicon file from its header");
}

void LexiconBuilder::load_file(const fs::path& path) {
  files_.push_back(path.string());
  const TsvFile f = TsvFile::read(
      path, "jaring-lexicon", 1,
      {"id", "type", "name", "qid", "kind", "iso2", "iso3", "aliases", "demonyms", "acts_for",
       "part_of", "located_in", "subject", "relation", "object", "role", "start", "end", "lang",
       "title", "head", "word"},
      {});
  switch (classify(f)) {
    case Kind::Entities: return load_entities(f);
    case Kind::Facts: return load_facts(f);
    case Kind::Titles: return load_titles(f);
    case Kind::Institutions: return load_institutions(f);
    case Kind::Nonentities: return load_nonentities(f);
  }
}

void LexiconBuilder::load_entities(const TsvFile& f) {
  for (const auto& row : f.rows()) {
    const std::string id(f.require(row, "id"));
    if (!valid_id(id)) f.fail(row.line, "id '" + id + "' must be lowercase [a-z0-9_]");
    auto [it, inserted] = by_id_.try_emplace(id, entities_.size());
    if (inserted) entities_.emplace_back();
    Pending& p = entities_[it->second];
    p.source = fs::path(f.name()).filename().string() + ":" + std::to_string(row.line);
    Entity& e = p.entity;
    e.id = id;
    e.from_lexicon = true;

    const std::string_view type = f.get(row, "type");
    if (!type.empty()) {
      const auto t = parse_entity_type(type);
      if (!t) f.fail(row.line, "type '" + std::string(type) + "' is not Country, Person, Organization or Place");
      e.type = *t;
    } else if (inserted) {
      f.fail(row.line, "empty 'type' for a new entity");
    }
    if (const auto name = f.get(row, "name"); !name.empty()) e.name = name;
    else if (inserted) f.fail(row.line, "empty 'name' for a new entity");
    if (const auto qid = f.get(row, "qid"); !qid.empty()) {
      if (!valid_qid(qid)) f.fail(row.line, "qid '" + std::string(qid) + "' is not a Wikidata id (Q123)");
      e.qid = qid;
    }
    if (const auto v = f.get(row, "kind"); !v.empty()) e.kind = v;
    if (const auto v = f.get(row, "iso2"); !v.empty()) {
      if (!upper_letters(v, 2)) f.fail(row.line, "iso2 '" + std::string(v) + "' is not two capital letters");
      e.iso2 = v;
    }
    if (const auto v = f.get(row, "iso3"); !v.empty()) {
      if (!upper_letters(v, 3)) f.fail(row.line, "iso3 '" + std::string(v) + "' is not three capital letters");
      e.iso3 = v;
    }
    for (std::string_view a : split_list(f.get(row, "aliases"))) e.aliases.emplace_back(a);
    for (std::string_view d : split_list(f.get(row, "demonyms"))) p.demonyms.emplace_back(d);
    for (const char* column : {"acts_for", "part_of", "located_in"}) {
      const std::string_view target = f.get(row, column);
      if (target.empty()) continue;
      references_.push_back({f.name(), row.line, column, std::string(target)});
      if (std::string_view(column) == "acts_for") e.acts_for = target;
      else if (std::string_view(column) == "part_of") e.part_of = target;
      else e.located_in = target;
    }
  }
}

void LexiconBuilder::load_facts(const TsvFile& f) {
  for (const auto& row : f.rows()) {
    Fact fact;
    fact.subject = f.require(row, "subject");
    fact.relation = f.require(row, "relation");
    fact.object = f.require(row, "object");
    fact.role = f.get(row, "role");
    fact.start = f.get(row, "start");
    fact.end = f.get(row, "end");
    static const std::set<std::string> relations = {"leader_of", "official_of", "member_of",
                                                    "part_of", "located_in"};
    if (!relations.count(fact.relation))
      f.fail(row.line, "relation '" + fact.relation + "' is not a fact relation (leader_of, official_of, member_of, part_of, located_in)");
    for (const std::string* d : {&fact.start, &fact.end})
      if (!d->empty() && !valid_date(*d)) f.fail(row.line, "date '" + *d + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    if (!fact.start.empty() && !fact.end.empty() && fact.end < fact.start)
      f.fail(row.line, "end " + fact.end + " is before start " + fact.start);
    references_.push_back({f.name(), row.line, "subject", fact.subject});
    references_.push_back({f.name(), row.line, "object", fact.object});
    facts_.push_back(std::move(fact));
  }
}

void LexiconBuilder::load_titles(const TsvFile& f) {
  for (const auto& row : f.rows()) {
    Title t;
    t.role = f.require(row, "role");
    t.relation = f.require(row, "relation");
    if (t.relation != "leader_of" && t.relation != "official_of")
      f.fail(row.line, "relation must be leader_of or official_of, not '" + t.relation + "'");
    t.lang = f.require(row, "lang");
    t.tokens = name_tokens(f.require(row, "title"));
    titles_.push_back(std::move(t));
  }
}

void LexiconBuilder::load_institutions(const TsvFile& f) {
  for (const auto& row : f.rows()) {
    InstitutionPattern p;
    p.kind = f.require(row, "kind");
    p.lang = f.require(row, "lang");
    p.tokens = name_tokens(f.require(row, "head"));
    p.name_template = f.require(row, "name");
    if (p.name_template.find("{country}") == std::string::npos)
      f.fail(row.line, "name template must contain {country}");
    institutions_.push_back(std::move(p));
  }
}

void LexiconBuilder::load_nonentities(const TsvFile& f) {
  for (const auto& row : f.rows()) {
    f.require(row, "lang");
    nonentities_.insert(normalize_key(f.require(row, "word")));
  }
}

void LexiconBuilder::add_alias(Lexicon& lex, std::uint32_t entity, std::string_view text,
                               MentionKind kind,
                               std::set<std::pair<std::vector<std::string>, std::vector<CaseRule>>>& seen) {
  const std::vector<Token> toks = tokenize(text, Span{0, text.size()});
  if (toks.empty()) return;
  Alias a;
  a.entity = entity;
  a.kind = kind;
  bool acronym = toks.size() == 1 && toks[0].has(kAllCaps);
  for (const Token& t : toks) {
    a.tokens.push_back(t.norm);
    a.rules.push_back(t.has(kAllCaps) ? CaseRule::Exact
                      : t.has(kCapitalized) ? CaseRule::Capitalized
                                            : CaseRule::Any);
  }
  if (acronym && kind == MentionKind::Name) a.kind = MentionKind::Acronym;
  // `TASS` (capitals only) and `Tass` are two ways to match the same tokens.
  if (!seen.insert({a.tokens, a.rules}).second) return;
  const auto index = static_cast<std::uint32_t>(lex.aliases_.size());
  by_first_token_[a.tokens.front()].push_back(index);
  lex.aliases_.push_back(std::move(a));
}

// Titles and institution patterns by the key of the token they can start at: their first
// word, or for one word, that word with the possessive -nya. Indices stay ascending, so a
// caller trying the candidates in order finds what trying every entry in order finds.
namespace {

template <class T>
void index_by_start(const std::vector<T>& list, StringMap<std::vector<std::uint32_t>>& index) {
  for (std::uint32_t i = 0; i < list.size(); ++i) {
    const std::vector<std::string>& tokens = list[i].tokens;
    if (tokens.empty()) continue;
    index[tokens.front()].push_back(i);
    if (tokens.size() == 1) index[tokens.front() + "nya"].push_back(i);
  }
}

}  // namespace

Lexicon LexiconBuilder::finish(const std::vector<std::string>& languages) {
  for (const Reference& r : references_)
    if (!by_id_.count(r.target))
      throw DataError(r.file + ":" + std::to_string(r.line) + ": " + r.column + " '" + r.target +
                      "' is not the id of any entity");

  Lexicon lex;
  lex.entities_.reserve(entities_.size());
  lex.files_ = files_;
  for (auto& p : entities_) {
    Entity& e = p.entity;
    const auto index = static_cast<std::uint32_t>(lex.entities_.size());
    std::set<std::pair<std::vector<std::string>, std::vector<CaseRule>>> seen;
    // Official names in every configured language, from ICU's CLDR data.
    if (!e.iso2.empty()) {
      for (const std::string& lang : languages) {
        icu::UnicodeString display;
        icu::Locale("", e.iso2.c_str()).getDisplayCountry(icu::Locale(lang.c_str()), display);
        std::string name;
        display.toUTF8String(name);
        if (name.empty() || name == e.iso2) continue;
        // "Myanmar (Burma)" -> "Myanmar"; CLDR's disambiguated forms are not news names.
        if (const auto paren = name.find(" ("); paren != std::string::npos) name.resize(paren);
        Lexicon::CldrNames& counted = lex.cldr_names_[lang];
        ++counted.entities;
        if (std::find(e.aliases.begin(), e.aliases.end(), name) == e.aliases.end() && name != e.name) {
          e.aliases.push_back(name);
          ++counted.added;
        }
      }
    }
    add_alias(lex, index, e.name, MentionKind::Name, seen);
    for (const std::string& a : e.aliases) add_alias(lex, index, a, MentionKind::Name, seen);
    for (const std::string& d : p.demonyms) add_alias(lex, index, d, MentionKind::Demonym, seen);
    if (e.type == EntityType::Person) {
      const std::vector<std::string> parts = name_tokens(e.name);
      if (parts.size() >= 2) {
        lex.person_parts_[parts.front()].push_back(index);
        if (parts.back() != parts.front()) lex.person_parts_[parts.back()].push_back(index);
      }
    }
    lex.by_id_.emplace(e.id, index);
    lex.sources_.push_back(std::move(p.source));
    lex.entities_.push_back(std::make_unique<const Entity>(std::move(e)));
  }
  link_entities(lex);
  // Longest aliases first, so the first match found is the longest.
  for (auto& [key, list] : by_first_token_)
    std::stable_sort(list.begin(), list.end(), [&lex](std::uint32_t a, std::uint32_t b) {
      return lex.aliases_[a].tokens.size() > lex.aliases_[b].tokens.size();
    });
  build_candidates(lex);
  lex.facts_ = std::move(facts_);
  index_facts(lex);
  lex.titles_ = std::move(titles_);
  std::stable_sort(lex.titles_.begin(), lex.titles_.end(),
                   [](const Title& a, const Title& b) { return a.tokens.size() > b.tokens.size(); });
  lex.institutions_ = std::move(institutions_);
  std::stable_sort(lex.institutions_.begin(), lex.institutions_.end(),
                   [](const InstitutionPattern& a, const InstitutionPattern& b) {
                     return a.tokens.size() > b.tokens.size();
                   });
  index_by_start(lex.titles_, lex.titles_by_start_);
  index_by_start(lex.institutions_, lex.institutions_by_start_);
  for (const std::string& w : nonentities_) lex.nonentities_[w] = true;
  lex.related_.resize(lex.entities_.size());
  for (std::size_t i = 0; i < lex.facts_.size(); ++i) {
    const Fact& f = lex.facts_[i];
    const auto subject = lex.index_of(f.subject), object = lex.index_of(f.object);
    if (f.relation == "leader_of" || f.relation == "official_of" || f.relation == "located_in" ||
        f.relation == "part_of")
      relate(lex, *subject, *object);
  }
  for (auto& list : lex.related_) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  return lex;
}

// facts_of()'s index: pointers to the facts grouped by subject, each subject's in file
// order (which fact comes first decides between two current offices), and their runs.
// The pointers outlive a move of the lexicon: a moved vector keeps its elements.
void LexiconBuilder::index_facts(Lexicon& lex) {
  lex.facts_by_subject_.clear();
  lex.fact_runs_ = {};
  for (const Fact& f : lex.facts_) lex.facts_by_subject_.push_back(&f);
  std::stable_sort(lex.facts_by_subject_.begin(), lex.facts_by_subject_.end(),
                   [](const Fact* a, const Fact* b) { return a->subject < b->subject; });
  for (std::size_t i = 0; i < lex.facts_by_subject_.size(); ++i) {
    Lexicon::Run& run = lex.fact_runs_[lex.facts_by_subject_[i]->subject];
    if (run.count == 0) run.begin = static_cast<std::uint32_t>(i);
    ++run.count;
  }
}

// match()'s tables: the candidates of each first word in one run (in by_first_token_'s
// order, longest first), each alias's words as hashes and case rules, and the entities
// spelled the same way as each alias (its alternatives: the document decides).
void LexiconBuilder::build_candidates(Lexicon& lex) const {
  constexpr std::size_t kMax = std::numeric_limits<std::uint16_t>::max();
  lex.candidates_.clear();
  lex.candidate_runs_ = {};
  lex.alternatives_.clear();
  lex.match_words_.clear();
  for (const auto& [key, list] : by_first_token_) {
    lex.candidate_runs_[key] = {static_cast<std::uint32_t>(lex.candidates_.size()), static_cast<std::uint32_t>(list.size())};
    for (const std::uint32_t ai : list) {
      const Alias& a = lex.aliases_[ai];
      Lexicon::Candidate c;
      c.alias = ai;
      c.entity = a.entity;
      c.first_word = static_cast<std::uint32_t>(lex.match_words_.size());
      c.alternatives = static_cast<std::uint32_t>(lex.alternatives_.size());
      c.rule = a.rules.front();
      c.kind = a.kind;
      if (a.tokens.size() > kMax) throw DataError("lexicon: a name of more than 65535 words");
      c.size = static_cast<std::uint16_t>(a.tokens.size());
      for (std::size_t k = 0; k < a.tokens.size(); ++k) lex.match_words_.push_back({string_key_hash(a.tokens[k]), a.rules[k]});
      for (const std::uint32_t other : list) {
        const Alias& b = lex.aliases_[other];
        const auto begin = lex.alternatives_.begin() + c.alternatives;
        if (b.entity != a.entity && b.tokens == a.tokens && b.rules == a.rules &&
            std::find(begin, lex.alternatives_.end(), b.entity) == lex.alternatives_.end())
          lex.alternatives_.push_back(b.entity);
      }
      const std::size_t alternatives = lex.alternatives_.size() - c.alternatives;
      if (alternatives > kMax) throw DataError("lexicon: a name of more than 65535 entities");
      c.alternative_count = static_cast<std::uint16_t>(alternatives);
      lex.candidates_.push_back(c);
    }
  }
}

// `member` (a capital, a city, an institution, an official) and `whole` (its country,
// region or organization): naming either is evidence that a text is about the other.
// A country does not count for what lies in it, though: countries are named everywhere,
// and `the US` says nothing about which Georgia is meant. A region does (`Caucasus`).
void LexiconBuilder::relate(Lexicon& lex, std::uint32_t member, std::uint32_t whole) {
  if (member == whole) return;
  lex.related_[whole].push_back(member);
  if (lex.entities_[whole]->type == EntityType::Place) lex.related_[member].push_back(whole);
}

// Capitals, seats, places and institutions to the entity they act for, lie in or belong
// to; the words of person names and of place names, for telling the two apart.
void LexiconBuilder::link_entities(Lexicon& lex) {
  lex.related_.resize(lex.entities_.size());
  for (std::uint32_t i = 0; i < lex.entities_.size(); ++i) {
    const Entity& e = *lex.entities_[i];
    for (const std::string* target : {&e.acts_for, &e.located_in, &e.part_of})
      if (!target->empty())
        if (const auto t = lex.index_of(*target)) relate(lex, i, *t);
  }
  for (const Alias& a : lex.aliases_) {
    const Entity& e = *lex.entities_[a.entity];
    if ((e.type == EntityType::Country || e.type == EntityType::Place) && a.tokens.size() >= 2)
      for (const std::string& t : a.tokens)
        if (t.size() > 1 && std::isalpha(static_cast<unsigned char>(t[0]))) lex.place_words_[t] = true;
  }
  std::set<std::string> place_starts;  // first words of country and place names
  for (const Alias& a : lex.aliases_) {
    const EntityType t = lex.entities_[a.entity]->type;
    if (t == EntityType::Country || t == EntityType::Place) place_starts.insert(a.tokens.front());
  }
  for (const auto& e : lex.entities_) {
    if (e->type != EntityType::Person) continue;
    const std::vector<std::string> parts = name_tokens(e->name);
    if (parts.size() >= 2 && !lex.place_words_.count(parts.front()) && !place_starts.count(parts.front()))
      lex.given_names_[parts.front()] = true;
  }
}

Lexicon Lexicon::load(const fs::path& data_dir, const std::vector<fs::path>& user_files) {
  const fs::path dir = data_dir / "lexicons";
  const auto read_list = [](const fs::path& path) {
    std::ifstream in(path);
    if (!in) throw DataError(path.string() + ": cannot open");
    std::vector<std::string> items;
    std::string line;
    while (std::getline(in, line)) {
      const std::string_view item = trim(line);
      if (!item.empty() && item.front() != '#') items.emplace_back(item);
    }
    return items;
  };
  LexiconBuilder builder;
  for (const std::string& file : read_list(dir / "index.txt")) builder.load_file(dir / file);
  for (const fs::path& file : user_files) builder.load_file(file);
  std::vector<std::string> languages{"en", "id"};
  if (std::error_code ec; fs::exists(dir / "languages.txt", ec)) languages = read_list(dir / "languages.txt");
  return builder.finish(languages);
}

}  // namespace jaring
