// One bracketing root solver (Brent's method) for any continuous function of one variable whose
// values at the two ends of an interval have opposite signs. The IRR uses it on the NPV; goal
// seek can use it on any figure minus its target.
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>

#include "crmroi/metric.hpp"

namespace crmroi {

/// A point of a function: `x` and the function's `value` there.
struct FunctionPoint {
  double x = 0;
  double value = 0;
};

/// A root of `function` between `low` and `high`, whose values (as given, not recomputed) must
/// be of opposite signs or zero. Brent's method: inverse quadratic or secant steps while they
/// shrink the bracket fast enough, bisection otherwise, and a step of at least the tolerance so
/// that the bracket collapses once the estimate has converged. It never leaves the bracket and
/// stops when the bracket is narrower than 2 ulps of the root (plus 1e-18) or a value is exactly
/// zero, after at most 200 steps.
///   solve_bracketed([](double x) { return x * x * x - 2; }, {0, -2}, {2, 6}) -> 1.2599210498948732
template <typename Function>
double solve_bracketed(Function&& function, FunctionPoint low, FunctionPoint high) {
  const auto sign_of = [](double value) { return (value > 0.0) - (value < 0.0); };
  constexpr double kEpsilon = std::numeric_limits<double>::epsilon();
  FunctionPoint best = high;     // the estimate with the smaller |value|
  FunctionPoint opposite = low;  // the other end of the bracket (its value has the opposite sign)
  FunctionPoint previous = low;  // the estimate before `best`
  double step = best.x - previous.x;
  double step_before = step;
  for (int iteration = 0; iteration < 200; ++iteration) {
    if (sign_of(best.value) == sign_of(opposite.value)) {
      opposite = previous;
      step = best.x - previous.x;
      step_before = step;
    }
    if (std::fabs(opposite.value) < std::fabs(best.value)) {
      previous = best;
      best = opposite;
      opposite = previous;
    }
    const double tolerance = 2.0 * kEpsilon * std::fabs(best.x) + 1e-18;
    const double half_width = 0.5 * (opposite.x - best.x);
    if (std::fabs(half_width) <= tolerance || best.value == 0.0) return best.x;

    bool interpolated = false;
    if (std::fabs(step_before) >= tolerance && std::fabs(previous.value) > std::fabs(best.value)) {
      // Interpolate through the last points: p / q is the proposed step from `best`.
      const double s = best.value / previous.value;
      double p = 0.0;
      double q = 0.0;
      if (previous.x == opposite.x) {  // secant
        p = 2.0 * half_width * s;
        q = 1.0 - s;
      } else {  // inverse quadratic
        const double u = previous.value / opposite.value;
        const double v = best.value / opposite.value;
        p = s * (2.0 * half_width * u * (u - v) - (best.x - previous.x) * (v - 1.0));
        q = (u - 1.0) * (v - 1.0) * (s - 1.0);
      }
      if (p > 0.0) {
        q = -q;
      } else {
        p = -p;
      }
      // Accept only a step that stays well inside the bracket and shrinks faster than halving
      // every other step.
      if (2.0 * p <
          std::min(3.0 * half_width * q - std::fabs(tolerance * q), std::fabs(step_before * q))) {
        step_before = step;
        step = p / q;
        interpolated = true;
      }
    }
    if (!interpolated) {
      step = half_width;
      step_before = half_width;
    }
    previous = best;
    best.x += std::fabs(step) > tolerance ? step : (half_width > 0.0 ? tolerance : -tolerance);
    best.value = function(best.x);
  }
  return best.x;
}

/// A root of `function` on [low, high] as a metric: undefined when an end is not a finite number
/// or the function's values at the two ends have the same sign ("no sign change between x = ...
/// and x = ..."), or a value there is not a finite number.
///   solve_on_bracket([](double x) { return std::exp(x) - 3; }, 0, 2) -> 1.0986122886681098
template <typename Function>
Metric solve_on_bracket(Function&& function, double low, double high) {
  if (!std::isfinite(low) || !std::isfinite(high) || !(low < high)) {
    return Metric::undefined("the bracket is not a finite interval with low < high");
  }
  const FunctionPoint at_low{low, function(low)};
  const FunctionPoint at_high{high, function(high)};
  if (!std::isfinite(at_low.value) || !std::isfinite(at_high.value)) {
    return Metric::undefined("the function is not a finite number at an end of the bracket");
  }
  if ((at_low.value > 0.0 && at_high.value > 0.0) || (at_low.value < 0.0 && at_high.value < 0.0)) {
    return Metric::undefined("the function has the same sign at both ends of the bracket");
  }
  return Metric::defined(solve_bracketed(function, at_low, at_high));
}

}  // namespace crmroi
