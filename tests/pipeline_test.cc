// The document pipeline: output in input order whatever the threads, work handed to the
// workers (render) reaching the calling thread in order, errors in their place.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "jaring/pipeline.h"
#include "jaring/triple_io.h"
#include "test_util.h"

namespace jaring {
namespace {

// An article with a byte of another encoding: read with a warning.
std::string latin1_article() {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "jaring-pipeline-latin1.txt";
  std::ofstream(path, std::ios::binary) << "Korea Utara mendukung Rusia, kata pejabat di Pyongyang \xe9.\n";
  return path.string();
}

// Every sample article, with a missing file in the middle and one read with a warning.
std::vector<std::string> inputs() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(JARING_TEST_DATA_DIR) / "samples"))
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  files.insert(files.begin() + static_cast<std::ptrdiff_t>(files.size() / 2), "no/such/article.txt");
  files.push_back(latin1_article());
  return files;
}

struct Run {
  std::string output;                   // on_output's strings, in the order received
  std::vector<std::string> errors;      // on_error's
  std::vector<std::string> warnings;    // on_warning's
  std::vector<unsigned> workers;        // render's worker numbers
  std::vector<std::thread::id> render_threads, output_threads;
};

// The JSON lines of every input, made by `render` on the workers.
Run run(unsigned threads) {
  const Extractor extractor(test::model());
  const std::vector<std::string> files = inputs();
  PipelineOptions po;
  po.threads = threads;
  std::vector<std::unique_ptr<JsonlTripleWriter>> writers;
  for (unsigned w = 0; w < pipeline_threads(files.size(), po); ++w) writers.push_back(std::make_unique<JsonlTripleWriter>());
  Run r;
  std::mutex mutex;
  PipelineCallbacks cb;
  cb.render = [&](unsigned worker, const Document&, const std::vector<Triple>& triples, std::string& out) {
    for (const Triple& t : triples) writers.at(worker)->append(t, out);
    const std::lock_guard lock(mutex);
    r.workers.push_back(worker);
    r.render_threads.push_back(std::this_thread::get_id());
  };
  cb.on_output = [&](const std::string& lines) {
    r.output += lines;
    r.output_threads.push_back(std::this_thread::get_id());
  };
  cb.on_error = [&](const Error& e) { r.errors.push_back(e.what()); };
  cb.on_warning = [&](const std::string& w) { r.warnings.push_back(w); };
  CHECK(run_pipeline(extractor, files, cb, po) == 1);
  return r;
}

}  // namespace

TEST_CASE("pipeline: what render makes on the workers reaches on_output in input order") {
  const Run one = run(1);
  const Run three = run(3);
  CHECK(one.output.size() > 1000);
  CHECK(three.output == one.output);
  CHECK(three.errors == std::vector<std::string>{"no/such/article.txt: no such file"});
  CHECK(one.errors == three.errors);
  // Warnings survive the document, which the workers free after render.
  REQUIRE(three.warnings.size() == 1);
  CHECK(three.warnings[0].find("jaring-pipeline-latin1.txt: invalid UTF-8") != std::string::npos);
  CHECK(one.warnings == three.warnings);
  // Rendered on the workers, numbered below the thread count; printed on the caller.
  CHECK(three.workers.size() == inputs().size() - 1);
  for (const unsigned w : three.workers) CHECK(w < 3);
  for (const std::thread::id t : three.render_threads) CHECK(t != std::this_thread::get_id());
  for (const std::thread::id t : three.output_threads) CHECK(t == std::this_thread::get_id());
  // One thread: everything on the calling thread, worker 0.
  for (const unsigned w : one.workers) CHECK(w == 0);
  for (const std::thread::id t : one.render_threads) CHECK(t == std::this_thread::get_id());
}

TEST_CASE("pipeline: no more threads than inputs") {
  PipelineOptions po;
  po.threads = 8;
  CHECK(pipeline_threads(3, po) == 3);
  CHECK(pipeline_threads(0, po) == 1);
  po.threads = 2;
  CHECK(pipeline_threads(100, po) == 2);
  po.threads = 0;
  CHECK(pipeline_threads(100, po) == default_threads());
}

}  // namespace jaring
