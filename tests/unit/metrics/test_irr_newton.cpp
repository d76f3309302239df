// IrrMethod::newton_when_unique (simulate's IRR) against IrrMethod::grid_and_brent (calc's): the
// same rate to 1e-12 relative (1e-15 absolute below 1e-3) on 24,000 random series from a fixed
// seed, the same reasons when there is no IRR, the same answer when the flows change sign more than
// once (it falls back), and closed forms exactly.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <iomanip>
#include <random>
#include <string>
#include <vector>

#include "crmroi/cash_flow.hpp"

using Catch::Matchers::WithinRel;
using crmroi::IrrMethod;
using crmroi::Metric;

namespace {

Metric newton_irr(const std::vector<double>& flows) {
  return crmroi::internal_rate_of_return(flows, IrrMethod::newton_when_unique);
}

Metric brent_irr(const std::vector<double>& flows) {
  return crmroi::internal_rate_of_return(flows, IrrMethod::grid_and_brent);
}

// Random numbers from std::mt19937_64's words, which the standard fixes (its distributions it
// does not): the same series on every implementation.
class Draws {
 public:
  explicit Draws(std::uint64_t seed) : engine_(seed) {}
  /// Uniform in [0, 1).
  double unit() { return static_cast<double>(engine_() >> 11) * 0x1p-53; }
  /// Uniform in [low, high).
  double between(double low, double high) { return low + (high - low) * unit(); }
  /// A whole number in [low, high].
  int whole(int low, int high) {
    return low + static_cast<int>(unit() * static_cast<double>(high - low + 1));
  }
  /// A magnitude spread over `decades` decades from 10^low_decade.
  double magnitude(double low_decade, double decades) {
    return std::pow(10.0, low_decade + decades * unit());
  }

 private:
  std::mt19937_64 engine_;
};

int sign_changes(const std::vector<double>& flows) {
  int changes = 0;
  double previous = 0;
  for (const double flow : flows) {
    if (flow == 0) continue;
    if (previous != 0 && (flow > 0) != (previous > 0)) ++changes;
    previous = flow;
  }
  return changes;
}

// An investment case: 1 to 6 outlays, then returns, some months zero; the returns' scale spread
// so that the IRR runs from about -100 % to thousands of percent a period. `sign` -1 flips it
// (a loan: money in first, repaid later).
std::vector<double> one_sign_change(Draws& draws, double sign) {
  const int count = draws.whole(2, 121);
  const int outlays = draws.whole(1, std::min(6, count - 1));
  const double outlay_scale = draws.magnitude(2, 5);
  const double return_scale = outlay_scale * draws.magnitude(-3, 4) / count;
  std::vector<double> flows(static_cast<std::size_t>(count));
  for (int t = 0; t < count; ++t) {
    const bool zero = t > 0 && t != outlays && draws.unit() < 0.1;
    const double size = zero ? 0.0 : draws.between(0.1, 1.0);
    flows[static_cast<std::size_t>(t)] =
        sign * (t < outlays ? -outlay_scale * size : return_scale * size);
  }
  return flows;
}

// Flows of random signs and sizes: mostly several sign changes, some with no IRR at all.
std::vector<double> random_signs(Draws& draws) {
  std::vector<double> flows(static_cast<std::size_t>(draws.whole(3, 61)));
  for (double& flow : flows) {
    flow = (draws.unit() < 0.5 ? -1.0 : 1.0) * draws.magnitude(0, 4);
  }
  return flows;
}

// Flows of one sign (and zeros): no IRR.
std::vector<double> no_sign_change(Draws& draws) {
  const double sign = draws.unit() < 0.5 ? -1.0 : 1.0;
  std::vector<double> flows(static_cast<std::size_t>(draws.whole(1, 61)));
  for (double& flow : flows) flow = draws.unit() < 0.2 ? 0.0 : sign * draws.magnitude(0, 6);
  return flows;
}

}  // namespace

TEST_CASE("Newton IRR is the closed form: -100, 0, 121 is 10 % (x^2 = 100/121)",
          "[cash_flow][irr]") {
  // Where 1 + r and every power of 1/(1 + r) are exact in binary, so is the rate.
  CHECK(newton_irr({-100, 0, 400}).value() == 1.0);     // x = 1/2
  CHECK(newton_irr({-100, 0, 25}).value() == -0.5);     // x = 2
  CHECK(newton_irr({-100, 0, 0, 800}).value() == 1.0);  // x^3 = 1/8
  CHECK(newton_irr({-100, 50, 50}).value() == 0.0);     // x = 1
  CHECK(newton_irr({100, 0, -400}).value() == 1.0);     // money lent first and repaid
  // 10 %: 1/1.1 is not exact in binary, and its rounding alone moves the NPV by about 1e-16 of the
  // rate (x^3 = 1/1.331 by 3 half-ulps: 100 x 3.3e-16 of NPV over a slope of 270), so Newton's
  // rate is 0.1 to within about ten units in its last place (1.4e-17 each): 2e-15 relative.
  // (133.1 itself is 133.1 - 5.7e-15 in binary, which moves the root by only 1.6e-17.)
  CHECK_THAT(newton_irr({-100, 0, 121}).value(), WithinRel(0.1, 2e-15));
  CHECK_THAT(newton_irr({-100, 110}).value(), WithinRel(0.1, 2e-15));
  CHECK_THAT(newton_irr({100, 0, -121}).value(), WithinRel(0.1, 2e-15));
  CHECK_THAT(newton_irr({-100, 0, 0, 133.1}).value(), WithinRel(0.1, 2e-15));
}

TEST_CASE("Newton IRR of monthly flows annualises as the grid's (41.30 %)", "[cash_flow][irr]") {
  std::vector<double> flows(13, 1000.0);
  flows[0] = -10000;
  CHECK_THAT(
      crmroi::annual_internal_rate_of_return(flows, 12, IrrMethod::newton_when_unique).value(),
      WithinRel(0.41299898414961524096, 1e-14));
}

TEST_CASE("Newton IRR keeps every reason of the grid's when there is no IRR",
          "[cash_flow][irr][undefined]") {
  CHECK(newton_irr({-100, -50, 0}).reason() == "net cash flow never changes sign");
  CHECK(newton_irr({}).reason() == "net cash flow never changes sign");
  CHECK(newton_irr({-100, 150, -100}).reason() == "no rate makes the NPV zero");
  // The rate overflows any double: the grid's search beyond 1e12 reports it.
  CHECK(newton_irr({-1e-300, 1e300}).reason() == brent_irr({-1e-300, 1e300}).reason());
  const Metric annual = crmroi::annual_internal_rate_of_return(std::vector<double>{-1e-11, 4e14},
                                                               12, IrrMethod::newton_when_unique);
  CHECK(annual.reason() == "too large to show (1e15 % or more): almost nothing is paid up front");
}

TEST_CASE("Newton IRR falls back to the grid when the flows change sign more than once",
          "[cash_flow][irr]") {
  // Two roots, 10 % and 20 %: the one closest to 0, as the grid gives it, bit for bit.
  CHECK(newton_irr({-100, 230, -132}) == brent_irr({-100, 230, -132}));
  CHECK(newton_irr({160, -280, 100}) == brent_irr({160, -280, 100}));
}

TEST_CASE("Newton IRR agrees with grid and Brent to 1e-12 on 24,000 random series",
          "[cash_flow][irr][random]") {
  Draws draws(20261124);
  // The rate is known only to about 1e-16 absolute near 0 (1/(1 + r) rounds to a double), in
  // either method: rates below 1e-3 in size are held to 1e-15 absolute, the others to 1e-12
  // relative.
  double largest_relative_difference = 0;  // |rate| >= 1e-3
  double largest_absolute_difference = 0;  // |rate| < 1e-3
  int compared = 0;
  int several_changes = 0;
  int undefined = 0;
  for (int series = 0; series < 24000; ++series) {
    std::vector<double> flows;
    switch (series % 6) {
      case 0:
      case 1:
      case 2:
        flows = one_sign_change(draws, 1.0);
        break;
      case 3:
        flows = one_sign_change(draws, -1.0);
        break;
      case 4:
        flows = random_signs(draws);
        break;
      default:
        flows = no_sign_change(draws);
        break;
    }
    const Metric fast = newton_irr(flows);
    const Metric reference = brent_irr(flows);
    INFO("series " << series << " of " << flows.size() << " flows, first " << flows.front()
                   << std::setprecision(17) << " fast " << fast.value() << " reference "
                   << reference.value());
    REQUIRE(fast.is_defined() == reference.is_defined());
    if (!reference.is_defined()) {
      ++undefined;
      CHECK(fast.reason() == reference.reason());
      CHECK_FALSE(fast.reason().empty());
      continue;
    }
    REQUIRE(std::isfinite(fast.value()));
    if (sign_changes(flows) > 1) {
      ++several_changes;
      CHECK(fast.value() == reference.value());  // the same grid and Brent
      continue;
    }
    ++compared;
    const double difference = std::fabs(fast.value() - reference.value());
    const double size = std::fabs(reference.value());
    if (size >= 1e-3) {
      largest_relative_difference = std::max(largest_relative_difference, difference / size);
    } else {
      largest_absolute_difference = std::max(largest_absolute_difference, difference);
    }
    CHECK(difference <= 1e-12 * std::max(size, 1e-3));
  }
  // Every kind of series was met often.
  CHECK(compared > 15000);
  CHECK(several_changes > 1000);
  CHECK(undefined > 4000);
  CHECK(largest_relative_difference <= 1e-12);
  CHECK(largest_absolute_difference <= 1e-15);
  WARN("over " << compared << " unique IRRs: largest relative difference "
               << largest_relative_difference << ", largest absolute difference below 1e-3 "
               << largest_absolute_difference);
}
