// A sum with Neumaier's compensation, shared by the totals of a report (report/figures.cpp), the
// simulation loop and its statistics.
#pragma once

#include <cmath>

namespace crmroi::detail {

/// Carries the rounding error of each addition and adds it back at the end: 60 months of
/// 11,414.605 sum to 684,876.3 exactly as written, not a few ulps below it (a naive sum drifts by
/// up to one ulp per month, more than the 15 significant digits a spreadsheet's ROUND(SUM(...), 2)
/// looks at: 699,185.765 printed .76), and the mean of ten million values keeps its last digits.
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
