#include "crmroi/metric.hpp"

#include <cmath>

namespace crmroi {

Metric Metric::defined(double value) {
  if (std::isnan(value)) return undefined("not a number");
  if (!(std::fabs(value) < kLargestMetricMagnitude))
    return undefined("too large to show as a number");
  Metric metric;
  metric.value_ = value == 0.0 ? 0.0 : value;  // no negative zero
  return metric;
}

Metric Metric::percentage(double fraction, std::string_view why) {
  if (std::isnan(fraction) || std::fabs(fraction) * 100.0 < kLargestPercent)
    return defined(fraction);
  std::string reason = "too large to show (1e15 % or more): ";
  reason += why;
  return undefined(std::move(reason));
}

Metric Metric::undefined(std::string reason) {
  Metric metric;
  metric.reason_ = std::move(reason);
  return metric;
}

}  // namespace crmroi
