// Stage 4, graph: triples merged into one Boost.Graph.
//
// One vertex per canonical entity, one edge per (subject, relation, object). A symmetric
// relation is stored once, subject and object in id order. Every statement of a relation
// is kept as an Evidence record on its edge, identified by (document, sentence span): the
// same document merged twice adds nothing, so merging is associative and idempotent.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "jaring/types.h"

namespace jaring {

class RelationSet;

struct VertexData {
  std::string id;    // Wikidata QID where known, else a stable slug
  std::string name;  // canonical name
  EntityType type = EntityType::Organization;
  std::string kind;
  std::string qid;
  std::string iso2, iso3;
  std::set<std::pair<std::string, std::string>> aliases;  // (alias, language) seen in text
};

struct EdgeData {
  std::string relation;
  std::vector<Evidence> evidence;  // sorted by (doc, span), unique on that key

  std::size_t mentions() const { return evidence.size(); }
  /// Mentions that are not negated: only these make the relation hold.
  std::size_t asserted() const;
  std::set<std::string> documents() const;
  double max_confidence() const;
  double mean_confidence() const;
  std::string first_date() const;  // earliest document date, "" if none known
  std::string last_date() const;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexData, EdgeData>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

/// The vertex id of an entity: its QID, else its lexicon id or slug.
std::string vertex_id(const Entity& e);

class KnowledgeGraph {
 public:
  /// `relations` tells which relations are symmetric; it must outlive the graph.
  explicit KnowledgeGraph(const RelationSet& relations);

  /// Adds a triple: its entities, its edge and its evidence.
  void add(const Triple& t);
  /// The same, taking the evidence over instead of copying it (jaring build's triples).
  void add(Triple&& t);
  /// Adds a vertex (or merges names and aliases into an existing one); returns it.
  Vertex add_vertex(const VertexData& v);
  /// Adds evidence to the edge (s, relation, o), creating it; symmetric relations are
  /// put in canonical direction. The confidence is kept at the precision the exports
  /// write (three decimals), so that a graph read back from its JSON-LD is the same.
  void add_evidence(Vertex s, const std::string& relation, Vertex o, const Evidence& e);
  void add_evidence(Vertex s, const std::string& relation, Vertex o, Evidence&& e);
  /// The same for all the evidence of one edge at once (loading a graph): when the edge is
  /// new and `evidence` is in order (by document and span, no repeats), as a graph's
  /// JSON-LD lists it, the vector is taken over whole instead of inserted record by record.
  void add_evidence(Vertex s, const std::string& relation, Vertex o, std::vector<Evidence>&& evidence);
  /// Makes room in the edge index for `more` edges beyond those there (loading a graph
  /// whose size is known roughly: the index then never grows, rehashing, on the way).
  void reserve_edges(std::size_t more) { edges_.reserve(edges_.size() + more); }
  /// Merges another graph into this one.
  void merge(const KnowledgeGraph& other);

  const Graph& graph() const { return g_; }
  const RelationSet& relations() const { return relations_; }
  std::optional<Vertex> find(std::string_view id) const;
  std::size_t vertex_count() const { return boost::num_vertices(g_); }
  std::size_t edge_count() const { return boost::num_edges(g_); }

  /// Vertices in id order and edges in (subject id, relation, object id) order: the order
  /// every exporter writes, so that output is byte-identical for the same input.
  std::vector<Vertex> sorted_vertices() const;
  std::vector<Edge> sorted_edges() const;

 private:
  // An edge's key: subject, relation (by its number in relation_info_), object.
  struct EdgeKey {
    Vertex subject;
    std::size_t relation;
    Vertex object;
    friend bool operator==(const EdgeKey&, const EdgeKey&) = default;
  };
  struct EdgeKeyHash {
    std::size_t operator()(const EdgeKey& k) const;
  };
  struct RelationInfo {
    std::size_t number;
    bool symmetric;
  };
  template <class E>
  void insert_evidence(Vertex s, const std::string& relation, Vertex o, E&& e);
  /// The edge (s, relation, o) in canonical direction, created when missing (`added`).
  Edge edge_for(Vertex s, const std::string& relation, Vertex o, bool& added);
  /// The vertex of an entity named `surface` in a text in `lang`, as add_vertex() makes or
  /// merges it, without building its VertexData when the vertex exists.
  Vertex entity_vertex(const Entity& e, const std::string& surface, const std::string& lang);

  const RelationSet& relations_;
  Graph g_;
  std::map<std::string, Vertex> by_id_;
  std::unordered_map<std::string, RelationInfo> relation_info_;  // the relations seen so far
  // Hashed, not ordered: a million-edge graph is built in seconds, not a minute of
  // cache misses; sorted_edges() gives the order.
  std::unordered_map<EdgeKey, Edge, EdgeKeyHash> edges_;
};

}  // namespace jaring
