// The random streams: SplitMix64 and FNV-1a against their published values, the documented
// transforms against an independent Python implementation (reference_draws.py), and the
// portable logarithm against the C library's.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <limits>

#include "crmroi/random_stream.hpp"
#include "moment_check.hpp"

using crmroi::TrialRandom;
using crmroi::testing::check_moments;
using crmroi::testing::MomentCheck;

TEST_CASE("mix64 is SplitMix64's output function: its first outputs from state 0", "[random]") {
  // SplitMix64 seeded with 0 returns mix64(gamma), mix64(2 gamma), ...: the reference
  // implementation's first two outputs.
  CHECK(crmroi::mix64(crmroi::golden_gamma) == 0xe220a8397b1dcdafULL);
  CHECK(crmroi::mix64(2 * crmroi::golden_gamma) == 0x6e789e6aa1b965f4ULL);
  CHECK(crmroi::mix64(0) == 0);
  CHECK(crmroi::mix64(1) == 0x5692161d100b05e5ULL);
}

TEST_CASE("fnv1a64 gives the published FNV-1a 64-bit test vectors", "[random]") {
  CHECK(crmroi::fnv1a64("") == 0xcbf29ce484222325ULL);
  CHECK(crmroi::fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(crmroi::fnv1a64("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("uniform_open_from_word maps the extreme words strictly inside (0, 1)", "[random]") {
  CHECK(crmroi::uniform_open_from_word(0) == std::ldexp(1.0, -54));
  CHECK(crmroi::uniform_open_from_word(~std::uint64_t{0}) == 1 - std::ldexp(1.0, -54));
  // Only the top 53 bits count: the low 11 bits change nothing.
  CHECK(crmroi::uniform_open_from_word(0x7ff) == std::ldexp(1.0, -54));
  CHECK(crmroi::uniform_open_from_word(std::uint64_t{1} << 63) == 0.5 + std::ldexp(1.0, -54));
}

TEST_CASE("stream keys and first uniforms match the independent Python implementation",
          "[random]") {
  // Values printed by tests/unit/uncertainty/reference_draws.py.
  const std::uint64_t key = crmroi::input_stream_key(1, "/costs/one_time/0/amount");
  CHECK(key == 0xec1457b7b42c43cbULL);
  TrialRandom trial0(key, 0);
  CHECK(trial0.uniform_open() == 0.44669382509280847);
  CHECK(trial0.uniform_open() == 0.7263334746059034);
  TrialRandom trial1(key, 1);
  CHECK(trial1.uniform_open() == 0.7748544790747656);
  CHECK(trial1.uniform_open() == 0.5046606839469165);
  // Trial 999,999 is computed without drawing the trials before it.
  TrialRandom trial999999(key, 999999);
  CHECK(trial999999.uniform_open() == 0.5550415056147378);
  CHECK(trial999999.uniform_open() == 0.4478468286519562);
}

TEST_CASE("a stream depends on the seed and the pointer", "[random]") {
  const std::uint64_t key = crmroi::input_stream_key(1, "/a");
  CHECK(crmroi::input_stream_key(2, "/a") != key);
  CHECK(crmroi::input_stream_key(1, "/b") != key);
  CHECK(crmroi::input_stream_key(1, "/a") == key);
}

TEST_CASE("portable_log agrees with the C library's log to 2 units in the last place", "[random]") {
  CHECK(crmroi::portable_log(1.0) == 0.0);
  CHECK(crmroi::portable_log(2.0) == 0.6931471805599453);  // ln 2 rounded to a double
  double worst_ulps = 0;
  // Geometric sweep over 2^-60 ... 2^60, and the uniforms' interval near 0 and 1.
  for (double x = std::ldexp(1.0, -60); x < std::ldexp(1.0, 60); x *= 1.0009765625 + 1e-7) {
    const double expected = std::log(x);
    const double ulp =
        std::nextafter(std::fabs(expected), std::numeric_limits<double>::infinity()) -
        std::fabs(expected);
    if (expected == 0) continue;
    worst_ulps = std::max(worst_ulps, std::fabs(crmroi::portable_log(x) - expected) / ulp);
  }
  for (const double x : {std::ldexp(1.0, -54), 1 - std::ldexp(1.0, -54), 0.5, 0.70710678118654746,
                         0.70710678118654757, 1.4142135623730949, 1e-300, 1e300}) {
    const double expected = std::log(x);
    const double ulp =
        std::nextafter(std::fabs(expected), std::numeric_limits<double>::infinity()) -
        std::fabs(expected);
    worst_ulps = std::max(worst_ulps, std::fabs(crmroi::portable_log(x) - expected) / ulp);
  }
  CHECK(worst_ulps <= 2);
}

TEST_CASE("standard normals have mean 0 and variance 1 within 4 standard errors at 1e6 draws",
          "[random]") {
  const std::uint64_t key = crmroi::input_stream_key(7, "/normal");
  const MomentCheck check = check_moments(
      [&](std::uint64_t trial) {
        TrialRandom random(key, trial);
        return random.standard_normal();
      },
      0, 1, 3, 1'000'000);
  CHECK(check.mean_error_in_standard_errors < 4);
  CHECK(check.variance_error_in_standard_errors < 4);
}

TEST_CASE("gamma draws have mean k and variance k within 4 standard errors at 1e6 draws",
          "[random]") {
  for (const double shape : {1.0, 1.8, 3.0, 5.0}) {
    CAPTURE(shape);
    const std::uint64_t key = crmroi::input_stream_key(7, "/gamma");
    // Gamma(k): mean k, variance k, fourth central moment 3k^2 + 6k.
    const MomentCheck check = check_moments(
        [&](std::uint64_t trial) {
          TrialRandom random(key, trial);
          return random.gamma(shape);
        },
        shape, shape, 3 * shape * shape + 6 * shape, 1'000'000);
    CHECK(check.mean_error_in_standard_errors < 4);
    CHECK(check.variance_error_in_standard_errors < 4);
  }
}
