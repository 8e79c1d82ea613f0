// Lookups in a loaded lexicon: alias matching, ids, facts and role holders.
#include "jaring/lexicon.h"

#include <algorithm>

#include "jaring/text.h"
#include "jaring/tsv.h"

namespace jaring {

std::string_view to_string(EntityType t) {
  switch (t) {
    case EntityType::Country: return "Country";
    case EntityType::Person: return "Person";
    case EntityType::Organization: return "Organization";
    case EntityType::Place: return "Place";
  }
  return "Organization";
}

std::optional<EntityType> parse_entity_type(std::string_view s) {
  if (s == "Country") return EntityType::Country;
  if (s == "Person") return EntityType::Person;
  if (s == "Organization") return EntityType::Organization;
  if (s == "Place") return EntityType::Place;
  return std::nullopt;
}

std::vector<std::string> name_tokens(std::string_view name) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(name, Span{0, name.size()})) out.push_back(t.norm);
  return out;
}

std::string slugify(std::string_view name) {
  std::string slug;
  for (const std::string& part : name_tokens(name)) {
    std::string clean;
    for (unsigned char c : part)
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) clean += static_cast<char>(c);
    if (clean.empty()) continue;
    if (!slug.empty()) slug += '_';
    slug += clean;
  }
  return slug;
}

namespace {

std::string padded(std::string_view d, bool end) {
  std::string s(d);
  if (s.size() == 4) s += end ? "-12-31" : "-01-01";
  else if (s.size() == 7) s += end ? "-31" : "-01";
  return s;
}

bool case_ok(const Token& t, CaseRule rule) {
  switch (rule) {
    case CaseRule::Any: return true;
    case CaseRule::Capitalized: return t.has(kCapitalized) || t.has(kAllCaps);
    case CaseRule::Exact: return t.has(kAllCaps);
  }
  return false;
}

}  // namespace

bool Fact::holds_on(std::string_view date) const {
  if (date.empty()) return end.empty();
  if (!start.empty() && padded(date, false) < padded(start, false)) return false;
  if (!end.empty() && padded(date, false) > padded(end, true)) return false;
  return true;
}

EntityRef Lexicon::find(std::string_view id) const {
  const auto i = index_of(id);
  return i ? entities_[*i].get() : nullptr;
}

std::optional<std::uint32_t> Lexicon::index_of(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

std::optional<LexiconMatch> Lexicon::match(const std::vector<Token>& tokens, std::size_t i) const {
  return match_from(candidates_starting(tokens[i].norm), tokens, i);
}

std::vector<std::string> Lexicon::word_keys() const {
  std::vector<std::string> keys;
  const auto add = [&keys](const auto& table) {
    for (const auto& entry : table) keys.push_back(entry.first);
  };
  add(candidate_runs_);
  add(titles_by_start_);
  add(institutions_by_start_);
  add(nonentities_);
  add(given_names_);
  add(place_words_);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

std::span<const Lexicon::Candidate> Lexicon::candidates_starting(std::string_view norm) const {
  const Run* run = candidate_runs_.get(norm);
  if (!run) return {};
  return std::span(candidates_).subspan(run->begin, run->count);
}

std::optional<LexiconMatch> Lexicon::match_from(std::span<const Candidate> candidates, const std::vector<Token>& tokens,
                                                std::size_t i, const std::uint64_t* hashes) const {
  // Without the caller's hashes: those of the keys of the tokens after i, computed as the
  // candidates need them.
  constexpr std::size_t kCached = 8;
  std::uint64_t own[kCached];
  std::size_t hashed = 1;
  const auto hash_at = [&](std::size_t k) {
    if (hashes) return hashes[k];
    if (k >= kCached) return string_key_hash(tokens[i + k].norm);
    for (; hashed <= k; ++hashed) own[hashed] = string_key_hash(tokens[i + hashed].norm);
    return own[k];
  };
  for (const Candidate& c : candidates) {
    // Every candidate's first word is the key just looked up: only its case is checked.
    if (i + c.size > tokens.size() || !case_ok(tokens[i], c.rule)) continue;
    if (c.size > 1) {
      const MatchWord* words = &match_words_[c.first_word];
      bool ok = true;
      for (std::size_t k = 1; k < c.size && ok; ++k)
        ok = hash_at(k) == words[k].hash && case_ok(tokens[i + k], words[k].rule);
      // Equal hashes say nothing for sure: the words decide.
      const Alias& a = aliases_[c.alias];
      for (std::size_t k = 1; k < c.size && ok; ++k) ok = tokens[i + k].norm == a.tokens[k];
      if (!ok) continue;
    }
    return LexiconMatch{i, i + c.size, c.entity, c.kind,
                        std::span(alternatives_).subspan(c.alternatives, c.alternative_count)};
  }
  return std::nullopt;
}

std::vector<std::uint32_t> Lexicon::lookup(std::string_view name) const {
  std::vector<std::uint32_t> out;
  const auto add = [&out](std::uint32_t e) {
    if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  };
  const std::vector<Token> toks = tokenize(name, Span{0, name.size()});
  if (!toks.empty()) {
    // As text is matched: the entity chosen by default, then the others of that name.
    if (const auto m = match(toks, 0); m && m->last == toks.size()) {
      add(m->entity);
      for (std::uint32_t alt : m->alternatives) add(alt);
    }
    // Then every alias with these words whatever their case (`georgia`), except that an
    // acronym stays one: `as` is not `AS`.
    for (const Candidate& c : candidates_starting(toks.front().norm)) {
      const Alias& a = aliases_[c.alias];
      if (a.tokens.size() != toks.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < toks.size() && same; ++k)
        same = a.tokens[k] == toks[k].norm && (a.rules[k] != CaseRule::Exact || toks[k].has(kAllCaps));
      if (same) add(a.entity);
    }
    if (!out.empty()) return out;
  }
  if (out.empty())
    if (const auto i = index_of(trim(name))) add(*i);
  if (out.empty() && !name.empty() && name.front() == 'Q')
    for (std::uint32_t i = 0; i < entities_.size(); ++i)
      if (entities_[i]->qid == name) add(i);
  return out;
}

const std::vector<std::uint32_t>& Lexicon::related(std::uint32_t index) const {
  static const std::vector<std::uint32_t> none;
  return index < related_.size() ? related_[index] : none;
}

const std::vector<std::uint32_t>* Lexicon::titles_starting(std::string_view norm) const {
  return titles_by_start_.get(norm);
}

const std::vector<std::uint32_t>* Lexicon::institutions_starting(std::string_view norm) const {
  return institutions_by_start_.get(norm);
}

const std::vector<std::uint32_t>* Lexicon::persons_by_name_part(const std::string& norm) const {
  const auto it = person_parts_.find(norm);
  return it == person_parts_.end() ? nullptr : &it->second;
}

std::span<const Fact* const> Lexicon::facts_of(std::string_view id) const {
  const Run* run = fact_runs_.get(id);
  if (!run) return {};
  return std::span(facts_by_subject_).subspan(run->begin, run->count);
}

EntityRef Lexicon::holder(std::string_view country_id, std::string_view role,
                          std::string_view date) const {
  const Fact* best = nullptr;
  for (const Fact& f : facts_) {
    if (f.object != country_id || f.role != role) continue;
    if (!date.empty() && !f.holds_on(date)) continue;
    if (date.empty() && !f.end.empty()) continue;  // today: only current holders
    if (!best || f.start > best->start) best = &f;
  }
  return best ? find(best->subject) : nullptr;
}

Lexicon::Stats Lexicon::stats() const {
  Stats s;
  for (const auto& e : entities_) {
    ++s.per_type[std::string(to_string(e->type))];
    if (!e->qid.empty()) ++s.with_qid;
    if (!e->iso2.empty()) ++s.with_iso;
  }
  s.aliases = aliases_.size();
  s.facts = facts_.size();
  return s;
}

}  // namespace jaring
