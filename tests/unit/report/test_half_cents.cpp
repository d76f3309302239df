// Half cents round as a spreadsheet's =ROUND(SUM(...), 2) does: totals and nets are summed and
// subtracted so that an amount whose exact decimal value ends in 5 at the third decimal keeps
// that 5 within 15 significant digits, and rounds away from zero. Expected values are the exact
// decimal sums of the inputs, worked by hand.
#include <catch2/catch.hpp>

#include "crmroi/money.hpp"
#include "crmroi/report.hpp"
#include "report_test_scenarios.hpp"

using crmroi::evaluate;
using crmroi::Period;
using crmroi::Report;
using crmroi::round_half_away;
using crmroi::Scenario;

namespace {

Scenario monthly_costs(int horizon_months, double one_time, double monthly, double benefit) {
  Scenario scenario;
  scenario.name = "half cents";
  scenario.currency = "RUB";
  scenario.horizon_months = horizon_months;
  scenario.costs = crmroi::Costs{
      .one_time = {{.name = "setup", .amount = one_time}},
      .recurring = {{.name = "fee", .basis = crmroi::RecurringBasis::monthly, .monthly = monthly}}};
  scenario.benefits = crmroi::Benefits{.monthly = {{.name = "saving", .amount = benefit}}};
  return scenario;
}

}  // namespace

TEST_CASE("a total of 60 months ending in half a cent rounds up: 699,185.765 -> 699,185.77",
          "[report][rounding]") {
  // 14,309.465 + 60 x 11,414.605 = 14,309.465 + 684,876.3 = 699,185.765 exactly; a naive
  // running sum of the 60 months lands at 699,185.76499999... and rounded to .76.
  const Report report = evaluate(monthly_costs(60, 14309.465, 11414.605, 20000));
  const auto& figures = report.investment->figures;
  CHECK(round_half_away(figures.total_cost, 2) == 699185.77);
  // =ROUND(SUM(benefits)-SUM(costs), 2): 1,200,000 - 699,185.765 = 500,814.235 -> .24
  CHECK(round_half_away(figures.net, 2) == 500814.24);
  // The cumulative net of the last month is the same sum.
  CHECK(round_half_away(figures.periods.back().cumulative, 2) == 500814.24);
}

TEST_CASE("a net that is an exact half cent rounds away from zero: 61,890.975 -> 61,890.98",
          "[report][rounding]") {
  // Benefits 36 x 2,777.78 = 100,000.08; costs 38,109.105 once: net 61,890.975 exactly.
  const Report report = evaluate(monthly_costs(36, 38109.105, 0, 2777.78));
  const auto& figures = report.investment->figures;
  CHECK(round_half_away(figures.total_benefit, 2) == 100000.08);
  CHECK(round_half_away(figures.net, 2) == 61890.98);
  // And below zero, away from zero too: costs 100,000.08, benefits 38,109.105.
  const Report negative =
      evaluate(crmroi::test::cash_flow_scenario(Period::year, {100000.08, 0}, {0, 38109.105}));
  CHECK(round_half_away(negative.investment->figures.net, 2) == -61890.98);
}
