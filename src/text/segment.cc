// Sentence segmentation: ICU's sentence break rules, run directly on the UTF-8 bytes
// (UText), so boundaries are byte offsets; then breaks after known abbreviations and
// initials are undone.
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <iterator>

#include "jaring/error.h"
#include "jaring/text.h"

namespace jaring {

namespace {

// Cuts `s` into sentences of at most kMaxSentenceTokens tokens, each ending at the last
// clause break (a comma, semicolon, colon or dash) in the second half of its window if
// there is one, else at the window's end.
void cut_long_sentence(Sentence& s, std::vector<Sentence>& out) {
  std::size_t begin = 0;
  const std::size_t n = s.tokens.size();
  while (begin < n) {
    std::size_t end = std::min(n, begin + kMaxSentenceTokens);
    if (end < n) {
      for (std::size_t k = end; k > begin + kMaxSentenceTokens / 2; --k) {
        const std::string& norm = s.tokens[k - 1].norm;
        if (norm == "," || norm == ";" || norm == ":" || s.tokens[k - 1].has(kDash)) {
          end = k;
          break;
        }
      }
    }
    Sentence piece;
    piece.tokens.assign(std::make_move_iterator(s.tokens.begin() + static_cast<std::ptrdiff_t>(begin)),
                        std::make_move_iterator(s.tokens.begin() + static_cast<std::ptrdiff_t>(end)));
    piece.span = Span{piece.tokens.front().span.begin, piece.tokens.back().span.end};
    out.push_back(std::move(piece));
    begin = end;
  }
}

}  // namespace

struct Segmenter::Impl {
  const TextData& data;
  std::unique_ptr<icu::BreakIterator> sentences;

  // A break after `tokens` is spurious when the sentence ends with an abbreviation
  // ("Dr.", "Jl.", "U.S.") or an initial ("J.") and the next one goes on.
  bool ends_with_abbreviation(const std::vector<Token>& tokens) const {
    const std::size_t n = tokens.size();
    if (n == 0) return false;
    const Token& last = tokens[n - 1];
    std::string key;
    if (last.norm == "." && n >= 2 && tokens[n - 2].has(kWord) && !last.has(kSpaceBefore)) {
      key = tokens[n - 2].norm;
      // A single capital letter is an initial (George W. Bush).
      if (key.size() == 1 && tokens[n - 2].has(kCapitalized)) return true;
    } else if (last.norm.size() > 1 && last.norm.back() == '.') {
      key = last.norm.substr(0, last.norm.size() - 1);  // dotted token: u.s.
    } else {
      return false;
    }
    for (const auto& [lang, set] : data.abbreviations)
      if (set.count(key)) return true;
    return false;
  }
};

Segmenter::Segmenter(const TextData& data) : impl_(std::make_unique<Impl>(Impl{data, nullptr})) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->sentences.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) throw Error("ICU sentence iterator unavailable", kExitInternal);
}

Segmenter::~Segmenter() = default;

void Segmenter::segment(Document& doc) const {
  doc.sentences.clear();
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
    std::vector<Token> tokens = tokenize(doc.text, Span{start, static_cast<std::size_t>(b)});
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
  const bool too_long = std::any_of(doc.sentences.begin(), doc.sentences.end(),
                                    [](const Sentence& s) { return s.tokens.size() > kMaxSentenceTokens; });
  if (!too_long) return;
  std::vector<Sentence> cut;
  cut.reserve(doc.sentences.size());
  for (Sentence& s : doc.sentences) {
    if (s.tokens.size() <= kMaxSentenceTokens) cut.push_back(std::move(s));
    else cut_long_sentence(s, cut);
  }
  for (std::size_t i = 0; i < cut.size(); ++i) cut[i].index = i;
  doc.sentences = std::move(cut);
}

}  // namespace jaring
