// Monte Carlo over a scenario's ranged inputs (crmroi simulate): each trial draws every ranged
// input, evaluates the scenario's headline figures by the numbers-only path, and the trials are
// summarised figure by figure, with the probabilities of a loss, of no payback and of meeting the
// targets. README.md, "Ranges and Monte Carlo: the methods", documents the draws and statistics.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/range_distribution.hpp"
#include "crmroi/scenario.hpp"
#include "crmroi/trial_statistics.hpp"

namespace crmroi {

/// A figure simulate summarises: its JSON key, its label for people, and how its undefined
/// trials count.
struct SimulatedFigureInfo {
  std::string_view key;
  std::string_view label;
  UndefinedTrials undefined = UndefinedTrials::left_out;
};

/// The figures in the record's order: total_cost, total_benefit, net, roi_percent,
/// pv_roi_percent, npv, irr_annual_percent, payback_months. As everywhere in the library, the
/// three `_percent` figures are held as fractions (0.25) and shown as points (25).
inline constexpr std::array<SimulatedFigureInfo, 8> simulated_figures = {{
    {"total_cost", "Total cost (TCO)", UndefinedTrials::left_out},
    {"total_benefit", "Total benefit", UndefinedTrials::left_out},
    {"net", "Net", UndefinedTrials::left_out},
    {"roi_percent", "ROI", UndefinedTrials::left_out},
    {"pv_roi_percent", "PV ROI", UndefinedTrials::left_out},
    {"npv", "NPV", UndefinedTrials::left_out},
    {"irr_annual_percent", "IRR (annual)", UndefinedTrials::left_out},
    {"payback_months", "Payback", UndefinedTrials::beyond_horizon},
}};

/// Index of a figure in simulated_figures.
enum SimulatedFigure : std::size_t {
  kTotalCost,
  kTotalBenefit,
  kNet,
  kRoiPercent,
  kPvRoiPercent,
  kNpv,
  kIrrAnnualPercent,
  kPaybackMonths,
};

struct SimulationSettings {
  std::size_t trials = 10000;
  std::uint64_t seed = 1;
  unsigned threads = 2;
};

/// A ranged input as simulated.
struct SimulatedInputSummary {
  std::string pointer;
  std::string label;  ///< "order uplift: percent"
  Range range;
  bool integer = false;  ///< drawn values rounded half up
  double theoretical_mean = 0;
  double sampled_mean = 0;
};

/// The probability that a trial meets one target of the scenario.
struct TargetProbability {
  std::string_view key;  ///< "min_roi_percent", "max_payback_months", "min_npv"
  double probability = 0;
};

/// Everything simulate reports about one scenario.
struct ScenarioSimulation {
  std::size_t trials = 0;
  std::uint64_t seed = 0;
  std::array<FigureStatistics, simulated_figures.size()> figures;
  double npv_negative = 0;   ///< P(NPV < 0)
  double roi_negative = 0;   ///< P(ROI < 0); a trial without an ROI is not negative
  double not_paid_back = 0;  ///< P(payback beyond the horizon)
  /// With targets: P(every target met) and each target's own probability. Like `check`, a
  /// target is met when ROI >= min_roi_percent, payback <= max_payback_months (a trial that
  /// never pays back misses it), NPV >= min_npv; compared unrounded.
  std::optional<double> meets_targets;
  std::vector<TargetProbability> targets;
  std::vector<SimulatedInputSummary> inputs;
  /// NPV over the trials in equal bins from its min to its max: counts[i] trials fall in
  /// [low + i w, low + (i + 1) w), the last bin closed, w = (high - low) / counts.size(). One
  /// bin when every trial has the same NPV.
  struct Histogram {
    double low = 0;
    double high = 0;
    std::vector<std::size_t> counts;
  } npv_histogram;
};

/// The number of bins of ScenarioSimulation::npv_histogram.
inline constexpr std::size_t npv_histogram_bins = 16;

/// Simulates a validated scenario with an investment case. Without ranged inputs every trial
/// is the same point (all percentiles equal). The result is the same, bit for bit, for any
/// `settings.threads`.
ScenarioSimulation simulate_scenario(const Scenario& scenario, const SimulationSettings& settings);

/// Trials of one scenario, one at a time, for `--samples` (one row per trial): the same draws
/// and figures as simulate_scenario's trial of the same index. Not for sharing between threads.
///   ScenarioTrials trials(scenario, 1);
///   trials.run(0, drawn, figures);   // drawn: one per ranged input; figures: NaN = undefined
class ScenarioTrials {
 public:
  ScenarioTrials(const Scenario& scenario, std::uint64_t seed);
  ~ScenarioTrials();
  ScenarioTrials(const ScenarioTrials&) = delete;
  ScenarioTrials& operator=(const ScenarioTrials&) = delete;

  /// The ranged inputs, in the scenario's order (as ScenarioSimulation::inputs).
  [[nodiscard]] std::size_t input_count() const;
  /// Trial `trial`: each input's drawn value into `drawn` (input_count() of them), each figure
  /// of simulated_figures into `figures` (NaN where undefined; payback: beyond the horizon).
  void run(std::uint64_t trial, std::span<double> drawn, std::span<double> figures);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace crmroi
