#include <doctest/doctest.h>

#include "jaring/error.h"
#include "jaring/lookup.h"
#include "jaring/model.h"

using namespace jaring;

namespace {

// Only the relation vocabulary: these tests need no lexicon or frames.
const RelationSet& relations() {
  static const RelationSet r = RelationSet::load(JARING_TEST_DATA_DIR "/relations.tsv");
  return r;
}

VertexData vertex(const std::string& id, const std::string& name, EntityType type, const std::string& qid,
                  std::set<std::pair<std::string, std::string>> aliases = {}) {
  VertexData v;
  v.id = id;
  v.name = name;
  v.type = type;
  v.qid = qid;
  v.aliases = std::move(aliases);
  return v;
}

KnowledgeGraph names_graph() {
  KnowledgeGraph g(relations());
  g.add_vertex(vertex("Q423", "North Korea", EntityType::Country, "Q423", {{"Korea Utara", "id"}, {"DPRK", "en"}, {"Pyongyang", "id"}}));
  g.add_vertex(vertex("Q884", "South Korea", EntityType::Country, "Q884", {{"Korea Selatan", "id"}}));
  g.add_vertex(vertex("Q18808", "Pyongyang", EntityType::Place, "Q18808"));
  g.add_vertex(vertex("Q56226", "Kim Jong Un", EntityType::Person, "Q56226", {{"Kim Jong-un", "en"}}));
  g.add_vertex(vertex("Q212", "Ukraine", EntityType::Country, "Q212", {{"Ukraina", "id"}}));
  g.add_vertex(vertex("Q30", "United States", EntityType::Country, "Q30", {{"U.S.", "en"}, {"AS", "id"}}));
  g.add_vertex(vertex("Q3874799", "Volodymyr Zelenskyy", EntityType::Person, "Q3874799", {{"Zelensky", "en"}}));
  // Two entities the texts both called "Kim".
  g.add_vertex(vertex("kim_yo_jong", "Kim Yo Jong", EntityType::Person, "", {{"Kim", "en"}}));
  g.add_vertex(vertex("kim_song", "Kim Song", EntityType::Person, "", {{"Kim", "en"}}));
  g.add_vertex(vertex("sao_tome", "São Tomé", EntityType::Country, ""));
  return g;
}

std::string name_of(const KnowledgeGraph& g, Vertex v) { return g.graph()[v].name; }

std::string usage_error(const EntityLookup& lookup, const std::string& name) {
  try {
    lookup.resolve(name);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("lookup: any alias in any language, the id or the QID, ignoring case and diacritics") {
  const KnowledgeGraph g = names_graph();
  const EntityLookup lookup(g);
  for (const char* name : {"North Korea", "north korea", "NORTH KOREA", "Korea Utara", "korea  utara", "DPRK", "Q423", "q423"})
    CHECK(name_of(g, lookup.resolve(name)) == "North Korea");
  CHECK(name_of(g, lookup.resolve("kim jong un")) == "Kim Jong Un");
  CHECK(name_of(g, lookup.resolve("Kim Jong-Un")) == "Kim Jong Un");  // hyphen = space
  CHECK(name_of(g, lookup.resolve("Ukraina")) == "Ukraine");
  CHECK(name_of(g, lookup.resolve("US")) == "United States");       // "U.S." without periods
  CHECK(name_of(g, lookup.resolve("Sao Tome")) == "São Tomé");      // diacritics ignored
  CHECK(name_of(g, lookup.resolve("SÃO TOMÉ")) == "São Tomé");
  CHECK(name_of(g, lookup.resolve("sao_tome")) == "São Tomé");      // the slug id
}

TEST_CASE("lookup: a canonical name beats a name only seen in text") {
  const KnowledgeGraph g = names_graph();
  const EntityLookup lookup(g);
  // North Korea was called "Pyongyang" in a text, but Pyongyang is the city's own name.
  CHECK(lookup.candidates("Pyongyang").size() == 2);
  CHECK(g.graph()[lookup.resolve("Pyongyang")].type == EntityType::Place);
}

TEST_CASE("lookup: an unknown name suggests what was probably meant") {
  const KnowledgeGraph g = names_graph();
  const EntityLookup lookup(g);
  CHECK(lookup.candidates("Korea Utra").empty());
  CHECK_THROWS_AS(lookup.resolve("Korea Utra"), UsageError);
  CHECK(usage_error(lookup, "Korea Utra") == "unknown entity 'Korea Utra' (did you mean North Korea (Korea Utara)?)");
  CHECK(usage_error(lookup, "Ukrane") == "unknown entity 'Ukrane' (did you mean Ukraine?)");
  CHECK(usage_error(lookup, "Zelenski") == "unknown entity 'Zelenski' (did you mean Volodymyr Zelenskyy (Zelensky)?)");
  // Nothing close: no suggestion at all rather than a silly one.
  CHECK(usage_error(lookup, "Atlantis") == "unknown entity 'Atlantis'");
  // Names holding the word: canonical names are shown rather than aliases.
  CHECK(lookup.suggestions("Korea") == std::vector<std::string>{"North Korea", "South Korea"});
}

TEST_CASE("lookup: an ambiguous name lists the candidates") {
  const KnowledgeGraph g = names_graph();
  const EntityLookup lookup(g);
  CHECK(lookup.candidates("kim").size() == 2);
  CHECK(usage_error(lookup, "Kim") ==
        "ambiguous entity 'Kim': Kim Song (kim_song), Kim Yo Jong (kim_yo_jong); use the id to choose");
  CHECK(name_of(g, lookup.resolve("kim_song")) == "Kim Song");
}
