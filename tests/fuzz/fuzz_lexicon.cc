// The lexicon loader (`--lexicon FILE`): any bytes as a user lexicon file, loaded over an
// empty data lexicon. A malformed file must be a DataError `file:line: what is wrong`;
// a file that loads must give a lexicon whose names can be matched.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz_util.h"
#include "jaring/error.h"
#include "jaring/lexicon.h"
#include "jaring/text.h"

using jaring::fuzz::require;
namespace fs = std::filesystem;

namespace {

// A data directory whose lexicon index lists no file, in a directory of this process.
const fs::path& scratch() {
  static const fs::path dir = [] {
    const fs::path d = fs::temp_directory_path() / ("jaring-fuzz-lexicon-" + std::to_string(::getpid()));
    fs::create_directories(d / "lexicons");
    std::ofstream(d / "lexicons" / "index.txt") << "# no data lexicon: only the fuzzed file\n";
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fs::path file = scratch() / "user.tsv";
  std::ofstream(file, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data),
                                                                 static_cast<std::streamsize>(size));
  try {
    const jaring::Lexicon lexicon = jaring::Lexicon::load(scratch(), {file});
    // Match every entity's name as a sentence of its own.
    for (std::size_t i = 0; i < lexicon.size(); ++i) {
      const std::string& name = lexicon.entity(static_cast<std::uint32_t>(i))->name;
      const std::vector<jaring::Token> tokens = jaring::tokenize(name, jaring::Span{0, name.size()});
      for (std::size_t k = 0; k < tokens.size(); ++k)
        if (const auto m = lexicon.match(tokens, k)) require(m->first == k && m->last <= tokens.size(), "match bounds");
    }
  } catch (const jaring::DataError& e) {
    require(std::string(e.what()).starts_with(file.string() + ":"), "a lexicon error names the file");
  }
  return 0;
}
