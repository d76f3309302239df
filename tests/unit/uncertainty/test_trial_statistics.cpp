// PERCENTILE.INC and the figure statistics against hand calculations (LibreOffice's definition:
// with h = (n - 1) p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]), 0-based).
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "crmroi/trial_statistics.hpp"

using Catch::Matchers::WithinRel;
using crmroi::FigureStatistics;
using crmroi::UndefinedTrials;

namespace {
constexpr double undefined = std::numeric_limits<double>::quiet_NaN();
}

TEST_CASE("PERCENTILE.INC of 15, 20, 35, 40, 50 by hand", "[statistics]") {
  const std::vector<double> sorted = {15, 20, 35, 40, 50};
  // p = 0.4: h = 4 * 0.4 = 1.6 -> 20 + 0.6 * (35 - 20) = 29 (=PERCENTILE.INC(A1:A5; 0.4)).
  CHECK_THAT(*crmroi::percentile_inc_sorted(sorted, 0.4), WithinRel(29.0, 1e-15));
  CHECK(*crmroi::percentile_inc_sorted(sorted, 0.0) == 15);
  CHECK(*crmroi::percentile_inc_sorted(sorted, 0.5) == 35);  // h = 2 exactly
  CHECK(*crmroi::percentile_inc_sorted(sorted, 1.0) == 50);
  CHECK(crmroi::percentile_inc_sorted({}, 0.5) == std::nullopt);
  // {1, 2, 3, 4} at 0.1: h = 0.3 -> 1.3.
  CHECK_THAT(*crmroi::percentile_inc_sorted(std::vector<double>{1, 2, 3, 4}, 0.1),
             WithinRel(1.3, 1e-15));
}

TEST_CASE("percentile_inc selects from unsorted values like a sort would", "[statistics]") {
  std::vector<double> values = {50, 15, 40, 20, 35};
  CHECK_THAT(*crmroi::percentile_inc(values, 0.4), WithinRel(29.0, 1e-15));
}

TEST_CASE("summarize_trials: the five percentiles, mean, deviation and extremes by hand",
          "[statistics]") {
  std::vector<double> values = {40, 15, 50, 35, 20};
  const FigureStatistics statistics = crmroi::summarize_trials(values, UndefinedTrials::left_out);
  CHECK(statistics.trials == 5);
  CHECK(statistics.defined == 5);
  // p5: h = 0.2 -> 15 + 0.2 * 5 = 16; p10: h = 0.4 -> 17; p50: 35; p90: h = 3.6 -> 40 + 0.6 * 10
  // = 46; p95: h = 3.8 -> 48.
  CHECK_THAT(*statistics.percentiles[0], WithinRel(16.0, 1e-15));
  CHECK_THAT(*statistics.percentiles[1], WithinRel(17.0, 1e-15));
  CHECK(*statistics.percentiles[2] == 35);
  CHECK_THAT(*statistics.percentiles[3], WithinRel(46.0, 1e-15));
  CHECK_THAT(*statistics.percentiles[4], WithinRel(48.0, 1e-15));
  // Mean 160 / 5 = 32; squared deviations 289 + 144 + 9 + 64 + 324 = 830; sample variance
  // 830 / 4 = 207.5 (=STDEV.S); standard error sqrt(207.5) / sqrt(5) = sqrt(41.5).
  CHECK(*statistics.mean == 32);
  CHECK_THAT(*statistics.std_dev, WithinRel(std::sqrt(207.5), 1e-15));
  CHECK_THAT(*statistics.standard_error, WithinRel(std::sqrt(41.5), 1e-15));
  CHECK(*statistics.min == 15);
  CHECK(*statistics.max == 50);
}

TEST_CASE("summarize_trials leaves trials without an IRR out of every figure", "[statistics]") {
  std::vector<double> values = {undefined, 40, 15, undefined, 50, 35, 20};
  const FigureStatistics statistics = crmroi::summarize_trials(values, UndefinedTrials::left_out);
  CHECK(statistics.trials == 7);
  CHECK(statistics.defined == 5);
  CHECK(*statistics.mean == 32);
  CHECK_THAT(*statistics.percentiles[0], WithinRel(16.0, 1e-15));
  CHECK_THAT(*statistics.percentiles[4], WithinRel(48.0, 1e-15));
}

TEST_CASE("summarize_trials ranks never-paid-back trials beyond the horizon", "[statistics]") {
  // Ranked: 2, 4, 6, beyond, beyond. Mean, deviation, min, max over 2, 4, 6 only.
  std::vector<double> values = {6, undefined, 2, undefined, 4};
  const FigureStatistics statistics =
      crmroi::summarize_trials(values, UndefinedTrials::beyond_horizon);
  CHECK(statistics.trials == 5);
  CHECK(statistics.defined == 3);
  CHECK(*statistics.mean == 4);
  CHECK(*statistics.std_dev == 2);
  CHECK(*statistics.min == 2);
  CHECK(*statistics.max == 6);
  // p5: h = 0.2 -> 2.4; p10: h = 0.4 -> 2.8; p50: h = 2 -> 6 exactly; p90: h = 3.6 lies between
  // two trials beyond the horizon; p95 too.
  CHECK_THAT(*statistics.percentiles[0], WithinRel(2.4, 1e-15));
  CHECK_THAT(*statistics.percentiles[1], WithinRel(2.8, 1e-15));
  CHECK(*statistics.percentiles[2] == 6);
  CHECK(statistics.percentiles[3] == std::nullopt);
  CHECK(statistics.percentiles[4] == std::nullopt);
}

TEST_CASE("a percentile between the last paid-back trial and the first beyond is beyond",
          "[statistics]") {
  // Ranked 1, 2, beyond: p50 is h = 1 -> 2; anything above needs the trial beyond the horizon.
  std::vector<double> ranked = {std::numeric_limits<double>::infinity(), 2, 1};
  CHECK(*crmroi::percentile_inc(ranked, 0.5) == 2);
  CHECK(crmroi::percentile_inc(ranked, 0.55) == std::nullopt);
}

TEST_CASE("summarize_trials of one trial: every percentile is that value, no deviation",
          "[statistics]") {
  std::vector<double> values = {12.5};
  const FigureStatistics statistics = crmroi::summarize_trials(values, UndefinedTrials::left_out);
  for (const auto& percentile : statistics.percentiles) CHECK(*percentile == 12.5);
  CHECK(*statistics.mean == 12.5);
  CHECK(statistics.std_dev == std::nullopt);
  CHECK(statistics.standard_error == std::nullopt);
}

TEST_CASE("summarize_trials with no defined trial is undefined throughout", "[statistics]") {
  std::vector<double> values = {undefined, undefined};
  const FigureStatistics left_out = crmroi::summarize_trials(values, UndefinedTrials::left_out);
  CHECK(left_out.defined == 0);
  CHECK(left_out.mean == std::nullopt);
  CHECK(left_out.min == std::nullopt);
  for (const auto& percentile : left_out.percentiles) CHECK(percentile == std::nullopt);
  std::vector<double> never_paid_back = {undefined, undefined};
  const FigureStatistics beyond =
      crmroi::summarize_trials(never_paid_back, UndefinedTrials::beyond_horizon);
  for (const auto& percentile : beyond.percentiles) CHECK(percentile == std::nullopt);
}

TEST_CASE("summarize_trials percentiles equal a full sort's on 100,001 values", "[statistics]") {
  std::vector<double> values;
  for (int index = 0; index < 100001; ++index) {
    values.push_back(std::fmod(index * 7919.0, 100003.0) / 3);  // a permutation of 0..100002/3
  }
  std::vector<double> sorted = values;
  std::sort(sorted.begin(), sorted.end());
  const FigureStatistics statistics = crmroi::summarize_trials(values, UndefinedTrials::left_out);
  for (std::size_t level = 0; level < crmroi::reported_percentile_levels.size(); ++level) {
    CHECK(*statistics.percentiles[level] ==
          *crmroi::percentile_inc_sorted(sorted, crmroi::reported_percentile_levels[level]));
  }
}

TEST_CASE("summarize_trials percentiles equal a full sort's on 200,000 values of every shape",
          "[statistics]") {
  // From 65,536 values the percentiles come from buckets between min and max (falling back to
  // selecting among all values when most crowd into one): each shape against a full sort.
  std::uint64_t state = 20261204;
  const auto unit = [&state] {  // SplitMix64's words as uniforms in [0, 1)
    state += 0x9e3779b97f4a7c15ULL;
    std::uint64_t word = state;
    word = (word ^ (word >> 30)) * 0xbf58476d1ce4e5b9ULL;
    word = (word ^ (word >> 27)) * 0x94d049bb133111ebULL;
    return static_cast<double>((word ^ (word >> 31)) >> 11) * 0x1p-53;
  };
  const double infinity = std::numeric_limits<double>::infinity();
  struct Shape {
    const char* name;
    double (*make)(double u, std::size_t index);
  };
  const Shape shapes[] = {
      {"smooth, around 1.8 million", [](double u, std::size_t) { return 1.2e6 + 1.3e6 * u * u; }},
      {"negative and positive", [](double u, std::size_t) { return -5e5 + 1e6 * u; }},
      {"nine in ten equal (crowded: selects among all)",
       [](double u, std::size_t) { return u < 0.9 ? 2220000.0 : 2e6 + 4e5 * u; }},
      {"two clusters far apart",
       [](double u, std::size_t index) { return index % 2 == 0 ? u : 1e12 + u; }},
      {"a quarter beyond the horizon (+infinity)",
       [](double u, std::size_t) {
         return u < 0.25 ? std::numeric_limits<double>::infinity() : 60 * u;
       }},
      {"a tenth -infinity",
       [](double u, std::size_t) {
         return u < 0.1 ? -std::numeric_limits<double>::infinity() : 1 / (u + 1e-3);
       }},
      {"all equal", [](double, std::size_t) { return 14.5; }},
      {"whole numbers with ties", [](double u, std::size_t) { return std::floor(u * 7); }},
  };
  for (const Shape& shape : shapes) {
    INFO(shape.name);
    std::vector<double> values(200000);
    for (std::size_t index = 0; index < values.size(); ++index) {
      values[index] = shape.make(unit(), index);
    }
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const bool beyond = sorted.back() == infinity;
    std::vector<double> work = values;
    const FigureStatistics statistics = crmroi::summarize_trials(
        work, beyond ? UndefinedTrials::beyond_horizon : UndefinedTrials::left_out);
    for (std::size_t level = 0; level < crmroi::reported_percentile_levels.size(); ++level) {
      CHECK(statistics.percentiles[level] ==
            crmroi::percentile_inc_sorted(sorted, crmroi::reported_percentile_levels[level]));
    }
  }
}
