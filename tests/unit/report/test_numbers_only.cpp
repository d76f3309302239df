// The numbers-only evaluation (evaluate_numbers) against the full one (evaluate): the same
// headline figures to the bit (identical doubles, identical reasons), on every example, on the
// test scenarios, and on thousands of random scenarios, with one workspace reused throughout.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "crmroi/cash_flow.hpp"
#include "crmroi/report.hpp"
#include "crmroi/scenario_loader.hpp"
#include "report_test_scenarios.hpp"

using crmroi::HeadlineFigures;
using crmroi::Metric;
using crmroi::PeriodFlows;
using crmroi::Scenario;

namespace {

/// Bit for bit, so that 0.0 and -0.0 (or two NaNs) are not taken as equal or unequal by accident.
bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

bool same_metric(const Metric& a, const Metric& b) {
  return a.is_defined() == b.is_defined() && same_bits(a.value(), b.value()) &&
         a.reason() == b.reason();
}

/// The figures of evaluate_numbers are those of evaluate, bit for bit; names the first that is not.
std::string first_difference(const HeadlineFigures& numbers, const HeadlineFigures& full) {
  if (!same_bits(numbers.total_cost, full.total_cost)) return "total_cost";
  if (!same_bits(numbers.total_benefit, full.total_benefit)) return "total_benefit";
  if (!same_bits(numbers.net, full.net)) return "net";
  if (!same_metric(numbers.roi, full.roi)) return "roi";
  if (!same_bits(numbers.pv_cost, full.pv_cost)) return "pv_cost";
  if (!same_bits(numbers.pv_benefit, full.pv_benefit)) return "pv_benefit";
  if (!same_metric(numbers.pv_roi, full.pv_roi)) return "pv_roi";
  if (!same_bits(numbers.npv, full.npv)) return "npv";
  if (!same_metric(numbers.irr_annual, full.irr_annual)) return "irr_annual";
  if (!same_metric(numbers.payback_months, full.payback_months)) return "payback_months";
  if (!same_metric(numbers.discounted_payback_months, full.discounted_payback_months)) {
    return "discounted_payback_months";
  }
  return "";
}

/// Checks one scenario; `workspace` is the caller's, reused from call to call.
void check_agreement(const Scenario& scenario, PeriodFlows& workspace) {
  const crmroi::Report report = crmroi::evaluate(scenario);
  const std::optional<HeadlineFigures> numbers = crmroi::evaluate_numbers(scenario, workspace);
  REQUIRE(numbers.has_value() == report.investment.has_value());
  if (!numbers) return;
  INFO(scenario.name);
  CHECK(first_difference(*numbers, report.investment->figures) == "");
}

std::vector<std::filesystem::path> example_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(CRMROI_SOURCE_DIR) + "/examples")) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

Scenario load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  crmroi::LoadResult loaded = crmroi::load_scenario(text.str());
  INFO(path.string());
  REQUIRE(loaded.scenario.has_value());
  return std::move(*loaded.scenario);
}

/// A random driver scenario: every kind of line, basis and unit, risk on some lines, adoption,
/// horizons from 0 to 120 months, lines outside the horizon now and then.
Scenario random_driver_scenario(std::mt19937_64& random, int number) {
  std::uniform_real_distribution<double> money(0.0, 100000.0);
  std::uniform_real_distribution<double> percent(0.0, 60.0);
  std::uniform_int_distribution<int> small(0, 4);
  std::bernoulli_distribution coin(0.5);
  Scenario scenario;
  scenario.name = "random drivers " + std::to_string(number);
  scenario.horizon_months = std::uniform_int_distribution<int>(0, 120)(random);
  scenario.discount_rate_percent = coin(random) ? percent(random) : 0.0;
  scenario.adoption = {.implementation_months = small(random), .ramp_months = small(random) * 2};
  if (coin(random)) scenario.risk = crmroi::Risk{percent(random), percent(random)};
  const auto maybe_risk = [&]() -> std::optional<double> {
    if (coin(random)) return std::nullopt;
    return percent(random);
  };
  crmroi::Business business{.orders_per_month = std::floor(money(random) / 50.0)};
  if (coin(random)) {
    business.profit_per_order = money(random) / 100.0;
  } else if (coin(random)) {
    business.average_order_value = money(random) / 10.0;
    business.gross_margin_percent = percent(random);
  }
  scenario.business = business;
  crmroi::Costs costs;
  for (int i = small(random); i > 0; --i) {
    costs.one_time.push_back({.name = "one-time " + std::to_string(i),
                              .amount = money(random),
                              .month = std::uniform_int_distribution<int>(-1, 130)(random),
                              .risk_percent = maybe_risk()});
  }
  for (int i = small(random); i > 0; --i) {
    crmroi::RecurringCost cost{.name = "recurring " + std::to_string(i),
                               .start_month = std::uniform_int_distribution<int>(0, 40)(random),
                               .risk_percent = maybe_risk()};
    switch (i % 3) {
      case 0:
        cost.basis = crmroi::RecurringBasis::monthly;
        cost.monthly = money(random) / 10.0;
        break;
      case 1:
        cost.basis = crmroi::RecurringBasis::per_user;
        cost.per_user = money(random) / 100.0;
        cost.users = small(random) * 7;
        break;
      default:
        cost.basis = crmroi::RecurringBasis::per_order;
        cost.per_order = money(random) / 1000.0;
        break;
    }
    if (coin(random)) cost.end_month = cost.start_month + small(random) * 9;
    costs.recurring.push_back(cost);
  }
  scenario.costs = costs;
  crmroi::Benefits benefits;
  for (int i = small(random); i > 0; --i) {
    benefits.time_savings.push_back(
        {.name = "saving " + std::to_string(i),
         .people = static_cast<double>(small(random) + 1),
         .unit = static_cast<crmroi::TimeUnit>(i % 4),
         .amount = money(random) / 1000.0,
         .days_per_month = coin(random) ? 21.0 : 18.0 + small(random),
         .hourly_cost = money(random) / 100.0,
         .realization_percent = coin(random) ? 100.0 : percent(random) + 40.0,
         .risk_percent = maybe_risk()});
  }
  if (coin(random)) {
    crmroi::OrderUplift uplift{.risk_percent = maybe_risk()};
    if (coin(random)) {
      uplift.percent = percent(random) / 4.0;
    } else {
      uplift.orders_per_month = std::floor(money(random) / 500.0);
    }
    benefits.order_uplift = uplift;
  }
  for (int i = small(random); i > 0; --i) {
    benefits.monthly.push_back({.name = "monthly " + std::to_string(i),
                                .amount = money(random) / 10.0,
                                .risk_percent = maybe_risk()});
  }
  // The seeds' other levers (README.md, "The seeds' other levers"), now and then.
  if (coin(random)) {
    scenario.business->leads_per_month = std::floor(money(random) / 20.0);
    scenario.business->close_rate_percent = percent(random) / 2.0;
    crmroi::ConversionUplift conversion{.risk_percent = maybe_risk()};
    if (coin(random)) {
      conversion.points = percent(random) / 10.0;
    } else {
      conversion.percent = percent(random) / 3.0;
    }
    benefits.conversion_uplift = conversion;
  }
  if (coin(random)) {
    benefits.average_order_uplift = {.percent = percent(random) / 10.0,
                                     .risk_percent = maybe_risk()};
  }
  for (int i = small(random) / 2; i > 0; --i) {
    benefits.cost_reductions.push_back({.name = "reduction " + std::to_string(i),
                                        .monthly_cost = money(random),
                                        .percent = percent(random) / 3.0,
                                        .risk_percent = maybe_risk()});
  }
  // Growth over the years, on some lines and now and then on the business.
  const auto maybe_growth = [&]() -> std::optional<double> {
    if (coin(random)) return std::nullopt;
    return percent(random) - 20.0;
  };
  if (coin(random)) scenario.business->growth_percent_per_year = maybe_growth();
  for (auto& cost : scenario.costs->recurring) cost.growth_percent_per_year = maybe_growth();
  for (auto& saving : benefits.time_savings) saving.growth_percent_per_year = maybe_growth();
  for (auto& benefit : benefits.monthly) benefit.growth_percent_per_year = maybe_growth();
  for (auto& reduction : benefits.cost_reductions) {
    reduction.growth_percent_per_year = maybe_growth();
  }
  scenario.benefits = benefits;
  return scenario;
}

/// Random explicit cash flows: monthly, quarterly or yearly, 1 to 60 elements, with risk or not.
Scenario random_cash_flow_scenario(std::mt19937_64& random, int number) {
  std::uniform_real_distribution<double> money(0.0, 100000.0);
  std::bernoulli_distribution coin(0.5);
  const auto count = std::uniform_int_distribution<std::size_t>(1, 60)(random);
  const auto period = static_cast<crmroi::Period>(std::uniform_int_distribution<int>(0, 2)(random));
  std::vector<double> costs(count);
  std::vector<double> benefits(count);
  for (std::size_t i = 0; i < count; ++i) {
    costs[i] = i == 0 || coin(random) ? money(random) : 0.0;
    benefits[i] = i > 0 && coin(random) ? money(random) : 0.0;
  }
  Scenario scenario = crmroi::test::cash_flow_scenario(period, costs, benefits);
  scenario.name = "random cash flows " + std::to_string(number);
  scenario.discount_rate_percent = coin(random) ? money(random) / 2000.0 : 0.0;
  if (coin(random)) scenario.risk = crmroi::Risk{money(random) / 2000.0, money(random) / 2000.0};
  // Now and then a side as named lines instead (README.md, "The seeds' other levers"), some with
  // their own risk.
  const auto as_lines = [&](std::vector<double>& flows, std::vector<crmroi::CashFlowLine>& lines) {
    if (coin(random)) return;
    const int line_count = std::uniform_int_distribution<int>(1, 3)(random);
    for (int line = 0; line < line_count; ++line) {
      crmroi::CashFlowLine named{.name = "line " + std::to_string(line), .values = flows};
      for (double& value : named.values) value *= 0.5 + line;
      if (coin(random)) named.risk_percent = money(random) / 2000.0;
      lines.push_back(named);
    }
    flows.clear();
  };
  as_lines(scenario.cash_flows->costs, scenario.cash_flows->cost_lines);
  as_lines(scenario.cash_flows->benefits, scenario.cash_flows->benefit_lines);
  return scenario;
}

}  // namespace

TEST_CASE("numbers-only figures equal evaluate's to the bit on every example", "[numbers]") {
  PeriodFlows workspace;
  const std::vector<std::filesystem::path> files = example_files();
  REQUIRE(files.size() >= 11);
  int with_investment = 0;
  for (const std::filesystem::path& file : files) {
    const Scenario scenario = load(file);
    if (scenario.has_investment_case()) ++with_investment;
    check_agreement(scenario, workspace);
  }
  CHECK(with_investment == 10);  // every example but the analysis-only ones
}

TEST_CASE("numbers-only figures equal evaluate's to the bit on the seeds' scenarios", "[numbers]") {
  PeriodFlows workspace;
  check_agreement(crmroi::test::dress_eshop(), workspace);
  check_agreement(
      crmroi::test::cash_flow_scenario(crmroi::Period::year, {50, 0, 0, 0, 0}, {0, 10, 13, 16, 19}),
      workspace);
}

TEST_CASE("numbers-only figures equal evaluate's to the bit on 3,000 random scenarios",
          "[numbers][random]") {
  std::mt19937_64 random(20261201);
  PeriodFlows workspace;
  for (int number = 0; number < 2000; ++number) {
    check_agreement(random_driver_scenario(random, number), workspace);
  }
  for (int number = 0; number < 1000; ++number) {
    check_agreement(random_cash_flow_scenario(random, number), workspace);
  }
}

TEST_CASE("a scenario without an investment case has no numbers-only figures", "[numbers]") {
  Scenario scenario;
  scenario.nps = crmroi::NpsSurvey{.promoters = 5, .passives = 3, .detractors = 2};
  PeriodFlows workspace;
  workspace.costs = {1.0, 2.0};
  CHECK_FALSE(crmroi::evaluate_numbers(scenario, workspace).has_value());
  CHECK(workspace.size() == 0);
}

TEST_CASE("investment flows of the seed's e-shop are its months, with risk applied once",
          "[numbers][flows]") {
  // 3,000 a month for months 1..6; 3,800 + 15 x 300 = 8,300 a month of benefit from month 1.
  Scenario scenario = crmroi::test::dress_eshop();
  PeriodFlows flows;
  REQUIRE(crmroi::investment_flows(scenario, crmroi::RiskTreatment::adjusted, flows));
  CHECK(flows.months_per_period == 1);
  CHECK(flows.costs == std::vector<double>{0, 3000, 3000, 3000, 3000, 3000, 3000});
  REQUIRE(flows.size() == 7);
  CHECK(flows.benefits[0] == 0);
  for (std::size_t month = 1; month <= 6; ++month) {
    CHECK_THAT(flows.benefits[month], Catch::Matchers::WithinRel(8300.0, 1e-12));
    CHECK(flows.net[month] == flows.benefits[month] - flows.costs[month]);
  }
  // 10 % cost risk and 20 % benefit risk: 3,300 a month of cost, 6,640 of benefit.
  scenario.risk = crmroi::Risk{.costs_percent = 10, .benefits_percent = 20};
  REQUIRE(crmroi::investment_flows(scenario, crmroi::RiskTreatment::adjusted, flows));
  CHECK_THAT(flows.costs[1], Catch::Matchers::WithinRel(3300.0, 1e-12));
  CHECK_THAT(flows.benefits[1], Catch::Matchers::WithinRel(6640.0, 1e-12));
  REQUIRE(crmroi::investment_flows(scenario, crmroi::RiskTreatment::unadjusted, flows));
  CHECK(flows.costs[1] == 3000);
  CHECK_THAT(flows.benefits[1], Catch::Matchers::WithinRel(8300.0, 1e-12));
}

TEST_CASE("investment flows of yearly cash flows keep the year as the period", "[numbers][flows]") {
  Scenario scenario =
      crmroi::test::cash_flow_scenario(crmroi::Period::year, {100, 10, 10}, {0, 60, 80});
  scenario.risk = crmroi::Risk{.costs_percent = 10, .benefits_percent = 50};
  PeriodFlows flows;
  REQUIRE(crmroi::investment_flows(scenario, crmroi::RiskTreatment::adjusted, flows));
  CHECK(flows.months_per_period == 12);
  CHECK_THAT(flows.costs[0], Catch::Matchers::WithinRel(110.0, 1e-15));
  CHECK_THAT(flows.costs[2], Catch::Matchers::WithinRel(11.0, 1e-15));
  CHECK(flows.benefits == std::vector<double>{0, 30, 40});
  const crmroi::HeadlineFigures figures = crmroi::headline_figures(flows, 0.0);
  // 70 of benefit against 132 of cost: ROI = (70 - 132) / 132
  CHECK_THAT(figures.total_cost, Catch::Matchers::WithinRel(132.0, 1e-15));
  CHECK_THAT(figures.roi.value(), Catch::Matchers::WithinRel((70.0 - 132.0) / 132.0, 1e-14));
}

TEST_CASE("headline present values are present_value's, bit for bit, on random flows",
          "[numbers][flows]") {
  std::mt19937_64 random(7);
  std::uniform_real_distribution<double> money(-50000.0, 100000.0);
  PeriodFlows flows;
  for (int round = 0; round < 200; ++round) {
    const auto count = std::uniform_int_distribution<std::size_t>(1, 130)(random);
    flows.months_per_period = 1 + 2 * (round % 2);  // months and quarters
    flows.costs.resize(count);
    flows.benefits.resize(count);
    flows.net.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
      flows.costs[i] = std::fabs(money(random));
      flows.benefits[i] = std::fabs(money(random));
      flows.net[i] = flows.benefits[i] - flows.costs[i];
    }
    const double annual_rate = round * 0.001;
    const double period_rate =
        crmroi::period_rate_from_annual(annual_rate, 12 / flows.months_per_period);
    const HeadlineFigures figures = crmroi::headline_figures(flows, annual_rate);
    CHECK(same_bits(figures.pv_cost, crmroi::present_value(flows.costs, period_rate)));
    CHECK(same_bits(figures.pv_benefit, crmroi::present_value(flows.benefits, period_rate)));
    CHECK(same_bits(figures.npv, crmroi::present_value(flows.net, period_rate)));
  }
}

TEST_CASE("simulate's headline options agree with the defaults on 3,000 random scenarios",
          "[numbers][random]") {
  // Newton's IRR, present values by the discount factor, no discounted payback: totals, ROI
  // and payback to the bit, present values to 1e-14 of the amounts discounted (an NPV near 0 has
  // no relative precision), PV ROI to 1e-13 of its PV ratio, the IRR to 1e-12 relative (1e-15
  // absolute below 1e-3).
  const crmroi::HeadlineOptions fast{.irr_method = crmroi::IrrMethod::newton_when_unique,
                                     .divide_each_period = false,
                                     .discounted_payback = false};
  std::mt19937_64 random(20261202);
  PeriodFlows workspace;
  int with_irr = 0;
  for (int number = 0; number < 3000; ++number) {
    const Scenario scenario = number % 3 == 2 ? random_cash_flow_scenario(random, number)
                                              : random_driver_scenario(random, number);
    const std::optional<HeadlineFigures> exact = crmroi::evaluate_numbers(scenario, workspace);
    const std::optional<HeadlineFigures> quick =
        crmroi::evaluate_numbers(scenario, workspace, fast);
    REQUIRE(exact.has_value() == quick.has_value());
    if (!exact) continue;
    INFO(scenario.name);
    CHECK(same_bits(quick->total_cost, exact->total_cost));
    CHECK(same_bits(quick->total_benefit, exact->total_benefit));
    CHECK(same_bits(quick->net, exact->net));
    CHECK(same_metric(quick->roi, exact->roi));
    CHECK(same_metric(quick->payback_months, exact->payback_months));
    CHECK(quick->discounted_payback_months.reason() == "not computed");
    double scale = 0;  // the amounts discounted
    for (std::size_t i = 0; i < workspace.size(); ++i) {
      scale += workspace.costs[i] + workspace.benefits[i];
    }
    CHECK(std::fabs(quick->pv_cost - exact->pv_cost) <= 1e-14 * scale);
    CHECK(std::fabs(quick->pv_benefit - exact->pv_benefit) <= 1e-14 * scale);
    CHECK(std::fabs(quick->npv - exact->npv) <= 1e-14 * scale);
    REQUIRE(quick->pv_roi.is_defined() == exact->pv_roi.is_defined());
    if (exact->pv_roi.is_defined()) {
      const double ratio = exact->pv_benefit / exact->pv_cost;
      CHECK(std::fabs(quick->pv_roi.value() - exact->pv_roi.value()) <= 1e-13 * (1 + ratio));
    }
    REQUIRE(quick->irr_annual.is_defined() == exact->irr_annual.is_defined());
    if (exact->irr_annual.is_defined()) {
      ++with_irr;
      const double size = std::fabs(exact->irr_annual.value());
      CHECK(std::fabs(quick->irr_annual.value() - exact->irr_annual.value()) <=
            1e-12 * std::max(size, 1e-3));
    } else {
      CHECK(quick->irr_annual.reason() == exact->irr_annual.reason());
    }
  }
  // Not vacuous: a good part of the scenarios have an IRR to compare (942 of 3,000 with the seed's
  // other levers drawn too).
  CHECK(with_irr > 750);
}
