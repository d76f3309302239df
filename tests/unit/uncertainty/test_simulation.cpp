// The Monte Carlo loop: the same bits with any thread count, each input's draws independent of
// the others, and a one-input linear figure's percentiles against the inverse CDF.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <stdexcept>
#include <vector>

#include "crmroi/simulation.hpp"
#include "crmroi/trial_statistics.hpp"

using crmroi::Distribution;
using crmroi::SimulatedInput;
using crmroi::SimulationPlan;
using crmroi::SimulationSamples;

namespace {

// Figures: the sum of the inputs, and their product (NaN when the first input is below 1, to
// exercise undefined trials).
SimulationPlan two_figure_plan(std::size_t trials, unsigned threads) {
  SimulationPlan plan;
  plan.inputs = {
      {"/benefits/order_uplift/percent", {10, 15, 30, Distribution::pert}, false},
      {"/costs/one_time/0/amount", {350000, 370000, 400000, Distribution::triangular}, false},
      {"/adoption/ramp_months", {0, 3, 6, Distribution::uniform}, true}};
  plan.figure_count = 2;
  plan.trials = trials;
  plan.seed = 2026;
  plan.threads = threads;
  plan.make_evaluator = [] {
    return [](std::span<const double> drawn, std::span<double> figures) {
      figures[0] = drawn[0] + drawn[1] + drawn[2];
      figures[1] = drawn[2] < 1 ? std::nan("") : drawn[0] * drawn[1];
    };
  };
  return plan;
}

bool same_bits(const std::vector<double>& left, const std::vector<double>& right) {
  return left.size() == right.size() &&
         std::memcmp(left.data(), right.data(), left.size() * sizeof(double)) == 0;
}

}  // namespace

TEST_CASE("run_simulation gives the same bits with 1, 2 and 3 threads", "[simulation]") {
  // 10,000 trials: three blocks, the last one partial.
  const SimulationSamples one = crmroi::run_simulation(two_figure_plan(10000, 1));
  const SimulationSamples two = crmroi::run_simulation(two_figure_plan(10000, 2));
  const SimulationSamples three = crmroi::run_simulation(two_figure_plan(10000, 3));
  for (std::size_t figure = 0; figure < 2; ++figure) {
    CHECK(same_bits(one.figures[figure], two.figures[figure]));
    CHECK(same_bits(one.figures[figure], three.figures[figure]));
  }
  CHECK(same_bits(one.sampled_input_means, two.sampled_input_means));
  CHECK(same_bits(one.sampled_input_means, three.sampled_input_means));
}

TEST_CASE("run_simulation: trial t's figures come from draw_trial_inputs(t)", "[simulation]") {
  const SimulationPlan plan = two_figure_plan(5000, 2);
  const SimulationSamples samples = crmroi::run_simulation(plan);
  const std::vector<std::uint64_t> keys = crmroi::input_stream_keys(plan.inputs, plan.seed);
  std::vector<double> drawn(3);
  for (const std::uint64_t trial : {0ULL, 4095ULL, 4096ULL, 4999ULL}) {
    crmroi::draw_trial_inputs(plan.inputs, keys, trial, drawn);
    CHECK(samples.figures[0][trial] == drawn[0] + drawn[1] + drawn[2]);
  }
  // Integer inputs are whole numbers; the undefined figure is NaN exactly where ramp < 1.
  std::size_t undefined_products = 0;
  for (std::uint64_t trial = 0; trial < 5000; ++trial) {
    crmroi::draw_trial_inputs(plan.inputs, keys, trial, drawn);
    CHECK(drawn[2] == std::floor(drawn[2]));
    if (drawn[2] < 1) ++undefined_products;
    CHECK(std::isnan(samples.figures[1][trial]) == (drawn[2] < 1));
  }
  // uniform 0..6 rounded half up: 0 when the draw is below 0.5, probability 1/12.
  CHECK(undefined_products > 300);
  CHECK(undefined_products < 540);
}

TEST_CASE("adding or moving an input leaves the other inputs' draws unchanged", "[simulation]") {
  const std::vector<SimulatedInput> before = {{"/a", {0, 1, 2, Distribution::pert}, false},
                                              {"/b", {0, 5, 10, Distribution::uniform}, false}};
  const std::vector<SimulatedInput> after = {{"/b", {0, 5, 10, Distribution::uniform}, false},
                                             {"/c", {1, 2, 3, Distribution::triangular}, false},
                                             {"/a", {0, 1, 2, Distribution::pert}, false}};
  const auto keys_before = crmroi::input_stream_keys(before, 9);
  const auto keys_after = crmroi::input_stream_keys(after, 9);
  std::vector<double> drawn_before(2);
  std::vector<double> drawn_after(3);
  for (std::uint64_t trial = 0; trial < 1000; ++trial) {
    crmroi::draw_trial_inputs(before, keys_before, trial, drawn_before);
    crmroi::draw_trial_inputs(after, keys_after, trial, drawn_after);
    CHECK(drawn_before[0] == drawn_after[2]);
    CHECK(drawn_before[1] == drawn_after[0]);
  }
}

TEST_CASE("the seed changes the draws, the same seed repeats them", "[simulation]") {
  SimulationPlan plan = two_figure_plan(100, 1);
  const SimulationSamples first = crmroi::run_simulation(plan);
  const SimulationSamples again = crmroi::run_simulation(plan);
  plan.seed = 2027;
  const SimulationSamples other = crmroi::run_simulation(plan);
  CHECK(same_bits(first.figures[0], again.figures[0]));
  CHECK(first.figures[0] != other.figures[0]);
}

TEST_CASE("an evaluator's exception stops the run and reaches the caller", "[simulation]") {
  SimulationPlan plan = two_figure_plan(20000, 2);
  plan.make_evaluator = [] {
    return [](std::span<const double>, std::span<double>) -> void {
      throw std::runtime_error("evaluation failed");
    };
  };
  CHECK_THROWS_WITH(crmroi::run_simulation(plan), "evaluation failed");
}

namespace {

// Percentiles of 3x + 7 over 1e6 trials of one input against the inverse CDF, within 4 standard
// errors of a sample quantile: sqrt(p (1 - p) / n) / density at the quantile.
void check_linear_percentiles(const crmroi::Range& range) {
  SimulationPlan plan;
  plan.inputs = {{"/benefits/monthly/0/amount", range, false}};
  plan.figure_count = 1;
  plan.trials = 1'000'000;
  plan.seed = 11;
  plan.threads = 2;
  plan.make_evaluator = [] {
    return [](std::span<const double> drawn, std::span<double> figures) {
      figures[0] = 3 * drawn[0] + 7;
    };
  };
  SimulationSamples samples = crmroi::run_simulation(plan);
  CHECK(std::fabs(samples.sampled_input_means[0] - crmroi::range_mean(range)) <
        4 * std::sqrt(crmroi::range_variance(range) / 1e6));
  const crmroi::FigureStatistics statistics =
      crmroi::summarize_trials(samples.figures[0], crmroi::UndefinedTrials::left_out);
  for (std::size_t level = 0; level < crmroi::reported_percentile_levels.size(); ++level) {
    const double p = crmroi::reported_percentile_levels[level];
    CAPTURE(p);
    const double quantile = crmroi::range_quantile(range, p);
    // Density of the input at its quantile, from the CDF's slope over a small step.
    const double step = (range.high - range.low) * 1e-6;
    const double density =
        (crmroi::range_cdf(range, quantile + step) - crmroi::range_cdf(range, quantile - step)) /
        (2 * step);
    const double standard_error = 3 * std::sqrt(p * (1 - p) / 1e6) / density;
    CHECK(std::fabs(*statistics.percentiles[level] - (3 * quantile + 7)) < 4 * standard_error);
  }
  CHECK(std::fabs(*statistics.mean - (3 * crmroi::range_mean(range) + 7)) <
        4 * *statistics.standard_error);
}

}  // namespace

TEST_CASE("percentiles of a linear one-input figure match the uniform inverse CDF",
          "[simulation]") {
  check_linear_percentiles({4000, 4000, 6500, Distribution::uniform});
}

TEST_CASE("percentiles of a linear one-input figure match the triangular inverse CDF",
          "[simulation]") {
  check_linear_percentiles({4000, 5000, 6500, Distribution::triangular});
}

TEST_CASE("percentiles of a linear one-input figure match the pert inverse CDF", "[simulation]") {
  check_linear_percentiles({4000, 5000, 6500, Distribution::pert});
}
