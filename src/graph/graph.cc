#include "jaring/graph.h"

#include <algorithm>
#include <numeric>

#include "jaring/model.h"

namespace jaring {

namespace {

// The identity of an evidence record: one sentence of one document.
auto evidence_key(const Evidence& e) { return std::tie(e.doc, e.span.begin, e.span.end); }

bool evidence_less(const Evidence& a, const Evidence& b) { return evidence_key(a) < evidence_key(b); }

}  // namespace

std::size_t EdgeData::asserted() const {
  return static_cast<std::size_t>(
      std::count_if(evidence.begin(), evidence.end(), [](const Evidence& e) { return !e.negated; }));
}

std::set<std::string> EdgeData::documents() const {
  std::set<std::string> docs;
  for (const Evidence& e : evidence) docs.insert(e.doc);
  return docs;
}

double EdgeData::max_confidence() const {
  double m = 0;
  for (const Evidence& e : evidence) m = std::max(m, e.confidence);
  return m;
}

double EdgeData::mean_confidence() const {
  if (evidence.empty()) return 0;
  double sum = 0;
  for (const Evidence& e : evidence) sum += e.confidence;
  return sum / static_cast<double>(evidence.size());
}

std::string EdgeData::first_date() const {
  std::string d;
  for (const Evidence& e : evidence)
    if (!e.date.empty() && (d.empty() || e.date < d)) d = e.date;
  return d;
}

std::string EdgeData::last_date() const {
  std::string d;
  for (const Evidence& e : evidence)
    if (e.date > d) d = e.date;
  return d;
}

std::string vertex_id(const Entity& e) { return e.qid.empty() ? e.id : e.qid; }

KnowledgeGraph::KnowledgeGraph(const RelationSet& relations) : relations_(relations) {}

Vertex KnowledgeGraph::add_vertex(const VertexData& data) {
  const auto it = by_id_.find(data.id);
  if (it == by_id_.end()) {
    const Vertex v = boost::add_vertex(data, g_);
    by_id_.emplace(data.id, v);
    return v;
  }
  VertexData& have = g_[it->second];
  have.aliases.insert(data.aliases.begin(), data.aliases.end());
  // Fill what the first sighting lacked (a graph built from older data may lack codes).
  if (have.qid.empty()) have.qid = data.qid;
  if (have.iso2.empty()) have.iso2 = data.iso2;
  if (have.iso3.empty()) have.iso3 = data.iso3;
  if (have.kind.empty()) have.kind = data.kind;
  return it->second;
}

void KnowledgeGraph::add_evidence(Vertex s, const std::string& relation, Vertex o, const Evidence& e) {
  const Relation* r = relations_.find(relation);
  if (r && r->symmetric && g_[o].id < g_[s].id) std::swap(s, o);
  const auto key = std::make_tuple(s, relation, o);
  auto it = edges_.find(key);
  if (it == edges_.end()) {
    EdgeData data;
    data.relation = relation;
    const Edge edge = boost::add_edge(s, o, std::move(data), g_).first;
    it = edges_.emplace(key, edge).first;
  }
  auto& list = g_[it->second].evidence;
  const auto pos = std::lower_bound(list.begin(), list.end(), e, evidence_less);
  if (pos != list.end() && evidence_key(*pos) == evidence_key(e)) return;  // seen: idempotent
  list.insert(pos, e);
}

void KnowledgeGraph::add(const Triple& t) {
  const auto vertex_of = [](const Entity& e, const std::string& surface, const std::string& lang) {
    VertexData v;
    v.id = vertex_id(e);
    v.name = e.name;
    v.type = e.type;
    v.kind = e.kind;
    v.qid = e.qid;
    v.iso2 = e.iso2;
    v.iso3 = e.iso3;
    if (!surface.empty() && surface != e.name) v.aliases.emplace(surface, lang);
    return v;
  };
  const Vertex s = add_vertex(vertex_of(*t.subject, t.evidence.subject_text, t.evidence.language));
  const Vertex o = add_vertex(vertex_of(*t.object, t.evidence.object_text, t.evidence.language));
  add_evidence(s, t.relation, o, t.evidence);
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
  const Graph& og = other.graph();
  for (const Vertex v : other.sorted_vertices()) add_vertex(og[v]);
  for (const Edge e : other.sorted_edges()) {
    const Vertex s = *find(og[boost::source(e, og)].id);
    const Vertex o = *find(og[boost::target(e, og)].id);
    for (const Evidence& ev : og[e].evidence) add_evidence(s, og[e].relation, o, ev);
  }
}

std::optional<Vertex> KnowledgeGraph::find(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

std::vector<Vertex> KnowledgeGraph::sorted_vertices() const {
  std::vector<Vertex> out;
  out.reserve(by_id_.size());
  for (const auto& [id, v] : by_id_) out.push_back(v);
  return out;
}

std::vector<Edge> KnowledgeGraph::sorted_edges() const {
  std::vector<Edge> out;
  out.reserve(edges_.size());
  for (const auto& [key, e] : edges_) out.push_back(e);
  std::sort(out.begin(), out.end(), [this](const Edge& a, const Edge& b) {
    return std::make_tuple(g_[boost::source(a, g_)].id, g_[a].relation, g_[boost::target(a, g_)].id) <
           std::make_tuple(g_[boost::source(b, g_)].id, g_[b].relation, g_[boost::target(b, g_)].id);
  });
  return out;
}

}  // namespace jaring
