// The text pipeline: any bytes, as the content of a file, go through what `jaring
// extract` does with one (reading's checks and repairs, segmentation, mentions,
// relations). Binary content is skipped as jaring skips it; everything else must come
// out as well-formed triples whose evidence points into the document.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "jaring/error.h"
#include "jaring/extractor.h"
#include "jaring/pipeline.h"
#include "jaring/text.h"

using jaring::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const jaring::Extractor extractor(jaring::fuzz::model());
  jaring::Document doc;
  try {
    doc = jaring::document_from_bytes(std::string(reinterpret_cast<const char*>(data), size), "fuzz.txt");
  } catch (const jaring::InputError&) {
    return 0;  // binary: skipped
  }
  require(!jaring::find_utf8_error(doc.text), "the repaired text is UTF-8");
  const std::vector<jaring::Triple> triples = extractor.extract(doc);
  std::size_t previous_end = 0;
  for (const jaring::Sentence& s : doc.sentences) {
    require(!s.tokens.empty() && s.tokens.size() <= jaring::kMaxSentenceTokens, "sentence length in tokens");
    require(s.tokens.size() == 1 || s.span.end - s.span.begin <= jaring::kMaxSentenceBytes, "sentence length in bytes");
    require(s.span.begin >= previous_end && s.span.begin <= s.span.end && s.span.end <= doc.text.size(),
            "sentences in order, inside the text");
    previous_end = s.span.end;
  }
  for (const jaring::Triple& t : triples) {
    require(t.subject && t.object && !t.relation.empty(), "a triple has a subject, relation and object");
    const jaring::Evidence& e = t.evidence;
    require(e.sentence < doc.sentences.size(), "evidence names a sentence of the document");
    require(e.span == doc.sentences[e.sentence].span, "evidence span is the sentence's");
    require(e.text == doc.slice(e.span), "evidence text is the sentence's bytes");
    require(e.confidence >= 0 && e.confidence <= 1, "confidence in [0, 1]");
  }
  return 0;
}
