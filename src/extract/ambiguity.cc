// Names that can mean more than one thing, decided by the sentence and the document:
//   - a name several entities share (`Georgia`, `Korea`, `Congo`): a place before it that
//     lies in one of them (`Atlanta, Georgia`), else the actors the document names that
//     belong with one of them (Tbilisi, the Caucasus; Kinshasa; Kim Jong Un), else the
//     lexicon's first (the country);
//   - a country's name inside a person's (`Michael Jordan`, `Chad Smith, a farmer`): a
//     given name before it, or a capitalized word after it with a sign that a person is
//     meant; and later the same word alone (`Jordan said he ...`) as that person's surname;
//   - a capital or seat of power as a place (`tiba di Pyongyang`, `in Kyiv`, `kota Moskow`)
//     rather than acting for its state (`Pyongyang mengecam`, `the Kremlin denied`);
//   - an acronym that is a function word in a line written all in capitals (`AS THE ...`).
#include <algorithm>

#include "analysis.h"
#include "jaring/lexicon.h"

namespace jaring::detail {

namespace {

constexpr std::uint64_t kClauseWord = kPrep | kConj | kOr | kRel | kComp | kNeg | kFuture | kPossible | kAux |
                                      kDet | kPronPerson | kPronPlural | kPronThing | kTemporal | kSubordinator |
                                      kCopula | kBoth;

bool capitalized_word(const Token& t) { return t.has(kWord) && t.has(kCapitalized) && !t.has(kAllCaps); }

// A one-word country or place name at k (`Jordan`, `Chad`), not an acronym or demonym.
bool country_word(const SentenceView& v, std::size_t k) {
  if (k >= v.size() || !capitalized_word(v.tok(k))) return false;
  const auto m = v.name_at(k);
  if (!m || m->last != k + 1 || m->kind != MentionKind::Name) return false;
  return v.model.lexicon.entity(m->entity)->type == EntityType::Country;
}

// A capitalized word that can only be part of a name here: no grammar word, no name the
// lexicon knows, no word of a place name (`Utara`, `Valley`), no verb or title.
bool bare_name_word(const SentenceView& v, std::size_t k) {
  if (k >= v.size() || !capitalized_word(v.tok(k)) || v.cls[k] != 0) return false;
  if (v.nonentity_at(k) || v.place_word_at(k) || v.name_at(k)) return false;
  if (v.forms_at(k) || v.title_start_at(k)) return false;
  return true;
}

// Signs that the capitalized words [first, last) name a person: an honorific before them
// (`Mr`, `Pak`: a capitalized word that is never an actor and starts no title), a
// speech verb before them (`said Chad Smith`, `kata Chad Smith`), an apposition
// (`Chad Smith, a farmer`, `, seorang petani`), or a personal pronoun later in the
// sentence (`... said he would`).
bool person_cue(const SentenceView& v, std::size_t first, std::size_t last) {
  if (first > 0) {
    const std::size_t p = first - 1;
    const Token& t = v.tok(p);
    if (v.is(p, kReport)) return true;
    if (capitalized_word(t) && v.nonentity_at(p) && !v.title_start_at(p) &&
        !(v.cls[p] & kClauseWord))
      return true;
  }
  if (last + 1 < v.size() && v.norm(last) == "," && v.is(last + 1, kDet)) return true;
  for (std::size_t k = last; k < v.size(); ++k)
    if (v.is(k, kPronPerson) && v.tok(k).has(kSpaceBefore)) return true;  // not the clitic -nya
  return false;
}

// The word before a name that may open a person's name: the start of the sentence,
// punctuation, a word of clause structure or a verb. Not a title (`Presiden Chad Mahamat
// ...` is the country's president), not a noun the country modifies (`pemimpin Niger
// Tiani`), not a determiner (`the Japan Times`), not a place preposition.
bool opens_person_name(const SentenceView& v, std::size_t i) {
  if (i == 0) return true;
  const std::size_t p = i - 1;
  const Token& t = v.tok(p);
  if (!t.has(kWord)) return !t.has(kHyphen);
  if (v.is(p, kDet | kLocPrep | kTitleWord | kCountryNoun | kPlaceNoun | kPersonNoun | kGroup)) return false;
  if (v.title_start_at(p)) return false;
  if (v.is(p, kClauseWord | kReport)) return true;
  if (capitalized_word(t) && v.nonentity_at(p)) return true;  // Mr, Pak
  return is_verbish(v, p);
}

// True when a name's words are all capitalized: `Abdullah II of Jordan` has no surname.
bool plain_name(const std::string& name) {
  for (const Token& t : tokenize(name, Span{0, name.size()}))
    if (t.has(kWord) && !t.has(kCapitalized) && !t.has(kAllCaps)) return false;
  return true;
}

// The person of this document whose surname the one-word country name at i is.
EntityRef surname_of(const SentenceView& v, const DocState& st, std::size_t i, const LexiconMatch& m) {
  if (m.last != i + 1 || m.kind != MentionKind::Name) return nullptr;
  const EntityType type = v.model.lexicon.entity(m.entity)->type;
  if (type != EntityType::Country && type != EntityType::Place) return nullptr;
  EntityRef person = st.person_by_part(v.tok(i).norm);
  if (!person) return nullptr;
  const std::vector<std::string> parts = name_tokens(person->name);
  if (parts.size() < 2 || parts.back() != v.norm(i) || !plain_name(person->name)) return nullptr;
  return person;
}

int context_score(const DocState& st, const Lexicon& lex, std::uint32_t index) {
  int score = 2 * st.count_of(lex.entity(index));
  for (std::uint32_t r : lex.related(index)) score += st.count_of(lex.entity(r));
  return score;
}

const Mention* mention_ending_at(const SentenceView& v, std::size_t last) {
  for (const Mention& m : v.mentions)
    if (m.last == last) return &m;
  return nullptr;
}

}  // namespace

std::size_t person_name_end(const SentenceView& v, std::size_t i) {
  // Asked at every token: the cheap tests first.
  if (i + 1 >= v.size() || !capitalized_word(v.tok(i)) || !capitalized_word(v.tok(i + 1))) return npos;
  std::size_t end = npos;
  // Michael Jordan: a given name, then the country's name.
  if (bare_name_word(v, i) && country_word(v, i + 1) &&
      (v.given_name_at(i) || (opens_person_name(v, i) && person_cue(v, i, i + 2))))
    end = i + 2;
  // Chad Smith, a farmer: the country's name, then a surname, where a person is meant.
  else if (country_word(v, i) && bare_name_word(v, i + 1) && opens_person_name(v, i) && person_cue(v, i, i + 2))
    end = i + 2;
  if (end == npos || v.headline) return npos;  // in a headline every word is capitalized
  while (end < v.size() && bare_name_word(v, end)) ++end;
  return end;
}

EntityRef choose_sense(const SentenceView& v, const DocState& st, const LexiconMatch& m) {
  const Lexicon& lex = v.model.lexicon;
  if (m.alternatives.empty()) return lex.entity(m.entity);
  std::vector<std::uint32_t> candidates{m.entity};
  candidates.insert(candidates.end(), m.alternatives.begin(), m.alternatives.end());
  // `Atlanta, Georgia`, `Kinshasa, Congo`: the one the place before it lies in.
  if (m.first >= 2 && v.norm(m.first - 1) == ",")
    if (const Mention* before = mention_ending_at(v, m.first - 1); before && before->entity)
      for (std::uint32_t c : candidates) {
        const std::string& id = lex.entity(c)->id;
        if (before->entity->located_in == id || before->entity->acts_for == id) return lex.entity(c);
      }
  // `negara Georgia`, `the country of Georgia` / `kota ...`: the noun says which type.
  std::size_t noun = m.first;
  if (noun > 0 && v.is(noun - 1, kGenitive)) --noun;
  if (noun > 0 && v.is(noun - 1, kCountryNoun) != v.is(noun - 1, kPlaceNoun)) {
    const EntityType wanted = v.is(noun - 1, kCountryNoun) ? EntityType::Country : EntityType::Place;
    for (std::uint32_t c : candidates)
      if (lex.entity(c)->type == wanted) return lex.entity(c);
  }
  // Else the document: the one whose own names and related actors it names most; on a
  // tie the lexicon's first.
  std::uint32_t best = candidates.front();
  int best_score = context_score(st, lex, best);
  for (std::size_t k = 1; k < candidates.size(); ++k)
    if (const int s = context_score(st, lex, candidates[k]); s > best_score) best = candidates[k], best_score = s;
  return lex.entity(best);
}

EntityRef surname_reading(const SentenceView& v, const DocState& st, const LexiconMatch& m) {
  const std::size_t i = m.first;
  EntityRef person = surname_of(v, st, i, m);
  if (!person) return nullptr;
  // `in Jordan`, `ke Yordania`, `Raja Jordan`: a place or a title wants the country.
  if (i > 0 && (v.is(i - 1, kPrep | kDet | kTitleWord | kCountryNoun | kPlaceNoun) || v.title_start_at(i - 1)))
    return nullptr;
  // The person, unless the document names the country in its own right; then only
  // where a speech verb and a personal pronoun follow (`Jordan said he ...`).
  if (context_score(st, v.model.lexicon, m.entity) == 0) return person;
  if (i + 2 < v.size() && v.is(i + 1, kReport))
    for (std::size_t k = i + 2; k < v.size() && k <= i + 3; ++k)
      if (v.is(k, kPronPerson)) return person;
  return nullptr;
}

bool place_reading(const SentenceView& v, std::size_t first) {
  if (first == 0) return false;
  const std::size_t p = first - 1;
  // di, in, at: where something happens (not `on`, `dalam`: they also mark time and topic);
  // but `pejabat di Tbilisi`, `officials in Moscow` are the government there, acting.
  if (v.is(p, kLocPrep) && !v.is(p, kTimePrep)) return p == 0 || !v.is(p - 1, kGroup | kPersonNoun);
  // kota Moskow, ibu kota Pyongyang, the city of Kyiv
  if (v.is(p, kPlaceNoun)) return true;
  return p > 0 && v.is(p, kGenitive) && v.is(p - 1, kPlaceNoun);
}

bool shouted_word(const SentenceView& v, const LexiconMatch& m) {
  if (m.kind != MentionKind::Acronym || m.last != m.first + 1 || !(v.cls[m.first] & kClauseWord)) return false;
  int words = 0, caps = 0;
  for (const Token& t : v.sentence.tokens)
    if (t.has(kWord)) ++words, caps += t.has(kAllCaps) ? 1 : 0;
  return words >= 3 && caps * 10 >= words * 7;
}

void prescan(const std::vector<SentenceView>& views, DocState& st) {
  if (views.empty()) return;
  const Lexicon& lex = views.front().model.lexicon;
  // Persons named in full anywhere, so that a short name in a headline already resolves.
  // The lexicon names read on the way are kept for the count below, which needs every
  // person first (a surname is not counted) and would otherwise walk the words again.
  std::vector<std::pair<const SentenceView*, const LexiconMatch*>> names;
  names.reserve(4 * views.size());  // news names an actor or two per sentence
  for (const SentenceView& v : views)
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (const std::size_t end = person_name_end(v, i); end != npos) {
        st.add_person_parts(st.unknown_entity(v.slice(i, end), EntityType::Person));
        i = end - 1;
      } else if (const auto& m = v.name_at(i)) {
        const EntityRef& e = lex.entity(m->entity);
        if (e->type == EntityType::Person && m->last - m->first >= 2) st.add_person_parts(e);
        names.emplace_back(&v, &*m);
        i = m->last - 1;
      }
    }
  // How often each actor is named unambiguously, so that a shared name (`Korea`) goes to
  // the one the document is about; a surname that is also a country's name is not counted.
  for (const auto& [v, m] : names) {
    const EntityRef& e = lex.entity(m->entity);
    if (m->alternatives.empty() && !surname_of(*v, st, m->first, *m) && !shouted_word(*v, *m)) {
      st.count(e);
      if (!e->acts_for.empty())
        if (EntityRef state = lex.find(e->acts_for)) st.count(state);
    }
  }
}

}  // namespace jaring::detail
