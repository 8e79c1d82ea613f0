// Exploring a graph: an entity's card, its neighbourhood, the shortest paths between two
// entities, and figures about the whole graph (`jaring show`, `neighbors`, `path`,
// `stats`). Each computes plain results; the *_tables() functions turn them into tables
// (table.h) and the *_subgraph() functions into a graph of their own to draw as DOT/SVG.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "jaring/graph.h"
#include "jaring/query.h"
#include "jaring/table.h"

namespace jaring {

/// Adds vertex `v` of `from` to `to` and returns it there.
Vertex copy_vertex(const KnowledgeGraph& from, Vertex v, KnowledgeGraph& to);
/// Adds edge `e` of `from` to `to`, with its endpoints and the evidence `filter` accepts
/// (nothing when it accepts none).
void copy_edge(const KnowledgeGraph& from, Edge e, const EvidenceFilter& filter, KnowledgeGraph& to);

/// The edges a command follows: a relation in `relations` (any when empty) that holds
/// under `evidence` (by default: stated plainly at least once, see EvidenceFilter).
struct EdgeFilter {
  std::vector<std::string> relations;
  EvidenceFilter evidence;
  bool follows(const EdgeData& e) const;
};

// --- show -----------------------------------------------------------------------------

/// Tables "entity" (a record: name, type, id, QID, kind, ISO codes, names seen in text
/// with their language) and "relations" (every edge of the entity that `filter` allows,
/// whatever its evidence: subject, relation, object, mentions, negated, documents, first
/// date; its first record as the row's source, every record with `all_evidence`).
std::vector<Table> entity_card(const KnowledgeGraph& graph, Vertex v, const EdgeFilter& filter, bool all_evidence);
KnowledgeGraph entity_subgraph(const KnowledgeGraph& graph, Vertex v, const EdgeFilter& filter);

// --- neighbors ------------------------------------------------------------------------

/// An entity reached from the centre in `depth` steps (the graph taken as undirected), and
/// the edges that reach it from entities one step closer.
struct Neighbor {
  Vertex vertex = 0;
  std::size_t depth = 0;
  std::vector<Edge> via;
};

/// Breadth first from `center` up to `depth` steps, following the edges `filter` allows.
/// Ordered by depth, then name.
std::vector<Neighbor> neighbors(const KnowledgeGraph& graph, Vertex center, std::size_t depth, const EdgeFilter& filter);
/// Table "neighbors": depth, entity, type, then one row per edge reaching it (subject,
/// relation, object, mentions); with `evidence`, the accepted records as sources.
Table neighbors_table(const KnowledgeGraph& graph, const std::vector<Neighbor>& found, const EdgeFilter& filter,
                      bool evidence);
KnowledgeGraph neighbors_subgraph(const KnowledgeGraph& graph, Vertex center, const std::vector<Neighbor>& found,
                                  const EdgeFilter& filter);

// --- path -----------------------------------------------------------------------------

/// One step of a path: the edges between two consecutive entities (in either direction),
/// the best first (most accepted records, then highest confidence, then relation id).
struct Hop {
  Vertex from = 0, to = 0;
  std::vector<Edge> edges;
};

struct Path {
  std::vector<Vertex> vertices;
  std::vector<Hop> hops;
};

/// Every shortest path from `a` to `b` (at most `max_paths` of them), found by Boost.Graph
/// breadth-first search over the graph taken as undirected, with one vertex per entity
/// and one edge per pair of related entities that `filter` allows. Ordered by the names
/// along them. Empty when `b` cannot be reached.
std::vector<Path> shortest_paths(const KnowledgeGraph& graph, Vertex a, Vertex b, const EdgeFilter& filter,
                                 std::size_t max_paths);
/// The `k` shortest simple paths (Yen's algorithm over the same BFS), shortest first.
std::vector<Path> k_shortest_paths(const KnowledgeGraph& graph, Vertex a, Vertex b, const EdgeFilter& filter,
                                   std::size_t k);
/// Table "paths": path, step, subject, relation, object, mentions, and the other relations
/// of the step; each step's first accepted record as its source (all with `all_evidence`).
Table paths_table(const KnowledgeGraph& graph, const std::vector<Path>& paths, const EdgeFilter& filter,
                  bool all_evidence);
KnowledgeGraph paths_subgraph(const KnowledgeGraph& graph, const std::vector<Path>& paths, const EdgeFilter& filter);

// --- stats ----------------------------------------------------------------------------

struct ActorStats {
  Vertex vertex = 0;
  std::size_t degree = 0;     // edges the filter allows, in and out
  double pagerank = 0;        // Boost.Graph page_rank over the directed graph, summing to 1
  double betweenness = -1;    // Brandes, relative (0..1), graph taken as undirected; -1: not computed
};

struct GraphStats {
  std::size_t entities = 0, relations = 0, evidence = 0, documents = 0;
  std::map<EntityType, std::size_t> types;
  struct RelationCount {
    std::size_t edges = 0, mentions = 0, negated = 0;
  };
  std::map<std::string, RelationCount> per_relation;
  std::vector<ActorStats> top;   // the `top` actors by the chosen measure
  bool betweenness = false;      // computed (it costs entities x relations)
};

enum class Ranking : std::uint8_t { Degree, PageRank, Betweenness };

/// Counts over the whole graph, and the `top` actors ranked by `by`. Betweenness is
/// computed when `betweenness` is set, or when the graph is small enough for it to take
/// about a second (entities x relations <= 2e8); ranking by it forces it.
GraphStats graph_stats(const KnowledgeGraph& graph, const EdgeFilter& filter, std::size_t top, Ranking by,
                       bool betweenness);
/// Tables "summary" (a record), "types", "relations" and "actors".
std::vector<Table> stats_tables(const KnowledgeGraph& graph, const GraphStats& stats);
/// The top actors and the edges among them.
KnowledgeGraph stats_subgraph(const KnowledgeGraph& graph, const GraphStats& stats, const EdgeFilter& filter);

}  // namespace jaring
