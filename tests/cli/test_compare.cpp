// End-to-end tests of `crmroi compare`: the three auto-parts CRM offers of seed 000 side by side,
// every --sort key, scenarios in different currencies, machine formats, and bad input.
#include <algorithm>
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

const std::vector<std::string> kAutoparts = {"examples/autoparts-bitrix24-cloud.json",
                                             "examples/autoparts-bitrix24-onpremise.json",
                                             "examples/autoparts-retailcrm.json"};

std::vector<std::string> compare_args(std::vector<std::string> flags,
                                      const std::vector<std::string>& files = kAutoparts) {
  std::vector<std::string> args{"compare"};
  args.insert(args.end(), flags.begin(), flags.end());
  args.insert(args.end(), files.begin(), files.end());
  return args;
}

// The header and the headline rows of the table with the columns on-premise, retailCRM, cloud
// (ROI and TCO order them so).
const std::string kOnPremiseFirstHeader =
    "                                Auto-parts e-shop\n"
    "                                      on Bitrix24    Auto-parts e-shop    Auto-parts e-shop\n"
    "                                       on-premise         on retailCRM    on Bitrix24 cloud\n"
    "                                ───────────────────  ───────────────────  "
    "───────────────────\n";
const std::string kOnPremiseFirstRows =
    "Total cost (TCO)                       420,000.00 *         489,420.00           497,640.00\n"
    "Total benefit                        1,785,105.00         1,955,115.00 *       1,841,775.00\n"
    "Net                                  1,365,105.00         1,465,695.00 *       1,344,135.00\n"
    "ROI                                      325.03 % *           299.48 %             270.10 %\n"
    "PV ROI                                   261.40 %             291.51 % *           233.72 %\n"
    "NPV                                  1,097,872.67         1,253,296.15 *       1,101,339.76\n"
    "IRR (annual)                             169.75 %           9,073.42 % *           246.89 %\n"
    "Payback                              11.91 months          2.92 months *        9.74 months\n"
    "Discounted payback                   12.46 months          2.95 months *       10.10 months\n";

// The same with retailCRM, cloud, on-premise (NPV and payback order them so).
const std::string kRetailFirstHeader =
    "                                                                          Auto-parts e-shop\n"
    "                                Auto-parts e-shop    Auto-parts e-shop          on Bitrix24\n"
    "                                     on retailCRM    on Bitrix24 cloud           on-premise\n"
    "                                ───────────────────  ───────────────────  "
    "───────────────────\n";
const std::string kRetailFirstRows =
    "Total cost (TCO)                       489,420.00           497,640.00           420,000.00 "
    "*\n"
    "Total benefit                        1,955,115.00 *       1,841,775.00         1,785,105.00\n"
    "Net                                  1,465,695.00 *       1,344,135.00         1,365,105.00\n"
    "ROI                                      299.48 %             270.10 %             325.03 % "
    "*\n"
    "PV ROI                                   291.51 % *           233.72 %             261.40 %\n"
    "NPV                                  1,253,296.15 *       1,101,339.76         1,097,872.67\n"
    "IRR (annual)                           9,073.42 % *           246.89 %             169.75 %\n"
    "Payback                               2.92 months *        9.74 months         11.91 months\n"
    "Discounted payback                    2.95 months *       10.10 months         12.46 months\n";

}  // namespace

TEST_CASE("compare of the three auto-parts offers: one column each, the best of each row marked",
          "[cli][compare]") {
  const auto result = run_crmroi_in_source(compare_args({}));
  CHECK(result.exit_code == 0);
  CHECK(without_warnings(result.err).empty());
  CHECK(result.out ==
        "3 scenarios in RUB\n"
        "* marks the best value in each row\n"
        "\n"
        "                                                     Auto-parts e-shop\n"
        "                                Auto-parts e-shop          on Bitrix24    Auto-parts "
        "e-shop\n"
        "                                on Bitrix24 cloud           on-premise         on "
        "retailCRM\n"
        "                                ───────────────────  ───────────────────  "
        "───────────────────\n"
        "Horizon                                 36 months            36 months            36 "
        "months\n"
        "Discount rate                             10.00 %              10.00 %              10.00 "
        "%\n"
        "Total cost (TCO)                       497,640.00           420,000.00 *         "
        "489,420.00\n"
        "Total benefit                        1,841,775.00         1,785,105.00         "
        "1,955,115.00 *\n"
        "Net                                  1,344,135.00         1,365,105.00         "
        "1,465,695.00 *\n"
        "ROI                                      270.10 %             325.03 % *           299.48 "
        "%\n"
        "PV ROI                                   233.72 %             261.40 %             291.51 "
        "% *\n"
        "NPV                                  1,101,339.76         1,097,872.67         "
        "1,253,296.15 *\n"
        "IRR (annual)                             246.89 %             169.75 %           9,073.42 "
        "% *\n"
        "Payback                               9.74 months         11.91 months          2.92 "
        "months *\n"
        "Discounted payback                   10.10 months         12.46 months          2.95 "
        "months *\n"
        "Costs\n"
        "  set-up (at most 300,000)             300,000.00\n"
        "  Bitrix24 cloud subscription          197,640.00\n"
        "  Bitrix24 box licence                                       45,000.00\n"
        "  customisation work (midpoint                              375,000.00\n"
        "    of 350,000-400,000)\n"
        "  integration module                                                              "
        "15,000.00\n"
        "  set-up                                                                          "
        "30,000.00\n"
        "  SaaS Flexible, 10 per order                                                    "
        "444,420.00\n"
        "Benefits\n"
        "  order managers                       525,525.00           509,355.00           "
        "557,865.00 *\n"
        "  order uplift                       1,316,250.00         1,275,750.00         "
        "1,397,250.00 *\n");
}

TEST_CASE("compare --sort orders the columns best first and keeps the markers on the best values",
          "[cli][compare]") {
  struct Case {
    std::string key;
    std::string legend;
    const std::string* header;
    const std::string* rows;
  };
  for (const Case& c :
       {Case{"roi", "sorted by ROI", &kOnPremiseFirstHeader, &kOnPremiseFirstRows},
        Case{"npv", "sorted by NPV", &kRetailFirstHeader, &kRetailFirstRows},
        Case{"payback", "sorted by payback", &kRetailFirstHeader, &kRetailFirstRows},
        Case{"tco", "sorted by TCO", &kOnPremiseFirstHeader, &kOnPremiseFirstRows}}) {
    INFO("--sort " << c.key);
    const auto result = run_crmroi_in_source(compare_args({"--sort", c.key}));
    CHECK(result.exit_code == 0);
    CHECK(without_warnings(result.err).empty());
    CHECK(result.out.rfind("3 scenarios in RUB\n" + c.legend +
                               ", best first · * marks the best value in each row\n\n" + *c.header,
                           0) == 0);
    // The headline rows, under the horizon and the discount rate.
    CHECK(result.out.find(*c.rows) != std::string::npos);
  }
}

TEST_CASE("compare --sort in csv gives each scenario its rank", "[cli][compare][csv]") {
  struct Case {
    std::string key;
    std::vector<std::string> order;  // the files, best first
  };
  const std::string cloud =
      "examples/autoparts-bitrix24-cloud.json,,Auto-parts e-shop on Bitrix24 cloud,RUB,";
  const std::string box =
      "examples/autoparts-bitrix24-onpremise.json,,Auto-parts e-shop on Bitrix24 on-premise,RUB,";
  const std::string retail =
      "examples/autoparts-retailcrm.json,,Auto-parts e-shop on retailCRM,RUB,";
  for (const Case& c : {Case{"roi", {box, retail, cloud}}, Case{"npv", {retail, cloud, box}},
                        Case{"payback", {retail, cloud, box}}, Case{"tco", {box, retail, cloud}}}) {
    INFO("--sort " << c.key);
    const auto result = run_crmroi_in_source(compare_args({"--format", "csv", "--sort", c.key}));
    CHECK(result.exit_code == 0);
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = result.out.find('\n', start)) != std::string::npos;
         start = end + 1) {
      lines.push_back(result.out.substr(start, end - start));
    }
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].rfind("source,line,scenario,currency,rank,", 0) == 0);
    for (std::size_t rank = 1; rank <= 3; ++rank) {
      CHECK(lines[rank].rfind(c.order[rank - 1] + std::to_string(rank) + ",36,month,10,false,",
                              0) == 0);
    }
  }
}

TEST_CASE("compare jsonl: one line per scenario with calc's headline keys",
          "[cli][compare][json]") {
  const auto result = run_crmroi_in_source(compare_args({"--format", "jsonl", "--sort", "npv"}));
  CHECK(result.exit_code == 0);
  CHECK(without_warnings(result.err).empty());
  CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 3);
  CHECK(
      result.out.rfind(
          R"({"format_version":1,"crmroi_version":")" CRMROI_VERSION_STRING
          R"(","source":"examples/autoparts-retailcrm.json",)"
          R"("scenario":"Auto-parts e-shop on retailCRM","currency":"RUB","rank":1,)"
          R"("horizon_months":36,"period":"month","discount_rate_percent":10,"risk_adjusted":false,)"
          R"("total_cost":489420,"total_benefit":1955115,"net":1465695,"tco":489420,)"
          R"("roi_percent":299.4759102611,"pv_cost":429930.31,"pv_benefit":1683226.47,)"
          R"("pv_roi_percent":291.5114665102,"npv":1253296.15,"irr_annual_percent":9073.4183888928,)"
          R"("payback_months":2.9218009479,"discounted_payback_months":2.9477191646,"cost_lines":[)",
          0) == 0);
}

TEST_CASE("scenarios in different currencies are compared per currency, and compare says so",
          "[cli][compare]") {
  const std::string box =
      scratch_file("box.json", R"({"name": "Box", "currency": "RUB", "horizon_months": 12,
 "costs": {"one_time": [{"name": "licence", "amount": 12000}]},
 "benefits": {"monthly": [{"name": "saved time", "amount": 2000}]}})");
  const std::string cloud_eur =
      scratch_file("cloud-eur.json", R"({"name": "Cloud", "currency": "EUR", "horizon_months": 12,
 "costs": {"recurring": [{"name": "subscription", "monthly": 50}]},
 "benefits": {"monthly": [{"name": "saved time", "amount": 80}]}})");
  const std::string cloud_rub =
      scratch_file("cloud-rub.json", R"({"name": "Cloud", "currency": "RUB", "horizon_months": 12,
 "costs": {"recurring": [{"name": "subscription", "monthly": 1500}]},
 "benefits": {"monthly": [{"name": "saved time", "amount": 2000}]}})");
  const std::string note =
      "crmroi: note: the scenarios are in 2 currencies (RUB, EUR); each currency is compared on "
      "its own, amounts are never converted\n";

  SECTION("a table block per currency") {
    const auto result = run_crmroi({"compare", box, cloud_eur, cloud_rub});
    CHECK(result.exit_code == 0);
    CHECK(result.err == note);
    CHECK(result.out ==
          "The scenarios are in 2 currencies (RUB, EUR): each currency is compared on its own; "
          "amounts are never converted.\n"
          "\n"
          "2 scenarios in RUB\n"
          "* marks the best value in each row\n"
          "\n"
          "                            Box          Cloud\n"
          "                    ─────────────  ─────────────\n"
          "Horizon               12 months      12 months\n"
          "Discount rate            0.00 %         0.00 %\n"
          "Total cost (TCO)      12,000.00 *    18,000.00\n"
          "Total benefit         24,000.00      24,000.00\n"
          "Net                   12,000.00 *     6,000.00\n"
          "ROI                    100.00 % *      33.33 %\n"
          "PV ROI                 100.00 % *      33.33 %\n"
          "NPV                   12,000.00 *     6,000.00\n"
          "IRR (annual)           319.61 %            n/a\n"
          "Payback             6.00 months    0.00 months *\n"
          "Discounted payback  6.00 months    0.00 months *\n"
          "Costs\n"
          "  licence             12,000.00\n"
          "  subscription                       18,000.00\n"
          "Benefits\n"
          "  saved time          24,000.00      24,000.00\n"
          "\n"
          "IRR (annual) n/a for Cloud: net cash flow never changes sign\n"
          "\n"
          "1 scenario in EUR\n"
          "* marks the best value in each row\n"
          "\n"
          "                          Cloud\n"
          "                    ─────────────\n"
          "Horizon               12 months\n"
          "Discount rate            0.00 %\n"
          "Total cost (TCO)         600.00\n"
          "Total benefit            960.00\n"
          "Net                      360.00\n"
          "ROI                     60.00 %\n"
          "PV ROI                  60.00 %\n"
          "NPV                      360.00\n"
          "IRR (annual)                n/a\n"
          "Payback             0.00 months\n"
          "Discounted payback  0.00 months\n"
          "Costs\n"
          "  subscription           600.00\n"
          "Benefits\n"
          "  saved time             960.00\n"
          "\n"
          "IRR (annual) n/a for Cloud: net cash flow never changes sign\n");
  }
  SECTION("machine records ranked within their currency, with the same note") {
    const auto result =
        run_crmroi({"compare", "--format", "csv", "--sort", "roi", box, cloud_eur, cloud_rub});
    CHECK(result.exit_code == 0);
    CHECK(result.err == note);
    CHECK(result.out.find(",Box,RUB,1,") != std::string::npos);
    CHECK(result.out.find(",Cloud,RUB,2,") != std::string::npos);
    CHECK(result.out.find(",Cloud,EUR,1,") != std::string::npos);
  }
  SECTION("one currency: no note") {
    const auto result = run_crmroi({"compare", box, cloud_rub});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK(result.out.rfind("2 scenarios in RUB\n", 0) == 0);
  }
}

TEST_CASE("a scenario without an investment case is left out with a message", "[cli][compare]") {
  SECTION("beside others: exit 0") {
    const auto result = run_crmroi_in_source(
        {"compare", "examples/nps-survey.json", "examples/eshop-retailcrm.json"});
    CHECK(result.exit_code == 0);
    CHECK(result.err ==
          "crmroi: examples/nps-survey.json: \"Quarterly customer survey\" has no investment case "
          "(costs, benefits or cash_flows); left out of the comparison\n");
    CHECK(result.out.rfind("1 scenario in RUB\n", 0) == 0);
  }
  SECTION("alone: nothing to compare, invalid data (3)") {
    const auto result = run_crmroi_in_source({"compare", "examples/nps-survey.json"});
    CHECK(result.exit_code == 3);
    CHECK(result.out.empty());
    CHECK(result.err ==
          "crmroi: examples/nps-survey.json: \"Quarterly customer survey\" has no investment case "
          "(costs, benefits or cash_flows); left out of the comparison\n"
          "crmroi: nothing to compare: no scenario has an investment case\n");
  }
}

TEST_CASE("compare with a bad file compares the others and exits 3", "[cli][compare]") {
  const std::string bad = scratch_file("bad.json", "{\"name\": \"x\",\n \"horizon_months\": }");
  const auto result = run_crmroi_in_source({"compare", "examples/autoparts-bitrix24-cloud.json",
                                            bad, "examples/autoparts-retailcrm.json"});
  CHECK(result.exit_code == 3);
  CHECK(without_warnings(result.err).rfind("crmroi: " + bad + ":2:", 0) == 0);
  CHECK(result.out.rfind("2 scenarios in RUB\n", 0) == 0);
}

TEST_CASE("compare -o writes the comparison to a file", "[cli][compare]") {
  const std::string path = scratch_file("comparison.md", "old");
  const auto result = run_crmroi_in_source(compare_args({"--format", "markdown", "-o", path}));
  CHECK(result.exit_code == 0);
  CHECK(result.out.empty());
  CHECK(crmroi::test::read_file(path).rfind(
            "## Comparison: 3 scenarios in RUB\n\nAmounts in RUB. The best value in each row is in "
            "**bold**.\n",
            0) == 0);
}
