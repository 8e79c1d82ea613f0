// Running a query: index the graph once, order the patterns so that each one starts from
// what is already known, match them depth first (an index nested-loop join), then
// project, deduplicate, count, order and limit the rows.
#include <algorithm>
#include <span>
#include <limits>
#include <unordered_map>

#include "jaring/model.h"
#include "jaring/query.h"
#include "query_text.h"

namespace jaring {

namespace {

struct EdgeRecord {
  Vertex source;
  Vertex target;
  std::uint32_t relation;
  Edge edge;
};

struct Adjacent {
  std::uint32_t relation;
  std::uint32_t edge;  // index into the edge records
};

// Each vertex's edges in one array, sorted by relation: a vertex's edges of one relation
// are found by binary search, without visiting its other edges.
struct Adjacency {
  std::vector<std::size_t> offsets;  // vertex v: entries[offsets[v], offsets[v + 1])
  std::vector<Adjacent> entries;

  std::span<const Adjacent> of(Vertex v) const {
    return {entries.data() + offsets[v], entries.data() + offsets[v + 1]};
  }
  std::span<const Adjacent> of(Vertex v, std::uint32_t relation) const {
    const auto all = of(v);
    const auto [first, last] = std::equal_range(all.begin(), all.end(), Adjacent{relation, 0},
                                                [](const Adjacent& a, const Adjacent& b) { return a.relation < b.relation; });
    return {first, last};
  }
};

constexpr std::int64_t kUnbound = -1;

// A subject or object, with names resolved and variables numbered.
struct Slot {
  std::optional<Vertex> fixed;
  int variable = -1;
  const std::vector<EntityType>* types = nullptr;
};

struct CompiledPattern {
  std::size_t index = 0;  // position in the query
  Slot subject, object;
  bool any_relation = true;
  std::vector<std::uint32_t> relations;  // the alternatives present in the graph
  int relation_variable = -1;
  const EvidenceFilter* filter = nullptr;
};

struct ValuesHash {
  std::size_t operator()(const std::vector<QueryValue>& values) const {
    std::size_t h = values.size();
    for (const QueryValue& v : values) {
      const std::size_t x = v.kind == QueryValue::Kind::Relation ? std::hash<std::string_view>()(v.relation)
                                                                  : v.vertex * 31 + v.count;
      h ^= x + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    }
    return h;
  }
};

}  // namespace

struct QueryIndex {
  const KnowledgeGraph& graph;
  EntityLookup lookup;
  std::vector<std::string_view> relation_ids;  // views into the graph's edges
  std::unordered_map<std::string_view, std::uint32_t> relation_index;
  std::vector<bool> symmetric;
  std::vector<EdgeRecord> edges;
  std::vector<std::vector<std::uint32_t>> by_relation;
  Adjacency out, in;

  explicit QueryIndex(const KnowledgeGraph& g) : graph(g), lookup(g) {
    const Graph& bg = g.graph();
    edges.reserve(boost::num_edges(bg));
    for (auto [it, end] = boost::edges(bg); it != end; ++it) {
      const std::string& id = bg[*it].relation;
      auto [pos, added] = relation_index.emplace(id, static_cast<std::uint32_t>(relation_ids.size()));
      if (added) {
        relation_ids.push_back(id);
        const Relation* r = g.relations().find(id);
        symmetric.push_back(r && r->symmetric);
        by_relation.emplace_back();
      }
      by_relation[pos->second].push_back(static_cast<std::uint32_t>(edges.size()));
      edges.push_back({boost::source(*it, bg), boost::target(*it, bg), pos->second, *it});
    }
    build(out, [](const EdgeRecord& e) { return e.source; });
    build(in, [](const EdgeRecord& e) { return e.target; });
  }

  // A counting sort over the relation lists: every vertex's entries come out sorted by
  // relation, then by edge.
  template <typename EndOf>
  void build(Adjacency& a, EndOf end_of) const {
    const std::size_t n = graph.vertex_count();
    a.offsets.assign(n + 1, 0);
    for (const EdgeRecord& e : edges) ++a.offsets[end_of(e) + 1];
    for (std::size_t v = 0; v < n; ++v) a.offsets[v + 1] += a.offsets[v];
    std::vector<std::size_t> cursor(a.offsets.begin(), a.offsets.end() - 1);
    a.entries.resize(edges.size());
    for (std::uint32_t r = 0; r < by_relation.size(); ++r)
      for (const std::uint32_t e : by_relation[r]) a.entries[cursor[end_of(edges[e])]++] = {r, e};
  }

  std::size_t degree(const Adjacency& a, Vertex v, const CompiledPattern& p) const {
    if (p.any_relation) return a.of(v).size();
    std::size_t n = 0;
    for (const std::uint32_t r : p.relations) n += a.of(v, r).size();
    return n;
  }
};

namespace {

// Rows with equal values in the picked columns become one row of those values, holding
// every match behind them and counting them; first seen first. Fed row by row, so that
// DISTINCT and COUNT over a million matches never hold a million rows.
class Grouper {
 public:
  explicit Grouper(std::vector<std::size_t> pick) : pick_(std::move(pick)) {}

  void add(const std::vector<QueryValue>& values, const std::vector<Match>& matches) {
    key_.clear();
    for (const std::size_t i : pick_) key_.push_back(values[i]);
    auto it = index_.find(key_);
    if (it == index_.end()) {
      it = index_.emplace(key_, rows_.size()).first;
      rows_.push_back(QueryRow{key_, {}});
      counts_.push_back(0);
    }
    QueryRow& row = rows_[it->second];
    row.matches.insert(row.matches.end(), matches.begin(), matches.end());
    ++counts_[it->second];
  }

  std::vector<QueryRow> take(bool counting) {
    if (counting)
      for (std::size_t i = 0; i < rows_.size(); ++i) {
        QueryValue c;
        c.kind = QueryValue::Kind::Count;
        c.count = counts_[i];
        rows_[i].values.push_back(c);
      }
    return std::move(rows_);
  }

 private:
  std::vector<std::size_t> pick_;
  std::vector<QueryValue> key_;  // reused for every row
  std::unordered_map<std::vector<QueryValue>, std::size_t, ValuesHash> index_;
  std::vector<QueryRow> rows_;
  std::vector<std::size_t> counts_;
};

// Matching state of one run.
class Matcher {
 public:
  // relation_variable[v]: variable v binds a relation, not an entity.
  Matcher(const QueryIndex& ix, std::vector<CompiledPattern> plan, std::vector<bool> relation_variable,
          std::optional<std::size_t> stop_after, const QueryLimits& limits)
      : ix_(ix), plan_(std::move(plan)), relation_variable_(std::move(relation_variable)),
        binding_(relation_variable_.size(), kUnbound), values_(relation_variable_.size()), matches_(plan_.size()),
        stop_after_(stop_after), limits_(limits) {}

  /// The matching rows, or with a grouper, nothing: each row goes to it instead.
  std::vector<QueryRow> run(Grouper* grouper) {
    grouper_ = grouper;
    if (stop_after_ != 0) descend(0);
    return std::move(rows_);
  }

 private:
  std::optional<Vertex> known(const Slot& s) const {
    if (s.fixed) return s.fixed;
    if (s.variable >= 0 && binding_[s.variable] != kUnbound) return static_cast<Vertex>(binding_[s.variable]);
    return std::nullopt;
  }

  void descend(std::size_t level) {
    if (level == plan_.size()) return emit();
    const CompiledPattern& p = plan_[level];
    const std::optional<Vertex> s = known(p.subject), o = known(p.object);
    // A relation variable bound by an earlier pattern narrows the relations to one.
    std::vector<std::uint32_t> bound_relation;
    const std::vector<std::uint32_t>* relations = p.any_relation ? nullptr : &p.relations;
    if (p.relation_variable >= 0 && binding_[p.relation_variable] != kUnbound) {
      const auto r = static_cast<std::uint32_t>(binding_[p.relation_variable]);
      if (relations && std::find(relations->begin(), relations->end(), r) == relations->end()) return;
      bound_relation.push_back(r);
      relations = &bound_relation;
    }
    const auto visit = [&](std::uint32_t edge, bool reversed) { try_edge(level, edge, reversed); };
    if (s && (!o || ix_.degree(ix_.out, *s, p) <= ix_.degree(ix_.in, *o, p))) from_end(ix_.out, ix_.in, *s, o, false, relations, visit);
    else if (o) from_end(ix_.in, ix_.out, *o, s, true, relations, visit);
    else scan(relations, visit);
  }

  template <typename Visit>
  void for_each(const Adjacency& a, Vertex v, const std::vector<std::uint32_t>* relations, Visit&& visit) {
    if (!relations) {
      for (const Adjacent& x : a.of(v)) visit(x);
      return;
    }
    for (const std::uint32_t r : *relations)
      for (const Adjacent& x : a.of(v, r)) visit(x);
  }

  // Edges at a known end `v` (the subject when !from_object, else the object); the other
  // end, if also known, must be `other`. A symmetric relation also matches stored the
  // other way round (reversed); a self-loop is not matched twice.
  template <typename Visit>
  void from_end(const Adjacency& forward, const Adjacency& backward, Vertex v, std::optional<Vertex> other,
                bool from_object, const std::vector<std::uint32_t>* relations, Visit&& visit) {
    for_each(forward, v, relations, [&](const Adjacent& x) {
      const EdgeRecord& e = ix_.edges[x.edge];
      if (stopped() || (other && (from_object ? e.source : e.target) != *other)) return;
      visit(x.edge, false);
    });
    for_each(backward, v, relations, [&](const Adjacent& x) {
      const EdgeRecord& e = ix_.edges[x.edge];
      if (stopped() || !ix_.symmetric[x.relation] || e.source == e.target) return;
      if (other && (from_object ? e.target : e.source) != *other) return;
      visit(x.edge, true);
    });
  }

  template <typename Visit>
  void scan(const std::vector<std::uint32_t>* relations, Visit&& visit) {
    const auto relation = [&](std::uint32_t r) {
      for (const std::uint32_t edge : ix_.by_relation[r]) {
        if (stopped()) return;
        visit(edge, false);
        const EdgeRecord& e = ix_.edges[edge];
        if (ix_.symmetric[r] && e.source != e.target) visit(edge, true);
      }
    };
    if (relations) {
      for (const std::uint32_t r : *relations) relation(r);
    } else {
      for (std::uint32_t r = 0; r < ix_.by_relation.size(); ++r) relation(r);
    }
  }

  bool type_ok(const Slot& s, Vertex v) const {
    if (!s.types || s.types->empty()) return true;
    const EntityType t = ix_.graph.graph()[v].type;
    return std::find(s.types->begin(), s.types->end(), t) != s.types->end();
  }

  // Binds the pattern's variables to the edge if it fits, descends, and unbinds.
  void try_edge(std::size_t level, std::uint32_t index, bool reversed) {
    if (stopped()) return;
    if (++steps_ > limits_.steps)
      throw UsageError("query: too much to match (more than " + std::to_string(limits_.steps) +
                       " edges tried); narrow it with names, types, conditions or LIMIT");
    const CompiledPattern& p = plan_[level];
    const EdgeRecord& e = ix_.edges[index];
    const Vertex subject = reversed ? e.target : e.source;
    const Vertex object = reversed ? e.source : e.target;
    if (!type_ok(p.subject, subject) || !type_ok(p.object, object)) return;
    int bound[3];
    int n = 0;
    const auto bind = [&](int variable, std::int64_t value) {
      if (variable < 0) return true;
      if (binding_[variable] != kUnbound) return binding_[variable] == value;
      binding_[variable] = value;
      bound[n++] = variable;
      return true;
    };
    const bool fits = bind(p.subject.variable, static_cast<std::int64_t>(subject)) &&
                      bind(p.object.variable, static_cast<std::int64_t>(object)) &&
                      bind(p.relation_variable, e.relation) && p.filter->holds(ix_.graph.graph()[e.edge]);
    if (fits) {
      matches_[p.index] = Match{e.edge, reversed, p.index};  // in query order, whatever the plan
      descend(level + 1);
    }
    while (n > 0) binding_[bound[--n]] = kUnbound;
  }

  void emit() {
    if (++found_ > limits_.rows)
      throw UsageError("query: more than " + std::to_string(limits_.rows) +
                       " matches; narrow it with names, types, conditions or LIMIT");
    for (std::size_t v = 0; v < binding_.size(); ++v) {
      QueryValue& value = values_[v];
      if (relation_variable_[v]) {
        value.kind = QueryValue::Kind::Relation;
        value.relation = ix_.relation_ids[static_cast<std::size_t>(binding_[v])];
      } else {
        value.vertex = static_cast<Vertex>(binding_[v]);
      }
    }
    if (grouper_) grouper_->add(values_, matches_);
    else rows_.push_back(QueryRow{values_, matches_});
  }

  bool stopped() const { return stop_after_ && rows_.size() >= *stop_after_; }

  const QueryIndex& ix_;
  std::vector<CompiledPattern> plan_;
  std::vector<bool> relation_variable_;
  std::vector<std::int64_t> binding_;
  std::vector<QueryValue> values_;  // the row being emitted
  std::vector<Match> matches_;      // its match for each pattern
  std::optional<std::size_t> stop_after_;
  const QueryLimits limits_;
  std::uint64_t steps_ = 0;
  std::size_t found_ = 0;
  Grouper* grouper_ = nullptr;
  std::vector<QueryRow> rows_;
};

std::size_t variable_index(const Query& q, const std::string& name) {
  return static_cast<std::size_t>(std::find(q.variables.begin(), q.variables.end(), name) - q.variables.begin());
}

// Greedy join order: next, the pattern expected to visit the fewest edges given what
// the patterns before it bind. Fixed names give exact counts from the index; a variable
// bound earlier is guessed at the mean degree; an unbound pattern costs its relations'
// edge count.
std::vector<CompiledPattern> plan(const QueryIndex& ix, std::vector<CompiledPattern> patterns,
                                  std::size_t variables) {
  std::vector<bool> bound(variables, false);
  const double mean_degree =
      ix.graph.vertex_count() ? static_cast<double>(ix.edges.size()) / static_cast<double>(ix.graph.vertex_count()) : 0;
  const auto cost = [&](const CompiledPattern& p) {
    const auto is_known = [&](const Slot& s) { return s.fixed || (s.variable >= 0 && bound[s.variable]); };
    double c;
    if (p.subject.fixed || p.object.fixed) {
      c = std::numeric_limits<double>::max();
      if (p.subject.fixed) c = static_cast<double>(ix.degree(ix.out, *p.subject.fixed, p) + ix.degree(ix.in, *p.subject.fixed, p));
      if (p.object.fixed) c = std::min(c, static_cast<double>(ix.degree(ix.in, *p.object.fixed, p) + ix.degree(ix.out, *p.object.fixed, p)));
    } else if (is_known(p.subject) || is_known(p.object)) {
      c = 2 * mean_degree;
    } else {
      std::size_t n = 0;
      if (p.any_relation) n = ix.edges.size() * 2;
      for (const std::uint32_t r : p.relations) n += ix.by_relation[r].size() * (ix.symmetric[r] ? 2 : 1);
      c = static_cast<double>(n);
    }
    return c;
  };
  std::vector<CompiledPattern> order;
  while (!patterns.empty()) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < patterns.size(); ++i)
      if (cost(patterns[i]) < cost(patterns[best])) best = i;
    for (const int v : {patterns[best].subject.variable, patterns[best].object.variable, patterns[best].relation_variable})
      if (v >= 0) bound[v] = true;
    order.push_back(std::move(patterns[best]));
    patterns.erase(patterns.begin() + static_cast<long>(best));
  }
  return order;
}


std::vector<std::size_t> positions(const std::vector<std::string>& names, const std::vector<std::string>& in) {
  std::vector<std::size_t> out;
  for (const std::string& n : names) out.push_back(static_cast<std::size_t>(std::find(in.begin(), in.end(), n) - in.begin()));
  return out;
}

// Entities by name (then id), relations by id, counts by number.
int compare_values(const Graph& g, const QueryValue& a, const QueryValue& b) {
  if (a.kind == QueryValue::Kind::Count) return a.count < b.count ? -1 : a.count > b.count ? 1 : 0;
  if (a.kind == QueryValue::Kind::Relation) return a.relation.compare(b.relation);
  if (const int c = g[a.vertex].name.compare(g[b.vertex].name)) return c;
  return g[a.vertex].id.compare(g[b.vertex].id);
}

void order_rows(const KnowledgeGraph& kg, const Query& q, QueryResult& result) {
  const bool needs_evidence = std::any_of(q.order_by.begin(), q.order_by.end(), [](const OrderKey& k) {
    return k.kind == OrderKey::Kind::Mentions || k.kind == OrderKey::Kind::Confidence || k.kind == OrderKey::Kind::Date;
  });
  std::vector<RowEvidence> evidence;
  if (needs_evidence)
    for (const QueryRow& row : result.rows) evidence.push_back(row_evidence(kg, q, row));
  // Without ORDER BY, COUNT lists the largest groups first, then by the grouped values.
  std::vector<OrderKey> keys = q.order_by;
  if (keys.empty() && q.count) {
    keys.push_back(OrderKey{OrderKey::Kind::Count, "", true});
    for (const std::string& v : q.group_by) keys.push_back(OrderKey{OrderKey::Kind::Variable, v, false});
  }
  const std::size_t count_column = result.columns.size() - 1;
  const auto compare_key = [&](const OrderKey& k, std::size_t a, std::size_t b) -> int {
    const QueryRow& ra = result.rows[a];
    const QueryRow& rb = result.rows[b];
    switch (k.kind) {
      case OrderKey::Kind::Variable: {
        const std::size_t col = positions({k.variable}, result.columns).front();
        return compare_values(kg.graph(), ra.values[col], rb.values[col]);
      }
      case OrderKey::Kind::Count: return compare_values(kg.graph(), ra.values[count_column], rb.values[count_column]);
      case OrderKey::Kind::Mentions:
        return evidence[a].mentions < evidence[b].mentions ? -1 : evidence[a].mentions > evidence[b].mentions;
      case OrderKey::Kind::Confidence:
        return evidence[a].confidence < evidence[b].confidence ? -1 : evidence[a].confidence > evidence[b].confidence;
      case OrderKey::Kind::Date: return evidence[a].first_date.compare(evidence[b].first_date);
    }
    return 0;
  };
  std::vector<std::size_t> order(result.rows.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    for (const OrderKey& k : keys) {
      // Undated rows go last whichever the direction.
      if (k.kind == OrderKey::Kind::Date && evidence[a].first_date.empty() != evidence[b].first_date.empty())
        return evidence[b].first_date.empty();
      const int c = compare_key(k, a, b);
      if (c != 0) return k.descending ? c > 0 : c < 0;
    }
    return false;
  });
  std::vector<QueryRow> sorted;
  sorted.reserve(order.size());
  for (const std::size_t i : order) sorted.push_back(std::move(result.rows[i]));
  result.rows = std::move(sorted);
}

}  // namespace

QueryEngine::QueryEngine(const KnowledgeGraph& graph) : index_(std::make_unique<QueryIndex>(graph)) {}
QueryEngine::~QueryEngine() = default;

const KnowledgeGraph& QueryEngine::graph() const { return index_->graph; }
const EntityLookup& QueryEngine::lookup() const { return index_->lookup; }

QueryResult QueryEngine::run(const Query& q, const QueryLimits& limits) const {
  const QueryIndex& ix = *index_;
  // Compile: names to vertices, relation ids to the graph's relation numbers.
  std::vector<CompiledPattern> patterns;
  for (std::size_t i = 0; i < q.patterns.size(); ++i) {
    const TriplePattern& tp = q.patterns[i];
    CompiledPattern p;
    p.index = i;
    p.filter = &tp.evidence;
    for (auto [term, slot] : {std::pair{&tp.subject, &p.subject}, std::pair{&tp.object, &p.object}}) {
      slot->types = &term->types;
      if (term->variable) {
        slot->variable = static_cast<int>(variable_index(q, term->text));
        continue;
      }
      try {
        slot->fixed = ix.lookup.resolve(term->text);
      } catch (const UsageError& e) {
        throw_query_error(q.text, term->offset, e.what());
      }
    }
    if (!tp.relation.variable.empty()) p.relation_variable = static_cast<int>(variable_index(q, tp.relation.variable));
    p.any_relation = tp.relation.ids.empty();
    for (const std::string& id : tp.relation.ids)
      if (const auto it = ix.relation_index.find(id); it != ix.relation_index.end()) p.relations.push_back(it->second);
    patterns.push_back(std::move(p));
  }
  // Without DISTINCT, COUNT or ORDER BY the first LIMIT rows are the answer.
  std::optional<std::size_t> stop_after;
  if (!q.distinct && !q.count && q.order_by.empty()) stop_after = q.limit;
  std::vector<bool> relation_variable(q.variables.size(), false);
  for (const TriplePattern& tp : q.patterns)
    if (!tp.relation.variable.empty()) relation_variable[variable_index(q, tp.relation.variable)] = true;
  Matcher matcher(ix, plan(ix, std::move(patterns), q.variables.size()), std::move(relation_variable), stop_after, limits);

  // SELECT, DISTINCT and COUNT: rows of the selected columns, deduplicated or counted
  // as they are found when asked for.
  QueryResult result;
  result.columns = q.select.empty() ? q.variables : q.select;
  std::optional<Grouper> grouper;
  if (q.distinct) grouper.emplace(positions(result.columns, q.variables));
  else if (q.count) grouper.emplace(positions(q.group_by, q.variables));
  result.rows = matcher.run(grouper ? &*grouper : nullptr);
  if (q.distinct) {
    result.rows = grouper->take(false);
  } else if (!q.select.empty() && !q.count) {
    const std::vector<std::size_t> pick = positions(q.select, q.variables);
    for (QueryRow& row : result.rows) {
      std::vector<QueryValue> values;
      for (const std::size_t i : pick) values.push_back(row.values[i]);
      row.values = std::move(values);
    }
  }
  if (q.count) {
    if (q.distinct) {  // count the distinct rows
      Grouper counter(positions(q.group_by, result.columns));
      for (const QueryRow& row : result.rows) counter.add(row.values, row.matches);
      result.rows = counter.take(true);
    } else {
      result.rows = grouper->take(true);
    }
    result.columns = q.group_by;
    result.columns.push_back("count");
  }
  if (!q.order_by.empty() || q.count) order_rows(ix.graph, q, result);
  if (q.limit && result.rows.size() > *q.limit) result.rows.resize(*q.limit);
  return result;
}

}  // namespace jaring
