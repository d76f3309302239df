// JSONTestSuite (Nicolas Seriot's parsing test files, in ../shared/testdata/JSONTestSuite): every
// file is a JSON text that is either invalid, implementation-defined or valid but not a scenario
// (none has a "name"). `crmroi calc` must refuse each with exit 3 and a message naming the file,
// print nothing on standard output, and never crash or hang (a 10-second guard kills a hang).
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "run_process.hpp"
#include "test_bad_input_support.hpp"

using crmroi::test::run_process;
using crmroi::test::source_path;
using namespace crmroi::test::bad_input;

namespace {

std::vector<std::filesystem::path> json_test_suite_files() {
  const std::filesystem::path directory =
      source_path("../shared/testdata/JSONTestSuite/test_parsing");
  std::vector<std::filesystem::path> files;
  if (!std::filesystem::is_directory(directory)) return files;
  for (const auto& entry : std::filesystem::directory_iterator(directory))
    if (entry.is_regular_file() && entry.path().extension() == ".json")
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

/// Runs `crmroi calc` on every JSONTestSuite file whose name starts with `prefix` (y_ valid JSON,
/// n_ invalid JSON, i_ implementation-defined), as a file argument or on standard input, and checks
/// each is refused with exit 3 and a message naming it. Returns how many files it ran.
std::size_t check_refused(const std::string& prefix, bool on_stdin) {
  std::size_t count = 0;
  for (const auto& file : json_test_suite_files()) {
    const std::string name = file.filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    ++count;
    const std::string path = file.string();
    // The guard: a run that hangs is killed (exit 128 + 9) and fails the check below.
    std::vector<std::string> argv{"/usr/bin/timeout",   "-s", "KILL", "10", CRMROI_BINARY, "calc",
                                  on_stdin ? "-" : path};
    crmroi::test::ProcessOptions options;
    if (on_stdin) options.stdin_text = crmroi::test::read_file(path);
    const auto result = run_process(argv, options);
    INFO(name << (on_stdin ? " on standard input" : "") << "\nstderr: " << result.err);
    CHECK(result.exit_code == 3);
    CHECK(result.out.empty());
    CHECK(result.err.rfind("crmroi: " + (on_stdin ? std::string("<stdin>") : path), 0) == 0);
    CHECK_FALSE(has_raw_control_bytes(result.err));
    CHECK(result.err.find("internal error") == std::string::npos);
  }
  return count;
}

// Under AddressSanitizer a crmroi process takes ~0.3 s to start and exit, so the 636 one-file runs
// would take minutes: sanitized builds check every file in one call per kind instead (a memory
// error in any file still fails it), and fuzz_json_lines replays every file on standard input.
constexpr bool kSanitized = CRMROI_SANITIZED;  // (tests/CMakeLists.txt)

/// True when the one-file-per-process tests should run; says why not otherwise.
bool run_one_by_one() {
  if (!kSanitized) return true;
  WARN("skipped under sanitizers: the all-files-in-one-call test covers every file");
  return false;
}

/// True when the suite is there. When it is not: outside CI the test is skipped, saying so; in CI
/// (CI=true) the test fails, since a CI run that skipped it would pass without checking.
bool suite_present() {
  if (!json_test_suite_files().empty()) return true;
  if (crmroi::test::running_in_ci())
    FAIL(
        "../shared/testdata/JSONTestSuite/test_parsing is absent next to the source tree "
        "(CI=true)");
  WARN("skipped: ../shared/testdata/JSONTestSuite/test_parsing is absent next to the source tree");
  return false;
}

}  // namespace

TEST_CASE("JSONTestSuite has its 318 parsing files (95 y_, 188 n_, 35 i_)",
          "[cli][bad_input][json_test_suite]") {
  if (!suite_present()) return;
  CHECK(json_test_suite_files().size() == 318);
}

TEST_CASE("JSONTestSuite y_ files (valid JSON, none a scenario) are refused with exit 3",
          "[cli][bad_input][json_test_suite]") {
  if (suite_present() && run_one_by_one()) CHECK(check_refused("y_", false) == 95);
}

TEST_CASE("JSONTestSuite n_ files (invalid JSON) are refused with exit 3",
          "[cli][bad_input][json_test_suite]") {
  if (suite_present() && run_one_by_one()) CHECK(check_refused("n_", false) == 188);
}

TEST_CASE("JSONTestSuite i_ files (implementation-defined) are refused with exit 3",
          "[cli][bad_input][json_test_suite]") {
  if (suite_present() && run_one_by_one()) CHECK(check_refused("i_", false) == 35);
}

TEST_CASE("JSONTestSuite y_ files on standard input are refused with exit 3",
          "[cli][bad_input][json_test_suite]") {
  if (suite_present() && run_one_by_one()) CHECK(check_refused("y_", true) == 95);
}

TEST_CASE("JSONTestSuite n_ files on standard input are refused with exit 3",
          "[cli][bad_input][json_test_suite]") {
  if (suite_present() && run_one_by_one()) CHECK(check_refused("n_", true) == 188);
}

TEST_CASE("JSONTestSuite i_ files on standard input are refused with exit 3",
          "[cli][bad_input][json_test_suite]") {
  if (suite_present() && run_one_by_one()) CHECK(check_refused("i_", true) == 35);
}

TEST_CASE("all JSONTestSuite files in one call: exit 3, a message for each, nothing printed",
          "[cli][bad_input][json_test_suite]") {
  if (!suite_present()) return;
  const auto files = json_test_suite_files();
  std::vector<std::string> argv{"/usr/bin/timeout", "-s", "KILL", "60", CRMROI_BINARY, "calc"};
  for (const auto& file : files) argv.push_back(file.string());
  const auto result = run_process(argv);
  CHECK(result.exit_code == 3);
  CHECK(result.out.empty());
  CHECK(result.err.find("internal error") == std::string::npos);
  CHECK_FALSE(has_raw_control_bytes(result.err));
  std::size_t named = 0;
  for (const auto& file : files) {
    const bool has_message = result.err.find("crmroi: " + file.string() + ":") != std::string::npos;
    INFO(file.filename().string());
    CHECK(has_message);
    if (has_message) ++named;
  }
  CHECK(named == files.size());
}
