// crmroi::test::evaluate_and_word() on explicit cash flows: periods, payback in months, IRR
// annualised, risk.
#include <catch2/catch.hpp>
#include <string>

#include "crmroi/report.hpp"
#include "report_test_scenarios.hpp"

using Catch::Matchers::WithinRel;
using crmroi::InvestmentReport;
using crmroi::Period;
using crmroi::Scenario;
using crmroi::test::cash_flow_scenario;

namespace {

/// The PV ROI example of the README's examples table (Forrester TEI style): set-up 10,000, then
/// 5,000 a year of cost and 15,000 a year of benefit for 3 years at 10 %.
Scenario forrester_example() {
  Scenario scenario =
      cash_flow_scenario(Period::year, {10000, 5000, 5000, 5000}, {0, 15000, 15000, 15000});
  scenario.discount_rate_percent = 10;
  return scenario;
}

}  // namespace

TEST_CASE("PV ROI example as yearly cash flows: PV ROI 66.28 %, ROI 80 %, payback 12 months",
          "[cash_flows][spreadsheet]") {
  const InvestmentReport investment =
      *crmroi::test::evaluate_and_word(forrester_example()).investment;
  CHECK(investment.period == Period::year);
  CHECK(investment.months_per_period == 12);
  CHECK(investment.horizon_months == 36);
  const crmroi::InvestmentFigures& figures = investment.figures;
  CHECK(figures.total_cost == 25000.0);
  CHECK(figures.total_benefit == 45000.0);
  // =(45000-25000)/25000
  CHECK_THAT(figures.roi.value(), WithinRel(0.8, 1e-12));
  // =10000+NPV(10%, 5000, 5000, 5000) ; =NPV(10%, 15000, 15000, 15000)
  CHECK_THAT(figures.pv_cost, WithinRel(22434.259954921108, 1e-9));
  CHECK_THAT(figures.pv_benefit, WithinRel(37302.77986476333, 1e-9));
  // =(pv_benefit-pv_cost)/pv_cost = 66.28 %
  CHECK_THAT(figures.pv_roi.value(), WithinRel(0.6627595445411923, 1e-9));
  CHECK_THAT(figures.npv, WithinRel(14868.519909842224, 1e-9));
  // cumulative -10,000 then 0 at the end of year 1: paid back after 1 year = 12 months
  CHECK(figures.payback_months.value() == 12.0);
  // =IRR({-10000, 10000, 10000, 10000}), a yearly rate already
  CHECK_THAT(figures.irr_annual.value(), WithinRel(0.8392867552141611, 1e-9));
  REQUIRE(figures.periods.size() == 4);
  CHECK(figures.periods[2].period == 2);
  CHECK(figures.periods[2].month == 24);
  CHECK(figures.periods[2].net == 10000.0);
  CHECK(figures.periods[3].cumulative == 20000.0);
}

TEST_CASE("cash-flow lines show their arithmetic and the period assumptions",
          "[cash_flows][arithmetic]") {
  const InvestmentReport investment =
      *crmroi::test::evaluate_and_word(forrester_example()).investment;
  REQUIRE(investment.cost_lines.size() == 1);
  CHECK(investment.cost_lines[0].kind == "cash_flows");
  CHECK(investment.cost_lines[0].arithmetic == "10,000 + 5,000 + 5,000 + 5,000 = 25,000");
  CHECK(investment.benefit_lines[0].arithmetic == "0 + 15,000 + 15,000 + 15,000 = 45,000");
  CHECK(investment.assumptions.at(0) ==
        "cash flows: yearly, element 0 is the start (undiscounted); horizon 3 years = 36 months");
  CHECK(investment.assumptions.at(1) == "discount rate 10 % a year");
}

TEST_CASE("payback example: cumulative -50, -40, -27, -11, +8 a year -> 42.95 months",
          "[cash_flows][payback]") {
  const InvestmentReport investment =
      *crmroi::test::evaluate_and_word(
           cash_flow_scenario(Period::year, {50, 0, 0, 0, 0}, {0, 10, 13, 16, 19}))
           .investment;
  const crmroi::InvestmentFigures& figures = investment.figures;
  CHECK(figures.periods[0].cumulative == -50.0);
  CHECK(figures.periods[1].cumulative == -40.0);
  CHECK(figures.periods[2].cumulative == -27.0);
  CHECK(figures.periods[3].cumulative == -11.0);
  CHECK(figures.periods[4].cumulative == 8.0);
  // (3 + 11/19) years x 12
  REQUIRE(figures.payback_months.is_defined());
  CHECK_THAT(figures.payback_months.value(), WithinRel(42.94736842105263, 1e-12));
}

TEST_CASE("quarterly flows: the discount rate per quarter, IRR annualised with 4 periods a year",
          "[cash_flows][spreadsheet]") {
  Scenario scenario =
      cash_flow_scenario(Period::quarter, {1000, 0, 0, 0, 0}, {0, 300, 300, 300, 300});
  scenario.discount_rate_percent = 10;
  const InvestmentReport investment = *crmroi::test::evaluate_and_word(scenario).investment;
  CHECK(investment.horizon_months == 12);
  CHECK(investment.assumptions.at(1) == "discount rate 10 % a year = 2.411 % a quarter");
  const crmroi::InvestmentFigures& figures = investment.figures;
  // q = 1.1^(1/4)-1 ; =-1000+NPV(q, 300, 300, 300, 300)
  CHECK_THAT(figures.npv, WithinRel(131.00600979051052, 1e-9));
  // =(1+IRR({-1000,300,300,300,300}))^4-1
  CHECK_THAT(figures.irr_annual.value(), WithinRel(0.3461273642601319, 1e-9));
  // cumulative -100 after quarter 3, +200 after quarter 4: 3 + 100/300 quarters = 10 months
  CHECK_THAT(figures.payback_months.value(), WithinRel(10.0, 1e-12));
  CHECK(figures.periods[4].month == 12);
}

TEST_CASE("top-level risk adjusts explicit cash flows and keeps the unadjusted figures",
          "[cash_flows][risk]") {
  Scenario scenario = forrester_example();
  scenario.risk = crmroi::Risk{.costs_percent = 10, .benefits_percent = 20};
  const InvestmentReport investment = *crmroi::test::evaluate_and_word(scenario).investment;
  REQUIRE(investment.risk_adjusted);
  // 25,000 x 1.1 ; 45,000 x 0.8 ; =(36000-27500)/27500
  CHECK_THAT(investment.figures.total_cost, WithinRel(27500.0, 1e-12));
  CHECK_THAT(investment.figures.total_benefit, WithinRel(36000.0, 1e-12));
  CHECK_THAT(investment.figures.roi.value(), WithinRel(8500.0 / 27500.0, 1e-12));
  REQUIRE(investment.unadjusted.has_value());
  CHECK_THAT(investment.unadjusted->pv_roi.value(), WithinRel(0.6627595445411923, 1e-9));
  CHECK(investment.cost_lines[0].arithmetic ==
        "10,000 + 5,000 + 5,000 + 5,000 = 25,000, plus 10 % risk = 27,500");
  CHECK(investment.benefit_lines[0].arithmetic ==
        "0 + 15,000 + 15,000 + 15,000 = 45,000, less 20 % risk = 36,000");
}

TEST_CASE("long cash-flow arrays are summarised in the arithmetic", "[cash_flows][arithmetic]") {
  const InvestmentReport investment =
      *crmroi::test::evaluate_and_word(cash_flow_scenario(Period::month,
                                                          {100, 10, 10, 10, 10, 10, 10},
                                                          {0, 30, 30, 30, 30, 30, 30}))
           .investment;
  CHECK(investment.cost_lines[0].arithmetic == "7 monthly flows = 160");
  CHECK(investment.horizon_months == 6);
  // cumulative -100, -80, -60, -40, -20, 0: paid back at month 5
  CHECK(investment.figures.payback_months.value() == 5.0);
}

TEST_CASE("cash flows evaluated without words have the same figures and no sentences",
          "[cash_flows]") {
  const InvestmentReport full = *crmroi::test::evaluate_and_word(forrester_example()).investment;
  const InvestmentReport lean = *crmroi::evaluate(forrester_example()).investment;
  CHECK(full.assumptions.size() == 3);
  CHECK(lean.assumptions.empty());
  CHECK(lean.cost_lines.at(0).arithmetic.empty());
  CHECK(lean.benefit_lines.at(0).arithmetic.empty());
  CHECK(lean.figures.npv == full.figures.npv);
  CHECK(lean.figures.pv_roi == full.figures.pv_roi);
}
