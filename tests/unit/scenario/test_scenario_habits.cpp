// Scenario loading and people's habits: numbers written by hand (a decimal comma, thousands
// separated by spaces), a top-level array, a key in the wrong block, and the warnings about
// values that are legal but probably mistaken (a fraction where points were meant, no currency).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "scenario_test_support.hpp"

using namespace crmroi;
using namespace crmroi::test;
using Problems = std::vector<Problem>;

namespace {

/// The warnings of `text`, which must load.
Problems warnings_of(std::string_view text) {
  LoadResult result = load_scenario(text);
  INFO("problems: " << Catch::Detail::stringify(result.problems));
  REQUIRE(result.scenario.has_value());
  return result.warnings;
}

}  // namespace

TEST_CASE("a decimal comma is named, with the JSON spelling, at the number",
          "[scenario][syntax][habits]") {
  const std::string text =
      R"({"name": "x", "costs": {"recurring": [{"name": "a", "monthly": 2490,50}]}})";
  CHECK(problems_of(text) ==
        Problems{syntax(1, 64,
                        "decimal comma in 2490,50; JSON writes numbers with a decimal "
                        "point: 2490.50")});
  // On its own line, as an editor shows it.
  CHECK(problems_of("{\n  \"name\": \"x\",\n  \"horizon_months\": 12,\n"
                    "  \"discount_rate_percent\": 7,5\n}") ==
        Problems{syntax(4, 28,
                        "decimal comma in 7,5; JSON writes numbers with a decimal point: "
                        "7.5")});
}

TEST_CASE("thousands separated by spaces are named, with the JSON spelling",
          "[scenario][syntax][habits]") {
  CHECK(problems_of(
            R"({"name": "x", "horizon_months": 12, "business": {"orders_per_month": 2 490}})") ==
        Problems{syntax(1, 70,
                        "thousands separated by a space in 2 490; JSON writes numbers "
                        "without separators: 2490")});
  CHECK(problems_of(R"({"name": "x", "nps": {"scores": [1 000 000]}})") ==
        Problems{syntax(1, 34,
                        "thousands separated by a space in 1 000 000; JSON writes numbers "
                        "without separators: 1000000")});
  // A no-break space (U+00A0), as a Russian-locale spreadsheet copies it, and a decimal comma.
  CHECK(problems_of("{\"name\": \"x\", \"horizon_months\": 2\xc2\xa0"
                    "490,50}") ==
        Problems{syntax(1, 33,
                        "thousands separated by spaces and a decimal comma in 2\xc2\xa0"
                        "490,50; JSON writes numbers without separators and with a "
                        "decimal point: 2490.50")});
  // Two numbers that are not groups of three stay a missing comma.
  CHECK(problems_of(R"({"name": "x", "nps": {"scores": [1 23]}})") ==
        Problems{syntax(1, 36, "missing ',' between array elements")});
}

TEST_CASE("columns count characters, not bytes", "[scenario][syntax][habits]") {
  // "Сумма" is 5 characters and 10 bytes: the error after it is at column 18, not 23.
  CHECK(problems_of("{\"name\": \"\xd0\xa1\xd1\x83\xd0\xbc\xd0\xbc\xd0\xb0\" x}") ==
        Problems{syntax(1, 18, "invalid literal")});
}

TEST_CASE("a top-level array says one scenario per file, or JSON Lines with jq",
          "[scenario][syntax][habits]") {
  CHECK(problems_of(R"([{"name": "a"}, {"name": "b"}])") ==
        Problems{syntax(1, 1,
                        "expected a JSON object at the top level, found an array; one "
                        "scenario per file, or JSON Lines: jq -c '.[]'")});
}

TEST_CASE("a key of another block says where it belongs", "[scenario][habits]") {
  CHECK(problems_of(R"({"name": "x", "nps": {"scores": [9]}, "orders_per_month": 300})") ==
        Problems{at("/orders_per_month",
                    "unknown key \"orders_per_month\"; orders_per_month belongs in business")});
  CHECK(
      problems_of(R"({"name": "x", "nps": {"scores": [9]}, "business": {"horizon_months": 12}})") ==
      Problems{at("/business/horizon_months",
                  "unknown key \"horizon_months\"; horizon_months belongs at the top level")});
  CHECK(
      problems_of(R"({"name": "x", "nps": {"scores": [9]}, "ramp_months": 2})") ==
      Problems{at("/ramp_months", "unknown key \"ramp_months\"; ramp_months belongs in adoption")});
  CHECK(problems_of(R"({"name": "x", "horizon_months": 6, "benefits": {"orders_per_month": 2}})") ==
        Problems{at("/benefits/orders_per_month",
                    "unknown key \"orders_per_month\"; orders_per_month belongs in business "
                    "(orders today) or in benefits.order_uplift (extra orders)")});
  // A misspelling still gets its "did you mean".
  CHECK(problems_of(R"({"name": "x", "nps": {"scores": [9]}, "horizon_month": 6})") ==
        Problems{at("/horizon_month",
                    "unknown key \"horizon_month\"; did you mean \"horizon_months\"?")});
}

TEST_CASE("a share given as a fraction among points is a warning: did you mean 30?",
          "[scenario][warnings]") {
  const std::string text = R"({"name": "x", "currency": "RUB", "discount_rate_percent": 10,
    "business": {"orders_per_month": 300, "average_order_value": 2000,
                 "gross_margin_percent": 0.3}, "nps": {"scores": [9]}})";
  CHECK(warnings_of(text) ==
        Problems{at("/business/gross_margin_percent",
                    "0.3 means 0.3 %: keys ending in _percent hold percentage points, as "
                    "/discount_rate_percent (10) does here; did you mean 30?")});
  // 0.07 gives 7, not 7.000000000000001.
  CHECK(warnings_of(R"({"name": "x", "currency": "RUB", "discount_rate_percent": 0.07,
    "risk": {"costs_percent": 10}, "nps": {"scores": [9]}})") ==
        Problems{at("/discount_rate_percent",
                    "0.07 means 0.07 %: keys ending in _percent hold percentage points, as "
                    "/risk/costs_percent (10) does here; did you mean 7?")});
}

TEST_CASE("fractions alone, small close rates and comments are not warned about",
          "[scenario][warnings]") {
  // No percentage of 1 or more: nothing says the file writes points.
  CHECK(warnings_of(R"({"name": "x", "currency": "RUB",
    "business": {"orders_per_month": 300, "average_order_value": 2000,
                 "gross_margin_percent": 0.3}, "nps": {"scores": [9]}})")
            .empty());
  // A close rate of 0.83 % is a real figure (the seeds: 25 customers of 3,000 leads).
  CHECK(warnings_of(R"({"name": "x", "currency": "RUB", "discount_rate_percent": 10,
    "business": {"orders_per_month": 300, "profit_per_order": 300, "leads_per_month": 3000,
                 "close_rate_percent": 0.83}, "nps": {"scores": [9]}})")
            .empty());
  CHECK(warnings_of(R"({"name": "x", "currency": "RUB", "discount_rate_percent": 10,
    "_old": {"gross_margin_percent": 0.3}, "nps": {"scores": [9]}})")
            .empty());
}

TEST_CASE("no currency in a file with amounts is a warning, and USD is taken",
          "[scenario][warnings]") {
  CHECK(warnings_of(R"({"name": "x", "acquisition": {"sales_marketing_cost": 450000,
    "new_customers": 45}})") ==
        Problems{at("/currency",
                    "no currency given: the amounts are taken as USD, the default; "
                    "name theirs, e.g. \"currency\": \"RUB\"")});
  // NPS alone has no amounts.
  CHECK(warnings_of(R"({"name": "x", "nps": {"scores": [9, 10, 3]}})").empty());
}
