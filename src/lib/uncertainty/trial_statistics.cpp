#include "crmroi/trial_statistics.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "uncertainty/compensated_sum.hpp"

namespace crmroi {
namespace {

using detail::CompensatedSum;

struct Interpolation {
  std::size_t lower_rank = 0;
  double fraction = 0;
};

Interpolation percentile_position(std::size_t count, double p) {
  const double rank = static_cast<double>(count - 1) * p;
  const double lower = std::floor(rank);
  return {static_cast<std::size_t>(lower), rank - lower};
}

std::optional<double> interpolate(double lower, double upper, double fraction) {
  if (std::isinf(lower)) return std::nullopt;
  if (fraction == 0) return lower;
  if (std::isinf(upper)) return std::nullopt;
  return lower + fraction * (upper - lower);
}

// PERCENTILE.INC of `values`, whose first `settled` elements are known to be no larger than any
// after them (left so by the selection of a lower percentile): selects the order statistics it
// needs with std::nth_element, among the rest only when the rank lies there.
std::optional<double> select_percentile(std::span<double> values, std::size_t settled, double p) {
  if (values.empty()) return std::nullopt;
  const auto [lower_rank, fraction] = percentile_position(values.size(), p);
  const auto lower = values.begin() + static_cast<std::ptrdiff_t>(lower_rank);
  std::nth_element(values.begin() + static_cast<std::ptrdiff_t>(std::min(settled, lower_rank)),
                   lower, values.end());
  // After nth_element every value beyond `lower` is >= it: the next order statistic is their
  // minimum.
  const double upper =
      lower + 1 < values.end() ? *std::min_element(lower + 1, values.end()) : *lower;
  return interpolate(*lower, upper, fraction);
}

}  // namespace

std::optional<double> percentile_inc_sorted(std::span<const double> sorted, double p) {
  if (sorted.empty()) return std::nullopt;
  const auto [lower_rank, fraction] = percentile_position(sorted.size(), p);
  const double upper = lower_rank + 1 < sorted.size() ? sorted[lower_rank + 1] : sorted[lower_rank];
  return interpolate(sorted[lower_rank], upper, fraction);
}

std::optional<double> percentile_inc(std::span<double> values, double p) {
  return select_percentile(values, 0, p);
}

FigureStatistics summarize_trials(std::span<double> values, UndefinedTrials undefined) {
  FigureStatistics statistics;
  statistics.trials = values.size();

  // Defined values first, undefined ones (NaN) after them.
  const auto defined_end =
      std::partition(values.begin(), values.end(), [](double value) { return !std::isnan(value); });
  const std::span<double> defined_values(values.begin(), defined_end);
  statistics.defined = defined_values.size();

  if (!defined_values.empty()) {
    CompensatedSum sum;
    double min = defined_values.front();
    double max = defined_values.front();
    for (const double value : defined_values) {
      sum.add(value);
      min = std::min(min, value);
      max = std::max(max, value);
    }
    const double count = static_cast<double>(defined_values.size());
    const double mean = sum.value() / count;
    statistics.mean = mean;
    statistics.min = min;
    statistics.max = max;
    if (defined_values.size() >= 2) {
      CompensatedSum squared_deviations;
      for (const double value : defined_values) {
        squared_deviations.add((value - mean) * (value - mean));
      }
      const double std_dev = std::sqrt(squared_deviations.value() / (count - 1));
      statistics.std_dev = std_dev;
      statistics.standard_error = std_dev / std::sqrt(count);
    }
  }

  std::span<double> ranked = defined_values;
  if (undefined == UndefinedTrials::beyond_horizon) {
    std::fill(defined_end, values.end(), std::numeric_limits<double>::infinity());
    ranked = values;
  }
  // The levels ascend: each selection leaves the values below its rank in place for the next.
  std::size_t settled = 0;
  for (std::size_t level = 0; level < reported_percentile_levels.size(); ++level) {
    const double p = reported_percentile_levels[level];
    statistics.percentiles[level] = select_percentile(ranked, settled, p);
    if (!ranked.empty()) settled = percentile_position(ranked.size(), p).lower_rank;
  }
  return statistics;
}

}  // namespace crmroi
