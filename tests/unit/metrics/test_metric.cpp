// Metric: a number or "undefined, because ...", never inf or nan.
#include <catch2/catch.hpp>

#include <limits>

#include "crmroi/metric.hpp"

using crmroi::Metric;

TEST_CASE("Metric::defined keeps a finite value", "[metric]") {
  const Metric metric = Metric::defined(1.25);
  CHECK(metric.is_defined());
  CHECK(metric.value() == 1.25);
  CHECK(metric.reason().empty());
}

TEST_CASE("Metric::defined turns inf, nan and values of 1e300 or more into undefined with a reason",
          "[metric]") {
  const Metric infinite = Metric::defined(std::numeric_limits<double>::infinity());
  CHECK_FALSE(infinite.is_defined());
  CHECK(infinite.reason() == "too large to show as a number");
  const Metric not_a_number = Metric::defined(std::numeric_limits<double>::quiet_NaN());
  CHECK_FALSE(not_a_number.is_defined());
  CHECK(not_a_number.reason() == "not a number");
  // 1e300 x 100 or its rounding to 15 significant digits stay finite below the bound.
  CHECK(Metric::defined(9.99e299).value() == 9.99e299);
  CHECK(Metric::defined(-1e300).reason() == "too large to show as a number");
  CHECK(Metric::defined(1.7976931348623157e308).reason() == "too large to show as a number");
}

TEST_CASE("Metric::percentage is undefined from 1e15 % on, with the reason given", "[metric]") {
  // 1e13 as a fraction is 1e15 %: no digit is left for the fraction among 15 significant ones.
  CHECK(Metric::percentage(9.99e12, "x").value() == 9.99e12);
  CHECK(Metric::percentage(-9.99e12, "x").value() == -9.99e12);
  CHECK(Metric::percentage(1e13, "the costs are almost zero").reason() ==
        "too large to show (1e15 % or more): the costs are almost zero");
  CHECK(Metric::percentage(-1e13, "x").reason() == "too large to show (1e15 % or more): x");
  CHECK(Metric::percentage(std::numeric_limits<double>::infinity(), "x").reason() ==
        "too large to show (1e15 % or more): x");
  CHECK(Metric::percentage(std::numeric_limits<double>::quiet_NaN(), "x").reason() ==
        "not a number");
}

TEST_CASE("Metric::defined never holds negative zero", "[metric]") {
  CHECK_FALSE(std::signbit(Metric::defined(-0.0).value()));
}

TEST_CASE("Metric::map applies to defined values and keeps the reason otherwise", "[metric]") {
  CHECK(Metric::defined(0.5).map([](double v) { return v * 100; }).value() == 50.0);
  const Metric undefined = Metric::undefined("no costs").map([](double v) { return v * 100; });
  CHECK(undefined.reason() == "no costs");
}
