#include "jaring/pipeline.h"

namespace jaring {

std::size_t run_pipeline(const Extractor& extractor, const std::vector<std::string>& inputs,
                         const PipelineCallbacks& cb) {
  std::size_t failed = 0;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    try {
      Document doc = read_document(inputs[i]);
      std::vector<Triple> triples = extractor.extract(doc);
      if (cb.on_document) cb.on_document(doc, triples);
    } catch (const InputError& e) {
      ++failed;
      if (cb.on_error) cb.on_error(e);
    }
    if (cb.on_progress) cb.on_progress(i + 1, inputs.size());
  }
  return failed;
}

}  // namespace jaring
