// Reader for jaring's versioned TSV data files.
//
//   # jaring-lexicon 1          <- version stamp: kind and version, checked
//   # comments ...
//   id<TAB>type<TAB>name        <- header: column names, any order
//   north_korea<TAB>Country<TAB>North Korea
//
// Every error is a DataError "file:line: what is wrong".
#pragma once

#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jaring {

class TsvFile {
 public:
  struct Row {
    std::size_t line = 0;
    std::vector<std::string_view> fields;  // views into the file's buffer
  };

  /// Reads `path`, checks the stamp `# <kind> <version>`, the header against `allowed`
  /// (every name in `required` must be present) and each row's field count.
  static TsvFile read(const std::filesystem::path& path, std::string_view kind, int version,
                      std::initializer_list<std::string_view> allowed,
                      std::initializer_list<std::string_view> required);

  const std::string& name() const { return name_; }
  const std::vector<Row>& rows() const { return rows_; }
  bool has_column(std::string_view column) const { return index_of(column).has_value(); }

  /// The row's field in `column` (trimmed), or "" when the column or field is absent.
  std::string_view get(const Row& row, std::string_view column) const;
  /// As get(), but an empty value is an error naming the column.
  std::string_view require(const Row& row, std::string_view column) const;

  /// Throws DataError("<file>:<line>: <what>").
  [[noreturn]] void fail(std::size_t line, const std::string& what) const;

 private:
  std::optional<std::size_t> index_of(std::string_view column) const;

  std::string name_;
  std::string buffer_;
  std::vector<std::string> header_;
  std::vector<Row> rows_;
};

/// Splits a multi-valued field on ';', trimming items and dropping empty ones.
std::vector<std::string_view> split_list(std::string_view field, char separator = ';');

/// Trims ASCII whitespace at both ends.
std::string_view trim(std::string_view s);

}  // namespace jaring
