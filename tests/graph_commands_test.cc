#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <numeric>
#include <sstream>

#include "graph_fixture.h"
#include "jaring/explore.h"
#include "jaring/exporter.h"
#include "jaring/jsonld_reader.h"
#include "jaring/lookup.h"
#include "jaring/query.h"

using namespace jaring;

namespace {

using Lines = std::vector<std::string>;

const KnowledgeGraph& fixture() { return test::fixture_graph(); }

Vertex find(const KnowledgeGraph& g, const std::string& name) { return EntityLookup(g).resolve(name); }

std::string name(const KnowledgeGraph& g, Vertex v) { return g.graph()[v].name; }

std::string render(const std::vector<Table>& tables, TableFormat format) {
  std::ostringstream out;
  write_tables(tables, format, out);
  return out.str();
}

// A path as "A -relation-> B -relation-> C" along its best edges, read in path order.
std::string describe(const KnowledgeGraph& g, const Path& p) {
  std::string out = name(g, p.vertices.front());
  for (const Hop& hop : p.hops) out += " -" + g.graph()[hop.edges.front()].relation + "- " + name(g, hop.to);
  return out;
}

Lines describe_all(const KnowledgeGraph& g, const std::vector<Path>& paths) {
  Lines out;
  for (const Path& p : paths) out.push_back(describe(g, p));
  return out;
}

Lines neighbor_names(const KnowledgeGraph& g, const std::vector<Neighbor>& found) {
  Lines out;
  for (const Neighbor& n : found) out.push_back(std::to_string(n.depth) + " " + name(g, n.vertex));
  return out;
}

// The JSON-LD of `g` read back: what every command sees.
std::unique_ptr<KnowledgeGraph> round_trip(const KnowledgeGraph& g) {
  std::stringstream json;
  make_exporter("jsonld")->write(g, json);
  auto back = std::make_unique<KnowledgeGraph>(g.relations());
  read_jsonld(json, "graph.jsonld", *back);
  return back;
}

EdgeFilter relations_only(Lines ids) {
  EdgeFilter f;
  f.relations = std::move(ids);
  return f;
}

}  // namespace

TEST_CASE("show: an entity card with names, type, QID and every relation with its first evidence") {
  const KnowledgeGraph& g = fixture();
  const std::vector<Table> card = entity_card(g, find(g, "Korea Utara"), EdgeFilter{}, false);
  REQUIRE(card.size() == 2);
  const std::string text = render(card, TableFormat::Aligned);
  CHECK(text.rfind(
            "name:  North Korea\n"
            "type:  Country\n"
            "id:    Q423\n"
            "qid:   Q423\n"
            "names: Korea Utara (id), Pyongyang (id)\n"
            "\n"
            "relations\n"
            "subject      relation           object       mentions  negated  docs  first\n"
            "North Korea  deploys_troops_to  Russia              1        0     1  2025-01-10\n"
            "    North Korea deploys_troops_to Russia\n"
            "      a.txt:3  North Korea deploys_troops_to Russia (a.txt)\n",
            0) == 0);
  // The negated invasion is listed too, counted as negated, with its sentence.
  CHECK(text.find("North Korea  invades            Japan               1        1     1  2025-04-01\n"
                  "    North Korea invades Japan\n"
                  "      c.txt:2  North Korea invades Japan (c.txt)  (negated)\n") != std::string::npos);
  CHECK(text.find("Kim Jong Un  leader_of          North Korea") != std::string::npos);
  CHECK(card[1].rows.size() == 4);
  // Only the first record by default; every one with all_evidence.
  CHECK(text.find("b.txt:1") == std::string::npos);
  CHECK(render(entity_card(g, find(g, "Q423"), EdgeFilter{}, true), TableFormat::Aligned).find("b.txt:1") != std::string::npos);
  CHECK(entity_card(g, find(g, "Q423"), relations_only({"supports"}), false)[1].rows.size() == 1);
}

TEST_CASE("show: JSON and TSV cards, and the card as a subgraph") {
  const KnowledgeGraph& g = fixture();
  const Vertex nk = find(g, "North Korea");
  rapidjson::Document doc;
  doc.Parse(render(entity_card(g, nk, EdgeFilter{}, false), TableFormat::Json).c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(std::string(doc["entity"]["qid"].GetString()) == "Q423");
  CHECK(std::string(doc["entity"]["type"].GetString()) == "Country");
  CHECK(doc["entity"]["kind"].IsNull());
  CHECK(doc["relations"].Size() == 4);
  CHECK(std::string(doc["relations"][0]["evidence"][0]["doc"].GetString()) == "a.txt");
  const std::string tsv = render(entity_card(g, nk, relations_only({"supports"}), false), TableFormat::Tsv);
  CHECK(tsv ==
        "# entity\n"
        "name\ttype\tid\tqid\tkind\tiso\tnames\n"
        "North Korea\tCountry\tQ423\tQ423\t\t\tKorea Utara (id), Pyongyang (id)\n"
        "\n"
        "# relations\n"
        "subject\trelation\tobject\tmentions\tnegated\tdocs\tfirst\ttriple\tsource\ttext\n"
        "North Korea\tsupports\tRussia\t2\t0\t2\t2025-01-10\tNorth Korea supports Russia\ta.txt:2\t"
        "North Korea supports Russia (a.txt)\n");
  const KnowledgeGraph sub = entity_subgraph(g, nk, EdgeFilter{});
  CHECK(sub.vertex_count() == 4);  // North Korea, Russia, Japan, Kim Jong Un
  CHECK(sub.edge_count() == 4);
}

TEST_CASE("neighbors: by depth, in either direction, filtered by relation") {
  const KnowledgeGraph& g = fixture();
  const Vertex nk = find(g, "North Korea");
  CHECK(neighbor_names(g, neighbors(g, nk, 1, EdgeFilter{})) == Lines{"1 Kim Jong Un", "1 Russia"});
  CHECK(neighbor_names(g, neighbors(g, nk, 2, EdgeFilter{})) ==
        Lines{"1 Kim Jong Un", "1 Russia", "2 Sergey Lavrov", "2 Ukraine", "2 United States"});
  CHECK(neighbor_names(g, neighbors(g, nk, 3, relations_only({"supports"}))) == Lines{"1 Russia"});
  // The negated invasion connects only when asked for.
  EdgeFilter any;
  any.evidence = EvidenceFilter::any();
  CHECK(neighbor_names(g, neighbors(g, nk, 1, any)) == Lines{"1 Japan", "1 Kim Jong Un", "1 Russia"});
  // Every edge from the level before is kept: Lavrov is reached from Russia and from Kim.
  const std::vector<Neighbor> two = neighbors(g, nk, 2, EdgeFilter{});
  CHECK(two[2].via.size() == 2);
  const Table t = neighbors_table(g, two, EdgeFilter{}, false);
  CHECK(t.rows.size() == 8);  // Kim 1, Russia 2, Lavrov 2, Ukraine 2, United States 1
  const std::string text = render({neighbors_table(g, neighbors(g, nk, 1, EdgeFilter{}), EdgeFilter{}, true)}, TableFormat::Aligned);
  CHECK(text.rfind(
            "depth  entity       type     subject      relation           object       mentions\n"
            "    1  Kim Jong Un  Person   Kim Jong Un  leader_of          North Korea         1\n"
            "    Kim Jong Un leader_of North Korea\n"
            "      a.txt:1  Kim Jong Un leader_of North Korea (a.txt)\n",
            0) == 0);
  const KnowledgeGraph sub = neighbors_subgraph(g, nk, neighbors(g, nk, 1, EdgeFilter{}), EdgeFilter{});
  CHECK(sub.vertex_count() == 3);
  CHECK(sub.edge_count() == 3);
}

TEST_CASE("path: every shortest path, as triples with evidence") {
  const KnowledgeGraph& g = fixture();
  const Vertex kim = find(g, "Kim Jong Un"), ua = find(g, "Ukraine");
  const std::vector<Path> paths = shortest_paths(g, kim, ua, EdgeFilter{}, 20);
  CHECK(describe_all(g, paths) == Lines{"Kim Jong Un -leader_of- North Korea -supports- Russia -fights- Ukraine",
                                        "Kim Jong Un -meets- Sergey Lavrov -official_of- Russia -fights- Ukraine"});
  // A step holds every relation between its two entities, the best attested first.
  CHECK(paths[0].hops[1].edges.size() == 2);
  CHECK(shortest_paths(g, kim, ua, EdgeFilter{}, 1).size() == 1);
  CHECK(shortest_paths(g, kim, kim, EdgeFilter{}, 5).front().vertices.size() == 1);
  const std::string text = render({paths_table(g, paths, EdgeFilter{}, false)}, TableFormat::Aligned);
  CHECK(text.rfind(
            "path  step  subject        relation     object         mentions  also\n"
            "   1     1  Kim Jong Un    leader_of    North Korea           1\n"
            "    Kim Jong Un leader_of North Korea\n"
            "      a.txt:1  Kim Jong Un leader_of North Korea (a.txt)\n"
            "   1     2  North Korea    supports     Russia                2  deploys_troops_to\n"
            "    North Korea supports Russia\n"
            "      a.txt:2  North Korea supports Russia (a.txt)\n"
            "   1     3  Russia         fights       Ukraine               2  attacks\n",
            0) == 0);
  rapidjson::Document doc;
  doc.Parse(render({paths_table(g, paths, EdgeFilter{}, true)}, TableFormat::Json).c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["paths"].Size() == 6);
  CHECK(doc["paths"][2]["evidence"].Size() == 2);  // all records with all_evidence
  const KnowledgeGraph sub = paths_subgraph(g, paths, EdgeFilter{});
  CHECK(sub.vertex_count() == 5);
  CHECK(sub.edge_count() == 7);
}

TEST_CASE("path: the k shortest, relation filters, and no path") {
  const KnowledgeGraph& g = fixture();
  const Vertex kim = find(g, "Kim Jong Un"), ua = find(g, "Ukraine");
  CHECK(describe_all(g, k_shortest_paths(g, kim, ua, EdgeFilter{}, 3)) ==
        Lines{"Kim Jong Un -leader_of- North Korea -supports- Russia -fights- Ukraine",
              "Kim Jong Un -meets- Sergey Lavrov -official_of- Russia -fights- Ukraine",
              "Kim Jong Un -leader_of- North Korea -supports- Russia -talks_with- United States -supplies_weapons_to- Ukraine"});
  CHECK(k_shortest_paths(g, kim, ua, EdgeFilter{}, 100).size() == 4);  // every simple path
  CHECK(describe_all(g, shortest_paths(g, kim, ua, relations_only({"meets", "official_of", "attacks"}), 20)) ==
        Lines{"Kim Jong Un -meets- Sergey Lavrov -official_of- Russia -attacks- Ukraine"});
  const Vertex nato = find(g, "NATO");
  CHECK(shortest_paths(g, kim, nato, EdgeFilter{}, 20).empty());  // only a future membership leads there
  CHECK(k_shortest_paths(g, kim, nato, EdgeFilter{}, 3).empty());
  EdgeFilter any;
  any.evidence = EvidenceFilter::any();
  // Through Ukraine's hoped-for NATO membership, and North Korea's denied invasion of Japan.
  CHECK(describe_all(g, shortest_paths(g, kim, nato, any, 20)) ==
        Lines{"Kim Jong Un -leader_of- North Korea -invades- Japan -supports- Ukraine -member_of- NATO",
              "Kim Jong Un -leader_of- North Korea -supports- Russia -fights- Ukraine -member_of- NATO",
              "Kim Jong Un -meets- Sergey Lavrov -official_of- Russia -fights- Ukraine -member_of- NATO"});
}

TEST_CASE("stats: counts per type and relation, degree, PageRank and betweenness") {
  const KnowledgeGraph& g = fixture();
  const GraphStats s = graph_stats(g, EdgeFilter{}, 3, Ranking::Degree, false);
  CHECK(s.entities == 8);
  CHECK(s.relations == 13);
  CHECK(s.evidence == 16);
  CHECK(s.documents == 5);
  CHECK(s.types.at(EntityType::Country) == 5);
  CHECK(s.types.at(EntityType::Person) == 2);
  CHECK(s.per_relation.at("supports").edges == 3);
  CHECK(s.per_relation.at("supports").mentions == 4);
  CHECK(s.per_relation.at("invades").negated == 1);
  CHECK(s.betweenness);  // a small graph: computed without asking
  REQUIRE(s.top.size() == 3);
  CHECK(name(g, s.top[0].vertex) == "Russia");
  CHECK(s.top[0].degree == 6);
  CHECK(name(g, s.top[1].vertex) == "Ukraine");
  CHECK(name(g, s.top[2].vertex) == "North Korea");
  // Russia lies between everyone: on every path from the Koreans to Ukraine.
  const GraphStats by_betweenness = graph_stats(g, EdgeFilter{}, 8, Ranking::Betweenness, false);
  CHECK(name(g, by_betweenness.top[0].vertex) == "Russia");
  CHECK(by_betweenness.top[0].betweenness > by_betweenness.top[1].betweenness);
  CHECK(by_betweenness.top.back().betweenness == 0);
  const GraphStats by_rank = graph_stats(g, EdgeFilter{}, 8, Ranking::PageRank, false);
  double sum = 0;
  for (const ActorStats& a : by_rank.top) sum += a.pagerank;
  CHECK(sum == doctest::Approx(1.0));
  CHECK(by_rank.top[0].pagerank >= by_rank.top[1].pagerank);
  CHECK(name(g, by_rank.top.back().vertex) == "NATO");  // no plainly stated relation reaches it
}

TEST_CASE("stats: tables in every format, and the top actors as a subgraph") {
  const KnowledgeGraph& g = fixture();
  const GraphStats s = graph_stats(g, EdgeFilter{}, 3, Ranking::Degree, false);
  const std::string text = render(stats_tables(g, s), TableFormat::Aligned);
  CHECK(text.rfind("entities:  8\nrelations: 13\nevidence:  16\ndocuments: 5\n\ntypes\ntype          entities\nCountry              5\n", 0) == 0);
  CHECK(text.find("actors\nentity       type     degree  pagerank  betweenness\nRussia       Country       6") != std::string::npos);
  const std::string tsv = render(stats_tables(g, s), TableFormat::Tsv);
  CHECK(tsv.find("# relations\nrelation\tedges\tmentions\tnegated\n") != std::string::npos);
  rapidjson::Document doc;
  doc.Parse(render(stats_tables(g, s), TableFormat::Json).c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["summary"]["entities"].GetInt() == 8);
  CHECK(doc["actors"].Size() == 3);
  CHECK(std::string(doc["actors"][0]["entity"]["name"].GetString()) == "Russia");
  CHECK(doc["actors"][0]["pagerank"].IsDouble());
  const KnowledgeGraph sub = stats_subgraph(g, s, EdgeFilter{});
  CHECK(sub.vertex_count() == 3);
  CHECK(sub.edge_count() == 4);  // supports, deploys_troops_to, fights, attacks
}

TEST_CASE("dev corpus: ?x supports Russia returns North Korea; Kim Jong Un reaches Ukraine with evidence") {
  const KnowledgeGraph* built = test::dev_corpus_graph();
  if (!built) return;
  const auto read_back = round_trip(*built);  // through the JSON-LD that `jaring build` writes
  const KnowledgeGraph& g = *read_back;
  const QueryEngine engine(g);
  const Query q = parse_query("?x supports Russia", g.relations());
  Lines supporters;
  for (const QueryRow& row : engine.run(q).rows) supporters.push_back(name(g, row.values[0].vertex));
  CHECK(std::find(supporters.begin(), supporters.end(), "North Korea") != supporters.end());

  const std::vector<Path> paths = shortest_paths(g, find(g, "Kim Jong Un"), find(g, "Ukraine"), EdgeFilter{}, 20);
  REQUIRE_FALSE(paths.empty());
  const Table t = paths_table(g, paths, EdgeFilter{}, false);
  REQUIRE_FALSE(t.rows.empty());
  for (const TableRow& row : t.rows) {
    REQUIRE(row.sources.size() == 1);
    REQUIRE(row.sources[0].evidence.size() == 1);
    CHECK_FALSE(row.sources[0].evidence[0]->text.empty());
  }
  CHECK(name(g, paths[0].vertices.back()) == "Ukraine");
}
