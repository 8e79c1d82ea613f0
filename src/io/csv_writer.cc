// CSV export in the header format of `neo4j-admin database import`: a node file
// (`id:ID`, `:LABEL`, properties) and a relationship file (`:START_ID`, `:END_ID`,
// `:TYPE`, properties), typed where the value is not a string (`mentions:int`,
// `first_date:date`, ...). Lists use ';', neo4j-admin's array delimiter. Non-empty
// strings are always quoted (quotes doubled, RFC 4180), and empty values are left empty,
// which neo4j-admin reads as "no property". Documented in docs/exports.md.
#include <set>

#include "exporters.h"
#include "jaring/error.h"
#include "jaring/model.h"
#include "jaring/vocab.h"

namespace jaring {
namespace fs = std::filesystem;

namespace {

std::string csv_string(std::string_view s) {
  if (s.empty()) return "";
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string joined(const std::set<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ";") + item;
  return out;
}

// Neo4j's convention for relationship types: SUPPORTS, OFFICIAL_OF.
std::string relationship_type(std::string relation) {
  for (char& c : relation)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return relation;
}

void write_nodes(const KnowledgeGraph& kg, std::ostream& out) {
  out << "id:ID,:LABEL,name,type,kind,qid,iso2,iso3,aliases:string[]\n";
  const Graph& g = kg.graph();
  for (const Vertex v : kg.sorted_vertices()) {
    const VertexData& d = g[v];
    std::set<std::string> aliases;
    for (const auto& [alias, lang] : d.aliases) aliases.insert(alias);
    const std::string type(to_string(d.type));
    out << csv_string(d.id) << ',' << csv_string("Entity;" + type) << ',' << csv_string(d.name) << ',' << csv_string(type) << ','
        << csv_string(d.kind) << ',' << csv_string(d.qid) << ',' << csv_string(d.iso2) << ',' << csv_string(d.iso3) << ','
        << csv_string(joined(aliases)) << '\n';
  }
}

void write_relationships(const KnowledgeGraph& kg, std::ostream& out) {
  out << ":START_ID,:END_ID,:TYPE,relation,label,quad_class,symmetric:boolean,mentions:int,asserted:int,"
         "document_count:int,documents:string[],max_confidence:double,mean_confidence:double,"
         "first_date:date,last_date:date\n";
  const Graph& g = kg.graph();
  for (const Edge e : kg.sorted_edges()) {
    const EdgeData& d = g[e];
    const Relation* r = kg.relations().find(d.relation);
    const std::set<std::string> documents = d.documents();
    out << csv_string(g[boost::source(e, g)].id) << ',' << csv_string(g[boost::target(e, g)].id) << ','
        << csv_string(relationship_type(d.relation)) << ',' << csv_string(d.relation) << ','
        << csv_string(r ? r->label : d.relation) << ',' << csv_string(r ? r->quad_class : "") << ','
        << (r && r->symmetric ? "true" : "false") << ',' << d.mentions() << ',' << d.asserted() << ','
        << documents.size() << ',' << csv_string(joined(documents)) << ',' << vocab::decimal(d.max_confidence()) << ','
        << vocab::decimal(d.mean_confidence()) << ',' << d.first_date() << ',' << d.last_date() << '\n';
  }
}

class CsvExporter : public Exporter {
 public:
  std::string_view name() const override { return "csv"; }
  std::string_view description() const override {
    return "CSV node and relationship files for neo4j-admin import (-o DIR/ or PREFIX)";
  }
  void write(const KnowledgeGraph&, std::ostream&) const override {
    throw UsageError("csv writes two files (nodes, relationships): give -o a directory or a file prefix");
  }
  void write_to(const KnowledgeGraph& kg, const fs::path& path) const override {
    const auto [nodes, relationships] = csv_paths(path);
    if (path.string().ends_with('/')) {  // -o import/ names a directory to make
      std::error_code ec;
      fs::create_directories(path, ec);
    }
    write_atomically(nodes, [&](std::ostream& out) { write_nodes(kg, out); });
    write_atomically(relationships, [&](std::ostream& out) { write_relationships(kg, out); });
  }
};

}  // namespace

std::pair<fs::path, fs::path> csv_paths(const fs::path& path) {
  if (path == "-") throw UsageError("csv writes two files (nodes, relationships): give -o a directory or a file prefix");
  std::error_code ec;
  const std::string s = path.string();
  if (s.ends_with('/') || fs::is_directory(path, ec)) return {path / "nodes.csv", path / "relationships.csv"};
  const std::string prefix = path.extension() == ".csv" ? s.substr(0, s.size() - 4) : s;
  return {prefix + ".nodes.csv", prefix + ".relationships.csv"};
}

std::unique_ptr<Exporter> make_csv_exporter() { return std::make_unique<CsvExporter>(); }

}  // namespace jaring
