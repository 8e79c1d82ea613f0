// The query language: any text is parsed, and a query that parses is run against the
// sample graph (graphs/sample.jsonld), its result tabled with evidence. Errors must be
// UsageErrors (a bad query, an unknown or ambiguous name), nothing else.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_util.h"
#include "jaring/error.h"
#include "jaring/graph.h"
#include "jaring/jsonld_reader.h"
#include "jaring/query.h"

namespace {

const jaring::KnowledgeGraph& sample_graph() {
  static const jaring::KnowledgeGraph graph = [] {
    jaring::KnowledgeGraph g(jaring::fuzz::model().relations);
    jaring::read_jsonld_file(JARING_FUZZ_SOURCE_DIR "/graphs/sample.jsonld", g);
    return g;
  }();
  return graph;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Queries are typed on a command line: a few hundred bytes at most are interesting,
  // and a longer one only makes the joins slower.
  if (size > 512) return 0;
  static const jaring::QueryEngine engine(sample_graph());
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const jaring::Query query = jaring::parse_query(text, jaring::fuzz::model().relations);
    // Small bounds: a query whose matches explode must stop with its UsageError quickly.
    jaring::QueryLimits limits;
    limits.steps = 200000;
    limits.rows = 20000;
    const jaring::QueryResult result = engine.run(query, limits);
    jaring::result_table(engine.graph(), query, result, true);
    jaring::result_subgraph(engine.graph(), query, result);
  } catch (const jaring::UsageError&) {
  }
  return 0;
}
