// Entity cards and neighbourhoods, and the subgraphs the graph commands draw.
#include <algorithm>
#include <limits>

#include "jaring/explore.h"
#include "jaring/model.h"

namespace jaring {

namespace {

// The record to show first for an edge: the earliest dated one the filter accepts (any
// record when it accepts none, so that a card shows why a negated relation is there).
const Evidence* first_evidence(const EdgeData& d, const EvidenceFilter& filter) {
  std::vector<const Evidence*> pool = filter.select(d);
  if (pool.empty())
    for (const Evidence& e : d.evidence) pool.push_back(&e);
  if (pool.empty()) return nullptr;
  return *std::min_element(pool.begin(), pool.end(), [](const Evidence* a, const Evidence* b) {
    // Undated records after dated ones; otherwise the stored (document, span) order.
    return std::make_tuple(a->date.empty(), a->date) < std::make_tuple(b->date.empty(), b->date);
  });
}

Source edge_source(const Graph& g, Edge e, std::vector<const Evidence*> evidence) {
  return Source{g[boost::source(e, g)].name, g[e].relation, g[boost::target(e, g)].name, std::move(evidence)};
}

std::string names_text(const VertexData& d) {
  std::string out;
  for (const auto& [alias, lang] : d.aliases) {
    out += (out.empty() ? "" : ", ") + alias;
    if (!lang.empty()) out += " (" + lang + ")";
  }
  return out;
}

Cell text_or_empty(const std::string& s) { return s.empty() ? Cell{} : Cell::of_text(s); }

bool allowed_relation(const EdgeFilter& f, const std::string& relation) {
  return f.relations.empty() || std::find(f.relations.begin(), f.relations.end(), relation) != f.relations.end();
}

// Every edge at v, in then out, each once (a self-loop is both).
std::vector<Edge> incident_edges(const Graph& g, Vertex v) {
  std::vector<Edge> out;
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) out.push_back(*it);
  for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
    if (boost::source(*it, g) != v) out.push_back(*it);
  return out;
}

}  // namespace

Vertex copy_vertex(const KnowledgeGraph& from, Vertex v, KnowledgeGraph& to) { return to.add_vertex(from.graph()[v]); }

void copy_edge(const KnowledgeGraph& from, Edge e, const EvidenceFilter& filter, KnowledgeGraph& to) {
  const Graph& g = from.graph();
  const std::vector<const Evidence*> evidence = filter.select(g[e]);
  if (evidence.empty()) return;
  const Vertex s = copy_vertex(from, boost::source(e, g), to);
  const Vertex o = copy_vertex(from, boost::target(e, g), to);
  for (const Evidence* ev : evidence) to.add_evidence(s, g[e].relation, o, *ev);
}

bool EdgeFilter::follows(const EdgeData& e) const { return allowed_relation(*this, e.relation) && evidence.holds(e); }

std::vector<Table> entity_card(const KnowledgeGraph& graph, Vertex v, const EdgeFilter& filter, bool all_evidence) {
  const Graph& g = graph.graph();
  const VertexData& d = g[v];
  Table entity{"entity", {"name", "type", "id", "qid", "kind", "iso", "names"}, {}, true, false};
  const std::string iso = d.iso2.empty() ? d.iso3 : d.iso3.empty() ? d.iso2 : d.iso2 + " " + d.iso3;
  entity.rows.push_back(TableRow{{Cell::of_entity(d), Cell::of_text(std::string(to_string(d.type))), Cell::of_text(d.id),
                                  text_or_empty(d.qid), text_or_empty(d.kind), text_or_empty(iso),
                                  text_or_empty(names_text(d))},
                                 {}});

  // Every relation, negated or hedged ones too: the columns say how it was stated.
  std::vector<Edge> edges;
  for (const Edge e : incident_edges(g, v))
    if (allowed_relation(filter, g[e].relation)) edges.push_back(e);
  // By relation, the most mentioned first, then by the other entity's name.
  const auto other = [&](Edge e) { return boost::source(e, g) == v ? boost::target(e, g) : boost::source(e, g); };
  using Key = std::tuple<std::string_view, long, std::string_view, std::string_view>;
  std::vector<std::pair<Key, Edge>> keyed;
  for (const Edge e : edges)
    keyed.emplace_back(Key{g[e].relation, -static_cast<long>(g[e].mentions()), g[other(e)].name, g[other(e)].id}, e);
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < keyed.size(); ++i) edges[i] = keyed[i].second;
  Table relations{"relations", {"subject", "relation", "object", "mentions", "negated", "docs", "first"}, {}, false, true};
  for (const Edge e : edges) {
    const EdgeData& ed = g[e];
    TableRow row;
    row.cells = {Cell::of_entity(g[boost::source(e, g)]), Cell::of_text(ed.relation), Cell::of_entity(g[boost::target(e, g)]),
                 Cell::of_number(static_cast<double>(ed.mentions())),
                 Cell::of_number(static_cast<double>(ed.mentions() - ed.asserted())),
                 Cell::of_number(static_cast<double>(ed.documents().size())), text_or_empty(ed.first_date())};
    std::vector<const Evidence*> shown;
    if (all_evidence) {
      for (const Evidence& ev : ed.evidence) shown.push_back(&ev);
    } else if (const Evidence* first = first_evidence(ed, filter.evidence)) {
      shown.push_back(first);
    }
    row.sources.push_back(edge_source(g, e, std::move(shown)));
    relations.rows.push_back(std::move(row));
  }
  return {entity, relations};
}

KnowledgeGraph entity_subgraph(const KnowledgeGraph& graph, Vertex v, const EdgeFilter& filter) {
  KnowledgeGraph sub(graph.relations());
  copy_vertex(graph, v, sub);
  for (const Edge e : incident_edges(graph.graph(), v))
    if (allowed_relation(filter, graph.graph()[e].relation)) copy_edge(graph, e, EvidenceFilter::any(), sub);
  return sub;
}

std::vector<Neighbor> neighbors(const KnowledgeGraph& graph, Vertex center, std::size_t depth, const EdgeFilter& filter) {
  const Graph& g = graph.graph();
  constexpr std::size_t kUnseen = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> found_at(boost::num_vertices(g), kUnseen);  // index into `found`
  std::vector<Neighbor> found;
  std::vector<Vertex> frontier{center};
  // Level by level, so that every edge from the previous level is kept, not only the one
  // that discovered a vertex.
  for (std::size_t level = 1; level <= depth && !frontier.empty(); ++level) {
    std::vector<Vertex> next;
    for (const Vertex u : frontier)
      for (const Edge e : incident_edges(g, u)) {
        if (!filter.follows(g[e])) continue;
        const Vertex w = boost::source(e, g) == u ? boost::target(e, g) : boost::source(e, g);
        if (w == center) continue;
        if (found_at[w] == kUnseen) {
          found_at[w] = found.size();
          found.push_back(Neighbor{w, level, {}});
          next.push_back(w);
        }
        if (found[found_at[w]].depth == level) found[found_at[w]].via.push_back(e);
      }
    frontier = std::move(next);
  }
  std::stable_sort(found.begin(), found.end(), [&g](const Neighbor& a, const Neighbor& b) {
    return std::make_tuple(a.depth, g[a.vertex].name, g[a.vertex].id) < std::make_tuple(b.depth, g[b.vertex].name, g[b.vertex].id);
  });
  return found;
}

Table neighbors_table(const KnowledgeGraph& graph, const std::vector<Neighbor>& found, const EdgeFilter& filter,
                      bool evidence) {
  const Graph& g = graph.graph();
  Table t{"neighbors", {"depth", "entity", "type", "subject", "relation", "object", "mentions"}, {}, false, false};
  for (const Neighbor& n : found)
    for (const Edge e : n.via) {
      const std::vector<const Evidence*> accepted = filter.evidence.select(g[e]);
      TableRow row;
      row.cells = {Cell::of_number(static_cast<double>(n.depth)), Cell::of_entity(g[n.vertex]),
                   Cell::of_text(std::string(to_string(g[n.vertex].type))), Cell::of_entity(g[boost::source(e, g)]),
                   Cell::of_text(g[e].relation), Cell::of_entity(g[boost::target(e, g)]),
                   Cell::of_number(static_cast<double>(accepted.size()))};
      if (evidence) row.sources.push_back(edge_source(g, e, accepted));
      t.rows.push_back(std::move(row));
    }
  return t;
}

KnowledgeGraph neighbors_subgraph(const KnowledgeGraph& graph, Vertex center, const std::vector<Neighbor>& found,
                                  const EdgeFilter& filter) {
  KnowledgeGraph sub(graph.relations());
  copy_vertex(graph, center, sub);
  for (const Neighbor& n : found)
    for (const Edge e : n.via) copy_edge(graph, e, filter.evidence, sub);
  return sub;
}

}  // namespace jaring
