#include "jaring/model.h"

#include <algorithm>

#include "jaring/data_dir.h"
#include "jaring/error.h"
#include "jaring/tsv.h"

namespace jaring {

namespace {

bool allows(const std::vector<EntityType>& types, EntityType t) {
  return types.empty() || std::find(types.begin(), types.end(), t) != types.end();
}

std::vector<EntityType> parse_types(const TsvFile& f, const TsvFile::Row& row, std::string_view column) {
  std::vector<EntityType> out;
  for (std::string_view name : split_list(f.get(row, column), '|')) {
    const auto t = parse_entity_type(name);
    if (!t) f.fail(row.line, std::string(column) + ": '" + std::string(name) + "' is not an entity type");
    out.push_back(*t);
  }
  return out;
}

}  // namespace

bool Relation::allows_subject(EntityType t) const { return allows(subject_types, t); }
bool Relation::allows_object(EntityType t) const { return allows(object_types, t); }

RelationSet RelationSet::load(const std::filesystem::path& file) {
  RelationSet set;
  const TsvFile f = TsvFile::read(file, "jaring-relations", 1,
                                  {"id", "symmetric", "cameo_root", "quad_class", "label", "description",
                                   "subject_types", "object_types"},
                                  {"id", "symmetric", "quad_class"});
  for (const auto& row : f.rows()) {
    Relation r;
    r.id = f.require(row, "id");
    const std::string_view sym = f.require(row, "symmetric");
    if (sym != "yes" && sym != "no") f.fail(row.line, "symmetric must be yes or no");
    r.symmetric = sym == "yes";
    r.cameo_root = f.get(row, "cameo_root");
    r.quad_class = f.require(row, "quad_class");
    r.label = f.get(row, "label");
    if (r.label.empty()) r.label = r.id;
    r.subject_types = parse_types(f, row, "subject_types");
    r.object_types = parse_types(f, row, "object_types");
    if (set.index_.count(r.id)) f.fail(row.line, "relation '" + r.id + "' listed twice");
    set.index_[r.id] = set.relations_.size();
    set.relations_.push_back(std::move(r));
  }
  return set;
}

const Relation* RelationSet::find(std::string_view id) const {
  const std::size_t* i = index_.get(id);
  return i ? &relations_[*i] : nullptr;
}

std::vector<std::string> RelationSet::ids() const {
  std::vector<std::string> out;
  for (const Relation& r : relations_) out.push_back(r.id);
  return out;
}

Model Model::load(const ModelOptions& options) {
  const std::filesystem::path dir = find_data_dir(options.data_dir);
  RelationSet relations = RelationSet::load(dir / "relations.tsv");
  FrameSet frames = FrameSet::load(dir, relations.ids());
  Model m;
  m.data_dir = dir;
  m.relations = std::move(relations);
  m.text = TextData::load(dir);
  m.lexicon = Lexicon::load(dir, options.lexicons);
  m.grammar = Grammar::load(dir);
  m.frames = std::move(frames);
  m.index_words();
  return m;
}

int Model::language_slot(std::string_view lang) const {
  for (std::size_t k = 0; k < slot_languages_.size(); ++k)
    if (slot_languages_[k] == lang) return static_cast<int>(k);
  return -1;
}

// One table for every per-word lookup of the extractor (see WordFacts).
void Model::index_words() {
  words_ = {};
  slot_languages_.clear();
  for (const std::string& lang : grammar.languages()) {
    if (slot_languages_.size() == WordFacts::kLanguages) break;
    slot_languages_.push_back(lang);
  }
  for (std::size_t k = 0; k < slot_languages_.size(); ++k)
    if (const StringMap<std::uint64_t>* words = grammar.words(slot_languages_[k]))
      for (const auto& [word, classes] : *words) words_[word].classes[k] = classes;
  for (const std::string& word : lexicon.word_keys()) {
    WordFacts& f = words_[word];
    f.aliases = lexicon.candidates_starting(word);
    f.titles = lexicon.titles_starting(word);
    f.institutions = lexicon.institutions_starting(word);
    f.nonentity = lexicon.is_nonentity(word);
    f.place_word = lexicon.is_place_word(word);
    f.given_name = lexicon.is_given_name(word);
  }
  for (const Title& t : lexicon.titles())
    if (!t.tokens.empty()) words_[t.tokens.front()].title_start = true;
  for (const auto& entry : frames.forms_by_first_token()) words_[entry.first].forms = &entry.second;
  index_votes();
}

// The language guess's votes live in the word table, so that a document's words are
// probed once, for the guess and the sentence views together.
void Model::index_votes() {
  vote_languages_.clear();
  for (const auto& [lang, cues] : text.language_cues) vote_languages_.push_back(lang);
  std::sort(vote_languages_.begin(), vote_languages_.end());
  votes_.clear();
  const std::size_t languages = vote_languages_.size();
  const auto vote = [this, languages](const std::string& word, std::size_t k, int n) {
    WordFacts& f = words_[word];
    if (f.votes == 0) {
      f.votes = static_cast<std::uint32_t>(votes_.size() / languages + 1);
      votes_.resize(votes_.size() + languages);
    }
    votes_[(f.votes - 1) * languages + k] += n;
  };
  for (std::size_t k = 0; k < vote_languages_.size(); ++k) {
    const std::string& lang = vote_languages_[k];
    for (const std::string& w : text.language_cues.at(lang)) vote(w, k, 2);
    if (const auto* words = grammar.words(lang))
      for (const auto& [w, classes] : *words)
        if (classes) vote(w, k, 1);
    for (const auto& [first, forms] : frames.forms_by_first_token())
      if (std::any_of(forms.begin(), forms.end(), [&](const TriggerForm& f) { return frames.frame(f.frame).lang == lang; }))
        vote(first, k, 1);
  }
}

}  // namespace jaring
