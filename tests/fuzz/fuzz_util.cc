#include "fuzz_util.h"

#include <cstdlib>
#include <iostream>

namespace jaring::fuzz {

const Model& model() {
  static const Model m = [] {
    ModelOptions options;
    options.data_dir = JARING_FUZZ_DATA_DIR;
    return Model::load(options);
  }();
  return m;
}

void require(bool ok, std::string_view what) {
  if (ok) return;
  std::cerr << "invariant broken: " << what << '\n';
  std::abort();
}

}  // namespace jaring::fuzz
