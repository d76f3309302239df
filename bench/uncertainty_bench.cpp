// Micro-benchmarks of the uncertainty engine (Google Benchmark). Not part of the test suite:
//   cmake --preset bench && cmake --build build-bench --target uncertainty_bench
//   build-bench/bench/uncertainty_bench
// Draws of each distribution (items per second), the statistics of 1,000,000 values (exact
// percentiles by selection), and the Monte Carlo loop over the 8 ranged inputs of
// bench/autoparts-ranges-60-months.json with a one-line evaluator, on one and on two threads
// (CPU time counts both threads; real time is the wall clock).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

#include "crmroi/range_distribution.hpp"
#include "crmroi/simulation.hpp"
#include "crmroi/trial_statistics.hpp"

namespace {

using crmroi::Distribution;

// The ranged inputs of bench/autoparts-ranges-60-months.json.
std::vector<crmroi::SimulatedInput> autoparts_inputs() {
  return {
      {"/costs/one_time/1/amount", {350000, 375000, 400000, Distribution::pert}, false},
      {"/benefits/time_savings/0/minutes_per_day", {30, 45, 60, Distribution::pert}, false},
      {"/benefits/order_uplift/percent", {10, 15, 30, Distribution::pert}, false},
      {"/benefits/monthly/0/amount", {7500, 15000, 22500, Distribution::pert}, false},
      {"/benefits/monthly/1/amount", {7200, 9600, 12000, Distribution::triangular}, false},
      {"/benefits/monthly/2/amount", {6000, 9000, 12000, Distribution::uniform}, false},
      {"/adoption/implementation_months", {4, 4, 5, Distribution::triangular}, true},
      {"/adoption/ramp_months", {1, 2, 6, Distribution::pert}, true},
  };
}

void draws_of(benchmark::State& state, const crmroi::Range& range) {
  const std::uint64_t key = crmroi::input_stream_key(1, "/benefits/order_uplift/percent");
  const crmroi::RangeSampler sampler(range);
  std::uint64_t trial = 0;
  for (auto _ : state) {
    crmroi::TrialRandom random(key, trial++);
    benchmark::DoNotOptimize(sampler.draw(random));
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_DrawPert(benchmark::State& state) { draws_of(state, {10, 15, 30, Distribution::pert}); }
BENCHMARK(BM_DrawPert);

void BM_DrawTriangular(benchmark::State& state) {
  draws_of(state, {10, 15, 30, Distribution::triangular});
}
BENCHMARK(BM_DrawTriangular);

void BM_DrawUniform(benchmark::State& state) {
  draws_of(state, {10, 15, 30, Distribution::uniform});
}
BENCHMARK(BM_DrawUniform);

std::vector<double> million_values() {
  std::vector<double> values(1'000'000);
  const std::uint64_t key = crmroi::input_stream_key(1, "/npv");
  for (std::size_t index = 0; index < values.size(); ++index) {
    crmroi::TrialRandom random(key, index);
    values[index] = crmroi::draw({-1e6, 2e6, 5e6, Distribution::pert}, random);
  }
  return values;
}

// The floor of the next benchmark: copying the values it reorders.
void BM_CopyMillionValues(benchmark::State& state) {
  const std::vector<double> values = million_values();
  std::vector<double> work(values.size());
  for (auto _ : state) {
    std::copy(values.begin(), values.end(), work.begin());
    benchmark::DoNotOptimize(work.data());
  }
}
BENCHMARK(BM_CopyMillionValues)->Unit(benchmark::kMillisecond);

// One figure's statistics over 1,000,000 trials: mean, deviation, extremes and the five exact
// percentiles (includes the copy above).
void BM_SummarizeMillionValues(benchmark::State& state) {
  const std::vector<double> values = million_values();
  std::vector<double> work(values.size());
  for (auto _ : state) {
    std::copy(values.begin(), values.end(), work.begin());
    benchmark::DoNotOptimize(crmroi::summarize_trials(work, crmroi::UndefinedTrials::left_out));
  }
}
BENCHMARK(BM_SummarizeMillionValues)->Unit(benchmark::kMillisecond);

// 1,000,000 trials of the 8 ranged inputs with an evaluator that only adds them up: the draws,
// the loop and the 8 figure arrays (64 bytes a trial), without a scenario's evaluation.
void BM_SimulateMillionTrialsOfEightInputs(benchmark::State& state) {
  crmroi::SimulationPlan plan;
  plan.inputs = autoparts_inputs();
  plan.figure_count = 8;
  plan.trials = 1'000'000;
  plan.threads = static_cast<unsigned>(state.range(0));
  plan.make_evaluator = [] {
    return [](std::span<const double> drawn, std::span<double> figures) {
      double sum = 0;
      for (const double value : drawn) sum += value;
      for (double& figure : figures) figure = sum;
    };
  };
  for (auto _ : state) {
    benchmark::DoNotOptimize(crmroi::run_simulation(plan).figures.data());
  }
  state.SetItemsProcessed(state.iterations() * 1'000'000);
}
BENCHMARK(BM_SimulateMillionTrialsOfEightInputs)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
