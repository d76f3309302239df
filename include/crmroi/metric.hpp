// A metric value: either a finite number or "undefined, because ...".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace crmroi {

/// The largest magnitude of any metric: a value of 1e300 or more (or inf, nan) cannot be shown as
/// a finite number in every format (rounding to 15 significant digits, or a percentage, could
/// overflow), so Metric::defined makes it undefined: "too large to show as a number".
inline constexpr double kLargestMetricMagnitude = 1e300;

/// The largest percentage shown: a fraction shown as a percentage (ROI, PV ROI, ROMI, IRR, ...)
/// whose size reaches 1e15 % has no digit left for its fraction among the 15 significant digits
/// every format shows, and only comes from an almost-zero divisor; Metric::percentage makes it
/// undefined.
inline constexpr double kLargestPercent = 1e15;

/// The result of a metric: a finite number, or undefined with a human-readable reason.
/// Never holds inf or nan, nor a value of kLargestMetricMagnitude or more in size.
///
///   Metric::defined(1.7667).value()          // 1.7667
///   Metric::undefined("no costs").reason()   // "no costs"
class Metric {
 public:
  /// A defined metric. A value that is not finite, or of kLargestMetricMagnitude or more in size,
  /// becomes undefined ("too large to show as a number").
  static Metric defined(double value);
  /// An undefined metric with the reason, e.g. "no new customers".
  static Metric undefined(std::string reason);

  [[nodiscard]] bool is_defined() const { return value_.has_value(); }
  /// The number; only meaningful when is_defined().
  [[nodiscard]] double value() const { return value_.value_or(0.0); }
  /// The reason it is undefined; empty when defined.
  [[nodiscard]] const std::string& reason() const { return reason_; }
  /// The number as an optional.
  [[nodiscard]] const std::optional<double>& number() const { return value_; }

  /// Applies `f` to the value when defined; keeps the reason otherwise.
  template <typename F>
  [[nodiscard]] Metric map(F&& f) const {
    if (!is_defined()) return *this;
    return defined(std::forward<F>(f)(*value_));
  }

  /// A fraction to be shown as a percentage: defined, or undefined "too large to show (1e15 % or
  /// more): <why>" when its percentage reaches kLargestPercent in size (or it is not finite).
  ///   Metric::percentage(1e14, "the costs are almost zero").reason()
  ///     -> "too large to show (1e15 % or more): the costs are almost zero"
  static Metric percentage(double fraction, std::string_view why);

  friend bool operator==(const Metric&, const Metric&) = default;

 private:
  std::optional<double> value_;
  std::string reason_;
};

}  // namespace crmroi
