// Ranged inputs' distributions against their closed forms: means, variances, CDFs and quantiles
// written out by hand, and 1e6 draws against the mean and variance within 4 standard errors.
#include <catch2/catch.hpp>
#include <cmath>

#include "crmroi/range_distribution.hpp"
#include "moment_check.hpp"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using crmroi::Distribution;
using crmroi::Range;

TEST_CASE("distribution names read and write pert, triangular and uniform", "[distribution]") {
  CHECK(crmroi::distribution_name(Distribution::pert) == "pert");
  CHECK(crmroi::distribution_name(Distribution::triangular) == "triangular");
  CHECK(crmroi::distribution_name(Distribution::uniform) == "uniform");
  CHECK(crmroi::distribution_from_name("triangular") == Distribution::triangular);
  CHECK(crmroi::distribution_from_name("normal") == std::nullopt);
  CHECK(crmroi::distribution_from_name("PERT") == std::nullopt);
}

TEST_CASE("means and variances follow the closed forms", "[distribution]") {
  // The seeds' +10-30 % sales, likely 15.
  const Range pert{10, 15, 30, Distribution::pert};
  CHECK_THAT(crmroi::range_mean(pert), WithinRel((10 + 4 * 15 + 30) / 6.0, 1e-15));  // 16.667
  // Beta(alpha, beta) on [10, 30]: alpha = 1 + 4 * 5/20 = 2, beta = 1 + 4 * 15/20 = 4,
  // variance alpha beta / ((alpha + beta)^2 (alpha + beta + 1)) * 20^2 = 8/252 * 400.
  CHECK(crmroi::pert_shape(pert).alpha == 2);
  CHECK(crmroi::pert_shape(pert).beta == 4);
  CHECK_THAT(crmroi::range_variance(pert), WithinRel(8.0 / 252 * 400, 1e-14));

  const Range triangular{350000, 370000, 400000, Distribution::triangular};
  CHECK_THAT(crmroi::range_mean(triangular), WithinRel(1120000.0 / 3, 1e-15));
  // (a^2 + m^2 + b^2 - am - ab - mb) / 18 with a, m, b = 35, 37, 40 (tens of thousands):
  // (1225 + 1369 + 1600 - 1295 - 1400 - 1480) / 18 = 19/18.
  CHECK_THAT(crmroi::range_variance(triangular), WithinRel(19.0 / 18 * 1e8, 1e-13));

  const Range uniform{5, 5, 15, Distribution::uniform};  // likely does not move a uniform
  CHECK(crmroi::range_mean(uniform) == 10);
  CHECK_THAT(crmroi::range_variance(uniform), WithinRel(100.0 / 12, 1e-15));
}

TEST_CASE("triangular and uniform quantiles are the inverse CDFs written by hand",
          "[distribution]") {
  const Range triangular{0, 5, 10, Distribution::triangular};
  CHECK(crmroi::range_quantile(triangular, 0.5) == 5);
  // Below the peak: x = sqrt(p * 10 * 5); p = 0.02 -> 1.
  CHECK_THAT(crmroi::range_quantile(triangular, 0.02), WithinRel(1.0, 1e-15));
  // Above it: x = 10 - sqrt((1 - p) * 10 * 5); p = 0.98 -> 9.
  CHECK_THAT(crmroi::range_quantile(triangular, 0.98), WithinRel(9.0, 1e-15));
  CHECK(crmroi::range_quantile(triangular, 0) == 0);
  CHECK(crmroi::range_quantile(triangular, 1) == 10);
  // Peak at the low end: x = 10 - sqrt((1 - p) * 100); p = 0.19 -> 1.
  CHECK_THAT(crmroi::range_quantile({0, 0, 10, Distribution::triangular}, 0.19),
             WithinRel(1.0, 1e-14));
  CHECK_THAT(crmroi::range_cdf(triangular, 1), WithinRel(0.02, 1e-15));
  CHECK_THAT(crmroi::range_cdf(triangular, 9), WithinRel(0.98, 1e-15));

  const Range uniform{2, 2, 8, Distribution::uniform};
  CHECK(crmroi::range_quantile(uniform, 0.25) == 3.5);
  CHECK(crmroi::range_cdf(uniform, 3.5) == 0.25);
}

TEST_CASE("pert CDF is the regularized incomplete beta written out as a polynomial",
          "[distribution]") {
  // Integer shapes have binomial sums: I_t(a, b) = sum_{j=a}^{a+b-1} C(a+b-1, j) t^j
  // (1-t)^(a+b-1-j). likely at the middle: alpha = beta = 3, I_t = 10t^3 - 15t^4 + 6t^5.
  const Range symmetric{0, 50, 100, Distribution::pert};
  for (const double t : {0.05, 0.2, 0.5, 0.7, 0.93}) {
    CAPTURE(t);
    const double expected = 10 * std::pow(t, 3) - 15 * std::pow(t, 4) + 6 * std::pow(t, 5);
    CHECK_THAT(crmroi::range_cdf(symmetric, 100 * t), WithinAbs(expected, 1e-14));
  }
  // likely a quarter of the way: alpha = 2, beta = 4, I_t = 1 - (1-t)^5 - 5t(1-t)^4.
  const Range skewed{10, 15, 30, Distribution::pert};
  for (const double t : {0.01, 0.1, 0.25, 0.6, 0.99}) {
    CAPTURE(t);
    const double expected = 1 - std::pow(1 - t, 5) - 5 * t * std::pow(1 - t, 4);
    CHECK_THAT(crmroi::range_cdf(skewed, 10 + 20 * t), WithinAbs(expected, 1e-14));
  }
}

TEST_CASE("pert quantiles invert the CDF: closed form when likely is the low end",
          "[distribution]") {
  // alpha = 1, beta = 5: CDF 1 - (1 - t)^5, quantile 1 - (1 - p)^(1/5).
  const Range at_low_end{0, 0, 1, Distribution::pert};
  for (const double p : {0.1, 0.5, 0.9}) {
    CAPTURE(p);
    CHECK_THAT(crmroi::range_quantile(at_low_end, p), WithinAbs(1 - std::pow(1 - p, 0.2), 1e-14));
  }
  CHECK(crmroi::range_quantile({0, 50, 100, Distribution::pert}, 0.5) == 50);
  // A non-integer shape (alpha = 1 + 4 * 0.37): quantile and CDF round-trip.
  const Range odd{0, 37, 100, Distribution::pert};
  for (const double p : {0.1, 0.9}) {
    CAPTURE(p);
    CHECK_THAT(crmroi::range_cdf(odd, crmroi::range_quantile(odd, p)), WithinAbs(p, 1e-14));
  }
}

TEST_CASE("1e6 draws of each distribution match its mean and variance within 4 standard errors",
          "[distribution]") {
  const Range ranges[] = {
      {10, 15, 30, Distribution::pert},              // skewed: alpha 2, beta 4
      {0, 37, 100, Distribution::pert},              // non-integer shapes
      {350000, 350000, 400000, Distribution::pert},  // alpha 1
      {5, 15, 15, Distribution::pert},               // beta 1
      {350000, 370000, 400000, Distribution::triangular},
      {0, 0, 10, Distribution::triangular},
      {3, 3, 5, Distribution::uniform},
  };
  for (const Range& range : ranges) {
    CAPTURE(crmroi::distribution_name(range.distribution), range.low, range.likely, range.high);
    const std::uint64_t key = crmroi::input_stream_key(42, "/benefits/order_uplift/percent");
    const crmroi::testing::MomentCheck check = crmroi::testing::check_moments(
        [&](std::uint64_t trial) {
          crmroi::TrialRandom random(key, trial);
          return crmroi::draw(range, random);
        },
        crmroi::range_mean(range), crmroi::range_variance(range),
        crmroi::range_fourth_central_moment(range), 1'000'000);
    CHECK(check.mean_error_in_standard_errors < 4);
    CHECK(check.variance_error_in_standard_errors < 4);
  }
}

TEST_CASE("draws stay within low and high", "[distribution]") {
  const Range range{10, 11, 30, Distribution::pert};
  const std::uint64_t key = crmroi::input_stream_key(3, "/x");
  double lowest = 30;
  double highest = 10;
  for (std::uint64_t trial = 0; trial < 100000; ++trial) {
    crmroi::TrialRandom random(key, trial);
    const double value = crmroi::draw(range, random);
    lowest = std::min(lowest, value);
    highest = std::max(highest, value);
  }
  CHECK(lowest >= 10);
  CHECK(highest <= 30);
}

TEST_CASE("the documented triangular draw matches the independent Python implementation",
          "[distribution]") {
  // reference_draws.py: triangular(0, 5, 10) of /benefits/monthly/0/amount, seed 1, trial 0.
  crmroi::TrialRandom random(crmroi::input_stream_key(1, "/benefits/monthly/0/amount"), 0);
  CHECK(crmroi::draw({0, 5, 10, Distribution::triangular}, random) == 4.189426176157378);
}

TEST_CASE("round_half_up rounds halves up and nothing else", "[distribution]") {
  CHECK(crmroi::round_half_up(2.5) == 3);
  CHECK(crmroi::round_half_up(-2.5) == -2);
  CHECK(crmroi::round_half_up(2.4999999999999996) == 2);
  CHECK(crmroi::round_half_up(0.49999999999999994) == 0);
  CHECK(crmroi::round_half_up(7) == 7);
}
