// compare's renderers on hand-built entries: grouping by currency, sorting and ranks, the best
// value of each row, and every format's exact text.
#include <algorithm>
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>
#include "crmroi/version.hpp"

#include "crmroi/render_compare.hpp"

using namespace crmroi;

namespace {

// A 12-month undiscounted case: `benefit` earned against the given one-time cost lines; net,
// ROI, PV ROI and NPV follow; IRR undefined; payback as given.
CompareEntry make_entry(std::string name, std::string currency, double benefit, Metric payback,
                        std::vector<std::pair<std::string, double>> costs,
                        std::string source = "plans.json") {
  CompareEntry entry;
  entry.source = std::move(source);
  entry.scenario = std::move(name);
  entry.currency = std::move(currency);
  InvestmentReport& investment = entry.investment;
  investment.horizon_months = 12;
  double cost = 0;
  for (const auto& [line, amount] : costs) {
    investment.cost_lines.push_back({line, "one_time", "", amount, 0, amount, amount});
    cost += amount;
  }
  investment.benefit_lines.push_back(
      {"time saved", "monthly", "", benefit / 12, 0, benefit, benefit});
  InvestmentFigures& figures = investment.figures;
  figures.total_cost = cost;
  figures.total_benefit = benefit;
  figures.net = benefit - cost;
  figures.roi = Metric::defined((benefit - cost) / cost);
  figures.pv_cost = cost;
  figures.pv_benefit = benefit;
  figures.pv_roi = figures.roi;
  figures.npv = figures.net;
  figures.irr_annual = Metric::undefined("no rate makes the net present value zero");
  figures.payback_months = payback;
  figures.discounted_payback_months = payback;
  return entry;
}

// Alpha (ROI 200 %), Beta (cheapest, ROI 100 %, payback tied with Alpha) and Gamma (a loss,
// never paid back), all in RUB.
std::vector<CompareEntry> three_plans() {
  return {
      make_entry("Alpha CRM", "RUB", 3000, Metric::defined(4), {{"licence", 1000}}),
      make_entry("Beta CRM", "RUB", 1000, Metric::defined(4), {{"licence", 400}, {"hosting", 100}}),
      make_entry("Gamma CRM with a rather long name", "RUB", 1500,
                 Metric::undefined("not paid back within the horizon"), {{"licence", 2000}}),
  };
}

std::vector<std::size_t> columns_of(const CompareGroup& group) { return group.columns; }

}  // namespace

TEST_CASE("compare sort names are roi, npv, payback, tco, irr and pv_roi, lower case",
          "[render][compare]") {
  CHECK(parse_compare_sort("roi") == CompareSort::roi);
  CHECK(parse_compare_sort("npv") == CompareSort::npv);
  CHECK(parse_compare_sort("payback") == CompareSort::payback);
  CHECK(parse_compare_sort("tco") == CompareSort::tco);
  CHECK(parse_compare_sort("irr") == CompareSort::irr);
  CHECK(parse_compare_sort("pv_roi") == CompareSort::pv_roi);
  CHECK(compare_sort_key(CompareSort::irr) == "irr_annual_percent");
  CHECK(compare_sort_key(CompareSort::pv_roi) == "pv_roi_percent");
  CHECK_FALSE(parse_compare_sort("ROI").has_value());
  CHECK_FALSE(parse_compare_sort("pv-roi").has_value());
  CHECK_FALSE(parse_compare_sort("").has_value());
  CHECK(compare_sort_key(CompareSort::roi) == "roi_percent");
  CHECK(compare_sort_key(CompareSort::payback) == "payback_months");
  CHECK(compare_sort_key(CompareSort::tco) == "tco");
  CHECK(compare_sort_key(CompareSort::none).empty());
}

TEST_CASE("compare_entry keeps the investment case without its monthly cash flow",
          "[render][compare]") {
  Report report;
  report.name = "Plan";
  report.currency = "EUR";
  report.investment = InvestmentReport{};
  report.investment->horizon_months = 2;
  report.investment->figures.periods = {{0, 0, 10, 0, -10, -10}, {1, 1, 0, 20, 20, 10}};
  const auto entry = compare_entry({"a.json", 4L, report});
  REQUIRE(entry.has_value());
  CHECK(entry->source == "a.json");
  CHECK(entry->line == 4L);
  CHECK(entry->scenario == "Plan");
  CHECK(entry->currency == "EUR");
  CHECK(entry->investment.horizon_months == 2);
  CHECK(entry->investment.figures.periods.empty());

  report.investment.reset();
  CHECK_FALSE(compare_entry({"nps.json", std::nullopt, report}).has_value());
}

TEST_CASE("without a sort the columns keep the input order, grouped by currency",
          "[render][compare]") {
  std::vector<CompareEntry> entries = three_plans();
  entries.insert(entries.begin() + 1,
                 make_entry("Delta", "EUR", 100, Metric::defined(1), {{"licence", 10}}));
  const auto groups = compare_groups(entries, CompareSort::none);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].currency == "RUB");
  CHECK(columns_of(groups[0]) == std::vector<std::size_t>{0, 2, 3});
  CHECK(groups[0].ranks.empty());
  CHECK(groups[1].currency == "EUR");
  CHECK(columns_of(groups[1]) == std::vector<std::size_t>{1});
}

TEST_CASE("sort by roi and npv puts the highest first", "[render][compare]") {
  const auto entries = three_plans();
  for (const CompareSort sort : {CompareSort::roi, CompareSort::npv}) {
    const auto groups = compare_groups(entries, sort);
    REQUIRE(groups.size() == 1);
    CHECK(columns_of(groups[0]) == std::vector<std::size_t>{0, 1, 2});
    CHECK(groups[0].ranks == std::vector<int>{1, 2, 3});
  }
}

TEST_CASE("sort by tco puts the cheapest first", "[render][compare]") {
  const auto groups = compare_groups(three_plans(), CompareSort::tco);
  CHECK(columns_of(groups[0]) == std::vector<std::size_t>{1, 0, 2});
  CHECK(groups[0].ranks == std::vector<int>{1, 2, 3});
}

TEST_CASE("sort by payback: ties share a rank in input order, never paid back comes last",
          "[render][compare]") {
  auto entries = three_plans();
  // Gamma first in the input: undefined still sorts last.
  std::rotate(entries.begin(), entries.begin() + 2, entries.end());
  const auto groups = compare_groups(entries, CompareSort::payback);
  CHECK(columns_of(groups[0]) == std::vector<std::size_t>{1, 2, 0});
  CHECK(groups[0].ranks == std::vector<int>{1, 1, 3});
}

TEST_CASE("sort compares figures as printed: ROIs 1e-13 apart tie", "[render][compare]") {
  auto entries = three_plans();
  entries[1].investment.figures.roi = Metric::defined(2.0 + 1e-13);  // Beta: 200.0000000000 %
  entries[0].investment.figures.roi = Metric::defined(2.0);
  const auto groups = compare_groups(entries, CompareSort::roi);
  CHECK(columns_of(groups[0]) == std::vector<std::size_t>{0, 1, 2});
  CHECK(groups[0].ranks == std::vector<int>{1, 1, 3});
}

TEST_CASE("compare table: one column per scenario, best of each row marked, n/a explained",
          "[render][compare][table]") {
  const std::string expected =
      "3 scenarios in RUB\n"
      "* marks the best value in each row\n"
      "\n"
      "                                                  Gamma CRM with a\n"
      "                      Alpha CRM       Beta CRM    rather long name\n"
      "                    ─────────────  ─────────────  ──────────────────\n"
      "Horizon               12 months      12 months           12 months\n"
      "Discount rate            0.00 %         0.00 %              0.00 %\n"
      "Total cost (TCO)       1,000.00         500.00 *          2,000.00\n"
      "Total benefit          3,000.00 *     1,000.00            1,500.00\n"
      "Net                    2,000.00 *       500.00             -500.00\n"
      "ROI                    200.00 % *     100.00 %            -25.00 %\n"
      "PV ROI                 200.00 % *     100.00 %            -25.00 %\n"
      "NPV                    2,000.00 *       500.00             -500.00\n"
      "IRR (annual)                n/a            n/a                 n/a\n"
      "Payback             4.00 months *  4.00 months *               n/a\n"
      "Discounted payback  4.00 months *  4.00 months *               n/a\n"
      "Costs\n"
      "  licence              1,000.00         400.00 *          2,000.00\n"
      "  hosting                               100.00\n"
      "Benefits\n"
      "  time saved           3,000.00 *     1,000.00            1,500.00\n"
      "\n"
      "IRR (annual) n/a for Alpha CRM, Beta CRM, Gamma CRM with a rather long name: no rate "
      "makes the net present value zero\n"
      "Payback n/a for Gamma CRM with a rather long name: not paid back within the horizon\n"
      "Discounted payback n/a for Gamma CRM with a rather long name: not paid back within the "
      "horizon\n";
  CHECK(render_compare(three_plans(), CompareSort::none, OutputFormat::table, {}) == expected);
}

TEST_CASE("compare table sorted: columns best first and the sort named in the legend",
          "[render][compare][table]") {
  const std::string out = render_compare(three_plans(), CompareSort::tco, OutputFormat::table, {});
  CHECK(out.rfind("3 scenarios in RUB\nsorted by TCO, best first · * marks the best value in each "
                  "row\n\n                                                  Gamma CRM with a\n"
                  "                       Beta CRM      Alpha CRM    rather long name\n",
                  0) == 0);
  CHECK(out.find("Total cost (TCO)         500.00 *     1,000.00            2,000.00\n") !=
        std::string::npos);
}

TEST_CASE("compare table with colour paints the best values green", "[render][compare][table]") {
  RenderOptions options;
  options.color = true;
  const std::string out =
      render_compare(three_plans(), CompareSort::none, OutputFormat::table, options);
  CHECK(out.find("Total cost (TCO)       1,000.00    \x1b[32m     500.00 *\x1b[0m") ==
        std::string::npos);  // padding stays outside the colour
  CHECK(out.find("Total cost (TCO)       1,000.00         \x1b[32m500.00 *\x1b[0m          "
                 "2,000.00\n") != std::string::npos);
  CHECK(out.find("\x1b[31m-500.00  \x1b[0m") != std::string::npos);  // a loss in red
}

TEST_CASE("a single scenario marks nothing: there is nothing to be better than",
          "[render][compare][table]") {
  const std::vector<CompareEntry> one{three_plans().front()};
  const std::string out = render_compare(one, CompareSort::none, OutputFormat::table, {});
  CHECK(out.rfind("1 scenario in RUB\n", 0) == 0);
  CHECK(out.find(" *") == std::string::npos);
}

TEST_CASE("scenarios in different currencies are compared per currency, never across",
          "[render][compare][table]") {
  auto entries = three_plans();
  entries.push_back(make_entry("Delta", "EUR", 100, Metric::defined(1), {{"licence", 10}}));
  const std::string out = render_compare(entries, CompareSort::none, OutputFormat::table, {});
  CHECK(out.rfind("The scenarios are in 2 currencies (RUB, EUR): each currency is compared on its "
                  "own; amounts are never converted.\n\n3 scenarios in RUB\n",
                  0) == 0);
  const std::string eur_block =
      "\n1 scenario in EUR\n"
      "* marks the best value in each row\n"
      "\n"
      "                          Delta\n"
      "                    ─────────────\n"
      "Horizon               12 months\n"
      "Discount rate            0.00 %\n"
      "Total cost (TCO)          10.00\n"
      "Total benefit            100.00\n"
      "Net                       90.00\n"
      "ROI                    900.00 %\n"
      "PV ROI                 900.00 %\n"
      "NPV                       90.00\n"
      "IRR (annual)                n/a\n"
      "Payback             1.00 months\n"
      "Discounted payback  1.00 months\n"
      "Costs\n"
      "  licence                 10.00\n"
      "Benefits\n"
      "  time saved             100.00\n"
      "\n"
      "IRR (annual) n/a for Delta: no rate makes the net present value zero\n";
  CHECK(out.size() > eur_block.size());
  CHECK(out.substr(out.size() - eur_block.size()) == eur_block);
  // Delta's 900 % ROI is not marked against the RUB plans.
  CHECK(out.find("900.00 % *") == std::string::npos);
}

TEST_CASE("columns that share a name show their sources", "[render][compare][table]") {
  auto entries = three_plans();
  entries[1].scenario = "Alpha CRM";
  entries[0].source = "<stdin>";
  entries[0].line = 1;
  entries[1].source = "<stdin>";
  entries[1].line = 2;
  const std::string out = render_compare(entries, CompareSort::none, OutputFormat::table, {});
  CHECK(out.find("                      Alpha CRM      Alpha CRM    rather long name\n"
                 "                      <stdin>:1      <stdin>:2          plans.json\n") !=
        std::string::npos);
}

TEST_CASE("cost lines are matched by name and occurrence, a missing line is a blank cell",
          "[render][compare][table]") {
  std::vector<CompareEntry> entries{
      make_entry("A", "USD", 100, Metric::defined(1), {{"fee", 10}, {"fee", 20}}),
      make_entry("B", "USD", 100, Metric::defined(1), {{"setup", 5}, {"fee", 15}}),
  };
  const std::string out = render_compare(entries, CompareSort::none, OutputFormat::table, {});
  CHECK(out.find("Costs\n"
                 "  fee                     10.00 *        15.00\n"
                 "  fee                     20.00\n"
                 "  setup                                   5.00\n") != std::string::npos);
}

TEST_CASE("differing horizons and discount rates are called out", "[render][compare][table]") {
  auto entries = three_plans();
  entries[2].investment.horizon_months = 36;
  entries[1].investment.annual_discount_rate = 0.1;
  const std::string out = render_compare(entries, CompareSort::none, OutputFormat::table, {});
  CHECK(out.find("note: the horizons differ (12, 36 months): totals, ROI and NPV cover different "
                 "periods\n"
                 "note: the discount rates differ: PV ROI, NPV and discounted payback are on "
                 "different bases\n") != std::string::npos);
}

TEST_CASE("control characters in names are escaped in the table", "[render][compare][table]") {
  auto entries = three_plans();
  entries[0].scenario = "Evil\x1b[31m";
  entries[0].investment.cost_lines[0].name = "line\x07";
  const std::string out = render_compare(entries, CompareSort::none, OutputFormat::table, {});
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find('\x07') == std::string::npos);
  CHECK(out.find("Evil\\u001b[31m") != std::string::npos);
  CHECK(out.find("  line\\u0007") != std::string::npos);
}

TEST_CASE("compare markdown: a pipe table per currency, the best values bold",
          "[render][compare][markdown]") {
  const std::string expected =
      "## Comparison: 3 scenarios in RUB\n"
      "\n"
      "Amounts in RUB. Sorted by ROI, best first. The best value in each row is in **bold**.\n"
      "\n"
      "| | Alpha CRM | Beta CRM | Gamma CRM with a rather long name |\n"
      "|:--|--:|--:|--:|\n"
      "| Horizon | 12 months | 12 months | 12 months |\n"
      "| Discount rate | 0.00 % | 0.00 % | 0.00 % |\n"
      "| Total cost (TCO) | 1,000.00 | **500.00** | 2,000.00 |\n"
      "| Total benefit | **3,000.00** | 1,000.00 | 1,500.00 |\n"
      "| Net | **2,000.00** | 500.00 | -500.00 |\n"
      "| ROI | **200.00 %** | 100.00 % | -25.00 % |\n"
      "| PV ROI | **200.00 %** | 100.00 % | -25.00 % |\n"
      "| NPV | **2,000.00** | 500.00 | -500.00 |\n"
      "| IRR (annual) | n/a — no rate makes the net present value zero | n/a — no rate makes the "
      "net present value zero | n/a — no rate makes the net present value zero |\n"
      "| Payback | **4.00 months** | **4.00 months** | n/a — not paid back within the horizon |\n"
      "| Discounted payback | **4.00 months** | **4.00 months** | n/a — not paid back within the "
      "horizon |\n"
      "| **Costs** | | | |\n"
      "| licence | 1,000.00 | **400.00** | 2,000.00 |\n"
      "| hosting |  | 100.00 |  |\n"
      "| **Benefits** | | | |\n"
      "| time saved | **3,000.00** | 1,000.00 | 1,500.00 |\n";
  CHECK(render_compare(three_plans(), CompareSort::roi, OutputFormat::markdown, {}) == expected);
}

TEST_CASE("compare markdown escapes a pipe in a scenario name", "[render][compare][markdown]") {
  auto entries = three_plans();
  entries[0].scenario = "A|B";
  const std::string out = render_compare(entries, CompareSort::none, OutputFormat::markdown, {});
  CHECK(out.find("| | A\\|B | Beta CRM |") != std::string::npos);
}

TEST_CASE("compare csv: a wide header and one row per scenario with its rank",
          "[render][compare][csv]") {
  CHECK(compare_csv_header() ==
        "source,line,scenario,currency,rank,horizon_months,period,discount_rate_percent,"
        "risk_adjusted,total_cost,total_benefit,net,tco,roi_percent,pv_cost,pv_benefit,"
        "pv_roi_percent,npv,irr_annual_percent,payback_months,discounted_payback_months,notes\n");
  const std::string expected =
      compare_csv_header() +
      "plans.json,,Beta CRM,RUB,1,12,month,0,false,500,1000,500,500,100,500,1000,100,500,,4,4,"
      "irr_annual_percent: no rate makes the net present value zero\n"
      "plans.json,,Alpha CRM,RUB,2,12,month,0,false,1000,3000,2000,1000,200,1000,3000,200,2000,,"
      "4,4,irr_annual_percent: no rate makes the net present value zero\n"
      "plans.json,,Gamma CRM with a rather long name,RUB,3,12,month,0,false,2000,1500,-500,2000,"
      "-25,2000,1500,-25,-500,,,,irr_annual_percent: no rate makes the net present value zero; "
      "payback_months: not paid back within the horizon; discounted_payback_months: not paid back "
      "within the horizon\n";
  CHECK(render_compare(three_plans(), CompareSort::tco, OutputFormat::csv, {}) == expected);
}

TEST_CASE("compare csv without a sort leaves the rank empty and guards formulas",
          "[render][compare][csv]") {
  auto entries = three_plans();
  entries.resize(1);
  entries[0].scenario = "=SUM(A1)";
  entries[0].line = 3;
  CHECK(render_compare_record(entries[0], OutputFormat::csv, std::nullopt) ==
        "plans.json,3,'=SUM(A1),RUB,,12,month,0,false,1000,3000,2000,1000,200,1000,3000,200,2000,,"
        "4,4,irr_annual_percent: no rate makes the net present value zero\n");
}

TEST_CASE("compare jsonl: the headline keys of calc, the rank when sorted, null with a note",
          "[render][compare][json]") {
  const auto entries = three_plans();
  CHECK(
      render_compare_record(entries[2], OutputFormat::jsonl, 3) ==
      R"({"format_version":1,"crmroi_version":")" CRMROI_VERSION_STRING
      R"(","source":"plans.json","scenario":"Gamma CRM with a rather long name",)"
      R"("currency":"RUB","rank":3,"horizon_months":12,"period":"month","discount_rate_percent":0,)"
      R"("risk_adjusted":false,"total_cost":2000,"total_benefit":1500,"net":-500,"tco":2000,)"
      R"("roi_percent":-25,"pv_cost":2000,"pv_benefit":1500,"pv_roi_percent":-25,"npv":-500,)"
      R"("irr_annual_percent":null,"payback_months":null,"discounted_payback_months":null,)"
      R"("cost_lines":[{"name":"licence","kind":"one_time","arithmetic":"","total":2000}],)"
      R"("benefit_lines":[{"name":"time saved","kind":"monthly","arithmetic":"","total":1500}],)"
      R"("notes":["irr_annual_percent: no rate makes the net present value zero",)"
      R"("payback_months: not paid back within the horizon",)"
      R"("discounted_payback_months: not paid back within the horizon"]})"
      "\n");
}

TEST_CASE("compare json: one pretty record per scenario, the line of a JSON Lines input",
          "[render][compare][json]") {
  auto entry = three_plans().front();
  entry.source = "<stdin>";
  entry.line = 2;
  const std::string out = render_compare_record(entry, OutputFormat::json, std::nullopt);
  CHECK(out.rfind("{\n  \"format_version\": 1,\n  \"crmroi_version\": \"" CRMROI_VERSION_STRING
                  "\",\n  \"source\": \"<stdin>\",\n  \"line\": 2,\n"
                  "  \"scenario\": \"Alpha CRM\",\n  \"currency\": \"RUB\",\n"
                  "  \"horizon_months\": 12,\n",
                  0) == 0);
  CHECK(out.find("\"rank\"") == std::string::npos);
  CHECK(out.substr(out.size() - 3) == "\n}\n");
}

TEST_CASE("compare of no scenarios renders nothing", "[render][compare]") {
  for (const OutputFormat format : {OutputFormat::table, OutputFormat::json, OutputFormat::jsonl,
                                    OutputFormat::csv, OutputFormat::markdown}) {
    CHECK(render_compare({}, CompareSort::roi, format, {}).empty());
  }
}

TEST_CASE("a row where every scenario has the same value marks none, n/a keeps ties marked",
          "[render][compare][table]") {
  std::vector<CompareEntry> entries{
      make_entry("A", "USD", 100, Metric::defined(2), {{"fee", 10}}),
      make_entry("B", "USD", 200, Metric::defined(2), {{"fee", 10}}),
  };
  std::string out = render_compare(entries, CompareSort::none, OutputFormat::table, {});
  CHECK(out.find("Payback             2.00 months    2.00 months\n") != std::string::npos);
  CHECK(out.find("  fee                     10.00          10.00\n") != std::string::npos);
  entries.push_back(make_entry("C", "USD", 5, Metric::undefined("not paid back within the horizon"),
                               {{"fee", 10}}));
  out = render_compare(entries, CompareSort::none, OutputFormat::table, {});
  CHECK(out.find("Payback             2.00 months *  2.00 months *        n/a\n") !=
        std::string::npos);
}

TEST_CASE(
    "compare_cell makes each cell from its scenario: blank where a line is missing, best "
    "marked from the row",
    "[render][compare]") {
  // Alpha pays 1,000 for its licence, Beta 400 (+ 100 hosting), Gamma 2,000: the licence row's
  // best (lowest cost) is Beta's 400; only Beta has a hosting line, so there is nothing to
  // compare it with and nothing is marked.
  const std::vector<CompareEntry> entries = three_plans();
  const std::vector<CompareBlock> blocks = compare_blocks(entries, CompareSort::none);
  REQUIRE(blocks.size() == 1);
  const CompareBlock& block = blocks.front();
  const auto row_named = [&](const std::string& label) -> const CompareRow& {
    return *std::find_if(block.rows.begin(), block.rows.end(),
                         [&](const CompareRow& row) { return row.label == label; });
  };
  const CompareRow& licence = row_named("licence");
  CHECK(licence.best == 400.0);
  CHECK(compare_cell(block, licence, 0).value.value() == 1000.0);
  CHECK_FALSE(compare_cell(block, licence, 0).best);
  CHECK(compare_cell(block, licence, 1).best);
  CHECK(compare_cell(block, licence, 2).value.value() == 2000.0);
  const CompareRow& hosting = row_named("hosting");
  CHECK_FALSE(hosting.best.has_value());
  CHECK_FALSE(compare_cell(block, hosting, 0).present);
  CHECK(compare_cell(block, hosting, 1).value.value() == 100.0);
  CHECK_FALSE(compare_cell(block, hosting, 2).present);
  CHECK(compare_cell(block, row_named("Horizon"), 2).text == "12 months");
}

TEST_CASE("write_compare hands a table over a block of columns at a time, and stops when told",
          "[render][compare][table]") {
  // Three scenarios at 40 columns do not fit side by side: one block of columns each, written as
  // it is made; the pieces put together are render_compare's text.
  const std::vector<CompareEntry> entries = three_plans();
  RenderOptions options;
  options.width = 40;
  std::vector<std::string> pieces;
  CHECK(write_compare(entries, CompareSort::none, OutputFormat::table, options,
                      [&](std::string_view piece) {
                        pieces.emplace_back(piece);
                        return true;
                      }));
  CHECK(pieces.size() == 4);  // three blocks of columns, then the n/a notes under them
  std::string joined;
  for (const std::string& piece : pieces) joined += piece;
  CHECK(joined == render_compare(entries, CompareSort::none, OutputFormat::table, options));
  int calls = 0;
  CHECK_FALSE(write_compare(entries, CompareSort::none, OutputFormat::table, options,
                            [&](std::string_view) { return ++calls < 2; }));
  CHECK(calls == 2);
}
