// JSON-LD export, written with RapidJSON. One node per entity (schema.org type,
// owl:sameAs its Wikidata IRI, names and aliases with their language), each asserted
// relation as a direct property of its subject (so `?x jaring:supports ?y` works), and
// one rdf:Statement node per relation carrying its evidence. Negated relations appear
// only as statements. IRIs are minted in vocab.h; nothing is a blank node, so the
// N-Quads of this document are stable.
#include <rapidjson/prettywriter.h>

#include <cstring>
#include <memory>

#include "exporters.h"
#include "json_bytes.h"
#include "jaring/model.h"
#include "jaring/vocab.h"

namespace jaring {
namespace {

// RapidJSON's OStreamWrapper calls std::ostream::put for every character, which was most
// of `jaring build`'s time on a large graph; this one collects 64 KiB before each write.
class BufferedOStream {
 public:
  using Ch = char;
  explicit BufferedOStream(std::ostream& out) : out_(out), buffer_(new char[kSize]) {}
  ~BufferedOStream() { Flush(); }
  BufferedOStream(const BufferedOStream&) = delete;
  BufferedOStream& operator=(const BufferedOStream&) = delete;
  void Put(char c) {
    buffer_[used_++] = c;
    if (used_ == kSize) Flush();
  }
  // n bytes at once (RapidJSON puts a character at a time).
  void Write(const char* p, std::size_t n) {
    if (n > kSize - used_) {
      Flush();
      if (n >= kSize) {
        out_.write(p, static_cast<std::streamsize>(n));
        return;
      }
    }
    std::memcpy(buffer_.get() + used_, p, n);
    used_ += n;
    if (used_ == kSize) Flush();  // Put() writes before it checks
  }
  void Flush() {
    out_.write(buffer_.get(), static_cast<std::streamsize>(used_));
    used_ = 0;
  }

 private:
  static constexpr std::size_t kSize = 1 << 16;
  std::ostream& out_;
  std::unique_ptr<char[]> buffer_;
  std::size_t used_ = 0;
};

// RapidJSON's pretty writer, with the strings written here: it escapes and puts them a
// character at a time, which was most of writing a graph's evidence (its sentences).
class Writer : public rapidjson::PrettyWriter<BufferedOStream> {
 public:
  using PrettyWriter::PrettyWriter;

  // A string, key or value: RapidJSON places it (the comma, colon, line break and
  // indentation before it) and counts it as a raw value of no bytes, then its bytes go
  // to the stream, escaped as RapidJSON escapes them (json_bytes::write_string).
  void Str(std::string_view s) {
    RawValue("", 0, rapidjson::kStringType);
    json_bytes::write_string(s, [this](const char* p, std::size_t n) { os_->Write(p, n); });
  }
};

void str(Writer& w, std::string_view s) { w.Str(s); }

void kv(Writer& w, std::string_view key, std::string_view value) {
  str(w, key);
  str(w, value);
}

void typed(Writer& w, std::string_view key, std::string_view value, std::string_view type) {
  str(w, key);
  w.StartObject();
  kv(w, "@value", value);
  kv(w, "@type", type);
  w.EndObject();
}

void context(Writer& w, const RelationSet& relations) {
  str(w, "@context");
  w.StartObject();
  kv(w, "schema", vocab::kSchema);
  kv(w, "owl", vocab::kOwl);
  kv(w, "rdf", vocab::kRdf);
  kv(w, "xsd", vocab::kXsd);
  kv(w, "wd", vocab::kWikidata);
  kv(w, "jaring", vocab::kJaring);
  kv(w, "ent", vocab::kEntity);
  kv(w, "stmt", vocab::kStatement);
  kv(w, "name", "schema:name");
  kv(w, "alternateName", "schema:alternateName");
  const auto id_term = [&w](std::string_view term, std::string_view iri) {
    str(w, term);
    w.StartObject();
    kv(w, "@id", iri);
    kv(w, "@type", "@id");
    w.EndObject();
  };
  id_term("sameAs", "owl:sameAs");
  id_term("subject", "rdf:subject");
  id_term("predicate", "rdf:predicate");
  id_term("object", "rdf:object");
  for (const Relation& r : relations.all()) id_term(r.id, "jaring:" + r.id);
  w.EndObject();
}

void entity(Writer& w, const KnowledgeGraph& kg, Vertex v) {
  const Graph& g = kg.graph();
  const VertexData& d = g[v];
  w.StartObject();
  kv(w, "@id", "ent:" + vocab::entity_local(d.id));
  kv(w, "@type", "schema:" + std::string(vocab::schema_type(d.type)));
  kv(w, "name", d.name);
  if (!d.qid.empty()) kv(w, "sameAs", "wd:" + d.qid);
  if (!d.kind.empty()) kv(w, "jaring:kind", d.kind);
  if (!d.iso2.empty()) kv(w, "jaring:iso3166Alpha2", d.iso2);
  if (!d.iso3.empty()) kv(w, "jaring:iso3166Alpha3", d.iso3);
  if (!d.aliases.empty()) {
    str(w, "alternateName");
    w.StartArray();
    for (const auto& [alias, lang] : d.aliases) {
      if (lang.empty()) {
        str(w, alias);
        continue;
      }
      w.StartObject();
      kv(w, "@value", alias);
      kv(w, "@language", lang);
      w.EndObject();
    }
    w.EndArray();
  }
  // Direct triples: asserted relations only, grouped by relation, objects in id order.
  std::map<std::string, std::set<std::string>> direct;
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
    if (g[*it].asserted() > 0) direct[g[*it].relation].insert(g[boost::target(*it, g)].id);
  for (const auto& [relation, objects] : direct) {
    str(w, relation);
    w.StartArray();
    for (const std::string& o : objects) str(w, "ent:" + vocab::entity_local(o));
    w.EndArray();
  }
  w.EndObject();
}

void evidence(Writer& w, const std::string& stmt, const Evidence& e) {
  w.StartObject();
  kv(w, "@id", "stmt:" + vocab::evidence_local(stmt, e));
  kv(w, "@type", "jaring:Evidence");
  kv(w, "jaring:document", e.doc);
  str(w, "jaring:sentence");
  w.Uint64(e.sentence);
  str(w, "jaring:spanStart");
  w.Uint64(e.span.begin);
  str(w, "jaring:spanEnd");
  w.Uint64(e.span.end);
  kv(w, "jaring:text", e.text);
  if (!e.trigger.empty()) kv(w, "jaring:trigger", e.trigger);
  if (!e.subject_text.empty()) kv(w, "jaring:subjectText", e.subject_text);
  if (!e.object_text.empty()) kv(w, "jaring:objectText", e.object_text);
  if (!e.language.empty()) kv(w, "jaring:language", e.language);
  if (!e.date.empty()) typed(w, "jaring:date", e.date, "xsd:date");
  typed(w, "jaring:confidence", vocab::decimal(e.confidence), "xsd:decimal");
  str(w, "jaring:negated");
  w.Bool(e.negated);
  kv(w, "jaring:modality", to_string(e.modality));
  if (!e.attributed_to.empty()) kv(w, "jaring:attributedTo", e.attributed_to);
  w.EndObject();
}

void statement(Writer& w, const KnowledgeGraph& kg, Edge e) {
  const Graph& g = kg.graph();
  const EdgeData& d = g[e];
  const std::string& s = g[boost::source(e, g)].id;
  const std::string& o = g[boost::target(e, g)].id;
  const std::string local = vocab::statement_local(s, d.relation, o);
  w.StartObject();
  kv(w, "@id", "stmt:" + local);
  kv(w, "@type", "rdf:Statement");
  kv(w, "subject", "ent:" + vocab::entity_local(s));
  kv(w, "predicate", "jaring:" + d.relation);
  kv(w, "object", "ent:" + vocab::entity_local(o));
  str(w, "jaring:mentionCount");
  w.Uint64(d.mentions());
  str(w, "jaring:assertedCount");
  w.Uint64(d.asserted());
  str(w, "jaring:documentCount");
  w.Uint64(d.documents().size());
  typed(w, "jaring:maxConfidence", vocab::decimal(d.max_confidence()), "xsd:decimal");
  typed(w, "jaring:meanConfidence", vocab::decimal(d.mean_confidence()), "xsd:decimal");
  if (const std::string first = d.first_date(); !first.empty()) typed(w, "jaring:firstDate", first, "xsd:date");
  if (const std::string last = d.last_date(); !last.empty()) typed(w, "jaring:lastDate", last, "xsd:date");
  str(w, "jaring:evidence");
  w.StartArray();
  for (const Evidence& ev : d.evidence) evidence(w, local, ev);
  w.EndArray();
  w.EndObject();
}

class JsonLdExporter : public Exporter {
 public:
  std::string_view name() const override { return "jsonld"; }
  std::string_view description() const override { return "JSON-LD with schema.org and jaring terms"; }
  void write(const KnowledgeGraph& kg, std::ostream& out) const override {
    BufferedOStream os(out);
    Writer w(os);
    w.SetIndent(' ', 1);
    w.StartObject();
    context(w, kg.relations());
    str(w, "@graph");
    w.StartArray();
    for (const Vertex v : kg.sorted_vertices()) entity(w, kg, v);
    for (const Edge e : kg.sorted_edges()) statement(w, kg, e);
    w.EndArray();
    w.EndObject();
    os.Flush();
    out << '\n';
  }
};

}  // namespace

std::unique_ptr<Exporter> make_jsonld_exporter() { return std::make_unique<JsonLdExporter>(); }

}  // namespace jaring
