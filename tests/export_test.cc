#include <doctest/doctest.h>
#include <graphviz/cgraph.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "jaring/error.h"
#include "jaring/exporter.h"
#include "jaring/graph.h"
#include "test_util.h"

using namespace jaring;
namespace fs = std::filesystem;

namespace {

KnowledgeGraph sample_graph() {
  KnowledgeGraph g(test::model().relations);
  const auto add = [&g](const std::string& text) {
    for (const Triple& t : test::extract(text)) g.add(t);
  };
  add("Korea Utara mendukung Rusia. Rusia menyerang Ukraina.");
  add("Korea Utara tidak menginvasi Jepang.");
  return g;
}

std::string render(const KnowledgeGraph& g, std::string_view format) {
  std::ostringstream out;
  make_exporter(format)->write(g, out);
  return out.str();
}

const rapidjson::Value* node(const rapidjson::Document& doc, const std::string& id) {
  for (const auto& n : doc["@graph"].GetArray())
    if (n["@id"].GetString() == id) return &n;
  return nullptr;
}

}  // namespace

TEST_CASE("JSON-LD: typed entities with Wikidata sameAs, direct triples and statements") {
  const KnowledgeGraph g = sample_graph();
  rapidjson::Document doc;
  doc.Parse(render(g, "jsonld").c_str());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.HasMember("@context"));
  CHECK(std::string(doc["@context"]["supports"]["@id"].GetString()) == "jaring:supports");

  const rapidjson::Value* nk = node(doc, "ent:Q423");
  REQUIRE(nk);
  CHECK(std::string((*nk)["@type"].GetString()) == "schema:Country");
  CHECK(std::string((*nk)["sameAs"].GetString()) == "wd:Q423");
  CHECK(std::string((*nk)["name"].GetString()) == "North Korea");
  REQUIRE(nk->HasMember("supports"));
  CHECK(std::string((*nk)["supports"][0].GetString()) == "ent:Q159");
  // The negated invasion is a statement only, never a direct triple.
  CHECK_FALSE(nk->HasMember("invades"));
  const rapidjson::Value* st = node(doc, "stmt:Q423/invades/Q17");
  REQUIRE(st);
  const auto& ev = (*st)["jaring:evidence"][0];
  CHECK(ev["jaring:negated"].GetBool());
  CHECK(std::string(ev["jaring:confidence"]["@type"].GetString()) == "xsd:decimal");
  CHECK(std::string(ev["jaring:text"].GetString()) == "Korea Utara tidak menginvasi Jepang.");
}

TEST_CASE("exports are byte-identical for the same input") {
  for (const char* f : {"jsonld", "nquads", "dot"}) CHECK(render(sample_graph(), f) == render(sample_graph(), f));
}

TEST_CASE("DOT from libcgraph reads back with every entity and relation") {
  const KnowledgeGraph g = sample_graph();
  const std::string dot = render(g, "dot");
  Agraph_t* back = agmemread(dot.c_str());
  REQUIRE(back != nullptr);
  // The legend adds its own nodes inside a cluster; the graph's are all there.
  for (Vertex v : g.sorted_vertices())
    CHECK(agnode(back, const_cast<char*>(g.graph()[v].id.c_str()), 0) != nullptr);
  Agnode_t* nk = agnode(back, const_cast<char*>("Q423"), 0);
  REQUIRE(nk);
  CHECK(std::string(agget(nk, const_cast<char*>("label"))) == "North Korea");
  agclose(back);
}

TEST_CASE("SVG renders through libgvc without plugin configuration") {
  const std::string svg = render(sample_graph(), "svg");
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("North Korea") != std::string::npos);
}

TEST_CASE("unknown export formats name the known ones") {
  CHECK_THROWS_AS(make_exporter("xml"), UsageError);
  CHECK(exporter_for_path("g.jsonld")->name() == "jsonld");
  CHECK(exporter_for_path("g.dot")->name() == "dot");
  CHECK(exporter_for_path("g.unknown") == nullptr);
}

TEST_CASE("atomic writes: a failed write leaves the old file whole") {
  const fs::path p = fs::temp_directory_path() / "jaring_export_test_atomic.txt";
  write_atomically(p, [](std::ostream& out) { out << "old content\n"; });
  CHECK_THROWS(write_atomically(p, [](std::ostream& out) {
    out << "half";
    throw OutputError("simulated failure");
  }));
  std::ifstream in(p);
  std::string line;
  std::getline(in, line);
  CHECK(line == "old content");
  for (const auto& e : fs::directory_iterator(p.parent_path()))
    CHECK(e.path().filename().string().find("jaring_export_test_atomic.txt.tmp") == std::string::npos);
  CHECK_THROWS_AS(write_atomically(fs::temp_directory_path() / "no-such-dir" / "x.txt", [](std::ostream&) {}), OutputError);
}

TEST_CASE("diagrams: SVG, PNG and PDF with every layout, by their magic bytes") {
  const KnowledgeGraph g = sample_graph();
  for (const std::string& layout : layout_names()) {
    CAPTURE(layout);
    std::ostringstream svg, png, pdf;
    make_diagram_exporter("svg", layout)->write(g, svg);
    make_diagram_exporter("png", layout)->write(g, png);
    make_diagram_exporter("pdf", layout)->write(g, pdf);
    CHECK(svg.str().find("<svg") != std::string::npos);
    CHECK(png.str().starts_with("\x89PNG\r\n\x1a\n"));
    CHECK(pdf.str().starts_with("%PDF-"));
  }
  CHECK_THROWS_AS(make_diagram_exporter("svg", "circo"), UsageError);
  CHECK_THROWS_AS(make_diagram_exporter("gif", "dot"), UsageError);
}

TEST_CASE("GraphML: typed keys for every attribute, nodes by id, edges by (subject, relation, object)") {
  const KnowledgeGraph g = sample_graph();
  const std::string xml = render(g, "graphml");
  CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml"));
  for (const char* key : {R"(for="node" attr.name="id" attr.type="string")", R"(for="node" attr.name="qid" attr.type="string")",
                          R"(for="node" attr.name="aliases" attr.type="string")", R"(for="edge" attr.name="relation" attr.type="string")",
                          R"(for="edge" attr.name="mentions" attr.type="int")", R"(for="edge" attr.name="symmetric" attr.type="boolean")",
                          R"(for="edge" attr.name="mean_confidence" attr.type="double")"})
    CHECK(xml.find(key) != std::string::npos);
  CHECK(xml.find("<node id=\"n" + std::to_string(g.vertex_count() - 1) + "\">") != std::string::npos);
  CHECK(xml.find("<edge id=\"e" + std::to_string(g.edge_count() - 1) + "\"") != std::string::npos);
  CHECK(xml.find(">North Korea</data>") != std::string::npos);
  CHECK(xml.find(">Korea Utara</data>") != std::string::npos);  // the alias seen in the text
  CHECK(render(sample_graph(), "graphml") == xml);
}

TEST_CASE("CSV: neo4j-admin headers, quoted strings, two files beside each other") {
  const KnowledgeGraph g = sample_graph();
  const fs::path dir = fs::temp_directory_path() / "jaring_export_test_csv";
  fs::remove_all(dir);
  fs::create_directory(dir);
  make_exporter("csv")->write_to(g, dir);
  const auto slurp = [](const fs::path& p) {
    std::ifstream in(p);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  };
  const std::string nodes = slurp(dir / "nodes.csv"), relationships = slurp(dir / "relationships.csv");
  CHECK(nodes.starts_with("id:ID,:LABEL,name,type,kind,qid,iso2,iso3,aliases:string[]\n"));
  CHECK(nodes.find("\"Q423\",\"Entity;Country\",\"North Korea\",\"Country\",") != std::string::npos);
  CHECK(relationships.starts_with(":START_ID,:END_ID,:TYPE,relation,"));
  CHECK(relationships.find("mentions:int") != std::string::npos);
  CHECK(relationships.find("\"Q423\",\"Q159\",\"SUPPORTS\",\"supports\",") != std::string::npos);
  const std::size_t rows = static_cast<std::size_t>(std::count(relationships.begin(), relationships.end(), '\n'));
  CHECK(rows == g.edge_count() + 1);
  CHECK(csv_paths(dir / "g") == std::pair<fs::path, fs::path>(dir / "g.nodes.csv", dir / "g.relationships.csv"));
  CHECK(csv_paths(dir / "g.csv") == std::pair<fs::path, fs::path>(dir / "g.nodes.csv", dir / "g.relationships.csv"));
  CHECK(csv_paths("out/") == std::pair<fs::path, fs::path>("out/nodes.csv", "out/relationships.csv"));
  CHECK_THROWS_AS(make_exporter("csv")->write_to(g, "-"), UsageError);
  fs::remove_all(dir);
}

TEST_CASE("JSON-LD: strings of every length and escape read back as written") {
  // The writer copies strings into its 64 KiB buffer in runs: texts of many lengths put
  // their ends at every offset of it, and one is longer than the buffer.
  const Lexicon& lex = test::model().lexicon;
  const EntityRef nk = lex.find("north_korea"), ru = lex.find("russia");
  REQUIRE(nk);
  REQUIRE(ru);
  KnowledgeGraph g(test::model().relations);
  std::vector<std::string> texts;
  for (std::size_t n = 1; n < 1200; n += 7) {
    std::string text(n, 'a');
    for (std::size_t k = 0; k < n; k += 13) text[k] = "\"\\\t\n\x01/ \xC3\xA9"[k % 9];  // escapes, UTF-8
    texts.push_back(text);
  }
  texts.push_back(std::string(70000, 'x') + "\"end\"");
  for (std::size_t i = 0; i < texts.size(); ++i) {
    Triple t;
    t.subject = nk;
    t.relation = "supports";
    t.object = ru;
    t.evidence.doc = "doc" + std::to_string(i);
    t.evidence.sentence = i;
    t.evidence.text = texts[i];
    t.evidence.confidence = 0.9;
    g.add(t);
  }
  rapidjson::Document doc;
  const std::string out = render(g, "jsonld");
  doc.Parse(out.c_str(), out.size());
  REQUIRE_FALSE(doc.HasParseError());
  const rapidjson::Value* st = node(doc, "stmt:Q423/supports/Q159");
  REQUIRE(st);
  std::vector<std::string> read;
  for (const auto& ev : (*st)["jaring:evidence"].GetArray())
    read.emplace_back(ev["jaring:text"].GetString(), ev["jaring:text"].GetStringLength());
  std::sort(read.begin(), read.end());
  std::sort(texts.begin(), texts.end());
  CHECK(read == texts);
  CHECK(out.find("\\u0001") != std::string::npos);  // a control character as RapidJSON writes it
}
