#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "jaring/error.h"
#include "jaring/tsv.h"

using namespace jaring;
namespace fs = std::filesystem;

namespace {

fs::path write_temp(const std::string& name, const std::string& content) {
  const fs::path p = fs::temp_directory_path() / ("jaring_tsv_test_" + name);
  std::ofstream(p) << content;
  return p;
}

std::string error_of(const fs::path& p) {
  try {
    TsvFile::read(p, "jaring-x", 1, {"a", "b"}, {"a"});
  } catch (const DataError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("TSV files: header, comments, values") {
  const fs::path p = write_temp("ok.tsv", "# jaring-x 1\n# comment\nb\ta\n\nx\t y \n");
  const TsvFile f = TsvFile::read(p, "jaring-x", 1, {"a", "b"}, {"a"});
  REQUIRE(f.rows().size() == 1);
  CHECK(f.get(f.rows()[0], "a") == "y");
  CHECK(f.get(f.rows()[0], "b") == "x");
  CHECK(f.rows()[0].line == 5);
}

TEST_CASE("TSV errors name the file and the line") {
  const fs::path stamp = write_temp("stamp.tsv", "a\tb\n");
  CHECK(error_of(stamp) == stamp.string() + ":1: expected the version line '# jaring-x 1'");
  const fs::path column = write_temp("column.tsv", "# jaring-x 1\na\tc\n");
  CHECK(error_of(column) == column.string() + ":2: unknown column 'c'");
  const fs::path fields = write_temp("fields.tsv", "# jaring-x 1\na\tb\n1\t2\t3\n");
  CHECK(error_of(fields) == fields.string() + ":3: 3 fields, header has 2");
  const fs::path missing = write_temp("missing.tsv", "# jaring-x 1\nb\n");
  CHECK(error_of(missing) == missing.string() + ":2: missing required column 'a'");
}

TEST_CASE("split_list trims items and drops empty ones") {
  CHECK(split_list(" a; b ;;c ") == std::vector<std::string_view>{"a", "b", "c"});
  CHECK(split_list("").empty());
}
