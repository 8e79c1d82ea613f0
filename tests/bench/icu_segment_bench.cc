// The reference for extraction throughput: ICU sentence and word segmentation alone,
// over the same text, on one core. Any extractor that tokenizes with ICU does at least
// this much work per byte, so its speed bounds jaring's.
//
//   jaring_bench_icu [--repeat R] DIR_OR_FILE...
//
// Reads every file (a directory: its *.txt files) into memory first, then, R times (default
// 3), for each document: a sentence BreakIterator over the UTF-8 bytes (UText, as
// src/text/segment.cc does), and for each sentence a word BreakIterator over its bytes,
// counting the words (boundaries with a word rule status). Prints one line of JSON with
// the best run: files, bytes, sentences, words, seconds, MB/s (10^6 bytes), sentences/s.
// Not a test: scripts/bench runs it.
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Counts {
  std::size_t sentences = 0;
  std::size_t words = 0;
};

// One pass over every document; the iterators are made once, as an extractor would.
Counts segment(const std::vector<std::string>& docs, icu::BreakIterator& sentences, icu::BreakIterator& words) {
  Counts c;
  UErrorCode status = U_ZERO_ERROR;
  UText* doc_text = nullptr;
  UText* sentence_text = nullptr;
  for (const std::string& doc : docs) {
    doc_text = utext_openUTF8(doc_text, doc.data(), static_cast<int64_t>(doc.size()), &status);
    sentences.setText(doc_text, status);
    sentences.first();
    while (sentences.next() != icu::BreakIterator::DONE) ++c.sentences;
    words.setText(doc_text, status);
    words.first();
    while (words.next() != icu::BreakIterator::DONE)
      if (words.getRuleStatus() != UBRK_WORD_NONE) ++c.words;
  }
  utext_close(sentence_text);
  utext_close(doc_text);
  if (U_FAILURE(status)) {
    std::cerr << "jaring_bench_icu: ICU error " << u_errorName(status) << '\n';
    std::exit(1);
  }
  return c;
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 3;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::stoi(argv[++i]));
    } else if (fs::is_directory(a)) {
      for (const auto& entry : fs::directory_iterator(a))
        if (entry.path().extension() == ".txt") files.push_back(entry.path());
    } else {
      files.emplace_back(a);
    }
  }
  if (files.empty()) {
    std::cerr << "usage: jaring_bench_icu [--repeat R] DIR_OR_FILE...\n";
    return 2;
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> docs;
  std::size_t bytes = 0;
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    docs.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    bytes += docs.back().size();
  }

  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> sentences(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    std::cerr << "jaring_bench_icu: no ICU break iterators\n";
    return 1;
  }
  // Wall time, and processor time, which a machine shared with other work disturbs less:
  // the best run of each.
  double best = 1e300, best_cpu = 1e300;
  Counts counts;
  for (int r = 0; r < repeat; ++r) {
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    counts = segment(docs, *sentences, *words);
    best_cpu = std::min(best_cpu, static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::printf(
      "{\"files\": %zu, \"bytes\": %zu, \"sentences\": %zu, \"words\": %zu, \"seconds\": %.3f, "
      "\"cpu_seconds\": %.3f, \"mb_per_s\": %.2f, \"sentences_per_s\": %.0f}\n",
      docs.size(), bytes, counts.sentences, counts.words, best, best_cpu, static_cast<double>(bytes) / 1e6 / best,
      static_cast<double>(counts.sentences) / best);
  return 0;
}
