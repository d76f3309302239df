// The bracketing solver against closed forms: each expected root is written as the closed form
// it is (cube root, logarithm, square root), computed by the C library, not by the solver.
#include <catch2/catch.hpp>

#include <cmath>

#include "crmroi/solver.hpp"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using crmroi::FunctionPoint;
using crmroi::Metric;

TEST_CASE("the root of x^3 - 2 on [0, 2] is the cube root of 2 to 1e-15 relative", "[solver]") {
  const auto cubic = [](double x) { return x * x * x - 2.0; };
  const double root = crmroi::solve_bracketed(cubic, {0.0, -2.0}, {2.0, 6.0});
  CHECK_THAT(root, WithinRel(std::cbrt(2.0), 1e-15));
  const Metric solved = crmroi::solve_on_bracket(cubic, 0.0, 2.0);
  REQUIRE(solved.is_defined());
  CHECK_THAT(solved.value(), WithinRel(std::cbrt(2.0), 1e-15));
}

TEST_CASE("a monotone function, e^x - 3, has its root ln 3 found to 1e-12 from a wide bracket",
          "[solver]") {
  const Metric solved =
      crmroi::solve_on_bracket([](double x) { return std::exp(x) - 3.0; }, -20.0, 5.0);
  REQUIRE(solved.is_defined());
  CHECK_THAT(solved.value(), WithinAbs(std::log(3.0), 1e-12));
}

TEST_CASE("a decreasing function solves as well as an increasing one (goal seek on 1 - x^2)",
          "[solver]") {
  // 1 - x^2 on [0, 3]: +1 at 0, -8 at 3, one root at 1.
  const Metric solved = crmroi::solve_on_bracket([](double x) { return 1.0 - x * x; }, 0.0, 3.0);
  REQUIRE(solved.is_defined());
  CHECK_THAT(solved.value(), WithinAbs(1.0, 1e-15));
}

TEST_CASE("a root far from zero is found to 1e-15: x - 1e9 - 0.5 on [0, 2e9]", "[solver]") {
  const Metric solved = crmroi::solve_on_bracket([](double x) { return x - 1e9 - 0.5; }, 0.0, 2e9);
  REQUIRE(solved.is_defined());
  CHECK_THAT(solved.value(), WithinRel(1e9 + 0.5, 1e-15));
}

TEST_CASE("a step function's jump is found to 1e-15 by bisection (sign of x - sqrt(2))",
          "[solver]") {
  // No interpolation helps here: the values are only -1 and +1.
  const double jump = std::sqrt(2.0);
  const double root = crmroi::solve_bracketed([jump](double x) { return x < jump ? -1.0 : 1.0; },
                                              {0.0, -1.0}, {4.0, 1.0});
  CHECK_THAT(root, WithinRel(jump, 1e-15));
}

TEST_CASE("an end of the bracket that is a root is returned as it is", "[solver]") {
  const auto line = [](double x) { return x - 1.0; };
  CHECK(crmroi::solve_bracketed(line, {1.0, 0.0}, {3.0, 2.0}) == 1.0);
  CHECK(crmroi::solve_bracketed(line, {-1.0, -2.0}, {1.0, 0.0}) == 1.0);
  CHECK(crmroi::solve_on_bracket(line, 1.0, 3.0) == Metric::defined(1.0));
}

TEST_CASE("no sign change on the bracket is undefined with the reason", "[solver]") {
  const Metric solved = crmroi::solve_on_bracket([](double x) { return x * x + 1.0; }, -1.0, 1.0);
  CHECK(solved == Metric::undefined("the function has the same sign at both ends of the bracket"));
}

TEST_CASE("a bracket that is not a finite interval is undefined with the reason", "[solver]") {
  const auto line = [](double x) { return x; };
  const Metric expected = Metric::undefined("the bracket is not a finite interval with low < high");
  CHECK(crmroi::solve_on_bracket(line, 1.0, -1.0) == expected);
  CHECK(crmroi::solve_on_bracket(line, -INFINITY, 1.0) == expected);
  CHECK(crmroi::solve_on_bracket(line, NAN, 1.0) == expected);
}

TEST_CASE("a function that is not finite at an end of the bracket is undefined", "[solver]") {
  const Metric solved = crmroi::solve_on_bracket([](double x) { return 1.0 / x; }, 0.0, 1.0);
  CHECK(solved ==
        Metric::undefined("the function is not a finite number at an end of the bracket"));
}
