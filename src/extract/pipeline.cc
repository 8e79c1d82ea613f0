// The document pipeline: sequential on the calling thread, or a pool of workers that
// read and extract documents ahead of the caller while the callbacks consume the
// results strictly in input order.
#include "jaring/pipeline.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace jaring {

namespace {

// What became of one input: its document and triples, or why it was skipped, or an
// error that must stop the run (rethrown on the calling thread, in input order).
struct Outcome {
  Document doc;
  std::vector<Triple> triples;
  std::string output;  // PipelineCallbacks::render's
  std::optional<InputError> input_error;
  std::exception_ptr failure;
};

Outcome process(const Extractor& extractor, const std::string& path, const PipelineCallbacks& cb, unsigned worker) {
  Outcome r;
  try {
    r.doc = read_document(path);
    r.triples = extractor.extract(r.doc);
    if (cb.render) {
      cb.render(worker, r.doc, r.triples, r.output);
      if (!cb.on_document) {
        // Nothing reads the document or its triples after render but its warnings: they
        // are freed here, in parallel, not by the thread that prints.
        r.triples = {};
        Document kept;
        kept.name = std::move(r.doc.name);
        kept.warnings = std::move(r.doc.warnings);
        r.doc = std::move(kept);
      }
    }
  } catch (const InputError& e) {
    r.input_error = e;
  } catch (...) {
    r.failure = std::current_exception();
  }
  return r;
}

// Hands one outcome to the callbacks; counts failed inputs.
void deliver(Outcome& r, const PipelineCallbacks& cb, std::size_t& failed) {
  if (r.failure) std::rethrow_exception(r.failure);
  if (r.input_error) {
    ++failed;
    if (cb.on_error) cb.on_error(*r.input_error);
  } else {
    if (cb.on_warning)
      for (const std::string& w : r.doc.warnings) cb.on_warning(w);
    if (cb.on_document) cb.on_document(r.doc, r.triples);
    if (cb.on_output) cb.on_output(r.output);
  }
}

// The documents in flight: workers claim inputs in order, at most `window` ahead of the
// next one to deliver, and park each outcome in its slot (input index modulo window).
class Window {
 public:
  Window(const Extractor& extractor, const std::vector<std::string>& inputs, const PipelineCallbacks& cb,
         unsigned threads, std::size_t window)
      : extractor_(extractor), inputs_(inputs), cb_(cb), slots_(window) {
    workers_.reserve(threads);
    for (unsigned t = 0; t < threads; ++t) workers_.emplace_back([this, t] { work(t); });
  }

  // Stops and joins the workers, also when a callback threw: no thread outlives the run.
  ~Window() {
    {
      const std::lock_guard lock(mutex_);
      stop_ = true;
    }
    space_.notify_all();
    for (std::thread& w : workers_) w.join();
  }

  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;

  // The outcome of input i, waiting for it; inputs must be taken in order.
  Outcome take(std::size_t i) {
    std::optional<Outcome>& slot = slots_[i % slots_.size()];
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&slot] { return slot.has_value(); });
    Outcome r = std::move(*slot);
    slot.reset();
    delivered_ = i + 1;
    lock.unlock();
    space_.notify_all();
    return r;
  }

 private:
  void work(unsigned worker) {
    std::unique_lock lock(mutex_);
    while (true) {
      space_.wait(lock, [this] {
        return stop_ || claimed_ >= inputs_.size() || claimed_ < delivered_ + slots_.size();
      });
      if (stop_ || claimed_ >= inputs_.size()) return;
      const std::size_t i = claimed_++;
      lock.unlock();
      Outcome r = process(extractor_, inputs_[i], cb_, worker);
      lock.lock();
      slots_[i % slots_.size()] = std::move(r);
      if (i == delivered_) ready_.notify_one();
    }
  }

  const Extractor& extractor_;
  const std::vector<std::string>& inputs_;
  const PipelineCallbacks& cb_;
  std::vector<std::optional<Outcome>> slots_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable ready_;  // an outcome arrived in the slot the caller waits for
  std::condition_variable space_;  // the window moved on (or the run stops)
  std::size_t claimed_ = 0;        // inputs taken by workers
  std::size_t delivered_ = 0;      // outcomes handed to the callbacks
  bool stop_ = false;
};

}  // namespace

unsigned default_threads() { return std::max(1u, std::thread::hardware_concurrency()); }

unsigned pipeline_threads(std::size_t inputs, const PipelineOptions& options) {
  return static_cast<unsigned>(
      std::min<std::size_t>(options.threads ? options.threads : default_threads(), std::max<std::size_t>(inputs, 1)));
}

std::size_t run_pipeline(const Extractor& extractor, const std::vector<std::string>& inputs,
                         const PipelineCallbacks& cb, const PipelineOptions& options) {
  const std::size_t n = inputs.size();
  const unsigned threads = pipeline_threads(n, options);
  std::size_t failed = 0;
  if (threads <= 1) {
    for (std::size_t i = 0; i < n; ++i) {
      Outcome r = process(extractor, inputs[i], cb, 0);
      deliver(r, cb, failed);
      if (cb.on_progress) cb.on_progress(i + 1, n);
    }
    return failed;
  }
  const std::size_t window = std::max<std::size_t>(options.window ? options.window : 4 * threads, threads);
  Window pool(extractor, inputs, cb, threads, window);
  for (std::size_t i = 0; i < n; ++i) {
    Outcome r = pool.take(i);
    deliver(r, cb, failed);
    if (cb.on_progress) cb.on_progress(i + 1, n);
  }
  return failed;
}

}  // namespace jaring
