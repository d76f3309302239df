// Every worked example of the README's examples table reproduced end to end through `crmroi calc
// --format json`, from the example files (or a small scenario on standard input where no example
// holds it). The spreadsheet formula that gives the same number is named in each case.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "run_process.hpp"

using Catch::Matchers::WithinAbs;
using crmroi::test::run_crmroi;
using crmroi::test::source_path;
using nlohmann::json;

namespace {

json calc_json(const std::string& example) {
  const auto result = run_crmroi({"calc", "--format", "json", source_path("examples/" + example)});
  INFO("stderr: " << result.err);
  REQUIRE(result.exit_code == 0);
  REQUIRE(result.err.empty());
  return json::parse(result.out);
}

json calc_json_stdin(const std::string& scenario) {
  crmroi::test::ProcessOptions options;
  options.stdin_text = scenario;
  const auto result = run_crmroi({"calc", "--format", "json", "-"}, options);
  INFO("stderr: " << result.err);
  REQUIRE(result.exit_code == 0);
  return json::parse(result.out);
}

}  // namespace

TEST_CASE("worked example: dress e-shop ROI 176.67 % and payback 0 through calc --format json",
          "[cli][calc][worked]") {
  const json report = calc_json("eshop-retailcrm.json");
  CHECK(report["total_cost"] == 18000);     // =6*3000
  CHECK(report["total_benefit"] == 49800);  // =6*(3800+4500)
  // =(49800-18000)/18000*100
  CHECK_THAT(report["roi_percent"].get<double>(), WithinAbs(176.6666666667, 1e-10));
  CHECK(report["payback_months"] == 0);
}

TEST_CASE("worked example: ROMI of Direct 248.92 %, AdWords 239.92 %, newspaper 25 %",
          "[cli][calc][worked]") {
  const json channels = calc_json("ad-channels.json")["marketing"]["channels"];
  REQUIRE(channels.size() == 3);
  // =(9700-2780)/2780*100, =(8600-2530)/2530*100, =(5000-4000)/4000*100
  CHECK_THAT(channels[0]["romi_percent"].get<double>(), WithinAbs(248.9208633094, 1e-10));
  CHECK_THAT(channels[1]["romi_percent"].get<double>(), WithinAbs(239.9209486166, 1e-10));
  CHECK(channels[2]["romi_percent"] == 25);
}

TEST_CASE("worked example: rubber ducks marketing ROI on gross profit 260 %",
          "[cli][calc][worked]") {
  const json channel = calc_json("rubber-ducks.json")["marketing"]["channels"][0];
  CHECK(channel["marketing_roi_percent"] == 260);  // =(15*800*(2.5-1)-5000)/5000*100
}

TEST_CASE("worked example: quarter CAC 10,000 and expense-to-revenue 0.15", "[cli][calc][worked]") {
  const json acquisition = calc_json("quarter-cac.json")["acquisition"];
  CHECK(acquisition["cac"] == 10000);                          // =450000/45
  CHECK(acquisition["marketing_expense_to_revenue"] == 0.15);  // =210000/1400000
}

TEST_CASE("worked example: CAC payback 15.38 months, LTV 32,500, LTV:CAC 3.25",
          "[cli][calc][worked]") {
  const json unit = calc_json("subscription-customer.json")["unit_economics"];
  // =10000/(1200-550)
  CHECK_THAT(unit["cac_payback_months"].get<double>(), WithinAbs(15.3846153846, 1e-10));
  CHECK(unit["ltv"] == 32500);        // =650/0.02
  CHECK(unit["ltv_to_cac"] == 3.25);  // =32500/10000
}

TEST_CASE("worked example: PV ROI 66.28 % (ROI 80 %), payback 12 months on yearly flows at 10 %",
          "[cli][calc][worked]") {
  const json report = calc_json("forrester-style-cash-flows.json");
  // =((0+NPV(10%,15000,15000,15000))-(10000+NPV(10%,5000,5000,5000)))/(10000+NPV(10%,5000,5000,5000))
  CHECK_THAT(report["pv_roi_percent"].get<double>(), WithinAbs(66.2759544541, 1e-10));
  CHECK(report["roi_percent"] == 80);
  CHECK(report["payback_months"] == 12);
}

TEST_CASE("worked example: payback 3 + 11/19 years = 42.95 months, interpolated",
          "[cli][calc][worked]") {
  const json report = calc_json_stdin(
      R"({"name": "payback", "cash_flows": {"period": "year",
          "costs": [50, 0, 0, 0, 0], "benefits": [0, 10, 13, 16, 19]}})");
  // cumulative -50, -40, -27, -11, +8: =(3+11/19)*12
  CHECK_THAT(report["payback_months"].get<double>(), WithinAbs(42.9473684211, 1e-10));
}

TEST_CASE("worked example: lead close rate 25 / 3,000 = 0.83 %", "[cli][calc][worked]") {
  const json report = calc_json_stdin(
      R"({"name": "leads", "acquisition": {"sales_marketing_cost": 75000,
          "new_customers": 25, "leads": 3000}})");
  // =25/3000*100
  CHECK_THAT(report["acquisition"]["lead_close_rate_percent"].get<double>(),
             WithinAbs(0.8333333333, 1e-10));
  CHECK(report["acquisition"]["cac"] == 3000);  // =75000/25
}

TEST_CASE("worked example: NPS survey from raw scores", "[cli][calc][worked]") {
  const json nps = calc_json("nps-survey.json")["nps"];
  CHECK(nps["promoters"] == 9);
  CHECK(nps["passives"] == 6);
  CHECK(nps["detractors"] == 5);
  CHECK(nps["nps"] == 20);  // =(9-5)/20*100
}
