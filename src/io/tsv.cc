#include "jaring/tsv.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "jaring/error.h"
#include "jaring/text.h"

namespace jaring {

std::string_view trim(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_list(std::string_view field, char separator) {
  std::vector<std::string_view> items;
  while (!field.empty()) {
    const std::size_t cut = field.find(separator);
    const std::string_view item = trim(field.substr(0, cut));
    if (!item.empty()) items.push_back(item);
    if (cut == std::string_view::npos) break;
    field.remove_prefix(cut + 1);
  }
  return items;
}

namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  for (;;) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

}  // namespace

void TsvFile::fail(std::size_t line, const std::string& what) const {
  throw DataError(name_ + ":" + std::to_string(line) + ": " + what);
}

TsvFile TsvFile::read(const std::filesystem::path& path, std::string_view kind, int version,
                      std::initializer_list<std::string_view> allowed,
                      std::initializer_list<std::string_view> required) {
  TsvFile file;
  file.name_ = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw DataError(file.name_ + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError(file.name_ + ": cannot open");
  std::ostringstream content;
  content << in.rdbuf();
  file.buffer_ = content.str();
  // A byte order mark (some editors write one) is not part of the version line.
  if (file.buffer_.starts_with("\xEF\xBB\xBF")) file.buffer_.erase(0, 3);
  // Names are matched by their normalized keys: bytes that are not UTF-8 would match
  // nothing, silently. Say where they are instead.
  if (const auto bad = find_utf8_error(file.buffer_)) {
    const std::string_view before = std::string_view(file.buffer_).substr(0, bad->offset);
    const std::size_t line = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1;
    const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
    file.fail(line, "not UTF-8 text (" + bad->what + " at byte " + std::to_string(bad->offset - line_start) +
                        " of the line)");
  }

  const std::string stamp = "# " + std::string(kind) + " " + std::to_string(version);
  std::string_view rest(file.buffer_);
  std::size_t line_no = 0;
  bool header_seen = false;
  while (!rest.empty()) {
    const std::size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1) {
      if (trim(line) != stamp)
        file.fail(1, "expected the version line '" + stamp + "'");
      continue;
    }
    if (trim(line).empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = split_tabs(line);
    if (!header_seen) {
      header_seen = true;
      for (std::string_view f : fields) {
        const std::string_view name = trim(f);
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
          file.fail(line_no, "unknown column '" + std::string(name) + "'");
        if (file.index_of(name)) file.fail(line_no, "column '" + std::string(name) + "' twice");
        file.header_.emplace_back(name);
      }
      for (std::string_view name : required)
        if (!file.index_of(name))
          file.fail(line_no, "missing required column '" + std::string(name) + "'");
      continue;
    }
    if (fields.size() > file.header_.size())
      file.fail(line_no, std::to_string(fields.size()) + " fields, header has " +
                             std::to_string(file.header_.size()));
    file.rows_.push_back(Row{line_no, std::move(fields)});
  }
  if (line_no == 0) file.fail(1, "empty file, expected the version line '" + stamp + "'");
  if (!header_seen) file.fail(line_no, "no header line");
  return file;
}

std::optional<std::size_t> TsvFile::index_of(std::string_view column) const {
  for (std::size_t i = 0; i < header_.size(); ++i)
    if (header_[i] == column) return i;
  return std::nullopt;
}

std::string_view TsvFile::get(const Row& row, std::string_view column) const {
  const auto i = index_of(column);
  if (!i || *i >= row.fields.size()) return {};
  return trim(row.fields[*i]);
}

std::string_view TsvFile::require(const Row& row, std::string_view column) const {
  const std::string_view v = get(row, column);
  if (v.empty()) fail(row.line, "empty '" + std::string(column) + "'");
  return v;
}

}  // namespace jaring
