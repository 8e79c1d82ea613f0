// Figures about a whole graph: counts, degree, PageRank and betweenness (Boost.Graph).
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/page_rank.hpp>

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "jaring/explore.h"
#include "jaring/model.h"

namespace jaring {

namespace {

// Betweenness costs entities x relations steps: beyond this it would take minutes.
constexpr double kBetweennessBudget = 2e8;

// Compressed rows: PageRank walks every in-edge thirty times, and contiguous arrays make
// that several times faster than adjacency lists on a million edges.
using Directed = boost::compressed_sparse_row_graph<boost::bidirectionalS>;
using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// Related pairs, once each: (subject, object), and for a symmetric relation also the
// reverse, so that PageRank sees "meets" flow both ways.
std::vector<std::pair<Vertex, Vertex>> directed_pairs(const KnowledgeGraph& graph, const EdgeFilter& filter) {
  const Graph& g = graph.graph();
  std::vector<std::pair<Vertex, Vertex>> pairs;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const Vertex s = boost::source(*it, g), o = boost::target(*it, g);
    if (s == o || !filter.follows(g[*it])) continue;
    pairs.emplace_back(s, o);
    if (const Relation* r = graph.relations().find(g[*it].relation); r && r->symmetric) pairs.emplace_back(o, s);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

std::vector<double> pagerank(const KnowledgeGraph& graph, const std::vector<std::pair<Vertex, Vertex>>& pairs) {
  const std::size_t n = graph.vertex_count();
  const Directed d(boost::edges_are_unsorted_multi_pass, pairs.begin(), pairs.end(), n);
  std::vector<double> rank(n, 0);
  if (n == 0) return rank;
  boost::graph::page_rank(d, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, d)),
                          boost::graph::n_iterations(30));
  // Boost's ranks sum to about n and leak at entities nothing flows from: scale to 1.
  double sum = 0;
  for (const double r : rank) sum += r;
  if (sum > 0)
    for (double& r : rank) r /= sum;
  return rank;
}

std::vector<double> betweenness(const KnowledgeGraph& graph, const std::vector<std::pair<Vertex, Vertex>>& pairs) {
  const std::size_t n = graph.vertex_count();
  std::vector<std::pair<Vertex, Vertex>> undirected;
  for (const auto& [s, o] : pairs)
    if (s < o || !std::binary_search(pairs.begin(), pairs.end(), std::make_pair(o, s))) undirected.emplace_back(s, o);
  const Undirected u(undirected.begin(), undirected.end(), n);
  std::vector<double> centrality(n, 0);
  if (n < 3) return centrality;
  const auto map = boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, u));
  boost::brandes_betweenness_centrality(u, boost::centrality_map(map));
  boost::relative_betweenness_centrality(u, map);
  return centrality;
}

Table counts_table(std::string name, std::vector<std::string> columns) {
  Table t;
  t.name = std::move(name);
  t.columns = std::move(columns);
  t.heading = true;
  return t;
}

Cell number(std::size_t n) { return Cell::of_number(static_cast<double>(n)); }

}  // namespace

GraphStats graph_stats(const KnowledgeGraph& graph, const EdgeFilter& filter, std::size_t top, Ranking by,
                       bool with_betweenness) {
  const Graph& g = graph.graph();
  GraphStats s;
  s.entities = graph.vertex_count();
  s.relations = graph.edge_count();
  // Hashed while counting, sorted once at the end: a million edges in well under a second.
  std::unordered_set<std::string_view> documents;
  std::unordered_map<std::string_view, GraphStats::RelationCount> per_relation;
  for (auto [it, end] = boost::vertices(g); it != end; ++it) ++s.types[g[*it].type];
  std::vector<std::size_t> degree(s.entities, 0);
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const EdgeData& d = g[*it];
    GraphStats::RelationCount& c = per_relation[d.relation];
    ++c.edges;
    c.mentions += d.mentions();
    c.negated += d.mentions() - d.asserted();
    s.evidence += d.mentions();
    for (const Evidence& e : d.evidence) documents.insert(e.doc);
    if (filter.follows(d)) {
      ++degree[boost::source(*it, g)];
      ++degree[boost::target(*it, g)];
    }
  }
  s.documents = documents.size();
  for (const auto& [relation, c] : per_relation) s.per_relation.emplace(relation, c);

  const auto pairs = directed_pairs(graph, filter);
  const std::vector<double> rank = pagerank(graph, pairs);
  const double cost = static_cast<double>(s.entities) * static_cast<double>(pairs.size());
  s.betweenness = with_betweenness || by == Ranking::Betweenness || cost <= kBetweennessBudget;
  const std::vector<double> between = s.betweenness ? betweenness(graph, pairs) : std::vector<double>(s.entities, -1);

  std::vector<ActorStats> actors;
  for (Vertex v = 0; v < s.entities; ++v) actors.push_back(ActorStats{v, degree[v], rank[v], between[v]});
  const auto measure = [by](const ActorStats& a) {
    return by == Ranking::Degree ? static_cast<double>(a.degree) : by == Ranking::PageRank ? a.pagerank : a.betweenness;
  };
  const std::size_t n = std::min(top, actors.size());
  std::partial_sort(actors.begin(), actors.begin() + static_cast<long>(n), actors.end(),
                    [&](const ActorStats& a, const ActorStats& b) {
                      if (measure(a) != measure(b)) return measure(a) > measure(b);
                      return g[a.vertex].id < g[b.vertex].id;
                    });
  actors.resize(n);
  s.top = std::move(actors);
  return s;
}

std::vector<Table> stats_tables(const KnowledgeGraph& graph, const GraphStats& s) {
  const Graph& g = graph.graph();
  Table summary{"summary", {"entities", "relations", "evidence", "documents"}, {}, true, false};
  summary.rows.push_back(TableRow{{number(s.entities), number(s.relations), number(s.evidence), number(s.documents)}, {}});

  Table types = counts_table("types", {"type", "entities"});
  for (const auto& [type, n] : s.types)
    types.rows.push_back(TableRow{{Cell::of_text(std::string(to_string(type))), number(n)}, {}});

  Table relations = counts_table("relations", {"relation", "edges", "mentions", "negated"});
  std::vector<std::pair<std::string, GraphStats::RelationCount>> by_count(s.per_relation.begin(), s.per_relation.end());
  std::stable_sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) { return a.second.edges > b.second.edges; });
  for (const auto& [relation, c] : by_count)
    relations.rows.push_back(TableRow{{Cell::of_text(relation), number(c.edges), number(c.mentions), number(c.negated)}, {}});

  Table actors = counts_table("actors", {"entity", "type", "degree", "pagerank", "betweenness"});
  for (const ActorStats& a : s.top)
    actors.rows.push_back(TableRow{{Cell::of_entity(g[a.vertex]), Cell::of_text(std::string(to_string(g[a.vertex].type))),
                                    number(a.degree), Cell::of_number(a.pagerank),
                                    a.betweenness < 0 ? Cell{} : Cell::of_number(a.betweenness)},
                                   {}});
  return {summary, types, relations, actors};
}

KnowledgeGraph stats_subgraph(const KnowledgeGraph& graph, const GraphStats& stats, const EdgeFilter& filter) {
  const Graph& g = graph.graph();
  KnowledgeGraph sub(graph.relations());
  std::set<Vertex> top;
  for (const ActorStats& a : stats.top) {
    top.insert(a.vertex);
    copy_vertex(graph, a.vertex, sub);
  }
  for (const Vertex v : top)
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
      if (top.count(boost::target(*it, g)) && filter.follows(g[*it])) copy_edge(graph, *it, filter.evidence, sub);
  return sub;
}

}  // namespace jaring
