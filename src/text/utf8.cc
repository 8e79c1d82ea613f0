// UTF-8 validation and the matching key of a word.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>

#include "jaring/error.h"
#include "jaring/text.h"

namespace jaring {

namespace {

// The length of the well-formed UTF-8 sequence at s[i], or 0 if it is not one; `what`
// says why not. The rules of Unicode's table 3-7: no overlong forms, no surrogates,
// nothing above U+10FFFF.
std::size_t sequence_length(const unsigned char* s, std::size_t n, std::size_t i, const char** what) {
  const unsigned char c = s[i];
  if (c < 0x80) return 1;
  std::size_t len;
  char32_t cp;
  if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
  else { *what = "invalid byte"; return 0; }
  if (i + len > n) { *what = "truncated sequence"; return 0; }
  for (std::size_t k = 1; k < len; ++k) {
    if ((s[i + k] & 0xC0) != 0x80) { *what = "invalid sequence"; return 0; }
    cp = (cp << 6) | (s[i + k] & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) { *what = "overlong sequence"; return 0; }
  if (cp >= 0xD800 && cp <= 0xDFFF) { *what = "encoded surrogate"; return 0; }
  return len;
}

// How many bytes, from s[i], an ill-formed sequence takes: its maximal subpart, the
// longest prefix of a well-formed sequence (Unicode's "U+FFFD substitution of maximal
// subparts", which is also what ICU and the WHATWG decoder replace), at least one byte.
std::size_t maximal_subpart(const unsigned char* s, std::size_t n, std::size_t i) {
  const unsigned char c = s[i];
  std::size_t len;
  unsigned char lo = 0x80, hi = 0xBF;  // the range of the second byte
  if (c >= 0xC2 && c <= 0xDF) len = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 1;
  }
  std::size_t k = 1;
  for (; k < len && i + k < n; ++k) {
    const unsigned char b = s[i + k];
    if (k == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80) break;
  }
  return k;
}

// The first byte from s[i] that is not plain ASCII (0x20-0x7F), or n. News text is
// mostly plain ASCII: it is passed over eight bytes at a time, and the byte-wise checks
// take the rest (the loops over every byte were a twentieth of `extract`).
std::size_t skip_plain_ascii(const unsigned char* s, std::size_t n, std::size_t i) {
  constexpr std::uint64_t kOnes = ~0ull / 255, kHighs = kOnes * 128;
  while (i + 8 <= n) {
    std::uint64_t w;
    std::memcpy(&w, s + i, 8);
    // A high bit in w (a byte >= 0x80) or in w - 0x20 per byte where w has none (a byte
    // below 0x20, whatever borrows the subtraction makes): not all eight are plain.
    if (((w - kOnes * 0x20) | w) & kHighs) break;
    i += 8;
  }
  while (i < n && s[i] >= 0x20 && s[i] < 0x80) ++i;
  return i;
}

}  // namespace

std::optional<Utf8Error> find_utf8_error(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  for (std::size_t i = 0; i < n;) {
    i = skip_plain_ascii(s, n, i);
    if (i == n) break;
    const char* what = nullptr;
    if (s[i] == 0) what = "NUL byte";
    const std::size_t len = what ? 0 : sequence_length(s, n, i, &what);
    if (len == 0) return Utf8Error{i, what};
    i += len;
  }
  return std::nullopt;
}

void validate_utf8(std::string_view bytes, const std::string& name) {
  if (const auto e = find_utf8_error(bytes))
    throw InputError(name + ": not UTF-8 text (" + e->what + " at byte " + std::to_string(e->offset) + ")");
}

Utf8Repair repair_utf8(std::string& text) {
  Utf8Repair r;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  // Most text is valid: find the first problem before copying anything.
  const char* what = nullptr;
  while (i < n) {
    i = skip_plain_ascii(s, n, i);
    if (i == n) break;
    const std::size_t len = sequence_length(s, n, i, &what);
    if (len == 0) break;
    i += len;
  }
  if (i == n) return r;
  r.first_offset = i;
  std::string out;
  out.reserve(n + n / 8);
  out.append(text, 0, i);
  while (i < n) {
    const std::size_t len = sequence_length(s, n, i, &what);
    if (len > 0) {
      out.append(text, i, len);
      i += len;
      continue;
    }
    const std::size_t bad = maximal_subpart(s, n, i);
    out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
    ++r.replaced;
    r.replaced_bytes += bad;
    i += bad;
  }
  text = std::move(out);
  return r;
}

std::optional<std::string> binary_content(std::string_view bytes) {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"))
    return "UTF-16 text, not UTF-8 (byte order mark at byte 0; iconv -f UTF-16 -t UTF-8 converts it)";
  if (const void* nul = std::memchr(bytes.data(), 0, bytes.size()))
    return "binary file (NUL byte at byte " +
           std::to_string(static_cast<const char*>(nul) - bytes.data()) + ")";
  // Without a NUL byte a file can still be binary (compressed data, images): text has
  // few control characters and, even in a legacy encoding, few bytes that are not UTF-8.
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t odd = 0;
  for (std::size_t i = 0; i < n;) {
    i = skip_plain_ascii(s, n, i);
    if (i == n) break;
    const char* what = nullptr;
    const unsigned char c = s[i];
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') {
      ++odd;
      ++i;
    } else if (const std::size_t len = sequence_length(s, n, i, &what)) {
      i += len;
    } else {
      const std::size_t bad = maximal_subpart(s, n, i);
      odd += bad;
      i += bad;
    }
  }
  if (n >= 64 && odd * 4 > n)
    return "binary file (" + std::to_string(odd * 100 / n) + "% of its bytes are control characters or not UTF-8)";
  return std::nullopt;
}

namespace {

// Typographic variants that must match their plain forms.
UChar32 plain_punct(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC: case 0x2032: case 0x0060:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
      return '-';
    default:
      return c;
  }
}

}  // namespace

std::string normalize_key(std::string_view text) {
  // A typographic quote or dash alone (a token of its own, common in news): its plain
  // form, which the general path below would give after ICU's decomposition and case
  // folding (none of these decomposes or has case); that path was a tenth of tokenizing.
  if (text.size() >= 2 && text.size() <= 3) {
    UChar32 c;
    int32_t i = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
    if (i == static_cast<int32_t>(text.size()) && c > 0x7F)
      if (const UChar32 plain = plain_punct(c); plain != c) return std::string(1, static_cast<char>(plain));
  }
  bool ascii = true;
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) { ascii = false; break; }
  if (ascii) {
    std::string out(text);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      else if (c == '`') c = '\'';
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed = nfd->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
      status);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;  // diacritics
    kept.append(plain_punct(c));
  }
  kept.foldCase();
  std::string out;
  kept.toUTF8String(out);
  return out;
}

}  // namespace jaring
