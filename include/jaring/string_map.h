// A hash map from strings to values for the vocabularies the extractor consults at every
// token (lexicon names, grammar words, trigger forms, titles): open addressing over a
// power-of-two table, a cheap hash of 8-byte words, and lookups by string_view.
//
// std::unordered_map<std::string, V> spent most of a lookup in std::hash (a byte-wise
// hash), the modulo of a prime bucket count and the pointer chase to its node; those
// lookups were a fifth of extraction time. Entries live in a deque, so references to
// values stay valid as the map grows (as with unordered_map); iteration is in insertion
// order. Only what jaring uses is provided: operator[], find, count, iteration, size.
#pragma once

#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jaring {

/// The hash of a key: words of 8 bytes multiplied in, then mixed.
inline std::uint64_t string_key_hash(std::string_view s) {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xC2B2AE3D27D4EB4Full);
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  }
  if (n) {
    // The last 1 to 7 bytes by fixed-size loads (a memcpy of n bytes is a library call).
    std::uint64_t w;
    if (n >= 4) {
      std::uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      w = (static_cast<std::uint64_t>(a) << 32) | b;
    } else {
      const auto byte = [p](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])); };
      w = byte(0) | (byte(n / 2) << 8) | (byte(n - 1) << 16);
    }
    h = (h ^ w) * 0x94D049BB133111EBull;
  }
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}

template <class V>
class StringMap {
 public:
  StringMap() = default;
  // The index holds pointers into entries_: copies rebuild it.
  StringMap(const StringMap& other) { *this = other; }
  StringMap& operator=(const StringMap& other) {
    if (this == &other) return *this;
    entries_ = other.entries_;
    hashes_ = other.hashes_;
    slots_ = other.slots_;
    by_index_.clear();
    for (value_type& e : entries_) by_index_.push_back(&e);
    return *this;
  }
  StringMap(StringMap&&) noexcept = default;
  StringMap& operator=(StringMap&&) noexcept = default;

  using value_type = std::pair<std::string, V>;
  using iterator = typename std::deque<value_type>::iterator;
  using const_iterator = typename std::deque<value_type>::const_iterator;

  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  iterator find(std::string_view key) {
    const std::size_t i = index_of(key, string_key_hash(key));
    return i == kNone ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(i);
  }
  const_iterator find(std::string_view key) const {
    const std::size_t i = index_of(key, string_key_hash(key));
    return i == kNone ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(i);
  }
  /// The value of `key`, or null: one lookup, no iterator.
  const V* get(std::string_view key) const {
    const std::size_t i = index_of(key, string_key_hash(key));
    return i == kNone ? nullptr : &by_index_[i]->second;
  }
  /// get() given the key's string_key_hash(), for a caller that has it already.
  const V* get(std::string_view key, std::uint64_t hash) const {
    const std::size_t i = index_of(key, hash);
    return i == kNone ? nullptr : &by_index_[i]->second;
  }
  std::size_t count(std::string_view key) const { return index_of(key, string_key_hash(key)) == kNone ? 0 : 1; }

  /// Room for `n` entries without growing the index (the entries themselves live in
  /// blocks of a deque).
  void reserve(std::size_t n) {
    by_index_.reserve(n);
    hashes_.reserve(n);
    std::size_t slots = slots_.empty() ? 16 : slots_.size();
    while (slots < 2 * n) slots *= 2;
    if (slots != slots_.size()) {
      slots_.assign(slots, 0);
      for (std::size_t i = 0; i < entries_.size(); ++i) place(i, hashes_[i]);
    }
  }

  /// The value of `key`, inserted value-initialized when absent.
  V& operator[](std::string_view key) {
    const std::uint64_t h = string_key_hash(key);
    if (const std::size_t i = index_of(key, h); i != kNone) return by_index_[i]->second;
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    entries_.emplace_back(std::string(key), V{});
    by_index_.push_back(&entries_.back());
    hashes_.push_back(h);
    place(entries_.size() - 1, h);
    return entries_.back().second;
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // A slot holds the entry's index + 1 in its low half and the high half of its hash in
  // the other, so that a probe is decided by the slot alone unless the hashes agree:
  // most words looked up are in no vocabulary, and this keeps their lookup to one load.
  static std::uint64_t tag(std::uint64_t h) { return h & 0xFFFFFFFF00000000ull; }

  std::size_t index_of(std::string_view key, std::uint64_t h) const {
    if (slots_.empty()) return kNone;
    const std::size_t mask = slots_.size() - 1;
    const std::uint64_t t = tag(h);
    for (std::size_t s = h & mask;; s = (s + 1) & mask) {
      const std::uint64_t slot = slots_[s];
      if (slot == 0) return kNone;
      if (tag(slot) != t) continue;
      const std::size_t i = static_cast<std::uint32_t>(slot) - 1;
      if (by_index_[i]->first == key) return i;
    }
  }

  void place(std::size_t i, std::uint64_t h) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t s = h & mask;
    while (slots_[s] != 0) s = (s + 1) & mask;
    slots_[s] = tag(h) | static_cast<std::uint32_t>(i + 1);
  }

  void grow() {
    slots_.assign(slots_.empty() ? 16 : 2 * slots_.size(), 0);
    for (std::size_t i = 0; i < entries_.size(); ++i) place(i, hashes_[i]);
  }

  std::deque<value_type> entries_;
  std::vector<value_type*> by_index_;  // entries_[i], without the deque's index arithmetic
  std::vector<std::uint64_t> hashes_;  // of entries_, to compare before the strings
  std::vector<std::uint64_t> slots_;   // hash tag | entry index + 1; 0 = empty
};

}  // namespace jaring
