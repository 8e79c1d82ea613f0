#include "jaring/data_dir.h"

#include <cstdlib>
#include <system_error>

#include "jaring/error.h"

#ifndef JARING_SOURCE_DATA_DIR
#define JARING_SOURCE_DATA_DIR ""
#endif
#ifndef JARING_INSTALL_DATA_DIR
#define JARING_INSTALL_DATA_DIR "share/jaring/data"
#endif

namespace jaring {
namespace fs = std::filesystem;

namespace {

bool holds_data(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "relations.tsv", ec);
}

}  // namespace

fs::path find_data_dir(const std::optional<fs::path>& explicit_dir) {
  if (explicit_dir) {
    if (!holds_data(*explicit_dir))
      throw UsageError(explicit_dir->string() + ": not a jaring data directory (no relations.tsv)");
    return *explicit_dir;
  }
  if (const char* env = std::getenv("JARING_DATA_DIR"); env && *env) {
    if (!holds_data(env))
      throw UsageError(std::string("JARING_DATA_DIR=") + env +
                       ": not a jaring data directory (no relations.tsv)");
    return env;
  }
  std::error_code ec;
  // Installed layout: <prefix>/bin/jaring and <prefix>/share/jaring/data.
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / JARING_INSTALL_DATA_DIR;
    if (holds_data(installed)) return installed;
  }
  if (holds_data(JARING_SOURCE_DATA_DIR)) return JARING_SOURCE_DATA_DIR;
  throw UsageError("cannot find jaring's data directory; pass --data-dir or set JARING_DATA_DIR");
}

}  // namespace jaring
