#include "jaring/subgraph.h"

#include <deque>

namespace jaring {

namespace {

bool kept(const Graph& g, Edge e, const SubgraphOptions& o) { return g[e].mentions() >= o.min_mentions; }

// The distance of every vertex from the focus over kept relations, walked in both
// directions, up to `depth`; vertices beyond are not in the result.
std::vector<bool> within_depth(const Graph& g, const SubgraphOptions& o) {
  std::vector<bool> selected(boost::num_vertices(g), false);
  std::vector<std::size_t> distance(boost::num_vertices(g), 0);
  std::deque<Vertex> queue;
  for (const Vertex v : o.focus) {
    if (selected[v]) continue;
    selected[v] = true;
    queue.push_back(v);
  }
  const auto reach = [&](Vertex from, Vertex to) {
    if (selected[to]) return;
    selected[to] = true;
    distance[to] = distance[from] + 1;
    queue.push_back(to);
  };
  while (!queue.empty()) {
    const Vertex v = queue.front();
    queue.pop_front();
    if (distance[v] == o.depth) continue;
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
      if (kept(g, *it, o)) reach(v, boost::target(*it, g));
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
      if (kept(g, *it, o)) reach(v, boost::source(*it, g));
  }
  return selected;
}

}  // namespace

KnowledgeGraph subgraph(const KnowledgeGraph& graph, const SubgraphOptions& options) {
  const Graph& g = graph.graph();
  const std::vector<bool> selected =
      options.focus.empty() ? std::vector<bool>(boost::num_vertices(g), true) : within_depth(g, options);
  KnowledgeGraph out(graph.relations());
  // Vertices and edges in the source's export order, so the result is as stable as it.
  for (const Vertex v : options.focus) out.add_vertex(g[v]);
  for (const Edge e : graph.sorted_edges()) {
    const Vertex s = boost::source(e, g), o = boost::target(e, g);
    if (!kept(g, e, options) || !selected[s] || !selected[o]) continue;
    const Vertex ns = out.add_vertex(g[s]), no = out.add_vertex(g[o]);
    for (const Evidence& ev : g[e].evidence) out.add_evidence(ns, g[e].relation, no, ev);
  }
  return out;
}

}  // namespace jaring
