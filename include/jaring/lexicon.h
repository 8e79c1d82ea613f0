// Stage 2, lexicon: the actors jaring knows and every name they go by.
//
// Loaded from the TSV files listed in data/lexicons/index.txt plus user files given with
// --lexicon (later files override earlier ones by id). See data/lexicons/README.md.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

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
  /// after `entity`: the document decides between them.
  std::vector<std::uint32_t> alternatives;
};

class Lexicon {
 public:
  /// Loads data_dir/lexicons/index.txt's files, then `user_files` in order.
  /// Throws DataError("file:line: what is wrong") on a malformed line.
  static Lexicon load(const std::filesystem::path& data_dir,
                      const std::vector<std::filesystem::path>& user_files = {});

  std::size_t size() const { return entities_.size(); }
  const EntityRef& entity(std::uint32_t index) const { return entities_[index]; }
  /// The entity with lexicon id `id`, or null.
  EntityRef find(std::string_view id) const;
  std::optional<std::uint32_t> index_of(std::string_view id) const;

  /// The longest alias matching tokens starting at `i`; nullopt if none.
  std::optional<LexiconMatch> match(const std::vector<Token>& tokens, std::size_t i) const;

  /// Persons whose first or last name token is `norm` (for short names such as `Lavrov`).
  const std::vector<std::uint32_t>* persons_by_name_part(const std::string& norm) const;

  const std::vector<Fact>& facts() const { return facts_; }
  /// Facts whose subject is `id`.
  std::vector<const Fact*> facts_of(std::string_view id) const;
  /// Who held `role` of `country_id` on `date` (ISO; empty = any time, latest first).
  EntityRef holder(std::string_view country_id, std::string_view role, std::string_view date) const;

  const std::vector<Title>& titles() const { return titles_; }
  const std::vector<InstitutionPattern>& institutions() const { return institutions_; }
  /// Indices into titles() (ascending) of the titles that can start at a token whose key
  /// is `norm`: those whose first word it is, and one-word titles it spells with the
  /// Indonesian possessive suffix (`utusannya`). Null when there are none: most tokens
  /// start no title, and the extractor asks at every token.
  const std::vector<std::uint32_t>* titles_starting(const std::string& norm) const;
  /// The same for institutions() (`kementerian luar negerinya`: the suffix on the last word).
  const std::vector<std::uint32_t>* institutions_starting(const std::string& norm) const;
  /// True for capitalized words that are never actors on their own (weekdays, months, ...).
  bool is_nonentity(const std::string& norm) const { return nonentities_.count(norm) > 0; }

  /// Statistics for reports: entities per type, with QID, with ISO code, alias count.
  struct Stats {
    std::unordered_map<std::string, std::size_t> per_type;
    std::size_t with_qid = 0, with_iso = 0, aliases = 0, facts = 0;
  };
  Stats stats() const;

 private:
  friend class LexiconBuilder;
  std::vector<EntityRef> entities_;
  std::unordered_map<std::string, std::uint32_t> by_id_;
  std::vector<Alias> aliases_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_first_token_;  // -> aliases_
  // Per alias: the other entities spelled with the same tokens and case rules (match()'s
  // alternatives), computed once at load rather than at every match.
  std::vector<std::vector<std::uint32_t>> alternatives_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> person_parts_;    // -> entities_
  std::vector<Fact> facts_;
  std::unordered_multimap<std::string, std::size_t> facts_by_subject_;
  std::vector<Title> titles_;
  std::vector<InstitutionPattern> institutions_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> titles_by_start_;        // -> titles_
  std::unordered_map<std::string, std::vector<std::uint32_t>> institutions_by_start_;  // -> institutions_
  std::unordered_set<std::string> nonentities_;
};

/// Splits a name into normalized token keys, the way text is tokenized.
std::vector<std::string> name_tokens(std::string_view name);

/// A stable slug for an entity without a lexicon id: "Choe Son Hui" -> "choe_son_hui".
std::string slugify(std::string_view name);

}  // namespace jaring
