#include <doctest/doctest.h>
#include <graphviz/cgraph.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <sstream>

#include "graph_fixture.h"
#include "jaring/error.h"
#include "jaring/exporter.h"
#include "jaring/query.h"

using namespace jaring;

namespace {

const QueryEngine& engine() {
  static const QueryEngine e(test::fixture_graph());
  return e;
}

Query parse(const std::string& text) { return parse_query(text, test::relations()); }

QueryResult run(const std::string& text) { return engine().run(parse(text)); }

// The rows as "a b c" lines (names, relation ids, counts), in result order.
std::vector<std::string> rows(const std::string& text) {
  const Graph& g = test::fixture_graph().graph();
  std::vector<std::string> out;
  for (const QueryRow& row : run(text).rows) {
    std::string line;
    for (const QueryValue& v : row.values) {
      line += line.empty() ? "" : " | ";
      if (v.kind == QueryValue::Kind::Entity) line += g[v.vertex].name;
      else if (v.kind == QueryValue::Kind::Relation) line += std::string(v.relation);
      else line += std::to_string(v.count);
    }
    out.push_back(line);
  }
  return out;
}

std::vector<std::string> sorted_rows(const std::string& text) {
  std::vector<std::string> r = rows(text);
  std::sort(r.begin(), r.end());
  return r;
}

using Lines = std::vector<std::string>;

std::string error_of(const std::string& text) {
  try {
    run(text);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

std::string table(const std::string& text, TableFormat format, bool evidence = false) {
  const Query q = parse(text);
  const QueryResult r = engine().run(q);
  std::ostringstream out;
  write_tables({result_table(test::fixture_graph(), q, r, evidence)}, format, out);
  return out.str();
}

}  // namespace

TEST_CASE("query: a triple pattern with a variable and a name") {
  CHECK(rows("?x supports Russia") == Lines{"North Korea"});
  CHECK(rows("North Korea supports ?y") == Lines{"Russia"});        // a bare name of two words
  CHECK(rows("\"North Korea\" supports ?y") == Lines{"Russia"});    // a quoted one
  CHECK(rows("'korea utara' supports ?y") == Lines{"Russia"});      // an alias, any case
  CHECK(rows("?x supports Q159") == Lines{"North Korea"});          // the QID
  CHECK(rows("North Korea supports Russia") == Lines{""});          // no variable: one empty row
  CHECK(rows("Japan supports Russia").empty());
  const QueryResult r = run("?x supports Russia");
  CHECK(r.columns == Lines{"x"});
  REQUIRE(r.rows.size() == 1);
  CHECK(row_evidence(test::fixture_graph(), parse("?x supports Russia"), r.rows[0]).mentions == 2);
}

TEST_CASE("query: joins on shared variables") {
  CHECK(rows("?x deploys_troops_to ?y . ?y fights Ukraine") == Lines{"North Korea | Russia"});
  CHECK(rows("?y fights Ukraine . ?x deploys_troops_to ?y") == Lines{"Russia | North Korea"});
  CHECK(rows("?p leader_of ?c . ?c supports ?d . ?d attacks ?e") == Lines{"Kim Jong Un | North Korea | Russia | Ukraine"});
  // The same variable twice in one pattern must be one entity.
  CHECK(rows("?x supports ?x").empty());
  CHECK(rows("?x deploys_troops_to ?y . ?y fights Japan").empty());
}

TEST_CASE("query: relation alternatives, and symmetric relations in either direction") {
  CHECK(rows("?x meets Kim Jong Un") == Lines{"Sergey Lavrov"});
  CHECK(rows("Kim Jong Un meets ?x") == Lines{"Sergey Lavrov"});
  CHECK(rows("?x meets Sergey Lavrov") == Lines{"Kim Jong Un"});
  CHECK(rows("Sergey Lavrov meets Kim Jong Un") == Lines{""});
  // An asymmetric relation keeps its direction.
  CHECK(rows("Russia supports ?x").empty());
  CHECK(sorted_rows("?a meets|talks_with ?b") ==
        Lines{"Kim Jong Un | Sergey Lavrov", "Russia | United States", "Sergey Lavrov | Kim Jong Un", "United States | Russia"});
  CHECK(sorted_rows("?a ?r:meets|talks_with United States") == Lines{"Russia | talks_with"});
}

TEST_CASE("query: any relation binds ?r") {
  CHECK(sorted_rows("North Korea ?r ?y") == Lines{"deploys_troops_to | Russia", "supports | Russia"});
  CHECK(sorted_rows("?x ?r Russia") ==
        Lines{"North Korea | deploys_troops_to", "North Korea | supports", "Sergey Lavrov | official_of",
              "Ukraine | fights", "United States | talks_with"});
  // ?r joins relations: who does to Ukraine what someone else also does to it?
  CHECK(sorted_rows("?a ?r Ukraine . ?b ?r Ukraine . ?a fights ?c") ==
        Lines{"Russia | attacks | Russia | Ukraine", "Russia | fights | Russia | Ukraine"});
}

TEST_CASE("query: type constraints") {
  CHECK(sorted_rows("?x:Person ?r ?y") ==
        Lines{"Kim Jong Un | leader_of | North Korea", "Kim Jong Un | meets | Sergey Lavrov",
              "Sergey Lavrov | meets | Kim Jong Un", "Sergey Lavrov | official_of | Russia"});
  CHECK(sorted_rows("?x:Person ?r ?y:Country") ==
        Lines{"Kim Jong Un | leader_of | North Korea", "Sergey Lavrov | official_of | Russia"});
  CHECK(sorted_rows("?x:person|organization meets ?y") == Lines{"Kim Jong Un | Sergey Lavrov", "Sergey Lavrov | Kim Jong Un"});
  CHECK(rows("?x:Organization ?r ?y").empty());
}

TEST_CASE("query: negated and hedged statements only when asked") {
  CHECK(rows("?x invades ?y").empty());
  CHECK(rows("?x invades ?y [negated]") == Lines{"North Korea | Japan"});
  CHECK(rows("?x invades ?y [negated = yes]") == Lines{"North Korea | Japan"});
  CHECK(rows("?x supports Ukraine") == Lines{"Japan"});  // "the US may support" is hedged
  CHECK(rows("?x supports Ukraine [hedged]") == Lines{"United States"});
  CHECK(sorted_rows("?x supports Ukraine [any]") == Lines{"Japan", "United States"});
  CHECK(sorted_rows("?x supports Ukraine [modality = possible|asserted]") == Lines{"Japan", "United States"});
  CHECK(rows("Ukraine member_of ?x [modality = future]") == Lines{"NATO"});
  CHECK(sorted_rows("North Korea ?r ?y [negated = any]") ==
        Lines{"deploys_troops_to | Russia", "invades | Japan", "supports | Russia"});
  // Reported statements are plain: the second "supports" record is reported.
  CHECK(rows("?x supports Russia [modality = reported]") == Lines{"North Korea"});
}

TEST_CASE("query: filters on mentions, confidence, date and language") {
  CHECK(sorted_rows("?x ?r ?y [mentions >= 2]") ==
        Lines{"Kim Jong Un | meets | Sergey Lavrov", "North Korea | supports | Russia", "Russia | fights | Ukraine",
              "Sergey Lavrov | meets | Kim Jong Un", "Ukraine | fights | Russia"});
  CHECK(sorted_rows("?x ?r ?y [docs >= 2, confidence >= 0.8]") ==
        Lines{"Kim Jong Un | meets | Sergey Lavrov", "North Korea | supports | Russia", "Sergey Lavrov | meets | Kim Jong Un"});
  CHECK(rows("?x supports ?y [confidence > 0.85]") == Lines{"North Korea | Russia"});
  CHECK(rows("?x supports ?y [confidence > 0.9]").empty());
  CHECK(sorted_rows("?x ?r ?y [date >= 2025-04]") ==
        Lines{"Kim Jong Un | meets | Sergey Lavrov", "Russia | attacks | Ukraine", "Russia | fights | Ukraine",
              "Russia | talks_with | United States", "Sergey Lavrov | meets | Kim Jong Un", "Ukraine | fights | Russia",
              "United States | supplies_weapons_to | Ukraine", "United States | talks_with | Russia"});
  CHECK(rows("?x supports ?y [date = 2025-03]") == Lines{"North Korea | Russia"});    // a month is a period
  CHECK(rows("?x supports ?y [date <= 2025-01]") == Lines{"North Korea | Russia"});   // includes 2025-01-10
  CHECK(rows("?x supports ?y [date < 2025]").empty());
  CHECK(rows("?x supports ?y [lang = id]") == Lines{"North Korea | Russia"});
  // Counts apply to the records the other conditions kept.
  CHECK(rows("?x supports ?y [mentions >= 2, date >= 2025-02]").empty());
}

TEST_CASE("query: DISTINCT, SELECT, COUNT with grouping, ORDER BY and LIMIT") {
  CHECK(rows("?x ?r ?y:Country SELECT DISTINCT ?x ORDER BY ?x") ==
        Lines{"Japan", "Kim Jong Un", "North Korea", "Russia", "Sergey Lavrov", "Ukraine", "United States"});
  CHECK(rows("?x ?r ?y:Country DISTINCT ?x ORDER BY ?x DESC LIMIT 2") == Lines{"United States", "Ukraine"});
  CHECK(rows("?x ?r Russia SELECT ?x ORDER BY ?x") ==
        Lines{"North Korea", "North Korea", "Sergey Lavrov", "Ukraine", "United States"});
  CHECK(rows("?x ?r Russia COUNT") == Lines{"5"});
  CHECK(rows("?x ?r Russia DISTINCT ?x COUNT") == Lines{"4"});
  // Without ORDER BY, the largest groups first, then by the grouped values.
  CHECK(rows("?x ?r ?y COUNT BY ?r LIMIT 3") == Lines{"fights | 2", "meets | 2", "supports | 2"});
  CHECK(rows("?x ?r ?y COUNT BY ?r ORDER BY count DESC, ?r DESC LIMIT 2") == Lines{"talks_with | 2", "supports | 2"});
  CHECK(rows("?x ?r ?y COUNT BY ?x ?r ORDER BY ?x, ?r LIMIT 2") ==
        Lines{"Japan | supports | 1", "Kim Jong Un | leader_of | 1"});
  CHECK(rows("?x ?r ?y ORDER BY mentions DESC, ?x LIMIT 2") == Lines{"Kim Jong Un | meets | Sergey Lavrov", "North Korea | supports | Russia"});
  CHECK(rows("?x ?r Ukraine ORDER BY date DESC, ?x") == Lines{"United States | supplies_weapons_to", "Russia | attacks", "Russia | fights", "Japan | supports"});
  CHECK(rows("?x ?r Ukraine ORDER BY confidence, ?x LIMIT 1") == Lines{"Japan | supports"});
  CHECK(rows("?x ?r ?y LIMIT 3").size() == 3);
  CHECK(rows("?x ?r ?y LIMIT 0").empty());
  // Keywords in any case.
  CHECK(rows("?x ?r Russia distinct ?x count") == Lines{"4"});
}

TEST_CASE("query: merged rows keep the evidence of every edge behind them") {
  const Query q = parse("?x ?r Russia DISTINCT ?x ORDER BY ?x");
  const QueryResult r = engine().run(q);
  REQUIRE(r.rows.size() == 4);
  const std::vector<Source> sources = row_sources(test::fixture_graph(), q, r.rows[0]);  // North Korea
  REQUIRE(sources.size() == 2);
  CHECK(sources[0].evidence.size() + sources[1].evidence.size() == 3);
  CHECK(row_evidence(test::fixture_graph(), q, r.rows[0]).mentions == 3);
}

TEST_CASE("query: syntax errors name line and column and show a caret") {
  CHECK(error_of("?x supports") == "query:1:12: expected a ?variable or a name\n  ?x supports\n             ^");
  CHECK(error_of("?x . Russia") == "query:1:4: expected a relation or ?variable\n  ?x . Russia\n     ^");
  CHECK(error_of("?x suports Russia") ==
        "query:1:4: unknown relation 'suports' (did you mean supports?)\n  ?x suports Russia\n     ^");
  CHECK(error_of("North Korea suports Russia").rfind("query:1:13: unknown relation 'suports' (did you mean supports?)", 0) == 0);
  CHECK(error_of("?x:Persn meets ?y").rfind("query:1:4: expected a type: Country, Person, Organization or Place", 0) == 0);
  CHECK(error_of("?x supports Russia [mentions >= many]").rfind("query:1:33: expected a whole number", 0) == 0);
  CHECK(error_of("?x supports Russia [date >= 2025-3]").rfind("query:1:29: expected a date", 0) == 0);
  CHECK(error_of("?x supports Russia [colour = red]").rfind("query:1:21: unknown condition 'colour'", 0) == 0);
  CHECK(error_of("?x supports Russia LIMIT").rfind("query:1:25: expected the number of rows after LIMIT", 0) == 0);
  CHECK(error_of("?x supports Russia ORDER BY ?y").rfind("query:1:29: ORDER BY ?y: not a column of the result", 0) == 0);
  CHECK(error_of("?x supports Russia ORDER BY count").rfind("query:1:29: ORDER BY count needs COUNT", 0) == 0);
  CHECK(error_of("?x supports Russia DISTINCT ?z").rfind("query:1:29: ?z does not occur in a pattern", 0) == 0);
  CHECK(error_of("?x supports Russia LIMIT 1 LIMIT 2").rfind("query:1:28: only one LIMIT clause is allowed", 0) == 0);
  CHECK(error_of("?x supports \"Russia").rfind("query:1:13: unterminated name", 0) == 0);
  CHECK(error_of("?x ?r ?y . ?r ?s ?t").rfind("query:1:12: ?r is a relation elsewhere", 0) == 0);
  CHECK(error_of("   ").rfind("query:1:1: empty query", 0) == 0);
  // Lines count from 1; the caret is under the column of that line.
  CHECK(error_of("?x supports ?y .\n?y fights Ukrane") ==
        "query:2:11: unknown entity 'Ukrane' (did you mean Ukraine?)\n  ?y fights Ukrane\n            ^");
  // Columns count characters, not bytes.
  CHECK(error_of("\"Moskva Ü\" suports ?x").rfind("query:1:12: unknown relation", 0) == 0);
}

TEST_CASE("query: unknown names suggest, ambiguous names list the candidates") {
  CHECK(error_of("?x supports Korea Utra") ==
        "query:1:13: unknown entity 'Korea Utra' (did you mean North Korea (Korea Utara)?)\n"
        "  ?x supports Korea Utra\n              ^");
  KnowledgeGraph g(test::relations());
  VertexData a, b;
  a.id = "kim_song";
  a.name = "Kim Song";
  a.aliases = {{"Kim", "en"}};
  b.id = "kim_yo_jong";
  b.name = "Kim Yo Jong";
  b.aliases = {{"Kim", "en"}};
  g.add_vertex(a);
  g.add_vertex(b);
  const QueryEngine e(g);
  try {
    e.run(parse("Kim meets ?x"));
    FAIL("no error");
  } catch (const UsageError& err) {
    CHECK(std::string(err.what()).rfind(
              "query:1:1: ambiguous entity 'Kim': Kim Song (kim_song), Kim Yo Jong (kim_yo_jong); use the id to choose", 0) == 0);
  }
}

TEST_CASE("query output: aligned table, TSV and JSON") {
  const std::string aligned = table("?x ?r Russia ORDER BY ?x, ?r", TableFormat::Aligned);
  CHECK(aligned ==
        "x              r                  mentions\n"
        "North Korea    deploys_troops_to         1\n"
        "North Korea    supports                  2\n"
        "Sergey Lavrov  official_of               1\n"
        "Ukraine        fights                    2\n"
        "United States  talks_with                1\n");
  CHECK(table("?x supports Russia", TableFormat::Tsv) == "x\tmentions\nNorth Korea\t2\n");
  CHECK(table("?x ?r ?y COUNT BY ?r LIMIT 1", TableFormat::Tsv) == "r\tcount\nfights\t2\n");
  rapidjson::Document doc;
  doc.Parse(table("?x supports Russia", TableFormat::Json).c_str());
  REQUIRE_FALSE(doc.HasParseError());
  const auto& row = doc["results"][0];
  CHECK(std::string(row["x"]["name"].GetString()) == "North Korea");
  CHECK(std::string(row["x"]["id"].GetString()) == "Q423");
  CHECK(std::string(row["x"]["type"].GetString()) == "Country");
  CHECK(row["mentions"].GetInt() == 2);
  CHECK_FALSE(row.HasMember("evidence"));
}

TEST_CASE("query output: --evidence prints each row's sentences") {
  const std::string aligned = table("?x supports Russia", TableFormat::Aligned, true);
  CHECK(aligned ==
        "x            mentions\n"
        "North Korea         2\n"
        "    North Korea supports Russia\n"
        "      a.txt:2  North Korea supports Russia (a.txt)\n"
        "      b.txt:1  North Korea supports Russia (b.txt)  (reported)\n");
  const std::string tsv = table("?x supports Russia", TableFormat::Tsv, true);
  CHECK(tsv ==
        "x\tmentions\ttriple\tsource\ttext\n"
        "North Korea\t2\tNorth Korea supports Russia\ta.txt:2\tNorth Korea supports Russia (a.txt)\n"
        "North Korea\t2\tNorth Korea supports Russia\tb.txt:1\tNorth Korea supports Russia (b.txt)\n");
  rapidjson::Document doc;
  doc.Parse(table("?x invades ?y [negated]", TableFormat::Json, true).c_str());
  REQUIRE_FALSE(doc.HasParseError());
  const auto& ev = doc["results"][0]["evidence"][0];
  CHECK(std::string(ev["relation"].GetString()) == "invades");
  CHECK(std::string(ev["doc"].GetString()) == "c.txt");
  CHECK(ev["negated"].GetBool());
  CHECK(std::string(ev["date"].GetString()) == "2025-04-01");
}

TEST_CASE("query output: the matched subgraph as DOT and SVG") {
  const Query q = parse("?x deploys_troops_to ?y . ?y fights Ukraine");
  const KnowledgeGraph sub = result_subgraph(test::fixture_graph(), q, engine().run(q));
  CHECK(sub.vertex_count() == 3);
  CHECK(sub.edge_count() == 2);
  std::ostringstream dot;
  make_exporter("dot")->write(sub, dot);
  Agraph_t* back = agmemread(dot.str().c_str());
  REQUIRE(back);
  CHECK(agnode(back, const_cast<char*>("Q423"), 0) != nullptr);
  CHECK(agnode(back, const_cast<char*>("Q17"), 0) == nullptr);  // Japan is not in the answer
  agclose(back);
  std::ostringstream svg;
  make_exporter("svg")->write(sub, svg);
  CHECK(svg.str().find("<svg") != std::string::npos);
  // Only the accepted evidence goes into the picture.
  const Query negated = parse("?x invades ?y [negated]");
  const KnowledgeGraph denied = result_subgraph(test::fixture_graph(), negated, engine().run(negated));
  REQUIRE(denied.edge_count() == 1);
  CHECK(denied.graph()[denied.sorted_edges().front()].asserted() == 0);
}
