// N-Quads export: the RDF triples of the JSON-LD export, written directly from the graph
// (the consumer tests check that a JSON-LD processor turns our JSON-LD into exactly
// these lines). Lines are sorted, so the file is stable.
#include <algorithm>

#include "exporters.h"
#include "jaring/vocab.h"

namespace jaring {
namespace {

std::string iri(std::string_view base, std::string_view local) {
  return "<" + std::string(base) + std::string(local) + ">";
}

// Escapes as N-Quads serializers do: quote, backslash, newline, carriage return.
std::string literal(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

std::string typed(std::string_view value, std::string_view xsd_type) {
  return literal(value) + "^^" + iri(vocab::kXsd, xsd_type);
}

class Lines {
 public:
  void add(const std::string& s, const std::string& p, const std::string& o) {
    lines_.push_back(s + " " + p + " " + o + " .\n");
  }
  void write(std::ostream& out) {
    std::sort(lines_.begin(), lines_.end());
    lines_.erase(std::unique(lines_.begin(), lines_.end()), lines_.end());
    for (const std::string& l : lines_) out << l;
  }

 private:
  std::vector<std::string> lines_;
};

const std::string kType = iri(vocab::kRdf, "type");

std::string j(std::string_view term) { return iri(vocab::kJaring, term); }

void entity(Lines& out, const KnowledgeGraph& kg, Vertex v) {
  const Graph& g = kg.graph();
  const VertexData& d = g[v];
  const std::string s = iri(vocab::kEntity, vocab::entity_local(d.id));
  out.add(s, kType, iri(vocab::kSchema, vocab::schema_type(d.type)));
  out.add(s, iri(vocab::kSchema, "name"), literal(d.name));
  if (!d.qid.empty()) out.add(s, iri(vocab::kOwl, "sameAs"), iri(vocab::kWikidata, d.qid));
  if (!d.kind.empty()) out.add(s, j("kind"), literal(d.kind));
  if (!d.iso2.empty()) out.add(s, j("iso3166Alpha2"), literal(d.iso2));
  if (!d.iso3.empty()) out.add(s, j("iso3166Alpha3"), literal(d.iso3));
  for (const auto& [alias, lang] : d.aliases)
    out.add(s, iri(vocab::kSchema, "alternateName"), lang.empty() ? literal(alias) : literal(alias) + "@" + lang);
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
    if (g[*it].asserted() > 0)
      out.add(s, j(g[*it].relation), iri(vocab::kEntity, vocab::entity_local(g[boost::target(*it, g)].id)));
}

void evidence(Lines& out, const std::string& stmt_local, const std::string& stmt, const Evidence& e) {
  const std::string s = iri(vocab::kStatement, vocab::evidence_local(stmt_local, e));
  out.add(stmt, j("evidence"), s);
  out.add(s, kType, j("Evidence"));
  out.add(s, j("document"), literal(e.doc));
  out.add(s, j("sentence"), typed(std::to_string(e.sentence), "integer"));
  out.add(s, j("spanStart"), typed(std::to_string(e.span.begin), "integer"));
  out.add(s, j("spanEnd"), typed(std::to_string(e.span.end), "integer"));
  out.add(s, j("text"), literal(e.text));
  if (!e.trigger.empty()) out.add(s, j("trigger"), literal(e.trigger));
  if (!e.subject_text.empty()) out.add(s, j("subjectText"), literal(e.subject_text));
  if (!e.object_text.empty()) out.add(s, j("objectText"), literal(e.object_text));
  if (!e.language.empty()) out.add(s, j("language"), literal(e.language));
  if (!e.date.empty()) out.add(s, j("date"), typed(e.date, "date"));
  out.add(s, j("confidence"), typed(vocab::decimal(e.confidence), "decimal"));
  out.add(s, j("negated"), typed(e.negated ? "true" : "false", "boolean"));
  out.add(s, j("modality"), literal(to_string(e.modality)));
  if (!e.attributed_to.empty()) out.add(s, j("attributedTo"), literal(e.attributed_to));
}

void statement(Lines& out, const KnowledgeGraph& kg, Edge e) {
  const Graph& g = kg.graph();
  const EdgeData& d = g[e];
  const std::string& so = g[boost::source(e, g)].id;
  const std::string& ob = g[boost::target(e, g)].id;
  const std::string local = vocab::statement_local(so, d.relation, ob);
  const std::string s = iri(vocab::kStatement, local);
  out.add(s, kType, iri(vocab::kRdf, "Statement"));
  out.add(s, iri(vocab::kRdf, "subject"), iri(vocab::kEntity, vocab::entity_local(so)));
  out.add(s, iri(vocab::kRdf, "predicate"), j(d.relation));
  out.add(s, iri(vocab::kRdf, "object"), iri(vocab::kEntity, vocab::entity_local(ob)));
  out.add(s, j("mentionCount"), typed(std::to_string(d.mentions()), "integer"));
  out.add(s, j("assertedCount"), typed(std::to_string(d.asserted()), "integer"));
  out.add(s, j("documentCount"), typed(std::to_string(d.documents().size()), "integer"));
  out.add(s, j("maxConfidence"), typed(vocab::decimal(d.max_confidence()), "decimal"));
  out.add(s, j("meanConfidence"), typed(vocab::decimal(d.mean_confidence()), "decimal"));
  if (const std::string first = d.first_date(); !first.empty()) out.add(s, j("firstDate"), typed(first, "date"));
  if (const std::string last = d.last_date(); !last.empty()) out.add(s, j("lastDate"), typed(last, "date"));
  for (const Evidence& ev : d.evidence) evidence(out, local, s, ev);
}

class NQuadsExporter : public Exporter {
 public:
  std::string_view name() const override { return "nquads"; }
  std::string_view description() const override { return "N-Quads: the RDF of the JSON-LD export"; }
  void write(const KnowledgeGraph& kg, std::ostream& out) const override {
    Lines lines;
    for (const Vertex v : kg.sorted_vertices()) entity(lines, kg, v);
    for (const Edge e : kg.sorted_edges()) statement(lines, kg, e);
    lines.write(out);
  }
};

}  // namespace

std::unique_ptr<Exporter> make_nquads_exporter() { return std::make_unique<NQuadsExporter>(); }

}  // namespace jaring
