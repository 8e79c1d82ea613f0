#include "jaring/graph.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>

#include "jaring/model.h"
#include "jaring/vocab.h"

namespace jaring {

namespace {

// The identity of an evidence record: one sentence of one document.
auto evidence_key(const Evidence& e) { return std::tie(e.doc, e.span.begin, e.span.end); }

bool evidence_less(const Evidence& a, const Evidence& b) { return evidence_key(a) < evidence_key(b); }

// A confidence at the precision every export writes it (vocab::decimal). The graph keeps
// that value, not the extractor's, so that a graph read back from its JSON-LD computes the
// same mean confidence as the graph that was written, and merging separately built
// graphs gives the bytes of one build.
double exported_confidence(double c) {
  if (std::nearbyint(c * 1000) / 1000 == c) return c;  // three decimals already (read back)
  const std::string text = vocab::decimal(c);
  double value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

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

std::size_t KnowledgeGraph::EdgeKeyHash::operator()(const EdgeKey& k) const {
  std::size_t h = k.subject * 0x9E3779B97F4A7C15ull;
  h ^= (k.object + 0x632BE59BD9B4E019ull + (h << 6) + (h >> 2)) * 0xBF58476D1CE4E5B9ull;
  return h ^ (k.relation + (h >> 31));
}

Edge KnowledgeGraph::edge_for(Vertex s, const std::string& relation, Vertex o, bool& added) {
  auto info = relation_info_.find(relation);
  if (info == relation_info_.end()) {
    const Relation* r = relations_.find(relation);
    info = relation_info_.emplace(relation, RelationInfo{relation_info_.size(), r && r->symmetric}).first;
  }
  if (info->second.symmetric && g_[o].id < g_[s].id) std::swap(s, o);
  auto [it, inserted] = edges_.try_emplace(EdgeKey{s, info->second.number, o});
  added = inserted;
  if (inserted) {
    EdgeData data;
    data.relation = relation;
    it->second = boost::add_edge(s, o, std::move(data), g_).first;
  }
  return it->second;
}

template <class E>
void KnowledgeGraph::insert_evidence(Vertex s, const std::string& relation, Vertex o, E&& e) {
  bool added = false;
  auto& list = g_[edge_for(s, relation, o, added)].evidence;
  const auto pos = std::lower_bound(list.begin(), list.end(), e, evidence_less);
  if (pos != list.end() && evidence_key(*pos) == evidence_key(e)) return;  // seen: idempotent
  const double confidence = exported_confidence(e.confidence);
  list.insert(pos, std::forward<E>(e))->confidence = confidence;
}

void KnowledgeGraph::add_evidence(Vertex s, const std::string& relation, Vertex o, std::vector<Evidence>&& evidence) {
  bool added = false;
  const Edge edge = edge_for(s, relation, o, added);
  const auto out_of_order = [](const Evidence& a, const Evidence& b) { return !evidence_less(a, b); };
  if (added && std::adjacent_find(evidence.begin(), evidence.end(), out_of_order) == evidence.end()) {
    for (Evidence& e : evidence) e.confidence = exported_confidence(e.confidence);
    g_[edge].evidence = std::move(evidence);
    return;
  }
  // An edge seen before (or evidence out of order): record by record, as add_evidence.
  for (Evidence& e : evidence) insert_evidence(s, relation, o, std::move(e));
}

void KnowledgeGraph::add_evidence(Vertex s, const std::string& relation, Vertex o, const Evidence& e) {
  insert_evidence(s, relation, o, e);
}

void KnowledgeGraph::add_evidence(Vertex s, const std::string& relation, Vertex o, Evidence&& e) {
  insert_evidence(s, relation, o, std::move(e));
}

Vertex KnowledgeGraph::entity_vertex(const Entity& e, const std::string& surface, const std::string& lang) {
  const bool alias = !surface.empty() && surface != e.name;
  if (const auto it = by_id_.find(vertex_id(e)); it != by_id_.end()) {
    // What add_vertex() merges into a vertex it has: the name seen, and what it lacked.
    VertexData& have = g_[it->second];
    if (alias) have.aliases.emplace(surface, lang);
    if (have.qid.empty()) have.qid = e.qid;
    if (have.iso2.empty()) have.iso2 = e.iso2;
    if (have.iso3.empty()) have.iso3 = e.iso3;
    if (have.kind.empty()) have.kind = e.kind;
    return it->second;
  }
  VertexData v;
  v.id = vertex_id(e);
  v.name = e.name;
  v.type = e.type;
  v.kind = e.kind;
  v.qid = e.qid;
  v.iso2 = e.iso2;
  v.iso3 = e.iso3;
  if (alias) v.aliases.emplace(surface, lang);
  return add_vertex(v);
}

void KnowledgeGraph::add(const Triple& t) {
  const Vertex s = entity_vertex(*t.subject, t.evidence.subject_text, t.evidence.language);
  const Vertex o = entity_vertex(*t.object, t.evidence.object_text, t.evidence.language);
  add_evidence(s, t.relation, o, t.evidence);
}

void KnowledgeGraph::add(Triple&& t) {
  const Vertex s = entity_vertex(*t.subject, t.evidence.subject_text, t.evidence.language);
  const Vertex o = entity_vertex(*t.object, t.evidence.object_text, t.evidence.language);
  add_evidence(s, t.relation, o, std::move(t.evidence));
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
  // Vertices compared by their rank in id order: the order of ids, without comparing
  // (or copying) the id strings of a million edges.
  std::vector<std::size_t> rank(boost::num_vertices(g_));
  std::size_t next = 0;
  for (const auto& [id, v] : by_id_) rank[v] = next++;
  std::vector<Edge> out;
  out.reserve(edges_.size());
  for (const auto& [key, e] : edges_) out.push_back(e);
  std::sort(out.begin(), out.end(), [this, &rank](const Edge& a, const Edge& b) {
    return std::tie(rank[boost::source(a, g_)], g_[a].relation, rank[boost::target(a, g_)]) <
           std::tie(rank[boost::source(b, g_)], g_[b].relation, rank[boost::target(b, g_)]);
  });
  return out;
}

}  // namespace jaring
