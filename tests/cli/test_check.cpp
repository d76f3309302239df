// End-to-end tests of `crmroi check`: targets from the files, flags overriding them, pass, miss and
// skip with their exit codes, bad and unreadable inputs, and the json and markdown formats.
#include <catch2/catch.hpp>

#include <string>
#include <vector>
#include "crmroi/version.hpp"

#include "run_process.hpp"

using crmroi::test::ProcessOptions;
using crmroi::test::ProcessResult;
using crmroi::test::run_crmroi;
using crmroi::test::run_crmroi_in_source;
using crmroi::test::scratch_file;
using crmroi::test::source_path;
using crmroi::test::without_warnings;

namespace {

std::vector<std::string> check_args(std::vector<std::string> flags) {
  std::vector<std::string> args{"check"};
  args.insert(args.end(), flags.begin(), flags.end());
  for (const char* file :
       {"examples/autoparts-bitrix24-cloud.json", "examples/autoparts-bitrix24-onpremise.json",
        "examples/autoparts-retailcrm.json"}) {
    args.emplace_back(file);
  }
  return args;
}

// 12,000 once against 2,000 a month for 12 months: ROI 100 %, payback 6 months; no targets.
const char* const kNoTargets = R"({"name": "Box", "currency": "RUB", "horizon_months": 12,
 "costs": {"one_time": [{"name": "licence", "amount": 12000}]},
 "benefits": {"monthly": [{"name": "saved time", "amount": 2000}]}})";

// 5,000 once against 100 a month: ROI -76 %, never paid back, NPV -3,800; it misses every target.
const char* const kNeverPaysBack = R"({"name": "Never pays back", "currency": "EUR",
 "horizon_months": 12,
 "costs": {"one_time": [{"name": "licence", "amount": 5000}]},
 "benefits": {"monthly": [{"name": "saved time", "amount": 100}]},
 "targets": {"min_roi_percent": 20, "max_payback_months": 12, "min_npv": 0}})";

}  // namespace

TEST_CASE("check of the auto-parts offers against their own targets passes, exit 0",
          "[cli][check]") {
  const auto result = run_crmroi_in_source(check_args({}));
  CHECK(result.exit_code == 0);
  CHECK(without_warnings(result.err).empty());
  CHECK(result.out ==
        "PASS  Auto-parts e-shop on Bitrix24 cloud (examples/autoparts-bitrix24-cloud.json)\n"
        "PASS  Auto-parts e-shop on Bitrix24 on-premise "
        "(examples/autoparts-bitrix24-onpremise.json)\n"
        "PASS  Auto-parts e-shop on retailCRM (examples/autoparts-retailcrm.json)\n");
}

TEST_CASE("flags override the file's targets: --min-roi 280 --max-payback 10 misses, exit 1",
          "[cli][check]") {
  const auto result = run_crmroi_in_source(check_args({"--min-roi", "280", "--max-payback", "10"}));
  CHECK(result.exit_code == 1);
  CHECK(without_warnings(result.err).empty());
  CHECK(result.out ==
        "MISS  Auto-parts e-shop on Bitrix24 cloud (examples/autoparts-bitrix24-cloud.json): ROI "
        "270.10 % < required 280.00 %\n"
        "MISS  Auto-parts e-shop on Bitrix24 on-premise "
        "(examples/autoparts-bitrix24-onpremise.json): payback 11.91 months > allowed 10.00 "
        "months\n"
        "PASS  Auto-parts e-shop on retailCRM (examples/autoparts-retailcrm.json)\n");
}

TEST_CASE("a flag can also relax a file's target: the miss becomes a pass", "[cli][check]") {
  const std::string path = scratch_file("never.json", kNeverPaysBack);
  const auto missed = run_crmroi({"check", path});
  CHECK(missed.exit_code == 1);
  CHECK(missed.out == "MISS  Never pays back (" + path +
                          "): ROI -76.00 % < required 20.00 %; payback n/a — not paid back within "
                          "the horizon, required ≤ 12.00 months; NPV -3,800.00 EUR < required "
                          "0.00 EUR\n");
  // Only the thresholds given as flags change; the file's payback target still applies.
  const auto relaxed = run_crmroi({"check", "--min-roi", "-80", "--min-npv", "-4000", path});
  CHECK(relaxed.exit_code == 1);
  CHECK(relaxed.out == "MISS  Never pays back (" + path +
                           "): payback n/a — not paid back within the horizon, required ≤ 12.00 "
                           "months\n");
}

TEST_CASE("a scenario without targets or flags is skipped, exit 0, and with a flag it is checked",
          "[cli][check]") {
  const std::string path = scratch_file("no-targets.json", kNoTargets);
  const auto skipped = run_crmroi({"check", path});
  CHECK(skipped.exit_code == 0);
  CHECK(skipped.err.empty());
  CHECK(skipped.out == "SKIP  Box (" + path + "): no targets\n");
  const auto passed = run_crmroi({"check", "--min-roi", "100", "--max-payback", "6", path});
  CHECK(passed.exit_code == 0);
  CHECK(passed.out == "PASS  Box (" + path + ")\n");
  const auto missed = run_crmroi({"check", "--min-roi", "100.01", path});
  CHECK(missed.exit_code == 1);
  CHECK(missed.out == "MISS  Box (" + path + "): ROI 100.00 % < required 100.01 %\n");
}

TEST_CASE("a scenario without an investment case is skipped even with flags", "[cli][check]") {
  const auto result =
      run_crmroi_in_source({"check", "--min-roi", "50", "examples/nps-survey.json"});
  CHECK(result.exit_code == 0);
  CHECK(result.out ==
        "SKIP  Quarterly customer survey (examples/nps-survey.json): no investment case (costs, "
        "benefits or cash_flows) to check\n");
}

TEST_CASE("check with a bad file checks the others and exits 3, even when one misses",
          "[cli][check]") {
  const std::string bad = scratch_file("bad.json", "{\"name\": \"x\",\n \"horizon_months\": }");
  const std::string never = scratch_file("never-too.json", kNeverPaysBack);
  const std::string good = source_path("examples/autoparts-retailcrm.json");
  const auto result = run_crmroi({"check", good, bad, never});
  CHECK(result.exit_code == 3);
  CHECK(without_warnings(result.err) ==
        "crmroi: " + bad + ":2:20: unexpected '}'; expected a value\n");
  CHECK(result.out.rfind(
            "PASS  Auto-parts e-shop on retailCRM (" + good + ")\nMISS  Never pays back (", 0) ==
        0);
}

TEST_CASE("check of a missing file is an I/O error (4), the worst outcome", "[cli][check]") {
  const std::string never = scratch_file("never-again.json", kNeverPaysBack);
  const std::string missing = scratch_file("x", "") + "-missing.json";
  const auto result = run_crmroi({"check", never, missing});
  CHECK(result.exit_code == 4);
  CHECK(result.err == "crmroi: " + missing + ": cannot read: No such file or directory\n");
  CHECK(result.out.rfind("MISS  Never pays back (", 0) == 0);
}

TEST_CASE("check --format json: one document with passed, statuses and misses",
          "[cli][check][json]") {
  const auto result = run_crmroi_in_source(check_args({"--format", "json", "--min-roi", "280"}));
  CHECK(result.exit_code == 1);
  CHECK(without_warnings(result.err).empty());
  CHECK(result.out == R"({
  "format_version": 1,
  "crmroi_version": ")" CRMROI_VERSION_STRING R"(",
  "passed": false,
  "scenarios": [
    {
      "source": "examples/autoparts-bitrix24-cloud.json",
      "scenario": "Auto-parts e-shop on Bitrix24 cloud",
      "currency": "RUB",
      "status": "miss",
      "targets": {
        "min_roi_percent": 280,
        "max_payback_months": 18,
        "min_npv": 0
      },
      "misses": [
        {
          "metric": "roi_percent",
          "actual": 270.1018808777,
          "required": 280,
          "comparison": ">="
        }
      ],
      "notes": []
    },
    {
      "source": "examples/autoparts-bitrix24-onpremise.json",
      "scenario": "Auto-parts e-shop on Bitrix24 on-premise",
      "currency": "RUB",
      "status": "pass",
      "targets": {
        "min_roi_percent": 280,
        "max_payback_months": 18,
        "min_npv": 0
      },
      "misses": [],
      "notes": []
    },
    {
      "source": "examples/autoparts-retailcrm.json",
      "scenario": "Auto-parts e-shop on retailCRM",
      "currency": "RUB",
      "status": "pass",
      "targets": {
        "min_roi_percent": 280,
        "max_payback_months": 18,
        "min_npv": 0
      },
      "misses": [],
      "notes": []
    }
  ]
}
)");
}

TEST_CASE("check --format json with a bad input has not passed", "[cli][check][json]") {
  const std::string bad = scratch_file("bad-for-json.json", "[]");
  const auto result =
      run_crmroi({"check", "--format", "json", source_path("examples/eshop-retailcrm.json"), bad});
  CHECK(result.exit_code == 3);
  CHECK(result.out.find("\"passed\": false") != std::string::npos);
  CHECK(result.out.find("\"status\": \"pass\"") != std::string::npos);
}

TEST_CASE("check --format markdown: a table for a pull-request comment", "[cli][check][markdown]") {
  const auto result =
      run_crmroi_in_source(check_args({"--format", "markdown", "--max-payback", "10"}));
  CHECK(result.exit_code == 1);
  CHECK(result.out ==
        "### ❌ crmroi check: 2 passed, 1 missed, 0 skipped\n"
        "\n"
        "| | Scenario | Source | Result |\n"
        "|:-:|:--|:--|:--|\n"
        "| ✅ | Auto-parts e-shop on Bitrix24 cloud | examples/autoparts-bitrix24-cloud.json | pass "
        "|\n"
        "| ❌ | Auto-parts e-shop on Bitrix24 on-premise | "
        "examples/autoparts-bitrix24-onpremise.json | payback 11.91 months \\> allowed 10.00 "
        "months |\n"
        "| ✅ | Auto-parts e-shop on retailCRM | examples/autoparts-retailcrm.json | pass |\n");
}

TEST_CASE("check --format csv: a header and a row per verdict or miss", "[cli][check][csv]") {
  const auto result = run_crmroi_in_source(check_args({"--format", "csv", "--min-roi", "300"}));
  CHECK(result.exit_code == 1);
  CHECK(result.out ==
        "source,line,scenario,status,metric,actual,required,comparison,note\n"
        "examples/autoparts-bitrix24-cloud.json,,Auto-parts e-shop on Bitrix24 "
        "cloud,miss,roi_percent,270.1018808777,300,>=,\n"
        "examples/autoparts-bitrix24-onpremise.json,,Auto-parts e-shop on Bitrix24 "
        "on-premise,pass,,,,,\n"
        "examples/autoparts-retailcrm.json,,Auto-parts e-shop on "
        "retailCRM,miss,roi_percent,299.4759102611,300,>=,\n");
}

TEST_CASE("check -o writes the verdicts to a file and still exits 1 on a miss", "[cli][check]") {
  const std::string path = scratch_file("verdicts.txt", "old");
  const auto result = run_crmroi_in_source(check_args({"--min-roi", "300", "-o", path}));
  CHECK(result.exit_code == 1);
  CHECK(result.out.empty());
  CHECK(crmroi::test::read_file(path).rfind("MISS  Auto-parts e-shop on Bitrix24 cloud", 0) == 0);
}
