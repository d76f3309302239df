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

}  // namespace

TEST_CASE("every JSONTestSuite file is refused with exit 3 and a message, never a crash",
          "[cli][bad_input][json_test_suite]") {
  const auto files = json_test_suite_files();
  if (files.empty()) {
    WARN(
        "skipped: ../shared/testdata/JSONTestSuite/test_parsing is absent next to the source tree");
    return;
  }
  CHECK(files.size() == 318);
  int refused = 0;
  for (const auto& file : files) {
    const std::string path = file.string();
    // The guard: a run that hangs is killed (exit 128 + 9) and fails the check below.
    const auto result =
        run_process({"/usr/bin/timeout", "-s", "KILL", "10", CRMROI_BINARY, "calc", path});
    INFO(file.filename().string() << "\nstderr: " << result.err);
    CHECK(result.exit_code == 3);
    CHECK(result.out.empty());
    CHECK(result.err.rfind("crmroi: " + path + ":", 0) == 0);
    CHECK_FALSE(has_raw_control_bytes(result.err));
    CHECK(result.err.find("internal error") == std::string::npos);
    if (result.exit_code == 3) ++refused;
  }
  CHECK(refused == static_cast<int>(files.size()));
}

TEST_CASE("every JSONTestSuite file on standard input is refused the same way",
          "[cli][bad_input][json_test_suite]") {
  const auto files = json_test_suite_files();
  if (files.empty()) {
    WARN(
        "skipped: ../shared/testdata/JSONTestSuite/test_parsing is absent next to the source tree");
    return;
  }
  for (const auto& file : files) {
    crmroi::test::ProcessOptions options;
    options.stdin_text = crmroi::test::read_file(file.string());
    const auto result =
        run_process({"/usr/bin/timeout", "-s", "KILL", "10", CRMROI_BINARY, "calc", "-"}, options);
    INFO(file.filename().string() << "\nstderr: " << result.err);
    CHECK(result.exit_code == 3);
    CHECK(result.out.empty());
    CHECK(result.err.rfind("crmroi: <stdin>", 0) == 0);
  }
}
