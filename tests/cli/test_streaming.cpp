// Pipelines: JSON Lines on standard input through check and compare, one output record per
// scenario with its input line, a bad line reported by its line number while the others flow,
// output that leaves before the input ends, and a reader that goes away early.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "run_process.hpp"

using crmroi::test::ProcessOptions;
using crmroi::test::ProcessResult;
using crmroi::test::run_crmroi;
using crmroi::test::run_process;
using crmroi::test::source_path;
using crmroi::test::without_warnings;

namespace {

// An example file as one line of JSON Lines (the examples hold no newline inside a string).
std::string one_line(const std::string& example) {
  std::string text = crmroi::test::read_file(source_path("examples/" + example));
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

const std::string kCloud = one_line("autoparts-bitrix24-cloud.json");
const std::string kRetail = one_line("autoparts-retailcrm.json");
// Line 2 of the stream: a member without its comma.
const std::string kBadLine = R"({"name": "broken" "horizon_months": 12})";

ProcessResult run_with_stdin(const std::vector<std::string>& args, std::string input) {
  ProcessOptions options;
  options.stdin_text = std::move(input);
  return run_crmroi(args, options);
}

std::size_t line_count(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// Runs a bash script with "$CRMROI" the binary under test and "$LINE" one scenario line.
ProcessResult run_script(const std::string& script) {
  ProcessOptions options;
  options.env["CRMROI"] = CRMROI_BINARY;
  options.env["LINE"] = kRetail;
  return run_process({"/bin/bash", "-c", script}, options);
}

}  // namespace

TEST_CASE("check of JSON Lines: a bad middle line is named <stdin>:2, the others are checked",
          "[cli][streaming][check]") {
  const auto result =
      run_with_stdin({"check", "-"}, kCloud + "\n" + kBadLine + "\n" + kRetail + "\n");
  CHECK(result.exit_code == 3);
  CHECK(without_warnings(result.err) ==
        "crmroi: <stdin>:2:19: missing ',' between object members\n");
  CHECK(result.out ==
        "PASS  Auto-parts e-shop on Bitrix24 cloud (<stdin>:1)\n"
        "PASS  Auto-parts e-shop on retailCRM (<stdin>:3)\n");
}

TEST_CASE("check --format jsonl: one line per scenario with its input line number",
          "[cli][streaming][check]") {
  // A blank line is skipped but still counted.
  const auto result = run_with_stdin({"check", "--format", "jsonl", "--min-roi", "280", "-"},
                                     kCloud + "\n\n" + kRetail + "\n");
  CHECK(result.exit_code == 1);
  CHECK(without_warnings(result.err).empty());
  CHECK(
      result.out ==
      R"({"format_version":1,"source":"<stdin>","line":1,"scenario":"Auto-parts e-shop on Bitrix24 cloud",)"
      R"("currency":"RUB","status":"miss","targets":{"min_roi_percent":280,"max_payback_months":18,)"
      R"("min_npv":0},"misses":[{"metric":"roi_percent","actual":270.1018808777,"required":280,)"
      R"("comparison":">="}],"notes":[]})"
      "\n"
      R"({"format_version":1,"source":"<stdin>","line":3,"scenario":"Auto-parts e-shop on retailCRM",)"
      R"("currency":"RUB","status":"pass","targets":{"min_roi_percent":280,"max_payback_months":18,)"
      R"("min_npv":0},"misses":[],"notes":[]})"
      "\n");
}

TEST_CASE("compare of JSON Lines: a bad middle line is reported, the other two compared",
          "[cli][streaming][compare]") {
  const std::string input = kCloud + "\n" + kBadLine + "\n" + kRetail + "\n";
  SECTION("table") {
    const auto result = run_with_stdin({"compare", "-"}, input);
    CHECK(result.exit_code == 3);
    CHECK(without_warnings(result.err) ==
          "crmroi: <stdin>:2:19: missing ',' between object members\n");
    CHECK(
        result.out.rfind("2 scenarios in RUB\n"
                         "* marks the best value in each row\n"
                         "\n"
                         "                               Auto-parts e-shop    Auto-parts e-shop\n"
                         "                               on Bitrix24 cloud         on retailCRM\n",
                         0) == 0);
    CHECK(result.out.find("NPV                                 1,101,339.76         1,253,296.15 "
                          "*\n") != std::string::npos);
  }
  SECTION("jsonl keeps each record's input line") {
    const auto result = run_with_stdin({"compare", "--format", "jsonl", "-"}, input);
    CHECK(result.exit_code == 3);
    CHECK(without_warnings(result.err) ==
          "crmroi: <stdin>:2:19: missing ',' between object members\n");
    CHECK(line_count(result.out) == 2);
    CHECK(
        result.out.rfind(
            R"({"format_version":1,"source":"<stdin>","line":1,"scenario":"Auto-parts e-shop on Bitrix24 cloud",)",
            0) == 0);
    CHECK(result.out.find("\n{\"format_version\":1,\"source\":\"<stdin>\",\"line\":3,\"scenario\":"
                          "\"Auto-parts e-shop on retailCRM\",") != std::string::npos);
  }
  SECTION("csv ranked with --sort") {
    const auto result =
        run_with_stdin({"compare", "--format", "csv", "--sort", "payback", "-"}, input);
    CHECK(result.exit_code == 3);
    CHECK(line_count(result.out) == 3);
    CHECK(result.out.find("\n<stdin>,3,Auto-parts e-shop on retailCRM,RUB,1,") !=
          std::string::npos);
    CHECK(result.out.find("\n<stdin>,1,Auto-parts e-shop on Bitrix24 cloud,RUB,2,") !=
          std::string::npos);
  }
}

TEST_CASE("a scenario line with a bad value is named by its line and pointer",
          "[cli][streaming][check]") {
  const auto result = run_with_stdin(
      {"check", "-"}, kCloud + "\n" + R"({"name": "x", "horizon_months": 0, "costs": {}})" + "\n");
  CHECK(result.exit_code == 3);
  CHECK(without_warnings(result.err) ==
        "crmroi: <stdin>:2: at /horizon_months: expected an integer from 1 to 1200, found 0\n");
  CHECK(result.out == "PASS  Auto-parts e-shop on Bitrix24 cloud (<stdin>:1)\n");
}

TEST_CASE("standard input mixes with files in the order given", "[cli][streaming][check]") {
  ProcessOptions options;
  options.stdin_text = kCloud + "\n";
  options.working_directory = source_path("");
  const auto result = run_crmroi(
      {"check", "examples/eshop-retailcrm.json", "-", "examples/autoparts-retailcrm.json"},
      options);
  CHECK(result.exit_code == 0);
  CHECK(result.out ==
        "PASS  Dress e-shop on retailCRM (examples/eshop-retailcrm.json)\n"
        "PASS  Auto-parts e-shop on Bitrix24 cloud (<stdin>:1)\n"
        "PASS  Auto-parts e-shop on retailCRM (examples/autoparts-retailcrm.json)\n");
}

TEST_CASE("two thousand JSON Lines through check and compare: one record each, in order",
          "[cli][streaming]") {
  std::string input;
  for (int index = 0; index < 2000; ++index) input += (index % 2 == 0 ? kCloud : kRetail) + "\n";
  const auto checked = run_with_stdin({"check", "--format", "csv", "-"}, input);
  CHECK(checked.exit_code == 0);
  CHECK(without_warnings(checked.err).empty());
  CHECK(line_count(checked.out) == 2001);
  CHECK(checked.out.find("\n<stdin>,2000,Auto-parts e-shop on retailCRM,pass,,,,,\n") !=
        std::string::npos);
  const auto compared = run_with_stdin({"compare", "--format", "jsonl", "-"}, input);
  CHECK(compared.exit_code == 0);
  CHECK(line_count(compared.out) == 2000);
  CHECK(compared.out.find(
            R"("source":"<stdin>","line":1999,"scenario":"Auto-parts e-shop on Bitrix24 cloud")") !=
        std::string::npos);
}

TEST_CASE("check's output leaves before its input ends", "[cli][streaming]") {
  // The writer keeps standard input open until crmroi has written something: 400 records are more
  // than the 64 KiB output buffer, so they must be on their way while the input is still open.
  // The loop only bounds the wait; nothing is timed.
  const auto result = run_script(R"(
    set -u
    dir=$(mktemp -d)
    mkfifo "$dir/in"
    timeout 120 "$CRMROI" check --format jsonl - < "$dir/in" > "$dir/out" 2> "$dir/err" &
    pid=$!
    exec 3> "$dir/in"
    for i in $(seq 400); do printf '%s\n' "$LINE" >&3; done
    for i in $(seq 1200); do [ -s "$dir/out" ] && break; sleep 0.05; done
    if [ -s "$dir/out" ]; then echo "output before the end of input"; else echo "no output yet"; fi
    printf '%s\n' "$LINE" >&3
    exec 3>&-
    wait "$pid"
    echo "exit $?"
    wc -l < "$dir/out"
    grep -v '^crmroi: warning: ' "$dir/err"
    rm -rf "$dir"
  )");
  CHECK(result.out == "output before the end of input\nexit 0\n401\n");
}

TEST_CASE("check into head that closes early ends quietly", "[cli][streaming]") {
  const auto result = run_script(R"(
    set -u
    for i in $(seq 3000); do printf '%s\n' "$LINE"; done > "${TMPDIR:-/tmp}/crmroi-head-$$.jsonl"
    timeout 120 "$CRMROI" check - < "${TMPDIR:-/tmp}/crmroi-head-$$.jsonl" 2> "${TMPDIR:-/tmp}/crmroi-head-$$.err" | head -n 1
    echo "exit ${PIPESTATUS[0]}"
    grep -v '^crmroi: warning: ' "${TMPDIR:-/tmp}/crmroi-head-$$.err"
    rm -f "${TMPDIR:-/tmp}/crmroi-head-$$.jsonl" "${TMPDIR:-/tmp}/crmroi-head-$$.err"
  )");
  CHECK(result.out == "PASS  Auto-parts e-shop on retailCRM (<stdin>:1)\nexit 0\n");
}
