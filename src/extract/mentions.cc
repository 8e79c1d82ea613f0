// Finding the actors a sentence names, in passes over its tokens:
//   1. lexicon names and aliases (longest match), and short names of persons named in the
//      document (Lavrov after Sergey Lavrov);
//   2. institutions built from a head and a country (Kementerian Luar Negeri Rusia,
//      Russia's foreign ministry), which state part_of;
//   3. titles with a country and a name (Menteri Luar Negeri Rusia Sergey Lavrov), which
//      state official_of / leader_of, and titles without a name (Presiden Rusia), which
//      resolve to the holder on the document's date;
//   4. unknown capitalized names, typed from their context;
//   5. pronouns and descriptions (dia, kedua negara, negara itu, diplomat top Rusia).
#include <algorithm>

#include "analysis.h"
#include "jaring/lexicon.h"

namespace jaring::detail {

std::string SentenceView::text(std::size_t first, std::size_t last) const { return std::string(slice(first, last)); }

std::string_view SentenceView::slice(std::size_t first, std::size_t last) const {
  if (first >= last || last > size()) return {};
  return doc.slice(Span{tok(first).span.begin, tok(last - 1).span.end});
}

void SentenceView::rebuild_index() {
  // Mostly in order already; std::sort would still move each mention out and back.
  const auto by_first = [](const Mention& a, const Mention& b) { return a.first < b.first; };
  if (!std::is_sorted(mentions.begin(), mentions.end(), by_first)) std::sort(mentions.begin(), mentions.end(), by_first);
  std::fill(mention_at.begin(), mention_at.end(), -1);
  for (std::size_t m = 0; m < mentions.size(); ++m)
    for (std::size_t i = mentions[m].first; i < mentions[m].last; ++i)
      mention_at[i] = static_cast<int>(m);
}

namespace {

constexpr std::uint64_t kFunctionWord = kPrep | kConj | kOr | kRel | kComp | kNeg | kFuture |
                                        kPossible | kAux | kDet | kPronPerson | kPronPlural |
                                        kPronThing | kTemporal | kSubordinator | kCopula | kBoth;

Mention make_mention(std::size_t first, std::size_t last, EntityRef e, MentionKind kind) {
  Mention m;
  m.first = first;
  m.last = last;
  m.metonym = e && e->type == EntityType::Place && !e->acts_for.empty();
  m.entity = std::move(e);
  m.kind = kind;
  return m;
}

// Removes mentions overlapping [first, last) and adds `m`.
void replace_range(SentenceView& v, Mention m) {
  std::erase_if(v.mentions, [&](const Mention& x) { return x.first < m.last && m.first < x.last; });
  v.mentions.push_back(std::move(m));
  v.rebuild_index();
}

EntityRef country_of(const SentenceView& v, const Mention& m) {
  if (!m.entity) return nullptr;
  if (m.entity->type == EntityType::Country) return m.entity;
  if (m.metonym) return v.model.lexicon.find(m.entity->acts_for);
  return nullptr;
}

bool tokens_match(const SentenceView& v, std::size_t i, const std::vector<std::string>& toks) {
  if (i + toks.size() > v.size()) return false;
  for (std::size_t k = 0; k < toks.size(); ++k)
    if (v.norm(i + k) != toks[k]) return false;
  return true;
}

// `word` is `key` with the Indonesian possessive suffix: negerinya, utusannya.
bool with_nya(std::string_view word, std::string_view key) {
  return word.size() == key.size() + 3 && word.compare(0, key.size(), key) == 0 &&
         word.compare(key.size(), 3, "nya") == 0;
}

// tokens_match with the suffix -nya on the last token.
bool tokens_match_nya(const SentenceView& v, std::size_t i, const std::vector<std::string>& toks) {
  if (toks.empty() || i + toks.size() > v.size()) return false;
  for (std::size_t k = 0; k + 1 < toks.size(); ++k)
    if (v.norm(i + k) != toks[k]) return false;
  return with_nya(v.norm(i + toks.size() - 1), toks.back());
}

// A cheap necessary condition for tokens_match or tokens_match_nya at i: the first word's
// length and first byte. Every pattern is tried at every token, and nearly all fail here.
bool may_start(const SentenceView& v, std::size_t i, const std::vector<std::string>& toks) {
  if (toks.empty() || toks[0].empty()) return true;
  const std::string_view word = v.norm(i);
  const std::string& first = toks[0];
  if (word.empty() || word[0] != first[0]) return false;
  return word.size() == first.size() || (toks.size() == 1 && word.size() == first.size() + 3);
}

// A letter code glued to a number names a model (`FA-50`, `Su-35`), not an actor.
bool model_code(const SentenceView& v, std::size_t i) {
  return i + 2 < v.size() && v.tok(i + 1).has(kHyphen) && v.tok(i + 2).has(kNumber);
}

void add_stated(SentenceView& v, const EntityRef& s, const std::string& relation, const EntityRef& o,
                std::size_t first, std::size_t last) {
  if (!s || !o || s->id == o->id) return;
  Triple t;
  t.subject = s;
  t.relation = relation;
  t.object = o;
  t.evidence.trigger = v.text(first, last);
  t.evidence.confidence = 0.9;
  v.stated.push_back(std::move(t));
}

// ---- pass 1: lexicon names and short names --------------------------------------------

void lexicon_pass(SentenceView& v, DocState& st) {
  const Lexicon& lex = v.model.lexicon;
  for (std::size_t i = 0; i < v.size();) {
    // A person's name with a country's in it: Michael Jordan, Chad Smith (ambiguity.cc).
    if (const std::size_t end = person_name_end(v, i); end != npos) {
      EntityRef person = st.unknown_entity(v.slice(i, end), EntityType::Person);
      st.add_person_parts(person);
      v.mentions.push_back(make_mention(i, end, person, MentionKind::Unknown));
      i = end;
      continue;
    }
    if (auto m = v.name_at(i)) {
      const bool single_nonentity = m->last - m->first == 1 && v.nonentity_at(i);
      if (!single_nonentity && !shouted_word(v, *m)) {
        if (EntityRef person = surname_reading(v, st, *m)) {  // Jordan, after Michael Jordan
          v.mentions.push_back(make_mention(i, i + 1, person, MentionKind::ShortName));
          ++i;
          continue;
        }
        Mention mention = make_mention(m->first, m->last, choose_sense(v, st, *m), m->kind);
        // tiba di Pyongyang; but `at Pyongyang's cooperation with`: an owner acts.
        const bool owner = m->last < v.size() && v.norm(m->last) == "'s";
        if (mention.metonym && !owner && place_reading(v, m->first)) mention.metonym = false;
        for (std::uint32_t alt : m->alternatives)
          if (lex.entity(alt) != mention.entity) mention.alternatives.push_back(lex.entity(alt));
        if (!m->alternatives.empty() && lex.entity(m->entity) != mention.entity)
          mention.alternatives.insert(mention.alternatives.begin(), lex.entity(m->entity));
        v.mentions.push_back(std::move(mention));
        i = m->last;
        continue;
      }
    }
    const Token& t = v.tok(i);
    // `Ben-Gvir`: a word joined by a hyphen to the next is part of a longer name.
    const bool joined = i + 1 < v.size() && v.tok(i + 1).has(kHyphen) && !v.tok(i + 1).has(kSpaceBefore);
    if ((t.has(kCapitalized) || t.has(kAllCaps)) && t.has(kWord) && !v.nonentity_at(i) && !model_code(v, i) && !joined) {
      // A short name: a person named in full elsewhere in this document, or a name part
      // that only one lexicon person has.
      EntityRef person = st.person_by_part(t.norm);
      // `Gustavo Petro`: a name part beside another capitalized word belongs to a full name
      // of its own, not to the one lexicon person who has that part (Petro Poroshenko).
      const auto name_neighbour = [&](std::size_t k) {
        return k < v.size() && v.tok(k).has(kWord) && v.tok(k).has(kCapitalized) && !v.mention(k) &&
               !(v.cls[k] & (kFunctionWord | kTitleWord)) && !v.nonentity_at(k);
      };
      const bool in_other_name = (i > 0 && name_neighbour(i - 1)) || name_neighbour(i + 1);
      if (!person && !in_other_name) {
        const auto* candidates = lex.persons_by_name_part(t.norm);
        if (candidates && candidates->size() == 1 && !(v.cls[i] & kFunctionWord))
          person = lex.entity(candidates->front());
      }
      if (person) {
        v.mentions.push_back(make_mention(i, i + 1, person, MentionKind::ShortName));
        ++i;
        continue;
      }
    }
    ++i;
  }
  v.rebuild_index();
}

// `negara itu`, `negara kepulauan itu` (that island nation) at i: the end of the
// description, or npos.
std::size_t country_description_end(const SentenceView& v, std::size_t i) {
  if (!(v.cls[i] & kCountryNoun) || !v.id || v.tok(i).has(kReduplicated) || v.mention(i)) return npos;
  std::size_t d = i + 1;
  while (d < v.size() && d <= i + 2 && !v.mention(d) && v.tok(d).has(kWord) &&
         !(v.cls[d] & ~kDemonstrative & (kFunctionWord | kPrep)) && !(v.cls[d] & kDemonstrative))
    ++d;
  return d < v.size() && (v.cls[d] & kDemonstrative) ? d + 1 : npos;
}

// The country or organization an Indonesian possessive suffix refers to: the nearest
// one named before in the sentence (a description such as `negara kepulauan itu` too,
// though the description pass has not yet run), else in the sentences before.
// The actor m is praised or thanked for aid (`memuji Jepang atas bantuan ... bagi`), so it
// gave that aid, and a possessive at i inside the phrase the aid goes to is not its own:
// nobody is thanked for helping themselves.
bool aid_giver_before(const SentenceView& v, const Mention& m, std::size_t i) {
  if (m.last + 1 >= i || !v.is(m.last, kEventPrep)) return false;
  std::size_t k = m.last + 1;
  while (k < i && k <= m.last + 3 && !reads_as(v, k, "helps", [](const TriggerForm& f) { return f.voice == Voice::Nominal; }))
    ++k;
  if (k >= i || k > m.last + 3) return false;
  for (std::size_t p = k + 1; p < i; ++p)
    if (v.is(p, kPrep) && !v.is(p, kGenitive)) return true;
  return false;
}

EntityRef possessor_before(const SentenceView& v, DocState& st, std::size_t i) {
  for (std::size_t k = i; k-- > 0;) {
    if (const Mention* m = v.mention(k); m && m->entity) {
      if (aid_giver_before(v, *m, i)) {
        k = m->first;
        continue;
      }
      if (EntityRef c = country_of(v, *m)) return c;
      if (m->entity->type == EntityType::Organization) return m->entity;
    }
    if (const std::size_t end = country_description_end(v, k); end != npos && end <= i)
      if (EntityRef e = st.recent(EntityType::Country, v.sentence.index, k)) return e;
  }
  return st.recent_any({EntityType::Country, EntityType::Organization}, v.sentence.index, i);
}

// ---- pass 2: institutions ------------------------------------------------------------

// The lexicon organization an institution description refers to: the one with the
// template's name, or the only one of that kind belonging to the country.
EntityRef resolve_institution(DocState& st, const InstitutionPattern& p, const EntityRef& country) {
  std::string name = p.name_template;
  name.replace(name.find("{country}"), 9, country->name);
  const Lexicon& lex = st.model().lexicon;
  EntityRef only;
  int count = 0;
  for (std::uint32_t i = 0; i < lex.size(); ++i) {
    const EntityRef& e = lex.entity(i);
    if (e->type != EntityType::Organization) continue;
    if (e->name == name) return e;
    if (e->part_of == country->id && e->kind == p.kind) only = e, ++count;
  }
  // A country has many ministries: the kind alone names one only for other institutions
  // (`Seoul's foreign ministry` is not the only ministry the lexicon has for South Korea).
  if (count == 1 && p.kind != "ministry") return only;
  return st.institution(name, p.kind, country);
}

// A proper name right after an institution description names it: kantor berita Rusia Tass.
std::size_t name_after(const SentenceView& v, std::size_t i) {
  if (i >= v.size()) return npos;
  if (const Mention* m = v.mention(i); m && m->entity && m->entity->type == EntityType::Organization)
    return i;
  const Token& t = v.tok(i);
  if (!v.mention(i) && (t.has(kCapitalized) || t.has(kAllCaps)) && !(v.cls[i] & kFunctionWord) &&
      !v.nonentity_at(i))
    return i;
  return npos;
}

// How many mentions of actors end before token i.
std::size_t actors_before(const SentenceView& v, std::size_t i) {
  return static_cast<std::size_t>(std::count_if(v.mentions.begin(), v.mentions.end(),
                                                [i](const Mention& m) { return m.last <= i && m.entity; }));
}

void institution_pass(SentenceView& v, DocState& st) {
  // Only the patterns whose first word is in the sentence, in lexicon order: the others
  // match nowhere, and trying each of them at every token was most of the run time.
  SmallVector<std::uint32_t, 16> candidates;
  for (std::size_t i = 0; i < v.size(); ++i)
    if (const auto* starting = v.institutions_at(i))
      candidates.insert(candidates.end(), starting->begin(), starting->end());
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (const std::uint32_t index : candidates) {
    const InstitutionPattern& p = v.model.lexicon.institutions()[index];
    if (p.lang != v.lang) continue;
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (!may_start(v, i, p.tokens)) continue;
      bool possessive = false;
      if (!tokens_match(v, i, p.tokens)) {
        // kementerian luar negerinya: the institution of the country named before
        if (!v.id || !tokens_match_nya(v, i, p.tokens)) continue;
        possessive = true;
      }
      if (const Mention* inside = v.mention(i); inside && inside->entity->type != EntityType::Country)
        continue;  // already part of a longer name
      // `latihan militer Australia`: a one-word head after a noun is an adjective of it.
      if (p.tokens.size() == 1 && i > 0 && v.tok(i - 1).has(kWord) && !v.mention(i - 1) &&
          !(v.cls[i - 1] & (kFunctionWord | kPrep | kReport | kVerb)) && v.id)
        continue;
      const std::size_t head_end = i + p.tokens.size();
      // `Washington's military support`: a one-word head before a noun is an adjective of it.
      if (v.en && p.tokens.size() == 1 && head_end < v.size() && v.tok(head_end).has(kWord) &&
          !v.mention(head_end) && !(v.cls[head_end] & (kFunctionWord | kPrep | kReport | kVerb | kAdverb)) &&
          (!is_verbish(v, head_end) || has_noun_form(v, head_end)))
        continue;
      // `China sent its coast guard`: the institution of the country `its` refers to, when
      // the sentence named one actor before it (with more, the argument search decides).
      if (v.en && i > 0 && (v.cls[i - 1] & kDet) && (v.cls[i - 1] & kPronThing) && actors_before(v, i) == 1)
        possessive = true;
      if (possessive) {
        const EntityRef owner = possessor_before(v, st, i);
        if (owner && owner->type == EntityType::Country) {
          const EntityRef org = resolve_institution(st, p, owner);
          add_stated(v, org, "part_of", owner, i, head_end);
          replace_range(v, make_mention(i, head_end, org, MentionKind::Pattern));
          i = head_end - 1;
        }
        continue;
      }
      std::size_t first = i, last = npos;
      const Mention* country_mention = nullptr;
      if (v.en) {
        // the Russian Foreign Ministry / Russia's foreign ministry
        std::size_t j = i;
        if (j > 0 && v.norm(j - 1) == "'s") --j;
        if (j > 0) country_mention = v.mention(j - 1);
        if (country_mention && country_of(v, *country_mention)) first = country_mention->first, last = head_end;
        // the Ministry of Foreign Affairs of Russia
        if (last == npos && head_end + 1 < v.size() && v.norm(head_end) == "of") {
          const std::size_t c = head_end + 1 + (head_end + 2 < v.size() && v.norm(head_end + 1) == "the");
          country_mention = v.mention(c);
          if (country_mention && country_of(v, *country_mention)) last = country_mention->last;
        }
      } else {
        // Kementerian Luar Negeri Rusia / kantor berita negara Korea Utara
        std::size_t j = head_end;
        if (j < v.size() && (v.cls[j] & kCountryNoun) && !v.mention(j)) ++j;
        country_mention = v.mention(j);
        if (country_mention && country_of(v, *country_mention)) last = country_mention->last;
      }
      if (last == npos || !country_mention) continue;
      const EntityRef country = country_of(v, *country_mention);
      EntityRef org;
      // kantor berita Rusia Tass: the name that follows is the institution.
      if (const std::size_t n = name_after(v, last); n != npos && p.kind == "news_agency") {
        if (const Mention* m = v.mention(n)) {
          org = m->entity;
          last = m->last;
        } else {
          org = st.unknown_entity(v.doc.token_text(v.tok(n)), EntityType::Organization);
          last = n + 1;
        }
      } else {
        org = resolve_institution(st, p, country);
      }
      add_stated(v, org, "part_of", country, first, last);
      replace_range(v, make_mention(first, last, org, MentionKind::Pattern));
      i = last - 1;
    }
  }
  // Names that carry their country (Dinas Intelijen Korea Selatan as a lexicon alias)
  // state part_of as well. (add_stated adds to v.stated, never to v.mentions.)
  const Lexicon& lex = v.model.lexicon;
  for (const Mention& m : v.mentions) {
    if (!m.entity || m.entity->type != EntityType::Organization || m.entity->part_of.empty()) continue;
    if (m.last - m.first < 2) continue;
    for (std::size_t i = m.first; i < m.last; ++i) {
      std::optional<LexiconMatch> inner = v.name_at(i);
      if (inner && inner->first == m.first && inner->last == m.last) {
        // The whole name is the longest match: the country at its start is matched within
        // the name less its last word (`Philippine Coast Guard`).
        const auto& tokens = v.sentence.tokens;
        const std::vector<Token> inside(tokens.begin() + i, tokens.begin() + m.last - 1);
        inner = inside.empty() ? std::nullopt : lex.match(inside, 0);
      } else if (inner && inner->last > m.last) {
        continue;
      }
      if (!inner) continue;
      const EntityRef& c = lex.entity(inner->entity);
      if (c->type == EntityType::Country && c->id == m.entity->part_of) {
        add_stated(v, m.entity, "part_of", c, m.first, m.last);
        break;
      }
    }
  }
}

// ---- pass 3: titles ----------------------------------------------------------------

// Tokens [i, end) spell a title in the sentence's language; the longest one that does
// not end inside a longer name (`Sekretaris` before the lexicon's `Dewan Keamanan
// Rusia`, not `Sekretaris Dewan Keamanan`). `*possessive` is set for a title with the
// Indonesian possessive suffix (`utusannya`, its envoy).
const Title* title_at(const SentenceView& v, std::size_t i, std::size_t* end, bool* possessive = nullptr,
                      bool* plural = nullptr) {
  // Only the titles that can start with this word, in lexicon order (asked at every token).
  const std::vector<std::uint32_t>* candidates = v.titles_at(i);
  // `ministers`: a one-word plural title is looked up by its singular.
  if (!candidates && plural && v.en && v.norm(i).size() > 3 && v.norm(i).ends_with("s"))
    candidates = v.model.lexicon.titles_starting(v.norm(i).substr(0, v.norm(i).size() - 1));
  if (!candidates) return nullptr;
  for (const std::uint32_t index : *candidates) {
    const Title& t = v.model.lexicon.titles()[index];
    if (t.lang != v.lang || i + t.tokens.size() > v.size()) continue;
    const std::size_t last = i + t.tokens.size() - 1;
    bool ok = true, nya = false, many = false;
    for (std::size_t k = 0; k < t.tokens.size() && ok; ++k) {
      const std::string_view n = v.norm(i + k);
      ok = n == t.tokens[k];
      if (!ok && i + k == last && v.id && with_nya(n, t.tokens[k])) ok = nya = true;
      // `Israeli ministers A and B`: a plural title over coordinated names.
      if (!ok && i + k == last && v.en && plural && n.size() == t.tokens[k].size() + 1 &&
          n.starts_with(t.tokens[k]) && n.back() == 's')
        ok = many = true;
    }
    if (!ok) continue;
    if (const Mention* m = v.mention(last); m && m->last > last + 1) continue;
    *end = last + 1;
    if (possessive) *possessive = nya;
    if (plural) *plural = many;
    return &t;
  }
  return nullptr;
}


// The country a bare title (`Secretary of State Marco Rubio`) is held for, where the
// lexicon's facts say that person holds that office on the document's date; null when they
// do not, or name more than one country.
EntityRef office_by_facts(const SentenceView& v, const EntityRef& person, const Title& title, std::string* relation) {
  const Fact* found = nullptr;
  for (const Fact* f : v.model.lexicon.facts_of(person->id)) {
    if (f->role != title.role || f->relation != title.relation || !f->holds_on(v.doc.date)) continue;
    if (found && found->object != f->object) return nullptr;
    found = f;
  }
  if (!found) return nullptr;
  *relation = found->relation;
  return v.model.lexicon.find(found->object);
}

// The person named at token i (skipping one comma of apposition), creating an entity for
// an unknown capitalized name. Returns npos when no name is there.
std::size_t person_at(SentenceView& v, DocState& st, std::size_t i, EntityRef* person) {
  // (IAEA): an acronym in parentheses repeats what came before it.
  if (i + 2 < v.size() && v.norm(i) == "(") {
    std::size_t close = i + 1;
    while (close < v.size() && close <= i + 4 && v.norm(close) != ")") ++close;
    if (close < v.size() && v.norm(close) == ")") i = close + 1;
  }
  // `untuk Timur Tengah, Steve Witkoff`: the title's remit, then the name.
  if (i < v.size() && v.is(i, kPrep) && !v.mention(i))
    for (std::size_t c = i + 1; c < v.size() && c <= i + 5; ++c)
      if (v.norm(c) == ",") {
        i = c;
        break;
      }
  if (i < v.size() && v.norm(i) == ",") ++i;
  if (i >= v.size()) return npos;
  if (const Mention* m = v.mention(i)) {
    if (m->first != i || !m->entity) return npos;
    if (m->entity->type == EntityType::Person) {
      *person = m->entity;
      return m->last;
    }
    if (m->kind == MentionKind::Unknown) {  // typed by the title in front of it
      *person = st.unknown_entity(m->entity->name, EntityType::Person);
      return m->last;
    }
    return npos;
  }
  return npos;
}

// The names after the first one under a plural title (`Israeli ministers A, B and C`):
// each holds the office. Returns the end of the last name.
std::size_t plural_title_names(SentenceView& v, DocState& st, std::size_t from, const std::string& relation,
                               const EntityRef& country, const Title* title) {
  std::size_t end = from;
  while (end + 1 < v.size() && ((v.cls[end] & kConj) || v.norm(end) == ",")) {
    EntityRef person;
    const std::size_t name_end = person_at(v, st, end + 1, &person);
    if (!person || name_end == npos) break;
    add_stated(v, person, relation, country, end + 1, name_end);
    st.affiliate(person, country, title);
    st.add_person_parts(person);
    replace_range(v, make_mention(end + 1, name_end, person, MentionKind::Name));
    end = name_end;
  }
  return end;
}

void title_pass(SentenceView& v, DocState& st) {
  const Lexicon& lex = v.model.lexicon;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (const Mention* inside = v.mention(i); inside && inside->entity->type != EntityType::Country) continue;
    std::size_t end = npos;
    bool possessive = false, plural = false;
    const Title* title = title_at(v, i, &end, &possessive, &plural);
    bool counterpart = false;
    std::string relation;
    if (title) {
      relation = title->relation;
    } else if (v.cls[i] & kCounterpart) {
      counterpart = true, end = i + 1, relation = "official_of";
    } else {
      continue;
    }
    std::size_t first = i;
    EntityRef country;
    std::size_t after = end;
    // Modifiers inside the title (top, senior).
    while (after < v.size() && (v.cls[after] & kTitleWord) && !v.mention(after)) ++after;
    // English puts the country before the title: Russian Foreign Minister, Russia's FM.
    if (v.en) {
      std::size_t j = i;
      while (j > 0 && (v.cls[j - 1] & kTitleWord)) --j;
      if (j > 0 && v.norm(j - 1) == "'s") --j;
      if (j > 0)
        if (const Mention* m = v.mention(j - 1); m && m->entity) {
          country = country_of(v, *m);
          if (!country && m->entity->type == EntityType::Organization) country = m->entity;
          if (country) first = m->first;
        }
    }
    // Indonesian (and `Foreign Minister of Russia`) puts it after: Menteri Luar Negeri Rusia.
    std::size_t c = after;
    if (!country && c < v.size() &&
        (v.norm(c) == "of" || v.norm(c) == "di" || v.norm(c) == "dari" || v.norm(c) == "from" || v.norm(c) == "for"))
      ++c;
    while (!country && c < v.size() && (v.cls[c] & kDet) && !v.mention(c)) ++c;  // of the
    if (!country && c < v.size()) {
      // The country, or the institution the official serves (Dewan Keamanan Rusia).
      if (const Mention* m = v.mention(c); m && m->first == c && m->entity) {
        EntityRef owner = country_of(v, *m);
        if (!owner && m->entity->type == EntityType::Organization) owner = m->entity;
        if (owner) country = owner, after = m->last;
      }
    }
    if (!country && possessive) country = possessor_before(v, st, i);
    // mantan Presiden, former minister: the title is no longer held.
    const bool former = first > 0 && (v.cls[first - 1] & kFormer);
    EntityRef person;
    const std::size_t name_end = person_at(v, st, after, &person);
    if (plural && !person) continue;  // `ministers` alone: no one's title
    if (person && counterpart && !country) {
      // `mitranya Hakan Fidan`: the name's own affiliation, where the lexicon knows it.
      if (const std::string_view c = st.affiliation(person); !c.empty()) country = v.model.lexicon.find(c);
    }
    if (person && title && !country && !former) country = office_by_facts(v, person, *title, &relation);
    if (person) {
      if (country && !former) {
        add_stated(v, person, relation, country, first, name_end);
        st.affiliate(person, country, title);
      }
      st.add_person_parts(person);
      replace_range(v, make_mention(first, name_end, person, MentionKind::Name));
      i = name_end - 1;
      if (plural && country && !former) i = plural_title_names(v, st, name_end, relation, country, title) - 1;
      continue;
    }
    if (!country || former) continue;
    // Apposition after a name: `Sergey Lavrov, Menteri Luar Negeri Rusia, ...`,
    // `Mark Rutte, NATO's secretary general,`, `Kaja Kallas, the EU's top diplomat`.
    // Also through a copular relative clause: `NAME, who is Ukraine's foreign minister`,
    // `NAME, yang merupakan Menteri Luar Negeri Ukraina`.
    std::size_t comma = first;
    while (comma > 0 && first - comma < 4 && (v.cls[comma - 1] & (kDet | kCopula | kRel)) && !v.mention(comma - 1))
      --comma;
    if (comma >= 2 && v.norm(comma - 1) == ",")
      if (const Mention* m = v.mention(comma - 2); m && m->entity && m->entity->type == EntityType::Person) {
        add_stated(v, m->entity, relation, country, m->first, after);
        st.affiliate(m->entity, country, title);
        continue;
      }
    // `rekannya dari Australia`, `his US counterpart`: the official of that country named
    // before, else the country itself.
    if (counterpart) {
      if (country->type == EntityType::Country) {
        EntityRef who = st.official_of(country, v.sentence.index, first);
        if (!who) st.person_stand_in(country, v.sentence.index, first);
        std::size_t last = after;
        if (last < v.size() && (v.cls[last] & kDemonstrative)) ++last;  // rekannya dari Australia itu
        replace_range(v, make_mention(first, last, who ? who : country, MentionKind::Description));
      }
      continue;
    }
    // A title without a name (`the Turkish leader`): the holder this text named before,
    // else whoever held it on the document's date.
    if (title && country->type == EntityType::Country) {
      EntityRef holder = st.official_of(country, v.sentence.index, first, title);
      if (!holder) holder = lex.holder(country->id, title->role, v.doc.date);
      if (holder) {
        Mention m = make_mention(first, after, holder, MentionKind::Description);
        replace_range(v, std::move(m));
        i = after - 1;
      }
    }
  }
}

// A person and the country that qualifies them: `Lavrov Rusia`, `Russia's Lavrov`. The
// phrase names the person; it states an affiliation where the lexicon's roles agree.
void qualifier_pass(SentenceView& v, DocState& st) {
  for (std::size_t m = 0; m < v.mentions.size(); ++m) {
    const Mention person = v.mentions[m];
    if (!person.entity || person.entity->type != EntityType::Person) continue;
    const Mention* country = nullptr;
    std::size_t first = person.first, last = person.last;
    if (v.id) {
      country = v.mention(person.last);
      if (country) last = country->last;
    } else if (person.first >= 2 && v.norm(person.first - 1) == "'s") {
      country = v.mention(person.first - 2);
      if (country) first = country->first;
    }
    if (!country || !country_of(v, *country)) continue;
    const EntityRef state = country_of(v, *country);
    // Only a person known to serve that country: `Lavrov Rusia`, not `X Rusia` in general.
    if (st.affiliation(person.entity) != state->id) continue;
    std::string relation = "official_of";
    for (const Fact* f : v.model.lexicon.facts_of(person.entity->id))
      if (f->relation == "leader_of" && f->object == state->id) relation = "leader_of";
    add_stated(v, person.entity, relation, state, first, last);
    Mention merged = person;
    merged.first = first;
    merged.last = last;
    replace_range(v, merged);
  }
}

// ---- pass 4: unknown capitalized names ------------------------------------------------

bool name_word(const SentenceView& v, std::size_t i) {
  const Token& t = v.tok(i);
  if (!t.has(kWord) || !(t.has(kCapitalized) || t.has(kAllCaps))) return false;
  if (v.mention(i) || (v.cls[i] & (kFunctionWord | kReport | kAdverb | kGroup))) return false;
  if (v.nonentity_at(i) || model_code(v, i)) return false;
  if (v.forms_at(i) || v.is(i, kNameHead)) return false;  // a capitalized verb in a headline; `Treaty`
  std::size_t end;
  if (title_at(v, i, &end)) return false;
  return true;
}

// The name ending before `last` is followed by the class noun of a place: `Nur Shams refugee
// camp`, `Yonaguni, an island in`, `Batam, sebuah kota di`. Returns the end of the class
// noun phrase, or npos.
std::size_t place_class_after(const SentenceView& v, std::size_t last) {
  std::size_t k = last;
  const bool apposition = k < v.size() && v.norm(k) == ",";
  if (apposition) ++k;
  for (std::size_t words = 0; k < v.size() && words < 3; ++k, ++words) {
    if (v.is(k, kPlaceNoun)) {
      // `a town official`: the class noun must end the phrase.
      const bool ends = k + 1 >= v.size() || !v.tok(k + 1).has(kWord) || v.is(k + 1, kFunctionWord | kPrep | kLocPrep) ||
                        is_verbish(v, k + 1);
      return ends ? k + 1 : npos;
    }
    const Token& t = v.tok(k);
    const bool article = v.is(k, kDet | kQuant) || v.norm(k) == "a" || v.norm(k) == "an" || v.norm(k) == "sebuah";
    if (!t.has(kWord) || t.has(kCapitalized) || v.mention(k) || (!article && (v.is(k, kFunctionWord) || is_verbish(v, k))))
      return npos;
    if (!apposition && article) return npos;  // `Nur Shams the camp` is no class noun phrase
  }
  return npos;
}

EntityType guess_type(const SentenceView& v, std::size_t first, std::size_t last) {
  if (place_class_after(v, last) != npos) return EntityType::Place;
  for (std::size_t k = first >= 4 ? first - 4 : 0; k < first; ++k)
    if (v.cls[k] & kPlaceNoun) return EntityType::Place;
  if (first > 0 && (v.cls[first - 1] & kLocPrep) && last - first == 1) return EntityType::Place;
  return last - first >= 2 ? EntityType::Person : EntityType::Organization;
}

}  // namespace

std::size_t relative_opening(const SentenceView& v, std::size_t comma) {
  if (comma >= v.size() || v.norm(comma) != ",") return npos;
  for (std::size_t c = comma; c-- > 0 && comma - c <= 20;) {
    if (v.norm(c) != ",") continue;
    if (c + 1 < v.size() && (v.cls[c + 1] & kRel)) return c;
    // An apposition to the actor before it (`Russia, a close ally of Caracas, said`).
    if (c == 0 || !v.mention(c - 1) || v.mention(c + 1)) return npos;
    for (std::size_t k = c + 1; k < comma; ++k)
      if (is_verbish(v, k)) return npos;
    return c;
  }
  return npos;
}

bool title_case(const std::vector<Token>& tokens) {
  int words = 0, capitalized = 0;
  for (const Token& t : tokens) {
    if (!t.has(kWord)) continue;
    ++words;
    if (t.has(kCapitalized) || t.has(kAllCaps)) ++capitalized;
  }
  return words >= 4 && capitalized * 10 >= words * 7;
}

namespace {

// A weapon noun at j or after one modifier (`cruise missiles`, `rudal jelajah`).
bool weapon_ahead(const SentenceView& v, std::size_t j) {
  if (j < v.size() && v.is(j, kWeapons)) return true;
  return j + 1 < v.size() && v.tok(j).has(kWord) && !v.tok(j).has(kCapitalized) && !v.is(j, kFunctionWord) &&
         v.is(j + 1, kWeapons);
}

// `Okinawa Prefecture`, `Riau Province`: a capitalized class noun after a place's name is
// part of the name. Extends that mention over token i.
bool extend_place(SentenceView& v, std::size_t i) {
  if (i == 0 || !v.is(i, kPlaceNoun) || !v.en) return false;
  const Mention* before = v.mention(i - 1);
  if (!before || before->last != i || !before->entity || before->entity->type != EntityType::Place || before->metonym)
    return false;
  v.mentions[v.mention_at[i - 1]].last = i + 1;
  v.rebuild_index();
  return true;
}

// A capitalized head noun at i names a document, event or operation (`Perjanjian`,
// `Treaty`, `Operation`).
bool name_head(const SentenceView& v, std::size_t i) {
  return i < v.size() && v.is(i, kNameHead) && (v.tok(i).has(kCapitalized) || v.tok(i).has(kAllCaps));
}

// The capitalized words [first, last) belong to the name of a thing, not of an actor: after
// its head (`Perjanjian Akses Timbal Balik`, `Treaty of Amity`) or before it (`the
// Reciprocal Access Agreement`, `the Special Military Operation`). Returns the end of that
// name, or npos.
std::size_t thing_name_end(const SentenceView& v, std::size_t first, std::size_t last) {
  if (first > 0 && name_head(v, first - 1)) return last;
  if (first > 1 && v.is(first - 1, kGenitive) && name_head(v, first - 2)) return last;
  for (std::size_t k = last; k < v.size() && !v.mention(k); ++k) {
    if (name_head(v, k)) return k + 1;
    if (!v.tok(k).has(kWord) || !v.tok(k).has(kCapitalized)) break;
  }
  return npos;
}

// The end of an institution's head at i that names no country (`juru bicara Kementerian
// Luar Negeri Rolliansyah Soemirat`): the name after it is a person's of its own. Else npos.
std::size_t bare_institution_end(const SentenceView& v, std::size_t i) {
  const auto* starting = v.institutions_at(i);
  if (!starting) return npos;
  for (const std::uint32_t index : *starting) {
    const InstitutionPattern& p = v.model.lexicon.institutions()[index];
    if (p.lang == v.lang && p.tokens.size() >= 2 && tokens_match(v, i, p.tokens)) return i + p.tokens.size();
  }
  return npos;
}

// In a title-case headline only the lexicon's names count.
void unknown_pass(SentenceView& v, DocState& st) {
  if (v.headline) return;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (!name_word(v, i)) continue;
    if (extend_place(v, i)) continue;
    if (const std::size_t end = bare_institution_end(v, i); end != npos) {
      i = end - 1;
      continue;
    }
    std::size_t j = i + 1;
    while (j < v.size()) {
      if (name_word(v, j)) { ++j; continue; }
      // Kim Jong-un: a hyphen inside a name.
      if (v.tok(j).has(kHyphen) && !v.tok(j).has(kSpaceBefore) && j + 1 < v.size() &&
          !v.tok(j + 1).has(kSpaceBefore) && v.tok(j + 1).has(kWord) && !v.mention(j + 1)) {
        j += 2;
        continue;
      }
      break;
    }
    // `Tomahawk cruise missiles`, `Patriot systems`: a name before a weapon noun names a model.
    if (weapon_ahead(v, j)) {
      i = j - 1;
      continue;
    }
    if (const std::size_t end = thing_name_end(v, i, j); end != npos) {
      i = end - 1;
      continue;
    }
    // A lone capitalized word opening the sentence is usually an ordinary word.
    const bool opens = i == 0 || (v.tok(i - 1).has(kQuote) && i == 1);
    if (opens && j == i + 1 && place_class_after(v, j) == npos) {
      i = j - 1;
      continue;
    }
    // `Provinsi Kepulauan Riau`, `Pulau Thitu`: the class noun is not part of the name.
    std::size_t name_first = i;
    if (j - i >= 2 && (v.cls[i] & kPlaceNoun)) ++name_first;
    const std::string_view name = v.slice(name_first, j);
    const EntityType type = name_first > i ? EntityType::Place : guess_type(v, i, j);
    EntityRef e = st.unknown_entity(name, type);
    if (type == EntityType::Person) st.add_person_parts(e);
    v.mentions.push_back(make_mention(i, j, e, MentionKind::Unknown));
    i = j - 1;
  }
  v.rebuild_index();
}

// ---- pass 5: pronouns and descriptions ------------------------------------------------

// `The Houthis, who are backed by Iran, said they ...`: the subject of a reported clause is
// most often the reporter, so the search for what `they` means starts before a relative
// clause between the reporter and its verb. Returns where the search starts.
std::size_t past_relative_before_report(const SentenceView& v, std::size_t i) {
  std::size_t r = i;
  if (r > 0 && (v.cls[r - 1] & kComp)) --r;
  if (r < 2 || !(v.cls[r - 1] & kReport)) return i;
  const std::size_t open = relative_opening(v, r - 2);
  return open == npos ? i : open;
}

// The actors of `type` named in this sentence before token i (`X menyambutnya, lalu kedua
// pemimpin`): the document state records a sentence only once it is done. Countries
// include those of the persons named (`Perdana Menteri India Narendra Modi dan Presiden
// Rusia Vladimir Putin ... kedua negara`: the titles absorbed the countries' names).
std::vector<EntityRef> named_before(const SentenceView& v, const DocState& st, EntityType type, std::size_t i) {
  std::vector<EntityRef> out;
  const auto add = [&out](const EntityRef& e) {
    if (std::none_of(out.begin(), out.end(), [&e](const EntityRef& o) { return o->id == e->id; })) out.push_back(e);
  };
  for (const Mention& m : v.mentions) {
    if (m.last > i || !m.entity) continue;
    EntityRef e = type == EntityType::Country ? country_of(v, m) : m.entity;
    if (!e && type == EntityType::Country && m.entity->type == EntityType::Person)
      if (const std::string_view c = st.affiliation(m.entity); !c.empty()) e = v.model.lexicon.find(c);
    if (e && e->type == type) add(e);
  }
  return out;
}

// `Diplomat tertinggi Rusia, Sergey Lavrov,`: a person noun with a country, then a name in
// apposition, states that the person serves the country.
bool appositive_official(SentenceView& v, DocState& st, std::size_t first, const Mention& country) {
  const std::size_t comma = country.last;
  if (comma + 1 >= v.size() || v.norm(comma) != ",") return false;
  const Mention* person = v.mention(comma + 1);
  if (!person || person->first != comma + 1 || !person->entity || person->entity->type != EntityType::Person) return false;
  if (first > 0 && (v.cls[first - 1] & kFormer)) return true;  // mantan diplomat
  const EntityRef c = country_of(v, country);
  add_stated(v, person->entity, "official_of", c, first, person->last);
  st.affiliate(person->entity, c);
  return true;
}

// `the two ministers`, `kedua pemimpin`: a group of persons is definite (`the`, `both`,
// `kedua`); `two ministers` and `dua menteri` introduce new people.
bool definite_pair(const SentenceView& v, std::size_t i) {
  if (v.id) return v.norm(i) != "dua";
  return v.norm(i) == "both" || (i > 0 && v.norm(i - 1) == "the");
}


// `his guest`: the person the possessor hosts, named before (the visitor of an earlier
// sentence). The phrase states that the possessor hosts them. Returns the phrase's end,
// or npos when it is no such phrase.
std::size_t guest_description(SentenceView& v, DocState& st, std::size_t i) {
  if (i == 0 || !(v.cls[i] & kGuest) || !(v.cls[i - 1] & kDet) || !(v.cls[i - 1] & kPronPerson)) return npos;
  const std::size_t s = v.sentence.index;
  std::vector<EntityRef> here = named_before(v, st, EntityType::Person, i - 1);
  EntityRef host = here.empty() ? st.previous_subject_person(s) : here.back();
  if (!host) return npos;
  EntityRef guest = st.recent(EntityType::Person, s, i - 1, host, 2);
  if (!guest) return npos;
  add_stated(v, host, "hosts", guest, i - 1, i + 1);
  v.mentions.push_back(make_mention(i - 1, i + 1, guest, MentionKind::Description));
  return i + 1;
}

// `either side in the Thailand-Cambodia border conflict`, `both sides`: the members of a
// compound right after the phrase, else the two countries named last. Returns the
// phrase's end, or npos.
std::size_t sides_description(SentenceView& v, DocState& st, std::size_t i) {
  if (!(v.cls[i] & kBoth) || i + 1 >= v.size() || !(v.cls[i + 1] & kSide)) return npos;
  std::vector<EntityRef> sides;
  for (std::size_t j = i + 2; j < v.size() && j <= i + 5 && sides.empty(); ++j) {
    const Mention* m = v.mention(j);
    if (!m || m->first != j) continue;
    while (m && m->last + 1 < v.size() && v.tok(m->last).has(kHyphen)) {
      if (sides.empty()) sides.push_back(m->entity);
      m = v.mention(m->last + 1);
      if (m) sides.push_back(m->entity);
    }
    break;
  }
  if (sides.size() < 2) {
    std::vector<EntityRef> here = named_before(v, st, EntityType::Country, i);
    // `China urged both sides to`: whoever urges the sides is not one of them.
    std::size_t p = i;
    while (p > 0 && (v.cls[p - 1] & (kDet | kPrep)) && !v.mention(p - 1)) --p;
    const bool urged = p > 0 && (v.cls[p - 1] & kObjControl) && here.size() == 1;
    if (urged) {
      for (const std::size_t n : {2, 3}) {
        sides.clear();
        for (const EntityRef& e : st.salient(EntityType::Country, v.sentence.index, i, n, {}))
          if (e->id != here.front()->id && sides.size() < 2) sides.push_back(e);
        if (sides.size() == 2) break;
      }
    } else {
      sides = st.salient_pair(EntityType::Country, v.sentence.index, i, here);
    }
  }
  if (sides.size() < 2) return npos;
  Mention m = make_mention(i, i + 2, sides[0], MentionKind::Description);
  m.group.assign(sides.begin() + 1, sides.end());
  v.mentions.push_back(std::move(m));
  return i + 2;
}

// `the Gulf state`, `the island nation`, `the country's`: a singular country noun after
// `the` and up to two modifiers, ending its phrase, is the country named last.
std::size_t country_description(SentenceView& v, DocState& st, std::size_t i) {
  if (!v.en || !(v.cls[i] & kCountryNoun) || v.norm(i).ends_with("s")) return npos;
  // Up to two modifiers; a region's name modifies the noun too (`the Gulf state`, where
  // the lexicon's `the Gulf` takes the article), a country's does not.
  std::size_t first = i;
  bool article = false;
  while (first > 0 && i - first < 3) {
    const std::size_t k = first - 1;
    if (const Mention* m = v.mention(k)) {
      if (m->last != k + 1 || m->entity->type != EntityType::Place || m->metonym) break;
      first = m->first;
      if (v.norm(first) == "the") {
        article = true;
        break;
      }
      continue;
    }
    if (!v.tok(k).has(kWord) || (v.cls[k] & (kFunctionWord | kPrep | kQuant | kPossible | kFuture)) || is_verbish(v, k))
      break;
    --first;
  }
  if (!article) {
    if (first == 0 || v.norm(first - 1) != "the") return npos;
    --first;
  }
  // `the state news agency`: a modifier of another noun; but after a verb of object control
  // the next word is the object's verb (`to help the Gulf state protect its airspace`).
  const bool controlled = first > 0 && (v.cls[first - 1] & kObjControl);
  if (i + 1 < v.size() && v.tok(i + 1).has(kWord) && !(v.cls[i + 1] & (kFunctionWord | kPrep)) && !is_verbish(v, i + 1) &&
      v.norm(i + 1) != "'s" && !controlled)
    return npos;
  std::vector<EntityRef> here = named_before(v, st, EntityType::Country, first);
  EntityRef e = here.empty() ? st.recent(EntityType::Country, v.sentence.index, first, nullptr, 2) : here.back();
  if (!e) return npos;
  replace_range(v, make_mention(first, i + 1, e, MentionKind::Description));
  return i + 1;
}

void description_pass(SentenceView& v, DocState& st) {
  // Every description and pronoun below starts at a word of one of these classes: the
  // other words are passed over without asking each pattern.
  constexpr std::uint64_t kStarts =
      kBoth | kGuest | kCountryNoun | kPersonNoun | kOrgNoun | kPronThing | kPronPlural | kPronPerson;
  const std::size_t s = v.sentence.index;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const std::uint64_t c = v.cls[i];
    if (!(c & kStarts) || v.mention(i)) continue;
    if (const std::size_t end = sides_description(v, st, i); end != npos) {  // both sides, kedua pihak
      v.rebuild_index();
      i = end - 1;
      continue;
    }
    if (v.en) {
      std::size_t end = guest_description(v, st, i);
      if (end == npos) end = country_description(v, st, i);
      if (end != npos) {
        v.rebuild_index();
        i = end - 1;
        continue;
      }
    }
    // kedua negara / dua negara / the two countries / both countries / negara-negara
    const bool plural_country = (c & kCountryNoun) && v.tok(i).has(kReduplicated);
    if (((c & kBoth) && i + 1 < v.size() && (v.cls[i + 1] & (kCountryNoun | kPersonNoun))) || plural_country) {
      const std::size_t noun = plural_country ? i : i + 1;
      const EntityType type = (v.cls[noun] & kCountryNoun) ? EntityType::Country : EntityType::Person;
      if (type == EntityType::Person && !definite_pair(v, i)) continue;
      std::vector<EntityRef> pair = st.salient_pair(type, s, i, named_before(v, st, type, i));
      std::size_t end = noun + 1;
      // ketiga negara Eropa itu: a qualifying place before the demonstrative
      if (end < v.size() && v.mention(end) && v.mention(end)->entity->type == EntityType::Place && !v.mention(end)->metonym &&
          v.mention(end)->last < v.size() && (v.cls[v.mention(end)->last] & kDemonstrative)) {
        if (const int n = v.model.text.number(v.tok(i).norm); n > 2) pair = st.salient(type, s, i, n, named_before(v, st, type, i));
        end = v.mention(end)->last;
        std::erase_if(v.mentions, [&](const Mention& m) { return m.first >= noun + 1 && m.last <= end; });
        v.rebuild_index();
      } else if (const int n = v.model.text.number(v.tok(i).norm); n > 2) {
        pair = st.salient(type, s, i, n, named_before(v, st, type, i));
      }
      if (end < v.size() && (v.cls[end] & kDemonstrative)) ++end;
      if (pair.size() >= 2) {
        Mention m = make_mention(i, end, pair[0], MentionKind::Description);
        m.group.assign(pair.begin() + 1, pair.end());
        v.mentions.push_back(std::move(m));
      }
      i = end - 1;
      continue;
    }
    // negara itu, negara kepulauan itu (that island nation): the country named last
    if (const std::size_t end = country_description_end(v, i); end != npos) {
      if (EntityRef e = st.recent(EntityType::Country, s, i))
        v.mentions.push_back(make_mention(i, end, e, MentionKind::Description));
      i = end - 1;
      continue;
    }
    // diplomat top Rusia: a person noun and a country -> the official of that country named before
    if (c & kPersonNoun) {
      std::size_t j = i + 1;
      while (j < v.size() && (v.cls[j] & kTitleWord)) ++j;
      if (const Mention* m = v.mention(j); m && m->first == j && country_of(v, *m) && v.id) {
        if (appositive_official(v, st, i, *m)) continue;
        if (EntityRef p = st.official_of(country_of(v, *m), s, i)) {
          const std::size_t last = m->last;
          replace_range(v, make_mention(i, last, p, MentionKind::Description));
          i = last - 1;
        }
        continue;
      }
    }
    // keduanya (the two of them): the two persons, else the two countries, named last
    if ((c & kBoth) && (i + 1 >= v.size() || !(v.cls[i + 1] & (kCountryNoun | kPersonNoun)))) {
      std::vector<EntityRef> pair = st.salient_pair(EntityType::Person, s, i);
      if (pair.size() < 2) pair = st.salient_pair(EntityType::Country, s, i);
      if (pair.size() == 2 && v.id && v.norm(i) == "keduanya") {
        Mention m = make_mention(i, i + 1, pair[0], MentionKind::Description);
        m.group.assign(pair.begin() + 1, pair.end());
        v.mentions.push_back(std::move(m));
      }
      continue;
    }
    // blok tersebut, the bloc, the alliance: the organization named last
    if ((c & kOrgNoun) && ((i + 1 < v.size() && (v.cls[i + 1] & kDemonstrative) && v.id) ||
                           (i > 0 && v.norm(i - 1) == "the" && v.en))) {
      if (EntityRef e = st.recent(EntityType::Organization, s, i, nullptr, 2)) {
        const std::size_t first = v.en ? i - 1 : i;
        const std::size_t last = v.en ? i + 1 : i + 2;
        v.mentions.push_back(make_mention(first, last, e, MentionKind::Description));
        i = last - 1;
      }
      continue;
    }
    // it, they, mereka: the country or organization named last, in this sentence
    // (`Seoul said it had no plans`) or before
    if ((c & (kPronThing | kPronPlural)) && !(c & kDet)) {
      // An object pronoun (`Beijing, which called it interference`) is someone other than
      // its clause's subject: the argument search, which knows the subject, resolves it.
      if (v.en && (c & kPronThing) && i > 0 && is_verbish(v, i - 1) && !(v.cls[i - 1] & (kReport | kCopula | kAux)))
        continue;
      EntityRef e;
      // `sanctions on three Iranian officials it accused of ...`: a pronoun opening a relative
      // clause without `that` means no one in the noun phrase the clause modifies.
      std::size_t from = i;
      const auto plain = [&](std::size_t k) {
        return v.tok(k).has(kWord) && !v.mention(k) && !(v.cls[k] & (kFunctionWord | kPrep | kReport | kVerb)) &&
               !is_verbish(v, k);
      };
      if (v.en && i > 0 && plain(i - 1))
        while (from > 0 && (plain(from - 1) || v.mention(from - 1) || (v.cls[from - 1] & kDet) || v.tok(from - 1).has(kNumber)))
          from = v.mention(from - 1) ? v.mention(from - 1)->first : from - 1;
      from = past_relative_before_report(v, from);
      for (std::size_t k = from; k-- > 0 && !e;)
        if (const Mention* m = v.mention(k); m && m->entity) {
          EntityRef actor = country_of(v, *m);
          if (!actor && m->entity->type == EntityType::Organization) actor = m->entity;
          e = actor;
        }
      // Opening an English sentence, `It` mostly continues the previous sentence's subject.
      if (!e && v.en && i == 0) e = st.previous_first({EntityType::Country, EntityType::Organization}, s);
      if (!e) e = st.recent_any({EntityType::Country, EntityType::Organization}, s, i, 1);
      if (e) v.mentions.push_back(make_mention(i, i + 1, e, MentionKind::Pronoun));
      continue;
    }
    // dia, ia, beliau, he, she. Opening a clause it is the subject, and a subject pronoun
    // mostly continues the previous sentence's subject; elsewhere the person named last.
    // Other personal pronouns (him, his, kepadanya) are resolved where they are used, by
    // the argument search, which knows the clause's subject.
    if ((c & kPronPerson) && !(c & kDet)) {
      const bool subject = i == 0 || v.norm(i - 1) == "," || (v.cls[i - 1] & (kConj | kComp | kTemporal)) ||
                           v.tok(i - 1).has(kQuote);
      if (!subject) continue;
      EntityRef e = st.previous_subject_person(s);
      if (!e) e = st.recent(EntityType::Person, s, i, nullptr, 2);
      if (e) v.mentions.push_back(make_mention(i, i + 1, e, MentionKind::Pronoun));
      continue;
    }
  }
  v.rebuild_index();
}

}  // namespace

void find_mentions(SentenceView& v, DocState& st) {
  v.mentions.reserve(8);  // a news sentence names a few actors: one allocation, not three
  lexicon_pass(v, st);
  institution_pass(v, st);  // before unknown names: `Kementerian Pertahanan` is no name
  unknown_pass(v, st);
  title_pass(v, st);
  qualifier_pass(v, st);
  description_pass(v, st);
}

}  // namespace jaring::detail
