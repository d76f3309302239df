// The distribution of a ranged input {low, likely, high, distribution}: its mean, variance,
// quantiles and draws. README.md, "How simulate draws", documents the formulas.
#pragma once

#include <optional>
#include <string_view>

#include "crmroi/random_stream.hpp"

namespace crmroi {

/// How a ranged input is spread between low and high.
enum class Distribution {
  pert,        ///< Beta-PERT with lambda 4 (the default)
  triangular,  ///< triangular with its peak at likely
  uniform,     ///< uniform; likely is the midpoint when not given
};

/// The name a scenario file uses: "pert", "triangular", "uniform".
std::string_view distribution_name(Distribution distribution);
/// The distribution a name stands for, or nothing for an unknown name.
std::optional<Distribution> distribution_from_name(std::string_view name);

/// A ranged input: low <= likely <= high and low < high (the loader checks this).
struct Range {
  double low = 0;
  double likely = 0;
  double high = 0;
  Distribution distribution = Distribution::pert;

  friend bool operator==(const Range&, const Range&) = default;
};

/// Beta-PERT shape parameters with lambda 4: alpha = 1 + 4 (likely - low) / (high - low),
/// beta = 1 + 4 (high - likely) / (high - low); alpha + beta = 6.
struct PertShape {
  double alpha = 0;
  double beta = 0;
};
PertShape pert_shape(const Range& range);

/// The mean: pert (low + 4 likely + high) / 6, triangular (low + likely + high) / 3,
/// uniform (low + high) / 2.
///   range_mean({0, 5, 20, Distribution::pert}) -> 6.6666...
double range_mean(const Range& range);

/// The variance: pert (mean - low)(high - mean) / 7, triangular
/// (a^2 + m^2 + b^2 - a m - a b - m b) / 18, uniform (high - low)^2 / 12.
double range_variance(const Range& range);

/// The fourth central moment, for the standard error of a sampled variance: pert from the Beta
/// kurtosis, triangular 2.4 variance^2, uniform (high - low)^4 / 80.
double range_fourth_central_moment(const Range& range);

/// The cumulative distribution function at x: P(X <= x).
double range_cdf(const Range& range, double x);

/// The quantile (inverse CDF) at probability p in [0, 1]: closed form for triangular and
/// uniform; for pert the x at which the regularized incomplete beta function reaches p, found by
/// bisection to the last bit.
///   range_quantile({0, 5, 10, Distribution::triangular}, 0.5) -> 5
double range_quantile(const Range& range, double p);

/// A range ready to draw from: the constants of its transform computed once.
class RangeSampler {
 public:
  explicit RangeSampler(const Range& range);
  /// One draw, as draw(range, random) documents.
  double draw(TrialRandom& random) const;

 private:
  Range range_;
  GammaShape alpha_;  ///< pert only
  GammaShape beta_;   ///< pert only
};

/// One draw: uniform low + u (high - low); triangular by its inverse CDF at u; pert
/// low + (high - low) X / (X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta), in that order.
double draw(const Range& range, TrialRandom& random);

/// The nearest integer, halves up (2.5 -> 3, -2.5 -> -2): how a drawn month or user count is
/// rounded.
double round_half_up(double value);

}  // namespace crmroi
