// Statistics of one figure over Monte Carlo trials: mean with its standard error, standard
// deviation, min, max and exact spreadsheet PERCENTILE.INC percentiles, with undefined trials
// counted as README.md, "How simulate counts undefined trials", says.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>

namespace crmroi {

/// How the trials in which a figure is undefined (NaN among the values) count.
enum class UndefinedTrials {
  /// Left out of every statistic but `trials` (IRR: a trial without an IRR).
  left_out,
  /// Left out of mean, deviation, min and max, but ranked above every defined value in the
  /// percentiles (payback: a trial that never pays back is "beyond the horizon").
  beyond_horizon,
};

/// The probabilities of the reported percentiles: p5, p10, p50, p90, p95.
inline constexpr std::array<double, 5> reported_percentile_levels = {0.05, 0.10, 0.50, 0.90, 0.95};

/// One figure over all trials. An empty optional is undefined: mean, min and max when no trial
/// is defined; std_dev and standard_error with fewer than two defined trials; a percentile when
/// no trial is defined (left_out) or when it falls beyond the horizon (beyond_horizon).
struct FigureStatistics {
  std::size_t trials = 0;
  std::size_t defined = 0;  ///< trials where the figure is a number
  std::optional<double> mean;
  std::optional<double> standard_error;  ///< of the mean: std_dev / sqrt(defined)
  std::optional<double> std_dev;         ///< sample standard deviation (divisor defined - 1)
  std::optional<double> min;
  std::optional<double> max;
  std::array<std::optional<double>, reported_percentile_levels.size()> percentiles;
};

/// The statistics of `values` (one per trial, NaN where undefined). Reorders `values` (the
/// percentiles are selected in place with std::nth_element, so no copy is made).
FigureStatistics summarize_trials(std::span<double> values, UndefinedTrials undefined);

/// Spreadsheet PERCENTILE.INC of ascending `sorted` values at p in [0, 1]: with h = (n - 1) p,
/// x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]) (0-based). Nothing when `sorted`
/// is empty or the result needs an infinite value.
///   percentile_inc_sorted({1, 2, 3, 4}, 0.1) -> 1.3    (=PERCENTILE.INC({1;2;3;4}; 0.1))
std::optional<double> percentile_inc_sorted(std::span<const double> sorted, double p);

/// PERCENTILE.INC of `values` in any order (infinite values allowed, no NaN): selects the one or
/// two order statistics it needs with std::nth_element, reordering `values`.
std::optional<double> percentile_inc(std::span<double> values, double p);

}  // namespace crmroi
