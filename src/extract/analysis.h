// Private to the extract stage: the per-sentence and per-document working state shared
// by mention finding, coreference and argument search.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// GCC 12 warns of a read past a small_vector's inline buffer in a copy it cannot reach
// (-Wstringop-overread): in Boost's code, a known false alarm of that compiler.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-overread"
#endif
#include <boost/container/small_vector.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include "jaring/extractor.h"
#include "jaring/lexicon.h"
#include "jaring/model.h"
#include "jaring/types.h"

namespace jaring::detail {

/// A vector whose first N elements live in place: for the short lists a sentence makes
/// (its actors found by a search, the frames read at a token), no allocation at all.
template <class T, std::size_t N>
using SmallVector = boost::container::small_vector<T, N>;

constexpr std::size_t npos = static_cast<std::size_t>(-1);

/// An actor filling a frame slot.
struct Arg {
  EntityRef entity;
  std::size_t first = npos;      // tokens of the words that name it in this sentence
  std::size_t last = npos;
  bool coref = false;            // reached through a pronoun or description
  bool possessed = false;        // reached through a noun it possesses (perang Rusia)
};

/// What the document has said so far: salience for pronouns and descriptions, names for
/// short forms, entities created for unknown names, affiliations stated by titles.
class DocState {
 public:
  /// Entities made for the document's names go into doc.entities (it owns them).
  DocState(const Model& model, Document& doc) : model_(model), doc_(doc) {
    // Room for a typical news document's mentions and named actors: one allocation each,
    // not a growth every few sentences.
    seen_.reserve(128);
    counts_.reserve(32);
    person_parts_.reserve(32);
    unknown_by_name_.reserve(32);
  }

  /// The entity for an unknown name: the same name gives the same entity in a document.
  EntityRef unknown_entity(std::string_view name, EntityType type);
  /// A new organization built by an institution pattern, part_of `parent`.
  EntityRef institution(const std::string& name, const std::string& kind, const EntityRef& parent);

  /// Records that `e` was mentioned in sentence `s` (at token `pos`, as a subject or not).
  void mention(const EntityRef& e, std::size_t s, std::size_t pos, bool subject = false);
  /// Records that a description of a person (`his Indian counterpart`) could only be
  /// resolved to the person's country `c`: it counts as a person for `the two ministers`.
  void person_stand_in(const EntityRef& c, std::size_t s, std::size_t pos);
  /// The most recent entity of `type` before (sentence, pos), excluding `except`; null if none.
  EntityRef recent(EntityType type, std::size_t s, std::size_t pos, const EntityRef& except = nullptr,
                   std::size_t max_back = 3) const;
  /// The person a subject pronoun most likely means: the first person named in the last
  /// sentence that named one (the previous sentence's subject, as a rule).
  EntityRef previous_subject_person(std::size_t s) const;
  /// The most recent entity of any type before (sentence, pos) among `types`.
  EntityRef recent_any(std::initializer_list<EntityType> types, std::size_t s, std::size_t pos,
                       std::size_t max_back = 2) const;
  /// The two most salient entities of `type` in the last few sentences.
  std::vector<EntityRef> salient_pair(EntityType type, std::size_t s, std::size_t pos,
                                      const std::vector<EntityRef>& here = {}) const {
    return salient(type, s, pos, 2, here);
  }
  /// The `n` most salient entities of `type` in the last few sentences (empty if fewer).
  /// `here` are the entities of that type named earlier in sentence s, not yet recorded.
  std::vector<EntityRef> salient(EntityType type, std::size_t s, std::size_t pos, std::size_t n,
                                 const std::vector<EntityRef>& here = {}) const;

  /// How often the document names `e` unambiguously (counted before extraction), to
  /// choose between entities sharing a name.
  void count(const EntityRef& e) {
    const auto it = count_at(counts_, e.get());
    if (it != counts_.end() && it->first == e.get()) ++it->second;
    else counts_.insert(it, {e.get(), 1});
  }
  int count_of(const EntityRef& e) const {
    const auto it = count_at(counts_, e.get());
    return it != counts_.end() && it->first == e.get() ? it->second : 0;
  }

  /// Persons fully named in this document whose first or last name is `part`.
  EntityRef person_by_part(const std::string& part) const;
  void add_person_parts(const EntityRef& person);

  /// Affiliations stated in this document (person id -> country id), with the title that
  /// stated it, if any.
  void affiliate(const EntityRef& person, const EntityRef& country, const Title* title = nullptr);
  /// The country id `person` is affiliated with, or empty: a view of this state's map or
  /// of the lexicon's facts (no copy: the relation search asks it per pair of actors).
  std::string_view affiliation(const EntityRef& person) const;
  /// True when `person` holds the office `title` names for `country_id`, by this text or by
  /// the lexicon's facts on the document's date; the generic role `leader` is any leader_of.
  bool holds(const EntityRef& person, const std::string& country_id, const Title& title) const;
  /// The most recent person affiliated with `country` (by this text or the lexicon's facts),
  /// holding `title` when one is given.
  EntityRef official_of(const EntityRef& country, std::size_t s, std::size_t pos,
                        const Title* title = nullptr) const;

  /// Records that `accuser` made an accusation in sentence `s` (`the accusation` later
  /// stands for them).
  void claim(const EntityRef& accuser, std::size_t s) { claims_.emplace_back(accuser, s); }
  /// The first actor of one of `types` named in the last sentence before `s` that named
  /// one (at most two back): the preferred antecedent of a subject `it`.
  EntityRef previous_first(std::initializer_list<EntityType> types, std::size_t s) const;
  /// Who made the last accusation before sentence `s`, at most `max_back` sentences back.
  EntityRef claimant(std::size_t s, std::size_t max_back = 2) const;

  const Model& model() const { return model_; }
  const Document& doc() const { return doc_; }

 private:
  struct Seen {
    EntityRef entity;
    std::size_t sentence;
    std::size_t pos;
    bool subject;
    bool person = false;  // a country standing for a person of it
  };
  const Model& model_;
  Document& doc_;  // the document being extracted: outlives this state
  std::vector<Seen> seen_;
  std::map<std::string, EntityRef> unknown_;  // by slug
  // unknown_entity()'s answers by the name as written: a name repeats in a document, and
  // its slug costs a tokenization.
  StringMap<EntityRef> unknown_by_name_;
  // Asked at capitalized words: no tree of compares. A part names one person, as a rule.
  StringMap<SmallVector<EntityRef, 2>> person_parts_;
  std::vector<const Entity*> persons_added_;  // each person added, sorted: a few dozen
  std::map<std::string, std::string> affiliations_;
  std::map<std::string, const Title*> titles_;  // person id -> the title this text gave them
  // Lexicon entities only (the prescan counts names the lexicon matched), so the pointer
  // is the entity: no string compares per count. A sorted vector: a document names a few
  // dozen actors, and a node per actor was an allocation each.
  using Count = std::pair<const Entity*, int>;
  // Where `e`'s count is or would go in `counts` (counts_, read or written).
  template <class Counts>
  static auto count_at(Counts& counts, const Entity* e) -> decltype(counts.begin()) {
    return std::lower_bound(counts.begin(), counts.end(), e, [](const Count& c, const Entity* x) { return c.first < x; });
  }
  std::vector<Count> counts_;
  std::vector<std::pair<EntityRef, std::size_t>> claims_;  // accuser, sentence
};

/// The per-token tables of a document's sentence views, one buffer each for the whole
/// document: the views' spans point into them, so a document costs four allocations for
/// these instead of four per sentence (about a sixth of extraction's allocations). Sized
/// for the document before the first view is made, and never grown after: the spans stay
/// valid as long as the tables.
struct TokenTables {
  std::vector<std::uint64_t> cls;
  std::vector<std::optional<LexiconMatch>> names;
  std::vector<const WordFacts*> facts;
  std::vector<std::uint64_t> hashes;  // string_key_hash of each token's key
  std::vector<int> mention_at;
};

/// One sentence under analysis.
struct SentenceView {
  const Model& model;
  const Document& doc;
  const Sentence& sentence;
  std::string_view lang;              // the document's language (Document::language)
  /// sentence.tokens, as a span: the rules ask size() and tok() at nearly every step, and
  /// through the sentence each is two dependent loads and a division by sizeof(Token).
  std::span<const Token> tokens;
  std::span<const std::uint64_t> cls;  // grammar classes of each token (in TokenTables)
  /// The lexicon name starting at each token, matched once when the view is built: the
  /// prescan, the mention passes and the ambiguity rules all ask for it.
  std::span<const std::optional<LexiconMatch>> names;
  /// What the vocabularies say about each token's word (null: none knows it), probed once.
  std::span<const WordFacts* const> facts;
  std::vector<Mention> mentions;      // in token order, non-overlapping
  std::span<int> mention_at;          // token -> index in mentions, or -1
  std::vector<Triple> stated;         // triples stated by names (titles, institutions)
  /// lang == "en", lang == "id": asked at nearly every token by the rules, where a
  /// compare of two views is a library call (a tenth of a million per megabyte).
  bool en = false;
  bool id = false;
  bool headline = false;  // title_case() of its tokens, worked out once when the view is made
  /// is_verbish() of each token (-1: not yet asked), kept while find_relations() runs: its
  /// searches ask it of the same tokens again and again, and the mentions it depends on
  /// no longer change then. Empty (not kept) before.
  mutable std::span<std::int8_t> verbish;
  /// FrameSet::language_index(lang): which trigger forms are the sentence's language's.
  int frame_lang = -1;

  std::size_t size() const { return tokens.size(); }
  const Token& tok(std::size_t i) const { return tokens[i]; }
  /// The token's key as a view: `v.norm(i) == "ibu"` is then a length check and an inline
  /// compare, where std::string's operator== with a literal calls the library's compare().
  std::string_view norm(std::size_t i) const { return tokens[i].norm; }
  const std::optional<LexiconMatch>& name_at(std::size_t i) const { return names[i]; }
  /// The trigger forms, titles and institution patterns that can start at token i (null
  /// when none): FrameSet::forms_starting, Lexicon::titles_starting and
  /// institutions_starting of its word, from the probe made when the view was built.
  const std::vector<TriggerForm>* forms_at(std::size_t i) const { return facts[i] ? facts[i]->forms : nullptr; }
  const std::vector<std::uint32_t>* titles_at(std::size_t i) const { return facts[i] ? facts[i]->titles : nullptr; }
  const std::vector<std::uint32_t>* institutions_at(std::size_t i) const {
    return facts[i] ? facts[i]->institutions : nullptr;
  }
  bool nonentity_at(std::size_t i) const { return facts[i] && facts[i]->nonentity; }
  bool place_word_at(std::size_t i) const { return facts[i] && facts[i]->place_word; }
  bool given_name_at(std::size_t i) const { return facts[i] && facts[i]->given_name; }
  bool title_start_at(std::size_t i) const { return facts[i] && facts[i]->title_start; }
  /// Whether `f` is a form of a frame in the sentence's language.
  bool in_language(const TriggerForm& f) const { return f.lang == frame_lang; }
  bool is(std::size_t i, std::uint64_t c) const { return i < cls.size() && (cls[i] & c) != 0; }
  const Mention* mention(std::size_t i) const {
    return i < mention_at.size() && mention_at[i] >= 0 ? &mentions[mention_at[i]] : nullptr;
  }
  std::string text(std::size_t first, std::size_t last) const;  // surface of tokens [first,last)
  std::string_view slice(std::size_t first, std::size_t last) const;  // the same, not copied
  void rebuild_index();
};

/// Fills v.mentions (lexicon names, institutions, titles, unknown names, pronouns and
/// descriptions) and v.stated (affiliations that names state).
void find_mentions(SentenceView& v, DocState& state);

/// A relation found in the sentence, before it becomes a Triple.
struct Found {
  std::string_view relation;  // a relation id of the model's (Frame::relation) or a literal
  Arg subject;
  Arg object;
  std::string trigger;
  bool negated = false;
  Modality modality = Modality::Asserted;
  std::string attributed_to;
  double confidence = 0.0;
};

/// Names that can mean more than one thing (ambiguity.cc). The end of a person's name
/// that contains a country's (`Michael Jordan`, `Chad Smith, a farmer`) starting at i,
/// or npos.
std::size_t person_name_end(const SentenceView& v, std::size_t i);
/// Which entity a shared name (`Georgia`, `Korea`, `Congo`) means here: by a place before
/// it, a noun before it, else by the actors the document names.
EntityRef choose_sense(const SentenceView& v, const DocState& st, const LexiconMatch& m);
/// The document's person whose surname the country's name at m is (`Jordan said he`), or null.
EntityRef surname_reading(const SentenceView& v, const DocState& st, const LexiconMatch& m);
/// True when a capital or seat at `first` is a place (`tiba di Pyongyang`, `in Kyiv`)
/// rather than its state acting.
bool place_reading(const SentenceView& v, std::size_t first);
/// True for an acronym that is a function word in a line all in capitals (`AS THE WAR`).
bool shouted_word(const SentenceView& v, const LexiconMatch& m);
/// Before extraction: persons named in full, and how often each actor is named.
void prescan(const std::vector<SentenceView>& views, DocState& st);

/// Relations stated by the frames' triggers in the sentence, into `found` (cleared first:
/// the caller keeps one vector for all the sentences of a document).
void find_relations(const SentenceView& v, DocState& state, std::vector<Found>& found);

/// A headline in title case (`EU Adopts New Sanctions`), where ordinary words are
/// capitalized and Indonesian verbs lose their prefix (SentenceView::headline keeps it).
bool title_case(const std::vector<Token>& tokens);

/// The comma opening a relative clause or an apposition in commas that `comma` closes
/// (`X, which ..., said`, `X, a close ally of Y, said`), or npos.
std::size_t relative_opening(const SentenceView& v, std::size_t comma);

/// Whether token i looks like a verb (a known verb, a trigger, or by its morphology).
bool is_verbish(const SentenceView& v, std::size_t i);

/// An English participle used as an adjective before a noun (`growing cooperation`).
bool participle_adjective(const SentenceView& v, std::size_t i);

/// Whether some frame of the sentence's language reads token i as a one-word noun (`aid`,
/// `support`, `strikes`).
bool has_noun_form(const SentenceView& v, std::size_t i);

/// The relation a frame of the model states (Frame::relation_index).
inline const Relation& relation_of(const SentenceView& v, const Frame& frame) {
  return v.model.relations.all()[frame.relation_index];
}

/// Whether some frame of the sentence's language reads token i as `relation`, in a form
/// `accept` takes (`[](const TriggerForm& f) { return f.voice == Voice::Nominal; }`).
template <class Accept>
bool reads_as(const SentenceView& v, std::size_t i, std::string_view relation, Accept accept) {
  const auto* forms = v.forms_at(i);
  if (!forms) return false;
  for (const TriggerForm& f : *forms) {
    const Frame& frame = v.model.frames.frame(f.frame);
    if (v.in_language(f) && frame.relation == relation && accept(f)) return true;
  }
  return false;
}

}  // namespace jaring::detail
