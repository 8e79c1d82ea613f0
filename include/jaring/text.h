// Stage 1, text: bytes -> Document with sentences and tokens.
//
// The original bytes are never rewritten, so every span points into the file as given.
// Normalization happens on each token's `norm` key instead: ICU NFC, case folding,
// diacritics removed, typographic quotes made plain. Broken hyphens in reduplication
// (`langkah -langkah`) are joined into one token.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "jaring/types.h"

namespace jaring {

/// Throws InputError("<name>: not UTF-8 at byte N") unless `bytes` is well-formed UTF-8.
void validate_utf8(std::string_view bytes, const std::string& name);

/// The matching key of a word: NFC, case-folded, diacritics removed, quotes made plain.
std::string normalize_key(std::string_view text);

/// Language data for segmentation, language identification and date lines,
/// loaded from data/text/.
struct TextData {
  // language -> abbreviations (normalized, without the final period)
  std::unordered_map<std::string, std::unordered_set<std::string>> abbreviations;
  // language -> function words that identify it
  std::unordered_map<std::string, std::unordered_set<std::string>> language_cues;
  // normalized month name (any language) -> month number 1..12
  std::unordered_map<std::string, int> months;
  // normalized number word (any language) -> value: dua 2, ketiga 3, both 2, three 3
  std::unordered_map<std::string, int> numbers;

  /// The value of a number word, or 0.
  int number(const std::string& norm) const {
    const auto it = numbers.find(norm);
    return it == numbers.end() ? 0 : it->second;
  }

  static TextData load(const std::filesystem::path& data_dir);
};

/// Splits documents into sentences and tokens. Safe to use from several threads at once:
/// each call clones the ICU break iterator it was built with.
class Segmenter {
 public:
  explicit Segmenter(const TextData& data);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  /// Fills doc.sentences from doc.text.
  void segment(Document& doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Tokenizes `doc.text` within `span` into tokens (exposed for tests).
std::vector<Token> tokenize(std::string_view text, Span span);

/// "id", "en", ... by the function words of each language; "" when no cue is found.
std::string detect_language(const Document& doc, const TextData& data);

/// An ISO date (YYYY-MM-DD) from a dateline or date line in the first lines of the
/// document (`JAKARTA, 12 Maret 2025 —`, `March 12, 2025`, `2025-03-12`); "" if none.
std::string find_document_date(const Document& doc, const TextData& data);

}  // namespace jaring
