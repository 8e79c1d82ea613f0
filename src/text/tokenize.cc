// Tokenization of one sentence span. Words keep internal apostrophes and dotted
// abbreviations (U.S.); hyphenated compounds are split around a hyphen token so that
// names on either side are matched on their own (Korea-Rusia, Pyongyang-Moscow), except
// reduplication, which is one token (negara-negara, and the broken `langkah -langkah`).
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <bit>
#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "jaring/text.h"

namespace jaring {
namespace {

struct Cursor {
  std::string_view text;
  std::size_t end;

  // The code point at byte `i` and the byte after it; U_SENTINEL past the end.
  UChar32 at(std::size_t i, std::size_t* next = nullptr) const {
    if (i >= end) {
      if (next) *next = i;
      return U_SENTINEL;
    }
    int32_t j = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), j, static_cast<int32_t>(end), c);
    if (next) *next = static_cast<std::size_t>(j);
    return c;
  }
};

bool is_mark(UChar32 c) { return (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

// The ICU character properties the tokenizer asks for, tabled for ASCII: news text is
// mostly ASCII, and a table lookup costs a fraction of an ICU property call. The table is
// filled from the same ICU functions, so every answer is ICU's.
enum AsciiProperty : std::uint8_t {
  kAsciiSpace = 1 << 0, kAsciiAlnum = 1 << 1, kAsciiAlpha = 1 << 2, kAsciiDigit = 1 << 3,
  kAsciiUpperOrTitle = 1 << 4, kAsciiLower = 1 << 5,
};

struct AsciiTable {
  std::uint8_t bits[128] = {};
  AsciiTable() {
    for (UChar32 c = 0; c < 128; ++c) {
      std::uint8_t b = 0;
      if (c == '\t' || c == '\n' || c == '\r' || u_isUWhiteSpace(c)) b |= kAsciiSpace;
      if (u_isalnum(c) || is_mark(c)) b |= kAsciiAlnum;
      if (u_isalpha(c)) b |= kAsciiAlpha;
      if (u_isdigit(c)) b |= kAsciiDigit;
      if (u_isupper(c) || u_istitle(c)) b |= kAsciiUpperOrTitle;
      if (u_islower(c)) b |= kAsciiLower;
      bits[c] = b;
    }
  }
};

// Filled before main(): a function-local static would cost a guard check per character.
const AsciiTable kAscii;

// bits & p for an ASCII code point, else the ICU property `slow`.
template <class Slow>
inline bool property(UChar32 c, std::uint8_t p, Slow slow) {
  if (c >= 0 && c < 128) return (kAscii.bits[c] & p) != 0;
  return slow(c);
}

bool is_space(UChar32 c) {
  return property(c, kAsciiSpace, [](UChar32 x) { return x == '\t' || x == '\n' || x == '\r' || u_isUWhiteSpace(x); });
}
bool is_word_char(UChar32 c) {
  return c >= 0 && property(c, kAsciiAlnum, [](UChar32 x) { return u_isalnum(x) || is_mark(x); });
}
bool is_alpha(UChar32 c) { return property(c, kAsciiAlpha, [](UChar32 x) { return u_isalpha(x) != 0; }); }
bool is_digit(UChar32 c) { return property(c, kAsciiDigit, [](UChar32 x) { return u_isdigit(x) != 0; }); }
bool is_upper_or_title(UChar32 c) {
  return property(c, kAsciiUpperOrTitle, [](UChar32 x) { return u_isupper(x) || u_istitle(x); });
}
bool is_lower(UChar32 c) { return property(c, kAsciiLower, [](UChar32 x) { return u_islower(x) != 0; }); }
bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool is_hyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool is_dash(UChar32 c) { return c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015; }
bool is_quote(UChar32 c) {
  switch (c) {
    case '"': case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x201C:
    case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
    case 0x300C: case 0x300D:
      return true;
    default:
      return false;
  }
}

std::uint16_t word_flags(std::string_view word) {
  std::uint16_t flags = 0;
  int letters = 0, upper = 0, lower = 0;
  bool first_letter = true, digit_start = false;
  Cursor cur{word, word.size()};
  for (std::size_t i = 0; i < word.size();) {
    const auto byte = static_cast<unsigned char>(word[i]);
    const UChar32 c = byte < 128 ? (++i, byte) : cur.at(i, &i);
    if (is_alpha(c)) {
      ++letters;
      if (is_upper_or_title(c)) {
        ++upper;
        if (first_letter) flags |= kCapitalized;
      } else if (is_lower(c)) {
        ++lower;
      }
      first_letter = false;
    } else if (is_digit(c) && letters == 0 && i <= 4) {
      digit_start = true;
    }
  }
  if (letters > 0) flags |= kWord;
  if (upper >= 2 && lower == 0) flags |= kAllCaps;
  if (digit_start && letters == 0) flags |= kNumber;
  return flags;
}

// Length in bytes of a word starting at `i`: letters, digits and marks, apostrophes
// inside a word (O'Brien, d'Ivoire, but not the possessive 's), digit separators inside
// a number (10.000, 6,000), and dotted abbreviations (U.S., a.l.).
std::size_t scan_word(const Cursor& cur, std::size_t i) {
  const std::size_t start = i;
  std::size_t next;
  bool digits_only = true;
  int run = 0;  // letters since the last period, for dotted abbreviations
  bool dotted = false;
  const auto* bytes = reinterpret_cast<const unsigned char*>(cur.text.data());
  while (true) {
    // A run of ASCII letters and digits, a byte at a time: the bulk of any word.
    while (i < cur.end && bytes[i] < 128 && (kAscii.bits[bytes[i]] & kAsciiAlnum)) {
      const std::uint8_t b = kAscii.bits[bytes[i]];
      if (!(b & kAsciiDigit)) digits_only = false;
      if (b & kAsciiAlpha) ++run;
      ++i;
    }
    const UChar32 c = cur.at(i, &next);
    if (is_word_char(c)) {
      if (!is_digit(c)) digits_only = false;
      if (is_alpha(c)) ++run;
      i = next;
      continue;
    }
    std::size_t after;
    const UChar32 d = cur.at(next, &after);
    if (is_apostrophe(c) && is_word_char(d) && !digits_only) {
      // The possessive 's (and bare s') is a token of its own.
      std::size_t after2;
      const UChar32 e = cur.at(after, &after2);
      if ((d == 's' || d == 'S') && !is_word_char(e)) break;
      i = next;
      continue;
    }
    if ((c == '.' || c == ',') && digits_only && i > start && d >= 0 && is_digit(d)) {
      i = next;
      continue;
    }
    if (c == '.' && !digits_only && (run == 1 || (dotted && run <= 2))) {
      // U.S. / a.l. / D.C.: a single letter, a period, and then a letter or the end.
      if (d >= 0 && is_alpha(d)) {
        dotted = true;
        run = 0;
        i = next;
        continue;
      }
      if (dotted) i = next;  // the closing period of U.S.
      break;
    }
    break;
  }
  return i - start;
}

// Both ways of reading a common word (ascii_word16 and ascii_word's byte-wise loop) take
// these two rules from here, so that they cannot drift apart.
//
// Whether the byte after a run of ASCII letters and digits (`letters` of them letters)
// leaves the run to the general path: a non-ASCII byte or an apostrophe may continue the
// word (café, O'Brien), and, as scan_word() has it, a comma continues only a number
// (6,000) and a period a number or a single letter (10.000, U.S.).
bool general_path_after(unsigned char after, int letters) {
  return after >= 128 || after == '\'' || (after == ',' && letters == 0) || (after == '.' && letters < 2);
}

// The flags word_flags() gives a run of ASCII letters and digits with `letters` letters,
// `capitals` of them capitals, whose first letter is a capital when `first_capital`.
std::uint16_t ascii_flags(int letters, int capitals, bool first_capital) {
  if (letters == 0) return kNumber;  // all digits: the first one starts the number
  std::uint16_t flags = kWord;
  if (first_capital) flags |= kCapitalized;
  if (capitals >= 2 && capitals == letters) flags |= kAllCaps;
  return flags;
}

#ifdef __SSE2__
// Sets the key, flags and end of token t from its `len` bytes of ASCII letters and digits
// at the start of a 16-byte load, given the load lowercased and the bit masks of its
// capitals and letters; false where the general path must take the word.
bool short_ascii_word(unsigned len, unsigned char after, const char* lowered16, unsigned capitals, unsigned letters,
                      std::size_t i, Token& t) {
  const unsigned word = (1u << len) - 1;
  capitals &= word;
  letters &= word;
  const int count = std::popcount(letters);
  if (len == 0 || general_path_after(after, count)) return false;
  const bool first_capital = count > 0 && ((capitals >> std::countr_zero(letters)) & 1u);
  // Fifteen bytes copied whole (a copy of the key's own length is a call whose length
  // varies, so it mispredicts), then cut: libstdc++ keeps 15 bytes in the string itself.
  t.norm.assign(lowered16, 15);
  t.norm.resize(len);
  t.flags = ascii_flags(count, std::popcount(capitals), first_capital);
  t.span.end = i + len;
  return true;
}

// ascii_word() for a word of at most 15 bytes, read 16 bytes at a time: the word's end,
// counts and key from bit masks, without a branch per byte (a loop that runs to a
// word's length mispredicts its exit once per word, twice with the lowering). Returns
// -1 for a longer word.
int ascii_word16(std::string_view text, std::size_t i, std::size_t end, Token& t) {
  // The text's last bytes, padded with zeros (no letters): not a load past its end.
  alignas(16) char padded[16] = {};
  const char* p = text.data() + i;
  if (i + 16 > text.size()) p = static_cast<const char*>(std::memcpy(padded, p, text.size() - i));
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // Signed compares: bytes of 128 and more are negative, outside every range.
  const auto in = [&x](char lo, char hi) {
    return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(lo - 1))),
                         _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(hi + 1))));
  };
  const __m128i capitals = in('A', 'Z');
  const __m128i letters = _mm_or_si128(capitals, in('a', 'z'));
  unsigned alnum = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letters, in('0', '9'))));
  if (end - i < 16) alnum &= (1u << (end - i)) - 1;  // past the span is not the word's
  const auto len = static_cast<unsigned>(std::countr_one(alnum));
  if (len >= 16) return -1;
  alignas(16) char lowered[16];
  _mm_store_si128(reinterpret_cast<__m128i*>(lowered), _mm_or_si128(x, _mm_and_si128(capitals, _mm_set1_epi8(0x20))));
  const auto after = i + len < end ? static_cast<unsigned char>(text[i + len]) : static_cast<unsigned char>(' ');
  return short_ascii_word(len, after, lowered, static_cast<unsigned>(_mm_movemask_epi8(capitals)),
                          static_cast<unsigned>(_mm_movemask_epi8(letters)), i, t);
}
#endif

// The common word, a run of ASCII letters and digits ended by a space or by punctuation
// that cannot continue a word, handled in one pass: its span, the flags word_flags()
// would give, and the key normalize_key() would give (the run lowercased). Anything
// else (a non-ASCII letter, an apostrophe, a period or comma that may belong to the
// word: general_path_after) returns false, and the general path, which gives the same
// answers, takes it.
bool ascii_word(std::string_view text, std::size_t i, std::size_t end, Token& t) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
#ifdef __SSE2__
  if (const int done = ascii_word16(text, i, end, t); done >= 0) return done == 1;
#endif
  std::size_t j = i;
  while (j < end && bytes[j] < 128 && (kAscii.bits[bytes[j]] & kAsciiAlnum)) ++j;
  if (j == i) return false;
  const unsigned char after = j < end ? bytes[j] : ' ';
  int letters = 0, capitals = 0;
  bool first_capital = false;
  t.norm.resize(j - i);
  for (std::size_t k = i; k < j; ++k) {
    const unsigned char b = bytes[k];
    const std::uint8_t p = kAscii.bits[b];
    char lowered = static_cast<char>(b);
    if (p & kAsciiAlpha) {
      if (p & kAsciiUpperOrTitle) {
        if (letters == 0) first_capital = true;
        ++capitals;
        lowered = static_cast<char>(b - 'A' + 'a');
      }
      ++letters;
    }
    t.norm[k - i] = lowered;
  }
  if (general_path_after(after, letters)) {
    t.norm.clear();  // the general path's: it keys the token itself
    return false;
  }
  t.flags = ascii_flags(letters, capitals, first_capital);
  t.span.end = j;
  return true;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, Span span) {
  std::vector<Token> tokens;
  tokens.reserve((span.end - span.begin) / 5 + 4);  // about one token per 5 bytes of news
  Cursor cur{text, span.end};
  bool space_before = true;
  std::size_t i = span.begin;
  while (i < span.end) {
    std::size_t next;
    const UChar32 c = cur.at(i, &next);
    if (is_space(c)) {
      space_before = true;
      i = next;
      continue;
    }
    // Built in place: a Token moved into the vector copies its short key (a memcpy of a
    // varying length, and its mispredicted branches, per token).
    const bool has_prev = !tokens.empty();
    const bool prev_word = has_prev && tokens.back().has(kWord);
    Token& t = tokens.emplace_back();
    t.span.begin = i;
    if (ascii_word(text, i, span.end, t)) {
      // done: span, flags and key from one pass over the bytes
    } else if (is_word_char(c)) {
      t.span.end = i + scan_word(cur, i);
      t.flags = word_flags(text.substr(i, t.span.end - i));
    } else if (is_apostrophe(c) && has_prev && !space_before) {
      // Possessive: 's or a bare ' after a plural.
      std::size_t after;
      const UChar32 d = cur.at(next, &after);
      t.span.end = (d == 's' || d == 'S') ? after : next;
      t.flags = kPunct;
    } else {
      t.span.end = next;
      t.flags = kPunct;
      if (is_quote(c)) t.flags |= kQuote;
      const bool glued_left = !space_before && prev_word;
      const bool glued_right = is_word_char(cur.at(next));
      if (is_hyphen(c) || is_dash(c)) {
        if ((glued_left || is_hyphen(c)) && glued_right) t.flags |= kHyphen;
        else if (is_dash(c) || (!glued_left && !glued_right)) t.flags |= kDash;
      }
    }
    if (space_before) t.flags |= kSpaceBefore;
    if (t.norm.empty()) t.norm = normalize_key(text.substr(t.span.begin, t.span.end - t.span.begin));
    space_before = false;
    i = t.span.end;

    // Indonesian ordinals: ke-11 is one number token, not the preposition `ke`. (The
    // flags first: asked at every token, and a string compared with a literal is a call.)
    if (const std::size_t m = tokens.size(); m >= 3 && tokens[m - 2].has(kHyphen) && tokens[m - 3].norm == "ke" &&
                                              tokens[m - 1].has(kNumber) && !tokens[m - 1].has(kSpaceBefore)) {
      Token& first = tokens[m - 3];
      first.norm = "ke-" + tokens[m - 1].norm;
      first.span.end = tokens[m - 1].span.end;
      first.flags = static_cast<std::uint16_t>((first.flags & kSpaceBefore) | kNumber);
      tokens.resize(m - 2);
    }
    // Formats named by numbers joined with a sign (a `2+2` dialogue, `3+1` talks): one
    // number token, so the `+` does not read as punctuation ending a phrase.
    if (const std::size_t m = tokens.size(); m >= 3 && tokens[m - 3].has(kNumber) && tokens[m - 2].norm == "+" &&
                                              tokens[m - 1].has(kNumber) && !tokens[m - 2].has(kSpaceBefore) &&
                                              !tokens[m - 1].has(kSpaceBefore)) {
      Token& first = tokens[m - 3];
      first.norm += "+" + tokens[m - 1].norm;
      first.span.end = tokens[m - 1].span.end;
      tokens.resize(m - 2);
    }
    // Reduplication: word, hyphen, the same word -> one token (negara-negara). Also the
    // broken form with a stray space before the hyphen (langkah -langkah).
    const std::size_t n = tokens.size();
    if (n >= 3 && tokens[n - 2].has(kHyphen) && tokens[n - 1].has(kWord) &&
        tokens[n - 3].has(kWord) && !tokens[n - 1].has(kSpaceBefore) &&
        tokens[n - 3].norm == tokens[n - 1].norm) {
      Token& first = tokens[n - 3];
      first.norm = first.norm + "-" + tokens[n - 1].norm;
      first.span.end = tokens[n - 1].span.end;
      first.flags |= kReduplicated;
      tokens.resize(n - 2);
    }
  }
  return tokens;
}

}  // namespace jaring
