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

TEST_CASE("Metric::defined turns inf and nan into undefined with a reason", "[metric]") {
  CHECK_FALSE(Metric::defined(std::numeric_limits<double>::infinity()).is_defined());
  const Metric not_a_number = Metric::defined(std::numeric_limits<double>::quiet_NaN());
  CHECK_FALSE(not_a_number.is_defined());
  CHECK(not_a_number.reason() == "not a finite number");
}

TEST_CASE("Metric::defined never holds negative zero", "[metric]") {
  CHECK_FALSE(std::signbit(Metric::defined(-0.0).value()));
}

TEST_CASE("Metric::map applies to defined values and keeps the reason otherwise", "[metric]") {
  CHECK(Metric::defined(0.5).map([](double v) { return v * 100; }).value() == 50.0);
  const Metric undefined = Metric::undefined("no costs").map([](double v) { return v * 100; });
  CHECK(undefined.reason() == "no costs");
}
