#include <doctest/doctest.h>
#include <graphviz/cgraph.h>
#include <rapidjson/document.h>

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
