// The extract stage's driver: text analysis, then per sentence mentions and relations,
// carrying the document's memory (DocState) from one sentence to the next.
#include "jaring/extractor.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "analysis.h"
#include "jaring/text.h"

namespace jaring {

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

  void analyse(Document& doc) const {
    if (doc.sentences.empty()) segmenter.segment(doc);
    if (doc.language.empty()) doc.language = options.language.empty() ? guess_language(doc) : options.language;
    if (doc.date.empty()) doc.date = find_document_date(doc, model.text);
    if (doc.date.empty()) doc.date = options.date;
  }

  // The language whose words the text uses most: its function words (data/text) count
  // double, its grammar words and trigger forms (data/grammar, data/frames) once, so that
  // even a one-line text without function words is recognized.
  std::string guess_language(const Document& doc) const {
    std::map<std::string, int> score;
    for (const auto& [lang, cues] : model.text.language_cues) score[lang] = 0;
    for (const Sentence& s : doc.sentences)
      for (const Token& t : s.tokens) {
        if (!t.has(kWord)) continue;
        for (auto& [lang, n] : score) {
          const auto cues = model.text.language_cues.find(lang);
          if (cues->second.count(t.norm)) n += 2;
          if (model.grammar.classes(lang, t.norm)) ++n;
          if (const auto* forms = model.frames.forms_starting(t.norm))
            for (const TriggerForm& f : *forms)
              if (model.frames.frame(f.frame).lang == lang) {
                ++n;
                break;
              }
        }
      }
    std::string best = "en";  // no evidence at all: the lingua franca of wire copy
    int best_score = 0;
    for (const auto& [lang, n] : score)
      if (n > best_score) best = lang, best_score = n;
    return best;
  }

  SentenceView view(const Document& doc, const Sentence& s) const {
    SentenceView v{model, doc, s, doc.language, {}, {}, {}, {}};
    v.cls.reserve(s.tokens.size());
    for (const Token& t : s.tokens) v.cls.push_back(model.grammar.classes(doc.language, t.norm));
    v.mention_at.assign(s.tokens.size(), -1);
    return v;
  }

  // Persons named in full anywhere in the document, so that a short name in a headline
  // (`Lavrov Rusia bertemu Kim`) already resolves; and how often each actor is named, so
  // that a shared name (`Korea`) goes to the one the document is about.
  void prescan_persons(const Document& doc, DocState& st) const {
    for (const Sentence& s : doc.sentences)
      for (std::size_t i = 0; i < s.tokens.size(); ++i)
        if (auto m = model.lexicon.match(s.tokens, i)) {
          const EntityRef& e = model.lexicon.entity(m->entity);
          if (e->type == EntityType::Person && m->last - m->first >= 2) st.add_person_parts(e);
          if (m->alternatives.empty()) {
            st.count(e);
            if (!e->acts_for.empty())
              if (EntityRef state = model.lexicon.find(e->acts_for)) st.count(state);
          }
          i = m->last - 1;
        }
  }

  // Kursk di Rusia / Wonsan, a city in North Korea: a place and the country it lies in.
  static void located_in(SentenceView& v) {
    for (const Mention& m : v.mentions) {
      if (!m.entity || m.entity->type != EntityType::Place || m.metonym) continue;
      std::size_t j = m.last;
      if (j + 1 >= v.size() || !v.is(j, kLocPrep)) continue;
      const Mention* c = v.mention(j + 1);
      if (!c || c->first != j + 1 || !c->entity || c->entity->type != EntityType::Country) continue;
      Triple t;
      t.subject = m.entity;
      t.relation = "located_in";
      t.object = c->entity;
      t.evidence.trigger = v.text(m.first, c->last);
      t.evidence.confidence = 0.8;
      v.stated.push_back(std::move(t));
    }
  }

  Triple to_triple(const SentenceView& v, const Found& f) const {
    Triple t;
    t.subject = f.subject.entity;
    t.relation = f.relation;
    t.object = f.object.entity;
    t.evidence.trigger = f.trigger;
    t.evidence.subject_text = v.text(f.subject.first, f.subject.last);
    t.evidence.object_text = v.text(f.object.first, f.object.last);
    t.evidence.negated = f.negated;
    t.evidence.modality = f.modality;
    t.evidence.attributed_to = f.attributed_to;
    t.evidence.confidence = f.confidence;
    return t;
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
    analyse(doc);
    DocState st(model, doc);
    prescan_persons(doc, st);
    std::vector<Triple> out;
    for (const Sentence& s : doc.sentences) {
      SentenceView v = view(doc, s);
      detail::find_mentions(v, st);
      located_in(v);
      std::vector<Triple> here = std::move(v.stated);
      for (const Found& f : detail::find_relations(v, st)) here.push_back(to_triple(v, f));
      for (Triple& t : here) fill_evidence(doc, s, t);
      dedupe(here);
      for (Triple& t : here) out.push_back(std::move(t));
      // Remember who was mentioned, subjects of verbs weighing as salient as any.
      for (const Mention& m : v.mentions) {
        st.mention(m.entity, s.index, m.first);
        if (m.partner) st.mention(m.partner, s.index, m.first);
      }
      if (mentions_out) mentions_out->push_back(v.mentions);
    }
    return out;
  }

  // One triple per (subject, relation, object, negated) in a sentence: the most confident.
  static void dedupe(std::vector<Triple>& triples) {
    std::map<std::tuple<std::string, std::string, std::string, bool>, std::size_t> best;
    std::vector<Triple> kept;
    for (Triple& t : triples) {
      const auto key = std::make_tuple(t.subject->id, t.relation, t.object->id, t.evidence.negated);
      const auto it = best.find(key);
      if (it == best.end()) {
        best.emplace(key, kept.size());
        kept.push_back(std::move(t));
      } else if (t.evidence.confidence > kept[it->second].evidence.confidence) {
        kept[it->second] = std::move(t);
      }
    }
    triples = std::move(kept);
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
