#include "jaring/lookup.h"

#include <algorithm>
#include <limits>

#include "jaring/error.h"
#include "jaring/text.h"

namespace jaring {

namespace {

// normalize_key() folds case, diacritics and quotes; users also type "Kim Jong-un",
// "kim jong un", "north_korea" or "US" for "U.S.", so hyphens and underscores count as
// spaces, periods vanish and runs of spaces count once.
std::string lookup_key(std::string_view name) {
  const std::string norm = normalize_key(name);
  std::string out;
  out.reserve(norm.size());
  bool gap = false;
  for (const char c : norm) {
    if (c == '.') continue;
    if (c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n') {
      gap = !out.empty();
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    out += c;
  }
  return out;
}

// Every name a user may type for a vertex: canonical name and id first (the strong
// names), then the aliases seen in text.
std::vector<std::string> names_of(const VertexData& d) {
  std::vector<std::string> names{d.name, d.id};
  if (!d.qid.empty()) names.push_back(d.qid);
  for (const auto& [alias, lang] : d.aliases) names.push_back(alias);
  return names;
}

// True when `key` is the vertex's canonical name, id or QID rather than a surface alias:
// "Pyongyang" names the city even though North Korea was also called so in a text.
bool is_strong_key(const VertexData& d, const std::string& key) {
  return lookup_key(d.name) == key || lookup_key(d.id) == key || (!d.qid.empty() && lookup_key(d.qid) == key);
}

std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    out += cp;
    i += len;
  }
  return out;
}

std::size_t edit_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// A key holding the query as whole words ("lavrov" in "sergey lavrov") is as good a
// suggestion as a one-letter typo.
bool contains_words(const std::string& key, const std::string& query) {
  return (" " + key + " ").find(" " + query + " ") != std::string::npos;
}

// "North Korea (Korea Utara)": the canonical name, and the name that matched when it is
// another one.
std::string display_name(const VertexData& d, const std::string& key) {
  if (lookup_key(d.name) == key) return d.name;
  for (const std::string& n : names_of(d))
    if (lookup_key(n) == key) return d.name + " (" + n + ")";
  return d.name;
}

struct KeyLess {
  bool operator()(const std::pair<std::string, Vertex>& a, const std::string& b) const { return a.first < b; }
  bool operator()(const std::string& a, const std::pair<std::string, Vertex>& b) const { return a < b.first; }
};

std::string join_or(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " or " : ", ";
    out += items[i];
  }
  return out;
}

}  // namespace

EntityLookup::EntityLookup(const KnowledgeGraph& graph) : graph_(graph) {
  const Graph& g = graph.graph();
  for (auto [it, end] = boost::vertices(g); it != end; ++it)
    for (const std::string& n : names_of(g[*it])) {
      std::string key = lookup_key(n);
      if (!key.empty()) keys_.emplace_back(std::move(key), *it);
    }
  std::sort(keys_.begin(), keys_.end());
  keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
}

std::vector<Vertex> EntityLookup::candidates(std::string_view name) const {
  const std::string key = lookup_key(name);
  const auto [first, last] = std::equal_range(keys_.begin(), keys_.end(), key, KeyLess{});
  std::vector<Vertex> strong, weak;
  const Graph& g = graph_.graph();
  for (auto it = first; it != last; ++it) (is_strong_key(g[it->second], key) ? strong : weak).push_back(it->second);
  const auto by_id = [&g](Vertex a, Vertex b) { return g[a].id < g[b].id; };
  std::sort(strong.begin(), strong.end(), by_id);
  std::sort(weak.begin(), weak.end(), by_id);
  strong.insert(strong.end(), weak.begin(), weak.end());
  return strong;
}

Vertex EntityLookup::resolve(std::string_view name) const {
  const std::vector<Vertex> found = candidates(name);
  const Graph& g = graph_.graph();
  if (found.empty()) {
    std::string message = "unknown entity '" + std::string(name) + "'";
    if (const auto close = suggestions(name); !close.empty()) message += " (did you mean " + join_or(close) + "?)";
    throw UsageError(message);
  }
  // A canonical name, id or QID wins over names merely seen in text.
  const std::string key = lookup_key(name);
  std::vector<Vertex> best;
  for (const Vertex v : found)
    if (is_strong_key(g[v], key)) best.push_back(v);
  if (best.empty()) best = found;
  if (best.size() == 1) return best.front();
  std::string list;
  for (const Vertex v : best) list += (list.empty() ? "" : ", ") + g[v].name + " (" + g[v].id + ")";
  throw UsageError("ambiguous entity '" + std::string(name) + "': " + list + "; use the id to choose");
}

std::vector<std::string> EntityLookup::suggestions(std::string_view name, std::size_t n) const {
  const std::string query = lookup_key(name);
  if (query.empty()) return {};
  const std::u32string q = code_points(query);
  const std::size_t limit = std::max<std::size_t>(2, q.size() / 3);
  // The best-scoring key of each vertex.
  std::vector<std::tuple<std::size_t, Vertex, const std::string*>> best;
  for (const auto& [key, v] : keys_) {
    std::size_t score = std::numeric_limits<std::size_t>::max();
    if (contains_words(key, query)) {
      score = 1;
    } else {
      const std::u32string k = code_points(key);
      const std::size_t diff = k.size() > q.size() ? k.size() - q.size() : q.size() - k.size();
      if (diff <= limit) score = edit_distance(q, k);
    }
    if (score > limit) continue;
    best.emplace_back(score, v, &key);
  }
  const Graph& g = graph_.graph();
  // Closest first; for one vertex, its canonical name before its aliases.
  const auto rank = [&g](const auto& entry) {
    const auto& [score, v, key] = entry;
    return std::make_tuple(score, g[v].name, !is_strong_key(g[v], *key), *key);
  };
  std::sort(best.begin(), best.end(), [&rank](const auto& a, const auto& b) { return rank(a) < rank(b); });
  std::vector<std::string> out;
  std::vector<Vertex> seen;
  for (const auto& [score, v, key] : best) {
    if (out.size() == n) break;
    if (std::find(seen.begin(), seen.end(), v) != seen.end()) continue;
    seen.push_back(v);
    out.push_back(display_name(g[v], *key));
  }
  return out;
}

}  // namespace jaring
