// simulate_scenario against closed forms: for a scenario linear in its ranged inputs the mean NPV
// is the NPV at the input means, a uniform input's P(NPV < 0) has an exact value, and the NPV's
// percentiles of a one-input scenario follow the input's inverse CDF.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <string>

#include "crmroi/report.hpp"
#include "crmroi/scenario_loader.hpp"
#include "crmroi/scenario_simulation.hpp"

using namespace crmroi;

namespace {

Scenario load(const std::string& text) {
  LoadResult result = load_scenario(text);
  REQUIRE(result.problems.empty());
  return std::move(*result.scenario);
}

/// 12 months at 10 % a year: a one-time cost at the start and a monthly benefit from month 1.
std::string linear_scenario(const std::string& cost, const std::string& benefit) {
  return R"({"name": "linear", "horizon_months": 12, "discount_rate_percent": 10,
    "costs": {"one_time": [{"name": "work", "amount": )" +
         cost + R"(}]},
    "benefits": {"monthly": [{"name": "saving", "amount": )" +
         benefit + R"(}]}})";
}

/// The sum of the discount factors of months 1..12 at 10 % a year: NPV = -cost + benefit * this.
double annuity_factor() {
  const double monthly = std::pow(1.1, 1.0 / 12) - 1;
  double sum = 0;
  for (int month = 1; month <= 12; ++month) sum += std::pow(1 + monthly, -month);
  return sum;
}

double npv_of(const Scenario& scenario) {
  PeriodFlows workspace;
  return evaluate_numbers(scenario, workspace)->npv;
}

}  // namespace

TEST_CASE("the mean NPV of a scenario linear in its inputs is the NPV at the input means",
          "[simulate]") {
  const Scenario scenario = load(linear_scenario(
      R"({"low": 40000, "likely": 45000, "high": 60000})",
      R"({"low": 3000, "likely": 4500, "high": 5000, "distribution": "triangular"})"));
  const ScenarioSimulation simulation =
      simulate_scenario(scenario, {.trials = 200000, .seed = 3, .threads = 2});
  // The NPV at the means: pert (40 + 4 * 45 + 60) / 6 = 46,666.67; triangular 12,500 / 3.
  const Scenario at_means = load(linear_scenario("46666.666666666667", "4166.6666666666667"));
  const FigureStatistics& npv = simulation.figures[kNpv];
  CHECK(npv.defined == 200000);
  CHECK(std::fabs(*npv.mean - npv_of(at_means)) < 4 * *npv.standard_error);
  REQUIRE(simulation.inputs.size() == 2);
  CHECK(simulation.inputs[0].pointer == "/costs/one_time/0/amount");
  CHECK(simulation.inputs[0].theoretical_mean == Approx(46666.666666666667));
  CHECK(simulation.inputs[1].label == "saving: amount");
}

TEST_CASE("P(NPV < 0) of a uniform cost against its exact value", "[simulate]") {
  // NPV = -C + 5,000 * A with C uniform on [40,000, 80,000]: P(NPV < 0) = (80,000 - 5,000 A) /
  // 40,000.
  const Scenario scenario =
      load(linear_scenario(R"({"low": 40000, "high": 80000, "distribution": "uniform"})", "5000"));
  const std::size_t trials = 100000;
  const ScenarioSimulation simulation =
      simulate_scenario(scenario, {.trials = trials, .seed = 1, .threads = 2});
  const double exact = (80000 - 5000 * annuity_factor()) / 40000;
  REQUIRE(exact > 0.2);
  REQUIRE(exact < 0.8);
  CHECK(std::fabs(simulation.npv_negative - exact) <
        4 * std::sqrt(exact * (1 - exact) / static_cast<double>(trials)));
  // ROI < 0 exactly when the undiscounted net is negative: C > 60,000, probability 1/2.
  CHECK(std::fabs(simulation.roi_negative - 0.5) < 4 * std::sqrt(0.25 / trials));
}

TEST_CASE("NPV percentiles of a one-input scenario follow the input's inverse CDF", "[simulate]") {
  // NPV = 5,000 A - C, decreasing in C: its p-th percentile is 5,000 A - Q_C(1 - p).
  const Range cost{40000, 50000, 80000, Distribution::triangular};
  const Scenario scenario = load(linear_scenario(
      R"({"low": 40000, "likely": 50000, "high": 80000, "distribution": "triangular"})", "5000"));
  const std::size_t trials = 400000;
  const ScenarioSimulation simulation =
      simulate_scenario(scenario, {.trials = trials, .seed = 5, .threads = 2});
  for (std::size_t level = 0; level < reported_percentile_levels.size(); ++level) {
    const double p = reported_percentile_levels[level];
    CAPTURE(p);
    const double quantile = range_quantile(cost, 1 - p);
    const double density = quantile < 50000 ? 2 * (quantile - 40000) / (40000.0 * 10000)
                                            : 2 * (80000 - quantile) / (40000.0 * 30000);
    const double standard_error = std::sqrt(p * (1 - p) / static_cast<double>(trials)) / density;
    CHECK(std::fabs(*simulation.figures[kNpv].percentiles[level] -
                    (5000 * annuity_factor() - quantile)) < 4 * standard_error);
  }
}

TEST_CASE("simulate_scenario gives the same bits on one thread and on two", "[simulate]") {
  const Scenario scenario =
      load(linear_scenario(R"({"low": 40000, "likely": 45000, "high": 60000})",
                           R"({"low": 3000, "likely": 4500, "high": 5000})"));
  const ScenarioSimulation one =
      simulate_scenario(scenario, {.trials = 9000, .seed = 9, .threads = 1});
  const ScenarioSimulation two =
      simulate_scenario(scenario, {.trials = 9000, .seed = 9, .threads = 2});
  for (std::size_t figure = 0; figure < simulated_figures.size(); ++figure) {
    CAPTURE(simulated_figures[figure].key);
    CHECK(one.figures[figure].mean == two.figures[figure].mean);
    CHECK(one.figures[figure].std_dev == two.figures[figure].std_dev);
    CHECK(one.figures[figure].percentiles == two.figures[figure].percentiles);
  }
  CHECK(one.inputs[0].sampled_mean == two.inputs[0].sampled_mean);
  CHECK(one.npv_histogram.counts == two.npv_histogram.counts);
}

TEST_CASE("a scenario without ranges is a point: every percentile is calc's figure", "[simulate]") {
  const Scenario scenario = load(linear_scenario("45000", "4500"));
  const ScenarioSimulation simulation =
      simulate_scenario(scenario, {.trials = 10, .seed = 1, .threads = 2});
  const double npv = npv_of(scenario);
  // Every trial is the same point; simulate sums its present values multiplying by the discount
  // factor where calc divides by 1 + r, so the two agree to the last few bits, not to the bit.
  for (const auto& percentile : simulation.figures[kNpv].percentiles) {
    CHECK(*percentile == *simulation.figures[kNpv].min);
    CHECK_THAT(*percentile, Catch::Matchers::WithinRel(npv, 1e-14));
  }
  CHECK(*simulation.figures[kNpv].std_dev == 0);
  CHECK(simulation.inputs.empty());
}

TEST_CASE("trials that never pay back rank beyond the horizon and count as not paid back",
          "[simulate]") {
  // Paid back within 12 months only when C <= 12 * 5,000 = 60,000: half of uniform [40k, 80k].
  const Scenario scenario =
      load(linear_scenario(R"({"low": 40000, "high": 80000, "distribution": "uniform"})", "5000"));
  const std::size_t trials = 20000;
  const ScenarioSimulation simulation =
      simulate_scenario(scenario, {.trials = trials, .seed = 2, .threads = 2});
  CHECK(std::fabs(simulation.not_paid_back - 0.5) < 4 * std::sqrt(0.25 / trials));
  const FigureStatistics& payback = simulation.figures[kPaybackMonths];
  CHECK(payback.defined ==
        trials - static_cast<std::size_t>(std::lround(simulation.not_paid_back * trials)));
  CHECK(payback.percentiles[0].has_value());        // p5: paid back
  CHECK_FALSE(payback.percentiles[3].has_value());  // p90: beyond the horizon
  CHECK(*payback.max <= 12);
}

TEST_CASE("target probabilities: each target and all of them", "[simulate]") {
  std::string text =
      linear_scenario(R"({"low": 40000, "high": 80000, "distribution": "uniform"})", "5000");
  text.insert(text.rfind('}'), R"(, "targets": {"max_payback_months": 10, "min_npv": 0})");
  const Scenario scenario = load(text);
  const std::size_t trials = 20000;
  const ScenarioSimulation simulation =
      simulate_scenario(scenario, {.trials = trials, .seed = 4, .threads = 2});
  REQUIRE(simulation.targets.size() == 2);
  CHECK(simulation.targets[0].key == "max_payback_months");
  // Payback <= 10 months when C <= 50,000: a quarter of the range.
  CHECK(std::fabs(simulation.targets[0].probability - 0.25) < 4 * std::sqrt(0.1875 / trials));
  CHECK(simulation.targets[1].probability == Approx(1 - simulation.npv_negative));
  // Payback <= 10 months implies NPV >= 0 here, so all targets are met as often as the first.
  CHECK(*simulation.meets_targets == simulation.targets[0].probability);
}

TEST_CASE("ScenarioTrials draws the same trials as simulate_scenario", "[simulate]") {
  const Scenario scenario =
      load(linear_scenario(R"({"low": 40000, "likely": 45000, "high": 60000})", "4500"));
  const ScenarioSimulation simulation =
      simulate_scenario(scenario, {.trials = 5000, .seed = 8, .threads = 2});
  ScenarioTrials trials(scenario, 8);
  REQUIRE(trials.input_count() == 1);
  std::vector<double> drawn(1);
  std::array<double, simulated_figures.size()> figures{};
  double sum = 0;
  double lowest = 1e300;
  for (std::uint64_t trial = 0; trial < 5000; ++trial) {
    trials.run(trial, drawn, figures);
    sum += drawn[0];
    lowest = std::min(lowest, figures[kNpv]);
  }
  CHECK(sum / 5000 == Approx(simulation.inputs[0].sampled_mean).epsilon(1e-12));
  CHECK(lowest == *simulation.figures[kNpv].min);
}
