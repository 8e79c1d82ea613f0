// The pattern language of `jaring query`: triple patterns over the graph, joined on
// shared variables, then projected, counted, ordered and limited. The grammar and its
// semantics are documented in the README ("Querying the graph"); in short:
//
//   ?x supports Russia
//   ?x:Country deploys_troops_to ?y . ?y fights Ukraine   DISTINCT ?x
//   "Kim Jong Un" meets|talks_with ?who [mentions >= 2, date >= 2025-01]
//   North Korea ?r ?y   COUNT BY ?r   ORDER BY count DESC   LIMIT 5
//   ?x invades ?y [negated]
//
// parse_query() turns text into a Query (errors name the line and column, with the line
// and a caret); QueryEngine indexes a graph once and runs queries against it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jaring/graph.h"
#include "jaring/lookup.h"
#include "jaring/table.h"

namespace jaring {

/// A set of modalities is a bit mask.
constexpr unsigned modality_bit(Modality m) { return 1u << static_cast<unsigned>(m); }

/// Which evidence records of a relation count. By default a relation holds on the
/// records that state it plainly: not negated, and asserted or reported (a claim said to
/// be only possible or in the future is hedged). A pattern asks for other records with
/// `[negated]`, `[hedged]`, `[any]` or `negated = …`, `modality = …`; the other
/// conditions compare the records' confidence, date and language, or count the records
/// (`mentions`) and their documents (`docs`).
struct EvidenceFilter {
  enum class Polarity : std::uint8_t { Affirmed, Negated, Any };
  enum class Field : std::uint8_t { Mentions, Documents, Confidence, Date, Language };
  enum class Op : std::uint8_t { Eq, Ne, Lt, Le, Gt, Ge };
  struct Condition {
    Field field = Field::Mentions;
    Op op = Op::Ge;
    double number = 0;   // Mentions, Documents, Confidence
    std::string text;    // Date (YYYY, YYYY-MM or YYYY-MM-DD), Language
  };

  static constexpr unsigned kPlain = modality_bit(Modality::Asserted) | modality_bit(Modality::Reported);
  static constexpr unsigned kHedged = modality_bit(Modality::Possible) | modality_bit(Modality::Future);
  static constexpr unsigned kAllModalities = kPlain | kHedged;

  Polarity polarity = Polarity::Affirmed;
  unsigned modalities = kPlain;
  std::vector<Condition> conditions;

  /// Every record, negated or hedged: what `[any]` asks for.
  static EvidenceFilter any();
  /// Whether one record passes (polarity, modality, confidence, date, language).
  bool accepts(const Evidence& e) const;
  /// The records of an edge that pass, or none when the counts (mentions, docs) fail.
  std::vector<const Evidence*> select(const EdgeData& edge) const;
  /// select(edge) is not empty, without building the list.
  bool holds(const EdgeData& edge) const;
};

/// A subject or object: a ?variable (optionally typed) or the name of an entity.
struct QueryTerm {
  bool variable = false;
  std::string text;                  // the variable without '?', or the name as written
  std::vector<EntityType> types;     // ?x:Person|Organization; empty: any type
  std::size_t offset = 0;            // byte offset in the query text, for messages
};

/// The relation of a pattern: alternatives (meets|talks_with), a ?variable that binds
/// the relation id (optionally restricted: ?r:meets|talks_with), or both empty: any.
struct RelationTerm {
  std::string variable;
  std::vector<std::string> ids;
  std::size_t offset = 0;
};

struct TriplePattern {
  QueryTerm subject;
  RelationTerm relation;
  QueryTerm object;
  EvidenceFilter evidence;
};

struct OrderKey {
  enum class Kind : std::uint8_t { Variable, Count, Mentions, Confidence, Date };
  Kind kind = Kind::Variable;
  std::string variable;
  bool descending = false;
};

struct Query {
  std::string text;                        // as given, for messages
  std::vector<TriplePattern> patterns;
  std::vector<std::string> variables;      // entity and relation variables, first seen first
  std::vector<std::string> select;         // SELECT/DISTINCT columns; empty: every variable
  bool distinct = false;
  bool count = false;
  std::vector<std::string> group_by;       // COUNT BY
  std::vector<OrderKey> order_by;
  std::optional<std::size_t> limit;
};

/// Parses `text`. Relation ids are checked against `relations`. Throws UsageError
/// "query:LINE:COLUMN: what is expected" followed by the offending line and a caret
/// under the column.
Query parse_query(std::string_view text, const RelationSet& relations);

/// The most patterns a query may join.
inline constexpr std::size_t kMaxQueryPatterns = 64;

/// Bounds on the work of one query. A query whose matches explode (a chain of `?a ?r ?b`
/// patterns over a dense graph walks every path) stops with a UsageError saying so,
/// instead of taking all memory or running for ever. The defaults leave room for any
/// one- or two-pattern query on a graph of millions of relations.
struct QueryLimits {
  std::uint64_t steps = 500'000'000;  // edges tried against a pattern
  std::size_t rows = 10'000'000;      // matches found (rows, or rows merged by DISTINCT or COUNT)
};

/// One pattern's edge in a result row. `reversed` when a symmetric relation matched with
/// the stored subject and object swapped.
struct Match {
  Edge edge;
  bool reversed = false;
  std::size_t pattern = 0;
};

/// A cell of a result: an entity, a relation id, or (the last column of COUNT) a number.
struct QueryValue {
  enum class Kind : std::uint8_t { Entity, Relation, Count };
  Kind kind = Kind::Entity;
  Vertex vertex = 0;
  std::string_view relation;   // points into the graph's edge data: valid while the graph is
  std::size_t count = 0;
  friend bool operator==(const QueryValue&, const QueryValue&) = default;
};

struct QueryRow {
  std::vector<QueryValue> values;   // one per column
  std::vector<Match> matches;       // the edges behind the row, one per pattern; a merged
                                    // (DISTINCT, COUNT) row has all of its rows', repeats too
};

struct QueryResult {
  std::vector<std::string> columns; // variable names, and "count" for COUNT
  std::vector<QueryRow> rows;
};

struct QueryIndex;

/// Runs queries against one graph. Building the engine indexes every edge by relation
/// and each vertex's edges by relation, so that a pattern with a name or a relation only
/// visits the edges it can match.
class QueryEngine {
 public:
  explicit QueryEngine(const KnowledgeGraph& graph);
  ~QueryEngine();
  QueryEngine(const QueryEngine&) = delete;
  QueryEngine& operator=(const QueryEngine&) = delete;

  /// Names are resolved with EntityLookup: an unknown or ambiguous name throws
  /// UsageError pointing at the name in the query.
  QueryResult run(const Query& query, const QueryLimits& limits = {}) const;

  const KnowledgeGraph& graph() const;
  const EntityLookup& lookup() const;

 private:
  std::unique_ptr<QueryIndex> index_;
};

/// What the accepted evidence of a row's edges adds up to: the `mentions` column and the
/// ORDER BY keys mentions, confidence (the highest) and date (the earliest, "" if none).
struct RowEvidence {
  std::size_t mentions = 0;
  double confidence = 0;
  std::string first_date;
};
RowEvidence row_evidence(const KnowledgeGraph& graph, const Query& query, const QueryRow& row);

/// The evidence of a row's edges that its patterns accepted, one Source per distinct edge.
std::vector<Source> row_sources(const KnowledgeGraph& graph, const Query& query, const QueryRow& row);

/// The result as a table named "results": the columns of the query, then `mentions` (the
/// accepted evidence records of the row's edges) unless the query counts. With
/// `evidence`, each row carries its sources.
Table result_table(const KnowledgeGraph& graph, const Query& query, const QueryResult& result, bool evidence);

/// The edges of the result's rows with their accepted evidence, as a graph of their own
/// (for DOT and SVG).
KnowledgeGraph result_subgraph(const KnowledgeGraph& graph, const Query& query, const QueryResult& result);

}  // namespace jaring
