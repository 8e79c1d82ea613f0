// Helpers shared by the unit tests: the real data directory, loaded once.
#pragma once

#include <string>

#include "jaring/extractor.h"
#include "jaring/model.h"

namespace jaring::test {

/// The model from the source tree's data/ (loaded on first use, then shared).
const Model& model();

/// Extracts the triples of `text` as a small document named "test.txt". The document is
/// kept for the rest of the test run: the entities made for its names belong to it.
std::vector<Triple> extract(const std::string& text, const std::string& date = "2025-06-01");

/// Keeps `e` for the rest of the test run (as a lexicon keeps its entities) and returns it.
EntityRef keep(Entity e);

/// An entity made for a test and kept like `keep`'s.
EntityRef entity(const std::string& id, const std::string& name, EntityType type, const std::string& qid = "");

/// True when `triples` holds subject -relation-> object (names), not negated.
bool has(const std::vector<Triple>& triples, const std::string& subject, const std::string& relation,
         const std::string& object);

}  // namespace jaring::test
