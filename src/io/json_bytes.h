// Private to src/io: the bytes a JSON string cannot hold unescaped (`"`, `\` and the
// control characters below 0x20), found 16 at a time. The JSON-LD reader scans strings
// with it; the JSONL and JSON-LD writers write their strings with write_string(), which
// copies the runs between those bytes whole.
#pragma once

#include <bit>
#include <cstddef>
#include <string_view>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace jaring::json_bytes {

#ifdef __SSE2__
/// A bit per byte of the 16 at `p`, set where the byte needs escaping.
inline unsigned escape_mask16(const char* p) {
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // max(x, 0x1F) == 0x1F exactly for the bytes up to 0x1F (unsigned).
  const __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                                    _mm_cmpeq_epi8(_mm_max_epu8(x, control), control));
  return static_cast<unsigned>(_mm_movemask_epi8(stop));
}
#endif

inline bool needs_escape(char c) {
  return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
}

/// The first i in [from, size) whose byte needs escaping, or size.
inline std::size_t escape_at(const char* s, std::size_t from, std::size_t size) {
  std::size_t i = from;
#ifdef __SSE2__
  for (; i + 16 <= size; i += 16)
    if (const unsigned mask = escape_mask16(s + i)) return i + static_cast<std::size_t>(std::countr_zero(mask));
#endif
  while (i < size && !needs_escape(s[i])) ++i;
  return i;
}

// JSON string escaping as RapidJSON's Writer does it (so that a string reads the same
// whichever writes it): `"` and `\`, the short escapes \b \f \n \r \t, other control
// characters as \u00XX, everything else (UTF-8 included) as is.
struct EscapeTable {
  char code[256] = {};  // 0: as is; 'u': \u00XX; else the character after the backslash
  constexpr EscapeTable() {
    for (int c = 0; c < 0x20; ++c) code[c] = 'u';
    code[static_cast<unsigned char>('\b')] = 'b';
    code[static_cast<unsigned char>('\f')] = 'f';
    code[static_cast<unsigned char>('\n')] = 'n';
    code[static_cast<unsigned char>('\r')] = 'r';
    code[static_cast<unsigned char>('\t')] = 't';
    code[static_cast<unsigned char>('"')] = '"';
    code[static_cast<unsigned char>('\\')] = '\\';
  }
};
inline constexpr EscapeTable kEscape;

/// `s` as a quoted, escaped JSON string, handed to `put(const char*, std::size_t)` in
/// pieces: the runs with nothing to escape (most of any text) whole, each escape apart.
template <class Put>
void write_string(std::string_view s, Put&& put) {
  put("\"", 1);
  std::size_t run = 0;
  for (std::size_t i = escape_at(s.data(), 0, s.size()); i < s.size(); i = escape_at(s.data(), i + 1, s.size())) {
    put(s.data() + run, i - run);
    run = i + 1;
    const char code = kEscape.code[static_cast<unsigned char>(s[i])];
    if (code == 'u') {
      static constexpr char kHex[] = "0123456789ABCDEF";
      const auto c = static_cast<unsigned char>(s[i]);
      const char escaped[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      put(escaped, 6);
    } else {
      const char escaped[2] = {'\\', code};
      put(escaped, 2);
    }
  }
  put(s.data() + run, s.size() - run);
  put("\"", 1);
}

}  // namespace jaring::json_bytes
