// The extract stage's driver: text analysis, then per sentence mentions and relations,
// carrying the document's memory (DocState) from one sentence to the next.
#include "jaring/extractor.h"

#include <algorithm>
#include <iterator>
#include <tuple>

#include "analysis.h"
#include "jaring/grammar.h"
#include "jaring/text.h"

namespace jaring {

namespace {

// Indonesian nouns take the possessive clitic -nya (`pasukannya`, `senjatanya`): a word the
// grammar lacks keeps the noun classes of its stem, so `mengirim pasukannya ke X` still
// names troops. Verb and function-word classes do not carry over (`katanya` is not `kata`).
// `own`: the word's own classes in the document's language (Grammar::classes).
std::uint64_t token_classes(const Grammar& grammar, bool indonesian, const std::string& norm, std::uint64_t own) {
  if (own || !indonesian || norm.size() < 6 || !norm.ends_with("nya")) return own;
  constexpr std::uint64_t kNounClasses =
      kGroup | kTroops | kWeapons | kAgreement | kTies | kPlaceNoun | kCountryNoun | kPersonNoun | kOrgNoun | kPossessed;
  return grammar.classes("id", norm.substr(0, norm.size() - 3)) & kNounClasses;
}

}  // namespace

std::string_view to_string(Modality m) {
  switch (m) {
    case Modality::Asserted: return "asserted";
    case Modality::Reported: return "reported";
    case Modality::Possible: return "possible";
    case Modality::Future: return "future";
  }
  return "asserted";
}

std::optional<Modality> parse_modality(std::string_view s) {
  if (s == "asserted") return Modality::Asserted;
  if (s == "reported") return Modality::Reported;
  if (s == "possible") return Modality::Possible;
  if (s == "future") return Modality::Future;
  return std::nullopt;
}

using detail::DocState;
using detail::Found;
using detail::SentenceView;

struct Extractor::Impl {
  const Model& model;
  ExtractOptions options;
  Segmenter segmenter;

  Impl(const Model& m, ExtractOptions o) : model(m), options(std::move(o)), segmenter(m.text) {}

  // Segments the document, probes the word table once per token (the facts, in
  // `tables`, serve the language guess and the sentence views), and settles its language
  // and date.
  void analyse(Document& doc, detail::TokenTables& tables) const {
    if (doc.sentences.empty()) segmenter.segment(doc);
    const bool guess = doc.language.empty() && options.language.empty();
    detail::SmallVector<int, 4> votes(guess ? model.vote_languages().size() : 0, 0);
    probe_words(doc, tables, guess ? &votes : nullptr);
    if (doc.language.empty()) doc.language = guess ? best_language(votes) : options.language;
    if (doc.date.empty()) doc.date = find_document_date(doc, model.text);
    if (doc.date.empty()) doc.date = options.date;
  }

  // Sizes the tables for the whole document, never grown after (the views' spans stay
  // valid), and fills in what the vocabularies know of each token's word; adds the
  // language votes of its words to `votes` (see best_language) where one is given, while
  // each word's facts are at hand.
  void probe_words(const Document& doc, detail::TokenTables& tables, detail::SmallVector<int, 4>* votes) const {
    std::size_t tokens = 0;
    for (const Sentence& s : doc.sentences) tokens += s.tokens.size();
    tables.cls.reserve(tokens);
    tables.names.reserve(tokens);
    tables.facts.reserve(tokens);
    tables.hashes.reserve(tokens);
    tables.mention_at.reserve(tokens);
    for (const Sentence& s : doc.sentences)
      for (const Token& t : s.tokens) {
        const std::uint64_t h = string_key_hash(t.norm);
        tables.hashes.push_back(h);
        const WordFacts* f = model.word_facts(t.norm, h);
        tables.facts.push_back(f);
        if (votes && f && f->votes != 0 && t.has(kWord)) {
          const std::span<const int> row = model.votes(*f);
          for (std::size_t k = 0; k < votes->size(); ++k) (*votes)[k] += row[k];
        }
      }
  }

  // The language whose words the text uses most, by the votes of its words (by language,
  // Model::vote_languages()): its function words (data/text) count double, its grammar
  // words and trigger forms (data/grammar, data/frames) once, so that even a one-line text
  // without function words is recognized (Model::votes).
  std::string best_language(const detail::SmallVector<int, 4>& score) const {
    const std::vector<std::string>& languages = model.vote_languages();
    std::string best = "en";  // no evidence at all: the lingua franca of wire copy
    int best_score = 0;
    for (std::size_t k = 0; k < score.size(); ++k)
      if (score[k] > best_score) best = languages[k], best_score = score[k];
    return best;
  }

  // What the views of a document's sentences need to know of its language, worked out
  // once per document.
  struct Language {
    int slot;        // Model::language_slot
    int frame_lang;  // FrameSet::language_index
    bool en, id;
  };

  Language language_of(const Document& doc) const {
    return {model.language_slot(doc.language), model.frames.language_index(doc.language), doc.language == "en",
            doc.language == "id"};
  }

  // The view of sentence s, its per-token classes and names appended to `tables`, whose
  // facts probe_words() has filled for the whole document.
  SentenceView view(const Document& doc, const Language& lang, const Sentence& s, detail::TokenTables& tables) const {
    const std::size_t n = s.tokens.size();
    const std::size_t first = tables.cls.size();
    const int slot = lang.slot;
    const bool indonesian = lang.id;
    for (std::size_t i = 0; i < n; ++i) {
      const std::string& norm = s.tokens[i].norm;
      const WordFacts* f = tables.facts[first + i];
      std::uint64_t own = 0;
      if (slot < 0) own = model.grammar.classes(doc.language, norm);  // a language beyond the table's
      else if (f) own = f->classes[slot];
      tables.cls.push_back(token_classes(model.grammar, indonesian, norm, own));
      tables.names.push_back(f ? model.lexicon.match_from(f->aliases, s.tokens, i, &tables.hashes[first + i]) : std::nullopt);
    }
    tables.mention_at.resize(first + n, -1);
    return SentenceView{model,
                        doc,
                        s,
                        doc.language,
                        std::span(s.tokens),
                        std::span(tables.cls).subspan(first, n),
                        std::span(tables.names).subspan(first, n),
                        std::span(tables.facts).subspan(first, n),
                        {},
                        std::span(tables.mention_at).subspan(first, n),
                        {},
                        lang.en,
                        lang.id,
                        detail::title_case(s.tokens),
                        {},
                        lang.frame_lang};
  }

  // Persons named in full anywhere in the document, so that a short name in a headline
  // (`Lavrov Rusia bertemu Kim`) already resolves; and how often each actor is named, so
  // that a shared name (`Korea`) goes to the one the document is about.
  // (detail::prescan, ambiguity.cc, which also keeps `Jordan` in `Michael Jordan` out of
  // the country's count.)
  // Returns the sentences' views, which extraction goes on with: building them twice (the
  // grammar classes of every token) was a tenth of the run time.
  std::vector<SentenceView> prescan_persons(const Document& doc, DocState& st, detail::TokenTables& tables) const {
    std::vector<SentenceView> views;
    views.reserve(doc.sentences.size());
    const Language lang = language_of(doc);
    for (const Sentence& s : doc.sentences) views.push_back(view(doc, lang, s, tables));
    detail::prescan(views, st);
    return views;
  }

  // A place and the country or region it lies in, as news writes them:
  //   `Kursk di Rusia`, `Kudankulam, India selatan`, `Mariupol, a port city in Ukraine`,
  //   `kota Jenin di Tepi Barat`, `ibu kota Qatar, Doha`, `the capital of Qatar, Doha`.
  static void located_in(SentenceView& v) {
    const auto place = [](const Mention* m) {
      return m && m->entity && m->entity->type == EntityType::Place && !m->metonym;
    };
    const auto container = [](const Mention* m) {
      return m && m->entity && (m->entity->type == EntityType::Country || m->entity->type == EntityType::Place);
    };
    const auto state = [&v](std::size_t first, std::size_t last, const EntityRef& s, const EntityRef& o) {
      if (!s || !o || s->id == o->id) return;
      Triple t;
      t.subject = s;
      t.relation = "located_in";
      t.object = o;
      t.evidence.trigger = v.text(first, last);
      t.evidence.confidence = 0.8;
      v.stated.push_back(std::move(t));
    };
    for (const Mention& m : v.mentions) {
      if (!place(&m)) continue;
      std::size_t j = m.last;
      // X, [sebuah kota di | a (port) city in] Y   /   X, Y
      if (j < v.size() && v.norm(j) == ",") {
        std::size_t k = j + 1;
        while (k < v.size() && k <= j + 5 && !v.mention(k) && !v.is(k, kLocPrep) && v.tok(k).has(kWord) &&
               !is_verbish(v, k))
          ++k;
        if (k < v.size() && v.is(k, kLocPrep) && (k == j + 1 || v.is(k - 1, kPlaceNoun) || v.is(j + 2, kPlaceNoun))) {
          ++k;
          if (k + 1 < v.size() && !v.mention(k) && v.tok(k).has(kWord) && v.mention(k + 1)) ++k;  // in southeastern Ukraine
        } else if (k != j + 1) {
          continue;
        }
        const Mention* c = v.mention(k);
        // `Dalam pertemuan di Jakarta, Jepang menawarkan ...`: a country right after the
        // comma that a verb follows is the subject of the main clause, not the container.
        if (c && c->first == k && k == j + 1) {
          std::size_t after = c->last;
          while (after < v.size() && v.is(after, kAdverb) && !is_verbish(v, after)) ++after;
          if (is_verbish(v, after) || v.is(after, kAux | kNeg | kFuture | kPossible)) continue;
        }
        if (c && c->first == k && container(c)) state(m.first, c->last, m.entity, c->entity);
        continue;
      }
      // X di Y / X in Y: a country, or a region (`kota Jenin di Tepi Barat`); the class noun
      // of X may come between (`Nur Shams refugee camp in`), and a determiner and one
      // modifier before Y (`in the occupied West Bank`).
      for (std::size_t k = j; k < v.size() && k < j + 2 && !v.mention(k) && v.tok(k).has(kWord) && !v.tok(k).has(kCapitalized); ++k)
        if (v.is(k, kPlaceNoun)) j = k + 1;
      if (j + 1 < v.size() && v.is(j, kLocPrep)) {
        std::size_t y = j + 1;
        if (y < v.size() && v.is(y, kDet) && !v.mention(y)) ++y;
        if (y > j + 1 && y + 1 < v.size() && !v.mention(y) && v.tok(y).has(kWord) && !v.tok(y).has(kCapitalized) && v.mention(y + 1)) ++y;
        const Mention* c = v.mention(y);
        if (c && c->first == y && c->entity &&
            (c->entity->type == EntityType::Country || (c->entity->type == EntityType::Place && c->entity->kind == "region")))
          state(m.first, c->last, m.entity, c->entity);
      }
    }
    // ibu kota Qatar, Doha / the capital of Qatar, Doha
    for (std::size_t i = 0; i + 3 < v.size(); ++i) {
      if (!(v.norm(i) == "ibu" && v.norm(i + 1) == "kota") && v.norm(i) != "capital") continue;
      std::size_t k = i + (v.norm(i) == "ibu" ? 2 : 1);
      if (k < v.size() && v.norm(k) == "of") ++k;
      const Mention* c = v.mention(k);
      if (!c || c->first != k || !c->entity || c->entity->type != EntityType::Country) continue;
      if (c->last + 1 < v.size() && v.norm(c->last) == ",")
        if (const Mention* cap = v.mention(c->last + 1); cap && cap->entity && cap->entity->type == EntityType::Place)
          state(i, cap->last, cap->entity, c->entity);
    }
  }

  // Fills `t`, a new triple in place in the output (a Triple is nine strings: moving one
  // costs as much as filling it), taking over the strings of `f`.
  void to_triple(const SentenceView& v, Found&& f, Triple& t) const {
    t.subject = f.subject.entity;
    t.relation = f.relation;
    t.object = f.object.entity;
    t.evidence.trigger = std::move(f.trigger);
    // The words that name each side; a pronoun or description (`the two countries`) is no
    // name, and the graph takes surface forms as aliases.
    if (!f.subject.coref) t.evidence.subject_text = v.text(f.subject.first, f.subject.last);
    if (!f.object.coref) t.evidence.object_text = v.text(f.object.first, f.object.last);
    t.evidence.negated = f.negated;
    t.evidence.modality = f.modality;
    t.evidence.attributed_to = std::move(f.attributed_to);
    t.evidence.confidence = f.confidence;
  }

  void fill_evidence(const Document& doc, const Sentence& s, Triple& t) const {
    Evidence& e = t.evidence;
    e.doc = doc.name;
    e.language = doc.language;
    e.date = doc.date;
    e.sentence = s.index;
    e.span = s.span;
    e.text = std::string(doc.slice(s.span));
  }

  std::vector<Triple> extract(Document& doc, std::vector<std::vector<Mention>>* mentions_out) const {
    detail::TokenTables tables;  // before the views, which point into it
    analyse(doc, tables);
    DocState st(model, doc);
    std::vector<SentenceView> views = prescan_persons(doc, st, tables);
    std::vector<Triple> out;
    std::vector<detail::Found> found;  // each sentence's, reused
    // News states about one relation per sentence: room for two spares moving the triples
    // (large records) as the vector grows, which was 2% of `extract`.
    out.reserve(2 * doc.sentences.size());
    for (const Sentence& s : doc.sentences) {
      SentenceView& v = views[s.index];
      detail::find_mentions(v, st);
      located_in(v);
      // The sentence's triples go straight to the end of `out`: those its names state,
      // then those its relations state.
      const std::size_t here = out.size();
      std::move(v.stated.begin(), v.stated.end(), std::back_inserter(out));
      v.stated.clear();
      detail::find_relations(v, st, found);
      for (Found& f : found) to_triple(v, std::move(f), out.emplace_back());
      // Deduped before the sentence is copied into their evidence: a dropped triple needs none.
      dedupe(out, here);
      for (std::size_t k = here; k < out.size(); ++k) fill_evidence(doc, s, out[k]);
      // Remember who was mentioned; a title's country (`Presiden Tiongkok Xi`) counts too.
      for (const Mention& m : v.mentions) {
        st.mention(m.entity, s.index, m.first);
        for (const EntityRef& other : m.group) st.mention(other, s.index, m.first);
      }
      mention_stated_objects(out, s.index, st);
      if (mentions_out) mentions_out->push_back(v.mentions);
      // The next sentence's view takes over the buffers (nothing reads a finished
      // sentence's mentions): an allocation per document, not one per sentence.
      if (s.index + 1 < views.size()) {
        v.mentions.clear();
        views[s.index + 1].mentions.swap(v.mentions);
        views[s.index + 1].stated.swap(v.stated);
      }
    }
    return out;
  }

  // Records as mentioned the objects of the affiliations the sentence states (newest
  // first): the countries and institutions of its titles.
  static void mention_stated_objects(const std::vector<Triple>& out, std::size_t sentence, DocState& st) {
    for (auto it = out.rbegin(); it != out.rend() && it->evidence.sentence == sentence; ++it)
      if (it->relation == "official_of" || it->relation == "leader_of" || it->relation == "part_of")
        st.mention(it->object, sentence, 0);
  }

  // One triple per (subject, relation, object, negated) in a sentence: the most confident,
  // at the place of the first. A sentence states a handful, so a scan of those kept is
  // cheaper than a map keyed by copies of the ids; they are kept in place, at the front
  // of the sentence's triples, triples[first, end).
  static void dedupe(std::vector<Triple>& triples, std::size_t first) {
    const auto same = [](const Triple& a, const Triple& b) {
      return a.evidence.negated == b.evidence.negated && a.relation == b.relation &&
             a.subject->id == b.subject->id && a.object->id == b.object->id;
    };
    const auto kept_begin = triples.begin() + static_cast<std::ptrdiff_t>(first);
    auto kept_end = kept_begin;
    for (auto t = kept_begin; t != triples.end(); ++t) {
      const auto it = std::find_if(kept_begin, kept_end, [&](const Triple& k) { return same(k, *t); });
      if (it == kept_end) {
        if (t != kept_end) *kept_end = std::move(*t);
        ++kept_end;
      } else if (t->evidence.confidence > it->evidence.confidence) {
        *it = std::move(*t);
      }
    }
    triples.erase(kept_end, triples.end());
  }
};

Extractor::Extractor(const Model& model, ExtractOptions options)
    : impl_(std::make_unique<Impl>(model, std::move(options))) {}

Extractor::~Extractor() = default;

std::vector<Triple> Extractor::extract(Document& doc) const { return impl_->extract(doc, nullptr); }

std::vector<std::vector<Mention>> Extractor::mentions(Document& doc) const {
  std::vector<std::vector<Mention>> out;
  impl_->extract(doc, &out);
  return out;
}

}  // namespace jaring
