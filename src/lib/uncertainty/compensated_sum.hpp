// A sum with Neumaier's compensation, shared by the simulation loop and the statistics.
#pragma once

#include <cmath>

namespace crmroi::detail {

/// Carries the rounding error of each addition, so the mean of ten million values keeps its last
/// digits.
class CompensatedSum {
 public:
  void add(double value) {
    const double total = sum_ + value;
    if (std::fabs(sum_) >= std::fabs(value)) {
      compensation_ += (sum_ - total) + value;
    } else {
      compensation_ += (value - total) + sum_;
    }
    sum_ = total;
  }
  [[nodiscard]] double value() const { return sum_ + compensation_; }

 private:
  double sum_ = 0;
  double compensation_ = 0;
};

}  // namespace crmroi::detail
