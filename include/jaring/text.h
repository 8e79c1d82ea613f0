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
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "jaring/types.h"

namespace jaring {

/// Where and why `bytes` is not UTF-8 text.
struct Utf8Error {
  std::size_t offset = 0;  // of the first ill-formed sequence or NUL byte
  std::string what;        // "invalid byte", "truncated sequence", "NUL byte", ...
};

/// The first ill-formed UTF-8 sequence or NUL byte in `bytes`, or nullopt.
std::optional<Utf8Error> find_utf8_error(std::string_view bytes);

/// Throws InputError("<name>: not UTF-8 text (<what> at byte N)") unless `bytes` is
/// well-formed UTF-8 without NUL bytes.
void validate_utf8(std::string_view bytes, const std::string& name);

/// What repair_utf8() replaced.
struct Utf8Repair {
  std::size_t replaced = 0;        // ill-formed sequences, each now one U+FFFD
  std::size_t replaced_bytes = 0;  // the bytes they took
  std::size_t first_offset = 0;    // byte offset of the first one in the original text
};

/// Replaces each ill-formed UTF-8 sequence (its maximal subpart, as ICU and browsers do)
/// with U+FFFD. Scraped text in a legacy encoding then still reads, the odd byte aside.
Utf8Repair repair_utf8(std::string& text);

/// Why `bytes` is not text at all (a NUL byte, a UTF-16 byte order mark, mostly control
/// characters and bytes that are not UTF-8), or nullopt for text.
std::optional<std::string> binary_content(std::string_view bytes);

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

/// The longest sentence analysed as one, in tokens. News sentences run to 60 tokens,
/// rarely 150; anything longer is a list, a table or text without punctuation. The
/// extractor's work per sentence grows faster than its length (every verb looks for its
/// arguments across the sentence), so the segmenter cuts longer runs, at a clause break
/// where it can: the work per token stays bounded, and a document of any length is
/// analysed in time linear in its length.
inline constexpr std::size_t kMaxSentenceTokens = 400;
/// The longest sentence in bytes, so that a sentence's text (the evidence of its
/// relations) stays small whatever the input: a longer one is cut too, and a single
/// token longer than this is a sentence of its own.
inline constexpr std::size_t kMaxSentenceBytes = std::size_t(64) << 10;

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
