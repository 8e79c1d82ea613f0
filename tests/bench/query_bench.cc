// How fast the query engine and the graph commands answer on a large graph.
//
//   jaring_bench_query generate --edges N -o FILE     write a synthetic graph as JSON-LD
//   jaring_bench_query run FILE [--repeat R]          load it, then time queries
//
// The generated graph is shaped like news: entities of the four types (a few hundred
// countries, then people, organizations and places), endpoints drawn with a heavy skew
// so that some actors are hubs and most appear a few times, relations from
// data/relations.tsv with decreasing frequency and only between the entity types each
// allows, and one or more evidence records per relation (mean about 1.7) with documents,
// dates, sentences of about 130 bytes, negation, modality and confidence. It is written
// by the JSON-LD exporter, so the file is what `jaring build` writes.
//
// `run` prints the time to read the JSON-LD, to index the graph (QueryEngine and name
// lookup), and for each query the first run and the best of R runs (parse + match + order),
// the rows, and the time to format them as TSV. Not a test: scripts/bench_query runs it.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>

#include "jaring/explore.h"
#include "jaring/exporter.h"
#include "jaring/jsonld_reader.h"
#include "jaring/lookup.h"
#include "jaring/model.h"
#include "jaring/query.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// xorshift64: the same arguments always give the same file.
struct Random {
  std::uint64_t state = 0x2545F4914F6CDD1Dull;
  std::uint64_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
  double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

const char* const kSyllables[] = {"ba", "ri", "ko", "sa", "ni", "ta", "mu", "le", "jo", "ka", "de", "wi",
                                  "ra", "su", "no", "gi", "pe", "lo", "ha", "yu", "an", "mi", "to", "ve"};

std::string word(std::size_t n, std::size_t syllables) {
  std::string w;
  for (std::size_t i = 0; i < syllables; ++i) {
    w += kSyllables[n % 24];
    n /= 24;
  }
  w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

jaring::VertexData make_entity(std::size_t i, std::size_t countries, Random& rnd) {
  jaring::VertexData v;
  const std::string base = word(i * 7919 + 13, 3);
  if (i < countries) {
    v.type = jaring::EntityType::Country;
    v.name = base + "land";
    v.aliases.emplace("Republik " + base, "id");
    v.iso2 = base.substr(0, 2);
  } else {
    static const jaring::EntityType kOthers[] = {jaring::EntityType::Person, jaring::EntityType::Person,
                                                 jaring::EntityType::Person, jaring::EntityType::Organization,
                                                 jaring::EntityType::Organization, jaring::EntityType::Place};
    v.type = kOthers[rnd.below(6)];
    if (v.type == jaring::EntityType::Person) {
      v.name = base + " " + word(i, 3) + "wan";
      v.aliases.emplace(word(i, 3) + "wan", "id");
    } else if (v.type == jaring::EntityType::Organization) {
      v.name = base + " " + word(i, 2) + " Agency";
      v.aliases.emplace("Badan " + base + " " + word(i, 2), "id");
    } else {
      v.name = base + word(i, 2) + " City";
    }
  }
  if (rnd.below(10) < 7) v.qid = "Q" + std::to_string(100000 + i);
  v.id = v.qid.empty() ? "e" + std::to_string(i) : v.qid;
  return v;
}

// Hubs first: a heavily skewed pick, so that the first entities take many relations.
std::size_t skewed(std::size_t n, Random& rnd) { return static_cast<std::size_t>(static_cast<double>(n) * std::pow(rnd.unit(), 3.0)); }

jaring::Evidence make_evidence(const std::string& subject, const std::string& relation, const std::string& object,
                               Random& rnd) {
  jaring::Evidence e;
  const int year = 2023 + static_cast<int>(rnd.below(3));
  const int month = 1 + static_cast<int>(rnd.below(12)), day = 1 + static_cast<int>(rnd.below(28));
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
  e.date = date;
  e.doc = "news/" + e.date + "/article-" + std::to_string(rnd.below(200000)) + ".txt";
  e.language = rnd.below(3) ? "id" : "en";
  e.sentence = rnd.below(30);
  e.span = {e.sentence * 140, e.sentence * 140 + 130};
  e.trigger = relation;
  std::replace(e.trigger.begin(), e.trigger.end(), '_', ' ');
  e.text = subject + " " + e.trigger + " " + object +
           " dalam pertemuan tingkat tinggi di ibu kota pekan lalu, kata pejabat yang tidak mau disebut namanya.";
  e.subject_text = subject;
  e.object_text = object;
  const std::size_t m = rnd.below(100);
  e.modality = m < 75 ? jaring::Modality::Asserted : m < 90 ? jaring::Modality::Reported
                                                   : m < 96 ? jaring::Modality::Possible : jaring::Modality::Future;
  if (e.modality == jaring::Modality::Reported) e.attributed_to = "Kantor Berita " + word(rnd.below(50), 2);
  e.negated = rnd.below(100) < 5;
  e.confidence = 0.5 + static_cast<double>(rnd.below(46)) / 100.0;
  return e;
}

int generate(std::size_t edges, const fs::path& out) {
  const auto start = Clock::now();
  const jaring::RelationSet relations = jaring::RelationSet::load(fs::path(JARING_TEST_DATA_DIR) / "relations.tsv");
  auto graph = std::make_unique<jaring::KnowledgeGraph>(relations);  // built in place: never moved
  Random rnd;
  const std::size_t n = std::max<std::size_t>(edges / 8, 300), countries = std::min<std::size_t>(250, n / 4);
  std::vector<jaring::Vertex> vertices;
  std::vector<jaring::EntityType> types;
  for (std::size_t i = 0; i < n; ++i) {
    const jaring::VertexData v = make_entity(i, countries, rnd);
    types.push_back(v.type);
    vertices.push_back(graph->add_vertex(v));
  }
  // Relation frequencies fall off with their rank in the vocabulary.
  const std::vector<jaring::Relation>& all = relations.all();
  std::vector<double> cumulative;
  double total = 0;
  for (std::size_t r = 0; r < all.size(); ++r) cumulative.push_back(total += 1.0 / std::pow(static_cast<double>(r + 1), 0.7));
  const auto pick = [&](const jaring::Relation& rel, bool subject) {
    for (int attempt = 0; attempt < 50; ++attempt) {
      const std::size_t i = skewed(n, rnd);
      if (subject ? rel.allows_subject(types[i]) : rel.allows_object(types[i])) return i;
    }
    return n;
  };
  const jaring::Graph& g = graph->graph();
  while (graph->edge_count() < edges) {
    const double x = rnd.unit() * total;
    const jaring::Relation& rel = all[static_cast<std::size_t>(std::lower_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin())];
    const std::size_t s = pick(rel, true), o = pick(rel, false);
    if (s == n || o == n || s == o) continue;
    const std::string& sname = g[vertices[s]].name;
    const std::string& oname = g[vertices[o]].name;
    do graph->add_evidence(vertices[s], rel.id, vertices[o], make_evidence(sname, rel.id, oname, rnd));
    while (rnd.below(10) < 4);
  }
  std::size_t records = 0;
  for (auto [it, end] = boost::edges(g); it != end; ++it) records += g[*it].mentions();
  std::printf("generated %zu entities, %zu relations, %zu evidence records in %.1f s\n", graph->vertex_count(),
              graph->edge_count(), records, since(start));
  const auto write_start = Clock::now();
  jaring::make_exporter("jsonld")->write_to(*graph, out);
  std::printf("wrote %s: %.0f MB in %.1f s\n", out.c_str(), static_cast<double>(fs::file_size(out)) / 1e6, since(write_start));
  std::fflush(stdout);
  std::_Exit(0);  // freeing a million edges is not part of the figures
}

struct Timing {
  double first = 0, best = 1e9;
  std::size_t rows = 0;
  double format = 0;
};

// The name a user would type for `v`: its name, or its id when the name is ambiguous.
std::string query_name(const jaring::KnowledgeGraph& g, const jaring::EntityLookup& lookup, jaring::Vertex v) {
  const std::string& name = g.graph()[v].name;
  return "\"" + (lookup.candidates(name).size() == 1 ? name : g.graph()[v].id) + "\"";
}

int run(const fs::path& file, int repeat) {
  const jaring::RelationSet relations = jaring::RelationSet::load(fs::path(JARING_TEST_DATA_DIR) / "relations.tsv");
  auto graph = std::make_unique<jaring::KnowledgeGraph>(relations);
  auto start = Clock::now();
  const double cpu = static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
  jaring::read_jsonld_file(file, *graph);
  std::printf("file          %s (%.0f MB)\n", file.c_str(), static_cast<double>(fs::file_size(file)) / 1e6);
  std::printf("graph         %zu entities, %zu relations\n", graph->vertex_count(), graph->edge_count());
  std::printf("load          %.2f s (%.2f s processor time)\n", since(start),
              static_cast<double>(std::clock()) / CLOCKS_PER_SEC - cpu);
  start = Clock::now();
  const jaring::QueryEngine engine(*graph);
  std::printf("index         %.2f s (relation and adjacency index, name lookup)\n\n", since(start));

  // The busiest actors make the heaviest one-pattern questions.
  const jaring::Graph& g = graph->graph();
  std::vector<std::pair<std::size_t, jaring::Vertex>> degree;
  for (auto [it, end] = boost::vertices(g); it != end; ++it)
    degree.emplace_back(boost::out_degree(*it, g) + boost::in_degree(*it, g), *it);
  std::sort(degree.rbegin(), degree.rend());
  const std::string hub = query_name(*graph, engine.lookup(), degree[0].second);
  const std::string second = query_name(*graph, engine.lookup(), degree[1].second);
  const std::string middling = query_name(*graph, engine.lookup(), degree[degree.size() / 100].second);
  const std::vector<std::string> queries = {
      "?x supports " + hub,
      hub + " ?r ?y",
      "?x meets " + middling,
      "?x ?r " + second + " COUNT BY ?r",
      "?x supports ?y",
      "?x:Person leader_of ?c:Country",
      "?x attacks ?y [mentions >= 2, date >= 2025-01]",
      "?x invades ?y [negated]",
      "?x supports ?y ORDER BY mentions DESC LIMIT 10",
      "?a ?r ?b LIMIT 10",
      "?a ?r ?b COUNT BY ?r",
      "?x deploys_troops_to ?y . ?y fights " + second,
  };
  std::printf("%-62s %9s %9s %9s %9s\n", "query (first run / best of the runs, seconds)", "first", "best", "rows", "tsv");
  for (const std::string& text : queries) {
    Timing t;
    for (int i = 0; i < repeat; ++i) {
      start = Clock::now();
      const jaring::Query q = jaring::parse_query(text, relations);
      const jaring::QueryResult r = engine.run(q);
      const double took = since(start);
      if (i == 0) {
        t.first = took;
        t.rows = r.rows.size();
        start = Clock::now();
        std::ostringstream out;
        jaring::write_tables({jaring::result_table(*graph, q, r, false)}, jaring::TableFormat::Tsv, out);
        t.format = since(start);
      }
      t.best = std::min(t.best, took);
    }
    std::printf("%-62s %9.4f %9.4f %9zu %9.4f\n", text.c_str(), t.first, t.best, t.rows, t.format);
  }

  std::printf("\n");
  const jaring::EdgeFilter plain;
  start = Clock::now();
  const auto card = jaring::entity_card(*graph, degree[0].second, plain, false);
  std::printf("%-40s %8.3f s  (%zu relations)\n", ("show " + hub).c_str(), since(start), card[1].rows.size());
  start = Clock::now();
  const auto around = jaring::neighbors(*graph, degree[0].second, 1, plain);
  std::printf("%-40s %8.3f s  (%zu entities)\n", ("neighbors " + hub).c_str(), since(start), around.size());
  start = Clock::now();
  const jaring::Vertex far = degree[degree.size() / 2].second;
  const auto paths = jaring::shortest_paths(*graph, degree[degree.size() / 3].second, far, plain, 20);
  std::printf("%-40s %8.3f s  (%zu paths of %zu steps)\n", "path (two ordinary entities)", since(start), paths.size(),
              paths.empty() ? 0 : paths[0].hops.size());
  start = Clock::now();
  const auto k = jaring::k_shortest_paths(*graph, degree[degree.size() / 3].second, far, plain, 5);
  std::printf("%-40s %8.3f s  (%zu paths)\n", "path --k 5", since(start), k.size());
  start = Clock::now();
  const auto stats = jaring::graph_stats(*graph, plain, 10, jaring::Ranking::PageRank, false);
  std::printf("%-40s %8.3f s  (betweenness %s)\n", "stats (degree, PageRank)", since(start),
              stats.betweenness ? "computed" : "skipped: too large");
  std::fflush(stdout);
  std::_Exit(0);
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  const auto value = [&args](const std::string& flag, const std::string& fallback) {
    const auto it = std::find(args.begin(), args.end(), flag);
    return it != args.end() && it + 1 != args.end() ? *(it + 1) : fallback;
  };
  try {
    if (!args.empty() && args[0] == "generate" && args.size() >= 3)
      return generate(std::stoull(value("--edges", "1000000")), value("-o", "graph.jsonld"));
    if (args.size() >= 2 && args[0] == "run") return run(args[1], std::stoi(value("--repeat", "5")));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "jaring_bench_query: %s\n", e.what());
    return 1;
  }
  std::fprintf(stderr,
               "usage: jaring_bench_query generate [--edges N] -o FILE\n"
               "       jaring_bench_query run FILE [--repeat R]\n");
  return 2;
}
