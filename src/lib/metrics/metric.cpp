#include "crmroi/metric.hpp"

#include <cmath>

namespace crmroi {

Metric Metric::defined(double value) {
  if (!std::isfinite(value)) return undefined("not a finite number");
  Metric metric;
  metric.value_ = value == 0.0 ? 0.0 : value;  // no negative zero
  return metric;
}

Metric Metric::undefined(std::string reason) {
  Metric metric;
  metric.reason_ = std::move(reason);
  return metric;
}

}  // namespace crmroi
