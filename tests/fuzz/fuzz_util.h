// What the fuzz targets share: the data they load once, and a check that stops the run
// (a crash libFuzzer reports, with the input saved) when an invariant does not hold.
#pragma once

#include <string_view>

#include "jaring/model.h"

namespace jaring::fuzz {

/// The source tree's data/ model, loaded on first use.
const Model& model();

/// Aborts with `what` on standard error unless `ok`.
void require(bool ok, std::string_view what);

}  // namespace jaring::fuzz
