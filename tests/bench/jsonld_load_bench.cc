// How long a large graph takes to load from jaring's JSON-LD.
//
//   jaring_bench_jsonld [--edges N] [--max-seconds S] [--keep FILE]
//   jaring_bench_jsonld --load FILE [--way layout|general|sequential]
//                                         (only time loading FILE, read one way)
//
// Builds a synthetic graph of N relations (default 1,000,000) among N/50 entities, four
// in five with a Wikidata id, every entity with aliases in two languages, every relation
// with one evidence record and every fifth with a second one: sentences of about 120
// bytes with all evidence fields set, like the extractor's. Writes it with the JSON-LD
// exporter, reads it back with read_jsonld_file, checks that writing again gives the same
// bytes, and prints the sizes and times. Fails when loading takes more than S seconds.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "jaring/exporter.h"
#include "jaring/jsonld_reader.h"
#include "jaring/model.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// A small deterministic generator: the same N always gives the same file.
struct Random {
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  std::uint64_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Processor time of this process: on a busy machine, wall time says more about the
// other processes than about the loader.
double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

std::vector<jaring::Vertex> add_entities(jaring::KnowledgeGraph& g, std::size_t n, Random& rnd) {
  static const jaring::EntityType types[] = {jaring::EntityType::Country, jaring::EntityType::Person,
                                             jaring::EntityType::Organization, jaring::EntityType::Place};
  std::vector<jaring::Vertex> vertices;
  for (std::size_t i = 0; i < n; ++i) {
    jaring::VertexData v;
    v.name = "Entity " + std::to_string(i);
    v.type = types[rnd.below(4)];
    if (i % 5 != 0) v.qid = "Q" + std::to_string(1000 + i);
    v.id = v.qid.empty() ? "entity_" + std::to_string(i) : v.qid;
    if (v.type == jaring::EntityType::Country) v.iso2 = "X" + std::string(1, static_cast<char>('A' + i % 26));
    v.aliases.emplace("Entitas " + std::to_string(i), "id");
    v.aliases.emplace("E" + std::to_string(i), "en");
    vertices.push_back(g.add_vertex(v));
  }
  return vertices;
}

jaring::Evidence evidence(std::size_t edge, std::size_t k, Random& rnd) {
  jaring::Evidence e;
  e.doc = "corpus/doc" + std::to_string(edge / 40) + ".txt";
  e.language = k % 2 ? "en" : "id";
  e.date = "2025-0" + std::to_string(1 + rnd.below(9)) + "-1" + std::to_string(rnd.below(10));
  e.sentence = edge % 40 + k;
  e.span = {e.sentence * 130, e.sentence * 130 + 120};
  e.text = "Pemerintah Entitas " + std::to_string(edge) +
           " menyatakan dukungan penuh kepada mitranya dalam pertemuan tingkat tinggi di ibu kota pekan lalu.";
  e.trigger = "menyatakan dukungan";
  e.subject_text = "Entitas " + std::to_string(edge);
  e.object_text = "mitranya";
  e.modality = rnd.below(4) == 0 ? jaring::Modality::Reported : jaring::Modality::Asserted;
  if (e.modality == jaring::Modality::Reported) e.attributed_to = "Kantor Berita";
  e.negated = rnd.below(20) == 0;
  e.confidence = 0.5 + static_cast<double>(rnd.below(500)) / 1000.0;
  return e;
}

jaring::KnowledgeGraph make_graph(const jaring::RelationSet& relations, std::size_t edges) {
  jaring::KnowledgeGraph g(relations);
  Random rnd;
  const std::vector<jaring::Vertex> vertices = add_entities(g, std::max<std::size_t>(edges / 50, 10), rnd);
  const std::vector<jaring::Relation>& all = relations.all();
  while (g.edge_count() < edges) {
    const std::size_t i = g.edge_count();
    const jaring::Vertex s = vertices[rnd.below(vertices.size())];
    const jaring::Vertex o = vertices[rnd.below(vertices.size())];
    if (s == o) continue;
    const std::string& relation = all[rnd.below(all.size())].id;
    g.add_evidence(s, relation, o, evidence(i, 0, rnd));
    if (i % 5 == 0) g.add_evidence(s, relation, o, evidence(i, 1, rnd));
  }
  return g;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t edges = 1000000;
  double max_seconds = 0;
  fs::path keep, load_only;
  jaring::JsonLdReadStats stats;
  jaring::JsonLdReadOptions options;
  options.stats = &stats;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    if (arg == "--edges") edges = std::strtoull(argv[i + 1], nullptr, 10);
    else if (arg == "--max-seconds") max_seconds = std::strtod(argv[i + 1], nullptr);
    else if (arg == "--keep") keep = argv[i + 1];
    else if (arg == "--load") load_only = argv[i + 1];
    else if (arg == "--way") {
      options.layout_parser = std::string(argv[i + 1]) == "layout";
      options.chunks = std::string(argv[i + 1]) != "sequential";
    }
  }
  try {
    const jaring::RelationSet relations = jaring::RelationSet::load(fs::path(JARING_TEST_DATA_DIR) / "relations.tsv");
    if (!load_only.empty()) {
      jaring::KnowledgeGraph back(relations);
      const auto start = Clock::now();
      const double cpu = cpu_seconds();
      jaring::read_jsonld_file(load_only, back, options);
      std::printf("loaded %zu entities, %zu relations in %.2f s (%.2f s processor time; nodes: %zu by the layout "
                  "parser, %zu by the general one%s)\n",
                  back.vertex_count(), back.edge_count(), seconds_since(start), cpu_seconds() - cpu,
                  stats.layout_nodes, stats.general_nodes, stats.sequential ? ", sequential parse" : "");
      std::fflush(stdout);
      std::_Exit(0);  // the graph's destructor is not part of loading
    }
    auto start = Clock::now();
    const jaring::KnowledgeGraph graph = make_graph(relations, edges);
    std::printf("generated %zu entities, %zu relations in %.2f s\n", graph.vertex_count(), graph.edge_count(),
                seconds_since(start));
    const fs::path file = keep.empty() ? fs::temp_directory_path() / "jaring_bench.jsonld" : keep;
    const auto exporter = jaring::make_exporter("jsonld");
    start = Clock::now();
    jaring::write_atomically(file, [&](std::ostream& out) { exporter->write(graph, out); });
    std::printf("wrote %s: %.1f MB in %.2f s\n", file.c_str(), static_cast<double>(fs::file_size(file)) / 1e6,
                seconds_since(start));

    jaring::KnowledgeGraph back(relations);
    start = Clock::now();
    const double cpu = cpu_seconds();
    jaring::read_jsonld_file(file, back);
    const double load = seconds_since(start);
    std::printf("loaded %zu entities, %zu relations in %.2f s (%.2f s processor time)\n", back.vertex_count(),
                back.edge_count(), load, cpu_seconds() - cpu);

    std::ostringstream again;
    exporter->write(back, again);
    const bool same = again.str() == slurp(file);
    if (keep.empty()) fs::remove(file);
    if (!same) {
      std::fprintf(stderr, "FAIL: writing the loaded graph gives other bytes\n");
      return 1;
    }
    if (max_seconds > 0 && load > max_seconds) {
      std::fprintf(stderr, "FAIL: loading took %.2f s, more than %.2f s\n", load, max_seconds);
      return 1;
    }
    std::printf("ok\n");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "FAIL: %s\n", e.what());
    return 1;
  }
  return 0;
}
