// From triggers to relations: for every trigger form in the sentence, each of its frames
// looks for its subject and object where the frame says they are.
//
// Arguments are searched over word classes, not words:
//   - a subject is the actor phrase before the verb group (auxiliaries, negation, modals
//     and adverbs skipped); through `yang`/`which` it is the head the clause modifies;
//     through coordination, purpose (`untuk`, `to`), control (`siap`, `agreed`) and
//     participle clauses it is the subject of the verb before;
//   - an object is the first actor phrase after the verb or after the frame's preposition;
//     a phrase headed by a common noun stands for the actor that possesses it
//     (`perang Rusia`, `Russia's war`), and `X yang di-V oleh Y` for its agent Y;
//   - nominal triggers take their subject from a possessor (`kunjungan Lavrov`,
//     `Lavrov's visit`, `dukungannya`), an `oleh`/`by` phrase, the subject of a light verb
//     (`X melakukan kunjungan`), or a compound (`aliansi Pyongyang-Moscow`).
#include <algorithm>

#include "analysis.h"

namespace jaring::detail {
namespace {

constexpr int kMaxDepth = 5;

// The actors a search finds: one or two nearly always (a list runs longer), so they are
// kept in place; a std::vector was an allocation per search, and searches run per frame.
using Args = SmallVector<Arg, 4>;

// std::erase_if for Args.
template <class Pred>
void erase_args_if(Args& args, Pred pred) {
  args.erase(std::remove_if(args.begin(), args.end(), pred), args.end());
}

bool is_punct(const SentenceView& v, std::size_t i) { return v.tok(i).has(kPunct) && !v.tok(i).has(kQuote); }

// A currency or percent sign belongs to its number (`$500 million in loans`).
bool number_sign(const SentenceView& v, std::size_t i) {
  const std::string_view n = v.norm(i);
  return n == "$" || n == "€" || n == "£" || n == "¥" || n == "%";
}

bool clause_break(const SentenceView& v, std::size_t i) {
  // Asked for every token of every argument search: the flags first, the words after.
  if (!(is_punct(v, i) && !v.tok(i).has(kHyphen)) && !v.is(i, kComp | kTemporal | kSubordinator)) return false;
  return !(v.norm(i) == "'s" || v.norm(i) == "'" || number_sign(v, i));  // a possessive, a sign
}

// A word the grammar lists as a quantifier or adverb (`sedikitnya`, `sebelumnya`) has
// lexicalized its -nya: no pronoun in it.
bool ends_with_nya(const SentenceView& v, std::size_t i) {
  const std::string_view n = v.norm(i);
  return v.id && n.size() > 5 && n.ends_with("nya") && !v.mention(i) && !v.is(i, kQuant | kAdverb);
}

// An actor as a relation's argument. A capital or seat of power is its state, as an agent
// (`Pyongyang mengirim`) and as a destination alike (a visit to the capital is a visit to
// the country); the mention itself stays a place (`--mentions`, `located_in`).
Arg arg_of(const SentenceView& v, const Mention& m, bool /*locative*/) {
  Arg a;
  a.entity = m.entity;
  a.first = m.first;
  a.last = m.last;
  a.coref = m.kind == MentionKind::Pronoun || m.kind == MentionKind::Description;
  if (m.metonym)
    if (EntityRef state = v.model.lexicon.find(m.entity->acts_for)) a.entity = state;
  return a;
}

void add_mention_args(const SentenceView& v, const Mention& m, bool locative, Args& out) {
  out.push_back(arg_of(v, m, locative));
  const Arg first = out.back();
  for (const EntityRef& other : m.group) {
    Arg b = first;
    b.entity = other;
    out.push_back(b);
  }
}

bool locative_before(const SentenceView& v, std::size_t i) {
  return i > 0 && (v.is(i - 1, kLocPrep) || v.norm(i - 1) == "ke" || v.norm(i - 1) == "to");
}

// The CAMEO roots of the relations the verb at i triggers (`04` consult: meet, host,
// visit; `19` fight), so a rule can ask what kind of event a governing verb states.
std::vector<std::string> verb_roots(const SentenceView& v, std::size_t i) {
  std::vector<std::string> roots;
  const auto* forms = v.forms_at(i);
  if (!forms) return roots;
  for (const TriggerForm& f : *forms) {
    const Frame& frame = v.model.frames.frame(f.frame);
    if (!v.in_language(f) || f.voice == Voice::Nominal) continue;
    roots.push_back(relation_of(v, frame).cameo_root);
  }
  return roots;
}

bool triggers_root(const SentenceView& v, std::size_t i, std::string_view root) {
  const auto roots = verb_roots(v, i);
  return std::find(roots.begin(), roots.end(), root) != roots.end();
}

// A verb triggering a conflict relation (`attacked`, `menyerang`).
bool conflict_verb(const SentenceView& v, std::size_t i) {
  const auto* forms = v.forms_at(i);
  if (!forms) return false;
  for (const TriggerForm& f : *forms) {
    const Frame& frame = v.model.frames.frame(f.frame);
    if (!v.in_language(f) || f.voice == Voice::Nominal) continue;
    if (relation_of(v, frame).quad_class.ends_with("conflict"))
      return true;
  }
  return false;
}

struct Mood {
  bool negated = false;
  Modality modality = Modality::Asserted;
};

Mood mood_before(const SentenceView& v, std::size_t t);
Mood mood_after(const SentenceView& v, std::size_t end);
bool accusation(const SentenceView& v, std::size_t i);
bool accused_act(const SentenceView& v, std::size_t t);
bool attributive_participle(const SentenceView& v, std::size_t t);
bool guest_phrase(const SentenceView& v, std::size_t t, const Arg& object);

class Searcher {
 public:
  Searcher(const SentenceView& v, DocState& st) : v_(v), st_(st) {}

  // The actor phrase starting at i: the first actor, skipping determiners, numbers and up
  // to three nouns it possesses; coordinated actors come along.
  Args np_right(std::size_t i, bool relative_agent = true) const {
    Args out;
    int skipped = 0;
    bool possessed = false;
    for (std::size_t j = i; j < v_.size(); ++j) {
      if (const Mention* m = v_.mention(j)) {
        add_mention_args(v_, *m, locative_before(v_, m->first), out);
        add_coordinated_right(*m, out);
        for (Arg& a : out) a.possessed = possessed;
        return out;
      }
      const Token& t = v_.tok(j);
      // tetangganya, its neighbour: the country named before, other than the possessor.
      if (v_.is(j, kNeighbor)) {
        if (EntityRef e = neighbour(j)) out.push_back(Arg{e, j, j + 1, true, possessed});
        return out;
      }
      // negaranya (his country): the country of the person (or the country) it refers to.
      if (v_.is(j, kCountryNoun) && ends_with_nya(v_, j)) {
        if (EntityRef e = own_country(j)) out.push_back(Arg{e, j, j + 1, true, possessed});
        return out;
      }
      // `his Indian counterpart`: a possessive before the actor phrase is a determiner.
      if (v_.is(j, kDet) && v_.is(j, kPronPerson | kPronPlural | kPronThing) && actor_ahead(j + 1)) continue;
      // `memprotes masuknya kapal penjaga pantai Tiongkok`: before the noun phrase it
      // heads, -nya marks a nominalized verb as definite; the owner follows.
      if (ends_with_nya(v_, j) && j + 1 < v_.size() && v_.tok(j + 1).has(kWord) && !v_.is(j + 1, kPrep | kConj | kRel) &&
          actor_ahead(j + 1)) {
        possessed = true;
        continue;
      }
      if (v_.is(j, kPronPerson | kPronPlural | kPronThing) || ends_with_nya(v_, j)) {
        if (EntityRef e = pronoun(j)) {
          Arg a;
          a.entity = e;
          a.first = j;
          a.last = j + 1;
          a.coref = true;
          a.possessed = possessed;
          out.push_back(a);
        }
        return out;
      }
      // `tanpa syarat`, `without conditions` right after a verb qualifies the verb.
      if (j == i && v_.is(j, kNeg) && v_.is(j, kPrep)) {
        ++j;
        continue;
      }
      // `rejected the accusation`: a claim stands for whoever made it, unless the phrase
      // names them (`the accusation by X`).
      if (v_.is(j, kClaim) && (j == i || v_.is(j - 1, kDet)) && !is_verbish(v_, j)) {
        if (j + 2 < v_.size() && v_.is(j + 1, kAgentPrep | kOfPrep) && v_.mention(j + 2)) return np_right(j + 2, false);
        if (v_.id && j + 1 < v_.size() && v_.mention(j + 1)) return np_right(j + 1, false);  // tuduhan Iran
        return claimant(j);
      }
      // `told reporters that the two sides ...`: `that` after the object opens a clause.
      if (v_.is(j, kComp) && skipped > 0) return out;
      if (v_.is(j, kDet | kQuant | kAdverb | kTitleWord) || t.has(kNumber) || t.has(kQuote)) continue;
      if (j == i && attributive_participle(v_, j)) continue;  // with visiting Prime Minister X
      // talks between Israel and Hamas: the two sides
      if (v_.is(j, kBetween)) {
        auto sides = np_right(j + 1, false);
        return sides.size() >= 2 ? sides : out;
      }
      if (v_.is(j, kGenitive) && j > i && skipped > 0) {  // a round of talks
        ++skipped;
        continue;
      }
      if (v_.is(j, kRel) && relative_agent) {
        // tindakan yang diambil oleh Moskow: the agent of the relative clause
        for (std::size_t k = j + 1; k < v_.size() && k <= j + 4; ++k)
          if (v_.is(k, kAgentPrep)) {
            auto agent = np_right(k + 1, false);
            for (Arg& a : agent) a.possessed = true;
            return agent;
          }
        return out;
      }
      // `sanksi terhadap sebelas pejabat dan dua bank Korea Utara`: coordinated common
      // nouns share the actor that possesses them.
      if (v_.is(j, kConj) && skipped > 0 && j + 1 < v_.size() && !v_.mention(j + 1) && !is_verbish(v_, j + 1) &&
          (v_.tok(j + 1).has(kNumber) || (v_.tok(j + 1).has(kWord) && !v_.is(j + 1, kPrep | kConj | kRel | kComp | kNeg | kPronPerson | kPronPlural | kPronThing))))
        continue;
      // `a delegation from Iran`, `troops from Pakistan`: a country's people by origin.
      if (v_.is(j, kOfPrep) && j > i && v_.is(j - 1, kGroup) && j + 1 < v_.size() && v_.mention(j + 1)) continue;
      if (v_.is(j, kPrep | kConj | kOr | kComp | kTemporal | kSubordinator | kRel | kPurpose) ||
          is_verbish(v_, j) || t.has(kPunct))
        return out;
      if (++skipped > 5) return out;
      possessed = true;
    }
    return out;
  }

  // The noun at t begins its clause (only determiners or quotes before it).
  bool opens_clause(std::size_t t) const {
    int modifiers = 0;
    for (std::size_t j = t; j-- > 0;) {
      if (v_.is(j, kDet) || v_.tok(j).has(kQuote)) continue;
      if (v_.tok(j).has(kWord) && !v_.mention(j) && !is_verbish(v_, j) && !v_.is(j, kPrep | kConj) && ++modifiers <= 2)
        continue;  // New sanctions, Bantuan kemanusiaan
      return clause_break(v_, j);
    }
    return true;
  }

  EntityRef neighbour(std::size_t i) const {
    std::vector<EntityRef> countries;
    for (std::size_t k = i; k-- > 0;)
      if (const Mention* m = v_.mention(k))
        if (EntityRef e = arg_of(v_, *m, false).entity; e->type == EntityType::Country) countries.push_back(e);
    if (countries.empty()) return nullptr;
    for (const EntityRef& c : countries)
      if (c->id != countries.front()->id) return c;
    return st_.recent(EntityType::Country, v_.sentence.index, 0, countries.front(), 3);
  }

  EntityRef own_country(std::size_t i) const {
    EntityRef r = person_pronoun(i, true);
    if (!r) r = pronoun(i);
    if (!r) return nullptr;
    if (r->type == EntityType::Country) return r;
    if (r->type == EntityType::Person)
      if (const std::string_view c = st_.affiliation(r); !c.empty()) return v_.model.lexicon.find(c);
    return nullptr;
  }

  // Actors an object pronoun cannot be: the subjects of the frame being bound.
  void exclude(const Args& subjects) {
    excluded_.clear();
    for (const Arg& a : subjects) excluded_.push_back(&a.entity->id);
  }
  bool excluded(const EntityRef& e) const {
    return std::any_of(excluded_.begin(), excluded_.end(), [&](const std::string* id) { return *id == e->id; });
  }

  // An actor within the next few words of the same phrase.
  bool actor_ahead(std::size_t i) const {
    for (std::size_t j = i; j < v_.size() && j < i + 3; ++j) {
      if (v_.mention(j)) return true;
      if (clause_break(v_, j) || is_verbish(v_, j) || v_.is(j, kPrep | kConj)) return false;
    }
    return false;
  }

  // The possessive at i (`nuklirnya`, `its`) owns a place (`situs-situs nuklirnya`, `its
  // nuclear sites`): a place noun within the two words around it.
  bool owns_place(std::size_t i) const {
    for (std::size_t k = i > 2 ? i - 2 : 0; k < v_.size() && k <= i + 2; ++k)
      if (v_.is(k, kPlaceNoun) && !v_.mention(k)) return true;
    return false;
  }

  // What a pronoun (or a -nya suffix) at i refers to.
  EntityRef pronoun(std::size_t i) const {
    const std::size_t s = v_.sentence.index;
    if (v_.is(i, kPronPerson) && !ends_with_nya(v_, i)) {
      return person_pronoun(i, v_.is(i, kDet));
    }
    // -nya, its, their, mereka. Under a light verb or a copula the possessor is that
    // verb's subject (`Pyongyang menegaskan dukungannya`: its own support); under any
    // other verb it is someone else, the nearest actor before (`X mempersenjatai Moskow
    // untuk mendukung perangnya`: Moscow's war), the subject only when there is none.
    EntityRef subject;
    bool light = false;
    for (std::size_t k = i; k-- > 0;) {
      if (clause_break(v_, k) && v_.norm(k) != ",") break;
      if (is_verbish(v_, k) && k != i) {
        auto subj = agent(k, 1);
        if (!subj.empty()) subject = subj.front().entity;
        light = v_.is(k, kSupport | kCopula | kReport);
        break;
      }
    }
    // `sejak kunjungannya` (since his visit): in a time phrase, the subject's own; but
    // `mengutuk Rusia atas invasinya` (for its invasion): Russia's.
    std::size_t before = i;
    while (before > 0 && v_.is(before - 1, kDet | kQuant)) --before;
    const bool in_phrase = before > 0 && v_.is(before - 1, kTimePrep);
    // `situs-situs nuklirnya`, `its territory`: only a country owns places.
    const bool place = owns_place(i);
    if (place && subject && subject->type != EntityType::Country) subject = nullptr;
    if (subject && (light || in_phrase)) return subject;
    // The nearest actor of this clause that is not its subject: an object before it
    // (`mempersenjatai Moskow untuk mendukung perangnya`, `mengutuk Rusia atas invasinya`).
    for (std::size_t k = i; k-- > 0;) {
      // A coordinated verb phrase is another clause (`X condemned China's actions and
      // said the US stands with its ally`); a relative clause after a comma is not
      // (`... was rejected by Beijing, which called it interference`: the proposal's).
      if ((clause_break(v_, k) && !(v_.norm(k) == "," && v_.is(k + 1, kRel))) ||
          (v_.is(k, kConj) && is_verbish(v_, k + 1)))
        break;
      const Mention* m = v_.mention(k);
      if (!m || !m->entity) continue;
      const EntityRef e = arg_of(v_, *m, false).entity;
      if (place && e->type != EntityType::Country) continue;
      if ((!subject || e->id != subject->id) && !excluded(e)) return e;
    }
    if (subject) return subject;
    // `X membatasi ... setelah serangan Y terhadap situs nuklirnya`: the owner of a place
    // may be named before an adverbial clause; any country of the sentence but the
    // clause's own actors, else of the sentences before.
    if (place) {
      for (std::size_t k = i; k-- > 0;) {
        if (v_.norm(k) == ";" || v_.norm(k) == ":") break;
        const Mention* m = v_.mention(k);
        if (!m || !m->entity) continue;
        const EntityRef e = arg_of(v_, *m, false).entity;
        if (e->type == EntityType::Country && !excluded(e)) return e;
      }
      return st_.recent_any({EntityType::Country}, s, i, 2);
    }
    if (v_.is(i, kPronThing | kPronPlural) || ends_with_nya(v_, i))
      return st_.recent_any({EntityType::Country, EntityType::Organization, EntityType::Person}, s, i, 2);
    return nullptr;
  }

  // A personal pronoun: he, him, his, dia, -nya on a preposition (kepadanya). A possessive
  // (his) is most often the clause's subject; an object (him, kepadanya) someone else: the
  // person named last in this sentence, else in the sentences before.
  EntityRef person_pronoun(std::size_t i, bool possessive) const {
    EntityRef subject;
    if (is_verbish(v_, i))  // menyambutnya: the verb's own subject
      if (auto subj = agent(i, 1); !subj.empty()) subject = subj.front().entity;
    for (std::size_t k = i; !subject && k-- > 0;) {
      if (clause_break(v_, k) && v_.norm(k) != ",") break;
      if (is_verbish(v_, k)) {
        if (auto subj = agent(k, 1); !subj.empty()) subject = subj.front().entity;
        break;
      }
    }
    if (possessive && subject && subject->type == EntityType::Person) return subject;
    for (std::size_t k = i; k-- > 0;)
      if (const Mention* m = v_.mention(k);
          m && m->entity->type == EntityType::Person && (possessive || !subject || m->entity->id != subject->id))
        return m->entity;
    return st_.recent(EntityType::Person, v_.sentence.index, 0, possessive ? nullptr : subject, 2);
  }

  // The negation and modality of the trigger at t: its own verb group's, and, when its
  // subject comes from a governing verb through a purpose or control clause (`akan
  // mengunjungi Beijing untuk bertemu Xi`), that verb's as well.
  Mood mood(std::size_t t, int depth = 0) const {
    Mood m = mood_before(v_, t);
    if (depth > kMaxDepth) return m;
    std::size_t j = t;
    while (j > 0 && (v_.is(j - 1, kAux | kAdverb | kNeg | kFuture | kPossible) || v_.tok(j - 1).has(kQuote))) --j;
    if (j == 0 || !v_.is(j - 1, kPurpose | kControl)) return m;
    for (std::size_t p = j - 1; p-- > 0;) {
      if (clause_break(v_, p)) break;
      if (is_verbish(v_, p) && !v_.is(p, kPurpose)) {
        const Mood g = mood(p, depth + 1);
        m.negated = m.negated || g.negated;
        if (m.modality == Modality::Asserted || g.modality == Modality::Possible) m.modality = g.modality == Modality::Asserted ? m.modality : g.modality;
        break;
      }
    }
    return m;
  }

  // Who made the claim the noun at j refers to: the subject of an accusing verb before it
  // in this sentence (`X accused Y of ..., a claim that ...`), else the accuser of the
  // sentences before (`X accused Y. Y rejected the accusation`).
  Args claimant(std::size_t j) const {
    for (std::size_t k = j; k-- > 0;)
      if (accusation(v_, k)) {
        auto accuser = agent(k, 1);
        for (Arg& a : accuser) a.coref = true;
        return accuser;
      }
    if (EntityRef e = st_.claimant(v_.sentence.index)) return {Arg{e, j, j + 1, true, false}};
    return {};
  }

  // The object of a verb in a relative clause with a subject of its own: the clause's
  // head (`a claim that Tehran dismissed`, `the Australian proposal that China rejected`).
  Args relative_object(std::size_t t) const {
    std::size_t j = t;
    while (j > 0 && v_.is(j - 1, kAux | kAdverb | kNeg | kFuture | kPossible)) --j;
    const Mention* subject = j > 0 ? v_.mention(j - 1) : nullptr;
    if (!subject || subject->first < 1) return {};
    // With a relativizer (`a claim that Tehran dismissed`) or without (`officials it accused`).
    const bool rel = subject->first >= 2 && v_.is(subject->first - 1, kRel | kComp);
    const std::size_t head = rel ? subject->first - 2 : subject->first - 1;
    if (!rel && (v_.mention(head) || !v_.is(head, kGroup | kPersonNoun | kClaim))) return {};
    if (v_.mention(head)) return {arg_of(v_, *v_.mention(head), false)};
    if (!v_.tok(head).has(kWord) || is_verbish(v_, head) || v_.is(head, kPrep | kConj | kDet | kPronPerson | kPronPlural | kPronThing))
      return {};
    if (v_.is(head, kClaim)) return claimant(head);
    return subject_phrase(head);
  }

  // A verb of appeal taking an object and an act (`urged X to settle`, `called on X to
  // hold talks`, `mendesak X untuk`): the act is asked for, not stated to happen, so it is
  // possible at most. Appeals are the verbs that trigger CAMEO root 02 (calls_on);
  // implicative verbs of object control (`forced`, `helped`, `accused X of`) are not.
  bool appeal(std::size_t p) const { return v_.is(p, kObjControl) && triggers_root(v_, p, "02"); }

  // The trigger at t is inside the act a verb of appeal asks for (`urged X to settle
  // their dispute through dialogue`, `mendesak X untuk menjatuhkan sanksi`).
  bool under_appeal(std::size_t t) const {
    for (std::size_t k = t; k-- > 0;) {
      if (clause_break(v_, k)) return false;
      // `to settle`: English base forms are verbs the classes do not know.
      const bool verb_after = k + 1 < v_.size() && (is_verbish(v_, k + 1) ||
                              (v_.tok(k + 1).has(kWord) && !v_.mention(k + 1) &&
                               !v_.is(k + 1, kDet | kQuant | kPrep | kPronPerson | kPronPlural | kPronThing)));
      if (!v_.is(k, kPurpose) || !verb_after) continue;
      for (std::size_t p = k; p-- > 0;) {
        if (clause_break(v_, p)) return false;
        if (is_verbish(v_, p) && !v_.is(p, kPurpose)) return appeal(p);
      }
      return false;
    }
    return false;
  }

  // Who holds the supplied item a passive describes: the subject of the verb whose object
  // the item is; nobody when the item is no verb's object. It fills the role the passive
  // leaves open: the recipient (`Using drones supplied by Iran, Houthi fighters ...`) or
  // the supplier (`It includes drones that will be delivered to Kyiv`).
  Args theme_holder(std::size_t t) const {
    // The item: the noun phrase before the participle, or before `that will be delivered`.
    std::size_t j = t;
    while (j > 0 && v_.is(j - 1, kAux | kPassiveAux | kFuture | kPossible | kAdverb)) --j;
    if (j < t && j > 0 && v_.is(j - 1, kRel | kComp)) --j;
    else j = t;
    const std::size_t item_end = j;
    while (j > 0 && item_end - j < 8 && !v_.mention(j - 1) && !is_verbish(v_, j - 1) &&
           (v_.tok(j - 1).has(kWord) || v_.tok(j - 1).has(kNumber)) && !v_.is(j - 1, kPrep | kRel | kComp))
      --j;
    if (j > 0 && v_.is(j - 1, kPrep) && !v_.is(j - 1, kAgentPrep)) --j;  // `attacked X with drones supplied by Y`
    // Not a verb of saying (`said drones that were supplied to X`) or of conflict.
    if (j == 0 || !is_verbish(v_, j - 1) || v_.is(j - 1, kReport | kCopula | kDeny) || passive_verb(j - 1) ||
        conflict_verb(v_, j - 1))
      return {};
    auto holder = agent(j - 1, 1);
    for (Arg& a : holder) a.coref = true;
    return holder;
  }

  // A trigger carrying the possessive/object suffix -nya, and what the suffix refers to.
  bool suffixed(std::size_t t) const { return ends_with_nya(v_, t); }
  Args suffix_referent(std::size_t t) const {
    // menyambutnya (welcomed him): a person other than the subject where there is one.
    EntityRef e = person_pronoun(t, false);
    if (!e) e = pronoun(t);
    if (e) return {Arg{e, t, t + 1, true, false}};
    return {};
  }

  // The subject of the verb at t (an active verb; for a passive one, its patient).
  // A time phrase between a relativizer and its verb (`yang pekan lalu bertemu`, `yang
  // sejak tahun lalu menempatkan`, `yang pada 2023 ...`): the position of the relativizer's
  // end, so the verb finds its head; j itself where no relativizer precedes the phrase.
  std::size_t skip_relative_time(std::size_t j) const {
    std::size_t s = j;
    while (s > 0 && j - s < 5 && !v_.mention(s - 1) &&
           (v_.is(s - 1, kTimeWord | kTimePrep) || v_.tok(s - 1).has(kNumber) ||
            (v_.is(s - 1, kLocPrep | kPrep) && s < j && (v_.is(s, kTimeWord) || v_.tok(s).has(kNumber)))))
      --s;
    return s < j && s > 0 && v_.is(s - 1, kRel) ? s : j;
  }

  Args agent(std::size_t t, int depth = 0) const {
    if (depth > kMaxDepth) return {};
    std::size_t j = t;
    while (j > 0 && (v_.is(j - 1, kAux | kAdverb | kNeg | kFuture | kPossible) || v_.tok(j - 1).has(kQuote)))
      --j;
    // A participle or adverbial clause opening the sentence (`Visiting Canberra, X ...`,
    // `Setelah bertemu Y, X ...`) shares the main clause's subject, after the comma.
    if (j == 0 || (j == 1 && v_.is(0, kTemporal | kSubordinator | kPrep))) return fronted_subject(t);
    j = skip_relative_time(j);
    const std::size_t k = j - 1;
    if (v_.mention(k)) return subject_phrase(k);
    if (v_.is(k, kCountryNoun) && ends_with_nya(v_, k))  // negaranya akan bekerja sama
      if (EntityRef e = own_country(k)) return {Arg{e, k, k + 1, true, false}};
    // `Thailand, whose troops clashed with ...`: the head's own people act for it.
    const bool whose_group = k > 0 && v_.is(k, kGroup) && v_.is(k - 1, kRel) && v_.norm(k - 1) == "whose";
    if (v_.is(k, kRel) || whose_group) {
      if (v_.norm(k) == "mana") return {};  // di mana: the clause names its own subject
      // `tuduhan yang dibantah Abu Dhabi`: a claim stands for whoever made it.
      if (k > 0 && v_.is(k - 1, kClaim) && !v_.mention(k - 1)) return claimant(k - 1);
      for (std::size_t h = whose_group ? k - 1 : k; h-- > 0 && k - h <= 8;) {
        if (const Mention* m = v_.mention(h)) return with_coordinated(*m);
        if (v_.is(h, kComp) || is_verbish(v_, h)) break;
      }
      return {};
    }
    if (v_.norm(k) == "," && k > 0) {
      // An apposition or list ends at the comma: `Lavrov dan rekannya, Choe, mengadakan`;
      // an actor inside a prepositional phrase does not (`... di Ukraina, mengirim`): the
      // verb then opens a participle clause sharing the main clause's subject.
      // Something in commas between subject and verb: a relative clause (`X, which ...,
      // has urged`) or an apposition (`Timor-Leste, anggota ke-11 ASEAN, berterima
      // kasih`): the subject is the head before the opening comma.
      for (std::size_t c = k; c-- > 1 && k - c <= 25;) {
        if (v_.norm(c) != ",") {
          if (is_verbish(v_, c) && !(c > 0 && v_.is(c - 1, kRel)) && !rel_before(c, k)) break;
          continue;
        }
        const Mention* head = v_.mention(c - 1);
        if (head && head->last == c && !(head->first > 0 && v_.is(head->first - 1, kPrep)) &&
            !(head->first > 0 && v_.mention(head->first - 1)))
          if (c + 1 < k && (v_.is(c + 1, kRel | kDet) || !v_.mention(c + 1) || v_.mention(c + 1)->last < k - 1))
            return with_coordinated(*head);
        break;
      }
      const Mention* m = v_.mention(k - 1);
      if (m && !(m->first > 0 && v_.is(m->first - 1, kPrep))) return with_coordinated(*m);
      return inherit(k, depth);
    }
    // usai/setelah/after + verb: the actor just before, unless it sits in a phrase of its
    // own (`tiba di Beijing setelah bertemu Xi`); then the main clause's subject.
    if (v_.is(k, kTemporal) && k > 0) {
      const Mention* m = v_.mention(k - 1);
      if (m && !(m->first > 0 && v_.is(m->first - 1, kPrep))) return with_coordinated(*m);
      return inherit(k, depth);
    }
    if (v_.is(k, kPurpose)) return purpose_subject(k, depth);
    // `no intention of holding talks`, `by sending missiles`: a gerund after a preposition.
    if (v_.is(k, kPrep) && !v_.mention(k) && v_.norm(t).ends_with("ing")) {
      // `accused the European Union of prolonging the war`: the object does it.
      for (std::size_t p = k; p-- > 0;) {
        if (clause_break(v_, p)) break;
        if (!is_verbish(v_, p)) continue;
        if (v_.is(p, kObjControl)) {
          auto object = np_right(p + 1, false);
          if (object.empty()) object = relative_object(p);  // `officials it accused of supplying`
          if (!object.empty() && object.back().last <= k) return object;
        }
        break;
      }
      return inherit(k, depth);
    }
    // `X mendesak Iran mengizinkan inspeksi dan memperingatkan bahwa`, `urged Iran to allow
    // inspections and warned that`: a reporting verb joins the appeal, not the act appealed for.
    if (v_.is(k, kConj) && v_.is(t, kReport)) {
      std::size_t appeal = npos;  // the first verb of object control in the clause
      for (std::size_t q = k; q-- > 0;) {
        if (clause_break(v_, q) && v_.norm(q) != ",") break;
        if (is_verbish(v_, q) && v_.is(q, kObjControl)) appeal = q;
      }
      if (appeal != npos) return agent(appeal, depth + 1);
    }
    if (v_.is(k, kConj | kControl) || is_verbish(v_, k)) return inherit(k + 1, depth);
    // `tidak mengirim senjata, tetapi memberikan bantuan`: a verb right after a
    // subordinator shares the subject of the clause before.
    if (v_.is(k, kSubordinator) && k > 0) return inherit(k, depth);
    // A noun phrase standing for an actor: `tentara Korea Utara`, `North Korean troops`,
    // `A Philippine supply vessel`, `The Russian strike on a hospital in Kyiv`.
    if (auto out = subject_phrase(k); !out.empty()) return out;
    // `pasukan ini` (these troops): the country whose troops were named last.
    for (std::size_t h = k + 1; h-- > 0 && k - h < 3;) {
      if (v_.is(h, kDemonstrative) && h > 0 && v_.is(h - 1, kGroup)) {
        if (EntityRef c = st_.recent(EntityType::Country, v_.sentence.index, h, nullptr, 2)) {
          Arg a;
          a.entity = c;
          a.first = h - 1;
          a.last = h + 1;
          a.coref = true;
          return {a};
        }
        return {};
      }
      if (!v_.is(h, kGroup | kPossessed | kDet) && !v_.is(h, kTitleWord)) break;
    }
    return {};
  }

  // `Bukan hanya Jepang, Korea Selatan ...`, `Not only Canada but also Mexico`: the
  // actor ending at `last` is introduced by a negated focus word.
  bool not_only(std::size_t last) const {
    const Mention* m = v_.mention(last);
    if (!m || m->first < 2) return false;
    return v_.is(m->first - 1, kFocus) && v_.is(m->first - 2, kNeg);
  }

  // The trigger ending at `end` is followed by `dan`/`and` and another verb.
  bool shares_object(std::size_t end) const {
    return end + 1 < v_.size() && v_.is(end, kConj) && is_verbish(v_, end + 1);
  }
  std::size_t next_verb_end(std::size_t end) const { return end + 2; }

  // The subject and the object of the verb whose purpose clause the trigger at t is in:
  // `menerima Presiden Suriah untuk membahas`, `met Wang Yi to discuss`.
  Args purpose_partners(std::size_t t) const {
    std::size_t j = t;
    while (j > 0 && v_.is(j - 1, kAux | kAdverb)) --j;
    if (j == 0 || !v_.is(j - 1, kPurpose)) return {};
    for (std::size_t p = j - 1; p-- > 0;) {
      if (clause_break(v_, p)) return {};
      if (!is_verbish(v_, p)) continue;
      auto subj = agent(p, 1);
      auto obj = np_right(p + 1, false);
      if (subj.empty() || obj.empty() || obj.back().last > j) return {};
      return {subj.front(), obj.front()};
    }
    return {};
  }

  // `bertemu Putin dan membahas ...`, `met X and discussed ...`: after a verb of meeting
  // or visiting, a coordinated verb has that verb's subject and object as participants.
  Args coordinated_partners(std::size_t t) const {
    std::size_t j = t;
    while (j > 0 && v_.is(j - 1, kAux | kAdverb)) --j;
    if (j < 2 || !v_.is(j - 1, kConj)) return {};
    for (std::size_t p = j - 1; p-- > 0;) {
      if (clause_break(v_, p)) return {};
      if (!is_verbish(v_, p)) continue;
      if (!triggers_root(v_, p, "04")) return {};
      auto subj = agent(p, 1);
      auto obj = np_right(p + 1, false);
      if (subj.empty() || obj.empty() || obj.back().last > j - 1) return {};
      return {subj.front(), obj.front()};
    }
    return {};
  }

  // `tidak mengirim senjata ke Ukraina, tetapi memberikan bantuan`, `did not send arms to
  // X but gave aid`: a clause contrasted with the one before, naming no object of its
  // own, has that clause's last actor other than its subject.
  Args contrast_object(std::size_t t, const Args& subjects) const {
    std::size_t c = t;
    while (c > 0 && !clause_break(v_, c - 1)) --c;
    if (c == 0 || !v_.is(c - 1, kSubordinator)) return {};
    // Only a clause whose subject is that of the clause before.
    if (subjects.empty() || subjects.front().first >= c) return {};
    std::size_t p = c - 1;
    if (p > 0 && v_.norm(p - 1) == ",") --p;
    for (std::size_t k = p; k-- > 0;) {
      if (clause_break(v_, k)) break;
      const Mention* m = v_.mention(k);
      if (!m) continue;
      Arg a = arg_of(v_, *m, false);
      const bool subject = std::any_of(subjects.begin(), subjects.end(),
                                       [&](const Arg& s) { return s.entity->id == a.entity->id; });
      if (subject) return {};
      a.coref = true;
      return {a};
    }
    return {};
  }

  // `Indonesia bergabung pada 2025`, `X joined last year`: a relation only organizations
  // can be the object of, stated with none, is about the organization named last.
  Args implied_organization(std::size_t t) const {
    for (std::size_t k = t; k-- > 0;)
      if (const Mention* m = v_.mention(k); m && m->entity->type == EntityType::Organization) {
        Arg a = arg_of(v_, *m, false);
        a.coref = true;
        return {a};
      }
    if (EntityRef e = st_.recent(EntityType::Organization, v_.sentence.index, 0, nullptr, 1)) {
      Arg a;
      a.entity = e;
      a.first = t;
      a.last = t + 1;
      a.coref = true;
      return {a};
    }
    return {};
  }

  // `menewaskan empat warga sipil`, `killed three civilians in Kharkiv`: unnamed people a
  // strike kills belong to the place it hit, named after them (`di Kharkiv`) or as the
  // target before (`Serangan drone terhadap Kyiv ... menewaskan`); a capital or a city
  // stands for its country.
  Args civilians_of(std::size_t t, std::size_t end) const {
    std::size_t j = end;
    while (j < v_.size() && !v_.mention(j) &&
           (v_.is(j, kQuant | kDet | kAdverb) || v_.tok(j).has(kNumber) || v_.model.text.number(v_.tok(j).norm) > 0))
      ++j;
    if (j >= v_.size() || !v_.is(j, kCivilian) || v_.mention(j)) return {};
    while (j < v_.size() && !v_.mention(j) && v_.is(j, kCivilian)) ++j;
    const auto place = [&](const Mention& m) -> Args {
      Arg a = arg_of(v_, m, true);
      if (a.entity->type == EntityType::Place && !a.entity->located_in.empty())
        if (EntityRef c = v_.model.lexicon.find(a.entity->located_in)) a.entity = c;
      a.coref = true;
      return {a};
    };
    const auto target = [&](std::size_t first) {
      return first > 0 && v_.is(first - 1, kPrep) && !v_.is(first - 1, kAgentPrep | kOfPrep);
    };
    if (j + 1 < v_.size() && v_.is(j, kLocPrep)) {
      std::size_t p = j + 1;
      while (p < v_.size() && v_.is(p, kDet) && !v_.mention(p)) ++p;  // across the Gaza Strip
      if (const Mention* m = v_.mention(p); m && m->first == p) return place(*m);
    }
    for (std::size_t k = t; k-- > 0;) {
      if (clause_break(v_, k) && v_.norm(k) != ",") break;
      if (const Mention* m = v_.mention(k); m && m->last == k + 1 && target(m->first)) return place(*m);
    }
    return {};
  }

  // `menyampaikan belasungkawa atas banjir di Sumatra dan menawarkan bantuan darurat`:
  // aid offered to no one named goes to the country where the sentence's event happened,
  // named after a locative preposition before the aid (a region stands for its country),
  // never the giver's own country.
  Args implied_recipient(std::size_t t, const Args& givers) const {
    // Not the place of an opening phrase (`Dalam pertemuan di Jakarta, Jepang menawarkan
    // bantuan`): where the giver was says nothing of who receives.
    std::size_t opening = 0;
    if (v_.size() > 0 && v_.is(0, kPrep))
      while (opening < t && v_.norm(opening) != ",") ++opening;
    for (std::size_t k = t; k-- > opening;) {
      if (v_.norm(k) == ";" || v_.norm(k) == ":" || v_.is(k, kComp)) break;
      const Mention* m = v_.mention(k);
      if (!m || m->last != k + 1 || m->first == 0 || !v_.is(m->first - 1, kLocPrep)) continue;
      Arg a = arg_of(v_, *m, true);
      if (a.entity->type == EntityType::Place && !a.entity->located_in.empty())
        if (EntityRef c = v_.model.lexicon.find(a.entity->located_in)) a.entity = c;
      if (a.entity->type != EntityType::Country) return {};
      for (const Arg& g : givers)
        if (g.entity->id == a.entity->id || st_.affiliation(g.entity) == a.entity->id) return {};
      a.coref = true;
      return {a};
    }
    return {};
  }

  // The country where the project a verb of aid takes as its object lies: `finance a rail
  // corridor between Delhi and Varanasi`, `fund a hospital in Gaza City`. The places must
  // be in the object's own phrase (no verb, comma or event noun before them: `funded talks
  // in Geneva` says nothing of a recipient) and in one country that is not the giver's.
  Args project_country(std::size_t end, const Args& givers) const {
    EntityRef country;
    std::size_t first = npos, last = npos;
    for (std::size_t k = end; k < v_.size() && k < end + 12; ++k) {
      const Mention* m = v_.mention(k);
      if (!m) {
        if (clause_break(v_, k) || v_.norm(k) == "," || is_verbish(v_, k) || v_.forms_at(k)) break;
        continue;
      }
      const bool placed = m->first > 0 && v_.is(m->first - 1, kLocPrep | kBetween | kConj);
      if (!placed || m->entity->type != EntityType::Place || m->entity->located_in.empty()) return {};
      const EntityRef c = v_.model.lexicon.find(m->entity->located_in);
      if (!c || c->type != EntityType::Country || (country && c->id != country->id)) return {};
      country = c;
      if (first == npos) first = m->first;
      last = m->last;
      k = m->last - 1;
    }
    if (!country) return {};
    for (const Arg& g : givers)
      if (g.entity->id == country->id || st_.affiliation(g.entity) == country->id) return {};
    return {Arg{country, first, last, true, false}};
  }

  // A relativizer between positions a and b.
  bool rel_before(std::size_t a, std::size_t b) const {
    for (std::size_t j = a; j-- > 0 && a - j <= 12;) {
      if (v_.is(j, kRel)) return true;
      if (v_.norm(j) == ",") return false;
    }
    (void)b;
    return false;
  }

  // The subject of a purpose clause at `untuk`/`to` (position k): the governing verb's
  // subject, or its object when the verb is one of object control (`mendorong Finlandia
  // untuk bergabung`, `urged Japan to join`: Finland, Japan join).
  Args purpose_subject(std::size_t k, int depth) const {
    if (auto target = pressure_target(k); !target.empty()) return target;
    for (std::size_t p = k; p-- > 0;) {
      if (v_.is(p, kComp) || v_.norm(p) == ";" || v_.norm(p) == ":") return {};
      if (!is_verbish(v_, p)) continue;
      if (v_.is(p, kObjControl)) {
        auto object = np_right(p + 1, false);
        // `called on Japan to`, `appealed to X to`: the verb's particle before its object.
        if (object.empty() && p + 2 < k && v_.is(p + 1, kPrep)) object = np_right(p + 2, false);
        if (!object.empty() && object.back().last <= k) return object;
      }
      if (passive_form(p)) return user_of(p);
      return agent(p, depth + 1);
    }
    return {};
  }

  // `US pressure on India to stop`, `tekanan AS terhadap India untuk berhenti`: after a
  // noun of object control the purpose clause is its target's act, named after the
  // preposition, or else that of whoever rejects or bows to the pressure (`India's
  // rejection of US pressure to`, `Penolakan India terhadap tekanan AS untuk`). k is the
  // purpose marker.
  Args pressure_target(std::size_t k) const {
    std::size_t p = k;
    Args target;
    if (const Mention* m = p > 0 ? v_.mention(p - 1) : nullptr;
        m && m->first > 0 && v_.is(m->first - 1, kPrep) && !v_.is(m->first - 1, kOfPrep | kGenitive)) {
      target = with_coordinated(*m);
      p = m->first - 1;
    }
    // The noun's owner: in Indonesian after it (`tekanan AS`), in English before it.
    if (p > 0 && v_.mention(p - 1)) p = v_.mention(p - 1)->first;
    if (p == 0 || !v_.is(p - 1, kObjControl) || is_verbish(v_, p - 1)) return {};
    if (!target.empty()) return target;
    std::size_t n = p - 1;  // the noun; in English its owner comes first (`US pressure`)
    if (n > 0 && v_.mention(n - 1)) n = v_.mention(n - 1)->first;
    if (n < 2 || !v_.is(n - 1, kPrep)) return {};
    const std::size_t q = n - 1;
    if (const Mention* owner = v_.mention(q - 1); owner && owner->first > 0 && !v_.mention(owner->first - 1) &&
                                                    v_.tok(owner->first - 1).has(kWord) && !is_verbish(v_, owner->first - 1) &&
                                                    !v_.is(owner->first - 1, kPrep | kConj | kRel | kComp | kDet))
      return with_coordinated(*owner);  // `Penolakan India terhadap`
    if (q >= 3 && v_.norm(q - 2) == "'s" && v_.mention(q - 3)) return with_coordinated(*v_.mention(q - 3));
    return {};
  }

  // A passive verb without a frame of its own (`digunakan`, `were used`).
  bool passive_form(std::size_t p) const {
    std::size_t a = p;
    if (v_.en) {
      // `were used`, `have been used`: the auxiliary right before the participle (past
      // adverbs) is a passive one; `were` is an auxiliary as well.
      if (v_.is(p, kControl | kFuture | kPossible)) return false;  // `is expected to`, `is set to`
      while (a > 0 && v_.is(a - 1, kAdverb | kNeg) && !v_.is(a - 1, kPassiveAux)) --a;
      return a > 0 && v_.is(a - 1, kPassiveAux) && v_.norm(p).ends_with("ed");
    }
    while (a > 0 && v_.is(a - 1, kAdverb | kNeg | kAux)) --a;
    if (v_.en) return a > 0 && v_.is(a - 1, kPassiveAux) && v_.norm(p).ends_with("ed");
    return v_.norm(p).starts_with("di") && v_.norm(p).size() > 5 && is_verbish(v_, p);
  }

  // Who does what a passive verb's purpose clause says (`Drone yang dipasok Iran kepada
  // Rusia digunakan untuk menyerang`): its `oleh` agent, else the one the subject was
  // given to (Russia, not Iran who supplied it); no one when the text does not say.
  Args user_of(std::size_t p) const {
    if (auto by = passive_agent(p, p + 1); !by.empty()) return by;
    for (std::size_t k = p; k-- > 0;) {
      if (clause_break(v_, k)) break;
      if (!v_.is(k, kPrep) || v_.is(k, kAgentPrep | kLocPrep) || !(v_.norm(k) == "kepada" || v_.norm(k) == "to"))
        continue;
      if (auto to = np_right(k + 1, false); !to.empty() && to.back().last <= p) return to;
    }
    return {};
  }

  Args fronted_subject(std::size_t t) const {
    for (std::size_t c = t + 1; c + 1 < v_.size(); ++c) {
      if (v_.norm(c) != ",") continue;
      std::size_t k = c + 1;
      while (k < v_.size() && v_.is(k, kDet)) ++k;
      if (const Mention* m = v_.mention(k)) {
        // The subject phrase may be coordinated: take it from its last member.
        std::size_t last = m->last;
        while (last + 1 < v_.size() && v_.is(last, kConj) && v_.mention(last + 1)) last = v_.mention(last + 1)->last;
        return with_coordinated(*v_.mention(last - 1));
      }
      break;
    }
    return {};
  }

  // The actor of the subject phrase ending at k: the phrase runs back to the clause's
  // start; its actor is the last one before any preposition inside it (`The Russian
  // strike on a hospital in Kyiv` is Russia's, `Hubungan antara Rusia dan Korea Utara`
  // is no one's). A phrase opening with a preposition is an absolute clause (`dengan
  // Pyongyang mengerahkan`): its actor follows the preposition.
  Args subject_phrase(std::size_t k) const {
    std::size_t start = k + 1;
    while (start > 0) {
      const std::size_t p = start - 1;
      if (const Mention* m = v_.mention(p)) {
        start = m->first;
        continue;
      }
      if (clause_break(v_, p) || v_.is(p, kRel | kComp) || v_.tok(p).has(kQuote)) break;
      // `A Philippine supply vessel`, `a drone strike`: after a determiner, an actor or a
      // weapon, a verb form is a noun.
      if (is_verbish(v_, p) && !(v_.en && p > 0 && (v_.mention(p - 1) || v_.is(p - 1, kDet | kWeapons)) &&
                                 !v_.norm(p).ends_with("ed")))
        break;
      start = p;
    }
    std::size_t i = start;
    if (i <= k && v_.is(i, kPrep) && !v_.mention(i)) ++i;
    const Mention* chosen = nullptr;
    for (std::size_t j = i; j <= k;) {
      if (const Mention* m = v_.mention(j)) {
        chosen = m;
        j = m->last;
        continue;
      }
      // `lebih dari` counts, `usulan dari AS` (the US proposal) names the owner.
      if (v_.is(j, kPrep) && !v_.is(j, kOfPrep) && !(j > i && v_.is(j - 1, kQuant))) break;
      ++j;
    }
    if (!chosen) return {};
    auto out = with_coordinated(*chosen);
    if (chosen->last <= k)
      for (Arg& a : out) a.possessed = true;
    return out;
  }

  // The subject of the nearest verb before position `from` (exclusive).
  Args inherit(std::size_t from, int depth) const {
    std::size_t p = from;
    while (p-- > 0) {
      if (v_.is(p, kComp) || v_.norm(p) == ";" || v_.norm(p) == ":") return {};
      if (is_verbish(v_, p) && !v_.is(p, kPurpose)) {
        // `senjata mematikan`: a participle after its noun has no subject; the verb before does.
        const bool participle = p > 0 && v_.is(p - 1, kTroops | kWeapons | kAgreement) && !v_.mention(p - 1);
        // `to enforce what it calls its jurisdiction, prompting ...`: a verb whose subject
        // follows a relativizer is inside a relative clause; the clause's own verb is before.
        if (v_.en && p > 1 && v_.mention(p - 1) && v_.is(v_.mention(p - 1)->first - 1, kRel)) continue;
        if (auto a = agent(p, depth + 1); !a.empty() || !participle) {
          // `Serangan drone terhadap Kyiv dilancarkan oleh Rusia dan menewaskan ...`: what
          // an event does, its agent does.
          if (a.empty() && passive_form(p) && event_opens_clause(p)) return passive_agent(p, p + 1);
          return a;
        }
      }
    }
    // No verb before: a nominal predicate (`Malaysia bukan anggota ... dan tidak akan
    // bergabung`): the clause's first actor.
    for (std::size_t j = 0; j < from; ++j)
      if (const Mention* m = v_.mention(j)) {
        if (j > 0 && v_.is(j - 1, kPrep)) return {};
        return with_coordinated(*v_.mention(first_coordinated_end(*m) - 1));
      }
    return {};
  }

  // The clause of the verb at p opens with an event noun (a nominal trigger).
  bool event_opens_clause(std::size_t p) const {
    std::size_t start = p;
    while (start > 0 && !clause_break(v_, start - 1)) --start;
    while (start < p && v_.is(start, kDet)) ++start;
    const auto* forms = v_.forms_at(start);
    if (!forms) return false;
    return std::any_of(forms->begin(), forms->end(), [&](const TriggerForm& f) {
      return f.voice == Voice::Nominal && v_.in_language(f);
    });
  }

  // The end of the list of actors coordinated from m on (`X, Y dan Z`).
  std::size_t first_coordinated_end(const Mention& m) const {
    std::size_t last = m.last;
    while (last + 1 < v_.size() && (v_.is(last, kConj) || v_.norm(last) == ",") && v_.mention(last + 1))
      last = v_.mention(last + 1)->last;
    return last;
  }

  // Actors coordinated after `m`: `X dan Y`, `X, Y dan Z`. A comma alone does not
  // coordinate (`Kim, Kementerian Luar Negeri Rusia mengatakan`): the list must close
  // with a conjunction.
  void add_coordinated_right(const Mention& m, Args& out) const {
    // Commas list actors of one kind (`Inggris, Prancis, dan Jerman`); a comma before a
    // person after a place ends a phrase (`ke Jakarta, Menteri Sjafrie dan rekannya`).
    const auto same_kind = [&m](const Mention* other) {
      const auto kind = [](const EntityRef& e) { return e->type == EntityType::Organization ? EntityType::Country : e->type; };
      return kind(other->entity) == kind(m.entity) || m.metonym || other->metonym;
    };
    std::vector<const Mention*> items;
    std::size_t k = m.last, accepted = 0;
    while (k + 1 < v_.size() && (v_.is(k, kConj) || v_.norm(k) == ",")) {
      if (v_.norm(k) == "," && v_.is(k + 1, kConj)) ++k;  // the serial comma: `A, B, dan C`
      const bool conj = v_.is(k, kConj);
      std::size_t n = k + 1;
      while (n < v_.size() && v_.is(n, kDet) && !v_.mention(n)) ++n;  // X and the Y
      const Mention* next = v_.mention(n);
      if (!next || next->first != n) break;
      if (!conj && !same_kind(next)) break;
      items.push_back(next);
      if (conj) accepted = items.size();
      k = next->last;
    }
    for (std::size_t i = 0; i < accepted; ++i) add_mention_args(v_, *items[i], false, out);
  }

  // Token i is inside a prepositional phrase that opens the sentence (`Menurut juru bicara
  // ... X`, `According to X`): a preposition before it and no comma or verb between.
  bool opening_phrase(std::size_t i) const {
    for (std::size_t k = i; k-- > 0;) {
      if (v_.norm(k) == "," || clause_break(v_, k) || is_verbish(v_, k)) return false;
      if (v_.is(k, kPrep) && !v_.is(k, kOfPrep | kGenitive)) return true;
    }
    return false;
  }

  Args with_coordinated(const Mention& m) const {
    Args out;
    add_mention_args(v_, m, false, out);
    std::size_t first = m.first;
    bool conj_seen = false;
    while (first >= 2) {
      std::size_t sep = first - 1;
      while (sep > 0 && v_.is(sep, kDet) && !v_.mention(sep)) --sep;  // X and the Y
      // `Not only Canada but also Mexico`: `but also` joins like a conjunction.
      std::size_t joiner = sep;
      while (joiner > 1 && v_.is(joiner, kSubordinator | kAdverb) && !v_.mention(joiner - 1)) --joiner;
      const bool focus_pair = joiner != sep && v_.mention(joiner - 1) && not_only(joiner - 1);
      if (focus_pair) sep = joiner;
      else if (!(v_.is(sep, kConj) || v_.norm(sep) == ",") || sep == 0) break;
      // `A, B dan C` is a list read from its end; a comma before any conjunction is not
      // (`After meeting Rutte, Zelenskyy flew`), unless it follows `bukan hanya X`.
      if (v_.is(sep, kConj)) {
        conj_seen = true;
        if (sep >= 2 && v_.norm(sep - 1) == ",") --sep;  // the serial comma: `A, B, dan C`
      } else if (!conj_seen && !focus_pair && !not_only(sep - 1)) {
        break;
      }
      const Mention* prev = v_.mention(sep - 1);
      if (!prev || prev->last != sep) break;
      first = sep + 1;
      // `Menurut Yonhap, Jepang dan Korea Selatan`, `Menurut juru bicara Kemlu X, ...`: an
      // opening prepositional phrase is a phrase of its own, not a list member.
      if (v_.norm(first - 1) == "," && opening_phrase(prev->first)) break;
      add_mention_args(v_, *prev, false, out);
      first = prev->first;
    }
    return out;
  }

  // The agent of a passive verb: `oleh X` / `by X`, or (Indonesian) a bare actor after it.
  Args passive_agent(std::size_t t, std::size_t form_end) const {
    std::size_t j = form_end;
    while (j < v_.size() && (v_.tok(j).has(kQuote) || v_.is(j, kAdverb))) ++j;
    if (j < v_.size() && v_.is(j, kAgentPrep)) return np_right(j + 1, false);
    // `was supplied with Patriot interceptors by Germany`: a short phrase of the theme
    // (no actor in it) before the agent.
    if (v_.en && j < v_.size() && v_.is(j, kPrep))
      for (std::size_t k = j + 1; k < v_.size() && k <= j + 6; ++k) {
        const Mention* m = v_.mention(k);
        if ((m && m->kind != MentionKind::Unknown) || clause_break(v_, k) || is_verbish(v_, k)) break;
        if (v_.is(k, kAgentPrep)) return np_right(k + 1, false);
      }
    // Indonesian puts the agent right after the verb: `diserang puluhan drone Rusia`.
    if (v_.id && j < v_.size() && !v_.is(j, kPrep | kConj) && !clause_break(v_, j)) return np_right(j, false);
    (void)t;
    return {};
  }

  // The first actor after one of `preps`, within the clause that starts at `from`.
  Args after_prep(std::size_t from, const std::vector<std::string>& preps) const {
    for (std::size_t j = from; j < v_.size(); ++j) {
      const bool wanted = std::find(preps.begin(), preps.end(), v_.norm(j)) != preps.end();
      if (!wanted && clause_break(v_, j) && v_.norm(j) != ",") return {};
      // kepadanya, dengannya: a preposition carrying the pronoun.
      if (ends_with_nya(v_, j)) {
        const std::string bare = v_.tok(j).norm.substr(0, v_.norm(j).size() - 3);
        if (std::find(preps.begin(), preps.end(), bare) != preps.end()) {
          if (EntityRef e = person_pronoun(j, false)) return {Arg{e, j, j + 1, true, false}};
          return {};
        }
      }
      if (wanted) {
        // `untuk` followed by a verb is a purpose clause, not a beneficiary.
        if (j + 1 < v_.size() && is_verbish(v_, j + 1)) continue;
        auto out = np_right(j + 1);
        if (!out.empty()) return out;
        continue;
      }
      // A verb ends the search, except a participle describing a noun (`senjata
      // mematikan ke Ukraina`).
      if (j > from && is_verbish(v_, j) && !v_.is(j, kSupport) &&
          !(v_.is(j - 1, kTroops | kWeapons | kAgreement) && !v_.mention(j + 1)))
        return {};
    }
    return {};
  }

  // The object of a purpose clause after `from`: `... untuk membantu Kremlin`.
  // The verb of the purpose clause after a trigger ending at `from`; npos when none. A
  // verb right after the trigger is a purpose too (`berjanji membantu Indonesia`).
  std::size_t purpose_verb(std::size_t from) const {
    if (from < v_.size() && is_verbish(v_, from) && !v_.is(from, kSupport | kCopula)) return from;
    for (std::size_t j = from; j + 1 < v_.size(); ++j) {
      if (clause_break(v_, j) && v_.norm(j) != ",") return npos;
      if (v_.is(j, kPurpose) && is_verbish(v_, j + 1)) return j + 1;
    }
    return npos;
  }

  Args purpose_object(std::size_t from) const {
    const std::size_t verb = purpose_verb(from);
    if (verb == npos) return {};
    // `pledged to coordinate their support for Ukraine`: a relation noun after a possessive
    // states its own relation; the possessor is no object of the pledge.
    if (verb + 2 < v_.size() && v_.is(verb + 1, kDet) && v_.is(verb + 1, kPronPerson | kPronPlural | kPronThing) &&
        nominal_form(verb + 2))
      return {};
    if (auto out = np_right(verb + 1); !out.empty() || verb == from) return out;
    // `pledged to increase military aid to Ukraine`: the recipient of the aid.
    for (std::size_t j = verb + 1; j + 2 < v_.size() && j <= verb + 4; ++j) {
      if (v_.mention(j) || clause_break(v_, j)) break;
      if (has_noun_form(v_, j) && (v_.norm(j + 1) == "to" || v_.norm(j + 1) == "for")) return np_right(j + 2);
    }
    // `vowed to retaliate against Israel`: the purpose verb's prepositional object.
    if (verb + 2 < v_.size() && v_.is(verb + 1, kPrep) && !v_.is(verb + 1, kLocPrep | kTimePrep))
      return np_right(verb + 2);
    return {};
  }

  // Both members of a compound or a `between X and Y` phrase near the noun at t.
  // The members of a compound or a `between X and Y` phrase near the noun at t: two or
  // more actors, in text order.
  Args pair(std::size_t t, std::size_t end) const {
    // X-Y(-Z...): actors joined by hyphens or dashes without spaces.
    const auto compound_at = [&](std::size_t i) -> Args {
      Args members;
      const Mention* a = v_.mention(i);
      if (!a || a->first != i) return {};
      members.push_back(arg_of(v_, *a, false));
      while (a->last + 1 < v_.size() && v_.tok(a->last).has(kHyphen)) {
        const Mention* b = v_.mention(a->last + 1);
        if (!b || b->first != a->last + 1) break;
        members.push_back(arg_of(v_, *b, false));
        a = b;
      }
      if (members.size() < 2) return {};
      return members;
    };
    // aliansi Pyongyang-Moscow, Perang Rusia-Ukraina, Konflik perbatasan Thailand-Kamboja:
    // after the noun, past up to two modifiers.
    for (std::size_t j = end; j < v_.size() && j <= end + 2; ++j) {
      if (auto p = compound_at(j); !p.empty()) return p;
      if (v_.mention(j) || clause_break(v_, j) || is_verbish(v_, j) || v_.is(j, kPrep | kConj | kRel)) break;
    }
    // the Pyongyang-Moscow alliance, the Russia-Ukraine border conflict
    for (std::size_t i = t; i-- > 0 && t - i <= 5;) {
      if (const Mention* m = v_.mention(i); m && m->first == i) {
        // `the Japan-South Korea-US summit`: the compound begins at its first member.
        std::size_t first = i;
        while (first >= 2 && v_.tok(first - 1).has(kHyphen) && v_.mention(first - 2))
          first = v_.mention(first - 2)->first;
        if (auto p = compound_at(first); !p.empty() && p.back().last <= t) return p;
      }
      if (clause_break(v_, i)) break;
    }
    // `US and Russian negotiators`: coordinated actors modifying the noun.
    if (const Mention* m = t > 0 ? v_.mention(t - 1) : nullptr; m && m->last == t)
      if (auto both = with_coordinated(*m); both.size() >= 2) return both;
    // antara X dan Y / between X and Y
    for (std::size_t j = end; j < v_.size() && j <= end + 3; ++j) {
      if (v_.is(j, kBetween)) {
        auto both = np_right(j + 1, false);
        if (both.size() >= 2) return both;
      }
      if (clause_break(v_, j)) break;
    }
    return {};
  }

  // The possessor of the noun at t: kunjungan Lavrov, dukungannya, Russia's war, his visit.
  Args possessor(std::size_t t, std::size_t end) const {
    if (ends_with_nya(v_, t)) {
      if (EntityRef e = pronoun(t)) return {Arg{e, t, t + 1, true, false}};
      return {};
    }
    // mereka, their: every subject of the governing verb (`memperkuat aliansi mereka`)
    for (std::size_t j = end; j < v_.size() && j <= end + 3; ++j)
      if (v_.is(j, kPronPlural)) {
        if (auto all = governing_subjects(t); all.size() >= 2) return all;
        break;
      }
    if (v_.en) {
      // Up to three modifiers between possessor and noun (`Moscow's full-scale invasion`).
      // A theme word that is also a verb form stays a modifier (`the US arms sale`).
      std::size_t j = t;
      while (j > 0 && !v_.mention(j - 1) && (!is_verbish(v_, j - 1) || v_.is(j - 1, kWeapons | kTroops | kCommodity)) &&
             !v_.is(j - 1, kPrep | kDet | kConj | kPronPerson | kPronPlural | kPronThing) &&
             (!v_.tok(j - 1).has(kPunct) || v_.tok(j - 1).has(kHyphen)) && t - j < 4)
        --j;
      if (j > 0 && v_.norm(j - 1) == "'s") --j;
      if (j > 0) {
        if (const Mention* m = v_.mention(j - 1)) return {arg_of(v_, *m, false)};
        if (v_.is(j - 1, kPronPlural))
          if (auto all = plural_possessor(j - 1); all.size() >= 2) return all;
        if (v_.is(j - 1, kPronPerson | kPronPlural | kPronThing))
          if (EntityRef e = pronoun(j - 1)) return {Arg{e, j - 1, j, true, false}};
      }
      return {};
    }
    Args out;
    for (std::size_t j = end; j < v_.size() && j <= end + 3; ++j) {
      if (const Mention* m = v_.mention(j)) {
        add_mention_args(v_, *m, false, out);
        add_coordinated_right(*m, out);
        return out;
      }
      if (v_.is(j, kPronPlural | kPronPerson)) {
        if (EntityRef e = pronoun(j)) return {Arg{e, j, j + 1, true, false}};
        return {};
      }
      if (v_.is(j, kPrep | kConj | kRel | kComp) || is_verbish(v_, j) || is_punct(v_, j)) break;
    }
    return out;
  }

  // An event noun at t in a phrase of class eventprep hanging from a verb (`met X for
  // talks`, `flew to London for talks with Y`, `said after talks with Y`, `memulihkan
  // hubungan melalui kesepakatan`): that verb and the preposition, or {npos, npos}.
  std::pair<std::size_t, std::size_t> event_governor(std::size_t t) const {
    std::size_t j = t;
    int words = 0;
    while (j > 0) {
      const std::size_t p = j - 1;
      const Token& tok = v_.tok(p);
      const bool filler = v_.is(p, kDet | kQuant | kTitleWord | kGenitive | kAdverb) || tok.has(kNumber) ||
                          tok.has(kQuote) || v_.norm(p) == "'" || v_.norm(p) == "'s";
      const bool modifier = tok.has(kWord) && !v_.mention(p) && !is_verbish(v_, p) &&
                            !v_.is(p, kPrep | kConj | kRel | kComp | kPronPerson | kPronPlural | kPronThing) && ++words <= 3;
      if (!filler && !modifier) break;
      --j;
    }
    if (j < 2 || !v_.is(j - 1, kEventPrep)) return {npos, npos};
    const std::size_t prep = j - 1;
    for (std::size_t p = prep; p-- > 0;) {
      if (clause_break(v_, p) || v_.is(p, kRel)) break;
      if (is_verbish(v_, p)) return {p, prep};
    }
    return {npos, npos};
  }

  // The subject of an event noun from the verb it hangs from: the object of a verb of
  // object control (`memuji Jepang atas bantuan`: Japan's help; `thanked X for its aid`);
  // for a symmetric relation (a meeting, talks, a deal) the verb's own subject, who takes
  // part (`X met Y for talks`, `X said after talks with Y`), unless the verb is one of
  // conflict (`X attacked Y during talks`).
  Args event_subject(std::size_t t, bool symmetric, bool material_conflict, bool travel = false) const {
    const auto [verb, prep] = event_governor(t);
    if (verb == npos) return {};
    // `pledged aid during a visit to Kyiv`: the traveller is the verb's subject, unless the
    // verb hosts (`received X during a visit to Beijing`).
    if (travel && !triggers_relation(verb, "hosts") && !passive_verb(verb)) return agent(verb, 1);
    if (v_.is(verb, kObjControl)) {
      auto object = np_right(verb + 1, false);
      if (!object.empty() && object.back().last <= prep) return object;
      return {};
    }
    // `The missiles that X shipped to Y were used in attacks`: the user of the item.
    if (!v_.forms_at(verb) && passive_form(verb)) return user_of(verb);
    if (symmetric && !conflict_verb(v_, verb)) return agent(verb, 1);
    // `Israel killed X in an airstrike on Y`, `during a raid on Y`: a violent act done by
    // means of another or within it, not one after it (`sanctioned Y after the invasion of Z`).
    if (!symmetric && material_conflict && same_class_verb(verb, "material_conflict") && !passive_verb(verb) &&
        !v_.is(prep, kTemporal | kPurpose))
      return agent(verb, 1);
    return {};
  }

  // `berterima kasih kepada Malaysia atas perannya menengahi perundingan dengan Kamboja`,
  // `thanked Qatar for mediating talks with Hamas`: talks a third party mediates are held
  // by the subject of the clause around the mediation, never by the mediator.
  Args mediated_party(std::size_t t) const {
    std::size_t p = t;
    if (p > 0 && !v_.is(p - 1, kMediate) && v_.tok(p - 1).has(kWord) && !v_.mention(p - 1)) --p;  // peace talks
    if (p == 0 || !v_.is(p - 1, kMediate)) return {};
    const std::size_t verb = p - 1;
    const Args mediator = agent(verb, 1);
    for (std::size_t q = verb; q-- > 0;) {
      if (clause_break(v_, q) && v_.norm(q) != ",") break;
      if (!is_verbish(v_, q) || v_.is(q, kMediate)) continue;
      auto parties = agent(q, 1);
      erase_args_if(parties, [&](const Arg& a) {
        return std::any_of(mediator.begin(), mediator.end(), [&](const Arg& m) { return m.entity->id == a.entity->id; });
      });
      return parties;
    }
    return {};
  }

  // `was killed`, `dibunuh`: the clause's subject undergoes the verb.
  bool passive_verb(std::size_t verb) const {
    std::size_t p = verb;
    while (p > 0 && v_.is(p - 1, kAdverb | kNeg)) --p;
    if (p > 0 && v_.is(p - 1, kPassiveAux)) return true;
    if (const auto* forms = v_.forms_at(verb))
      for (const TriggerForm& f : *forms)
        if (f.voice == Voice::Passive && v_.in_language(f)) return true;
    return false;
  }

  bool triggers_relation(std::size_t verb, std::string_view relation) const {
    return reads_as(v_, verb, relation, [](const TriggerForm& f) { return f.voice != Voice::Nominal; });
  }

  bool same_class_verb(std::size_t verb, std::string_view quad) const {
    const auto* forms = v_.forms_at(verb);
    if (!forms) return false;
    for (const TriggerForm& f : *forms) {
      const Frame& frame = v_.model.frames.frame(f.frame);
      if (!v_.in_language(f) || f.voice == Voice::Nominal) continue;
      if (relation_of(v_, frame).quad_class == quad) return true;
    }
    return false;
  }

  // Who else takes part in an event noun hanging from a verb of meeting or hosting: the
  // verb's object (`met Penny Wong for talks`); where the verb has several, they take part
  // with each other (`hosted Israeli and Hamas negotiators for talks`).
  Args event_objects(std::size_t t) const {
    const auto [verb, prep] = event_governor(t);
    if (verb == npos || v_.is(verb, kObjControl) || !triggers_root(v_, verb, "04")) return {};
    auto object = np_right(verb + 1, false);
    if (!object.empty() && object.back().last <= prep) return object;
    return {};
  }

  // `their` before a noun: the coordinated subjects of the governing verb (`X and Y
  // pledged to coordinate their support`); in an event phrase after a verb with one
  // subject, that subject and the verb's object (`X told Y during their meeting`).
  Args plural_possessor(std::size_t p) const {
    if (auto all = governing_subjects(p); all.size() >= 2) return all;
    if (p == 0 || !v_.is(p - 1, kEventPrep)) return {};
    for (std::size_t k = p - 1; k-- > 0;) {
      if (clause_break(v_, k) || v_.is(k, kRel)) return {};
      if (!is_verbish(v_, k)) continue;
      auto both = agent(k, 1);
      auto object = np_right(k + 1, false);
      if (both.empty() || object.empty() || object.back().last > p) return {};
      both.insert(both.end(), object.begin(), object.end());
      for (Arg& a : both) a.coref = true;
      return both;
    }
    return {};
  }

  // The verb of the clause a few words before t, or npos.
  std::size_t verb_before(std::size_t t) const {
    for (std::size_t p = t; p-- > 0 && t - p <= 6;) {
      if (clause_break(v_, p) || v_.is(p, kRel) || (v_.is(p, kPrep) && !v_.is(p, kGenitive)) || v_.mention(p))
        return npos;
      if (is_verbish(v_, p)) return p;
    }
    return npos;
  }

  // The subjects of the verb governing position i (all coordinated ones).
  Args governing_subjects(std::size_t i) const {
    for (std::size_t k = i; k-- > 0;) {
      if (clause_break(v_, k) && v_.norm(k) != ",") break;
      if (is_verbish(v_, k)) {
        auto subj = agent(k, 1);
        for (Arg& a : subj) a.coref = true;
        return subj;
      }
    }
    return {};
  }

  // The subject of the light verb or copula governing the noun at t: `X melakukan
  // kunjungan`, `X adalah sekutu Y`, `X menegaskan kembali dukungan`.
  // A nominal trigger of several words starts at j (`tuan rumah`, `phone call`).
  bool nominal_trigger_start(std::size_t j) const {
    const auto* forms = v_.forms_at(j);
    if (!forms) return false;
    for (const TriggerForm& f : *forms)
      if (f.voice == Voice::Nominal && f.tokens.size() > 1 && v_.in_language(f) &&
          spells(j, f.tokens))
        return true;
    return false;
  }

  // A word some frame of this language reads as a noun (`support`, `visit`).
  bool nominal_form(std::size_t j) const {
    const auto* forms = v_.forms_at(j);
    if (!forms) return false;
    for (const TriggerForm& f : *forms)
      if (f.voice == Voice::Nominal && v_.in_language(f)) return true;
    return false;
  }

  bool spells(std::size_t j, const std::vector<std::string>& tokens) const {
    if (j + tokens.size() > v_.size()) return false;
    for (std::size_t k = 0; k < tokens.size(); ++k)
      if (v_.norm(j + k) != tokens[k]) return false;
    return true;
  }

  Args clause_subject(std::size_t t) const {
    // `Dalam pertemuan dengan X, dia ...`, `During his visit ..., Y ...`: a noun in an
    // opening phrase has the main clause's subject.
    {
      std::size_t j = t;
      while (j > 0 && v_.is(j - 1, kDet | kQuant)) --j;
      if (j == 1 && v_.is(0, kPrep)) return fronted_subject(t);
    }
    // `Bantuan untuk Myanmar dikirim oleh Singapura`, `The pact was signed by X and Y`:
    // a noun opening the clause whose predicate is passive has that predicate's agent.
    if (opens_clause(t)) {
      for (std::size_t j = t + 1; j < v_.size() && j <= t + 14; ++j) {
        if (clause_break(v_, j)) break;
        if (v_.is(j, kAgentPrep) && j > 0 && is_verbish(v_, j - 1)) return np_right(j + 1, false);
      }
    }
    // An apposition: `Timor-Leste, anggota ke-11 ASEAN`, `Hungary, a close ally of Moscow`.
    for (std::size_t j = t; j-- > 0 && t - j <= 5;) {
      if (v_.norm(j) == ",") {
        if (const Mention* m = v_.mention(j - 1); m && j > 0) return {arg_of(v_, *m, false)};
        break;
      }
      // `Washington, Israel's main arms supplier,`: an owner inside the apposition.
      if (v_.norm(j) == "'s" && j > 0 && v_.mention(j - 1)) {
        j = v_.mention(j - 1)->first;
        continue;
      }
      if (!v_.is(j, kDet | kQuant | kTitleWord) && !(v_.tok(j).has(kWord) && !is_verbish(v_, j) && !v_.mention(j) &&
                                                     !v_.is(j, kPrep | kConj | kRel)))
        break;
    }
    std::size_t words = 0;  // plain words of the noun phrase passed so far
    for (std::size_t j = t; j-- > 0 && t - j <= 9;) {
      if (v_.is(j, kSupport | kCopula)) {
        // `X, dalam kunjungannya ke Y`: the actor before a prepositional support word is
        // the noun's subject, unless a verb before it makes it that verb's object
        // (`menewaskan 20 warga Palestina dalam serangan`: the victims attack no one);
        // then the governing verb decides (event_subject).
        Args before = agent(j);
        if (v_.is(j, kPrep) && !before.empty() && verb_before(before.front().first) != npos) break;
        return before;
      }
      if (!v_.tok(j).has(kWord) && !clause_break(v_, j) && v_.norm(j) != ",") continue;  // “2+2”
      if (j > 0 && v_.is(j, kLocPrep) && v_.is(j - 1, kCopula)) continue;  // `who is on a visit to`
      if (j > 0 && v_.is(j, kLocPrep) && v_.is(j - 1, kQuant)) continue;   // `$500 million in aid`
      if (v_.is(j, kDet | kQuant | kAdverb | kTitleWord) || v_.tok(j).has(kQuote) || v_.tok(j).has(kNumber))
        continue;
      // `menjadi tuan rumah perundingan antara X dan Y`: a noun that depends on another
      // relation noun takes part in that one's relation, not the copula's.
      if (nominal_trigger_start(j)) break;
      if (!is_verbish(v_, j) && !v_.is(j, kPrep | kConj | kRel) && !v_.mention(j) && !is_punct(v_, j) &&
          ++words <= 3)
        continue;  // `salah satu sekutu`, `new sanctions`: a few words of the noun phrase
      // `a security and defence partnership`: coordinated modifiers of the noun.
      if (v_.is(j, kConj) && words > 0 && j > 0 && v_.tok(j - 1).has(kWord) && !v_.mention(j - 1) &&
          !is_verbish(v_, j - 1) && !v_.is(j - 1, kPrep | kDet | kConj | kRel))
        continue;
      break;
    }
    return {};
  }

 const SentenceView& view() const { return v_; }

 private:
  const SentenceView& v_;
  DocState& st_;
  // The ids of the subjects (by id: a document's entity may share a lexicon entity's), as
  // pointers into the entities, which outlive the search: no copy per frame tried.
  SmallVector<const std::string*, 4> excluded_;
};

// ---- negation, modality and attribution -----------------------------------------------

// `Hungaria memblokir pernyataan UE yang mengkritik Tiongkok`, `blocked an EU statement
// criticizing China`: what a blocked or vetoed statement says was never said. The trigger
// opens a relative clause (in English also a participle) on the object of a blocking verb.
bool blocked_content(const SentenceView& v, std::size_t t) {
  std::size_t j = t;
  while (j > 0 && v.is(j - 1, kAux | kAdverb | kNeg)) --j;
  if (j == 0) return false;
  const bool relative = v.is(j - 1, kRel);
  if (!relative && !(v.en && j == t && v.norm(t).ends_with("ing"))) return false;
  const std::size_t head_end = relative ? j - 1 : j;
  for (std::size_t p = head_end; p-- > 0 && head_end - p <= 8;) {
    if (v.mention(p) || v.is(p, kDet | kQuant | kOfPrep | kAgentPrep)) continue;
    if (is_verbish(v, p)) return v.is(p, kBlock);
    if (clause_break(v, p) || v.is(p, kPrep | kConj)) return false;
  }
  return false;
}

// Negators and modals in the verb group before the trigger (back to the subject).
// A verb of stopping (`menghentikan pembelian`) negates the act it stops; but where the stop
// is only asked for (`tekanan AS untuk menghentikan`, `mendesak X untuk menghentikan`), the
// act still goes on.
bool asked_to_stop(const SentenceView& v, std::size_t j) {
  if (!v.is(j, kSupport)) return false;
  std::size_t p = j;
  while (p > 0 && v.is(p - 1, kAdverb)) --p;
  if (p == 0 || !v.is(p - 1, kPurpose)) return false;
  for (std::size_t k = p - 1; k-- > 0 && p - 1 - k <= 6;) {
    if (v.is(k, kObjControl)) return true;
    if (clause_break(v, k)) break;
  }
  return false;
}

Mood mood_before(const SentenceView& v, std::size_t t) {
  Mood mood;
  bool possible = false, future = false;
  for (std::size_t j = t; j-- > 0 && t - j <= 6;) {
    if (v.mention(j) || clause_break(v, j) || v.is(j, kRel)) break;
    if (v.is(j, kNeg)) {
      const bool only = j + 1 < v.size() && (v.norm(j + 1) == "hanya" || v.norm(j + 1) == "only");
      if (!only && !asked_to_stop(v, j)) mood.negated = true;
    }
    if (v.is(j, kDeny)) mood.negated = true;
    future = future || v.is(j, kFuture);
    possible = possible || v.is(j, kPossible);
    if (v.is(j, kReport) && v.is(j, kAdverb) && mood.modality == Modality::Asserted)
      mood.modality = Modality::Reported;  // dilaporkan, reportedly
    // A verb of its own ends the group, unless it is a control verb (siap, agreed to).
    if (j + 1 < t && is_verbish(v, j) && !v.is(j, kControl | kSupport | kAux | kPossible | kFuture)) break;
  }
  if (blocked_content(v, t)) mood.negated = true;
  // `kemungkinan akan`: a hedge on a future event is possible, not certain.
  if (possible) mood.modality = Modality::Possible;
  else if (future) mood.modality = Modality::Future;
  // A complement of a denial: `membantah klaim bahwa X menyerang Y`, `denied that ...`.
  for (std::size_t j = t; j-- > 0;) {
    if (v.is(j, kComp)) {
      for (std::size_t d = j; d-- > 0 && j - d <= 4;)
        if (v.is(d, kDeny)) mood.negated = true;
      break;
    }
    if (v.norm(j) == ";" || v.norm(j) == ".") break;
  }
  return mood;
}

// The predicate of a clause whose subject is the nominal trigger ending at `end`:
// `Dialog ... dijadwalkan berlangsung`, `The summit will take place`.
Mood mood_after(const SentenceView& v, std::size_t end) {
  Mood mood;
  for (std::size_t j = end; j < v.size() && j < end + 10; ++j) {
    if (clause_break(v, j) && !v.tok(j).has(kHyphen)) break;
    if (v.mention(j) || v.tok(j).has(kHyphen)) continue;
    // Only the modality: `Dukungan X untuk Y tidak berubah` denies a change, not the support.
    if (v.is(j, kPossible)) mood.modality = Modality::Possible;
    else if (v.is(j, kFuture) && mood.modality == Modality::Asserted) mood.modality = Modality::Future;
    if (is_verbish(v, j) && !v.is(j, kFuture | kPossible | kAux)) break;
  }
  return mood;
}

// A verb of accusing (a trigger of `accuses`), whose complement is the accuser's claim.
// `welcomed Toyota's plan`, `menyambut baik usulan Rusia`: a host welcomes people (a
// delegation, troops, a visit), not the owner of a plan or proposal. Whether the object
// phrase of a hosting verb at t names its guest.
bool guest_phrase(const SentenceView& v, std::size_t t, const Arg& object) {
  const auto guest_noun = [&](std::size_t n) {
    return v.is(n, kGroup | kPersonNoun | kPossessed | kTitleWord | kOrgNoun | kTroops) || has_noun_form(v, n);
  };
  if (object.last < v.size() && object.last + 1 < v.size() && v.norm(object.last) == "'s")
    return guest_noun(object.last + 1);
  if (!object.possessed || object.first == npos) return true;
  bool any = false;
  for (std::size_t n = object.first; n-- > t + 1;) {
    if (!v.tok(n).has(kWord) || v.mention(n)) break;
    if (v.is(n, kAdverb | kDet | kQuant)) continue;
    if (guest_noun(n)) return true;
    any = true;
  }
  return !any;
}

// `talks with visiting Australian Prime Minister Anthony Albanese`, `the visiting
// delegation`: an English participle after a determiner or a comitative preposition and
// before a person describes that person; the person is not its object. Gerunds after
// other prepositions keep their object (`after meeting Rutte`, `by sending troops`).
bool attributive_participle(const SentenceView& v, std::size_t t) {
  if (!v.en || t == 0 || t + 1 >= v.size() || !v.norm(t).ends_with("ing")) return false;
  const std::size_t p = t - 1;
  const bool before = v.is(p, kDet) ||
                      (v.is(p, kPrep) && !v.is(p, kTemporal | kEventPrep | kAgentPrep | kOfPrep | kGenitive | kNeg | kLocPrep));
  if (!before || v.mention(p)) return false;
  const Mention* m = v.mention(t + 1);
  return m && m->first == t + 1 && m->entity && m->entity->type == EntityType::Person;
}

bool accused_act(const SentenceView& v, std::size_t t) {
  for (std::size_t j = t; j-- > 0 && t - j <= 3;) {
    if (v.mention(j) || clause_break(v, j)) return false;
    if (reads_as(v, j, "accuses", [](const TriggerForm& f) { return f.tokens.size() == 1; })) return true;
  }
  return false;
}

bool accusation(const SentenceView& v, std::size_t i) {
  return !v.mention(i) && reads_as(v, i, "accuses", [](const TriggerForm& f) {
           return f.voice == Voice::Active && f.tokens.size() == 1;
         });
}

// The mention ending at `last` opens the clause after a quotation (`“...,” Motegi said`,
// past a title of words of no mention of their own).
bool quote_speaker(const SentenceView& v, std::size_t last) {
  const Mention* m = v.mention(last);
  if (!m || m->first == 0) return false;
  std::size_t p = m->first - 1;
  while (p > 0 && v.tok(p).has(kWord) && !v.mention(p) && !is_verbish(v, p) && m->first - p <= 3) --p;
  if (v.norm(p) == "," && p > 0) --p;
  return v.tok(p).has(kQuote) && p > 0 && (v.norm(p - 1) == "," || is_punct(v, p - 1));
}

// `..., Iranian officials warned`, `..., officials in New Delhi said`: the speaker
// phrase between a comma and the reporting verb at k that closes the sentence.
EntityRef speaker_after(const SentenceView& v, std::size_t k) {
  if (k + 1 < v.size() && v.tok(k + 1).has(kWord)) return nullptr;
  for (std::size_t h = k; h-- > 0 && k - h <= 6;) {
    if (v.norm(h) == ",") {
      for (std::size_t m = k; m-- > h + 1;)
        if (const Mention* found = v.mention(m))  // `officials from both countries`: no one source
          return found->group.empty() ? arg_of(v, *found, false).entity : nullptr;
      return nullptr;
    }
    if (is_verbish(v, h) || clause_break(v, h)) return nullptr;
  }
  return nullptr;
}

// A reporting verb of warning (`warned`, `memperingatkan`): a trigger of threatens.
bool warning_verb(const SentenceView& v, std::size_t j) {
  return v.is(j, kReport) && !v.is(j, kPrep | kAdverb) &&
         reads_as(v, j, "threatens", [](const TriggerForm& f) { return f.voice != Voice::Nominal; });
}

// The source a claim at t is attributed to:
//   - `menurut X`, `according to X` (a reporting word that is a preposition): anywhere;
//   - `..., kata X`, `"...," said X` (a reporting word after a comma or quote): the claim
//     is before it;
//   - `X mengatakan (bahwa) ...`, `X said (that) ...`: the claim is after it.
EntityRef source_of(const SentenceView& v, std::size_t t, std::size_t trigger_end) {
  const auto mention_from = [&v](std::size_t k) -> const Mention* {
    while (k < v.size() && (v.is(k, kDet) || v.norm(k) == "to")) ++k;
    const Mention* m = v.mention(k);
    return m && m->first == k ? m : nullptr;
  };
  for (std::size_t j = 0; j < v.size(); ++j) {
    // `The Kremlin accused London of sending missiles`: what an accusation says is the
    // accuser's claim.
    // Up to a comma: `..., an allegation New Delhi denied` is no longer the accusation.
    if (j + 1 < t && accusation(v, j) && std::none_of(v.sentence.tokens.begin() + j, v.sentence.tokens.begin() + t,
                                                      [](const Token& tok) { return tok.norm == ","; }))
      if (const Mention* m = j > 0 ? v.mention(j - 1) : nullptr) return arg_of(v, *m, false).entity;
    if (!v.is(j, kReport) || v.is(j, kAdverb) || (j >= t && j < trigger_end)) continue;
    if (v.is(j, kPrep)) {
      if (const Mention* m = mention_from(j + 1)) return arg_of(v, *m, false).entity;
      // `Menurut juru bicara Kementerian Luar Negeri X,`: the name that ends the phrase.
      for (std::size_t k = j + 1; k < v.size() && k <= j + 8 && v.norm(k) != "," && !clause_break(v, k); ++k)
        if (const Mention* m = v.mention(k); m && m->last < v.size() && v.norm(m->last) == ",")
          return arg_of(v, *m, false).entity;
      continue;
    }
    const bool after_claim = j > 0 && (v.norm(j - 1) == "," || v.tok(j - 1).has(kQuote));
    if (after_claim && j > trigger_end) {
      // `X, who ..., said they had`: the report of the head, not an inverted attribution of
      // the relative clause.
      if (relative_opening(v, j - 1) != npos) continue;
      if (const Mention* m = mention_from(j + 1)) return arg_of(v, *m, false).entity;
      // kata kantor berita Rusia Tass: a description ending in the source's name
      for (std::size_t h = j + 1; h < v.size() && h <= j + 5 && !clause_break(v, h); ++h)
        if (const Mention* m = v.mention(h)) return arg_of(v, *m, false).entity;
      continue;
    }
    std::size_t k = j;
    while (k > 0 && v.is(k - 1, kAux | kAdverb)) --k;
    // `"...," Chancellor Friedrich Merz told`: a quoted claim, then its speaker and the verb.
    if (j > trigger_end && k > 0 && quote_speaker(v, k - 1)) return arg_of(v, *v.mention(k - 1), false).entity;
    if (j > trigger_end)
      if (EntityRef e = speaker_after(v, k)) return e;
    if (j < t && k > 0) {
      if (const Mention* m = v.mention(k - 1)) return arg_of(v, *m, false).entity;
      // `Indian officials said`: a country's people speak for it.
      if (k > 1 && v.is(k - 1, kGroup | kPersonNoun))
        if (const Mention* m = v.mention(k - 2)) return arg_of(v, *m, false).entity;
      // `The Houthis, who are backed by Iran, said`: the head before the relative clause.
      if (const std::size_t open = k > 1 ? relative_opening(v, k - 1) : npos; open != npos && open > 0) {
        if (const Mention* m = v.mention(open - 1)) return arg_of(v, *m, false).entity;
        continue;
      }
      // `A spokesperson for the ministry, Guo Jiakun, said`: the name in the apposition.
      if (k > 1 && v.norm(k - 1) == ",")
        if (const Mention* m = v.mention(k - 2)) return arg_of(v, *m, false).entity;
    }
  }
  return nullptr;
}

double base_confidence(Voice voice, bool via_pair) {
  if (via_pair) return 0.75;
  switch (voice) {
    case Voice::Active: return 0.9;
    case Voice::Passive: return 0.85;
    case Voice::Nominal: return 0.8;
  }
  return 0.8;
}

// English: a participle right after its noun with a `by` agent is a reduced passive
// relative clause (`drones supplied by Iran`, `the treaty signed by the two countries`).
bool reduced_passive(const SentenceView& v, std::size_t t, std::size_t end) {
  if (!v.norm(t).ends_with("ed") || t == 0) return false;
  const std::size_t p = t - 1;
  if (v.mention(p) || !v.tok(p).has(kWord) || is_verbish(v, p) ||
      v.is(p, kPrep | kConj | kRel | kComp | kDet | kAux | kAdverb | kNeg | kPronPerson | kPronPlural | kPronThing))
    return false;
  std::size_t j = end;
  while (j < v.size() && v.is(j, kAdverb)) ++j;
  return j < v.size() && v.is(j, kAgentPrep);
}

// English: a form that is both noun and verb (support, visit, attack) is a noun after a
// determiner, a possessive or an actor adjective.
// English derivational suffixes of adjectives (`military`, `financial`, `economic`,
// `defensive`, `humanitarian`): enough to tell `military aid` from a
// subject and its verb; nouns with these endings rarely stand between a verb and a noun.
bool adjective_suffix(std::string_view w) {
  if (w.size() < 5) return false;
  // By the last letter first: asked of the word before nearly every English token, and a
  // loop of compares was a library call each.
  switch (w.back()) {
    case 'y': return w.ends_with("ary");
    case 'l': return w.ends_with("al") || w.ends_with("ful");
    case 'c': return w.ends_with("ic");
    case 'e': return w.ends_with("ive");
    case 's': return w.ends_with("ous");
    case 'n': return w.ends_with("ian");
    default: return false;
  }
}

// `increase military aid to`: an English base form after a singular word with an
// adjective's suffix is a noun; as a verb it would need a plural subject (`officials aid`).
bool adjective_before(const SentenceView& v, std::size_t t) {
  if (!v.en || t == 0 || v.norm(t).ends_with("s")) return false;
  return v.tok(t - 1).has(kWord) && !v.mention(t - 1) && adjective_suffix(v.norm(t - 1));
}

bool nominal_context(const SentenceView& v, std::size_t t) {
  if (t == 0) return false;
  std::size_t p = t - 1;
  // Past up to two adjectives after a determiner (`his first meeting`); not past a word
  // naming people (`the army's troops attack`).
  const auto adjective = [&](std::size_t k) {
    return v.tok(k).has(kWord) && !v.mention(k) && !is_verbish(v, k) && v.cls[k] == 0;
  };
  for (std::size_t q = p, n = 0; n < 2 && q > 0 && adjective(q); ++n, --q)
    if (v.is(q - 1, kDet) && !v.is(q - 1, kRel | kComp)) {
      p = q - 1;
      break;
    }
  if (p == t - 1 && (adjective_before(v, t) || (v.en && participle_adjective(v, p)))) return true;
  return v.is(p, kDet | kPrep | kPronPerson | kPronThing | kPronPlural | kQuant) || v.norm(p) == "'s" ||
         v.mention(p) != nullptr;
}

// `vowed to retaliate against Israel` is no pledge of support: a relation reaching its
// object through a purpose clause must not be of the opposite side (cooperation vs
// conflict, by quad class) to what the purpose verb itself triggers.
bool purpose_conflicts(const SentenceView& v, const Relation& r, std::size_t verb) {
  if (verb == npos) return false;
  const auto side = [](const std::string& quad) {
    if (quad.ends_with("cooperation")) return 1;
    if (quad.ends_with("conflict")) return -1;
    return 0;
  };
  const int want = side(r.quad_class);
  if (want == 0) return false;
  const auto* forms = v.forms_at(verb);
  if (!forms) return false;
  for (const TriggerForm& f : *forms) {
    const Frame& frame = v.model.frames.frame(f.frame);
    if (!v.in_language(f) || f.voice == Voice::Nominal) continue;
    if (const Relation* other = &relation_of(v, frame); side(other->quad_class) == -want)
      return true;
  }
  return false;
}

bool theme_present(const SentenceView& v, const Frame& f, std::size_t t, std::size_t from) {
  if (!f.theme_class) return true;
  const std::uint64_t want = f.theme_class;
  // A noun compound names its theme first: `the US arms sale`, `oil imports`.
  if (t > 0 && v.is(t - 1, want)) return true;
  // A relative clause without `that`: `an allegation New Delhi denied`.
  {
    std::size_t b = t;
    while (b > 0 && v.is(b - 1, kAux | kAdverb | kNeg)) --b;
    if (const Mention* m = b > 0 ? v.mention(b - 1) : nullptr; m && m->first > 0 && v.is(m->first - 1, want)) return true;
  }
  // An intransitive verb's subject: `American troops would remain in Poland`.
  std::size_t b = t;
  while (b > 0 && v.is(b - 1, kAux | kAdverb | kFuture | kPossible | kNeg)) --b;
  if (b > 0 && b < t && v.is(b - 1, want)) return true;
  // `the missiles that North Korea shipped to Russia`: the head of the relative clause.
  for (std::size_t j = from - 1; j-- > 0 && from - j <= 6;) {
    if (v.is(j, kRel | kComp)) {
      for (std::size_t h = j; h-- > 0 && j - h <= 2;)
        if (v.is(h, want)) return true;
      break;
    }
    if (clause_break(v, j)) break;
  }
  for (std::size_t j = from; j < v.size() && j < from + 10; ++j) {
    if (v.is(j, want)) return true;
    if (v.is(j, kAux | kAdverb | kControl | kFuture | kPossible | kNeg)) continue;  // `terus menguat`
    if (clause_break(v, j) || (j > from && is_verbish(v, j))) return false;
  }
  return false;
}

// The subjects and objects a frame finds around its trigger: every subject with every
// object, or, for a compound or coordination of a symmetric relation, every pair of its
// members.
struct Binding {
  SmallVector<std::pair<Arg, Arg>, 2> pairs;  // one pair, as a rule: no allocation
  bool from_pair = false;
};

// Keeps in `args` the actors of types the relation allows, and returns it. A sea is no
// target of violence (`meluncurkan rudal ke Laut Jepang` is a test, `attacked ships in the
// Red Sea` attacks the ships). In place: Args keep their actors inline, so every copy
// of a list is a copy of its elements (a sixth of bind()'s instructions went to such
// copies).
Args& typed(Args& args, const Relation& r, bool subject) {
  erase_args_if(args, [&](const Arg& a) {
    if (!a.entity) return true;
    if (!subject && a.entity->kind == "sea" && r.quad_class == "material_conflict") return true;
    return !(subject ? r.allows_subject(a.entity->type) : r.allows_object(a.entity->type));
  });
  return args;
}

Binding all_pairs(const Args& members) {
  Binding b;
  b.from_pair = true;
  b.pairs.reserve(members.size() * (members.size() - 1) / 2);
  for (std::size_t i = 0; i < members.size(); ++i)
    for (std::size_t j = i + 1; j < members.size(); ++j) b.pairs.emplace_back(members[i], members[j]);
  return b;
}

Binding product(const Args& subjects, const Args& objects) {
  Binding b;
  b.pairs.reserve(subjects.size() * objects.size());
  for (const Arg& s : subjects)
    for (const Arg& o : objects) b.pairs.emplace_back(s, o);
  return b;
}

// The actors found in the frame's subject position `spec` (its types not yet checked).
// The pair of a nominal (`the Russia-Ukraine war`) is bound whole by bind(), not here.
// Each list is returned, not assigned: an assigned list copies its actors (they live
// inline), and bind() asks for several per trigger.
Args subject_args(Searcher& s, const ArgSpec& spec, const Frame& frame, const Relation& r, Voice voice,
                  std::size_t t, std::size_t end) {
  const bool nominal = voice == Voice::Nominal;
  switch (spec.slot) {
    case Slot::Agent: {
      if (voice != Voice::Passive) return s.agent(t);
      Args agents = s.passive_agent(t, end);
      if (agents.empty() && !frame.theme.empty()) return s.theme_holder(t);
      return agents;
    }
    case Slot::Pair: {
      // X dan Y bertemu; X menerima Y untuk membahas ...: the host and the guest discuss
      // together.
      if (Args partners = s.agent(t); partners.size() >= 2) return partners;
      if (Args partners = s.purpose_partners(t); partners.size() >= 2) return partners;
      if (Args partners = s.coordinated_partners(t); partners.size() >= 2) return partners;
      return {};
    }
    case Slot::Poss: return s.possessor(t, end);
    case Slot::Clause: {
      Args subjects = s.clause_subject(t);
      if (subjects.empty() && nominal)
        subjects = s.event_subject(t, r.symmetric, r.quad_class == "material_conflict", frame.relation == "visits");
      if (subjects.empty() && nominal && r.symmetric) return s.mediated_party(t);
      return subjects;
    }
    case Slot::Direct: return s.np_right(end);  // mengirim utusan X ke Y: X visits Y
    case Slot::Prep: return s.after_prep(end, spec.preps);
    case Slot::Purpose: break;
  }
  return {};
}

// The actors found in the frame's object position `spec` (its types not yet checked),
// for a subject found; the pair positions are bound by bind().
Args object_args(Searcher& s, const ArgSpec& spec, const Relation& r, Voice voice, std::size_t t, std::size_t end) {
  const bool passive = voice == Voice::Passive;
  switch (spec.slot) {
    case Slot::Direct: {
      if (passive) return s.agent(t);
      Args objects = s.suffixed(t) ? s.suffix_referent(t) : s.np_right(end);  // mendukungnya
      if (objects.empty() && voice != Voice::Nominal) return s.relative_object(t);
      return objects;
    }
    case Slot::Prep: return s.after_prep(end, spec.preps);
    case Slot::Purpose:
      if (!purpose_conflicts(s.view(), r, s.purpose_verb(end))) return s.purpose_object(end);
      break;
    case Slot::Poss: return s.possessor(t, end);
    case Slot::Agent: return passive ? s.passive_agent(t, end) : s.agent(t);  // buy from X
    case Slot::Clause: return s.governing_subjects(t);                      // protes dari X (against the subject)
    default: break;
  }
  return {};
}

// Tries the frame's subject positions in order and, for each that finds actors, its
// object positions in order; the first combination that finds both wins. Actors of types
// the relation does not allow do not count as found.
Binding bind(Searcher& s, const Frame& frame, const Relation& r, Voice voice, std::size_t t, std::size_t end) {
  const bool nominal = voice == Voice::Nominal;
  const bool passive = voice == Voice::Passive;
  for (const ArgSpec& sspec : frame.subject) {
    s.exclude({});
    // aliansi Pyongyang-Moscow, the Russia-Ukraine war, antara X dan Y
    if (sspec.slot == Slot::Pair && nominal) {
      if (Args p = s.pair(t, end); typed(p, r, true).size() >= 2) return all_pairs(p);
      continue;
    }
    Args subjects = subject_args(s, sspec, frame, r, voice, t, end);
    typed(subjects, r, true);
    if (subjects.empty()) continue;
    s.exclude(subjects);
    for (const ArgSpec& ospec : frame.object) {
      Args objects;
      if (ospec.slot == Slot::Pair) {
        // Coordinated subjects of a symmetric relation relate to each other.
        if (subjects.size() >= 2) return all_pairs(subjects);
        if (nominal) {
          if (Args p = s.pair(t, end); typed(p, r, false).size() >= 2) return all_pairs(p);
          // `met X for talks`, `hosted X and Y for talks`: the participants of the verb.
          if (Args o = s.event_objects(t); typed(o, r, false).size() >= 2) return all_pairs(o);
          else if (!o.empty()) objects = std::move(o);
        }
      } else {
        objects = object_args(s, ospec, r, voice, t, end);
      }
      // `bertemu dan berbicara dengan X`: coordinated verbs share the object.
      if (objects.empty() && (ospec.slot == Slot::Direct || ospec.slot == Slot::Prep) && s.shares_object(end)) {
        const std::size_t next = s.next_verb_end(end);
        objects = ospec.slot == Slot::Direct ? s.np_right(next) : s.after_prep(next, ospec.preps);
      }
      typed(objects, r, false);
      if (!objects.empty()) return product(subjects, objects);
    }
    if (Args objects = s.contrast_object(t, subjects); !typed(objects, r, false).empty())
      return product(subjects, objects);
    if (passive && !frame.theme.empty())
      if (Args objects = s.theme_holder(t); !typed(objects, r, false).empty()) return product(subjects, objects);
    if (nominal && r.cameo_root == "07")  // provide aid
      if (Args objects = s.implied_recipient(t, subjects); !typed(objects, r, false).empty())
        return product(subjects, objects);
    if (!nominal && r.cameo_root == "07")  // `finance a rail corridor between Delhi and Varanasi`
      if (Args objects = s.project_country(end, subjects); !typed(objects, r, false).empty())
        return product(subjects, objects);
    if (!nominal && r.quad_class == "material_conflict")
      if (Args objects = s.civilians_of(t, end); !typed(objects, r, false).empty()) return product(subjects, objects);
    if (!nominal && r.object_types.size() == 1 && r.object_types.front() == EntityType::Organization)
      if (Args objects = s.implied_organization(t); !typed(objects, r, false).empty())
        return product(subjects, objects);
  }
  return {};
}

// `Unlike the United Kingdom, the United States did not impose sanctions on X`: what the
// main clause denies of its subject, the contrasted actor did.
// `memperingatkan bahwa tekanan terhadap Teheran akan meningkat`, `warned that pressure on
// Tehran would grow`: warning someone of pressure (a noun of object control) on them
// threatens them.
void add_warned_pressure(const SentenceView& v, const Searcher& s, std::vector<Found>& found) {
  for (std::size_t j = 0; j + 4 < v.size(); ++j) {
    if (!warning_verb(v, j) || !v.is(j + 1, kComp)) continue;
    std::size_t n = j + 2;
    while (n < v.size() && v.is(n, kDet | kAdverb)) ++n;
    if (n + 2 >= v.size() || !v.is(n, kObjControl) || is_verbish(v, n) || !v.is(n + 1, kPrep)) continue;
    const Mention* target = v.mention(n + 2);
    if (!target || target->first != n + 2) continue;
    const Arg object = arg_of(v, *target, false);
    for (const Arg& subject : s.agent(j)) {
      if (subject.entity->id == object.entity->id) continue;
      Found f;
      f.relation = "threatens";
      f.subject = subject;
      f.object = object;
      f.trigger = v.text(j, j + 1);
      f.confidence = base_confidence(Voice::Active, false) * 0.9;
      found.push_back(std::move(f));
    }
  }
}

void add_contrasted(const SentenceView& v, std::vector<Found>& found) {
  std::size_t i = 0;
  while (i < v.size() && v.tok(i).has(kQuote)) ++i;
  if (i >= v.size() || !v.is(i, kUnlike)) return;
  std::size_t j = i + 1;
  while (j < v.size() && v.is(j, kDet) && !v.mention(j)) ++j;
  const Mention* other = v.mention(j);
  if (!other || other->last >= v.size() || v.norm(other->last) != ",") return;
  const Arg contrasted = arg_of(v, *other, false);
  const std::size_t n = found.size();
  for (std::size_t k = 0; k < n; ++k) {
    const Found& f = found[k];
    if (!f.negated || f.subject.first == npos || f.subject.first <= other->last) continue;
    if (f.object.entity->id == contrasted.entity->id) continue;
    Found did = f;
    did.subject = contrasted;
    did.negated = false;
    found.push_back(std::move(did));
  }
}

}  // namespace

bool has_noun_form(const SentenceView& v, std::size_t i) {
  const auto* forms = v.forms_at(i);
  if (!forms) return false;
  for (const TriggerForm& f : *forms)
    if (f.voice == Voice::Nominal && f.tokens.size() == 1 && v.in_language(f)) return true;
  return false;
}

// `North Korea's growing military cooperation`, `pledged continued support`: an English
// participle between a possessive, determiner, preposition or verb and a noun that some
// frame reads (at most one modifier between) is an adjective.
bool participle_adjective(const SentenceView& v, std::size_t i) {
  if (i == 0 || i + 1 >= v.size() || v.mention(i - 1)) return false;
  const bool noun_next = has_noun_form(v, i + 1) ||
                         (i + 2 < v.size() && v.tok(i + 1).has(kWord) && !v.mention(i + 1) && !v.is(i + 1, kPrep | kConj | kDet | kRel | kComp) &&
                          has_noun_form(v, i + 2));
  if (!noun_next) return false;
  if (v.norm(i - 1) == "'s" || v.is(i - 1, kDet | kPrep | kQuant)) return true;
  return v.forms_at(i - 1) != nullptr && !has_noun_form(v, i - 1);  // a frame's verb: `pledged`
}

namespace {

bool verbish_now(const SentenceView& v, std::size_t i) {
  const Token& t = v.tok(i);
  if (!t.has(kWord) || v.is(i, kNotVerb)) return false;
  // English: no verb right after a determiner (`the following day`, `the visit`); `that`
  // and `all` also open clauses (`that attacked`, `they all agreed`).
  if (v.en && i > 0 && v.is(i - 1, kDet) && !v.is(i - 1, kRel | kComp) && v.norm(i - 1) != "all")
    return false;
  // Nor inside a hyphenated compound (`intelligence-sharing agreement`, `Iran-backed`).
  if (v.en && i > 0 && v.norm(i - 1) == "-") return false;
  // Nor a noun reading after a quantity or a possessive (`more aid`, `Japan's support`).
  if (v.en && i > 0 && (v.is(i - 1, kQuant) || v.norm(i - 1) == "'s") && has_noun_form(v, i)) return false;
  if (adjective_before(v, i) && has_noun_form(v, i)) return false;
  if (v.en && (t.norm.ends_with("ed") || t.norm.ends_with("ing")) && participle_adjective(v, i)) return false;
  if (attributive_participle(v, i)) return false;  // with visiting Prime Minister X
  if (v.is(i, kVerb | kReport | kSupport | kCopula | kControl) && !v.is(i, kAdverb)) return true;
  if (v.is(i, kPrep | kDet | kConj | kPronPerson | kPronPlural | kPronThing | kGroup)) return false;
  if (const auto* forms = v.forms_at(i))
    for (const TriggerForm& f : *forms)
      if (f.voice != Voice::Nominal && !f.headline_only && v.in_language(f)) return true;
  const std::string& n = t.norm;
  if (v.id) {
    if (n.size() >= 6 && (n.starts_with("mem") || n.starts_with("men") || n.starts_with("meng") ||
                          n.starts_with("meny") || n.starts_with("me") || n.starts_with("di") ||
                          n.starts_with("ber") || n.starts_with("memper")))
      return !t.has(kCapitalized) || i == 0;
    return false;
  }
  if (v.en) {
    if ((n.size() >= 5 && n.ends_with("ed")) || (n.size() >= 6 && n.ends_with("ing")))
      return !t.has(kCapitalized) || i == 0;
  }
  return false;
}

}  // namespace

bool is_verbish(const SentenceView& v, std::size_t i) {
  if (i >= v.size() || v.mention(i)) return false;
  if (v.verbish.empty()) return verbish_now(v, i);
  std::int8_t& known = v.verbish[i];
  if (known < 0) known = verbish_now(v, i) ? 1 : 0;
  return known == 1;
}

void find_relations(const SentenceView& v, DocState& st, std::vector<Found>& found) {
  found.clear();
  // is_verbish() answers kept for the sentence while its relations are sought (see
  // SentenceView::verbish), and dropped after.
  SmallVector<std::int8_t, 64> verbish(v.size(), -1);
  v.verbish = std::span(verbish.data(), verbish.size());
  struct Forget {
    const SentenceView& v;
    ~Forget() { v.verbish = {}; }
  } forget{v};
  Searcher s(v, st);
  const FrameSet& frames = v.model.frames;

  for (std::size_t t = 0; t < v.size(); ++t) {
    if (v.mention(t)) continue;
    const auto* forms = v.forms_at(t);
    // dukungannya (its support), mendukungnya (supports it): the suffix is a pronoun.
    const bool nya = !forms && ends_with_nya(v, t);
    if (nya) forms = frames.forms_starting(v.norm(t).substr(0, v.norm(t).size() - 3));
    if (!forms) continue;
    // Which readings of this token apply: English noun/verb ambiguity is settled by context.
    bool has_noun = false, has_verb = false;
    for (const TriggerForm& f : *forms) {
      if (!v.in_language(f)) continue;
      (f.voice == Voice::Nominal ? has_noun : has_verb) = true;
    }
    const bool preferred_noun = has_noun && (!has_verb || nominal_context(v, t));
    std::size_t consumed = t + 1;
    const std::size_t before = found.size();
    // The reading the context prefers first; the other only if that one states nothing
    // (`Since then, trade between the two countries ...`).
    for (const bool as_noun : {preferred_noun, !preferred_noun}) {
    if (found.size() > before || (as_noun ? !has_noun : !has_verb)) break;
    // The frames already read here: a few, so a list in place, not a tree of allocations.
    SmallVector<std::uint32_t, 8> done;
    // Frames that need a theme first: once `mengirim pasukannya ke X` has read as
    // deploys_troops_to, the theme-less reading of the same verb (visits) does not apply.
    bool themed_fired = false;
    for (const bool themed : {true, false})
    for (const TriggerForm& form : *forms) {
      const Frame& frame = frames.frame(form.frame);
      if (!v.in_language(form) || std::find(done.begin(), done.end(), form.frame) != done.end()) continue;
      if (form.themed != themed || (!themed && themed_fired && form.tokens.size() == 1)) continue;
      if (form.headline_only && !v.headline) continue;
      if ((form.voice == Voice::Nominal) != as_noun) continue;
      bool match = t + form.tokens.size() <= v.size() && (!nya || form.tokens.size() == 1);
      for (std::size_t k = 0; match && k < form.tokens.size(); ++k)
        match = (nya && k == 0) || v.norm(t + k) == form.tokens[k];
      if (!match) continue;
      const std::size_t end = t + form.tokens.size();
      if (!theme_present(v, frame, t, end)) continue;
      done.push_back(form.frame);
      consumed = std::max(consumed, end);

      Voice voice = form.voice;
      if (voice == Voice::Active && attributive_participle(v, t)) continue;
      if (v.en && voice == Voice::Active && t > 0) {
        std::size_t p = t;
        while (p > 0 && v.is(p - 1, kAdverb | kNeg)) --p;
        if (p > 0 && v.is(p - 1, kPassiveAux) && (v.norm(t).ends_with("ed") || v.norm(t).ends_with("en") ||
                                                   v.norm(t) == "met" || v.norm(t) == "sent" || v.norm(t) == "told" ||
                                                   v.norm(t) == "struck" || v.norm(t) == "fought"))
          voice = Voice::Passive;
        else if (reduced_passive(v, t, end))
          voice = Voice::Passive;
      }

      const Relation* relation = &relation_of(v, frame);
      const Binding b = bind(s, frame, *relation, voice, t, end);
      if (b.pairs.empty()) continue;
      // A venue adds a reading (welcoming a guest at the airport is also meeting them);
      // other themes choose one (troops sent somewhere are no visit).
      themed_fired = themed_fired || (themed && frame.theme_class != kVenue);

      Mood mood = s.mood(t);
      // A nominal opening its clause takes the predicate's modality.
      if (voice == Voice::Nominal && mood.modality == Modality::Asserted && !mood.negated) {
        if (s.opens_clause(t)) {
          mood = mood_after(v, end);
        } else if (relation->symmetric) {
          // A meeting or talks some verb holds or hosts take its modality (`is set to host
          // talks between X and Y`, `dijadwalkan menjadi tuan rumah perundingan`).
          if (const std::size_t g = s.verb_before(t); g != npos) mood.modality = s.mood(g).modality;
        }
      }
      if (!mood.negated && mood.modality != Modality::Possible && s.under_appeal(t)) mood.modality = Modality::Possible;
      const EntityRef source = source_of(v, t, end);
      // `companies accused of helping Russia`, `yang dituduh memasok`: an accusation is a
      // claim even when its maker goes unnamed.
      if (!source && !mood.negated && mood.modality == Modality::Asserted && accused_act(v, t))
        mood.modality = Modality::Reported;
      std::size_t warned_at = npos;
      if (relation->quad_class == "material_conflict" && !mood.negated &&
          (mood.modality == Modality::Future || mood.modality == Modality::Possible))
        for (std::size_t j = 0; j < v.size() && warned_at == npos; ++j)
          if ((j < t || j >= end) && warning_verb(v, j)) warned_at = j;
      const bool warned = warned_at != npos;
      // `Rusia dan Tiongkok menyatakan dukungan`: coordinated subjects report together, so a
      // source that is one of the subjects reports for all of them.
      const bool source_is_subject = source && std::any_of(b.pairs.begin(), b.pairs.end(), [&](const auto& pair) {
                                       return pair.first.entity->id == source->id;
                                     });
      for (const auto& [subj, obj] : b.pairs) {
        if (subj.entity->id == obj.entity->id) continue;
        if (frame.relation == "hosts" && voice != Voice::Nominal && !guest_phrase(v, t, obj)) continue;
        // `Hegseth ... warning that Washington would strike`: no one is in conflict with the
        // country they serve.
        if (relation->quad_class.ends_with("conflict") && st.affiliation(subj.entity) == obj.entity->id) continue;
        Found f;
        f.relation = frame.relation;
        f.subject = subj;
        f.object = obj;
        f.trigger = v.text(t, end);
        f.negated = mood.negated;
        f.modality = mood.modality;
        if (source && !source_is_subject) {
          f.attributed_to = source->name;
          if (f.modality == Modality::Asserted) f.modality = Modality::Reported;
        }
        double c = base_confidence(voice, b.from_pair);
        if (subj.coref || obj.coref) c *= 0.85;
        if (subj.possessed || obj.possessed) c *= 0.95;
        f.confidence = c;
        // An accusation or a protest is a claim a later `the accusation` refers back to.
        if ((f.relation == "accuses" || f.relation == "criticizes") && !f.negated) st.claim(f.subject.entity, v.sentence.index);
        // `Iran could retaliate against US bases, Iranian officials warned`, `X warned it
        // would strike Y`: violence its own side warns of is a threat, made now.
        if (warned && source && source->id == subj.entity->id) {
          Found threat = f;
          threat.relation = "threatens";
          threat.modality = Modality::Asserted;
          threat.trigger = v.text(warned_at, warned_at + 1);
          found.push_back(std::move(threat));
        }
        found.push_back(std::move(f));
      }
    }
    }
    t = consumed - 1;
  }
  add_contrasted(v, found);
  add_warned_pressure(v, s, found);
}

}  // namespace jaring::detail
