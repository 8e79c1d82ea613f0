// Running the stages over input files: read (checked UTF-8), extract, hand the triples
// on. A bad input is reported and skipped; the others are still processed.
//
// Documents are streamed: each is read, extracted, handed to the callback and dropped, so
// memory grows with what the caller keeps (the graph), not with the corpus. With several
// threads, workers read and extract a bounded window of documents ahead of the caller,
// and every callback still runs on the calling thread, in input order: output does not
// depend on the number of threads.
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
/// the file when it is missing, a directory, unreadable or binary (a NUL byte, UTF-16,
/// mostly not text). Ill-formed UTF-8 is replaced with U+FFFD and an empty file read as
/// such, each with a line in Document::warnings.
Document read_document(const std::string& path);

/// The document of `bytes` read from a file called `name`: what read_document() does
/// once the bytes are in memory (the checks, repairs and warnings).
Document document_from_bytes(std::string bytes, std::string name);

struct PipelineCallbacks {
  /// Called for each document, in input order, with its triples.
  std::function<void(const Document&, std::vector<Triple>&)> on_document;
  /// Called for each input that could not be processed, in input order.
  std::function<void(const Error&)> on_error;
  /// Called with each of a document's warnings (Document::warnings), before on_document.
  std::function<void(const std::string&)> on_warning;
  /// Called after each input with (done, total), for progress displays.
  std::function<void(std::size_t, std::size_t)> on_progress;
  /// Optional: writes a document's output into a string on the thread that extracted it,
  /// right after (`worker`: that thread's number, below pipeline_threads(); concurrent
  /// with the other workers, so per-worker state is indexed by it). on_output receives the
  /// string in input order. Formatting is most of what a parallel run would otherwise do
  /// on the calling thread, which has to print in order; with render set and no
  /// on_document, the triples and the document (all but its name and warnings) are freed
  /// on the worker too.
  std::function<void(unsigned worker, const Document&, const std::vector<Triple>&, std::string&)> render;
  /// Called in input order with what `render` wrote, after on_document.
  std::function<void(const std::string&)> on_output;
};

struct PipelineOptions {
  /// Worker threads; 0 = default_threads(). 1 runs everything on the calling thread.
  unsigned threads = 0;
  /// Documents read or extracted ahead of the callbacks at most; 0 = 4 per thread. Bounds
  /// memory when one document is slow and the others pile up behind it.
  std::size_t window = 0;
};

/// One thread per core: std::thread::hardware_concurrency(), at least 1.
unsigned default_threads();

/// The number of threads run_pipeline uses for `inputs` inputs (options.threads, or
/// default_threads(), and no more than the inputs): PipelineCallbacks::render's workers.
unsigned pipeline_threads(std::size_t inputs, const PipelineOptions& options);

/// Processes `inputs`; returns the number of inputs that failed. Callbacks run on the
/// calling thread, in input order, whatever the number of threads. An exception other
/// than InputError (from the extractor or a callback) stops the workers and is rethrown.
std::size_t run_pipeline(const Extractor& extractor, const std::vector<std::string>& inputs,
                         const PipelineCallbacks& callbacks, const PipelineOptions& options = {});

}  // namespace jaring
