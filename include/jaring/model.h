// Everything jaring loads from its data directory, loaded once and shared read-only by
// every document and thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "jaring/frames.h"
#include "jaring/grammar.h"
#include "jaring/lexicon.h"
#include "jaring/string_map.h"
#include "jaring/text.h"

namespace jaring {

struct Relation {
  std::string id;
  bool symmetric = false;
  std::string cameo_root;
  std::string quad_class;   // verbal_cooperation, material_conflict, affiliation, ...
  std::string label;        // human label for diagrams: "deploys troops to"
  std::vector<EntityType> subject_types;  // empty = any
  std::vector<EntityType> object_types;
  /// True when an entity of type `t` may be the subject (or object) of this relation.
  bool allows_subject(EntityType t) const;
  bool allows_object(EntityType t) const;
};

class RelationSet {
 public:
  static RelationSet load(const std::filesystem::path& file);
  const Relation* find(std::string_view id) const;
  const std::vector<Relation>& all() const { return relations_; }
  std::vector<std::string> ids() const;

 private:
  std::vector<Relation> relations_;
  StringMap<std::size_t> index_;  // asked per frame match: no copy of the id to look it up
};

struct ModelOptions {
  std::optional<std::filesystem::path> data_dir;   // --data-dir
  std::vector<std::filesystem::path> lexicons;     // --lexicon (repeatable)
};

/// What every vocabulary of a Model says about one word key, gathered at load: the
/// extractor probes this one table per token instead of one table per vocabulary
/// (grammar classes, lexicon names, titles, institutions, trigger forms, word sets).
/// The pointers are into the Model's own tables.
struct WordFacts {
  static constexpr std::size_t kLanguages = 4;  // grammar languages with classes here
  // Roughly in the order the passes ask them: the classes and names when the sentence
  // view is built, the trigger forms when relations are sought, then the rest.
  std::uint64_t classes[kLanguages] = {};        // Grammar::classes, by Model::language_slot
  std::span<const Lexicon::Candidate> aliases;              // Lexicon::candidates_starting
  const std::vector<TriggerForm>* forms = nullptr;           // FrameSet::forms_starting
  /// What the word says of a text's language: its row in Model::votes() plus one (0:
  /// nothing). The rows live in one small table of the Model, not in a heap block per
  /// voting word.
  std::uint32_t votes = 0;
  bool nonentity = false;    // Lexicon::is_nonentity
  bool place_word = false;   // Lexicon::is_place_word
  bool given_name = false;   // Lexicon::is_given_name
  bool title_start = false;  // the first word of a title (not counting -nya forms)
  const std::vector<std::uint32_t>* titles = nullptr;        // Lexicon::titles_starting
  const std::vector<std::uint32_t>* institutions = nullptr;  // Lexicon::institutions_starting
};

/// Loaded data. Moved, never copied: WordFacts point into the other members' tables,
/// whose entries stay in place when the Model moves.
struct Model {
  std::filesystem::path data_dir;
  RelationSet relations;
  TextData text;
  Lexicon lexicon;
  Grammar grammar;
  FrameSet frames;

  Model() = default;
  Model(Model&&) = default;
  Model& operator=(Model&&) = default;
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  static Model load(const ModelOptions& options);

  /// The facts of a word key, or null for a word no vocabulary knows.
  const WordFacts* word_facts(std::string_view norm) const { return words_.get(norm); }
  /// The same, given string_key_hash(norm).
  const WordFacts* word_facts(std::string_view norm, std::uint64_t hash) const { return words_.get(norm, hash); }
  /// Where `lang`'s classes are in WordFacts::classes, or -1 (no grammar file, or more
  /// languages than slots: ask Grammar::classes).
  int language_slot(std::string_view lang) const;
  /// The languages of the votes: those with function words, in order.
  const std::vector<std::string>& vote_languages() const { return vote_languages_; }
  /// What a word says of a text's language, one number per vote_languages() (empty:
  /// nothing): 2 for a function word of the language (data/text), 1 for a grammar word
  /// (data/grammar), 1 for the first word of a trigger form (data/frames).
  std::span<const int> votes(const WordFacts& f) const {
    if (f.votes == 0) return {};
    const std::size_t n = vote_languages_.size();
    return std::span(votes_).subspan((f.votes - 1) * n, n);
  }

 private:
  void index_words();
  void index_votes();
  StringMap<WordFacts> words_;
  std::vector<std::string> slot_languages_;
  std::vector<std::string> vote_languages_;
  std::vector<int> votes_;  // a row of vote_languages_.size() numbers per voting word
};

}  // namespace jaring
