// Stage 2, lexicon: the actors jaring knows and every name they go by.
//
// Loaded from the TSV files listed in data/lexicons/index.txt plus user files given with
// --lexicon (later files override earlier ones by id). See data/lexicons/README.md.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "jaring/string_map.h"
#include "jaring/types.h"

namespace jaring {

/// A dated relation between lexicon entities (Lavrov official_of Russia since 2004).
struct Fact {
  std::string subject;   // entity id
  std::string relation;  // leader_of, official_of, member_of, part_of, located_in
  std::string object;    // entity id
  std::string role;      // role id for leader_of / official_of
  std::string start;     // ISO date or prefix; empty = open
  std::string end;
  /// True when the fact held on `date` (ISO); an empty date means "today".
  bool holds_on(std::string_view date) const;
};

/// A title that states an affiliation: `Menteri Luar Negeri` (foreign_minister, official_of).
struct Title {
  std::string role;
  std::string relation;
  std::string lang;
  std::vector<std::string> tokens;  // normalized
};

/// A generative institution pattern: `Kementerian Luar Negeri` + country.
struct InstitutionPattern {
  std::string kind;
  std::string lang;
  std::vector<std::string> tokens;  // normalized head words
  std::string name_template;        // "Ministry of Foreign Affairs of {country}"
};

struct LexiconStats;

/// How an alias constrains the case of a text token.
enum class CaseRule : std::uint8_t { Any, Capitalized, Exact };

/// One name of one entity, as token keys.
struct Alias {
  std::vector<std::string> tokens;
  std::vector<CaseRule> rules;
  std::uint32_t entity = 0;
  MentionKind kind = MentionKind::Name;
};

/// A lexicon match in a sentence: tokens [first, last).
struct LexiconMatch {
  std::size_t first = 0;
  std::size_t last = 0;
  std::uint32_t entity = 0;
  MentionKind kind = MentionKind::Name;
  /// Other entities with the same name (`Korea`, `Congo`, `Georgia`), in lexicon order
  /// after `entity`: the document decides between them. A view into the lexicon, which
  /// outlives every match (a copy per match was a tenth of the time matching took).
  std::span<const std::uint32_t> alternatives;
};

class Lexicon {
 public:
  /// Loads data_dir/lexicons/index.txt's files, then `user_files` in order.
  /// Throws DataError("file:line: what is wrong") on a malformed line.
  static Lexicon load(const std::filesystem::path& data_dir,
                      const std::vector<std::filesystem::path>& user_files = {});

  std::size_t size() const { return entities_.size(); }
  EntityRef entity(std::uint32_t index) const { return entities_[index].get(); }
  /// The entity with lexicon id `id`, or null.
  EntityRef find(std::string_view id) const;
  std::optional<std::uint32_t> index_of(std::string_view id) const;

  /// The longest alias matching tokens starting at `i`; nullopt if none.
  std::optional<LexiconMatch> match(const std::vector<Token>& tokens, std::size_t i) const;

  /// Persons whose first or last name token is `norm` (for short names such as `Lavrov`).
  const std::vector<std::uint32_t>* persons_by_name_part(const std::string& norm) const;

  const std::vector<Fact>& facts() const { return facts_; }
  /// Facts whose subject is `id`, in the order of the lexicon's files.
  std::span<const Fact* const> facts_of(std::string_view id) const;
  /// Who held `role` of `country_id` on `date` (ISO; empty = any time, latest first).
  EntityRef holder(std::string_view country_id, std::string_view role, std::string_view date) const;

  const std::vector<Title>& titles() const { return titles_; }
  const std::vector<InstitutionPattern>& institutions() const { return institutions_; }
  /// Indices into titles() (ascending) of the titles that can start at a token whose key
  /// is `norm`: those whose first word it is, and one-word titles it spells with the
  /// Indonesian possessive suffix (`utusannya`). Null when there are none: most tokens
  /// start no title, and the extractor asks at every token.
  const std::vector<std::uint32_t>* titles_starting(std::string_view norm) const;
  /// One alias as match() tries it at a token whose key is the alias's first word: all
  /// that accepts or rejects a one-word alias, and where a longer one's words are. They
  /// lie in one flat array, grouped by first word and longest first, so that a token's
  /// candidates are one run of memory (they were four tables apart: an alias index, its
  /// shape, its words, its alternatives, each a cache miss at every capitalized word).
  struct Candidate {
    std::uint32_t alias = 0;         // the Alias
    std::uint32_t entity = 0;        // Alias::entity
    std::uint32_t first_word = 0;    // its words' hashes and case rules (match_words_)
    std::uint32_t alternatives = 0;  // where LexiconMatch::alternatives starts, and
    std::uint16_t alternative_count = 0;  // how many
    std::uint16_t size = 0;          // tokens
    CaseRule rule = CaseRule::Any;   // of the first word
    MentionKind kind = MentionKind::Name;
  };
  /// The aliases whose first word is `norm` (match()'s candidates), longest first; empty
  /// when none.
  std::span<const Candidate> candidates_starting(std::string_view norm) const;
  /// match() with its candidates already looked up (candidates_starting() of tokens[i]).
  /// `hashes`, when given, are string_key_hash() of the keys of tokens[i], tokens[i+1], ...
  /// to the end of `tokens`: the extractor has them from probing every word once.
  std::optional<LexiconMatch> match_from(std::span<const Candidate> candidates, const std::vector<Token>& tokens,
                                         std::size_t i, const std::uint64_t* hashes = nullptr) const;
  /// Every word key any of the lexicon's word tables holds (alias first words, title and
  /// institution starts, the word sets), once each: what Model::index_words() gathers.
  std::vector<std::string> word_keys() const;
  /// The same for institutions() (`kementerian luar negerinya`: the suffix on the last word).
  const std::vector<std::uint32_t>* institutions_starting(std::string_view norm) const;
  /// True for capitalized words that are never actors on their own (weekdays, months, ...).
  bool is_nonentity(const std::string& norm) const { return nonentities_.count(norm) > 0; }

  /// Every entity `name` names as a whole: the entities of the aliases whose tokens are
  /// exactly the name's (first the one text matching would choose, then its alternatives,
  /// then names that differ only in case: `georgia` finds Georgia), else the entity with
  /// that id or QID. Empty when nothing matches.
  std::vector<std::uint32_t> lookup(std::string_view name) const;

  /// Entities whose mention in a document is evidence that the document is about
  /// `index`: its capitals and seats, places and institutions located in or part of it,
  /// the persons the facts make its leaders or officials, and the regions it lies in.
  /// Ambiguous names (`Georgia`, `Korea`, `Congo`) are resolved by them.
  const std::vector<std::uint32_t>& related(std::uint32_t index) const;

  /// A word that begins the name of a lexicon person (`Michael`, `Sergey`), and no word
  /// of a country or place name: evidence that the name after it is a person's.
  bool is_given_name(const std::string& norm) const { return given_names_.count(norm) > 0; }
  /// A word of a multi-word country or place name (`Utara`, `South`, `Valley`, `Lake`):
  /// after or before a country it continues a place name, not a person's.
  bool is_place_word(const std::string& norm) const { return place_words_.count(norm) > 0; }

  /// How many names a language's CLDR data gave, per language code: `entities` rows
  /// received one, `added` of them were not already a name of the row.
  struct CldrNames {
    std::size_t entities = 0, added = 0;
  };
  const std::map<std::string, CldrNames>& cldr_names() const { return cldr_names_; }

  /// Where entity `index` was last defined or overridden: "file:line".
  const std::string& source(std::uint32_t index) const { return sources_[index]; }
  /// The lexicon files read, in order (index.txt's, then the user's).
  const std::vector<std::string>& files() const { return files_; }
  std::size_t nonentity_count() const { return nonentities_.size(); }
  /// The number of distinct (tokens, case rule) keys text is matched against.
  std::size_t alias_count() const { return aliases_.size(); }

  /// Statistics for reports: entities per type, with QID, with ISO code, alias count.
  struct Stats {
    std::unordered_map<std::string, std::size_t> per_type;
    std::size_t with_qid = 0, with_iso = 0, aliases = 0, facts = 0;
  };
  Stats stats() const;

 private:
  friend class LexiconBuilder;
  friend LexiconStats lexicon_stats(const std::filesystem::path&, const std::vector<std::filesystem::path>&);
  // Each entity on the heap: EntityRefs point to them, and they never move.
  std::vector<std::unique_ptr<const Entity>> entities_;
  std::unordered_map<std::string, std::uint32_t> by_id_;
  std::vector<Alias> aliases_;
  // A run of consecutive entries of one of the vectors below.
  struct Run {
    std::uint32_t begin = 0, count = 0;
  };
  // match()'s candidates (see Candidate), grouped by first word: the run of each word.
  // (Also lookup()'s index of the aliases by first word.)
  std::vector<Candidate> candidates_;
  StringMap<Run> candidate_runs_;
  // Per alias, the other entities spelled with the same tokens and case rules (match()'s
  // alternatives), computed once at load rather than at every match, end to end.
  std::vector<std::uint32_t> alternatives_;
  // The words of each alias as match() rejects candidates: the hash of each word's key
  // and its case rule, from a flat array instead of the aliases' scattered strings.
  struct MatchWord {
    std::uint64_t hash = 0;
    CaseRule rule = CaseRule::Any;
  };
  std::vector<MatchWord> match_words_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> person_parts_;    // -> entities_
  std::vector<Fact> facts_;
  // facts_of()'s index: the facts grouped by subject, in file order within a subject, and
  // the run of each subject. (The rules ask it of a person at every title and apposition:
  // a multimap lookup copied the id into a key and the facts into a new vector each time.)
  std::vector<const Fact*> facts_by_subject_;
  StringMap<Run> fact_runs_;
  std::vector<Title> titles_;
  std::vector<InstitutionPattern> institutions_;
  StringMap<std::vector<std::uint32_t>> titles_by_start_;        // -> titles_
  StringMap<std::vector<std::uint32_t>> institutions_by_start_;  // -> institutions_
  StringMap<bool> nonentities_;  // sets: asked at every capitalized word
  std::vector<std::vector<std::uint32_t>> related_;
  StringMap<bool> given_names_;  // sets: asked at every capitalized word
  StringMap<bool> place_words_;  // sets: asked at every capitalized word
  std::map<std::string, CldrNames> cldr_names_;
  std::vector<std::string> sources_;
  std::vector<std::string> files_;
};

/// What `jaring lexicon stats` reports: entities per type and kind, Wikidata and ISO
/// coverage, names per source and language, and how long loading took.
struct LexiconStats {
  struct TypeRow {
    std::string type;                 // Country, Person, Organization, Place
    std::size_t entities = 0, with_qid = 0, names = 0;
  };
  std::vector<TypeRow> types;         // in that order, then a total row "all"
  std::vector<std::pair<std::string, std::size_t>> kinds;  // "Country/state" -> 193, sorted
  std::size_t countries = 0, countries_iso2 = 0, countries_iso3 = 0;  // Country rows
  std::size_t un_members = 0, un_members_iso = 0, un_members_qid = 0;  // kind=state
  std::map<std::string, Lexicon::CldrNames> cldr;  // language -> CLDR names
  std::size_t match_keys = 0;         // distinct (tokens, case) keys text is matched on
  std::size_t facts = 0, titles = 0, institutions = 0, nonentities = 0;
  std::size_t files = 0;              // lexicon files read (index.txt's and --lexicon)
  double load_ms = 0;                 // wall time of Lexicon::load
};

/// Loads the lexicon as `Lexicon::load` does, timing it, and counts what it holds.
LexiconStats lexicon_stats(const std::filesystem::path& data_dir,
                           const std::vector<std::filesystem::path>& user_files = {});

/// What a name means to the lexicon, for `jaring lexicon lookup`.
struct LexiconLookup {
  std::string name;                     // as asked
  std::vector<std::uint32_t> entities;  // the one text matching chooses by default first
  std::string how;                      // name, short name, id, qid; empty when unknown
};

/// Every entity `name` resolves to: as a name or alias (`Georgia`, `AS`, `Korea Utara`),
/// else as the short name of lexicon persons (`Lavrov`, `Kim`), else as an id or QID.
LexiconLookup lexicon_lookup(const Lexicon& lex, std::string_view name);

/// Splits a name into normalized token keys, the way text is tokenized.
std::vector<std::string> name_tokens(std::string_view name);

/// A stable slug for an entity without a lexicon id: "Choe Son Hui" -> "choe_son_hui".
std::string slugify(std::string_view name);

}  // namespace jaring
