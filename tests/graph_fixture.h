// A small hand-made graph for the query and graph command tests: every relation it holds
// is listed in graph_fixture.cc, so that expected answers can be read off there.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <optional>
#include <string>

#include "jaring/graph.h"
#include "jaring/model.h"

namespace jaring::test {

/// The relation vocabulary of the source tree (no lexicon or frames: these tests do not
/// extract).
const RelationSet& relations();

/// The fixture graph (built once).
const KnowledgeGraph& fixture_graph();

/// The graph of ../shared/corpus/dev/*.txt relative to the source tree, built with the
/// extractor; nullopt (after printing a skip message) when that directory is absent.
const KnowledgeGraph* dev_corpus_graph();

}  // namespace jaring::test

// Failed checks on lists of rows print the rows.
template <>
struct doctest::StringMaker<std::vector<std::string>> {
  static doctest::String convert(const std::vector<std::string>& lines) {
    std::string out = "{";
    for (const std::string& l : lines) out += "\n    \"" + l + "\"";
    return (out + "}").c_str();
  }
};
