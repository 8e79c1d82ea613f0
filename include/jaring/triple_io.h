// Printing extracted triples: JSON Lines (the contract ../shared/eval/score.py reads,
// documented in the README) and a short human-readable line.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "jaring/lexicon.h"
#include "jaring/types.h"

namespace jaring {

/// {"doc","sentence","span","text","subject":{name,type,qid,aliases},"relation","object",
///  "negated","modality","confidence","trigger","attributed_to"} on one line. For many
/// triples, JsonlTripleWriter writes the same faster.
void write_triple_jsonl(const Triple& t, std::ostream& out);

/// Writes triples as JSON lines (write_triple_jsonl's), rendering each lexicon actor once:
/// the entities of the lexicon must outlive the writer.
class JsonlTripleWriter {
 public:
  JsonlTripleWriter();
  ~JsonlTripleWriter();
  JsonlTripleWriter(const JsonlTripleWriter&) = delete;
  JsonlTripleWriter& operator=(const JsonlTripleWriter&) = delete;

  void write(const Triple& t, std::ostream& out);
  /// The same line, appended to `out`.
  void append(const Triple& t, std::string& out);

 private:
  class ActorCache;
  std::unique_ptr<ActorCache> actors_;
  std::string line_;  // the line being assembled, reused
};

/// `North Korea --supports--> Russia  [doc.txt:3] (negated, future)`
void write_triple_text(const Triple& t, std::ostream& out);

/// subject, relation, object, doc, sentence, negated, modality, confidence, text.
void write_triple_tsv(const Triple& t, std::ostream& out);

}  // namespace jaring
