// Discounting, NPV, IRR, payback and PV ROI on a series of net cash flows (element 0 is the start,
// undiscounted; element n the end of period n).
#include "crmroi/cash_flow.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>

#include "crmroi/solver.hpp"

namespace crmroi {
namespace {

constexpr double kEpsilon = std::numeric_limits<double>::epsilon();

int sign_of(double value) { return (value > 0.0) - (value < 0.0); }

// -1 or +1: the sign of the first (or last) non-zero flow, 0 when all flows are zero.
int first_nonzero_sign(std::span<const double> flows) {
  for (const double flow : flows) {
    if (flow != 0.0) return sign_of(flow);
  }
  return 0;
}

int last_nonzero_sign(std::span<const double> flows) {
  for (auto it = flows.rbegin(); it != flows.rend(); ++it) {
    if (*it != 0.0) return sign_of(*it);
  }
  return 0;
}

// How often the sign changes along the non-zero flows (Descartes' rule: an upper bound on the
// number of IRR roots, equal to it modulo 2).
int sign_changes(std::span<const double> flows) {
  int changes = 0;
  int previous = 0;
  for (const double flow : flows) {
    const int sign = sign_of(flow);
    if (sign == 0) continue;
    if (previous != 0 && sign != previous) ++changes;
    previous = sign;
  }
  return changes;
}

// What the signs along the flows say about the IRR: no sign change (no IRR), exactly one (a
// unique IRR, Descartes' rule of signs), or more (several IRRs possible).
struct SignPattern {
  int changes = 0;         // 0, 1, or 2 for two or more
  std::size_t change = 0;  // with exactly one: the first flow after it
  int last_sign = 0;       // the sign of the last non-zero flow
};

// sign_changes' count (capped at 2) in short loops that the compiler keeps tight: the first
// non-zero flow, the first flow of the other sign, and whether any flow after that has the
// first sign again.
SignPattern sign_pattern(std::span<const double> flows) {
  const std::size_t count = flows.size();
  std::size_t t = 0;
  while (t < count && sign_of(flows[t]) == 0) ++t;
  if (t == count) return {};
  const double first_sign = sign_of(flows[t]);
  while (t < count && !(first_sign * flows[t] < 0.0)) ++t;
  if (t == count) return {};
  bool first_sign_again = false;
  for (std::size_t after = t + 1; after < count; ++after) {
    first_sign_again |= first_sign * flows[after] > 0.0;
  }
  if (first_sign_again) return {.changes = 2, .last_sign = last_nonzero_sign(flows)};
  return {.changes = 1, .change = t, .last_sign = -static_cast<int>(first_sign)};
}

// The NPV at rate r times a positive factor, so it has the sign and the roots of the NPV but never
// overflows: for r >= 0 the NPV itself, sum f_t x^t with x = 1/(1+r) <= 1; for -1 < r < 0 the NPV
// times (1+r)^N, sum f_t y^(N-t) with y = 1+r < 1. Both equal sum f_t at r = 0 and are continuous.
double scaled_npv(std::span<const double> flows, double rate) {
  double sum = 0.0;
  if (rate >= 0.0) {
    const double x = 1.0 / (1.0 + rate);
    for (auto it = flows.rbegin(); it != flows.rend(); ++it) sum = sum * x + *it;
  } else {
    const double y = 1.0 + rate;
    for (const double flow : flows) sum = sum * y + flow;
  }
  return sum;
}

// Rates at which the scaled NPV is sampled to bracket roots: dense around 0, where per-period
// rates of real projects lie, sparse further out. Roots outside [-0.999999, 1e12] are bracketed
// against the limits of the NPV at -1 and +infinity (see root_beyond). 28 negative rates and 32
// non-negative ones, multiples of the 4 chains sample_grid runs side by side.
constexpr std::array<double, 60> kRateGrid = {
    -0.999999, -0.99999, -0.9999, -0.999, -0.995, -0.99, -0.98, -0.95, -0.9, -0.85, -0.8,  -0.7,
    -0.6,      -0.5,     -0.4,    -0.3,   -0.25,  -0.2,  -0.15, -0.12, -0.1, -0.08, -0.06, -0.04,
    -0.03,     -0.02,    -0.01,   -0.005, 0.0,    0.005, 0.01,  0.02,  0.03, 0.04,  0.06,  0.08,
    0.1,       0.12,     0.15,    0.18,   0.22,   0.26,  0.3,   0.4,   0.5,  0.65,  0.8,   1.0,
    1.5,       2.0,      3.0,     5.0,    10.0,   30.0,  100.0, 1e3,   1e4,  1e6,   1e9,   1e12};
constexpr std::size_t kZeroIndex = 28;
constexpr std::size_t kChains = 4;
static_assert(kRateGrid[kZeroIndex] == 0.0);
static_assert(kZeroIndex % kChains == 0 && (kRateGrid.size() - kZeroIndex) % kChains == 0);

struct Sample {
  double rate;
  double value;
};

// Horner's scheme over [first, last) for `count` factors at once (count a multiple of 4), four
// independent chains at a time so that they overlap in the pipeline:
// out[i] = (((0 * factor[i] + v0) * factor[i] + v1) * factor[i] + ...).
template <typename Iterator>
void horner_chains(Iterator first, Iterator last, const double* factors, std::size_t count,
                   double* out) {
  for (std::size_t block = 0; block < count; block += kChains) {
    const double f0 = factors[block];
    const double f1 = factors[block + 1];
    const double f2 = factors[block + 2];
    const double f3 = factors[block + 3];
    double a0 = 0.0;
    double a1 = 0.0;
    double a2 = 0.0;
    double a3 = 0.0;
    for (Iterator it = first; it != last; ++it) {
      const double value = *it;
      a0 = a0 * f0 + value;
      a1 = a1 * f1 + value;
      a2 = a2 * f2 + value;
      a3 = a3 * f3 + value;
    }
    out[block] = a0;
    out[block + 1] = a1;
    out[block + 2] = a2;
    out[block + 3] = a3;
  }
}

// scaled_npv at every grid rate with the same arithmetic (so the values are identical), several
// times faster than one rate at a time.
std::array<Sample, kRateGrid.size()> sample_grid(std::span<const double> flows) {
  constexpr std::size_t kNegative = kZeroIndex;
  constexpr std::size_t kNonNegative = kRateGrid.size() - kZeroIndex;
  static constexpr auto kGrowth = [] {  // y = 1 + r for the negative rates
    std::array<double, kNegative> growth{};
    for (std::size_t i = 0; i < kNegative; ++i) growth[i] = 1.0 + kRateGrid[i];
    return growth;
  }();
  static constexpr auto kDiscount = [] {  // x = 1 / (1 + r) for the rates >= 0
    std::array<double, kNonNegative> discount{};
    for (std::size_t i = 0; i < kNonNegative; ++i) {
      discount[i] = 1.0 / (1.0 + kRateGrid[kZeroIndex + i]);
    }
    return discount;
  }();
  std::array<double, kRateGrid.size()> values{};
  horner_chains(flows.begin(), flows.end(), kGrowth.data(), kNegative, values.data());
  horner_chains(flows.rbegin(), flows.rend(), kDiscount.data(), kNonNegative,
                values.data() + kZeroIndex);
  std::array<Sample, kRateGrid.size()> samples{};
  for (std::size_t i = 0; i < kRateGrid.size(); ++i) samples[i] = {kRateGrid[i], values[i]};
  return samples;
}

// Solves scaled_npv(flows, r) = 0 on [low, high], where the values at the ends have opposite
// signs, with the bracketing solver (Brent's method, crmroi/solver.hpp).
double solve_in_bracket(std::span<const double> flows, Sample low, Sample high) {
  return solve_bracketed([flows](double rate) { return scaled_npv(flows, rate); },
                         FunctionPoint{low.rate, low.value}, FunctionPoint{high.rate, high.value});
}

// A root beyond the outermost grid point `edge`, towards -1 (direction < 0) or +infinity
// (direction > 0), when the NPV's sign at `edge` differs from its limit there.
std::optional<double> root_beyond(std::span<const double> flows, Sample edge, int direction) {
  Sample inner = edge;
  for (int step = 0; step < 100; ++step) {
    Sample outer{};
    if (direction < 0) {
      const double y = (1.0 + inner.rate) * 1e-3;
      if (y < 1e-300) return std::nullopt;
      outer.rate = y - 1.0;
      if (!(outer.rate > -1.0) || outer.rate == inner.rate) return std::nullopt;
    } else {
      outer.rate = inner.rate * 1e3;
      if (outer.rate > 1e300) return std::nullopt;
    }
    outer.value = scaled_npv(flows, outer.rate);
    if (outer.value == 0.0) return outer.rate;
    if (sign_of(outer.value) != sign_of(inner.value)) {
      return direction < 0 ? solve_in_bracket(flows, outer, inner)
                           : solve_in_bracket(flows, inner, outer);
    }
    inner = outer;
  }
  return std::nullopt;
}

// Between grid points a and c around b, where the three values share a sign and |value at b| is
// the smallest (or tied with c's), the NPV may dip through zero and back (two roots closer than the
// grid spacing). Golden-section search for the extremum, stopping at the first point of the
// opposite sign.
std::optional<Sample> opposite_sign_in_dip(std::span<const double> flows, Sample a, Sample b,
                                           Sample c) {
  constexpr double kGolden = 0.38196601125010515;  // (3 - sqrt(5)) / 2
  const int sign = sign_of(b.value);
  // Roots closer together than 1e-7 of the grid spacing count as a tangent: not looked for.
  const double resolution = 1e-7 * (c.rate - a.rate);
  for (int iteration = 0; iteration < 60; ++iteration) {
    // Probe inside the larger of the two sub-intervals.
    const bool left = b.rate - a.rate > c.rate - b.rate;
    const double rate =
        left ? b.rate - kGolden * (b.rate - a.rate) : b.rate + kGolden * (c.rate - b.rate);
    if (!(rate > a.rate && rate < c.rate) || rate == b.rate) return std::nullopt;
    const Sample probe{rate, scaled_npv(flows, rate)};
    if (sign_of(probe.value) != sign) return probe;
    if (std::fabs(probe.value) < std::fabs(b.value)) {
      (left ? c : a) = b;
      b = probe;
    } else {
      (left ? a : c) = probe;
    }
    if (c.rate - a.rate <= resolution) return std::nullopt;
  }
  return std::nullopt;
}

// A root strictly between the grid sample `zero`, where the NPV is exactly 0, and its neighbour
// `other`: it exists when the NPV leaves `zero` with the sign opposite to `other`'s (two roots in
// one grid interval, one of them on the grid point). Probed just beside the zero.
std::optional<double> root_beside_zero(std::span<const double> flows, Sample zero, Sample other) {
  const double rate = zero.rate + (other.rate - zero.rate) * 1e-6;
  if (rate == zero.rate) return std::nullopt;
  const Sample probe{rate, scaled_npv(flows, rate)};
  if (probe.value == 0.0 || sign_of(probe.value) == sign_of(other.value)) return std::nullopt;
  return zero.rate < other.rate ? solve_in_bracket(flows, probe, other)
                                : solve_in_bracket(flows, other, probe);
}

// Calls on_root(r) for every root found: each sign change between neighbouring grid rates, each
// dip of the NPV through zero and back between three grid rates, and the roots beyond the grid's
// ends. Roots that the grid cannot tell apart from a tangent may be missed.
template <typename OnRoot>
void for_each_root(std::span<const double> flows, OnRoot on_root) {
  const std::array<Sample, kRateGrid.size()> samples = sample_grid(flows);
  // The NPV tends to the sign of the last flow as r -> -1 and of the first as r -> +infinity.
  const Sample& lowest = samples.front();
  if (lowest.value != 0.0 && sign_of(lowest.value) != last_nonzero_sign(flows)) {
    if (const auto root = root_beyond(flows, lowest, -1)) on_root(*root);
  }
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const Sample& here = samples[i];
    if (here.value == 0.0) {
      on_root(here.rate);
      if (i + 1 < samples.size() && samples[i + 1].value != 0.0) {
        if (const auto root = root_beside_zero(flows, here, samples[i + 1])) on_root(*root);
      }
      continue;
    }
    if (i + 1 >= samples.size()) continue;
    const Sample& next = samples[i + 1];
    if (next.value == 0.0) {
      // `next` is a root (reported at i + 1); the interval before it may hold another one.
      if (const auto root = root_beside_zero(flows, next, here)) on_root(*root);
    } else if (sign_of(next.value) != sign_of(here.value)) {
      on_root(solve_in_bracket(flows, here, next));
    } else if (i > 0) {
      const Sample& before = samples[i - 1];
      if (sign_of(before.value) == sign_of(here.value) &&
          sign_of(next.value) == sign_of(here.value) &&
          std::fabs(here.value) < std::fabs(before.value) &&
          std::fabs(here.value) <= std::fabs(next.value)) {
        if (const auto turn = opposite_sign_in_dip(flows, before, here, next)) {
          if (turn->value == 0.0) {
            on_root(turn->rate);
          } else {
            on_root(solve_in_bracket(flows, before, *turn));
            on_root(solve_in_bracket(flows, *turn, next));
          }
        }
      }
    }
  }
  const Sample& highest = samples.back();
  if (highest.value != 0.0 && sign_of(highest.value) != first_nonzero_sign(flows)) {
    if (const auto root = root_beyond(flows, highest, +1)) on_root(*root);
  }
}

// The only root when the flows change sign once: walk the grid outwards from 0 in the direction
// where the sign must change, then solve in the first bracket.
std::optional<double> single_root(std::span<const double> flows) {
  const Sample at_zero{0.0, scaled_npv(flows, 0.0)};
  if (at_zero.value == 0.0) return 0.0;
  // The NPV tends to the sign of the first flow as r -> +infinity and of the last as r -> -1.
  const bool root_above_zero = sign_of(at_zero.value) != first_nonzero_sign(flows);
  Sample inner = at_zero;
  if (root_above_zero) {
    for (std::size_t i = kZeroIndex + 1; i < kRateGrid.size(); ++i) {
      const Sample outer{kRateGrid[i], scaled_npv(flows, kRateGrid[i])};
      if (outer.value == 0.0) return outer.rate;
      if (sign_of(outer.value) != sign_of(inner.value)) {
        return solve_in_bracket(flows, inner, outer);
      }
      inner = outer;
    }
    return root_beyond(flows, inner, +1);
  }
  for (std::size_t i = kZeroIndex; i-- > 0;) {
    const Sample outer{kRateGrid[i], scaled_npv(flows, kRateGrid[i])};
    if (outer.value == 0.0) return outer.rate;
    if (sign_of(outer.value) != sign_of(inner.value)) return solve_in_bracket(flows, outer, inner);
    inner = outer;
  }
  return root_beyond(flows, inner, -1);
}

// The NPV and its first moment at the discount factor x = 1/(1 + r): value = sum f_t x^t and
// moment = sum t f_t x^t, so that d value / dr = -x moment. Horner's scheme in x^4 over four
// interleaved chains (t = rest + 4k + j for chain j), eight independent sums that overlap in the
// pipeline, a few times faster than one chain; the `rest` lowest flows are added directly.
struct ValueAndMoment {
  double value = 0;
  double moment = 0;
};

ValueAndMoment npv_and_moment(std::span<const double> flows, double x) {
  const std::size_t count = flows.size();
  const std::size_t rest = count % 4;
  const double x2 = x * x;
  const double x3 = x2 * x;
  const double x4 = x2 * x2;
  double v0 = 0;
  double v1 = 0;
  double v2 = 0;
  double v3 = 0;
  double m0 = 0;
  double m1 = 0;
  double m2 = 0;
  double m3 = 0;
  const double* flow = flows.data() + count;
  double t = static_cast<double>(count);
  for (std::size_t block = count / 4; block > 0; --block) {
    flow -= 4;
    t -= 4;
    v0 = v0 * x4 + flow[0];
    v1 = v1 * x4 + flow[1];
    v2 = v2 * x4 + flow[2];
    v3 = v3 * x4 + flow[3];
    m0 = m0 * x4 + t * flow[0];
    m1 = m1 * x4 + (t + 1) * flow[1];
    m2 = m2 * x4 + (t + 2) * flow[2];
    m3 = m3 * x4 + (t + 3) * flow[3];
  }
  double value = (v0 + x * v1) + x2 * (v2 + x * v3);
  double moment = (m0 + x * m1) + x2 * (m2 + x * m3);
  // The blocks start at t = rest: scale them by x^rest and add the flows below.
  switch (rest) {
    case 3:
      value = value * x3 + (flows[0] + x * flows[1] + x2 * flows[2]);
      moment = moment * x3 + (x * flows[1] + 2 * x2 * flows[2]);
      break;
    case 2:
      value = value * x2 + (flows[0] + x * flows[1]);
      moment = moment * x2 + x * flows[1];
      break;
    case 1:
      value = value * x + flows[0];
      moment = moment * x;
      break;
    default:
      break;
  }
  return {value, moment};
}

// The total of flows[first, last), their first and second moments in time (sum t f, sum t^2 f),
// two flows at a time on two sets of sums (half the wait on each addition).
struct TimeMoments {
  double total = 0;
  double timed = 0;
  double squared = 0;
};

TimeMoments time_moments(std::span<const double> flows, std::size_t first, std::size_t last) {
  TimeMoments even;
  TimeMoments odd;
  // The time kept as a double alongside the index: converting a std::size_t to a double costs a
  // branch and several instructions on x86-64.
  const auto add = [](TimeMoments& moments, double time, double flow) {
    moments.total += flow;
    moments.timed += time * flow;
    moments.squared += time * time * flow;
  };
  std::size_t t = first;
  double time = static_cast<double>(first);
  for (; t + 1 < last; t += 2, time += 2) {
    add(even, time, flows[t]);
    add(odd, time + 1, flows[t + 1]);
  }
  if (t < last) add(even, time, flows[t]);
  return {even.total + odd.total, even.timed + odd.timed, even.squared + odd.squared};
}

// ln x for a finite x > 0 to about 1e-7, all a first guess needs, in a few operations:
// x = m 2^e with m in [sqrt(1/2), sqrt(2)), ln m = 2 atanh(s) with s = (m - 1)/(m + 1) summed to
// s^7 (|s| <= 0.172). Exactly 0 at x = 1.
double rough_log(double x) {
  int exponent = 0;
  double m = std::frexp(x, &exponent);  // in [1/2, 1)
  if (m < 0.70710678118654752) {
    m *= 2;
    --exponent;
  }
  const double s = (m - 1.0) / (m + 1.0);
  const double s2 = s * s;
  constexpr double kLn2 = 0.69314718055994531;
  return exponent * kLn2 + 2.0 * s * (1.0 + s2 * (1.0 / 3 + s2 * (1.0 / 5 + s2 / 7)));
}

// e^d - 1 for a first guess: its Taylor series to d^5 when |d| < 1/4 (within 4e-7 relative),
// std::expm1 otherwise.
double rough_expm1(double d) {
  if (!(std::fabs(d) < 0.25)) return std::expm1(d);
  return d * (1.0 + d / 2 * (1.0 + d / 3 * (1.0 + d / 4 * (1.0 + d / 5))));
}

// A first guess at the only IRR of flows that change sign once at `change`. The flows before it
// (the early group) and from it on (the late group), each of one sign, are each summed up by
// their total, the mean time of their payments and its variance; with d = ln(1 + r), a group's
// present value is about total exp(-d mean + d^2 variance / 2) (its cumulant expansion to second
// order). Equal present values give a d^2 - b d + c = 0 with a = (variance_late -
// variance_early) / 2, b = mean_late - mean_early > 0 and c = ln(total_late / -total_early): its
// root nearer 0, 2c / (b + sqrt(b^2 - 4ac)), or c / b (each group paid at its mean time) when it
// has none. Exact for two flows; for a typical investment case within a few percent of the rate,
// a quarter of the error of c / b alone, which saves a Newton step.
double first_guess(std::span<const double> flows, std::size_t change) {
  const TimeMoments early = time_moments(flows, 0, change);
  const TimeMoments late = time_moments(flows, change, flows.size());
  const double early_mean = early.timed / early.total;
  const double late_mean = late.timed / late.total;
  const double early_variance = early.squared / early.total - early_mean * early_mean;
  const double late_variance = late.squared / late.total - late_mean * late_mean;
  const double a = 0.5 * (late_variance - early_variance);
  const double b = late_mean - early_mean;
  const double c = rough_log(late.total / -early.total);
  const double discriminant = b * b - 4.0 * a * c;
  const double d = discriminant >= 0 ? 2.0 * c / (b + std::sqrt(discriminant)) : c / b;
  return rough_expm1(d);
}

// The only IRR of flows that change sign once, by safeguarded Newton (IrrMethod::
// newton_when_unique); nothing when it does not settle, for the grid and Brent's method to find.
std::optional<double> unique_root_by_newton(std::span<const double> flows,
                                            const SignPattern& pattern) {
  // The NPV has the sign of the last flow just above r = -1 and of the first flow for large r;
  // the only root lies between the highest rate seen with the first and the lowest with the other.
  const int sign_below_root = pattern.last_sign;
  double low = -1.0;  // no rate seen below the root yet
  double high = std::numeric_limits<double>::infinity();
  double rate = first_guess(flows, pattern.change);
  if (!(rate > -1.0 && rate < 1e6)) return std::nullopt;
  double previous_step = std::numeric_limits<double>::infinity();
  for (int iteration = 0; iteration < 40; ++iteration) {
    const double x = 1.0 / (1.0 + rate);
    const auto [value, moment] = npv_and_moment(flows, x);
    if (!std::isfinite(value) || !std::isfinite(moment)) return std::nullopt;
    if (value == 0.0) return rate;
    (sign_of(value) == sign_below_root ? low : high) = rate;
    // Newton: value + slope * step = 0 with slope = -x moment.
    double next = rate + value / (x * moment);
    double step = std::fabs(next - rate);  // NaN without a slope
    const double tolerance = 2.0 * kEpsilon * std::fabs(rate) + 1e-18;
    // Settled (the step may even round to `rate`, an end of the bracket now).
    if (step <= tolerance) return next;
    const bool newton = next > low && next < high;
    if (!newton) {  // outside the bracket (or no slope): halve it, on 1 + r while it is open
      if (std::isinf(high)) {
        next = 4.0 * (1.0 + low) - 1.0;
      } else if (low == -1.0) {
        next = 0.25 * (1.0 + high) - 1.0;
      } else {
        next = low + 0.5 * (high - low);
      }
      step = std::fabs(next - rate);
    }
    // Converging quadratically (each step about K times the previous one squared), the error
    // left after this step is about K step^2 = step^3 / previous^2: done when that is below the
    // tolerance too.
    if (newton && std::isfinite(previous_step) && step <= 1e-3 * previous_step &&
        step * step * step <= tolerance * previous_step * previous_step) {
      return next;
    }
    if (high - low <= tolerance) return next;
    previous_step = newton ? step : std::numeric_limits<double>::infinity();
    rate = next;
  }
  return std::nullopt;
}

// Payback on the flows value_at(0..count-1): the time at which the cumulative sum last turns from
// negative to >= 0, interpolated linearly inside that period. A cumulative sum within rounding
// noise of zero (relative to the amounts summed so far) counts as zero, as a spreadsheet shows it.
template <typename FlowAt>
Metric payback(std::size_t count, FlowAt value_at) {
  double cumulative = 0.0;
  double magnitude = 0.0;  // sum of |flow| so far, the scale of the rounding noise
  bool ever_negative = false;
  double last_turn = 0.0;
  for (std::size_t t = 0; t < count; ++t) {
    const double flow = value_at(t);
    const double previous = cumulative;
    cumulative += flow;
    magnitude += std::fabs(flow);
    if (!std::isfinite(cumulative)) return Metric::undefined("too large to show as a number");
    if (std::fabs(cumulative) <= 64.0 * kEpsilon * magnitude) cumulative = 0.0;
    if (cumulative < 0.0) {
      ever_negative = true;
    } else if (previous < 0.0) {
      // Turned from negative to >= 0 during period t; t == 0 cannot get here (previous is 0).
      const double fraction = -previous / (cumulative - previous);
      last_turn = static_cast<double>(t - 1) + std::min(1.0, fraction);
    }
  }
  if (cumulative < 0.0) return Metric::undefined("not paid back within the horizon");
  if (!ever_negative) return Metric::defined(0.0);
  return Metric::defined(last_turn);
}

}  // namespace

double period_rate_from_annual(double annual_rate, int periods_per_year) {
  if (periods_per_year <= 1) return annual_rate;
  // simulate asks for the same rate once a trial, a million times a run: the last answer is
  // kept per thread (log1p and expm1 cost more than the rest of a trial's present values).
  struct Last {
    std::uint64_t annual_bits = 0;
    int periods_per_year = 0;
    double period_rate = 0;
  };
  thread_local Last last;
  const auto annual_bits = std::bit_cast<std::uint64_t>(annual_rate);
  if (annual_bits == last.annual_bits && periods_per_year == last.periods_per_year) {
    return last.period_rate;
  }
  const double period_rate =
      std::expm1(std::log1p(annual_rate) / static_cast<double>(periods_per_year));
  last = {annual_bits, periods_per_year, period_rate};
  return period_rate;
}

double annualize_period_rate(double period_rate, int periods_per_year) {
  if (periods_per_year <= 1) return period_rate;
  return std::expm1(std::log1p(period_rate) * static_cast<double>(periods_per_year));
}

double present_value(std::span<const double> flows, double period_rate) {
  // Horner's scheme from the last flow: ((f_n / (1+r) + f_(n-1)) / (1+r) + ...) + f_0.
  const double growth = 1.0 + period_rate;
  double sum = 0.0;
  for (auto it = flows.rbegin(); it != flows.rend(); ++it) sum = sum / growth + *it;
  return sum;
}

Metric net_present_value(std::span<const double> flows, double period_rate) {
  if (!(period_rate > -1.0)) return Metric::undefined("the discount rate is not above -100 %");
  const double value = present_value(flows, period_rate);
  if (!std::isfinite(value)) return Metric::undefined("the present value is too large");
  return Metric::defined(value);
}

Metric internal_rate_of_return(std::span<const double> flows, IrrMethod method) {
  const SignPattern pattern = sign_pattern(flows);
  const int changes = pattern.changes;
  if (changes == 0) return Metric::undefined("net cash flow never changes sign");
  if (changes == 1) {
    if (method == IrrMethod::newton_when_unique) {
      if (const auto root = unique_root_by_newton(flows, pattern)) return Metric::defined(*root);
    }
    if (const auto root = single_root(flows)) return Metric::defined(*root);
    return Metric::undefined("no rate makes the NPV zero");
  }
  std::optional<double> closest;
  for_each_root(flows, [&closest](double root) {
    if (!closest || std::fabs(root) < std::fabs(*closest)) closest = root;
  });
  if (!closest) return Metric::undefined("no rate makes the NPV zero");
  return Metric::defined(*closest);
}

Metric annual_internal_rate_of_return(std::span<const double> flows, int periods_per_year,
                                      IrrMethod method) {
  const Metric per_period = internal_rate_of_return(flows, method);
  if (!per_period.is_defined()) return per_period;
  const double annual = annualize_period_rate(per_period.value(), periods_per_year);
  return Metric::percentage(annual, "almost nothing is paid up front");
}

std::vector<double> internal_rate_of_return_roots(std::span<const double> flows) {
  std::vector<double> roots;
  if (sign_changes(flows) == 0) return roots;
  for_each_root(flows, [&roots](double root) { roots.push_back(root); });
  std::sort(roots.begin(), roots.end());
  roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
  return roots;
}

Metric payback_periods(std::span<const double> net_flows) {
  return payback(net_flows.size(), [net_flows](std::size_t t) { return net_flows[t]; });
}

Metric discounted_payback_periods(std::span<const double> net_flows, double period_rate) {
  if (!(period_rate > -1.0)) return Metric::undefined("the discount rate is not above -100 %");
  // The discount factor (1+r)^t is built up period by period (relative error about t ulps).
  const double growth = 1.0 + period_rate;
  double factor = 1.0;
  return payback(net_flows.size(), [net_flows, growth, &factor](std::size_t t) {
    if (t > 0) factor *= growth;
    return net_flows[t] / factor;
  });
}

Metric present_value_roi(double pv_benefit, double pv_cost) {
  if (pv_cost == 0.0) return Metric::undefined("no costs");
  if (!std::isfinite(pv_cost) || !std::isfinite(pv_benefit))
    return Metric::undefined("the present values are too large to show as numbers");
  return Metric::percentage((pv_benefit - pv_cost) / pv_cost,
                            "the present value of the costs is almost zero");
}

}  // namespace crmroi
