// Where jaring finds its default data (lexicons, frames, relation vocabulary).
#pragma once

#include <filesystem>
#include <optional>

namespace jaring {

/// The data directory, searched in order:
///   1. `explicit_dir` (the --data-dir option), if given;
///   2. the JARING_DATA_DIR environment variable;
///   3. `<prefix>/share/jaring/data` where the executable is `<prefix>/bin/jaring`;
///   4. the source tree's `data/` recorded at build time (running from a build tree).
/// Throws UsageError when none holds `relations.tsv`.
std::filesystem::path find_data_dir(const std::optional<std::filesystem::path>& explicit_dir);

}  // namespace jaring
