// Inputs found by the fuzzers (fuzz/) that once crashed, hung or misbehaved, kept as regression
// tests: tests/data/fuzz_regressions/load_scenario/* run as `crmroi calc FILE`, and
// tests/data/fuzz_regressions/json_lines/* as `crmroi calc --format jsonl -` with the file on
// standard input. A file's name ends in "-exit<N>" before its extension: the exit code it must
// give.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "run_process.hpp"
#include "test_bad_input_support.hpp"

using crmroi::test::ProcessOptions;
using crmroi::test::read_file;
using crmroi::test::run_process;
using crmroi::test::source_path;
using namespace crmroi::test::bad_input;

namespace {

struct Regression {
  std::string path;
  int exit_code;
};

std::vector<Regression> regressions(const std::string& target) {
  const std::filesystem::path directory = source_path("tests/data/fuzz_regressions/" + target);
  std::vector<Regression> found;
  if (!std::filesystem::is_directory(directory)) return found;
  static const std::regex expected(R"(-exit([0-9]+)(\.[A-Za-z0-9]+)?$)");
  for (const auto& entry : std::filesystem::directory_iterator(directory)) {
    std::smatch match;
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || !std::regex_search(name, match, expected)) continue;
    found.push_back({entry.path().string(), std::stoi(match[1].str())});
  }
  std::sort(found.begin(), found.end(),
            [](const Regression& a, const Regression& b) { return a.path < b.path; });
  return found;
}

void check_no_crash_signs(const crmroi::test::ProcessResult& result) {
  CHECK(result.err.find("internal error") == std::string::npos);
  CHECK(result.err.find("Sanitizer") == std::string::npos);
  CHECK(result.err.find("runtime error") == std::string::npos);
  CHECK_FALSE(shows_non_finite_or_negative_zero(result.out));
}

}  // namespace

TEST_CASE("fuzzer finds for the scenario loader stay fixed", "[cli][bad_input][fuzz_regressions]") {
  for (const auto& regression : regressions("load_scenario")) {
    const auto result = run_process({"/usr/bin/timeout", "-s", "KILL", "30", CRMROI_BINARY, "calc",
                                     "--format", "json", regression.path});
    INFO(regression.path << "\nstderr: " << result.err);
    CHECK(result.exit_code == regression.exit_code);
    check_no_crash_signs(result);
  }
}

TEST_CASE("fuzzer finds for the JSON Lines reader stay fixed",
          "[cli][bad_input][fuzz_regressions]") {
  for (const auto& regression : regressions("json_lines")) {
    ProcessOptions options;
    options.stdin_text = read_file(regression.path);
    const auto result = run_process(
        {"/usr/bin/timeout", "-s", "KILL", "30", CRMROI_BINARY, "calc", "--format", "jsonl", "-"},
        options);
    INFO(regression.path << "\nstderr: " << result.err);
    CHECK(result.exit_code == regression.exit_code);
    check_no_crash_signs(result);
  }
}
