// Sampled moments against closed forms, in standard errors.
#pragma once

#include <cmath>
#include <cstdint>

namespace crmroi::testing {

// How far the sample mean and variance of n draws lie from their closed forms, in standard errors
// (the variance's standard error from the fourth central moment).
struct MomentCheck {
  double mean_error_in_standard_errors = 0;
  double variance_error_in_standard_errors = 0;
};

template <typename Draw>
MomentCheck check_moments(Draw&& draw_one, double mean, double variance, double fourth_moment,
                          int count) {
  double sum = 0;
  double sum_of_squares = 0;
  for (int index = 0; index < count; ++index) {
    const double deviation = draw_one(static_cast<std::uint64_t>(index)) - mean;
    sum += deviation;
    sum_of_squares += deviation * deviation;
  }
  const double n = count;
  const double sample_mean_offset = sum / n;
  // Variance about the known mean: its standard error is sqrt((mu4 - sigma^4) / n).
  const double sample_variance = sum_of_squares / n;
  return {
      std::fabs(sample_mean_offset) / std::sqrt(variance / n),
      std::fabs(sample_variance - variance) / std::sqrt((fourth_moment - variance * variance) / n)};
}

}  // namespace crmroi::testing
