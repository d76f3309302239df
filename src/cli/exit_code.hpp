// The exit codes of the README's "Exit codes" table, owned by the CLI. The most severe outcome
// wins.
#pragma once

#include <iterator>

namespace crmroi::cli {

enum class ExitCode : int {
  success = 0,
  check_missed = 1,    ///< `crmroi check`: a target was missed
  usage = 2,           ///< bad command line
  invalid_data = 3,    ///< bad JSON or a bad scenario
  io_error = 4,        ///< cannot read an input or write the output
  internal_error = 70  ///< a bug in crmroi (EX_SOFTWARE); reported, never silent
};

/// The outcomes from the least to the most severe: 0 < 1 check miss < 2 usage < 3 data < 4 I/O;
/// an internal error beats all.
inline constexpr ExitCode kBySeverity[] = {ExitCode::success,  ExitCode::check_missed,
                                           ExitCode::usage,    ExitCode::invalid_data,
                                           ExitCode::io_error, ExitCode::internal_error};

/// The place of `code` in kBySeverity: 0 for success ... 5 for an internal error.
constexpr int severity(ExitCode code) {
  int rank = 0;
  while (rank + 1 < static_cast<int>(std::size(kBySeverity)) && kBySeverity[rank] != code) ++rank;
  return rank;
}

/// The more severe of two outcomes.
constexpr ExitCode most_severe(ExitCode a, ExitCode b) {
  return severity(a) >= severity(b) ? a : b;
}

}  // namespace crmroi::cli
