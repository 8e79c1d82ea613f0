// Reading jaring's own JSON-LD back into a graph (for `build --merge`, `merge`, `render`,
// `export`, `query` and the graph commands). Only what the JSON-LD exporter writes is
// understood; reading and writing again gives the same bytes.
#pragma once

#include <cstddef>
#include <filesystem>
#include <istream>
#include <string>

#include "jaring/graph.h"

namespace jaring {

/// Adds the entities, relations and evidence of the JSON-LD in `in` to `graph`.
/// Throws InputError("<name>: <what is wrong>") when it is not JSON, or not a graph
/// written by jaring (with the byte offset of a JSON syntax error). `graph` may then hold
/// part of the document: read into a graph of its own when that matters. Relations must
/// be in the graph's relation vocabulary. Large files are parsed on several threads.
void read_jsonld(std::istream& in, const std::string& name, KnowledgeGraph& graph);

/// Reads the file at `path` ("-" = standard input) into `graph`.
void read_jsonld_file(const std::filesystem::path& path, KnowledgeGraph& graph);

/// How the nodes of a read went (tests and benchmarks check which parser read them).
struct JsonLdReadStats {
  std::size_t layout_nodes = 0;   // statements read by the parser of the writer's layout
  std::size_t general_nodes = 0;  // nodes read by the general JSON parser, chunk by chunk
  bool sequential = false;        // the whole document went through the plain sequential parse
};

/// The ways of reading, for tests and benchmarks: every way gives the same graph, or the
/// same message. The defaults are the fastest.
struct JsonLdReadOptions {
  /// A document laid out as the writer lays it out is cut into chunks of nodes; false
  /// reads every document with one sequential parse.
  bool chunks = true;
  /// In those chunks, statements laid out exactly as the writer writes them are read by a
  /// parser of that layout; false sends every node through the general JSON parser.
  bool layout_parser = true;
  JsonLdReadStats* stats = nullptr;  // filled when not null
};

void read_jsonld(std::istream& in, const std::string& name, KnowledgeGraph& graph, const JsonLdReadOptions& options);
void read_jsonld_file(const std::filesystem::path& path, KnowledgeGraph& graph, const JsonLdReadOptions& options);

}  // namespace jaring
