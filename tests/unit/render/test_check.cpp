// check on hand-built reports: which thresholds apply, pass, miss and skip, the boundary, undefined
// figures, and every format's exact text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>
#include "crmroi/version.hpp"

#include "crmroi/render_check.hpp"

using namespace crmroi;

namespace {

// The README's dress e-shop (examples/eshop-retailcrm.json): cost 18,000, benefit 49,800 -> ROI
// 176.67 %, NPV 31,800, payback 0, with its targets (ROI at least 100 %, payback at most 12
// months).
Report eshop() {
  Report report;
  report.name = "Dress e-shop on retailCRM";
  report.currency = "RUB";
  report.investment = InvestmentReport{};
  report.investment->horizon_months = 6;
  InvestmentFigures& figures = report.investment->figures;
  figures.total_cost = 18000;
  figures.total_benefit = 49800;
  figures.net = 31800;
  figures.roi = Metric::defined(31800.0 / 18000.0);
  figures.npv = 31800;
  figures.payback_months = Metric::defined(0);
  report.targets = Targets{100.0, 12.0, std::nullopt};
  return report;
}

// A case that never pays back: ROI -25 %, NPV -500, payback undefined.
Report loser() {
  Report report;
  report.name = "Gamma";
  report.currency = "USD";
  report.investment = InvestmentReport{};
  InvestmentFigures& figures = report.investment->figures;
  figures.total_cost = 2000;
  figures.total_benefit = 1500;
  figures.net = -500;
  figures.roi = Metric::defined(-0.25);
  figures.npv = -500;
  figures.payback_months = Metric::undefined("not paid back within the horizon");
  return report;
}

CheckedScenario checked(const Report& report, const Targets& flags, std::string source = "a.json",
                        std::optional<long> line = std::nullopt) {
  return {std::move(source),   line, report.name, report.currency, check_report(report, flags),
          report.ranged_inputs};
}

Targets flags(std::optional<double> min_roi, std::optional<double> max_payback,
              std::optional<double> min_npv) {
  return Targets{min_roi, max_payback, min_npv};
}

}  // namespace

TEST_CASE("a flag replaces the file's threshold of the same name, the others stay",
          "[render][check]") {
  const Targets file{100.0, 18.0, std::nullopt};
  const Targets targets = effective_targets(file, flags(50.0, std::nullopt, 0.0));
  CHECK(targets.min_roi_percent == 50.0);
  CHECK(targets.max_payback_months == 18.0);
  CHECK(targets.min_npv == 0.0);
  CHECK(
      effective_targets(std::nullopt, flags(std::nullopt, 12.0, std::nullopt)).max_payback_months ==
      12.0);
  CHECK(has_no_targets(effective_targets(std::nullopt, Targets{})));
}

TEST_CASE("the dress e-shop passes its own targets (ROI 176.67 % >= 100 %, payback 0 <= 12)",
          "[render][check]") {
  const CheckResult result = check_report(eshop(), Targets{});
  CHECK(result.status == CheckStatus::pass);
  CHECK(result.misses.empty());
  CHECK(result.targets.min_roi_percent == 100.0);
}

TEST_CASE("a flag can make the same scenario miss: --min-roi 200", "[render][check]") {
  const CheckResult result = check_report(eshop(), flags(200.0, std::nullopt, std::nullopt));
  REQUIRE(result.status == CheckStatus::miss);
  REQUIRE(result.misses.size() == 1);
  const TargetMiss& miss = result.misses.front();
  CHECK(miss.metric == "roi_percent");
  CHECK(miss.required == 200.0);
  CHECK(miss.requirement == Requirement::at_least);
  CHECK(describe_miss(miss, "RUB") == "ROI 176.67 % < required 200.00 %");
}

TEST_CASE("a figure exactly at its threshold meets it, compared as printed to 10 decimals",
          "[render][check]") {
  // ROI = 176.666666666666...% prints as 176.6666666667.
  CHECK(check_report(eshop(), flags(176.6666666667, std::nullopt, std::nullopt)).status ==
        CheckStatus::pass);
  CHECK(check_report(eshop(), flags(std::nullopt, 0.0, 31800.0)).status == CheckStatus::pass);
  const CheckResult missed = check_report(eshop(), flags(176.6666666668, std::nullopt, 31800.01));
  REQUIRE(missed.misses.size() == 2);
  // Two decimals would read "176.67 % < required 176.67 %": shown with up to ten.
  CHECK(describe_miss(missed.misses[0], "RUB") ==
        "ROI 176.6666666667 % < required 176.6666666668 %");
  CHECK(describe_miss(missed.misses[1], "RUB") == "NPV 31,800.00 RUB < required 31,800.01 RUB");
}

TEST_CASE("every miss is listed: ROI, payback not within the horizon, NPV", "[render][check]") {
  const CheckResult result = check_report(loser(), flags(50.0, 12.0, 0.0));
  REQUIRE(result.status == CheckStatus::miss);
  REQUIRE(result.misses.size() == 3);
  CHECK(describe_miss(result.misses[0], "USD") == "ROI -25.00 % < required 50.00 %");
  CHECK(describe_miss(result.misses[1], "USD") ==
        "payback n/a — not paid back within the horizon, required ≤ 12.00 months");
  CHECK(describe_miss(result.misses[2], "USD") == "NPV -500.00 USD < required 0.00 USD");
}

TEST_CASE("a payback over the maximum reads 'allowed'", "[render][check]") {
  Report report = eshop();
  report.investment->figures.payback_months = Metric::defined(18.2);
  const CheckResult result = check_report(report, Targets{});
  REQUIRE(result.misses.size() == 1);
  CHECK(describe_miss(result.misses[0], "RUB") == "payback 18.20 months > allowed 12.00 months");
}

TEST_CASE("a scenario without targets or flags is skipped", "[render][check]") {
  Report report = loser();
  const CheckResult result = check_report(report, Targets{});
  CHECK(result.status == CheckStatus::skip);
  CHECK(result.skip_reason == "no targets");
  CHECK(result.misses.empty());
}

TEST_CASE("a scenario without an investment case is skipped even with flags", "[render][check]") {
  Report report;
  report.name = "Survey";
  report.nps = NpsReport{6, 2, 2, Metric::defined(40)};
  const CheckResult result = check_report(report, flags(50.0, std::nullopt, std::nullopt));
  CHECK(result.status == CheckStatus::skip);
  CHECK(result.skip_reason == "no investment case (costs, benefits or cash_flows) to check");
}

TEST_CASE("check lines for people: PASS, MISS with every miss, SKIP", "[render][check][table]") {
  CHECK(render_check_record(checked(eshop(), Targets{}), OutputFormat::table, false) ==
        "PASS  Dress e-shop on retailCRM (a.json)\n");
  CHECK(render_check_record(checked(loser(), flags(50.0, 12.0, std::nullopt), "<stdin>", 7L),
                            OutputFormat::table, false) ==
        "MISS  Gamma (<stdin>:7): ROI -25.00 % < required 50.00 %; payback n/a — not paid back "
        "within the horizon, required ≤ 12.00 months\n");
  CHECK(render_check_record(checked(loser(), Targets{}), OutputFormat::table, false) ==
        "SKIP  Gamma (a.json): no targets\n");
}

TEST_CASE("check lines with colour: PASS green, MISS red, SKIP dim", "[render][check][table]") {
  CHECK(render_check_record(checked(eshop(), Targets{}), OutputFormat::table, true) ==
        "\x1b[32mPASS\x1b[0m  Dress e-shop on retailCRM (a.json)\n");
  CHECK(render_check_record(checked(loser(), flags(std::nullopt, std::nullopt, 0.0)),
                            OutputFormat::table, true) ==
        "\x1b[31mMISS\x1b[0m  Gamma (a.json): NPV -500.00 USD < required 0.00 USD\n");
  CHECK(render_check_record(checked(loser(), Targets{}), OutputFormat::table, true) ==
        "\x1b[2mSKIP\x1b[0m  Gamma (a.json): no targets\n");
}

TEST_CASE("check lines escape control characters in names and sources", "[render][check][table]") {
  Report report = eshop();
  report.name = "x\x1b[2J";
  CHECK(render_check_record(checked(report, Targets{}, "b\x07.json"), OutputFormat::table, false) ==
        "PASS  x\\u001b[2J (b\\u0007.json)\n");
}

TEST_CASE("check jsonl: one line per scenario, null actual with its reason in notes",
          "[render][check][json]") {
  CHECK(render_check_record(checked(loser(), flags(50.0, 12.0, std::nullopt), "<stdin>", 2L),
                            OutputFormat::jsonl, false) ==
        R"({"format_version":1,"crmroi_version":")" CRMROI_VERSION_STRING
        R"(","source":"<stdin>","line":2,"scenario":"Gamma","currency":"USD",)"
        R"("status":"miss","targets":{"min_roi_percent":50,"max_payback_months":12},"misses":[)"
        R"({"metric":"roi_percent","actual":-25,"required":50,"comparison":">="},)"
        R"({"metric":"payback_months","actual":null,"required":12,"comparison":"<="}],)"
        R"("notes":["payback_months: not paid back within the horizon"]})"
        "\n");
  CHECK(render_check_record(checked(loser(), Targets{}), OutputFormat::jsonl, false) ==
        R"({"format_version":1,"crmroi_version":")" CRMROI_VERSION_STRING
        R"(","source":"a.json","scenario":"Gamma","currency":"USD",)"
        R"("status":"skip","reason":"no targets","targets":{},"misses":[],"notes":[]})"
        "\n");
}

TEST_CASE("check csv: one row per miss, one row for a pass or a skip", "[render][check][csv]") {
  CHECK(check_csv_header() ==
        "source,line,scenario,status,metric,actual,required,comparison,note\n");
  CHECK(render_check_record(checked(loser(), flags(50.0, 12.0, std::nullopt)), OutputFormat::csv,
                            false) ==
        "a.json,,Gamma,miss,roi_percent,-25,50,>=,\n"
        "a.json,,Gamma,miss,payback_months,,12,<=,not paid back within the horizon\n");
  CHECK(render_check_record(checked(eshop(), Targets{}, "<stdin>", 3L), OutputFormat::csv, false) ==
        "<stdin>,3,Dress e-shop on retailCRM,pass,,,,,\n");
  CHECK(render_check_record(checked(loser(), Targets{}), OutputFormat::csv, false) ==
        "a.json,,Gamma,skip,,,,,no targets\n");
}

TEST_CASE("check json: one document that says whether everything passed", "[render][check][json]") {
  const std::vector<CheckedScenario> verdicts{
      checked(eshop(), Targets{}, "eshop.json"),
      checked(loser(), flags(std::nullopt, std::nullopt, 0.0), "gamma.json"),
  };
  const std::string expected = R"({
  "format_version": 1,
  "crmroi_version": ")" CRMROI_VERSION_STRING R"(",
  "passed": false,
  "scenarios": [
    {
      "source": "eshop.json",
      "scenario": "Dress e-shop on retailCRM",
      "currency": "RUB",
      "status": "pass",
      "targets": {
        "min_roi_percent": 100,
        "max_payback_months": 12
      },
      "misses": [],
      "notes": []
    },
    {
      "source": "gamma.json",
      "scenario": "Gamma",
      "currency": "USD",
      "status": "miss",
      "targets": {
        "min_npv": 0
      },
      "misses": [
        {
          "metric": "npv",
          "actual": -500,
          "required": 0,
          "comparison": ">="
        }
      ],
      "notes": []
    }
  ]
}
)";
  CHECK(render_check_document(verdicts, OutputFormat::json, true) == expected);
}

TEST_CASE("check json has not passed when an input was bad, even if every scenario passed",
          "[render][check][json]") {
  const std::vector<CheckedScenario> verdicts{checked(eshop(), Targets{})};
  CHECK(render_check_document(verdicts, OutputFormat::json, true).find("\"passed\": true") !=
        std::string::npos);
  CHECK(render_check_document(verdicts, OutputFormat::json, false).find("\"passed\": false") !=
        std::string::npos);
  CHECK(render_check_document({}, OutputFormat::json, true) ==
        "{\n  \"format_version\": 1,\n  \"crmroi_version\": \"" CRMROI_VERSION_STRING
        "\",\n  \"passed\": true,\n  \"scenarios\": []\n}\n");
}

TEST_CASE("check markdown: the outcome first, then a row per scenario for a pull request",
          "[render][check][markdown]") {
  const std::vector<CheckedScenario> verdicts{
      checked(eshop(), Targets{}, "eshop.json"),
      checked(loser(), flags(std::nullopt, 12.0, std::nullopt), "<stdin>", 2L),
      checked(loser(), Targets{}, "gamma|2.json"),
  };
  CHECK(render_check_document(verdicts, OutputFormat::markdown, true) ==
        "### ❌ crmroi check: 1 passed, 1 missed, 1 skipped\n"
        "\n"
        "| | Scenario | Source | Result |\n"
        "|:-:|:--|:--|:--|\n"
        "| ✅ | Dress e-shop on retailCRM | eshop.json | pass |\n"
        "| ❌ | Gamma | \\<stdin\\>:2 | payback n/a — not paid back within the horizon, required "
        "≤ 12.00 months |\n"
        "| ➖ | Gamma | gamma\\|2.json | skipped: no targets |\n");
  const std::vector<CheckedScenario> good{checked(eshop(), Targets{}, "eshop.json")};
  CHECK(render_check_document(good, OutputFormat::markdown, true)
            .rfind("### ✅ crmroi check: 1 passed, 0 missed, 0 skipped\n", 0) == 0);
  CHECK(render_check_document(good, OutputFormat::markdown, false)
            .rfind("### ❌ crmroi check: 1 passed, 0 missed, 0 skipped · some inputs could not be "
                   "read or "
                   "are invalid (see the log)\n",
                   0) == 0);
}

TEST_CASE("calc's target verdicts are check's: each threshold with its figure, met or missed",
          "[render][check][verdicts]") {
  const std::vector<TargetVerdict> eshop_verdicts = target_verdicts(eshop());
  REQUIRE(eshop_verdicts.size() == 2);
  CHECK(eshop_verdicts[0].key == "min_roi_percent");
  CHECK(eshop_verdicts[0].label == "Minimum ROI");
  CHECK(eshop_verdicts[0].phrase == "ROI");
  CHECK(eshop_verdicts[0].threshold == 100.0);
  CHECK(eshop_verdicts[0].actual.value() == 31800.0 / 18000.0);
  CHECK(eshop_verdicts[0].met);  // 176.67 % >= 100 %
  CHECK(eshop_verdicts[1].met);  // payback 0 <= 12 months

  Report never = loser();
  never.targets = Targets{-30.0, 12.0, 0.0};
  const std::vector<TargetVerdict> verdicts = target_verdicts(never);
  REQUIRE(verdicts.size() == 3);
  CHECK(verdicts[0].met);        // ROI -25 % >= -30 %
  CHECK_FALSE(verdicts[1].met);  // payback undefined: a miss
  CHECK_FALSE(verdicts[1].actual.is_defined());
  CHECK_FALSE(verdicts[2].met);  // NPV -500 < 0
  // The same verdicts as check on the same thresholds.
  CHECK(check_report(never, Targets{}).misses.size() == 2);
  // Without an investment case or targets: none.
  Report no_targets = loser();
  CHECK(target_verdicts(no_targets).empty());
}
