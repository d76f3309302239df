// Ranged inputs {low, likely, high, distribution?}: where they may stand, what calc sees (the
// likely value; uniform: the midpoint), and an exact problem for every bad range.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "crmroi/scenario_inputs.hpp"
#include "scenario_test_support.hpp"

using namespace crmroi;
using namespace crmroi::test;
using Problems = std::vector<Problem>;

TEST_CASE("a range loads its likely value into the scenario and itself by pointer",
          "[scenario][ranges]") {
  const Scenario s = scenario_of(spec_with({
      {"/benefits/order_uplift/percent", R"({"low": 2, "likely": 5, "high": 8})"},
      {"/costs/recurring/0/monthly",
       R"({"low": 2500, "likely": 3000, "high": 4000, "distribution": "triangular"})"},
      {"/adoption/ramp_months", R"({"low": 1, "high": 4, "distribution": "uniform"})"},
      {"/discount_rate_percent", R"({"low": 5, "likely": 10, "high": 15})"},
  }));
  CHECK(s.benefits->order_uplift->percent == 5);
  CHECK(s.costs->recurring[0].monthly == 3000);
  // uniform: the midpoint 2.5, rounded half up for an integer key.
  CHECK(s.adoption.ramp_months == 3);
  CHECK(s.discount_rate_percent == 10);
  REQUIRE(s.ranged_inputs.size() == 4);
  // In the order the loader reads them: the top level, then the blocks.
  CHECK(s.ranged_inputs[0].pointer == "/discount_rate_percent");
  CHECK(s.ranged_inputs[1].pointer == "/costs/recurring/0/monthly");
  CHECK(s.ranged_inputs[1].range == Range{2500, 3000, 4000, Distribution::triangular});
  CHECK(s.ranged_inputs[2].pointer == "/benefits/order_uplift/percent");
  CHECK(s.ranged_inputs[2].range == Range{2, 5, 8, Distribution::pert});
  CHECK(s.ranged_inputs[3].pointer == "/adoption/ramp_months");
  CHECK(s.ranged_inputs[3].range == Range{1, 3, 4, Distribution::uniform});
}

TEST_CASE("a uniform range's base value is its midpoint even with a likely value",
          "[scenario][ranges]") {
  const Scenario s = scenario_of(
      spec_with({{"/costs/recurring/0/monthly",
                  R"({"low": 2000, "likely": 2100, "high": 4000, "distribution": "uniform"})"}}));
  CHECK(s.costs->recurring[0].monthly == 3000);
}

TEST_CASE("each element of a cash flow array may be a range", "[scenario][ranges]") {
  const Scenario s = scenario_of(
      R"({"name": "flows", "cash_flows": {"period": "year", "costs": [10, 5],
          "benefits": [0, {"low": 15, "likely": 20, "high": 30}]}})");
  CHECK(s.cash_flows->benefits == std::vector<double>{0, 20});
  REQUIRE(s.ranged_inputs.size() == 1);
  CHECK(s.ranged_inputs[0].pointer == "/cash_flows/benefits/1");
}

TEST_CASE("a file without ranges has no ranged inputs", "[scenario][ranges]") {
  CHECK(scenario_of(kSpecExample).ranged_inputs.empty());
}

TEST_CASE("a range where none is allowed is named as such", "[scenario][ranges]") {
  const std::string range = R"({"low": 1, "likely": 2, "high": 3})";
  CHECK(problems_of(spec_with({{"/horizon_months", range}})) ==
        Problems{at("/horizon_months",
                    "a range is not allowed here (only under business, costs, benefits, adoption, "
                    "risk, cash_flows and in discount_rate_percent); expected an integer")});
  CHECK(problems_of(spec_with({{"/targets/min_roi_percent", range}})) ==
        Problems{at("/targets/min_roi_percent",
                    "a range is not allowed here (only under business, costs, benefits, adoption, "
                    "risk, cash_flows and in discount_rate_percent); expected a number")});
}

TEST_CASE("each end of a range follows the key's own rule", "[scenario][ranges]") {
  CHECK(problems_of(spec_with(
            {{"/business/orders_per_month", R"({"low": -5, "likely": 300, "high": 400})"}})) ==
        Problems{at("/business/orders_per_month/low", "expected a number ≥ 0, found -5")});
  CHECK(problems_of(
            spec_with({{"/adoption/ramp_months", R"({"low": 1, "likely": 2.5, "high": 4})"}})) ==
        Problems{at("/adoption/ramp_months/likely", "expected an integer, found 2.5")});
  CHECK(problems_of(spec_with({{"/benefits/time_savings/0/realization_percent",
                                R"({"low": 50, "likely": 90, "high": 120})"}})) ==
        Problems{at("/benefits/time_savings/0/realization_percent/high",
                    "expected a number from 0 to 100, found 120")});
}

TEST_CASE("low <= likely <= high and low < high", "[scenario][ranges]") {
  const auto uplift = [](const std::string& range) {
    return problems_of(spec_with({{"/benefits/order_uplift/percent", range}}));
  };
  CHECK(uplift(R"({"low": 5, "likely": 3, "high": 8})") ==
        Problems{at("/benefits/order_uplift/percent",
                    "expected low ≤ likely ≤ high and low < high, found low 5, likely 3, high 8")});
  CHECK(uplift(R"({"low": 5, "likely": 5, "high": 5})") ==
        Problems{at("/benefits/order_uplift/percent",
                    "expected low ≤ likely ≤ high and low < high, found low 5, likely 5, high 5")});
  CHECK(uplift(R"({"low": 8, "high": 2, "distribution": "uniform"})") ==
        Problems{at("/benefits/order_uplift/percent",
                    "expected low ≤ likely ≤ high and low < high, found low 8, high 2")});
}

TEST_CASE("a range needs low and high, and likely unless uniform, and its keys are checked",
          "[scenario][ranges]") {
  const auto uplift = [](const std::string& range) {
    return problems_of(spec_with({{"/benefits/order_uplift/percent", range}}));
  };
  CHECK(uplift(R"({"low": 2, "high": 8})") ==
        Problems{at("/benefits/order_uplift/percent", "missing required key \"likely\"")});
  CHECK(uplift(R"({"likely": 5, "high": 8})") ==
        Problems{at("/benefits/order_uplift/percent", "missing required key \"low\"")});
  // Problems come in document order: the range's own before its members'.
  CHECK(uplift(R"({"low": 2, "likely": 5, "hi": 8})") ==
        Problems{
            at("/benefits/order_uplift/percent", "missing required key \"high\""),
            at("/benefits/order_uplift/percent/hi", "unknown key \"hi\"; did you mean \"high\"?")});
  CHECK(uplift(R"({"low": 2, "likely": 5, "high": 8, "distribution": "normal"})") ==
        Problems{at("/benefits/order_uplift/percent/distribution",
                    "expected one of \"pert\", \"triangular\", \"uniform\", found \"normal\"")});
  CHECK(uplift(R"({"low": 2, "likely": 5, "high": 8, "distribution": 3})") ==
        Problems{at("/benefits/order_uplift/percent/distribution", "expected a string, found 3")});
}

TEST_CASE("input_setters write straight into the scenario", "[scenario][ranges]") {
  Scenario s = scenario_of(kSpecExample);
  const std::vector<std::string> pointers = {"/costs/recurring/0/monthly", "/no/such/input",
                                             "/adoption/ramp_months"};
  const auto setters = input_setters(s, pointers);
  REQUIRE(setters.size() == 3);
  CHECK_FALSE(setters[1]);
  setters[0](4000);
  setters[2](3);
  CHECK(s.costs->recurring[0].monthly == 4000);
  CHECK(s.adoption.ramp_months == 3);
}
