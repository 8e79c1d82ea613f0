// Language data: abbreviations, language cues and month names; language identification
// and datelines.
#include <array>
#include <cstdio>
#include <map>

#include "jaring/text.h"
#include "jaring/tsv.h"

namespace jaring {

TextData TextData::load(const std::filesystem::path& data_dir) {
  TextData data;
  const auto dir = data_dir / "text";
  {
    const TsvFile f = TsvFile::read(dir / "abbreviations.tsv", "jaring-text", 1,
                                    {"lang", "abbreviation"}, {"lang", "abbreviation"});
    for (const auto& row : f.rows())
      data.abbreviations[std::string(f.require(row, "lang"))].insert(
          normalize_key(f.require(row, "abbreviation")));
  }
  {
    const TsvFile f = TsvFile::read(dir / "language_cues.tsv", "jaring-text", 1, {"lang", "word"},
                                    {"lang", "word"});
    for (const auto& row : f.rows())
      data.language_cues[std::string(f.require(row, "lang"))].insert(
          normalize_key(f.require(row, "word")));
  }
  {
    const TsvFile f = TsvFile::read(dir / "months.tsv", "jaring-text", 1, {"lang", "month", "name"},
                                    {"lang", "month", "name"});
    for (const auto& row : f.rows()) {
      const std::string month(f.require(row, "month"));
      int m = 0;
      if (std::sscanf(month.c_str(), "%d", &m) != 1 || m < 1 || m > 12)
        f.fail(row.line, "month must be 1..12, not '" + month + "'");
      data.months[normalize_key(f.require(row, "name"))] = m;
    }
  }
  {
    const TsvFile f = TsvFile::read(dir / "numbers.tsv", "jaring-text", 1, {"lang", "word", "value"},
                                    {"lang", "word", "value"});
    for (const auto& row : f.rows()) {
      const std::string value(f.require(row, "value"));
      int n = 0;
      if (std::sscanf(value.c_str(), "%d", &n) != 1 || n < 1)
        f.fail(row.line, "value must be a positive number, not '" + value + "'");
      data.numbers[normalize_key(f.require(row, "word"))] = n;
    }
  }
  return data;
}

std::string detect_language(const Document& doc, const TextData& data) {
  std::map<std::string, int> counts;
  for (const Sentence& s : doc.sentences)
    for (const Token& t : s.tokens)
      for (const auto& [lang, cues] : data.language_cues)
        if (cues.count(t.norm)) ++counts[lang];
  std::string best;
  int best_count = 0;
  for (const auto& [lang, n] : counts)
    if (n > best_count) best = lang, best_count = n;
  return best;
}

namespace {

int to_int(const std::string& s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
    if (v > 100000) return -1;
  }
  return s.empty() ? -1 : v;
}

std::string iso_date(int y, int m, int d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

std::string find_document_date(const Document& doc, const TextData& data) {
  // Only the first few sentences: a dateline, or a date line above the text.
  const std::size_t limit = std::min<std::size_t>(doc.sentences.size(), 4);
  for (std::size_t si = 0; si < limit; ++si) {
    const auto& tk = doc.sentences[si].tokens;
    for (std::size_t i = 0; i < tk.size(); ++i) {
      const auto month = data.months.find(tk[i].norm);
      if (month != data.months.end()) {
        // 12 Maret 2025
        if (i >= 1 && i + 1 < tk.size()) {
          const std::string d = iso_date(to_int(tk[i + 1].norm), month->second, to_int(tk[i - 1].norm));
          if (!d.empty()) return d;
        }
        // March 12, 2025
        std::size_t j = i + 2;
        if (j < tk.size() && tk[j].norm == ",") ++j;
        if (i + 1 < tk.size() && j < tk.size()) {
          const std::string d = iso_date(to_int(tk[j].norm), month->second, to_int(tk[i + 1].norm));
          if (!d.empty()) return d;
        }
      }
      // 2025-03-12: tokens 2025 - 03 - 12
      if (i + 4 < tk.size() && tk[i + 1].norm == "-" && tk[i + 3].norm == "-") {
        const std::string d = iso_date(to_int(tk[i].norm), to_int(tk[i + 2].norm), to_int(tk[i + 4].norm));
        if (!d.empty()) return d;
      }
    }
  }
  return {};
}

}  // namespace jaring
