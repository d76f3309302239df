// Properties of the calc renderers beyond the golden files: colour, spreadsheet-formula names,
// control characters, the figures catalogue.
#include <algorithm>
#include <catch2/catch.hpp>

#include "crmroi/version.hpp"

#include "crmroi/render.hpp"
#include "sample_reports.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using crmroi::OutputFormat;
using crmroi::render_calc;
using crmroi::RenderOptions;
using crmroi::test::eshop_report;
using crmroi::test::troubled_report;

namespace {

bool has_raw_control(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && c != '\n') || byte == 0x7f;
  });
}

}  // namespace

TEST_CASE("a coloured table has a bold title, red negatives and red n/a", "[render][calc]") {
  RenderOptions options;
  options.color = true;
  const std::string table = render_calc(troubled_report(), OutputFormat::table, options);
  CHECK_THAT(table, StartsWith("\x1b[1mBad\\u001b[31m plan, \"v2\"\x1b[0m\n"));
  CHECK_THAT(table, Contains("\x1b[31m-234,567.89\x1b[0m"));
  CHECK_THAT(table, Contains("\x1b[31mn/a — no cost_of_goods or gross_profit given\x1b[0m"));
}

TEST_CASE("no output format echoes a control character from a name", "[render][calc]") {
  for (const OutputFormat format : {OutputFormat::table, OutputFormat::json, OutputFormat::jsonl,
                                    OutputFormat::csv, OutputFormat::markdown}) {
    INFO(crmroi::output_format_name(format));
    CHECK_FALSE(has_raw_control(render_calc(troubled_report(), format, RenderOptions{})));
  }
}

TEST_CASE("csv guards a scenario named like a formula", "[render][calc][csv]") {
  crmroi::SourcedReport report = eshop_report();
  report.report.name = "=cmd|' /C calc'!A0";
  report.source = "@evil.json";
  const std::string csv = render_calc(report, OutputFormat::csv, RenderOptions{});
  CHECK_THAT(csv, StartsWith("'@evil.json,,'=cmd|' /C calc'!A0,total_cost,18000,RUB,\n"));
}

TEST_CASE("report_figures lists every figure under its JSON key", "[render][figures]") {
  std::vector<std::string> keys;
  for (const auto& figure : crmroi::report_figures(troubled_report().report)) {
    keys.push_back(figure.key);
  }
  CHECK(keys.size() == 2 * 12 + 4 + 3 + 6 + 4);
  CHECK(keys.front() == "total_cost");
  CHECK(std::count(keys.begin(), keys.end(), "unadjusted.irr_annual_percent") == 1);
  CHECK(std::count(keys.begin(), keys.end(), "marketing.channels[Direct].romi_percent") == 1);
  CHECK(std::count(keys.begin(), keys.end(), "unit_economics.ltv_to_cac") == 1);
  CHECK(keys.back() == "nps.detractors");
}

TEST_CASE("a report without an investment case shows only its analysis blocks", "[render][calc]") {
  crmroi::SourcedReport report = troubled_report();
  report.report.investment.reset();
  report.report.channels.clear();
  report.report.acquisition.reset();
  report.report.unit_economics.reset();
  const std::string table = render_calc(report, OutputFormat::table, RenderOptions{});
  CHECK(table ==
        "Bad\\u001b[31m plan, \"v2\"\n"
        "<stdin>:7 · amounts in USD\n"
        "\n"
        "Net Promoter Score\n"
        "  Promoters (9–10)     60\n"
        "  Passives (7–8)       25\n"
        "  Detractors (0–6)     15\n"
        "  NPS               45.00 points\n");
  CHECK(
      render_calc(report, OutputFormat::jsonl, RenderOptions{}) ==
      R"({"format_version":1,"crmroi_version":")" CRMROI_VERSION_STRING
      R"(","source":"<stdin>","line":7,"scenario":"Bad\u001b[31m plan, \"v2\"","currency":"USD","nps":{"nps":45,"promoters":60,"passives":25,"detractors":15},"notes":[]})"
      "\n");
  RenderOptions monthly;
  monthly.monthly = true;
  CHECK(render_calc(report, OutputFormat::csv, monthly).empty());
}

TEST_CASE("JSON Lines month rows read the same on the fast path and the exact one",
          "[render][calc][jsonl]") {
  crmroi::SourcedReport sourced = crmroi::test::eshop_report();
  auto& periods = sourced.report.investment->figures.periods;
  periods.resize(3);
  periods[1] = {1, 1, 3000, 9460.8, 6460.8, 6460.8};  // fast: whole cents
  periods[2] = {2, 2, 0.125, 2.675, 2.55, 6463.35};   // midpoints: the exact path
  const std::string line = render_calc(sourced, OutputFormat::jsonl, RenderOptions{});
  CHECK(line.find(R"("months":[{"month":0,"cost":0,"benefit":0,"net":0,"cumulative":0},)"
                  R"({"month":1,"cost":3000,"benefit":9460.8,"net":6460.8,"cumulative":6460.8},)"
                  R"({"month":2,"cost":0.13,"benefit":2.68,"net":2.55,"cumulative":6463.35}])") !=
        std::string::npos);
  const std::string pretty = render_calc(sourced, OutputFormat::json, RenderOptions{});
  CHECK(pretty.find(R"("cost": 0.13,)") != std::string::npos);
  CHECK(pretty.find(R"("benefit": 2.68,)") != std::string::npos);
}
