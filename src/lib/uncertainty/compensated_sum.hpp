// A sum with Neumaier's compensation, shared by the simulation loop and the statistics.
#pragma once

#include <cmath>

namespace crmroi::detail {

/// Carries the rounding error of each addition, so the mean of ten million values keeps its last
/// digits.
class CompensatedSum {
 public:
  void add(double value) {
    // Neumaier's compensation, with the exact rounding error of sum_ + value found by Knuth's
    // TwoSum: the same error as choosing by |sum_| >= |value|, to the bit, without a branch.
    const double total = sum_ + value;
    const double value_part = total - sum_;
    compensation_ += (sum_ - (total - value_part)) + (value - value_part);
    sum_ = total;
  }
  [[nodiscard]] double value() const { return sum_ + compensation_; }

 private:
  double sum_ = 0;
  double compensation_ = 0;
};

}  // namespace crmroi::detail
