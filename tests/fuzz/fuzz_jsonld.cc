// The JSON-LD reader (`build --merge`, `merge`, `query` and the graph commands read
// graphs other tools may have written). Any bytes are either refused with an InputError
// or read into a graph; a graph that was read must write every export, and its JSON-LD
// must read back into the same graph (the same bytes written again). The parser of the
// writer's layout and the general parser must agree: the same graph, or the same message.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "fuzz_util.h"
#include "jaring/error.h"
#include "jaring/exporter.h"
#include "jaring/graph.h"
#include "jaring/jsonld_reader.h"

using jaring::fuzz::require;

namespace {

std::string write(const jaring::KnowledgeGraph& graph, std::string_view format) {
  std::ostringstream out;
  jaring::make_exporter(format)->write(graph, out);
  return out.str();
}

// Reads `text` into `graph` in the given way: the graph's JSON-LD, or the message.
std::string read_as(const std::string& text, bool layout_parser, jaring::KnowledgeGraph& graph, bool& ok) {
  std::istringstream in(text);
  jaring::JsonLdReadOptions options;
  options.layout_parser = layout_parser;
  ok = false;
  try {
    jaring::read_jsonld(in, "fuzz.jsonld", graph, options);
  } catch (const jaring::InputError& e) {
    return std::string("error: ") + e.what();
  }
  ok = true;
  return write(graph, "jsonld");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const jaring::RelationSet& relations = jaring::fuzz::model().relations;
  const std::string text(reinterpret_cast<const char*>(data), size);
  // Read the default way (the layout parser first), and by the general parser alone.
  jaring::KnowledgeGraph graph(relations), general(relations);
  bool ok = false, general_ok = false;
  const std::string first = read_as(text, true, graph, ok);
  require(first == read_as(text, false, general, general_ok), "the layout parser reads what the general parser reads");
  if (!ok) return 0;
  jaring::KnowledgeGraph again(relations);
  std::istringstream written(first);
  try {
    jaring::read_jsonld(written, "written.jsonld", again);
  } catch (const jaring::InputError& e) {
    require(false, std::string("jaring reads what it wrote: ") + e.what());
  }
  require(write(again, "jsonld") == first, "a graph read back writes the same bytes");
  // The text exports must cope with whatever names and evidence a graph holds (the
  // diagrams go through Graphviz's layout, too slow to fuzz).
  for (std::string_view format : {"nquads", "dot", "graphml"}) write(graph, format);
  return 0;
}
