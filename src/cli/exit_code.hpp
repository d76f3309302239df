// The exit codes of SPEC section 4, owned by the CLI. The most severe outcome wins.
#pragma once

namespace crmroi::cli {

enum class ExitCode : int {
  success = 0,
  check_missed = 1,    ///< `crmroi check`: a target was missed
  usage = 2,           ///< bad command line
  invalid_data = 3,    ///< bad JSON or a bad scenario
  io_error = 4,        ///< cannot read an input or write the output
  internal_error = 70  ///< a bug in crmroi (EX_SOFTWARE); reported, never silent
};

/// Severity order: 4 I/O > 3 data > 2 usage > 1 check miss > 0; an internal error beats all.
constexpr int severity(ExitCode code) {
  switch (code) {
    case ExitCode::success:
      return 0;
    case ExitCode::check_missed:
      return 1;
    case ExitCode::usage:
      return 2;
    case ExitCode::invalid_data:
      return 3;
    case ExitCode::io_error:
      return 4;
    case ExitCode::internal_error:
      return 5;
  }
  return 5;
}

/// The more severe of two outcomes.
constexpr ExitCode most_severe(ExitCode a, ExitCode b) {
  return severity(a) >= severity(b) ? a : b;
}

}  // namespace crmroi::cli
