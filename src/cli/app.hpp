// The entry point of the command line, declared apart from commands.hpp so that main.cpp does not
// compile CLI11.
#pragma once

#include <cstdio>
#include <functional>

namespace crmroi::cli {

/// Builds the whole command line and runs it; returns the process exit code. An exception that
/// escapes anywhere, while the command line is built or while a command runs, is a bug: it is
/// reported as "crmroi: internal error: …" and gives exit code 70.
int run_app(int argc, char** argv);

/// Returns what `body` returns; when an exception escapes `body`, writes
/// "crmroi: internal error: WHAT" (control characters escaped) to `err` after flushing standard
/// output, and returns 70 (the internal-error exit code).
///   run_reporting_internal_errors([] { throw std::runtime_error("boom"); return 0; }, stderr)
///     -> 70, and "crmroi: internal error: boom\n" on standard error
int run_reporting_internal_errors(const std::function<int()>& body, std::FILE* err) noexcept;

}  // namespace crmroi::cli
