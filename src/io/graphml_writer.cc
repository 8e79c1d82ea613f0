// GraphML export with Boost.Graph's write_graphml, for Gephi, yEd, NetworkX and Neo4j
// APOC. The knowledge graph is first copied into a plain graph of strings and numbers, in
// export order (vertices by id, edges by subject, relation, object), so that the node and
// edge ids (n0, e0, ...) depend only on the content; every attribute is then one entry of
// a dynamic_properties map, and write_graphml declares its key with the GraphML type of
// the member (string, int, double, boolean). Documented in docs/exports.md.
#include <boost/graph/graphml.hpp>

#include <charconv>

#include "exporters.h"
#include "jaring/model.h"
#include "jaring/vocab.h"

namespace jaring {
namespace {

struct GraphmlVertex {
  std::string id, label, name, type, kind, qid, iso2, iso3, aliases;
};

struct GraphmlEdge {
  std::string relation, label, quad_class, documents, first_date, last_date;
  bool symmetric = false;
  int mentions = 0, asserted = 0, document_count = 0;
  double max_confidence = 0, mean_confidence = 0;
};

// Bidirectional for its edge list: edges() then runs in insertion order, the export order.
using GraphmlGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, GraphmlVertex, GraphmlEdge>;

// XML 1.0 allows no control characters but tab and line breaks, whatever the text held.
std::string xml_safe(std::string s) {
  for (char& c : s)
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') c = ' ';
  return s;
}

std::string joined(const std::set<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ";") + item;
  return xml_safe(out);
}

// The three decimals of the other exports, as a number (printed "0.813", not "0.8133").
double three_decimals(double x) {
  const std::string text = vocab::decimal(x);
  double value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

GraphmlVertex vertex_of(const VertexData& d) {
  std::set<std::string> aliases;
  for (const auto& [alias, lang] : d.aliases) aliases.insert(alias);
  return {xml_safe(d.id), xml_safe(d.name), xml_safe(d.name), std::string(to_string(d.type)), xml_safe(d.kind),
          d.qid, d.iso2, d.iso3, joined(aliases)};
}

GraphmlEdge edge_of(const EdgeData& d, const RelationSet& relations) {
  const Relation* r = relations.find(d.relation);
  GraphmlEdge e;
  e.relation = d.relation;
  e.label = r ? r->label : d.relation;
  e.quad_class = r ? r->quad_class : "";
  e.symmetric = r && r->symmetric;
  e.mentions = static_cast<int>(d.mentions());
  e.asserted = static_cast<int>(d.asserted());
  const std::set<std::string> documents = d.documents();
  e.document_count = static_cast<int>(documents.size());
  e.documents = joined(documents);
  e.max_confidence = three_decimals(d.max_confidence());
  e.mean_confidence = three_decimals(d.mean_confidence());
  e.first_date = d.first_date();
  e.last_date = d.last_date();
  return e;
}

GraphmlGraph copy_of(const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  GraphmlGraph out;
  std::vector<std::size_t> index(boost::num_vertices(g));
  for (const Vertex v : kg.sorted_vertices()) index[v] = boost::add_vertex(vertex_of(g[v]), out);
  for (const Edge e : kg.sorted_edges())
    boost::add_edge(index[boost::source(e, g)], index[boost::target(e, g)], edge_of(g[e], kg.relations()), out);
  return out;
}

class GraphmlExporter : public Exporter {
 public:
  std::string_view name() const override { return "graphml"; }
  std::string_view description() const override { return "GraphML (Gephi, yEd, NetworkX, Neo4j APOC)"; }
  void write(const KnowledgeGraph& kg, std::ostream& out) const override {
    GraphmlGraph g = copy_of(kg);
    boost::dynamic_properties dp(boost::ignore_other_properties);
    dp.property("id", boost::get(&GraphmlVertex::id, g));
    dp.property("label", boost::get(&GraphmlVertex::label, g));
    dp.property("name", boost::get(&GraphmlVertex::name, g));
    dp.property("type", boost::get(&GraphmlVertex::type, g));
    dp.property("kind", boost::get(&GraphmlVertex::kind, g));
    dp.property("qid", boost::get(&GraphmlVertex::qid, g));
    dp.property("iso2", boost::get(&GraphmlVertex::iso2, g));
    dp.property("iso3", boost::get(&GraphmlVertex::iso3, g));
    dp.property("aliases", boost::get(&GraphmlVertex::aliases, g));
    dp.property("relation", boost::get(&GraphmlEdge::relation, g));
    dp.property("relation_label", boost::get(&GraphmlEdge::label, g));
    dp.property("quad_class", boost::get(&GraphmlEdge::quad_class, g));
    dp.property("symmetric", boost::get(&GraphmlEdge::symmetric, g));
    dp.property("mentions", boost::get(&GraphmlEdge::mentions, g));
    dp.property("asserted", boost::get(&GraphmlEdge::asserted, g));
    dp.property("document_count", boost::get(&GraphmlEdge::document_count, g));
    dp.property("documents", boost::get(&GraphmlEdge::documents, g));
    dp.property("max_confidence", boost::get(&GraphmlEdge::max_confidence, g));
    dp.property("mean_confidence", boost::get(&GraphmlEdge::mean_confidence, g));
    dp.property("first_date", boost::get(&GraphmlEdge::first_date, g));
    dp.property("last_date", boost::get(&GraphmlEdge::last_date, g));
    boost::write_graphml(out, g, dp, true);
  }
};

}  // namespace

std::unique_ptr<Exporter> make_graphml_exporter() { return std::make_unique<GraphmlExporter>(); }

}  // namespace jaring
