// Stage 3, extraction: a document's sentences -> actor mentions -> relation triples.
//
// The extractor reads clause structure with rules over word classes (data/grammar) and
// relation frames (data/frames); it never lists the words of a particular text. Per
// sentence it finds the actors (lexicon names, titles, institutions, unknown proper
// names, pronouns and descriptions resolved against the document so far), then fills
// each frame's subject and object from the clause around its trigger.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "jaring/model.h"
#include "jaring/types.h"

namespace jaring {

struct ExtractOptions {
  std::string language;  // force a language ("id", "en"); empty = detect per document
  std::string date;      // document date (YYYY-MM-DD) when the text has no dateline
};

/// Holds nothing that changes while it works (every document's state lives in the call),
/// so one Extractor serves any number of threads at once.
class Extractor {
 public:
  Extractor(const Model& model, ExtractOptions options = {});
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  /// Segments `doc` (language and date too, unless set), then extracts its triples in
  /// sentence order. Never throws for odd text: unknown words are simply not actors.
  std::vector<Triple> extract(Document& doc) const;

  /// The actor mentions of each sentence of the last analysed document, for `-v` and tests.
  std::vector<std::vector<Mention>> mentions(Document& doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace jaring
