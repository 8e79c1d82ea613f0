// A query result as a table (with its evidence) or as a graph to draw.
#include <algorithm>
#include <unordered_set>

#include "jaring/explore.h"
#include "jaring/query.h"

namespace jaring {

namespace {

// Each edge once, with the pattern that accepted it: a merged row may hold the same
// edge many times. A row of one match per pattern needs no check.
template <typename Visit>
void for_each_edge(const Query& q, const QueryRow& row, Visit&& visit) {
  if (row.matches.size() <= q.patterns.size()) {
    for (const Match& m : row.matches) visit(m, q.patterns[m.pattern].evidence);
    return;
  }
  std::vector<std::unordered_set<const void*>> seen(q.patterns.size());  // edges per pattern
  for (const Match& m : row.matches)
    if (seen[m.pattern].insert(m.edge.get_property()).second) visit(m, q.patterns[m.pattern].evidence);
}

// The accepted records of an edge, without building their list when no count is asked.
template <typename Visit>
void for_each_accepted(const EvidenceFilter& filter, const EdgeData& edge, Visit&& visit) {
  const bool counts = std::any_of(filter.conditions.begin(), filter.conditions.end(), [](const auto& c) {
    return c.field == EvidenceFilter::Field::Mentions || c.field == EvidenceFilter::Field::Documents;
  });
  if (counts) {
    for (const Evidence* e : filter.select(edge)) visit(*e);
    return;
  }
  for (const Evidence& e : edge.evidence)
    if (filter.accepts(e)) visit(e);
}

Cell value_cell(const Graph& g, const QueryValue& v) {
  switch (v.kind) {
    case QueryValue::Kind::Entity: return Cell::of_entity(g[v.vertex]);
    case QueryValue::Kind::Relation: return Cell::of_text(std::string(v.relation));
    case QueryValue::Kind::Count: return Cell::of_number(static_cast<double>(v.count));
  }
  return Cell{};
}

}  // namespace

RowEvidence row_evidence(const KnowledgeGraph& graph, const Query& query, const QueryRow& row) {
  RowEvidence out;
  for_each_edge(query, row, [&](const Match& m, const EvidenceFilter& filter) {
    for_each_accepted(filter, graph.graph()[m.edge], [&out](const Evidence& e) {
      ++out.mentions;
      out.confidence = std::max(out.confidence, e.confidence);
      if (!e.date.empty() && (out.first_date.empty() || e.date < out.first_date)) out.first_date = e.date;
    });
  });
  return out;
}

std::vector<Source> row_sources(const KnowledgeGraph& graph, const Query& query, const QueryRow& row) {
  const Graph& g = graph.graph();
  std::vector<Source> out;
  for_each_edge(query, row, [&](const Match& m, const EvidenceFilter& filter) {
    Vertex s = boost::source(m.edge, g), o = boost::target(m.edge, g);
    if (m.reversed) std::swap(s, o);
    out.push_back(Source{g[s].name, g[m.edge].relation, g[o].name, filter.select(g[m.edge])});
  });
  return out;
}

Table result_table(const KnowledgeGraph& graph, const Query& query, const QueryResult& result, bool evidence) {
  const Graph& g = graph.graph();
  Table t;
  t.name = "results";
  t.columns = result.columns;
  if (!query.count) t.columns.push_back("mentions");
  t.rows.reserve(result.rows.size());
  for (const QueryRow& row : result.rows) {
    TableRow r;
    for (const QueryValue& v : row.values) r.cells.push_back(value_cell(g, v));
    if (!query.count) r.cells.push_back(Cell::of_number(static_cast<double>(row_evidence(graph, query, row).mentions)));
    if (evidence) r.sources = row_sources(graph, query, row);
    t.rows.push_back(std::move(r));
  }
  return t;
}

KnowledgeGraph result_subgraph(const KnowledgeGraph& graph, const Query& query, const QueryResult& result) {
  KnowledgeGraph sub(graph.relations());
  for (const QueryRow& row : result.rows) {
    for (const QueryValue& v : row.values)
      if (v.kind == QueryValue::Kind::Entity) copy_vertex(graph, v.vertex, sub);
    for_each_edge(query, row, [&](const Match& m, const EvidenceFilter& filter) { copy_edge(graph, m.edge, filter, sub); });
  }
  return sub;
}

}  // namespace jaring
