// Everything jaring loads from its data directory, loaded once and shared read-only by
// every document and thread.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "jaring/frames.h"
#include "jaring/grammar.h"
#include "jaring/lexicon.h"
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
  std::unordered_map<std::string, std::size_t> index_;
};

struct ModelOptions {
  std::optional<std::filesystem::path> data_dir;   // --data-dir
  std::vector<std::filesystem::path> lexicons;     // --lexicon (repeatable)
};

struct Model {
  std::filesystem::path data_dir;
  RelationSet relations;
  TextData text;
  Lexicon lexicon;
  Grammar grammar;
  FrameSet frames;

  static Model load(const ModelOptions& options);
};

}  // namespace jaring
