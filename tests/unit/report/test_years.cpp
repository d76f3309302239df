// The year-by-year summary (year_summary; README.md, "The seeds' other levers"): the initial month,
// then each year, amounts rounded by telescoping so that the years add up to the totals and the
// present values by year to the present values, to the cent. Expected numbers worked by hand beside
// each check.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <vector>

#include "crmroi/money.hpp"
#include "crmroi/report.hpp"
#include "report_test_scenarios.hpp"

using Catch::Matchers::WithinAbs;
using crmroi::Period;
using crmroi::YearRow;

namespace {

/// An amount in cents as every format shows it: =ROUND(x, 2), half away from zero on 15 digits.
long long cents(double amount) { return std::llround(crmroi::round_half_away(amount, 2) * 100); }

/// Σ member over the rows, in cents (the rows hold cent amounts).
long long cents(const std::vector<YearRow>& rows, double YearRow::*member) {
  long long total = 0;
  for (const YearRow& row : rows) total += cents(row.*member);
  return total;
}

}  // namespace

TEST_CASE("years of yearly cash flows: Initial, Year 1..3, present values as TEI tables them",
          "[years]") {
  crmroi::Scenario scenario = crmroi::test::cash_flow_scenario(
      Period::year, {10000, 5000, 5000, 5000}, {0, 15000, 15000, 15000});
  scenario.discount_rate_percent = 10;
  const crmroi::InvestmentReport investment = *crmroi::evaluate(scenario).investment;
  const std::vector<YearRow> years = crmroi::year_summary(investment, 2);
  REQUIRE(years.size() == 4);
  CHECK(years[0].year == 0);
  CHECK(years[0].first_month == 0);
  CHECK(years[0].last_month == 0);
  CHECK(years[0].cost == 10000.0);
  CHECK(years[0].cumulative == -10000.0);
  CHECK(years[3].first_month == 25);
  CHECK(years[3].last_month == 36);
  // Present values: =5000/1.1 = 4,545.45; =5000/1.1^2 = 4,132.2314; =5000/1.1^3 = 3,756.5740.
  // Rounded each on its own they sum to 22,434.25, a cent short of =ROUND(10000+NPV(10%,...),2)
  // = 22,434.26; telescoped, year 2 is the rounded running total 18,677.69 (=14,545.45 +
  // 4,132.2314 rounded) less 14,545.45 = 4,132.24, and the years add up.
  CHECK(years[1].pv_cost == 4545.45);
  CHECK(years[2].pv_cost == 4132.24);
  CHECK(years[3].pv_cost == 3756.57);
  CHECK(cents(years, &YearRow::pv_cost) == cents(22434.26));
  // Benefits: =15000/1.1 = 13,636.36; running 26,033.06 (=13,636.3636 + 12,396.6942) less
  // 13,636.36 = 12,396.70; 37,302.78 - 26,033.06 = 11,269.72.
  CHECK(years[1].pv_benefit == 13636.36);
  CHECK(years[2].pv_benefit == 12396.7);
  CHECK(years[3].pv_benefit == 11269.72);
  CHECK(years[1].cumulative == 0.0);
  CHECK(years[3].cumulative == 20000.0);
}

TEST_CASE("years of a driver case: a partial last year, the ramp in year 1", "[years]") {
  crmroi::Scenario scenario;
  scenario.name = "30 months";
  scenario.horizon_months = 30;
  scenario.costs = crmroi::Costs{
      .one_time = {{.name = "setup", .amount = 12000}},
      .recurring = {{.name = "fee", .basis = crmroi::RecurringBasis::monthly, .monthly = 1000}}};
  scenario.benefits = crmroi::Benefits{.monthly = {{.name = "saving", .amount = 3000}}};
  scenario.adoption = {.implementation_months = 2, .ramp_months = 2};
  const crmroi::InvestmentReport investment = *crmroi::evaluate(scenario).investment;
  const std::vector<YearRow> years = crmroi::year_summary(investment, 2);
  REQUIRE(years.size() == 4);
  // Year 1: costs 12 x 1,000; benefits (0.5 + 1 x 9) x 3,000 = 28,500 (months 3-12).
  CHECK(years[1].cost == 12000.0);
  CHECK(years[1].benefit == 28500.0);
  CHECK(years[1].net == 16500.0);
  CHECK(years[1].cumulative == 4500.0);  // -12,000 + 16,500
  // Year 3 is months 25-30: 6 months.
  CHECK(years[3].first_month == 25);
  CHECK(years[3].last_month == 30);
  CHECK(years[3].cost == 6000.0);
  CHECK(years[3].benefit == 18000.0);
  CHECK(years[3].cumulative == investment.figures.net);
}

TEST_CASE("quarterly flows fall in the year of the month they end in", "[years]") {
  const crmroi::Scenario scenario = crmroi::test::cash_flow_scenario(
      Period::quarter, {100, 1, 2, 3, 4, 5}, {0, 10, 20, 30, 40, 50});
  const std::vector<YearRow> years =
      crmroi::year_summary(*crmroi::evaluate(scenario).investment, 2);
  REQUIRE(years.size() == 3);    // 15 months: Initial, Year 1 (quarters 1-4), Year 2 (quarter 5)
  CHECK(years[1].cost == 10.0);  // =1+2+3+4
  CHECK(years[1].benefit == 100.0);  // =10+20+30+40
  CHECK(years[2].cost == 5.0);
  CHECK(years[2].last_month == 15);
}

TEST_CASE("on random cases the years add up to the totals and present values, to the cent",
          "[years][random]") {
  std::mt19937_64 random(20261213);
  std::uniform_real_distribution<double> money(0.0, 100000.0);
  std::uniform_real_distribution<double> rate(-20.0, 40.0);
  for (int number = 0; number < 500; ++number) {
    const auto period = static_cast<Period>(number % 3);
    const std::size_t count = 2 + static_cast<std::size_t>(number % 40);
    std::vector<double> costs(count);
    std::vector<double> benefits(count);
    for (std::size_t i = 0; i < count; ++i) {
      costs[i] = std::round(money(random) * 1000) / 1000;  // amounts with tenths of a cent
      benefits[i] = i == 0 ? 0.0 : std::round(money(random) * 1000) / 1000;
    }
    crmroi::Scenario scenario = crmroi::test::cash_flow_scenario(period, costs, benefits);
    scenario.discount_rate_percent = rate(random);
    const crmroi::InvestmentReport investment = *crmroi::evaluate(scenario).investment;
    const crmroi::InvestmentFigures& figures = investment.figures;
    const std::vector<YearRow> years = crmroi::year_summary(investment, 2);
    INFO("scenario " << number);
    CHECK(cents(years, &YearRow::cost) == cents(figures.total_cost));
    CHECK(cents(years, &YearRow::benefit) == cents(figures.total_benefit));
    CHECK(cents(years, &YearRow::net) == cents(figures.net));
    CHECK(cents(years, &YearRow::pv_cost) == cents(figures.pv_cost));
    CHECK(cents(years, &YearRow::pv_benefit) == cents(figures.pv_benefit));
    CHECK(cents(years.back().cumulative) == cents(figures.net));
    long long running = 0;
    for (const YearRow& year : years) {
      running += cents(year.net);
      CHECK(cents(year.cumulative) == running);
    }
  }
}
