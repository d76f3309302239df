// A metric value: either a finite number or "undefined, because ...".
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace crmroi {

/// The result of a metric: a finite number, or undefined with a human-readable reason.
/// Never holds inf or nan.
///
///   Metric::defined(1.7667).value()          // 1.7667
///   Metric::undefined("no costs").reason()   // "no costs"
class Metric {
 public:
  /// A defined metric. A non-finite `value` becomes undefined ("not a finite number").
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

  friend bool operator==(const Metric&, const Metric&) = default;

 private:
  std::optional<double> value_;
  std::string reason_;
};

}  // namespace crmroi
