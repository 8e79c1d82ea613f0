// The reference for extraction throughput: ICU sentence and word segmentation alone,
// over the same text, on one core. Any extractor that tokenizes with ICU does at least
// this much work per byte, so its speed bounds jaring's.
//
//   jaring_bench_icu [--repeat R] DIR_OR_FILE...
//
// Reads every file (a directory: its *.txt files) into memory first, then, R times (default
// 3), for each document: a sentence BreakIterator and a word BreakIterator over the whole
// document, counting sentences and words (boundaries with a word rule status). ICU reads
// text two ways, and both are timed: UTF-8 through a UText (what src/text/segment.cc does:
// no copy) and UTF-16 (converted first; ICU's native form, whose rules run faster). The
// bound is the faster of the two, so that jaring is never compared with a slow baseline.
// Prints one line of JSON with the best run of the faster way: files, bytes, sentences,
// words, seconds, cpu_seconds, MB/s (10^6 bytes), sentences/s, plus "way" and the MB/s of
// each way per second of processor time. Not a test: scripts/bench runs it.
#include <unicode/brkiter.h>
#include <unicode/unistr.h>
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

enum class Way { utf8_utext, utf16 };

// One document through both iterators. UTF-16 text is converted first, inside the timing:
// a UTF-8 extractor would have to pay for that copy too.
void segment_one(const std::string& doc, Way way, icu::BreakIterator& sentences, icu::BreakIterator& words,
                 UText*& text, Counts& c, UErrorCode& status) {
  icu::UnicodeString utf16;
  if (way == Way::utf16) {
    utf16 = icu::UnicodeString::fromUTF8(doc);
    sentences.setText(utf16);
  } else {
    text = utext_openUTF8(text, doc.data(), static_cast<int64_t>(doc.size()), &status);
    sentences.setText(text, status);
  }
  sentences.first();
  while (sentences.next() != icu::BreakIterator::DONE) ++c.sentences;
  if (way == Way::utf16)
    words.setText(utf16);
  else
    words.setText(text, status);
  words.first();
  while (words.next() != icu::BreakIterator::DONE)
    if (words.getRuleStatus() != UBRK_WORD_NONE) ++c.words;
}

// One pass over every document; the iterators are made once, as an extractor would.
Counts segment(const std::vector<std::string>& docs, Way way, icu::BreakIterator& sentences,
               icu::BreakIterator& words) {
  Counts c;
  UErrorCode status = U_ZERO_ERROR;
  UText* text = nullptr;
  for (const std::string& doc : docs) segment_one(doc, way, sentences, words, text, c, status);
  utext_close(text);
  if (U_FAILURE(status)) {
    std::cerr << "jaring_bench_icu: ICU error " << u_errorName(status) << '\n';
    std::exit(1);
  }
  return c;
}

struct Timing {
  double seconds = 1e300;
  double cpu_seconds = 1e300;
  Counts counts;
};

// Wall time, and processor time, which a machine shared with other work disturbs less:
// the best run of each.
Timing time_way(const std::vector<std::string>& docs, Way way, int repeat, icu::BreakIterator& sentences,
                icu::BreakIterator& words) {
  Timing t;
  for (int r = 0; r < repeat; ++r) {
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    t.counts = segment(docs, way, sentences, words);
    t.cpu_seconds = std::min(t.cpu_seconds, static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
    t.seconds = std::min(t.seconds, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  return t;
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
  const Timing utf8 = time_way(docs, Way::utf8_utext, repeat, *sentences, *words);
  const Timing utf16 = time_way(docs, Way::utf16, repeat, *sentences, *words);
  const bool utf16_faster = utf16.cpu_seconds < utf8.cpu_seconds;
  const Timing& best = utf16_faster ? utf16 : utf8;
  const auto mb_per_s = [&](double seconds) { return static_cast<double>(bytes) / 1e6 / seconds; };
  std::printf(
      "{\"files\": %zu, \"bytes\": %zu, \"sentences\": %zu, \"words\": %zu, \"seconds\": %.3f, "
      "\"cpu_seconds\": %.3f, \"mb_per_s\": %.2f, \"sentences_per_s\": %.0f, \"way\": \"%s\", "
      "\"utf8_cpu_mb_per_s\": %.2f, \"utf16_cpu_mb_per_s\": %.2f}\n",
      docs.size(), bytes, best.counts.sentences, best.counts.words, best.seconds, best.cpu_seconds,
      mb_per_s(best.seconds), static_cast<double>(best.counts.sentences) / best.seconds,
      utf16_faster ? "utf16" : "utf8", mb_per_s(utf8.cpu_seconds), mb_per_s(utf16.cpu_seconds));
  return 0;
}
