// Finding entities of a graph by name, as users type them: any alias in any language,
// the id or QID, ignoring case and diacritics. Unknown and ambiguous names give a
// UsageError that suggests what was probably meant.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "jaring/graph.h"

namespace jaring {

class EntityLookup {
 public:
  explicit EntityLookup(const KnowledgeGraph& graph);

  /// The vertices whose name, alias, id or QID equals `name` (normalized).
  std::vector<Vertex> candidates(std::string_view name) const;
  /// The one vertex called `name`; throws UsageError "unknown entity 'X' (did you mean
  /// North Korea (Korea Utara)?)" or "ambiguous entity 'X': A, B" otherwise.
  Vertex resolve(std::string_view name) const;
  /// Up to `n` names closest to `name` (edit distance on normalized names), for messages.
  std::vector<std::string> suggestions(std::string_view name, std::size_t n = 3) const;

 private:
  const KnowledgeGraph& graph_;
  std::vector<std::pair<std::string, Vertex>> keys_;  // normalized name -> vertex, sorted
};

}  // namespace jaring
