// Private to src/io: the bytes a JSON string cannot hold unescaped (`"`, `\` and the
// control characters below 0x20), found 16 at a time. The JSON-LD reader scans strings
// with it, and the JSONL writer the sentence text it copies into every line.
#pragma once

#include <bit>
#include <cstddef>
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

}  // namespace jaring::json_bytes
