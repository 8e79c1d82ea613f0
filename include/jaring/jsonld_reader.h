// Reading jaring's own JSON-LD back into a graph (for `build --merge`, `merge`, `render`,
// `export`, `query` and the graph commands). Only what the JSON-LD exporter writes is
// understood; reading and writing again gives the same bytes.
#pragma once

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

}  // namespace jaring
