// Every file in examples/ loads and evaluates to the numbers its "_source" promises. Expected
// values of the illustrative files were computed independently (python3) from the same drivers.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "crmroi/report.hpp"
#include "crmroi/scenario_loader.hpp"

using Catch::Matchers::WithinRel;
using crmroi::Report;

namespace {

Report evaluate_example(const std::string& file) {
  const std::string path = std::string(CRMROI_SOURCE_DIR) + "/examples/" + file;
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream text;
  text << in.rdbuf();
  const crmroi::LoadResult loaded = crmroi::load_scenario(text.str());
  std::string problems;
  for (const crmroi::Problem& problem : loaded.problems) {
    problems += file + ": at " + problem.json_pointer + ": " + problem.message + "\n";
  }
  INFO(problems);
  REQUIRE(loaded.problems.empty());
  REQUIRE(loaded.scenario.has_value());
  return crmroi::evaluate(*loaded.scenario);
}

const crmroi::InvestmentFigures& figures_of(const Report& report) {
  REQUIRE(report.investment.has_value());
  return report.investment->figures;
}

}  // namespace

TEST_CASE("example eshop-retailcrm.json: ROI 176.67 %, payback 0", "[examples]") {
  const Report report = evaluate_example("eshop-retailcrm.json");
  const crmroi::InvestmentFigures& figures = figures_of(report);
  CHECK_THAT(figures.total_cost, WithinRel(18000.0, 1e-12));
  CHECK_THAT(figures.total_benefit, WithinRel(49800.0, 1e-12));
  // =(49800-18000)/18000
  CHECK_THAT(figures.roi.value(), WithinRel(31800.0 / 18000.0, 1e-12));
  CHECK(figures.payback_months.value() == 0.0);
}

TEST_CASE("example rubber-ducks.json: marketing ROI 260 %", "[examples]") {
  const Report report = evaluate_example("rubber-ducks.json");
  REQUIRE(report.channels.size() == 1);
  // =((30000-12000)-5000)/5000
  CHECK_THAT(report.channels[0].marketing_roi.value(), WithinRel(2.6, 1e-12));
}

TEST_CASE("example ad-channels.json: ROMI 248.92 %, 239.92 %, 25 %", "[examples]") {
  const Report report = evaluate_example("ad-channels.json");
  REQUIRE(report.channels.size() == 3);
  CHECK_THAT(report.channels[0].romi.value(), WithinRel((9700.0 - 2780.0) / 2780.0, 1e-12));
  CHECK_THAT(report.channels[1].romi.value(), WithinRel((8600.0 - 2530.0) / 2530.0, 1e-12));
  CHECK_THAT(report.channels[2].romi.value(), WithinRel(0.25, 1e-12));
}

TEST_CASE("example quarter-cac.json: CAC 10,000, expense-to-revenue 0.15", "[examples]") {
  const Report report = evaluate_example("quarter-cac.json");
  REQUIRE(report.acquisition.has_value());
  CHECK_THAT(report.acquisition->cac.value(), WithinRel(10000.0, 1e-12));
  CHECK_THAT(report.acquisition->marketing_expense_to_revenue.value(), WithinRel(0.15, 1e-12));
}

TEST_CASE("example subscription-customer.json: CAC payback 15.38, LTV 32,500", "[examples]") {
  const Report report = evaluate_example("subscription-customer.json");
  REQUIRE(report.unit_economics.has_value());
  const crmroi::UnitEconomicsReport& unit = *report.unit_economics;
  CHECK_THAT(unit.cac_payback_months.value(), WithinRel(10000.0 / 650.0, 1e-12));
  CHECK_THAT(unit.ltv.value(), WithinRel(32500.0, 1e-12));
  // d = 1.1^(1/12)-1 ; =650/(1+d-0.98)
  CHECK_THAT(unit.ltv_discounted.value(), WithinRel(23235.745228775613, 1e-9));
  CHECK_THAT(unit.ltv_to_cac.value(), WithinRel(3.25, 1e-12));
}

TEST_CASE("example nps-survey.json: 9 promoters, 6 passives, 5 detractors, NPS 20", "[examples]") {
  const Report report = evaluate_example("nps-survey.json");
  REQUIRE(report.nps.has_value());
  CHECK(report.nps->promoters == 9);
  CHECK(report.nps->passives == 6);
  CHECK(report.nps->detractors == 5);
  CHECK_THAT(report.nps->nps.value(), WithinRel(20.0, 1e-12));
}

TEST_CASE("example autoparts-bitrix24-onpremise.json: 420,000 up front, ROI 325.03 %",
          "[examples]") {
  const crmroi::InvestmentFigures figures =
      figures_of(evaluate_example("autoparts-bitrix24-onpremise.json"));
  // 45,000 + 375,000 ; 56,670 a month x (0.5 + 31 months)
  CHECK_THAT(figures.total_cost, WithinRel(420000.0, 1e-12));
  CHECK_THAT(figures.total_benefit, WithinRel(1785105.0, 1e-12));
  CHECK_THAT(figures.roi.value(), WithinRel(3.25025, 1e-12));
  CHECK_THAT(figures.pv_roi.value(), WithinRel(2.6139825575894755, 1e-9));
  CHECK_THAT(figures.npv, WithinRel(1097872.6741875794, 1e-9));
  CHECK_THAT(figures.payback_months.value(), WithinRel(11.91132874536792, 1e-9));
}

TEST_CASE("example autoparts-bitrix24-cloud.json: 300,000 + 5,490 a month, ROI 270.10 %",
          "[examples]") {
  const crmroi::InvestmentFigures figures =
      figures_of(evaluate_example("autoparts-bitrix24-cloud.json"));
  // 300,000 + 5,490 x 36
  CHECK_THAT(figures.total_cost, WithinRel(497640.0, 1e-12));
  CHECK_THAT(figures.roi.value(), WithinRel(2.7010188087774294, 1e-12));
  CHECK_THAT(figures.npv, WithinRel(1101339.7569640588, 1e-9));
  CHECK_THAT(figures.payback_months.value(), WithinRel(9.737104337631887, 1e-9));
}

TEST_CASE("example autoparts-retailcrm.json: 45,000 + 10 per order, ROI 299.48 %", "[examples]") {
  const crmroi::InvestmentFigures figures =
      figures_of(evaluate_example("autoparts-retailcrm.json"));
  // 45,000 + 10 x (1,200 x 36 + 36 extra x 34.5 adoption-months)
  CHECK_THAT(figures.total_cost, WithinRel(489420.0, 1e-12));
  CHECK_THAT(figures.roi.value(), WithinRel(2.9947591026112543, 1e-12));
  CHECK_THAT(figures.pv_roi.value(), WithinRel(2.9151146651018554, 1e-9));
  CHECK_THAT(figures.payback_months.value(), WithinRel(2.9218009478672986, 1e-9));
}

TEST_CASE("example travel-agency.json: risk-adjusted ROI 178.61 %, unadjusted 283.09 %",
          "[examples]") {
  const Report report = evaluate_example("travel-agency.json");
  REQUIRE(report.investment.has_value());
  REQUIRE(report.investment->risk_adjusted);
  const crmroi::InvestmentFigures& figures = report.investment->figures;
  CHECK_THAT(figures.total_cost, WithinRel(139837.5, 1e-12));
  CHECK_THAT(figures.roi.value(), WithinRel(1.7860909984803799, 1e-9));
  CHECK_THAT(figures.npv, WithinRel(202684.62103409955, 1e-9));
  CHECK_THAT(figures.payback_months.value(), WithinRel(11.601188537935524, 1e-9));
  REQUIRE(report.investment->unadjusted.has_value());
  CHECK_THAT(report.investment->unadjusted->roi.value(), WithinRel(2.83087512291052, 1e-9));
}

TEST_CASE("example forrester-style-cash-flows.json: PV ROI 66.28 %", "[examples]") {
  const crmroi::InvestmentFigures figures =
      figures_of(evaluate_example("forrester-style-cash-flows.json"));
  CHECK_THAT(figures.pv_roi.value(), WithinRel(0.6627595445411923, 1e-9));
  CHECK_THAT(figures.roi.value(), WithinRel(0.8, 1e-12));
  CHECK(figures.payback_months.value() == 12.0);
}

// The examples of issue 13's levers and growth: expected values from an independent
// month-by-month model of the levers (README.md, "The seeds' other levers") in python3 (each
// month's adoption factor, growth (1 + g)^(y - 1), extra orders ramped, the average-order uplift on
// them ramped twice), not from crmroi's own formulas.

TEST_CASE("example distributor-seed-levers.json: the seeds' levers with growth, ROI 171.26 %",
          "[examples][levers]") {
  const Report report = evaluate_example("distributor-seed-levers.json");
  const crmroi::InvestmentFigures& figures = figures_of(report);
  CHECK_THAT(figures.total_cost, WithinRel(1365750.0, 1e-12));
  CHECK_THAT(figures.total_benefit, WithinRel(3704764.5, 1e-12));
  CHECK_THAT(figures.roi.value(), WithinRel(1.7126227347611203, 1e-9));
  CHECK_THAT(figures.npv, WithinRel(1826525.1137584026, 1e-9));
  CHECK_THAT(figures.pv_roi.value(), WithinRel(1.5032665710955726, 1e-9));
  CHECK_THAT(figures.irr_annual.value(), WithinRel(2.2966439444305355, 1e-6));
  CHECK_THAT(figures.payback_months.value(), WithinRel(10.99010353227771, 1e-9));
  const std::vector<crmroi::LineBreakdown>& benefits = report.investment->benefit_lines;
  REQUIRE(benefits.size() == 3);
  CHECK(benefits[0].kind == "conversion_uplift");
  CHECK(benefits[1].kind == "average_order_uplift");
  CHECK(benefits[2].kind == "cost_reduction");
}

TEST_CASE("example growing-team-cloud-crm.json: a three-year case that grows, ROI 277.17 %",
          "[examples][levers]") {
  const crmroi::InvestmentFigures figures =
      figures_of(evaluate_example("growing-team-cloud-crm.json"));
  CHECK_THAT(figures.total_cost, WithinRel(823822.8, 1e-12));
  CHECK_THAT(figures.total_benefit, WithinRel(3107236.8, 1e-12));
  CHECK_THAT(figures.roi.value(), WithinRel(2.7717295515491895, 1e-9));
  CHECK_THAT(figures.npv, WithinRel(1882705.3261822949, 1e-9));
  CHECK_THAT(figures.pv_roi.value(), WithinRel(2.5116120254789447, 1e-9));
  CHECK_THAT(figures.irr_annual.value(), WithinRel(3.83601601604349, 1e-6));
  CHECK_THAT(figures.payback_months.value(), WithinRel(8.250816866345106, 1e-9));
}

TEST_CASE("example tei-style-named-lines.json: TEI tables by line, PV ROI 26.01 %",
          "[examples][lines]") {
  const Report report = evaluate_example("tei-style-named-lines.json");
  const crmroi::InvestmentFigures& figures = figures_of(report);
  CHECK(report.investment->risk_adjusted);
  CHECK(report.investment->cost_lines.size() == 3);
  CHECK(report.investment->benefit_lines.size() == 3);
  CHECK_THAT(figures.total_cost, WithinRel(509030.0, 1e-12));
  CHECK_THAT(figures.total_benefit, WithinRel(715500.0, 1e-12));
  CHECK_THAT(figures.roi.value(), WithinRel(0.40561460031825236, 1e-9));
  CHECK_THAT(figures.npv, WithinRel(120171.67543200596, 1e-9));
  CHECK_THAT(figures.pv_roi.value(), WithinRel(0.2600909147822295, 1e-9));
  CHECK_THAT(figures.irr_annual.value(), WithinRel(0.32930882884877644, 1e-6));
  CHECK_THAT(figures.payback_months.value(), WithinRel(24.327884298299338, 1e-9));
}
