// Selecting part of a graph to draw or export: the neighbourhood of some entities, the
// relations mentioned often enough.
#pragma once

#include <cstddef>
#include <vector>

#include "jaring/graph.h"

namespace jaring {

struct SubgraphOptions {
  /// Entities to centre on (vertices of the source graph); empty selects everything.
  std::vector<Vertex> focus;
  /// With a focus: keep the entities at most this many relations away from it, in
  /// either direction (0 = the focus alone).
  std::size_t depth = 1;
  /// Leave out relations with fewer mentions; this is applied first, so the walk from
  /// the focus only follows relations that are kept.
  std::size_t min_mentions = 0;
};

/// A new graph holding the selected entities and every kept relation among them, with
/// all their evidence. Without a focus, entities left with no relation are dropped; the
/// focus entities are always kept.
KnowledgeGraph subgraph(const KnowledgeGraph& graph, const SubgraphOptions& options);

}  // namespace jaring
