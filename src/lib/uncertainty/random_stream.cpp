#include "crmroi/random_stream.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <cstddef>

namespace crmroi {

std::uint64_t mix64(std::uint64_t word) {
  word = (word ^ (word >> 30)) * 0xbf58476d1ce4e5b9ULL;
  word = (word ^ (word >> 27)) * 0x94d049bb133111ebULL;
  return word ^ (word >> 31);
}

double uniform_open_from_word(std::uint64_t word) {
  constexpr double two_to_minus_53 = 1.0 / 9007199254740992.0;
  return (static_cast<double>(word >> 11) + 0.5) * two_to_minus_53;
}

std::uint64_t fnv1a64(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char character : text) {
    hash ^= static_cast<unsigned char>(character);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::uint64_t input_stream_key(std::uint64_t seed, std::string_view json_pointer) {
  return mix64(mix64(seed) ^ fnv1a64(json_pointer));
}

TrialRandom::TrialRandom(std::uint64_t stream_key, std::uint64_t trial)
    : state_(mix64(stream_key + (trial + 1) * golden_gamma)) {}

std::uint64_t TrialRandom::next_word() {
  state_ += golden_gamma;
  return mix64(state_);
}

double TrialRandom::uniform_open() { return uniform_open_from_word(next_word()); }

double TrialRandom::standard_normal() {
  if (has_spare_normal_) {
    has_spare_normal_ = false;
    return spare_normal_;
  }
  for (;;) {
    const double u = 2 * uniform_open() - 1;
    const double v = 2 * uniform_open() - 1;
    const double s = u * u + v * v;
    if (s >= 1 || s == 0) continue;
    const double factor = std::sqrt(-2 * portable_log(s) / s);
    spare_normal_ = v * factor;
    has_spare_normal_ = true;
    return u * factor;
  }
}

GammaShape gamma_shape(double shape) {
  const double d = shape - 1.0 / 3.0;
  return {d, 1 / std::sqrt(9 * d)};
}

double TrialRandom::gamma(const GammaShape& shape) {
  const auto [d, c] = shape;
  for (;;) {
    double x = 0;
    double v = 0;
    do {
      x = standard_normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const double u = uniform_open();
    const double x_squared = x * x;
    if (u < 1 - 0.0331 * x_squared * x_squared) return d * v;
    if (portable_log(u) < 0.5 * x_squared + d * (1 - v + portable_log(v))) return d * v;
  }
}

double portable_log(double x) {
  // x = fraction * 2^exponent exactly, fraction in [1, 2), from the bits of x (subnormals scaled
  // up by 2^54 first).
  int exponent_offset = 0;
  if (x < 0x1p-1022) {
    x *= 0x1p54;
    exponent_offset = -54;
  }
  const auto bits = std::bit_cast<std::uint64_t>(x);
  int exponent = static_cast<int>(bits >> 52) - 1023 + exponent_offset;
  double fraction = std::bit_cast<double>((bits & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL);
  if (fraction > 1.41421356237309504880) {
    fraction /= 2;
    ++exponent;
  }
  // log f = 2 atanh(s) = 2 (s + s^3/3 + s^5/5 + ...), |s| <= 0.1716, so s^2 <= 0.0295 and the
  // terms after s^23 are below 2^-56 of the first.
  const double s = (fraction - 1) / (fraction + 1);
  const double z = s * s;
  constexpr std::array<double, 12> coefficients = {2.0 / 1,  2.0 / 3,  2.0 / 5,  2.0 / 7,
                                                   2.0 / 9,  2.0 / 11, 2.0 / 13, 2.0 / 15,
                                                   2.0 / 17, 2.0 / 19, 2.0 / 21, 2.0 / 23};
  double series = coefficients.back();
  for (std::size_t term = coefficients.size() - 1; term-- > 0;) {
    series = coefficients[term] + z * series;
  }
  // log 2 split so that exponent * log2_high is exact for every double's exponent.
  constexpr double log2_high = 6.93147180369123816490e-01;
  constexpr double log2_low = 1.90821492927058770002e-10;
  const double scaled_exponent = static_cast<double>(exponent);
  return scaled_exponent * log2_high + (scaled_exponent * log2_low + s * series);
}

}  // namespace crmroi
