// Runs the built crmroi binary (or any program) for end-to-end tests: feeds standard input,
// captures standard output, standard error and the exit code.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crmroi::test {

struct ProcessResult {
  int exit_code = -1;  ///< exit status, or 128 + signal number when killed by a signal
  std::string out;     ///< standard output
  std::string err;     ///< standard error
};

struct ProcessOptions {
  std::optional<std::string> stdin_text;   ///< nullopt: standard input is /dev/null
  bool close_stdin = false;                ///< start with standard input closed
  std::string stdout_path;                 ///< non-empty: standard output goes to this file
  std::map<std::string, std::string> env;  ///< added to (or replacing in) the environment
  std::string working_directory;           ///< non-empty: chdir there first
};

/// Runs `argv` (argv[0] is a path) and waits for it.
ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options = {});

/// The exit codes of the README's "Exit codes" table, as the CLI tests expect them.
inline constexpr int kUsage = 2;
inline constexpr int kInvalidData = 3;
inline constexpr int kIoError = 4;

/// Runs the crmroi binary under test with `args`.
ProcessResult run_crmroi(const std::vector<std::string>& args, const ProcessOptions& options = {});

/// Runs the crmroi binary under test in the source tree, so that its arguments read
/// "examples/...".
ProcessResult run_crmroi_in_source(const std::vector<std::string>& args,
                                   ProcessOptions options = {});

/// Standard error without the warning lines ("crmroi: warning: ..."), for tests about something
/// else that run examples with warnings (their exact text is tested in test_warnings.cpp).
std::string without_warnings(const std::string& err);

/// A path under the source tree, e.g. source_path("examples/eshop-retailcrm.json").
std::string source_path(const std::string& relative);

/// A fresh empty temporary directory, removed at exit.
std::string temporary_directory();

/// One scratch directory per test program, created on first use and removed at exit.
const std::string& scratch_directory();

/// Writes `content` to a file `name` in the test program's scratch directory, and returns its
/// path.
std::string scratch_file(const std::string& name, const std::string& content);

/// Writes `content` to `path` (binary).
void write_file(const std::string& path, const std::string& content);

/// Reads a whole file (binary); empty when missing.
std::string read_file(const std::string& path);

/// True in CI (the environment variable CI is "true", as CI services set it): a test that would
/// skip for lack of something (a corpus, a tool) must fail there instead of passing unchecked.
bool running_in_ci();

}  // namespace crmroi::test
