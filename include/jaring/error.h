// One exception family for everything that stops a run or skips an input. Each error
// carries a one-line message (naming the file, and line or byte offset, where there is
// one) and the process exit status it maps to. Library code throws; only main() catches.
#pragma once

#include <stdexcept>
#include <string>

namespace jaring {

/// Process exit statuses, documented in the README and in `jaring --help`.
enum ExitStatus : int {
  kExitOk = 0,
  kExitInput = 1,     // at least one input could not be read; the others were processed
  kExitUsage = 2,     // bad command line
  kExitData = 3,      // a lexicon, frame or other data file is malformed
  kExitOutput = 4,    // an output file could not be written
  kExitInternal = 70  // a bug: an invariant did not hold
};

class Error : public std::runtime_error {
 public:
  Error(const std::string& message, int exit_status)
      : std::runtime_error(message), exit_status_(exit_status) {}
  int exit_status() const noexcept { return exit_status_; }

 private:
  int exit_status_;
};

/// An input document that cannot be read (missing, a directory, not UTF-8).
class InputError : public Error {
 public:
  explicit InputError(const std::string& message) : Error(message, kExitInput) {}
};

/// A malformed data file: message is `file:line: what is wrong`.
class DataError : public Error {
 public:
  explicit DataError(const std::string& message) : Error(message, kExitData) {}
};

class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(message, kExitUsage) {}
};

class OutputError : public Error {
 public:
  explicit OutputError(const std::string& message) : Error(message, kExitOutput) {}
};

}  // namespace jaring
