// The three faces of a command's tables: aligned text, TSV and JSON (RapidJSON).
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "jaring/error.h"
#include "jaring/table.h"

namespace jaring {

namespace {

// Display width of UTF-8 text in characters (continuation bytes do not count).
std::size_t width(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// One line per cell: tabs and line breaks would break a TSV row or an aligned column.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::string triple_text(const Source& s) { return s.subject + " " + s.relation + " " + s.object; }

void write_sources(const std::vector<Source>& sources, std::ostream& out) {
  for (const Source& s : sources) {
    out << "    " << triple_text(s) << '\n';
    for (const Evidence* e : s.evidence) {
      out << "      " << source_label(*e) << "  " << one_line(e->text);
      if (const std::string q = evidence_qualifiers(*e); !q.empty()) out << "  (" << q << ')';
      out << '\n';
    }
  }
}

void write_record(const Table& t, std::ostream& out) {
  std::size_t label = 0;
  for (const std::string& c : t.columns) label = std::max(label, width(c));
  for (const TableRow& row : t.rows) {
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      if (row.cells[i].kind == Cell::Kind::Empty) continue;
      out << t.columns[i] << ':' << std::string(label - width(t.columns[i]) + 1, ' ') << one_line(row.cells[i].text)
          << '\n';
    }
    write_sources(row.sources, out);
  }
}

void write_aligned(const Table& t, std::ostream& out) {
  if (t.heading) out << t.name << '\n';
  if (t.record) return write_record(t, out);
  std::vector<std::size_t> widths(t.columns.size());
  std::vector<bool> numeric(t.columns.size(), !t.rows.empty());
  for (std::size_t i = 0; i < t.columns.size(); ++i) widths[i] = width(t.columns[i]);
  for (const TableRow& row : t.rows)
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      widths[i] = std::max(widths[i], width(one_line(row.cells[i].text)));
      if (row.cells[i].kind != Cell::Kind::Number && row.cells[i].kind != Cell::Kind::Empty) numeric[i] = false;
    }
  // Numbers right-aligned so that magnitudes line up; no trailing spaces on a line.
  const auto line = [&](const auto& text_of) {
    std::string s;
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      const std::string text = text_of(i);
      const std::string gap(widths[i] - width(text), ' ');
      s += numeric[i] ? gap + text : text + gap;
      if (i + 1 < t.columns.size()) s += "  ";
    }
    s.erase(s.find_last_not_of(' ') + 1);
    out << s << '\n';
  };
  line([&](std::size_t i) { return t.columns[i]; });
  for (const TableRow& row : t.rows) {
    line([&](std::size_t i) { return one_line(row.cells[i].text); });
    write_sources(row.sources, out);
  }
}

void write_tsv(const Table& t, std::ostream& out) {
  const bool sources = std::any_of(t.rows.begin(), t.rows.end(), [](const TableRow& r) { return !r.sources.empty(); });
  for (std::size_t i = 0; i < t.columns.size(); ++i) out << (i ? "\t" : "") << t.columns[i];
  out << (sources ? "\ttriple\tsource\ttext\n" : "\n");
  for (const TableRow& row : t.rows) {
    std::string cells;
    for (std::size_t i = 0; i < row.cells.size(); ++i) cells += (i ? "\t" : "") + one_line(row.cells[i].text);
    bool written = false;
    for (const Source& s : row.sources)
      for (const Evidence* e : s.evidence) {
        out << cells << '\t' << triple_text(s) << '\t' << source_label(*e) << '\t' << one_line(e->text) << '\n';
        written = true;
      }
    if (!written) out << cells << (sources ? "\t\t\t\n" : "\n");
  }
}

using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void json_string(JsonWriter& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void json_cell(JsonWriter& w, const Cell& c) {
  switch (c.kind) {
    case Cell::Kind::Empty: w.Null(); return;
    case Cell::Kind::Text: json_string(w, c.text); return;
    case Cell::Kind::Number:
      if (c.number == std::floor(c.number) && std::fabs(c.number) < 1e15) w.Int64(static_cast<std::int64_t>(c.number));
      else w.Double(c.number);
      return;
    case Cell::Kind::Entity:
      w.StartObject();
      json_string(w, "id");
      json_string(w, c.entity->id);
      json_string(w, "name");
      json_string(w, c.entity->name);
      json_string(w, "type");
      json_string(w, to_string(c.entity->type));
      if (!c.entity->qid.empty()) {
        json_string(w, "qid");
        json_string(w, c.entity->qid);
      }
      w.EndObject();
      return;
  }
}

void json_evidence(JsonWriter& w, const Source& s, const Evidence& e) {
  const auto kv = [&w](std::string_view k, std::string_view v) {
    json_string(w, k);
    json_string(w, v);
  };
  w.StartObject();
  kv("subject", s.subject);
  kv("relation", s.relation);
  kv("object", s.object);
  kv("doc", e.doc);
  json_string(w, "sentence");
  w.Uint64(e.sentence);
  json_string(w, "span");
  w.StartArray();
  w.Uint64(e.span.begin);
  w.Uint64(e.span.end);
  w.EndArray();
  kv("text", e.text);
  json_string(w, "negated");
  w.Bool(e.negated);
  kv("modality", to_string(e.modality));
  json_string(w, "confidence");
  w.Double(e.confidence);
  if (!e.date.empty()) kv("date", e.date);
  if (!e.attributed_to.empty()) kv("attributed_to", e.attributed_to);
  w.EndObject();
}

void json_row(JsonWriter& w, const Table& t, const TableRow& row) {
  w.StartObject();
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    json_string(w, t.columns[i]);
    json_cell(w, row.cells[i]);
  }
  if (!row.sources.empty()) {
    json_string(w, "evidence");
    w.StartArray();
    for (const Source& s : row.sources)
      for (const Evidence* e : s.evidence) json_evidence(w, s, *e);
    w.EndArray();
  }
  w.EndObject();
}

void write_json(const std::vector<Table>& tables, std::ostream& out) {
  rapidjson::OStreamWrapper os(out);
  JsonWriter w(os);
  w.SetIndent(' ', 1);
  w.StartObject();
  for (const Table& t : tables) {
    json_string(w, t.name);
    if (t.record && t.rows.size() == 1) {
      json_row(w, t, t.rows.front());
      continue;
    }
    w.StartArray();
    for (const TableRow& row : t.rows) json_row(w, t, row);
    w.EndArray();
  }
  w.EndObject();
  out << '\n';
}

}  // namespace

Cell Cell::of_text(std::string text) {
  Cell c;
  c.kind = Kind::Text;
  c.text = std::move(text);
  return c;
}

Cell Cell::of_number(double value) {
  Cell c;
  c.kind = Kind::Number;
  c.number = value;
  char buf[32];
  if (value == std::floor(value) && std::fabs(value) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", value);
  else if (std::fabs(value) >= 1) std::snprintf(buf, sizeof buf, "%.2f", value);
  else std::snprintf(buf, sizeof buf, "%.3g", value);
  c.text = buf;
  return c;
}

Cell Cell::of_entity(const VertexData& v) {
  Cell c;
  c.kind = Kind::Entity;
  c.text = v.name;
  c.entity = &v;
  return c;
}

TableFormat parse_table_format(std::string_view name) {
  if (name == "table") return TableFormat::Aligned;
  if (name == "tsv") return TableFormat::Tsv;
  if (name == "json") return TableFormat::Json;
  throw UsageError("unknown format '" + std::string(name) + "' (known: table, tsv, json, dot, svg)");
}

std::string source_label(const Evidence& e) { return e.doc + ":" + std::to_string(e.sentence); }

std::string evidence_qualifiers(const Evidence& e) {
  std::string q;
  if (e.negated) q = "negated";
  if (e.modality != Modality::Asserted) q += (q.empty() ? "" : ", ") + std::string(to_string(e.modality));
  if (!e.attributed_to.empty()) q += (q.empty() ? "" : ", ") + std::string("according to ") + e.attributed_to;
  return q;
}

void write_tables(const std::vector<Table>& tables, TableFormat format, std::ostream& out) {
  if (format == TableFormat::Json) return write_json(tables, out);
  for (std::size_t i = 0; i < tables.size(); ++i) {
    if (i) out << '\n';
    // Several TSV tables are told apart by a comment line naming each.
    if (format == TableFormat::Tsv && tables.size() > 1) out << "# " << tables[i].name << '\n';
    if (format == TableFormat::Tsv) write_tsv(tables[i], out);
    else write_aligned(tables[i], out);
  }
}

}  // namespace jaring
