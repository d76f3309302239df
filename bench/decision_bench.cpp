// Benchmarks of the tornado and goal seek (Google Benchmark). Not part of the test suite:
//   cmake --preset bench && cmake --build build-bench --target decision_bench
//   build-bench/bench/decision_bench
// A 60-month driver scenario with 30 ranged inputs (the size the README's target names):
// `crmroi sensitivity` (P10/P90 of the 30 ranges, and ±20 % of every input) and `crmroi solve`
// (break-even of a cost, an ROI target on the uplift, a whole-number key) cost this much beyond
// start-up and loading the file.
#include <benchmark/benchmark.h>

#include <string>

#include "crmroi/decision.hpp"
#include "crmroi/scenario_loader.hpp"

namespace {

/// 30 ranged inputs: the discount rate, 3 business keys, 3 one-time and 6 recurring costs,
/// 2 time savings of 4 keys each, the order uplift, 6 monthly benefits and the 2 adoption keys.
const char* kThirtyInputs = R"({
  "name": "30 ranged inputs", "currency": "RUB", "horizon_months": 60,
  "discount_rate_percent": {"low": 8, "likely": 12, "high": 16},
  "business": {"orders_per_month": {"low": 350, "likely": 400, "high": 450},
               "average_order_value": {"low": 2800, "likely": 3000, "high": 3300},
               "gross_margin_percent": {"low": 18, "likely": 20, "high": 23}},
  "costs": {
    "one_time": [
      {"name": "licence", "amount": {"low": 40000, "likely": 45000, "high": 50000}},
      {"name": "work", "amount": {"low": 350000, "likely": 375000, "high": 400000}},
      {"name": "training", "amount": {"low": 20000, "likely": 30000, "high": 45000}}],
    "recurring": [
      {"name": "support", "monthly": {"low": 20000, "likely": 25000, "high": 30000}},
      {"name": "hosting", "monthly": {"low": 4000, "likely": 5000, "high": 7000}},
      {"name": "backups", "monthly": {"low": 1000, "likely": 1500, "high": 2000}},
      {"name": "telephony", "monthly": {"low": 3000, "likely": 3500, "high": 5000}},
      {"name": "admin", "monthly": {"low": 8000, "likely": 10000, "high": 14000}},
      {"name": "add-ons", "monthly": {"low": 1500, "likely": 2000, "high": 3000}}]},
  "benefits": {
    "time_savings": [
      {"name": "order managers", "people": {"low": 3, "likely": 4, "high": 5},
       "minutes_per_day": {"low": 30, "likely": 45, "high": 60}, "days_per_month": 22,
       "hourly_cost": {"low": 300, "likely": 350, "high": 400},
       "realization_percent": {"low": 50, "likely": 70, "high": 85}},
      {"name": "accountant", "people": {"low": 1, "likely": 1.5, "high": 2},
       "minutes_per_day": {"low": 20, "likely": 30, "high": 50}, "days_per_month": 21,
       "hourly_cost": {"low": 400, "likely": 450, "high": 500},
       "realization_percent": {"low": 40, "likely": 60, "high": 80}}],
    "order_uplift": {"percent": {"low": 10, "likely": 15, "high": 30}},
    "monthly": [
      {"name": "close rate", "amount": {"low": 7500, "likely": 15000, "high": 22500}},
      {"name": "average check", "amount": {"low": 7200, "likely": 9600, "high": 12000}},
      {"name": "admin costs", "amount": {"low": 6000, "likely": 9000, "high": 12000}},
      {"name": "returns", "amount": {"low": 2000, "likely": 4000, "high": 6000}},
      {"name": "churn", "amount": {"low": 3000, "likely": 5000, "high": 9000}},
      {"name": "reports", "amount": {"low": 1000, "likely": 2000, "high": 3000}}]},
  "adoption": {"implementation_months": {"low": 3, "likely": 4, "high": 5},
               "ramp_months": {"low": 1, "likely": 2, "high": 6}}
})";

const crmroi::Scenario& scenario() {
  static const crmroi::Scenario loaded = *crmroi::load_scenario(kThirtyInputs).scenario;
  return loaded;
}

void BM_SensitivityPercentilesThirtyInputs(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(crmroi::sensitivity(scenario(), {.metric = "npv"}));
  }
  state.counters["rows"] =
      static_cast<double>(crmroi::sensitivity(scenario(), {.metric = "npv"}).rows.size());
}
BENCHMARK(BM_SensitivityPercentilesThirtyInputs)->Unit(benchmark::kMillisecond);

void BM_SensitivitySwingThirtyInputs(benchmark::State& state) {
  const crmroi::SensitivitySettings settings{.metric = "irr_annual_percent",
                                             .mode = crmroi::SensitivityMode::swing};
  for (auto _ : state) benchmark::DoNotOptimize(crmroi::sensitivity(scenario(), settings));
}
BENCHMARK(BM_SensitivitySwingThirtyInputs)->Unit(benchmark::kMillisecond);

void BM_SolveBreakEvenOfACost(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        crmroi::goal_seek(scenario(), {.pointer = "/costs/recurring/0/monthly"}));
  }
}
BENCHMARK(BM_SolveBreakEvenOfACost)->Unit(benchmark::kMillisecond);

void BM_SolveRoiTargetOfTheUplift(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(crmroi::goal_seek(
        scenario(),
        {.pointer = "/benefits/order_uplift/percent", .metric = "roi_percent", .target = 100}));
  }
}
BENCHMARK(BM_SolveRoiTargetOfTheUplift)->Unit(benchmark::kMillisecond);

void BM_SolvePaybackOfAWholeNumberKey(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(crmroi::goal_seek(
        scenario(),
        {.pointer = "/adoption/implementation_months", .metric = "payback_months", .target = 18}));
  }
}
BENCHMARK(BM_SolvePaybackOfAWholeNumberKey)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
