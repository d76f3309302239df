#include "crmroi/range_distribution.hpp"

#include <cmath>
#include <iterator>

namespace crmroi {
namespace {

// The continued fraction of the incomplete beta function (evaluated by the modified Lentz
// method): I_t(alpha, beta) = t^alpha (1 - t)^beta / (alpha B(alpha, beta)) times this.
double incomplete_beta_continued_fraction(double t, double alpha, double beta) {
  constexpr double tiny = 1e-300;
  constexpr double tolerance = 1e-16;
  const auto away_from_zero = [](double value) { return std::fabs(value) < tiny ? tiny : value; };
  double c = 1;
  double d = 1 / away_from_zero(1 - (alpha + beta) * t / (alpha + 1));
  double fraction = d;
  // One Lentz step with the next partial numerator; returns the factor it multiplied in.
  const auto step = [&](double numerator) {
    d = 1 / away_from_zero(1 + numerator * d);
    c = away_from_zero(1 + numerator / c);
    fraction *= d * c;
    return d * c;
  };
  for (int m = 1; m <= 300; ++m) {
    const double m_double = m;
    const double two_m = 2 * m_double;
    // Even: m (beta - m) t / ((alpha + 2m - 1)(alpha + 2m)).
    step(m_double * (beta - m_double) * t / ((alpha + two_m - 1) * (alpha + two_m)));
    // Odd: -(alpha + m)(alpha + beta + m) t / ((alpha + 2m)(alpha + 2m + 1)).
    const double last = step(-(alpha + m_double) * (alpha + beta + m_double) * t /
                             ((alpha + two_m) * (alpha + two_m + 1)));
    if (std::fabs(last - 1) < tolerance) break;
  }
  return fraction;
}

// The regularized incomplete beta function I_t(alpha, beta), from the continued fraction on the
// side where it converges fast.
double regularized_incomplete_beta(double t, double alpha, double beta) {
  if (t <= 0) return 0;
  if (t >= 1) return 1;
  const double log_beta_function = std::log(std::tgamma(alpha)) + std::log(std::tgamma(beta)) -
                                   std::log(std::tgamma(alpha + beta));
  const double front = std::exp(alpha * std::log(t) + beta * std::log1p(-t) - log_beta_function);
  if (t < (alpha + 1) / (alpha + beta + 2)) {
    return front * incomplete_beta_continued_fraction(t, alpha, beta) / alpha;
  }
  return 1 - front * incomplete_beta_continued_fraction(1 - t, beta, alpha) / beta;
}

}  // namespace

// Indexed by Distribution.
constexpr std::string_view kDistributionNames[] = {"pert", "triangular", "uniform"};

std::string_view distribution_name(Distribution distribution) {
  return kDistributionNames[static_cast<int>(distribution)];
}

std::optional<Distribution> distribution_from_name(std::string_view name) {
  for (std::size_t index = 0; index < std::size(kDistributionNames); ++index) {
    if (name == kDistributionNames[index]) return static_cast<Distribution>(index);
  }
  return std::nullopt;
}

PertShape pert_shape(const Range& range) {
  const double width = range.high - range.low;
  return {1 + 4 * (range.likely - range.low) / width, 1 + 4 * (range.high - range.likely) / width};
}

double range_mean(const Range& range) {
  switch (range.distribution) {
    case Distribution::pert:
      return (range.low + 4 * range.likely + range.high) / 6;
    case Distribution::triangular:
      return (range.low + range.likely + range.high) / 3;
    case Distribution::uniform:
      return (range.low + range.high) / 2;
  }
  return range.likely;
}

double range_variance(const Range& range) {
  const double a = range.low;
  const double m = range.likely;
  const double b = range.high;
  switch (range.distribution) {
    case Distribution::pert: {
      const double mean = range_mean(range);
      return (mean - a) * (b - mean) / 7;
    }
    case Distribution::triangular:
      return (a * a + m * m + b * b - a * m - a * b - m * b) / 18;
    case Distribution::uniform:
      return (b - a) * (b - a) / 12;
  }
  return 0;
}

double range_fourth_central_moment(const Range& range) {
  const double variance = range_variance(range);
  switch (range.distribution) {
    case Distribution::pert: {
      const auto [alpha, beta] = pert_shape(range);
      const double sum = alpha + beta;
      const double excess_kurtosis =
          6 * ((alpha - beta) * (alpha - beta) * (sum + 1) - alpha * beta * (sum + 2)) /
          (alpha * beta * (sum + 2) * (sum + 3));
      return (excess_kurtosis + 3) * variance * variance;
    }
    case Distribution::triangular:
      return 2.4 * variance * variance;
    case Distribution::uniform: {
      const double width = range.high - range.low;
      return width * width * width * width / 80;
    }
  }
  return 0;
}

double range_cdf(const Range& range, double x) {
  const double a = range.low;
  const double m = range.likely;
  const double b = range.high;
  if (x <= a) return 0;
  if (x >= b) return 1;
  switch (range.distribution) {
    case Distribution::pert: {
      const auto [alpha, beta] = pert_shape(range);
      return regularized_incomplete_beta((x - a) / (b - a), alpha, beta);
    }
    case Distribution::triangular:
      if (x <= m) return (x - a) * (x - a) / ((b - a) * (m - a));
      return 1 - (b - x) * (b - x) / ((b - a) * (b - m));
    case Distribution::uniform:
      return (x - a) / (b - a);
  }
  return 0;
}

double range_quantile(const Range& range, double p) {
  const double a = range.low;
  const double m = range.likely;
  const double b = range.high;
  if (p <= 0) return a;
  if (p >= 1) return b;
  switch (range.distribution) {
    case Distribution::pert: {
      double below = a;
      double above = b;
      for (;;) {
        const double middle = below + (above - below) / 2;
        if (middle <= below || middle >= above) return middle;
        if (range_cdf(range, middle) < p) {
          below = middle;
        } else {
          above = middle;
        }
      }
    }
    case Distribution::triangular:
      if (p < (m - a) / (b - a)) return a + std::sqrt(p * (b - a) * (m - a));
      return b - std::sqrt((1 - p) * (b - a) * (b - m));
    case Distribution::uniform:
      return a + p * (b - a);
  }
  return m;
}

RangeSampler::RangeSampler(const Range& range) : range_(range) {
  if (range.distribution == Distribution::pert) {
    const auto [alpha, beta] = pert_shape(range);
    alpha_ = gamma_shape(alpha);
    beta_ = gamma_shape(beta);
  }
}

double RangeSampler::draw(TrialRandom& random) const {
  switch (range_.distribution) {
    case Distribution::pert: {
      const double x = random.gamma(alpha_);
      const double y = random.gamma(beta_);
      return range_.low + (range_.high - range_.low) * (x / (x + y));
    }
    case Distribution::triangular:
    case Distribution::uniform:
      return range_quantile(range_, random.uniform_open());
  }
  return range_.likely;
}

double draw(const Range& range, TrialRandom& random) { return RangeSampler(range).draw(random); }

double round_half_up(double value) {
  // value - floor(value) is exact, unlike value + 0.5 (0.49999999999999994 + 0.5 rounds to 1).
  const double whole = std::floor(value);
  return value - whole >= 0.5 ? whole + 1 : whole;
}

}  // namespace crmroi
