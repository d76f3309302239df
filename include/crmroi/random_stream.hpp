// Counter-based random numbers for Monte Carlo runs that give the same bits on any machine and
// with any number of threads. Every transform from raw 64-bit words to numbers is written here
// (standard library distributions differ between implementations); README.md, "How simulate
// draws", documents them.
#pragma once

#include <cstdint>
#include <string_view>

namespace crmroi {

/// SplitMix64's output function (Steele, Lea and Flood 2014): a bijection of 64-bit words that
/// mixes every input bit into every output bit.
///   mix64(0) -> 0, mix64(1) -> 0x5692161d100b05e5
std::uint64_t mix64(std::uint64_t word);

/// A raw word as a uniform number in the open interval (0, 1): its top 53 bits k as
/// (k + 0.5) / 2^53, so never 0 and never 1.
///   uniform_open_from_word(0) -> 2^-54,   uniform_open_from_word(~0) -> 1 - 2^-54
double uniform_open_from_word(std::uint64_t word);

/// SplitMix64's increment, the odd 64-bit word nearest 2^64 / golden ratio.
inline constexpr std::uint64_t golden_gamma = 0x9e3779b97f4a7c15ULL;

/// FNV-1a, 64 bits, of the bytes of `text`.   fnv1a64("") -> 0xcbf29ce484222325
std::uint64_t fnv1a64(std::string_view text);

/// The key of one input's random stream: mix64(mix64(seed) ^ fnv1a64(json_pointer)). It depends
/// on the seed and the input's JSON pointer only, so adding or moving another input leaves this
/// input's draws unchanged.
std::uint64_t input_stream_key(std::uint64_t seed, std::string_view json_pointer);

/// The constants of Marsaglia and Tsang's gamma method for one shape >= 1: d = shape - 1/3 and
/// c = 1 / sqrt(9 d), computed once per input rather than once per draw.
struct GammaShape {
  double d = 0;
  double c = 0;
};
GammaShape gamma_shape(double shape);

/// The raw words one input draws in one trial: a SplitMix64 sequence whose start is the trial's
/// own word, mix64(stream_key + (trial + 1) * golden_gamma). Trial i is computed from the key and
/// i alone, never from trial i - 1, so any thread can draw any trial.
///
///   TrialRandom random(input_stream_key(1, "/costs/one_time/0/amount"), 0);
///   double u = random.uniform_open();   // in (0, 1)
class TrialRandom {
 public:
  TrialRandom(std::uint64_t stream_key, std::uint64_t trial);

  /// The next raw word: mix64(state += golden_gamma).
  std::uint64_t next_word();
  /// Uniform in the open interval (0, 1): uniform_open_from_word(next_word()).
  double uniform_open();
  /// Standard normal (mean 0, variance 1) by Marsaglia's polar method on two uniform_open()
  /// words mapped to (-1, 1); the second normal of each accepted pair is kept for the next call.
  double standard_normal();
  /// Gamma with shape >= 1 and scale 1 (Marsaglia and Tsang 2000), with d and c of
  /// gamma_shape(shape): x = standard_normal(), v = (1 + cx)^3 (again while v <= 0),
  /// u = uniform_open(); accept d v when u < 1 - 0.0331 x^4 or
  /// log u < x^2 / 2 + d (1 - v + log v) (portable_log); otherwise start again.
  double gamma(const GammaShape& shape);
  double gamma(double shape) { return gamma(gamma_shape(shape)); }

 private:
  std::uint64_t state_;
  double spare_normal_ = 0;
  bool has_spare_normal_ = false;
};

/// Natural logarithm of a positive finite x from additions, multiplications and one division
/// only (IEEE 754 gives those the same bits everywhere, unlike the C library's log): x = f 2^e
/// with f in [sqrt(1/2), sqrt(2)) read from its bits, log f = 2 atanh(s) with
/// s = (f - 1)/(f + 1) summed to s^23, plus e log 2 in two parts. Within 2 units in the last
/// place of the true value.
///   portable_log(1) -> 0
double portable_log(double x);

}  // namespace crmroi
