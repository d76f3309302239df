// Warnings: on standard error as "crmroi: warning: FILE: at POINTER: ...", the exit code
// unchanged unless --strict (then 3), the reports still printed.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "run_process.hpp"

using crmroi::test::ProcessOptions;
using crmroi::test::ProcessResult;
using crmroi::test::run_crmroi;
using crmroi::test::source_path;

namespace {

ProcessResult run_on(const std::vector<std::string>& args, const std::string& input) {
  ProcessOptions options;
  options.stdin_text = input;
  return run_crmroi(args, options);
}

// One year of 1,000 a month against 3,000 of benefit; `extra` is added at the top level.
std::string scenario_with(const std::string& extra) {
  return R"({"name": "w", "horizon_months": 12, )" + extra +
         R"(, "costs": {"one_time": [{"name": "setup", "amount": 12000}],
  "recurring": [{"name": "fee", "monthly": 1000}]},
  "benefits": {"monthly": [{"name": "saving", "amount": 3000}]}})";
}

const std::string kMargin = R"("currency": "RUB", "discount_rate_percent": 10,
  "business": {"orders_per_month": 100, "average_order_value": 2000, "gross_margin_percent": 0.3})";

const std::string kMarginWarning =
    "crmroi: warning: <stdin>: at /business/gross_margin_percent: 0.3 means 0.3 %: keys ending "
    "in _percent hold percentage points, as /discount_rate_percent (10) does here; did you mean "
    "30?\n";

}  // namespace

TEST_CASE("a fraction where points were meant: warning, exit 0, the report printed",
          "[cli][warnings]") {
  const ProcessResult result = run_on({"calc", "--format", "jsonl", "-"}, scenario_with(kMargin));
  CHECK(result.exit_code == 0);
  CHECK(result.err == kMarginWarning);
  CHECK(result.out.find("\"scenario\":\"w\"") != std::string::npos);
}

TEST_CASE("a warning under --strict is invalid data, exit 3, and the report is still printed",
          "[cli][warnings][strict]") {
  for (const char* command : {"calc", "compare", "check", "validate"}) {
    INFO(command);
    const ProcessResult result = run_on({command, "--strict", "-"}, scenario_with(kMargin));
    CHECK(result.exit_code == 3);
    CHECK(result.err == kMarginWarning);
    CHECK_FALSE(result.out.empty());
  }
}

TEST_CASE("no currency: warning that USD is taken", "[cli][warnings]") {
  const ProcessResult result =
      run_on({"validate", "-"}, scenario_with(R"("discount_rate_percent": 0)"));
  CHECK(result.exit_code == 0);
  CHECK(result.out == "<stdin>: ok\n");
  CHECK(result.err ==
        "crmroi: warning: <stdin>: at /currency: no currency given: the amounts are taken as USD, "
        "the default; name theirs, e.g. \"currency\": \"RUB\"\n");
}

TEST_CASE("an IRR above 1,000 % is explained: little paid up front", "[cli][warnings]") {
  // By hand: 45,000 at the start of 489,420 in all; ROI and payback as calc prints them.
  const ProcessResult result =
      run_crmroi({"calc", "--format", "json", source_path("examples/autoparts-retailcrm.json")});
  CHECK(result.exit_code == 0);
  CHECK(result.err ==
        "crmroi: warning: " + source_path("examples/autoparts-retailcrm.json") +
            ": at /costs: IRR 9,073.42 % a year: little is paid up front (45,000.00 RUB of "
            "489,420.00 RUB at the start), so the rate that makes the NPV zero is huge; read it "
            "beside ROI (299.48 %) and payback (2.92 months)\n"
            "crmroi: warning: " +
            source_path("examples/autoparts-retailcrm.json") +
            ": at /adoption: benefits count for 34.5 of the 36 months: none in month 1 "
            "(implementation), then a 2-month ramp to full; a benefit line's total (before risk) "
            "is its monthly amount \u00d7 34.5\n");
}

TEST_CASE("adoption that leaves fewer months than the horizon says how many", "[cli][warnings]") {
  // Implementation 5 months, ramp 3 over 36: months 6 and 7 count 1/3 and 2/3, months 8..36
  // count 1: 1 + 29 = 30.
  const std::string file = source_path("examples/travel-agency.json");
  const ProcessResult result = run_crmroi({"check", file});
  CHECK(result.exit_code == 0);
  CHECK(result.err == "crmroi: warning: " + file +
                          ": at /adoption: benefits count for 30 of the 36 months: none in months "
                          "1\u20135 (implementation), then a 3-month ramp to full; a benefit "
                          "line's total (before risk) is its monthly amount \u00d7 30\n");
  // Implementation over the whole horizon: no benefit at all.
  const ProcessResult none =
      run_on({"calc", "--format", "jsonl", "-"},
             scenario_with(R"("currency": "RUB", "adoption": {"implementation_months": 12})"));
  CHECK(none.exit_code == 0);
  CHECK(none.err ==
        "crmroi: warning: <stdin>: at /adoption: no benefit within the horizon: implementation "
        "takes 12 of the 12 months\n");
}

TEST_CASE("warnings of JSON Lines name the input line", "[cli][warnings]") {
  std::string stream;
  for (const std::string& extra : {std::string(R"("currency": "RUB")"), kMargin}) {
    std::string line = scenario_with(extra);
    line.erase(std::remove(line.begin(), line.end(), '\n'), line.end());
    stream += line + "\n";
  }
  const ProcessResult result = run_on({"calc", "--format", "jsonl", "-"}, stream);
  CHECK(result.exit_code == 0);
  CHECK(result.err ==
        "crmroi: warning: <stdin>:2: at /business/gross_margin_percent: 0.3 means "
        "0.3 %: keys ending in _percent hold percentage points, as "
        "/discount_rate_percent (10) does here; did you mean 30?\n");
}

TEST_CASE("with standard output and error in one file (2>&1) each warning comes before its record",
          "[cli][warnings]") {
  // Line 2 warns (a fraction where points were meant): the record of line 1, the warning of line
  // 2, then the records of lines 2 and 3, in that order, because the output is flushed before a
  // message only when both reach the same file. (With separate files the output stays buffered.)
  std::string stream;
  for (const std::string& extra :
       {std::string(R"("currency": "RUB")"), kMargin, std::string(R"("currency": "EUR")")}) {
    std::string line = scenario_with(extra);
    line.erase(std::remove(line.begin(), line.end(), '\n'), line.end());
    stream += line + "\n";
  }
  ProcessOptions options;
  options.stdin_text = stream;
  options.env["CRMROI"] = CRMROI_BINARY;
  const ProcessResult result = crmroi::test::run_process(
      {"/bin/sh", "-c", "\"$CRMROI\" calc --format jsonl - 2>&1"}, options);
  CHECK(result.exit_code == 0);
  std::vector<std::string> starts;
  std::size_t begin = 0;
  while (begin < result.out.size()) {
    const std::size_t end = result.out.find('\n', begin);
    starts.push_back(result.out.substr(begin, std::min<std::size_t>(16, end - begin)));
    begin = end + 1;
  }
  CHECK(starts == std::vector<std::string>{"{\"format_version", "crmroi: warning:",
                                           "{\"format_version", "{\"format_version"});
}
