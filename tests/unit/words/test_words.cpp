// The words module: the exact sentences it writes from a report's trace, and that it reads the
// trace (not the scenario): a value changed in the trace changes the sentence.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "crmroi/report.hpp"
#include "crmroi/scenario.hpp"
#include "crmroi/scenario_loader.hpp"
#include "crmroi/words.hpp"

using crmroi::Report;
using crmroi::Scenario;

namespace {

/// The README's dress e-shop (examples/eshop-retailcrm.json): 3,000 a month for 6 months; one
/// operator saves 40 min/day over 30 days at 190/h; 5 % more of 300 orders at 300 profit each.
Scenario dress_eshop() {
  Scenario scenario;
  scenario.name = "Dress e-shop on retailCRM";
  scenario.currency = "RUB";
  scenario.horizon_months = 6;
  scenario.business = crmroi::Business{.orders_per_month = 300, .profit_per_order = 300};
  scenario.costs = crmroi::Costs{
      .recurring = {
          {.name = "subscription", .basis = crmroi::RecurringBasis::monthly, .monthly = 3000}}};
  scenario.benefits = crmroi::Benefits{.time_savings = {{.name = "order operator",
                                                         .people = 1,
                                                         .unit = crmroi::TimeUnit::minutes_per_day,
                                                         .amount = 40,
                                                         .days_per_month = 30,
                                                         .hourly_cost = 190}},
                                       .order_uplift = crmroi::OrderUplift{.percent = 5}};
  return scenario;
}

Report worded(const Scenario& scenario, const crmroi::Wording& wording = {}) {
  Report report = crmroi::evaluate(scenario);
  crmroi::words_for_report(report, wording);
  return report;
}

}  // namespace

TEST_CASE("the seed's e-shop lines read as their arithmetic", "[words]") {
  const Report report = worded(dress_eshop());
  const crmroi::InvestmentReport& investment = *report.investment;
  CHECK(investment.cost_lines.at(0).arithmetic == "3,000 a month, months 1\u20136 = 18,000");
  CHECK(investment.benefit_lines.at(0).arithmetic ==
        "1 person \u00d7 40 min/day \u00d7 30 days \u00d7 190/h = 3,800 a month");
  CHECK(investment.benefit_lines.at(1).arithmetic ==
        "5 % of 300 orders = 15 extra orders a month \u00d7 300 profit per order = 4,500 a month");
}

TEST_CASE("the seed's e-shop assumptions, in order", "[words]") {
  const Report report = worded(dress_eshop());
  const std::vector<std::string> expected = {
      "months 0\u20136: month 0 is the start (undiscounted); recurring costs and benefits run "
      "from month 1 unless a line says otherwise",
      "discount rate 0 % a year: present values equal the undiscounted totals",
      "adoption: full benefit from month 1 (no implementation or ramp-up period)",
      "realization: 100 % (default) for \"order operator\": every hour saved counts as useful "
      "work (Nucleus Research suggests 50 % when unsure)"};
  CHECK(report.investment->assumptions == expected);
}

TEST_CASE("only the sentences asked for are written", "[words]") {
  const Report arithmetic_only = worded(dress_eshop(), {.arithmetic = true, .assumptions = false});
  CHECK(arithmetic_only.investment->assumptions.empty());
  CHECK(arithmetic_only.investment->cost_lines.at(0).arithmetic ==
        "3,000 a month, months 1\u20136 = 18,000");
  const Report assumptions_only = worded(dress_eshop(), {.arithmetic = false, .assumptions = true});
  CHECK(assumptions_only.investment->assumptions.size() == 4);
  CHECK(assumptions_only.investment->cost_lines.at(0).arithmetic.empty());
}

TEST_CASE("the words read the trace: a value changed there changes the sentence", "[words]") {
  Report report = crmroi::evaluate(dress_eshop());
  crmroi::InvestmentReport& investment = *report.investment;
  const crmroi::LineBreakdown& line = investment.benefit_lines.at(0);
  const crmroi::TermId people = investment.trace.find(line.terms, "people");
  REQUIRE(people != crmroi::kNoTerm);
  investment.trace.terms[static_cast<std::size_t>(people)].value = 2;
  crmroi::words_for_report(report);
  CHECK(investment.benefit_lines.at(0).arithmetic ==
        "2 people \u00d7 40 min/day \u00d7 30 days \u00d7 190/h = 3,800 a month");
}

TEST_CASE("per-order fees, a derived profit per order and risk read as before", "[words]") {
  Scenario scenario = dress_eshop();
  scenario.horizon_months = 12;
  scenario.adoption = {.implementation_months = 2, .ramp_months = 4};
  scenario.business = crmroi::Business{
      .orders_per_month = 400, .average_order_value = 2000, .gross_margin_percent = 25};
  scenario.costs->recurring.push_back(
      {.name = "fee per order", .basis = crmroi::RecurringBasis::per_order, .per_order = 5});
  scenario.costs->one_time.push_back({.name = "licence", .amount = 10000, .risk_percent = 10});
  scenario.benefits->time_savings[0].risk_percent = 20;
  const Report report = worded(scenario);
  const crmroi::InvestmentReport& investment = *report.investment;
  CHECK(investment.cost_lines.at(0).arithmetic ==
        "10,000 once in month 0, plus 10 % risk = 11,000");
  // 5 x 400 = 2,000 a month for 12 months plus 5 x 20 extra orders x (0+0+.25+.5+.75+1 x 7)
  CHECK(investment.cost_lines.at(2).arithmetic ==
        "5 per order \u00d7 up to 420 orders a month (400 + 20 extra as adoption ramps up), "
        "months 1\u201312 = 24,850");
  CHECK(investment.benefit_lines.at(0).arithmetic ==
        "1 person \u00d7 40 min/day \u00d7 30 days \u00d7 190/h = 3,800 a month, less 20 % risk "
        "= 3,040 a month");
  CHECK(investment.benefit_lines.at(1).arithmetic ==
        "5 % of 400 orders = 20 extra orders a month \u00d7 500 profit per order (2,000 \u00d7 "
        "25 % margin) = 10,000 a month");
  const std::vector<std::string>& notes = investment.assumptions;
  CHECK(std::find(notes.begin(), notes.end(),
                  "profit per order: 2,000 average order \u00d7 25 % gross margin = 500") !=
        notes.end());
  CHECK(std::find(notes.begin(), notes.end(),
                  "\"fee per order\": billed on the baseline orders from month 1, during "
                  "implementation too (set start_month to change this)") != notes.end());
  CHECK(notes.back() ==
        "headline figures are risk-adjusted; \"unadjusted\" holds them before risk");
}

TEST_CASE("a one-time cost after the horizon reads as not counted", "[words]") {
  Scenario scenario = dress_eshop();
  scenario.costs->one_time.push_back({.name = "upgrade", .amount = 5000, .month = 9});
  const Report report = worded(scenario);
  CHECK(report.investment->cost_lines.at(0).arithmetic ==
        "5,000 in month 9, outside the 6-month horizon: not counted");
}

TEST_CASE("explicit cash flows read as their sum, and their assumptions by period", "[words]") {
  Scenario scenario;
  scenario.name = "cash flows";
  scenario.currency = "USD";
  scenario.discount_rate_percent = 10;
  scenario.cash_flows = crmroi::CashFlows{
      .period = crmroi::Period::year, .costs = {10000, 5000, 5000}, .benefits = {0, 20000, 30000}};
  scenario.risk = crmroi::Risk{.costs_percent = 10, .benefits_percent = 20};
  const Report report = worded(scenario);
  const crmroi::InvestmentReport& investment = *report.investment;
  CHECK(investment.cost_lines.at(0).arithmetic ==
        "10,000 + 5,000 + 5,000 = 20,000, plus 10 % risk = 22,000");
  CHECK(investment.benefit_lines.at(0).arithmetic ==
        "0 + 20,000 + 30,000 = 50,000, less 20 % risk = 40,000");
  const std::vector<std::string> expected = {
      "cash flows: yearly, element 0 is the start (undiscounted); horizon 2 years = 24 months",
      "discount rate 10 % a year",
      "payback in months = years \u00d7 12, interpolated linearly inside the year; IRR annualised "
      "from the rate per year",
      "risk: costs raised by 10 %, benefits lowered by 20 %",
      "headline figures are risk-adjusted; \"unadjusted\" holds them before risk"};
  CHECK(investment.assumptions == expected);
}

TEST_CASE("a report without an investment case has nothing to word", "[words]") {
  Scenario scenario;
  scenario.nps = crmroi::NpsSurvey{.promoters = 5, .passives = 3, .detractors = 2};
  Report report = crmroi::evaluate(scenario);
  crmroi::words_for_report(report);
  CHECK_FALSE(report.investment.has_value());
}

TEST_CASE("days per month is called a default only when the file leaves it out", "[words]") {
  const auto assumptions = [](const std::string& days) {
    const crmroi::LoadResult loaded = crmroi::load_scenario(
        R"({"name": "days", "horizon_months": 12, "benefits": {"time_savings": [
            {"name": "managers", "hours_per_day": 1, "hourly_cost": 100)" +
        days + "}]}}");
    REQUIRE(loaded.scenario.has_value());
    return worded(*loaded.scenario).investment->assumptions;
  };
  const std::string note = "days per month: 21 (default) for \"managers\"";
  const std::vector<std::string> left_out = assumptions("");
  CHECK(std::find(left_out.begin(), left_out.end(), note) != left_out.end());
  const std::vector<std::string> given = assumptions(R"(, "days_per_month": 21)");
  CHECK(std::none_of(given.begin(), given.end(),
                     [](const std::string& text) { return text.starts_with("days per month"); }));
}
