// Sentence segmentation: ICU's sentence break rules, run directly on the UTF-8 bytes
// (UText), so boundaries are byte offsets; then breaks after known abbreviations and
// initials are undone.
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <iterator>

#include "jaring/error.h"
#include "jaring/string_map.h"
#include "jaring/text.h"

namespace jaring {

namespace {

// An ICU sentence longer than this is tokenized a window at a time, so that its pieces
// are made as it is read: a sentence of 50 MB never has all its tokens in one vector
// besides the pieces they go to.
constexpr std::size_t kWindowBytes = std::size_t(256) << 10;

bool clause_break(const Token& t) { return t.norm == "," || t.norm == ";" || t.norm == ":" || t.has(kDash); }

bool within_limits(const Sentence& s) {
  return s.tokens.size() == 1 ||
         (s.tokens.size() <= kMaxSentenceTokens && s.span.end - s.span.begin <= kMaxSentenceBytes);
}

// Where the piece of `tokens` that starts at `first` ends: as many tokens as the limits
// allow (at least one), and among those the last clause break (a comma, semicolon,
// colon or dash) in the second half, if there is one. Returns tokens.size() when the
// rest fits in one piece.
std::size_t piece_end(const std::vector<Token>& tokens, std::size_t first) {
  const std::size_t begin_byte = tokens[first].span.begin;
  std::size_t end = first + 1;
  while (end < tokens.size() && end - first < kMaxSentenceTokens &&
         tokens[end].span.end - begin_byte <= kMaxSentenceBytes)
    ++end;
  if (end == tokens.size()) return end;
  for (std::size_t k = end; k > first + (end - first) / 2; --k)
    if (clause_break(tokens[k - 1])) return k;
  return end;
}

// Moves tokens [first, end) into a new sentence at the end of `out`.
void add_piece(std::vector<Token>& tokens, std::size_t first, std::size_t end, std::vector<Sentence>& out) {
  Sentence piece;
  piece.index = out.size();
  piece.tokens.assign(std::make_move_iterator(tokens.begin() + static_cast<std::ptrdiff_t>(first)),
                      std::make_move_iterator(tokens.begin() + static_cast<std::ptrdiff_t>(end)));
  piece.span = Span{piece.tokens.front().span.begin, piece.tokens.back().span.end};
  out.push_back(std::move(piece));
}

// Cuts `tokens` into pieces within the limits. With `all`, every token goes into a
// piece; without, the last piece is left in `tokens` (more of its sentence may follow).
void add_pieces(std::vector<Token>& tokens, bool all, std::vector<Sentence>& out) {
  std::size_t first = 0;
  while (first < tokens.size()) {
    const std::size_t end = piece_end(tokens, first);
    if (end == tokens.size() && !all) break;
    add_piece(tokens, first, end, out);
    first = end;
  }
  tokens.erase(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(first));
}

// The end of a tokenizer window from `from` in [from, limit): at white space near
// from + kWindowBytes, so that no word is cut (a run without white space is one window).
std::size_t window_end(std::string_view text, std::size_t from, std::size_t limit) {
  if (limit - from <= kWindowBytes) return limit;
  const std::string_view ws = " \t\n\r";
  const std::size_t back = text.find_last_of(ws, from + kWindowBytes);
  if (back != std::string_view::npos && back > from + kWindowBytes / 2) return back;
  const std::size_t ahead = text.find_first_of(ws, from + kWindowBytes);
  return ahead == std::string_view::npos || ahead >= limit ? limit : ahead;
}

}  // namespace

struct Segmenter::Impl {
  std::unique_ptr<icu::BreakIterator> sentences;
  // Every language's abbreviations in one table (asked at each sentence's last word):
  // whatever the document's language, `Dr.` is no sentence end.
  StringMap<bool> abbreviations;

  // A break after `tokens` is spurious when the sentence ends with an abbreviation
  // ("Dr.", "Jl.", "U.S.") or an initial ("J.") and the next one goes on.
  bool ends_with_abbreviation(const std::vector<Token>& tokens) const {
    const std::size_t n = tokens.size();
    if (n == 0) return false;
    const Token& last = tokens[n - 1];
    std::string_view key;
    if (last.norm == "." && n >= 2 && tokens[n - 2].has(kWord) && !last.has(kSpaceBefore)) {
      key = tokens[n - 2].norm;
      // A single capital letter is an initial (George W. Bush).
      if (key.size() == 1 && tokens[n - 2].has(kCapitalized)) return true;
    } else if (last.norm.size() > 1 && last.norm.back() == '.') {
      key = std::string_view(last.norm).substr(0, last.norm.size() - 1);  // dotted token: u.s.
    } else {
      return false;
    }
    return abbreviations.get(key) != nullptr;
  }
};

Segmenter::Segmenter(const TextData& data) : impl_(std::make_unique<Impl>()) {
  for (const auto& [lang, set] : data.abbreviations)
    for (const std::string& a : set) impl_->abbreviations[a] = true;
  UErrorCode status = U_ZERO_ERROR;
  impl_->sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) throw Error("ICU sentence iterator unavailable", kExitInternal);
}

Segmenter::~Segmenter() = default;

void Segmenter::segment(Document& doc) const {
  doc.sentences.clear();
  // News runs to about a hundred bytes a sentence: room for more, so that the vector is
  // not moved as it grows (six times in a news-sized article). Capped: a large file of
  // long lines would otherwise reserve in proportion to its size sentences it lacks.
  doc.sentences.reserve(std::min<std::size_t>(doc.text.size() / 64 + 4, 4096));
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, doc.text.data(), static_cast<int64_t>(doc.text.size()), &status);
  if (U_FAILURE(status)) throw Error("ICU cannot open text of " + doc.name, kExitInternal);
  // A break iterator holds its position: each call works on its own clone of the
  // prototype, so that one Segmenter serves every thread.
  const std::unique_ptr<icu::BreakIterator> iterator(impl_->sentences->clone());
  icu::BreakIterator& it = *iterator;
  it.setText(text, status);
  if (U_FAILURE(status)) {
    utext_close(text);
    throw Error("ICU cannot segment " + doc.name, kExitInternal);
  }

  bool join_next = false;
  std::size_t start = static_cast<std::size_t>(it.first());
  for (int32_t b = it.next(); b != icu::BreakIterator::DONE; start = static_cast<std::size_t>(b), b = it.next()) {
    const std::size_t end = static_cast<std::size_t>(b);
    if (end - start > kWindowBytes) {
      // Not a sentence a writer wrote: pieces as the tokens come, never joined.
      std::vector<Token> pending;
      for (std::size_t from = start; from < end;) {
        const std::size_t to = window_end(doc.text, from, end);
        std::vector<Token> tokens = tokenize(doc.text, Span{from, to});
        pending.insert(pending.end(), std::make_move_iterator(tokens.begin()), std::make_move_iterator(tokens.end()));
        add_pieces(pending, false, doc.sentences);
        from = to;
      }
      add_pieces(pending, true, doc.sentences);
      join_next = false;
      continue;
    }
    std::vector<Token> tokens = tokenize(doc.text, Span{start, end});
    if (tokens.empty()) continue;
    if (join_next && !doc.sentences.empty()) {
      Sentence& prev = doc.sentences.back();
      prev.tokens.insert(prev.tokens.end(), std::make_move_iterator(tokens.begin()),
                         std::make_move_iterator(tokens.end()));
      prev.span.end = prev.tokens.back().span.end;
    } else {
      Sentence s;
      s.index = doc.sentences.size();
      s.span = Span{tokens.front().span.begin, tokens.back().span.end};
      s.tokens = std::move(tokens);
      doc.sentences.push_back(std::move(s));
    }
    // Do not join across a paragraph break.
    const std::string_view gap = std::string_view(doc.text).substr(doc.sentences.back().span.end, b - doc.sentences.back().span.end);
    join_next = gap.find('\n') == std::string_view::npos &&
                impl_->ends_with_abbreviation(doc.sentences.back().tokens);
  }
  utext_close(text);
  // Sentences joined after abbreviations may still be too long (`Dr. Dr. Dr. ...`).
  if (std::all_of(doc.sentences.begin(), doc.sentences.end(), within_limits)) return;
  std::vector<Sentence> cut;
  cut.reserve(doc.sentences.size());
  for (Sentence& s : doc.sentences) {
    if (within_limits(s)) {
      s.index = cut.size();
      cut.push_back(std::move(s));
    } else {
      add_pieces(s.tokens, true, cut);
    }
  }
  doc.sentences = std::move(cut);
}

}  // namespace jaring
