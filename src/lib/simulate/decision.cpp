// The tornado and goal seek (crmroi/decision.hpp): one input changed at a time in a working copy
// of the scenario, each point evaluated by evaluate_numbers. README.md, "Sensitivity and goal
// seek: the methods", documents what is computed here.
#include "crmroi/decision.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <span>

#include "crmroi/range_distribution.hpp"
#include "crmroi/report.hpp"
#include "crmroi/scenario_format.hpp"
#include "crmroi/scenario_inputs.hpp"
#include "crmroi/solver.hpp"

namespace crmroi {
namespace {

/// A working copy of a scenario whose inputs at `pointers` can be set, and one metric of it
/// evaluated by the numbers-only path.
class MetricProbe {
 public:
  MetricProbe(const Scenario& scenario, const FigureDefinition<InvestmentFigures>& metric,
              std::span<const std::string> pointers)
      : scenario_(scenario), metric_(metric) {
    setters_ = input_setters(scenario_, pointers);
  }

  /// The metric with input `input` at `value` (it stays there until set again).
  Metric at(std::size_t input, double value) {
    setters_[input](value == 0 ? 0.0 : value);
    return metric();
  }

  /// The metric of the working copy as it stands.
  Metric metric() {
    const std::optional<HeadlineFigures> headline = evaluate_numbers(scenario_, workspace_);
    if (!headline) return Metric::undefined("the scenario has no investment case");
    static_cast<HeadlineFigures&>(figures_) = *headline;
    return metric_.value(figures_);
  }

 private:
  Scenario scenario_;
  const FigureDefinition<InvestmentFigures>& metric_;
  std::vector<std::function<void(double)>> setters_;
  PeriodFlows workspace_;
  InvestmentFigures figures_;
};

/// An input as the analysis needs it: where, what, its value and its rule.
struct InputInfo {
  std::string pointer;
  std::string label;
  double value = 0;
  bool may_be_range = false;
  NumberRule rule;
};

std::vector<InputInfo> inputs_of(const Scenario& scenario) {
  std::vector<InputInfo> inputs;
  for_each_input(scenario, [&](const Input& input) {
    if (!input.field || !input.field->rule) return;
    inputs.push_back({std::string(input.pointer), std::string(input.label), input.value,
                      input.field->may_be_range, *input.field->rule});
  });
  // The scenario's own bounds (a month at most the horizon), as with_input checks them.
  for (InputInfo& input : inputs) {
    if (const std::optional<NumberRule> rule = input_rule(scenario, input.pointer)) {
      input.rule = *rule;
    }
  }
  return inputs;
}

/// `value` moved into the bounds of `rule`; `fallback` where only an excluded bound is left.
double within(const NumberRule& rule, double value, double fallback) {
  if (value > rule.high) value = rule.high;
  if (value < rule.low) value = rule.low;
  if (rule.low_exclusive && value <= rule.low) return fallback;
  return value;
}

// ---- sensitivity --------------------------------------------------------------------------------

struct TornadoInput {
  std::string pointer;
  std::string label;
  double low = 0;
  double base = 0;
  double high = 0;
};

std::vector<TornadoInput> ranged_tornado_inputs(const Scenario& scenario,
                                                const std::vector<InputInfo>& inputs,
                                                SensitivityMode mode) {
  std::vector<TornadoInput> chosen;
  for (const RangedInput& ranged : scenario.ranged_inputs) {
    const auto found = std::find_if(inputs.begin(), inputs.end(), [&](const InputInfo& i) {
      return i.pointer == ranged.pointer;
    });
    if (found == inputs.end()) continue;
    double low = ranged.range.low;
    double high = ranged.range.high;
    if (mode == SensitivityMode::percentiles) {
      low = range_quantile(ranged.range, 0.1);
      high = range_quantile(ranged.range, 0.9);
    }
    if (found->rule.integer) {
      low = round_half_up(low);
      high = round_half_up(high);
    }
    chosen.push_back({ranged.pointer, found->label, low, found->value, high});
  }
  return chosen;
}

std::vector<TornadoInput> swung_tornado_inputs(const std::vector<InputInfo>& inputs,
                                               double swing_percent,
                                               std::vector<std::string>& unmoved) {
  std::vector<TornadoInput> chosen;
  const double share = swing_percent / 100.0;
  for (const InputInfo& input : inputs) {
    if (!input.may_be_range) continue;  // the horizon, targets, analysis blocks
    double down = input.value * (1.0 - share);
    double up = input.value * (1.0 + share);
    if (input.rule.integer) {
      down = round_half_up(down);
      up = round_half_up(up);
    }
    double low = within(input.rule, std::min(down, up), input.value);
    double high = within(input.rule, std::max(down, up), input.value);
    if (low == high) {
      unmoved.push_back(input.pointer);
      continue;
    }
    chosen.push_back({input.pointer, input.label, low, input.value, high});
  }
  return chosen;
}

void sort_and_share(std::vector<SensitivityRow>& rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const SensitivityRow& a, const SensitivityRow& b) {
    if (a.swing.is_defined() != b.swing.is_defined()) return !a.swing.is_defined();
    return a.swing.value() > b.swing.value();
  });
  double total = 0;
  for (const SensitivityRow& row : rows) {
    if (row.swing.is_defined()) total += row.swing.value() * row.swing.value();
  }
  if (!(total > 0)) return;
  double running = 0;
  for (SensitivityRow& row : rows) {
    if (!row.swing.is_defined()) continue;
    running += row.swing.value() * row.swing.value();
    row.cumulative_share = std::min(1.0, running / total);
  }
}

// ---- goal seek ----------------------------------------------------------------------------------

/// Keys whose upper bound is this large or larger have none in practice: goal seek searches
/// them up to a ceiling (README.md, "Sensitivity and goal seek: the methods").
constexpr double kUnboundedAbove = 1e9;
/// The ceiling of such keys: the larger of this and kCeilingTimesCurrent × |current value|.
constexpr double kSmallestCeiling = 1000;
constexpr double kCeilingTimesCurrent = 100;
/// Evenly spaced points of the search grid, and points spaced by powers of two from the current
/// value out to each end (so that roots near the current value are bracketed closely).
constexpr int kEvenGridIntervals = 256;
constexpr int kGeometricSteps = 48;
/// Whole-number keys with at most this many values are searched value by value.
constexpr double kEveryIntegerUpTo = 2048;

/// A point of the search: x, and the metric minus the target in the target's unit; NaN where
/// the metric is undefined.
struct SearchPoint {
  double x = 0;
  double gap = 0;
};

struct Root {
  double x = 0;
  SearchPoint before;  ///< the grid points around it (the same point for an exact hit)
  SearchPoint after;
  bool exact = false;  ///< x is a point where the metric equals the target
};

class GoalFunction {
 public:
  GoalFunction(const Scenario& scenario, const FigureDefinition<InvestmentFigures>& metric,
               const std::string& pointer, double target, int horizon_months)
      : pointers_{pointer},
        probe_(scenario, metric, pointers_),
        percent_(metric.quantity == Quantity::percent),
        payback_(metric.key == "payback_months"),
        target_(target),
        horizon_months_(horizon_months) {}

  /// The metric at x (a fraction for percent metrics).
  Metric metric_at(double x) { return probe_.at(0, x); }

  /// The metric at x minus the target, in the target's unit. A payback beyond the horizon counts
  /// as the horizon (the payback tends to it as it leaves), so that the sign of the gap stays
  /// right; other undefined values are NaN.
  double gap_at(double x) {
    const Metric metric = metric_at(x);
    if (!metric.is_defined()) {
      if (payback_) return static_cast<double>(horizon_months_) - target_;
      return std::nan("");
    }
    return shown(metric.value()) - target_;
  }

  /// A metric's value in the target's unit.
  [[nodiscard]] double shown(double value) const { return percent_ ? value * 100.0 : value; }

  /// True when `metric` equals the target to 1e-9 relative or 1e-6 absolute.
  [[nodiscard]] bool reaches(const Metric& metric) const {
    if (!metric.is_defined()) return false;
    const double gap = std::fabs(shown(metric.value()) - target_);
    return gap <= 1e-6 || gap <= 1e-9 * std::fabs(target_);
  }

 private:
  std::vector<std::string> pointers_;
  MetricProbe probe_;
  bool percent_;
  bool payback_;
  double target_;
  int horizon_months_;
};

std::vector<double> search_grid(double low, double high, double current, bool integer) {
  std::vector<double> grid;
  if (integer && high - low <= kEveryIntegerUpTo) {
    for (double x = low; x <= high; x += 1) grid.push_back(x);
    return grid;
  }
  for (int i = 0; i <= kEvenGridIntervals; ++i) {
    grid.push_back(low + (high - low) * i / kEvenGridIntervals);
  }
  if (current >= low && current <= high) {
    grid.push_back(current);
    for (const double end : {low, high}) {
      double step = (end - current) / 2;
      for (int i = 0; i < kGeometricSteps && std::fabs(step) > 0; ++i, step /= 2) {
        grid.push_back(current + step);
      }
    }
  }
  if (integer) {
    for (double& x : grid) x = std::clamp(round_half_up(x), low, high);
  }
  std::sort(grid.begin(), grid.end());
  grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
  return grid;
}

/// The crossing of a whole-number key between the integers a and b (gaps of opposite signs):
/// narrowed to two neighbouring integers by bisection.
Root integer_crossing(GoalFunction& function, SearchPoint a, SearchPoint b) {
  while (b.x - a.x > 1) {
    const double middle = std::floor((a.x + b.x) / 2);
    const SearchPoint m{middle, function.gap_at(middle)};
    if (std::isnan(m.gap)) break;
    if (m.gap == 0) return {m.x, a, b, true};
    if ((m.gap < 0) == (a.gap < 0)) {
      a = m;
    } else {
      b = m;
    }
  }
  return {a.x, a, b};
}

bool higher_is_better(const FigureDefinition<InvestmentFigures>& metric) {
  return metric.better != Better::lower;
}

}  // namespace

const FigureDefinition<InvestmentFigures>* decision_metric(std::string_view key) {
  if (std::find(decision_metric_keys.begin(), decision_metric_keys.end(), key) ==
      decision_metric_keys.end()) {
    return nullptr;
  }
  return find_investment_figure(key);
}

Sensitivity sensitivity(const Scenario& scenario, const SensitivitySettings& settings) {
  Sensitivity result;
  result.metric = decision_metric(settings.metric);
  if (result.metric == nullptr) result.metric = decision_metric("npv");
  result.mode = settings.mode;
  if (result.mode != SensitivityMode::swing && scenario.ranged_inputs.empty()) {
    result.mode = SensitivityMode::swing;
    result.fell_back_to_swing = true;
  }
  if (result.mode == SensitivityMode::swing) result.swing_percent = settings.swing_percent;

  const std::vector<InputInfo> inputs = inputs_of(scenario);
  const std::vector<TornadoInput> chosen =
      result.mode == SensitivityMode::swing
          ? swung_tornado_inputs(inputs, settings.swing_percent, result.unmoved)
          : ranged_tornado_inputs(scenario, inputs, result.mode);

  std::vector<std::string> pointers;
  pointers.reserve(chosen.size());
  for (const TornadoInput& input : chosen) pointers.push_back(input.pointer);
  MetricProbe probe(scenario, *result.metric, pointers);
  result.base = probe.metric();
  for (std::size_t index = 0; index < chosen.size(); ++index) {
    const TornadoInput& input = chosen[index];
    SensitivityRow row{input.pointer, input.label, input.low, input.high, input.base, {}, {}, {},
                       std::nullopt};
    row.metric_low = probe.at(index, input.low);
    row.metric_high = probe.at(index, input.high);
    probe.at(index, input.base);
    if (!row.metric_low.is_defined()) {
      row.swing = Metric::undefined("the metric at the low end: " + row.metric_low.reason());
    } else if (!row.metric_high.is_defined()) {
      row.swing = Metric::undefined("the metric at the high end: " + row.metric_high.reason());
    } else {
      row.swing = Metric::defined(std::fabs(row.metric_high.value() - row.metric_low.value()));
    }
    result.rows.push_back(std::move(row));
  }
  sort_and_share(result.rows);
  return result;
}

GoalSeekResult goal_seek(const Scenario& scenario, const GoalSeekSettings& settings) {
  GoalSeekResult result;
  const std::vector<InputInfo> inputs = inputs_of(scenario);
  const auto found = std::find_if(inputs.begin(), inputs.end(), [&](const InputInfo& input) {
    return input.pointer == settings.pointer;
  });
  if (found == inputs.end()) {
    result.error = with_input(scenario, settings.pointer, 0).error;
    return result;
  }
  const FigureDefinition<InvestmentFigures>* metric = decision_metric(settings.metric);
  if (metric == nullptr) {
    result.error = "no figure \"" + std::string(settings.metric) + "\" to solve for";
    return result;
  }

  GoalSeek seek;
  seek.pointer = found->pointer;
  seek.label = found->label;
  seek.metric = metric;
  seek.target = settings.target;
  seek.current_value = found->value;
  seek.integer = found->rule.integer;

  // The search range: the key's bounds, a ceiling for keys unbounded above, just inside an
  // excluded lower bound.
  const NumberRule& rule = found->rule;
  const double ceiling = std::max(kSmallestCeiling, kCeilingTimesCurrent * std::fabs(found->value));
  double low = rule.low;
  double high = rule.high >= kUnboundedAbove ? std::min(rule.high, ceiling) : rule.high;
  if (!std::isfinite(low)) low = -ceiling;
  if (rule.low_exclusive) low += 1e-6 * std::max(1.0, std::fabs(low));
  if (seek.integer) {
    low = std::ceil(low);
    high = std::floor(high);
  }
  high = std::max(high, low);
  seek.search_low = low;
  seek.search_high = high;

  GoalFunction function(scenario, *metric, found->pointer, settings.target,
                        scenario.horizon_months.value_or(0));
  std::vector<SearchPoint> points;
  for (const double x : search_grid(low, high, found->value, seek.integer)) {
    points.push_back({x, function.gap_at(x)});
  }

  // Every crossing between neighbouring points where the metric is defined at both.
  std::vector<Root> roots;
  bool any_defined = false;
  bool any_below = false;
  bool any_above = false;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const SearchPoint& a = points[i];
    if (std::isnan(a.gap)) continue;
    any_defined = true;
    any_below = any_below || a.gap < 0;
    any_above = any_above || a.gap > 0;
    if (a.gap == 0) {
      const SearchPoint& before = i > 0 ? points[i - 1] : a;
      const SearchPoint& after = i + 1 < points.size() ? points[i + 1] : a;
      roots.push_back({a.x, before, after, true});
      continue;
    }
    if (i + 1 >= points.size()) continue;
    const SearchPoint& b = points[i + 1];
    if (std::isnan(b.gap) || b.gap == 0 || (a.gap < 0) == (b.gap < 0)) continue;
    if (seek.integer) {
      roots.push_back(integer_crossing(function, a, b));
    } else {
      const double x = solve_bracketed([&](double value) { return function.gap_at(value); },
                                       {a.x, a.gap}, {b.x, b.gap});
      roots.push_back({x, a, b});
    }
  }

  // Keep the solutions: a continuous key's root must give the target; a whole-number key's
  // solution is the integer of its crossing that meets the target (README: whole-number keys).
  const bool higher = higher_is_better(*metric);
  const auto meets = [&](double gap) { return higher ? gap >= 0 : gap <= 0; };
  struct Solution {
    double x;
    BetterSide better;
  };
  std::vector<Solution> solutions;
  for (const Root& root : roots) {
    double x = root.x;
    if (seek.integer && !root.exact) x = meets(root.before.gap) ? root.before.x : root.after.x;
    const Metric reached = function.metric_at(x);
    if (seek.integer ? !reached.is_defined() : !function.reaches(reached)) continue;
    // Which side does better: compare the metric on either side of the crossing.
    const double before = std::isnan(root.before.gap) ? 0 : root.before.gap;
    const double after = std::isnan(root.after.gap) ? 0 : root.after.gap;
    const bool rises = after > before;
    const BetterSide better = rises == higher ? BetterSide::above : BetterSide::below;
    if (!solutions.empty() && solutions.back().x == x) continue;
    solutions.push_back({x, better});
  }

  if (!solutions.empty()) {
    const auto nearest = std::min_element(
        solutions.begin(), solutions.end(), [&](const Solution& a, const Solution& b) {
          return std::fabs(a.x - found->value) < std::fabs(b.x - found->value);
        });
    seek.solved = true;
    seek.value = nearest->x;
    seek.better = nearest->better;
    seek.metric_at_value = function.metric_at(nearest->x);
    for (const Solution& solution : solutions) {
      if (&solution != &*nearest) seek.other_solutions.push_back(solution.x);
    }
  } else {
    seek.no_solution = !any_defined              ? NoSolution::undefined_everywhere
                       : any_below && !any_above ? NoSolution::always_below
                       : any_above && !any_below ? NoSolution::always_above
                                                 : NoSolution::not_reached;
    const SearchPoint* closest = nullptr;
    for (const SearchPoint& point : points) {
      if (std::isnan(point.gap)) continue;
      if (!closest || std::fabs(point.gap) < std::fabs(closest->gap)) closest = &point;
    }
    if (closest) {
      const Metric there = function.metric_at(closest->x);
      if (there.is_defined()) {
        seek.closest_value = closest->x;
        seek.metric_at_closest = there;
      }
    }
  }
  result.seek = std::move(seek);
  return result;
}

}  // namespace crmroi
