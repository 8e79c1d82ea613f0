// Shortest paths between two entities: Boost.Graph breadth-first search over the graph
// taken as undirected (who is connected to whom matters here, not who acted on whom),
// every shortest path from the BFS distances, and the k shortest by Yen's algorithm.
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/filtered_graph.hpp>

#include <algorithm>
#include <limits>
#include <set>

#include "jaring/explore.h"

namespace jaring {

namespace {

// The graph taken as undirected: one vertex per entity (same numbers as the knowledge
// graph) and, for each related pair, an edge each way. Compressed rows rather than
// adjacency lists: built without an allocation per edge, and searched in contiguous
// memory, which on a million relations is several times faster.
using Undirected = boost::compressed_sparse_row_graph<boost::directedS>;
using UVertex = boost::graph_traits<Undirected>::vertex_descriptor;
constexpr std::size_t kUnreached = std::numeric_limits<std::size_t>::max();

Undirected undirected(const KnowledgeGraph& graph, const EdgeFilter& filter) {
  const Graph& g = graph.graph();
  std::vector<std::pair<Vertex, Vertex>> pairs;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const Vertex s = boost::source(*it, g), o = boost::target(*it, g);
    if (s == o || !filter.follows(g[*it])) continue;
    pairs.emplace_back(s, o);
    pairs.emplace_back(o, s);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return Undirected(boost::edges_are_sorted, pairs.begin(), pairs.end(), boost::num_vertices(g));
}

// Records, for each vertex the search reaches, its distance and the vertex it came from.
class PathRecorder : public boost::default_bfs_visitor {
 public:
  PathRecorder(std::vector<std::size_t>& distance, std::vector<UVertex>& parent)
      : distance_(&distance), parent_(&parent) {}
  template <typename E, typename G>
  void tree_edge(E e, const G& g) const {
    const auto from = boost::source(e, g), to = boost::target(e, g);
    (*distance_)[to] = (*distance_)[from] + 1;
    (*parent_)[to] = from;
  }

 private:
  std::vector<std::size_t>* distance_;
  std::vector<UVertex>* parent_;
};

struct Search {
  std::vector<std::size_t> distance;
  std::vector<UVertex> parent;
};

template <typename G>
Search bfs(const G& g, std::size_t vertices, UVertex from) {
  Search s{std::vector<std::size_t>(vertices, kUnreached), std::vector<UVertex>(vertices)};
  s.distance[from] = 0;
  std::vector<boost::default_color_type> colors(vertices);
  boost::breadth_first_search(
      g, from,
      boost::visitor(PathRecorder(s.distance, s.parent))
          .color_map(boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, g))));
  return s;
}

std::vector<Vertex> walk_back(const Search& s, UVertex from, UVertex to) {
  std::vector<Vertex> path{to};
  while (path.back() != from) path.push_back(s.parent[path.back()]);
  std::reverse(path.begin(), path.end());
  return path;
}

// Every path from `a` to `to` going one step closer to `a` each time, at most `limit`.
void predecessors_walk(const Undirected& u, const std::vector<std::size_t>& distance, UVertex to,
                       std::vector<Vertex>& tail, std::vector<std::vector<Vertex>>& out, std::size_t limit) {
  if (out.size() >= limit) return;
  tail.push_back(to);
  if (distance[to] == 0) {
    out.emplace_back(tail.rbegin(), tail.rend());
  } else {
    for (auto [it, end] = boost::adjacent_vertices(to, u); it != end; ++it)
      if (distance[*it] + 1 == distance[to]) predecessors_walk(u, distance, *it, tail, out, limit);
  }
  tail.pop_back();
}

// The best edge first: most accepted records, then highest confidence, then relation.
std::vector<Edge> hop_edges(const KnowledgeGraph& graph, Vertex a, Vertex b, const EdgeFilter& filter) {
  const Graph& g = graph.graph();
  std::vector<Edge> edges;
  for (auto [it, end] = boost::out_edges(a, g); it != end; ++it)
    if (boost::target(*it, g) == b && filter.follows(g[*it])) edges.push_back(*it);
  for (auto [it, end] = boost::in_edges(a, g); it != end; ++it)
    if (boost::source(*it, g) == b && filter.follows(g[*it])) edges.push_back(*it);
  const auto rank = [&](Edge e) {
    const auto accepted = filter.evidence.select(g[e]);
    double confidence = 0;
    for (const Evidence* ev : accepted) confidence = std::max(confidence, ev->confidence);
    return std::make_tuple(-static_cast<long>(accepted.size()), -confidence, g[e].relation);
  };
  std::sort(edges.begin(), edges.end(), [&](Edge x, Edge y) { return rank(x) < rank(y); });
  return edges;
}

Path to_path(const KnowledgeGraph& graph, const std::vector<Vertex>& vertices, const EdgeFilter& filter) {
  Path p;
  p.vertices = vertices;
  for (std::size_t i = 0; i + 1 < vertices.size(); ++i)
    p.hops.push_back(Hop{vertices[i], vertices[i + 1], hop_edges(graph, vertices[i], vertices[i + 1], filter)});
  return p;
}

// Shorter first, then by the names along the path: a stable, readable order.
std::vector<std::string> names_along(const KnowledgeGraph& graph, const std::vector<Vertex>& path) {
  std::vector<std::string> names;
  for (const Vertex v : path) names.push_back(graph.graph()[v].name + "\x1f" + graph.graph()[v].id);
  return names;
}

struct ByLengthThenNames {
  const KnowledgeGraph* graph;
  bool operator()(const std::vector<Vertex>& a, const std::vector<Vertex>& b) const {
    if (a.size() != b.size()) return a.size() < b.size();
    return names_along(*graph, a) < names_along(*graph, b);
  }
};

// For Yen's algorithm: the graph without some vertices and some edges.
struct Removed {
  std::vector<bool> vertices;
  std::set<std::pair<UVertex, UVertex>> edges;
  const Undirected* graph = nullptr;
};

struct KeepVertex {
  const Removed* removed = nullptr;
  bool operator()(UVertex v) const { return !removed->vertices[v]; }
};

struct KeepEdge {
  const Removed* removed = nullptr;
  template <typename E>
  bool operator()(const E& e) const {
    const UVertex s = boost::source(e, *removed->graph), t = boost::target(e, *removed->graph);
    return !removed->edges.count({std::min(s, t), std::max(s, t)});
  }
};

}  // namespace

std::vector<Path> shortest_paths(const KnowledgeGraph& graph, Vertex a, Vertex b, const EdgeFilter& filter,
                                 std::size_t max_paths) {
  const Undirected u = undirected(graph, filter);
  const Search s = bfs(u, boost::num_vertices(u), a);
  if (s.distance[b] == kUnreached || max_paths == 0) return {};
  std::vector<std::vector<Vertex>> found;
  std::vector<Vertex> tail;
  predecessors_walk(u, s.distance, b, tail, found, max_paths);
  std::sort(found.begin(), found.end(), ByLengthThenNames{&graph});
  std::vector<Path> out;
  for (const auto& vertices : found) out.push_back(to_path(graph, vertices, filter));
  return out;
}

std::vector<Path> k_shortest_paths(const KnowledgeGraph& graph, Vertex a, Vertex b, const EdgeFilter& filter,
                                   std::size_t k) {
  const Undirected u = undirected(graph, filter);
  const std::size_t n = boost::num_vertices(u);
  const Search first = bfs(u, n, a);
  if (first.distance[b] == kUnreached || k == 0) return {};
  std::vector<std::vector<Vertex>> accepted{walk_back(first, a, b)};
  std::set<std::vector<Vertex>, ByLengthThenNames> candidates(ByLengthThenNames{&graph});
  while (accepted.size() < k) {
    const std::vector<Vertex>& last = accepted.back();
    // Deviate from the last path at each of its vertices in turn: keep its first i steps
    // (the root), forbid the steps other accepted paths took from the same root, and
    // search again from the deviation vertex.
    for (std::size_t i = 0; i + 1 < last.size(); ++i) {
      Removed removed{std::vector<bool>(n, false), {}, &u};
      for (std::size_t j = 0; j < i; ++j) removed.vertices[last[j]] = true;
      for (const auto& p : accepted)
        if (p.size() > i + 1 && std::equal(p.begin(), p.begin() + static_cast<long>(i) + 1, last.begin()))
          removed.edges.emplace(std::min(p[i], p[i + 1]), std::max(p[i], p[i + 1]));
      const boost::filtered_graph<Undirected, KeepEdge, KeepVertex> view(u, KeepEdge{&removed}, KeepVertex{&removed});
      const Search spur = bfs(view, n, last[i]);
      if (spur.distance[b] == kUnreached) continue;
      std::vector<Vertex> candidate(last.begin(), last.begin() + static_cast<long>(i));
      for (const Vertex v : walk_back(spur, last[i], b)) candidate.push_back(v);
      if (std::find(accepted.begin(), accepted.end(), candidate) == accepted.end()) candidates.insert(candidate);
    }
    if (candidates.empty()) break;
    accepted.push_back(*candidates.begin());
    candidates.erase(candidates.begin());
  }
  // Paths of one length in name order, like shortest_paths(): not in the BFS's order.
  std::stable_sort(accepted.begin(), accepted.end(), ByLengthThenNames{&graph});
  std::vector<Path> out;
  for (const auto& vertices : accepted) out.push_back(to_path(graph, vertices, filter));
  return out;
}

Table paths_table(const KnowledgeGraph& graph, const std::vector<Path>& paths, const EdgeFilter& filter,
                  bool all_evidence) {
  const Graph& g = graph.graph();
  Table t{"paths", {"path", "step", "subject", "relation", "object", "mentions", "also"}, {}, false, false};
  for (std::size_t p = 0; p < paths.size(); ++p)
    for (std::size_t i = 0; i < paths[p].hops.size(); ++i) {
      const Hop& hop = paths[p].hops[i];
      if (hop.edges.empty()) continue;
      const Edge best = hop.edges.front();
      std::vector<const Evidence*> accepted = filter.evidence.select(g[best]);
      // The other relations of the step, each once (A tells B and B tells A are one here).
      std::string also;
      std::set<std::string> listed{g[best].relation};
      for (std::size_t j = 1; j < hop.edges.size(); ++j)
        if (listed.insert(g[hop.edges[j]].relation).second) also += (also.empty() ? "" : ", ") + g[hop.edges[j]].relation;
      TableRow row;
      row.cells = {Cell::of_number(static_cast<double>(p + 1)), Cell::of_number(static_cast<double>(i + 1)),
                   Cell::of_entity(g[boost::source(best, g)]), Cell::of_text(g[best].relation),
                   Cell::of_entity(g[boost::target(best, g)]), Cell::of_number(static_cast<double>(accepted.size())),
                   also.empty() ? Cell{} : Cell::of_text(also)};
      // The earliest dated record says best when the link was first reported.
      if (!all_evidence && !accepted.empty()) {
        const Evidence* first = *std::min_element(accepted.begin(), accepted.end(), [](const Evidence* x, const Evidence* y) {
          return std::make_tuple(x->date.empty(), x->date) < std::make_tuple(y->date.empty(), y->date);
        });
        accepted = {first};
      }
      row.sources.push_back(Source{g[boost::source(best, g)].name, g[best].relation, g[boost::target(best, g)].name, accepted});
      t.rows.push_back(std::move(row));
    }
  return t;
}

KnowledgeGraph paths_subgraph(const KnowledgeGraph& graph, const std::vector<Path>& paths, const EdgeFilter& filter) {
  KnowledgeGraph sub(graph.relations());
  for (const Path& p : paths) {
    for (const Vertex v : p.vertices) copy_vertex(graph, v, sub);
    for (const Hop& hop : p.hops)
      for (const Edge e : hop.edges) copy_edge(graph, e, filter.evidence, sub);
  }
  return sub;
}

}  // namespace jaring
