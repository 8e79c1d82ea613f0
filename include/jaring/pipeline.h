// Running the stages over input files: read (checked UTF-8), extract, hand the triples
// on. A bad input is reported and skipped; the others are still processed.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "jaring/error.h"
#include "jaring/extractor.h"
#include "jaring/types.h"

namespace jaring {

/// Reads a document: a file name, or "-" for standard input. Throws InputError naming
/// the file when it is missing, a directory, unreadable or not UTF-8 text.
Document read_document(const std::string& path);

struct PipelineCallbacks {
  /// Called for each document, in input order, with its triples.
  std::function<void(const Document&, std::vector<Triple>&)> on_document;
  /// Called for each input that could not be processed.
  std::function<void(const Error&)> on_error;
  /// Called after each input with (done, total), for progress displays.
  std::function<void(std::size_t, std::size_t)> on_progress;
};

/// Processes `inputs` in order; returns the number of inputs that failed.
std::size_t run_pipeline(const Extractor& extractor, const std::vector<std::string>& inputs,
                         const PipelineCallbacks& callbacks);

}  // namespace jaring
