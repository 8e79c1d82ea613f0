#include "jaring/vocab.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace jaring::vocab {

std::string iri_escape(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                            c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string iri_unescape(std::string_view s) {
  const auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string entity_local(const std::string& vertex_id) { return iri_escape(vertex_id); }

std::string statement_local(const std::string& subject_id, const std::string& relation,
                            const std::string& object_id) {
  return iri_escape(subject_id) + "/" + iri_escape(relation) + "/" + iri_escape(object_id);
}

std::string evidence_local(const std::string& statement_local, const Evidence& e) {
  return statement_local + "/" + iri_escape(e.doc) + "/" + std::to_string(e.span.begin) + "-" +
         std::to_string(e.span.end);
}

std::string_view schema_type(EntityType t) {
  switch (t) {
    case EntityType::Country: return "Country";
    case EntityType::Person: return "Person";
    case EntityType::Organization: return "Organization";
    case EntityType::Place: return "Place";
  }
  return "Thing";
}

std::string decimal(double x) {
  if (x < 0) x = 0;
  // Confidences take a handful of values, each printed once per triple: snprintf's
  // floating-point formatting was 2% of `extract`. A small direct-mapped cache per thread.
  struct Slot {
    double in = -1;
    std::string out;
  };
  thread_local Slot cache[64];
  std::uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  Slot& slot = cache[(bits * 0x9E3779B97F4A7C15ull) >> 58];
  if (slot.in == x) return slot.out;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  std::string s(buf);
  while (s.size() > 1 && s.back() == '0' && s[s.size() - 2] != '.') s.pop_back();
  slot.in = x;
  slot.out = s;
  return s;
}

}  // namespace jaring::vocab
