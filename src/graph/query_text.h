// Private to the query stage: error messages that point into the query text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "jaring/error.h"

namespace jaring {

/// "query:LINE:COLUMN: message", then the line and a caret under the column. Columns
/// count characters from 1, so the caret sits right under multi-byte names too.
std::string locate_in_query(std::string_view text, std::size_t offset, const std::string& message);

[[noreturn]] inline void throw_query_error(std::string_view text, std::size_t offset, const std::string& message) {
  throw UsageError(locate_in_query(text, offset, message));
}

}  // namespace jaring
