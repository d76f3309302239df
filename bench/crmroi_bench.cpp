// Micro-benchmarks of the crmroi library (Google Benchmark). Not part of the test suite:
//   cmake --preset bench && cmake --build build-bench --target crmroi_bench
//   build-bench/bench/crmroi_bench
// or scripts/bench, which runs these and the whole-process comparisons.
//
// The typical scenario is a 36-month driver case: three one-time costs, a subscription and a
// per-user fee, two time savings, an order uplift, one other monthly benefit, a two-month
// implementation and a four-month ramp, 10 % a year discount rate. It is given twice: as one JSON
// Lines line (for the loader and the parse floor) and as the typed Scenario the loader should
// produce (for evaluate, so that its figure does not depend on the loader).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <exception>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/cash_flow.hpp"
#include "crmroi/report.hpp"
#include "crmroi/scenario.hpp"
#include "crmroi/scenario_loader.hpp"
#include "crmroi/words.hpp"

namespace {

constexpr std::string_view kTypicalScenarioLine =
    R"({"name":"Furniture maker on amoCRM","currency":"RUB","horizon_months":36,)"
    R"("discount_rate_percent":10,"business":{"orders_per_month":400,"profit_per_order":350},)"
    R"("costs":{"one_time":[{"name":"licence","amount":60000},)"
    R"({"name":"customisation and integration","amount":250000},)"
    R"({"name":"training","amount":30000,"month":1}],)"
    R"("recurring":[{"name":"subscription","monthly":5490},)"
    R"({"name":"seats","per_user":690,"users":12}]},)"
    R"("benefits":{"time_savings":[{"name":"sales manager","people":4,"minutes_per_day":30,)"
    R"("days_per_month":22,"hourly_cost":450,"realization_percent":70},)"
    R"({"name":"order operator","people":2,"hours_per_week":5,"hourly_cost":250}],)"
    R"("order_uplift":{"percent":4},)"
    R"("monthly":[{"name":"retired legacy system","amount":8000}]},)"
    R"("adoption":{"implementation_months":2,"ramp_months":4}})";

/// The typed form of kTypicalScenarioLine.
crmroi::Scenario typical_scenario() {
  using namespace crmroi;
  Scenario scenario;
  scenario.name = "Furniture maker on amoCRM";
  scenario.currency = "RUB";
  scenario.horizon_months = 36;
  scenario.discount_rate_percent = 10;
  scenario.business = Business{.orders_per_month = 400, .profit_per_order = 350};

  Costs costs;
  costs.one_time = {OneTimeCost{.name = "licence", .amount = 60000},
                    OneTimeCost{.name = "customisation and integration", .amount = 250000},
                    OneTimeCost{.name = "training", .amount = 30000, .month = 1}};
  costs.recurring = {
      RecurringCost{.name = "subscription", .basis = RecurringBasis::monthly, .monthly = 5490},
      RecurringCost{
          .name = "seats", .basis = RecurringBasis::per_user, .per_user = 690, .users = 12}};
  scenario.costs = costs;

  Benefits benefits;
  benefits.time_savings = {TimeSaving{.name = "sales manager",
                                      .people = 4,
                                      .unit = TimeUnit::minutes_per_day,
                                      .amount = 30,
                                      .days_per_month = 22,
                                      .hourly_cost = 450,
                                      .realization_percent = 70},
                           TimeSaving{.name = "order operator",
                                      .people = 2,
                                      .unit = TimeUnit::hours_per_week,
                                      .amount = 5,
                                      .hourly_cost = 250}};
  benefits.order_uplift = OrderUplift{.percent = 4};
  benefits.monthly = {MonthlyBenefit{.name = "retired legacy system", .amount = 8000}};
  scenario.benefits = benefits;
  scenario.adoption = Adoption{.implementation_months = 2, .ramp_months = 4};
  return scenario;
}

/// The 37 monthly net flows (months 0..36) of the typical scenario, worked out by hand so that
/// the IRR benchmark does not depend on evaluate(): 310,000 at the start, training and the first
/// fees in month 1, then benefits of 38,293.33 a month ramping in over months 3..6 against
/// 13,770 a month of fees.
std::vector<double> typical_net_flows() {
  constexpr int kHorizon = 36;
  constexpr int kImplementation = 2;
  constexpr int kRamp = 4;
  const double monthly_fees = 5490.0 + 690.0 * 12;
  const double full_benefit = 4 * (30.0 / 60) * 22 * 450 * 0.70  // sales managers
                              + 2 * 5 * 52.0 / 12 * 250          // order operators
                              + 400 * 0.04 * 350                 // 4 % more orders
                              + 8000;                            // retired legacy system
  std::vector<double> flows(kHorizon + 1, 0.0);
  flows[0] = -(60000.0 + 250000.0);
  for (int month = 1; month <= kHorizon; ++month) {
    const double factor = month <= kImplementation
                              ? 0.0
                              : std::min(1.0, static_cast<double>(month - kImplementation) / kRamp);
    flows[static_cast<std::size_t>(month)] =
        factor * full_benefit - monthly_fees - (month == 1 ? 30000.0 : 0.0);
  }
  return flows;
}

/// Empty when load_scenario accepts kTypicalScenarioLine, else why not. The loader must not throw;
/// if it does anyway, the benchmark reports it instead of aborting the whole program.
std::string why_the_typical_line_does_not_load() {
  try {
    const crmroi::LoadResult result = crmroi::load_scenario(kTypicalScenarioLine);
    if (result.scenario) return {};
    return "load_scenario rejects the typical line: " +
           (result.problems.empty()
                ? std::string("no scenario and no problem")
                : result.problems.front().json_pointer + " " + result.problems.front().message);
  } catch (const std::exception& error) {
    return std::string("load_scenario throws on the typical line: ") + error.what();
  }
}

/// What `evaluate` did before the numbers were parted from the words: every figure, and every
/// sentence a table shows (each line's arithmetic and the assumptions).
void evaluate_and_word_driver_scenario_36_months(benchmark::State& state) {
  const crmroi::Scenario scenario = typical_scenario();
  for (auto _ : state) {
    crmroi::Report report = crmroi::evaluate(scenario);
    crmroi::words_for_report(report);
    benchmark::DoNotOptimize(report);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(evaluate_and_word_driver_scenario_36_months);

/// Every figure with its trace and the month-by-month rows, no sentences.
void evaluate_driver_scenario_36_months(benchmark::State& state) {
  const crmroi::Scenario scenario = typical_scenario();
  for (auto _ : state) {
    crmroi::Report report = crmroi::evaluate(scenario);
    benchmark::DoNotOptimize(report);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(evaluate_driver_scenario_36_months);

/// The numbers-only path that simulation, sensitivity and goal seek call: the headline figures,
/// with one workspace reused from call to call (no allocation after the first).
void evaluate_numbers_driver_scenario_36_months(benchmark::State& state) {
  const crmroi::Scenario scenario = typical_scenario();
  crmroi::PeriodFlows workspace;
  for (auto _ : state) {
    std::optional<crmroi::HeadlineFigures> figures = crmroi::evaluate_numbers(scenario, workspace);
    benchmark::DoNotOptimize(figures);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(evaluate_numbers_driver_scenario_36_months);

void internal_rate_of_return_37_flows(benchmark::State& state) {
  const std::vector<double> flows = typical_net_flows();
  for (auto _ : state) {
    crmroi::Metric irr = crmroi::internal_rate_of_return(flows);
    benchmark::DoNotOptimize(irr);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(internal_rate_of_return_37_flows);

/// The 61 monthly net flows of examples/bitrix24-seed-ranges.json at its likely values (what one
/// simulate trial solves): 420,000 at the start, 30,000 a month of recurring costs, and from month
/// 5 a benefit ramping up over two months to 75,500 (= 2,640 + 45,000 + 15,000 + 9,600 + 9,000 -
/// the order uplift's and time savings' exact figures do not matter here).
std::vector<double> seed_ranges_net_flows() {
  std::vector<double> flows(61, -30000.0);
  flows[0] = -420000.0;
  for (std::size_t month = 5; month < flows.size(); ++month) {
    flows[month] += 75500.0 * std::min(1.0, static_cast<double>(month - 4) / 2.0);
  }
  return flows;
}

/// The IRR of those 61 flows by each method: the grid and Brent's method (calc), Newton's when
/// the IRR is unique (simulate).
void internal_rate_of_return_61_flows(benchmark::State& state, crmroi::IrrMethod method) {
  const std::vector<double> flows = seed_ranges_net_flows();
  for (auto _ : state) {
    crmroi::Metric irr = crmroi::internal_rate_of_return(flows, method);
    benchmark::DoNotOptimize(irr);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(internal_rate_of_return_61_flows, grid_and_brent,
                  crmroi::IrrMethod::grid_and_brent);
BENCHMARK_CAPTURE(internal_rate_of_return_61_flows, newton_when_unique,
                  crmroi::IrrMethod::newton_when_unique);

void present_value_37_flows(benchmark::State& state) {
  const std::vector<double> flows = typical_net_flows();
  const double monthly_rate = crmroi::period_rate_from_annual(0.10, 12);
  for (auto _ : state) {
    double npv = crmroi::present_value(flows, monthly_rate);
    benchmark::DoNotOptimize(npv);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(present_value_37_flows);

void payback_periods_37_flows(benchmark::State& state) {
  const std::vector<double> flows = typical_net_flows();
  for (auto _ : state) {
    crmroi::Metric payback = crmroi::payback_periods(flows);
    benchmark::DoNotOptimize(payback);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(payback_periods_37_flows);

void load_scenario_typical_line(benchmark::State& state) {
  if (const std::string reason = why_the_typical_line_does_not_load(); !reason.empty()) {
    state.SkipWithError(reason.c_str());
    return;
  }
  for (auto _ : state) {
    crmroi::LoadResult result = crmroi::load_scenario(kTypicalScenarioLine);
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() *
                          static_cast<std::int64_t>(kTypicalScenarioLine.size()));
}
BENCHMARK(load_scenario_typical_line);

/// The floor under load_scenario: nlohmann::json::parse of the same line into a DOM.
void json_parse_typical_line(benchmark::State& state) {
  for (auto _ : state) {
    nlohmann::json document = nlohmann::json::parse(kTypicalScenarioLine);
    benchmark::DoNotOptimize(document);
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() *
                          static_cast<std::int64_t>(kTypicalScenarioLine.size()));
}
BENCHMARK(json_parse_typical_line);

/// The whole library path of one JSON Lines line: load, evaluate, word the arithmetic (as
/// `calc --format jsonl` does).
void load_and_evaluate_typical_line(benchmark::State& state) {
  if (const std::string reason = why_the_typical_line_does_not_load(); !reason.empty()) {
    state.SkipWithError(reason.c_str());
    return;
  }
  for (auto _ : state) {
    crmroi::LoadResult result = crmroi::load_scenario(kTypicalScenarioLine);
    crmroi::Report report = crmroi::evaluate(*result.scenario);
    crmroi::words_for_report(report, {.arithmetic = true, .assumptions = false});
    benchmark::DoNotOptimize(report);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(load_and_evaluate_typical_line);

}  // namespace

BENCHMARK_MAIN();
