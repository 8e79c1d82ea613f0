#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "jaring/string_map.h"

using jaring::StringMap;

namespace {

std::string key(int i) { return "kata" + std::to_string(i * 7919); }

// Every key of `m` maps to its number, and keys never inserted are absent.
void check_all(const StringMap<int>& m, int n) {
  REQUIRE(m.size() == static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    const int* v = m.get(key(i));
    REQUIRE(v != nullptr);
    CHECK(*v == i);
    CHECK(m.get(key(i), jaring::string_key_hash(key(i))) == v);  // the caller's hash finds the same entry
  }
  CHECK(m.get(key(n)) == nullptr);
  CHECK(m.get("") == nullptr);
  CHECK(m.count(key(n + 1)) == 0);
}

}  // namespace

TEST_CASE("string map: inserts, finds and grows past its first index") {
  StringMap<int> m;
  CHECK(m.get("kata") == nullptr);
  for (int i = 0; i < 1000; ++i) m[key(i)] = i;
  check_all(m, 1000);
  m[key(5)] += 100;  // operator[] on a present key reaches the same entry
  CHECK(*m.get(key(5)) == 105);
  CHECK(m.size() == 1000);
  // Entries keep insertion order.
  int expect = 0;
  for (const auto& [k, v] : m) CHECK(k == key(expect++));
}

TEST_CASE("string map: reserve keeps what is there and gives the same answers") {
  StringMap<int> empty_first, some_first, none;
  empty_first.reserve(300);
  for (int i = 0; i < 50; ++i) some_first[key(i)] = i, none[key(i)] = i;
  some_first.reserve(300);  // re-indexes the 50 already in
  check_all(some_first, 50);
  for (int i = 0; i < 500; ++i) empty_first[key(i)] = i;
  for (int i = 50; i < 500; ++i) some_first[key(i)] = i, none[key(i)] = i;
  check_all(empty_first, 500);
  check_all(some_first, 500);
  check_all(none, 500);
  some_first.reserve(2);  // smaller than what it holds: nothing changes
  check_all(some_first, 500);
}
