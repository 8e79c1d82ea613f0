// What the query and graph commands print: named tables of cells, written as an aligned
// table for people, TSV or JSON for scripts. One structure for every command, so that
// every command offers the same formats and the same --evidence display.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "jaring/graph.h"

namespace jaring {

struct Cell {
  enum class Kind : std::uint8_t { Text, Number, Entity, Empty };
  Kind kind = Kind::Empty;
  std::string text;                   // what the aligned table and TSV show
  double number = 0;                  // Number: JSON writes it as a number
  const VertexData* entity = nullptr; // Entity: JSON writes {id, name, type, qid}

  static Cell of_text(std::string text);
  static Cell of_number(double value);   // integers print without a decimal point
  static Cell of_entity(const VertexData& v);
};

/// The sentences stating one triple of a row, printed under the row with --evidence.
struct Source {
  std::string subject, relation, object;    // names and relation id
  std::vector<const Evidence*> evidence;    // points into the graph, which outlives the table
};

struct TableRow {
  std::vector<Cell> cells;                  // one per column
  std::vector<Source> sources;              // empty unless evidence was asked for
};

struct Table {
  std::string name;                         // JSON member name, and the heading shown above it
  std::vector<std::string> columns;
  std::vector<TableRow> rows;
  bool record = false;                      // one row shown as "column: value" lines (a card)
  bool heading = false;                     // show `name` above the aligned table
};

enum class TableFormat : std::uint8_t { Aligned, Tsv, Json };

/// "table", "tsv" or "json"; throws UsageError otherwise.
TableFormat parse_table_format(std::string_view name);

/// Aligned: columns padded to their widest cell (in characters), a header line, each row's
/// sources indented below it, tables separated by a blank line.
/// TSV: a header line per table; with sources, one line per evidence record with the
/// columns `triple`, `source` (document:sentence) and `text` added. Tabs and newlines in
/// cells become spaces. Several tables are separated by a blank line and each is preceded
/// by a `# name` line.
/// JSON: one object, a member per table holding an array of row objects keyed by column;
/// a row with sources has an "evidence" array. A record table is one object.
void write_tables(const std::vector<Table>& tables, TableFormat format, std::ostream& out);

/// "doc.txt:3" for an evidence record, and its qualifiers ("negated, possible") or "".
std::string source_label(const Evidence& e);
std::string evidence_qualifiers(const Evidence& e);

}  // namespace jaring
