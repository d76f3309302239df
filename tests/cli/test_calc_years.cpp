// The year-by-year summary and the CSV tables of issue 13 through the binary: `years` in JSON,
// `calc --format csv --yearly` and `--lines`, their usage errors; and calc's figures against the
// spreadsheet formulas a finance lead would build from the same monthly flows.
#include <catch2/catch.hpp>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "run_process.hpp"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using crmroi::test::run_crmroi;
using crmroi::test::source_path;
using nlohmann::json;

namespace {

// A growing shop with every new lever (README.md, "The seeds' other levers"), 3 years at 10 %.
constexpr const char* kGrowingShop = R"({
  "name": "growing shop", "currency": "RUB", "horizon_months": 36, "discount_rate_percent": 10,
  "business": { "orders_per_month": 1000, "profit_per_order": 1125, "leads_per_month": 1500,
                "close_rate_percent": 20, "growth_percent_per_year": 10 },
  "costs": { "one_time": [ { "name": "setup", "amount": 900000 } ],
             "recurring": [ { "name": "fee", "per_order": 5, "growth_percent_per_year": 5 },
                            { "name": "seats", "per_user": 1000, "users": 10,
                              "growth_percent_per_year": 20 } ] },
  "benefits": { "conversion_uplift": { "points": 1.5 },
                "average_order_uplift": { "percent": 4, "risk_percent": 20 },
                "cost_reductions": [ { "name": "admin", "monthly_cost": 60000, "percent": 15,
                                       "growth_percent_per_year": -10 } ] },
  "adoption": { "implementation_months": 3, "ramp_months": 4 }
})";

json calc_json_of(const std::string& scenario) {
  crmroi::test::ProcessOptions options;
  options.stdin_text = scenario;
  const auto result = run_crmroi({"calc", "--format", "json", "-"}, options);
  INFO("stderr: " << result.err);
  REQUIRE(result.exit_code == 0);
  return json::parse(result.out);
}

/// LibreOffice's =NPV(r; v1:vn) + v0: month 0 undiscounted, the others at r a month.
double libreoffice_npv(const std::vector<double>& flows, double rate) {
  double npv = flows.front();
  for (std::size_t i = 1; i < flows.size(); ++i) npv += flows[i] / std::pow(1.0 + rate, double(i));
  return npv;
}

}  // namespace

TEST_CASE("calc json of every new lever agrees with a spreadsheet built from its months",
          "[cli][calc][years][spreadsheet]") {
  const json report = calc_json_of(kGrowingShop);
  std::vector<double> costs;
  std::vector<double> benefits;
  std::vector<double> nets;
  for (const json& month : report["months"]) {
    costs.push_back(month["cost"]);
    benefits.push_back(month["benefit"]);
    nets.push_back(month["net"]);
  }
  REQUIRE(nets.size() == 37);
  // The months as printed (to the cent) give the totals: =SUM(B2:B38), =SUM(C2:C38).
  double total_cost = 0;
  double total_benefit = 0;
  for (std::size_t i = 0; i < nets.size(); ++i) {
    total_cost += costs[i];
    total_benefit += benefits[i];
  }
  CHECK_THAT(report["total_cost"].get<double>(), WithinAbs(total_cost, 0.005 * 37));
  CHECK_THAT(report["total_benefit"].get<double>(), WithinAbs(total_benefit, 0.005 * 37));
  // ROI =(SUM(C)-SUM(B))/SUM(B)*100
  CHECK_THAT(report["roi_percent"].get<double>(),
             WithinRel((total_benefit - total_cost) / total_cost * 100, 1e-6));
  // NPV =D2+NPV((1+10%)^(1/12)-1; D3:D38), on the printed months (each off by at most half a
  // cent, so the NPV by at most 37 half cents).
  const double monthly_rate = std::pow(1.10, 1.0 / 12.0) - 1.0;
  CHECK_THAT(report["npv"].get<double>(), WithinAbs(libreoffice_npv(nets, monthly_rate), 0.2));
  CHECK_THAT(report["pv_cost"].get<double>(), WithinAbs(libreoffice_npv(costs, monthly_rate), 0.2));
  // IRR =(1+IRR(D2:D38))^12-1: at the monthly rate calc reports, the spreadsheet's NPV is 0
  // (to the printed months' half cents, against flows of millions).
  const double irr_monthly =
      std::pow(1.0 + report["irr_annual_percent"].get<double>() / 100.0, 1.0 / 12.0) - 1.0;
  CHECK(std::fabs(libreoffice_npv(nets, irr_monthly)) < 0.5);
  // The years add up to the totals, and the present values by year to the present values.
  const json& years = report["years"];
  REQUIRE(years.size() == 4);
  double cost = 0, benefit = 0, net = 0, pv_cost = 0, pv_benefit = 0;
  for (const json& year : years) {
    cost += year["cost"].get<double>();
    benefit += year["benefit"].get<double>();
    net += year["net"].get<double>();
    pv_cost += year["pv_cost"].get<double>();
    pv_benefit += year["pv_benefit"].get<double>();
  }
  CHECK_THAT(cost, WithinAbs(report["total_cost"].get<double>(), 0.001));
  CHECK_THAT(benefit, WithinAbs(report["total_benefit"].get<double>(), 0.001));
  CHECK_THAT(net, WithinAbs(report["net"].get<double>(), 0.001));
  CHECK_THAT(pv_cost, WithinAbs(report["pv_cost"].get<double>(), 0.001));
  CHECK_THAT(pv_benefit, WithinAbs(report["pv_benefit"].get<double>(), 0.001));
  CHECK(years[3]["cumulative"] == report["net"]);
  // Year 2 is months 13-24 of the printed months: =SUM(B15:B26)
  double year_two = 0;
  for (int m = 13; m <= 24; ++m) year_two += costs[static_cast<std::size_t>(m)];
  CHECK_THAT(years[2]["cost"].get<double>(), WithinAbs(year_two, 0.07));
}

TEST_CASE("a horizon of 12 months or less has no years in JSON", "[cli][calc][years]") {
  const auto result =
      run_crmroi({"calc", "--format", "json", source_path("examples/eshop-retailcrm.json")});
  REQUIRE(result.exit_code == 0);
  CHECK_FALSE(json::parse(result.out).contains("years"));
}

TEST_CASE("calc --format csv --yearly prints the year-by-year table, --lines the lines",
          "[cli][calc][years][csv]") {
  const auto yearly = run_crmroi({"calc", "--format", "csv", "--yearly",
                                  source_path("examples/forrester-style-cash-flows.json")});
  REQUIRE(yearly.exit_code == 0);
  const std::string source = source_path("examples/forrester-style-cash-flows.json");
  const std::string prefix = source + ",,Forrester-style business case (yearly cash flows),";
  CHECK(yearly.out ==
        "source,line,scenario,year,first_month,last_month,cost,benefit,net,cumulative,pv_cost,"
        "pv_benefit\n" +
            prefix + "0,0,0,10000,0,-10000,-10000,10000,0\n" + prefix +
            "1,1,12,5000,15000,10000,0,4545.45,13636.36\n" + prefix +
            "2,13,24,5000,15000,10000,10000,4132.24,12396.7\n" + prefix +
            "3,25,36,5000,15000,10000,20000,3756.57,11269.72\n");
  const auto lines = run_crmroi(
      {"calc", "--format", "csv", "--lines", source_path("examples/eshop-retailcrm.json")});
  REQUIRE(lines.exit_code == 0);
  const std::string shop =
      source_path("examples/eshop-retailcrm.json") + ",,Dress e-shop on retailCRM,";
  CHECK(lines.out ==
        "source,line,scenario,side,name,kind,total,total_unadjusted,risk_percent,present_value,"
        "arithmetic\n" +
            shop +
            "cost,\"subscription, 10 per order\",recurring,18000,18000,0,,\"3,000 a month, "
            "months 1\u20136 = 18,000\"\n" +
            shop +
            "benefit,order operator,time_savings,22800,22800,0,,\"1 person \u00d7 40 "
            "min/day \u00d7 30 days \u00d7 190/h = 3,800 a month\"\n" +
            shop +
            "benefit,order uplift,order_uplift,27000,27000,0,,\"5 % of 300 orders = 15 "
            "extra orders a month \u00d7 300 profit per order = 4,500 a month\"\n");
}

TEST_CASE("calc: --yearly and --lines belong to CSV, one table at a time (usage errors, exit 2)",
          "[cli][calc][years][usage]") {
  const std::string file = source_path("examples/eshop-retailcrm.json");
  const auto table = run_crmroi({"calc", "--yearly", file});
  CHECK(table.exit_code == 2);
  CHECK(table.out.empty());
  CHECK(
      table.err.starts_with("crmroi: --yearly applies to --format csv only (tables, Markdown "
                            "and JSON show the years and the lines already)\n"));
  const auto json_lines = run_crmroi({"calc", "--format", "json", "--lines", file});
  CHECK(json_lines.exit_code == 2);
  CHECK(json_lines.err.starts_with("crmroi: --lines applies to --format csv only"));
  const auto both = run_crmroi({"calc", "--format", "csv", "--yearly", "--monthly", file});
  CHECK(both.exit_code == 2);
  CHECK(both.err.starts_with(
      "crmroi: give one of --monthly, --yearly, --lines with --format csv: each is a table of "
      "its own\n"));
}
