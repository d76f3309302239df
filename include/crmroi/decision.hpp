// What matters most and what must be true: the tornado (crmroi sensitivity) and goal seek
// (crmroi solve) over a scenario's numeric inputs, by the numbers-only evaluation. Numbers only:
// crmroi/render_decision.hpp words them. README.md, "Sensitivity and goal seek: the methods",
// documents both.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/figures.hpp"
#include "crmroi/metric.hpp"
#include "crmroi/scenario.hpp"

namespace crmroi {

/// The figures sensitivity and solve aim at (keys of kInvestmentFigures), the default first.
inline constexpr std::array<std::string_view, 6> decision_metric_keys = {
    "npv", "roi_percent", "pv_roi_percent", "payback_months", "irr_annual_percent", "net"};

/// decision_metric_keys for help and messages.
inline constexpr std::string_view decision_metric_names =
    "npv, roi_percent, pv_roi_percent, payback_months, irr_annual_percent, net";

/// The investment figure of one of decision_metric_keys, or nullptr for any other key.
///   decision_metric("npv")->label == "NPV";   decision_metric("tco") == nullptr
const FigureDefinition<InvestmentFigures>* decision_metric(std::string_view key);

// ---------------------------------------------------------------------------------------------
// sensitivity

/// Where each input of the tornado goes.
enum class SensitivityMode {
  percentiles,  ///< each ranged input to its 10th and 90th percentile (Crystal Ball's tornado)
  extremes,     ///< each ranged input to its low and its high
  swing,        ///< every numeric input that may hold a range, by ±swing_percent % of its value
};

struct SensitivitySettings {
  std::string_view metric = "npv";  ///< one of decision_metric_keys
  /// percentiles or extremes on a scenario without ranged inputs turn into swing (with a note).
  SensitivityMode mode = SensitivityMode::percentiles;
  double swing_percent = 20;  ///< swing only; more than 0
};

/// One bar of the tornado: the metric with one input at its low and at its high, every other
/// input as calc has it. Percent metrics are fractions (0.25), as everywhere in the library.
struct SensitivityRow {
  std::string pointer;  ///< "/benefits/order_uplift/percent"
  std::string label;    ///< "order uplift: percent"
  double input_low = 0;
  double input_high = 0;
  double input_base = 0;  ///< the value calc uses (a range's likely value)
  Metric metric_low;      ///< undefined where the metric is (no payback, no IRR)
  Metric metric_high;
  /// |metric_high − metric_low|; undefined when either end is.
  Metric swing;
  /// The share of the sum of squared defined swings explained by this row and the rows above;
  /// nullopt for a row without a swing, or when no input moves the metric.
  std::optional<double> cumulative_share;
};

/// A tornado. Rows are sorted by swing, largest first; a row whose metric is undefined at either
/// end has no swing and comes first (that input alone can take the metric out of reach: no
/// payback within the horizon, no IRR); ties keep the scenario's order.
struct Sensitivity {
  const FigureDefinition<InvestmentFigures>* metric = nullptr;
  SensitivityMode mode = SensitivityMode::percentiles;  ///< as run (swing without ranges)
  double swing_percent = 0;                             ///< swing mode only
  Metric base;                                          ///< the figure calc prints
  std::vector<SensitivityRow> rows;
  /// swing mode: the inputs left out because they cannot move (0 swung by a percentage, an
  /// integer that rounds back to itself, a value held at a bound on both sides).
  std::vector<std::string> unmoved;
  /// percentiles or extremes asked of a scenario without ranged inputs.
  bool fell_back_to_swing = false;
};

/// The tornado of a validated scenario with an investment case (evaluate_numbers for every
/// point; nothing is printed). An integer input (months, users) goes to its nearest integer,
/// halves up; a swung input stays within its key's bounds.
///   sensitivity(scenario, {.metric = "npv"}).rows[0].pointer -> "/benefits/order_uplift/percent"
Sensitivity sensitivity(const Scenario& scenario, const SensitivitySettings& settings);

// ---------------------------------------------------------------------------------------------
// goal seek

/// A goal: the input to change and the value one metric must reach.
struct GoalSeekSettings {
  std::string pointer;              ///< "/benefits/order_uplift/percent"
  std::string_view metric = "npv";  ///< one of decision_metric_keys
  /// In the metric's unit as people write it: percentage points for the `_percent` metrics
  /// (roi_percent = 100 is an ROI of 100 %), months, money.
  double target = 0;
};

/// Which side of the solution is better for the metric.
enum class BetterSide { above, below };

/// Why a goal has no solution.
enum class NoSolution {
  none,                  ///< solved
  always_below,          ///< the metric stays below the target over the whole search range
  always_above,          ///< ... above it
  undefined_everywhere,  ///< the metric is undefined at every point searched
  not_reached,           ///< the metric jumps past the target without reaching it
};

/// What goal seek found.
struct GoalSeek {
  std::string pointer;
  std::string label;  ///< "order uplift: percent"
  const FigureDefinition<InvestmentFigures>* metric = nullptr;
  double target = 0;  ///< as given (percentage points for percent metrics)
  double current_value = 0;
  bool integer = false;   ///< a whole-number key: the value is the first integer meeting it
  double search_low = 0;  ///< the range searched (README: the key's bounds, or the ceiling)
  double search_high = 0;
  bool solved = false;
  std::optional<double> value;       ///< solved: the solution nearest the current value
  Metric metric_at_value;            ///< solved: the metric there (a fraction for percent metrics)
  std::optional<BetterSide> better;  ///< solved: values on this side of `value` do better
  std::vector<double> other_solutions;  ///< ascending
  NoSolution no_solution = NoSolution::none;
  /// Unsolved, with a defined metric somewhere: the point searched nearest to the target
  /// (x, and the metric there as a fraction for percent metrics).
  std::optional<double> closest_value;
  Metric metric_at_closest;
};

/// Either the goal seek or why the goal names nothing to seek (never both).
struct GoalSeekResult {
  std::optional<GoalSeek> seek;
  std::string
      error;  ///< as with_input words a bad pointer: "no numeric input at ...; nearest: ..."
};

/// The value of the input at settings.pointer at which the metric equals the target, every other
/// input as calc has it, searched over the key's whole valid range (README.md documents the
/// grid, the ceiling of unbounded keys and whole-number keys). The metric at a continuous
/// key's value equals the target to 1e-9 relative or 1e-6 absolute (in the unit of `target`).
///   goal_seek(s, {.pointer = "/benefits/order_uplift/percent"}).seek->value -> 1.84...
GoalSeekResult goal_seek(const Scenario& scenario, const GoalSeekSettings& settings);

}  // namespace crmroi
