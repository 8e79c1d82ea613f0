// Printing extracted triples: JSON Lines (the contract ../shared/eval/score.py reads,
// documented in the README) and a short human-readable line.
#pragma once

#include <ostream>

#include "jaring/lexicon.h"
#include "jaring/types.h"

namespace jaring {

/// {"doc","sentence","span","text","subject":{name,type,qid,aliases},"relation","object",
///  "negated","modality","confidence","trigger","attributed_to"} on one line.
void write_triple_jsonl(const Triple& t, std::ostream& out);

/// `North Korea --supports--> Russia  [doc.txt:3] (negated, future)`
void write_triple_text(const Triple& t, std::ostream& out);

/// subject, relation, object, doc, sentence, negated, modality, confidence, text.
void write_triple_tsv(const Triple& t, std::ostream& out);

}  // namespace jaring
