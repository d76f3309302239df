// Bad input, family "scenario schema": wrong types, fractions and booleans where an integer is
// expected, out-of-range values, unknown and look-alike keys, conflicting drivers. Each problem is
// reported as `crmroi: FILE: at /json/pointer: message`, all problems of a file at once.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "run_process.hpp"
#include "test_bad_input_support.hpp"

using Catch::Matchers::Contains;
using crmroi::test::run_crmroi;
using namespace crmroi::test::bad_input;
using nlohmann::json;

namespace {

/// One change to the good scenario: set `pointer` to the JSON `value` (or remove it when empty).
struct Change {
  std::string pointer;
  std::string value;
};

std::string changed_scenario(const std::vector<Change>& changes) {
  json scenario = json::parse(good_scenario_text());
  for (const auto& change : changes) {
    const json::json_pointer pointer(change.pointer);
    if (change.value.empty())
      scenario.at(pointer.parent_pointer()).erase(pointer.back());
    else
      scenario[pointer] = json::parse(change.value);
  }
  return scenario.dump(2);
}

/// Checks that the good scenario with `changes` is refused with a message at `pointer` that
/// contains `fragment`.
void check_refused(const std::vector<Change>& changes, const std::string& pointer,
                   const std::string& fragment) {
  const std::string path = scratch_file("schema.json", changed_scenario(changes));
  INFO("changes: " << changes.front().pointer << " = " << changes.front().value);
  const auto result = run_crmroi({"calc", path});
  // A problem of the whole document (the empty pointer) names no pointer: "FILE: message".
  check_failure(result, kInvalidData,
                "crmroi: " + path + ": " + (pointer.empty() ? "" : "at " + pointer + ": "));
  CHECK_THAT(result.err, !Contains(": at : "));
  CHECK_THAT(result.err, Contains(fragment));
}

void check_accepted(const std::vector<Change>& changes) {
  const std::string path = scratch_file("schema-ok.json", changed_scenario(changes));
  INFO("changes: " << changes.front().pointer << " = " << changes.front().value);
  const auto result = run_crmroi({"calc", "--format", "jsonl", path});
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK(line_count(result.out) == 1);
}

}  // namespace

TEST_CASE("every kind of wrong type is invalid data at its pointer", "[cli][bad_input][schema]") {
  struct Case {
    std::string pointer;
    std::string value;
    std::string fragment;
  };
  const std::vector<Case> cases = {
      {"/name", "42", "string"},
      {"/name", "null", "string"},
      {"/name", R"(["a"])", "string"},
      {"/currency", "840", "string"},
      {"/horizon_months", R"("6")", "integer"},
      {"/horizon_months", "null", "integer"},
      {"/discount_rate_percent", R"("5")", "number"},
      {"/discount_rate_percent", "{}", "number"},
      {"/business", "[]", "object"},
      {"/business/orders_per_month", R"("300")", "number"},
      {"/costs", "[]", "object"},
      {"/costs/recurring", "{}", "array"},
      {"/costs/recurring/0", R"("subscription")", "object"},
      {"/costs/recurring/0/monthly", R"("3000")", "number"},
      {"/costs/recurring/0/monthly", "null", "number"},
      {"/costs/one_time", "null", "array"},
      {"/benefits", "true", "object"},
      {"/benefits/time_savings/0/hourly_cost", R"("190 RUB")", "number"},
      {"/benefits/time_savings/0/name", "1", "string"},
      {"/benefits/order_uplift", "5", "object"},
      {"/adoption", "0", "object"},
      {"/targets", "[]", "object"},
      {"/targets/min_roi_percent", "false", "number"},
  };
  for (const auto& c : cases) check_refused({{c.pointer, c.value}}, c.pointer, c.fragment);
}

TEST_CASE("a fraction or a boolean where an integer is expected is invalid data",
          "[cli][bad_input][schema]") {
  check_refused({{"/horizon_months", "6.5"}}, "/horizon_months", "integer");
  check_refused({{"/horizon_months", "true"}}, "/horizon_months", "integer");
  check_refused({{"/horizon_months", "6.000001"}}, "/horizon_months", "integer");
  check_refused({{"/adoption/implementation_months", "1.5"}}, "/adoption/implementation_months",
                "integer");
  check_refused({{"/adoption/ramp_months", "false"}}, "/adoption/ramp_months", "integer");
  check_refused({{"/costs/recurring/0/start_month", "1.5"}}, "/costs/recurring/0/start_month",
                "integer");
  check_refused({{"/costs/recurring/0/end_month", "true"}}, "/costs/recurring/0/end_month",
                "integer");
  check_refused({{"/costs/one_time", R"([{"name": "setup", "amount": 100, "month": 0.5}])"}},
                "/costs/one_time/0/month", "integer");
  check_refused({{"/costs/recurring", R"([{"name": "seats", "per_user": 100, "users": 2.5}])"}},
                "/costs/recurring/0/users", "integer");
}

TEST_CASE("a whole number written with a fraction part (12.0) is an integer",
          "[cli][bad_input][schema]") {
  check_accepted({{"/horizon_months", "6.0"}});
  check_accepted({{"/horizon_months", "6e0"}});
}

TEST_CASE("integers too big for any integer type are out of range, not undefined behaviour",
          "[cli][bad_input][schema]") {
  for (const char* value : {"1e20", "-1e20", "9007199254740993", "18446744073709551616",
                            "2147483648", "-2147483649", "1e308"}) {
    INFO(value);
    check_refused({{"/horizon_months", value}}, "/horizon_months", "1200");
    check_refused({{"/costs/recurring/0/start_month", value}}, "/costs/recurring/0/start_month",
                  "");
    check_refused({{"/costs/recurring",
                    std::string(R"([{"name": "seats", "per_user": 1, "users": )") + value + "}]"}},
                  "/costs/recurring/0/users", "");
  }
  const std::string path =
      scratch_file("nps-huge.json",
                   R"({"name": "x", "nps": {"promoters": 1e30, "passives": 1, "detractors": 1}})");
  check_failure(run_crmroi({"calc", path}), kInvalidData,
                "crmroi: " + path + ": at /nps/promoters: ");
}

TEST_CASE("out-of-range values are invalid data naming the range", "[cli][bad_input][schema]") {
  SECTION("horizon") {
    check_refused({{"/horizon_months", "0"}}, "/horizon_months", "1");
    check_refused({{"/horizon_months", "-6"}}, "/horizon_months", "1");
    check_refused({{"/horizon_months", "1201"}}, "/horizon_months", "1200");
    check_accepted({{"/horizon_months", "1200"}});
  }
  SECTION("discount rate at or below -100 %") {
    check_refused({{"/discount_rate_percent", "-100"}}, "/discount_rate_percent", "-100");
    check_refused({{"/discount_rate_percent", "-150"}}, "/discount_rate_percent", "-100");
    check_refused({{"/discount_rate_percent", "-1e300"}}, "/discount_rate_percent", "-100");
    check_accepted({{"/discount_rate_percent", "-99.5"}});
    check_accepted({{"/discount_rate_percent", "1000"}});
  }
  SECTION("shares and margins outside 0-100") {
    check_refused({{"/benefits/time_savings/0/realization_percent", "150"}},
                  "/benefits/time_savings/0/realization_percent", "100");
    check_refused({{"/benefits/time_savings/0/realization_percent", "-1"}},
                  "/benefits/time_savings/0/realization_percent", "0");
    check_refused({{"/benefits/time_savings/0/risk_percent", "101"}},
                  "/benefits/time_savings/0/risk_percent", "100");
    check_refused({{"/costs/recurring/0/risk_percent", "-5"}}, "/costs/recurring/0/risk_percent",
                  "0");
    check_refused({{"/risk", R"({"costs_percent": 0, "benefits_percent": 100.5})"}},
                  "/risk/benefits_percent", "100");
    check_refused({{"/business", R"({"orders_per_month": 300, "average_order_value": 1000,
                                     "gross_margin_percent": 120})"}},
                  "/business/gross_margin_percent", "100");
    check_refused({{"/business/close_rate_percent", "-3"}}, "/business/close_rate_percent", "0");
    check_refused({{"/benefits/order_uplift/percent", "-5"}}, "/benefits/order_uplift/percent",
                  "0");
  }
  SECTION("money below zero or above 1e15") {
    check_refused({{"/costs/recurring/0/monthly", "-3000"}}, "/costs/recurring/0/monthly", "0");
    check_refused({{"/costs/recurring/0/monthly", "1.0000001e15"}}, "/costs/recurring/0/monthly",
                  "1e15");
    check_refused({{"/costs/recurring/0/monthly", "1e308"}}, "/costs/recurring/0/monthly", "1e15");
    check_refused({{"/costs/recurring/0/monthly", "1.7976931348623157e308"}},
                  "/costs/recurring/0/monthly", "1e15");
    check_refused({{"/benefits/time_savings/0/hourly_cost", "1e300"}},
                  "/benefits/time_savings/0/hourly_cost", "1e15");
    check_refused({{"/business/profit_per_order", "-1"}}, "/business/profit_per_order", "0");
    check_refused({{"/costs/one_time", R"([{"name": "setup", "amount": -0.01}])"}},
                  "/costs/one_time/0/amount", "0");
  }
  SECTION("the largest amounts allowed everywhere give finite figures") {
    const std::string path = scratch_file("max-money.json", R"({
      "name": "max money", "currency": "USD", "horizon_months": 1200, "discount_rate_percent": 0,
      "costs": {"one_time": [{"name": "a", "amount": 1e15}, {"name": "b", "amount": 1e15}],
                "recurring": [{"name": "c", "monthly": 1e15}, {"name": "d", "monthly": 1e15}]},
      "benefits": {"monthly": [{"name": "e", "amount": 1e15}, {"name": "f", "amount": 1e15},
                               {"name": "g", "amount": 1e15}]}})");
    for (const char* format : {"json", "table", "csv"}) {
      const auto result = run_crmroi({"calc", "--format", format, path});
      INFO("format " << format << ", stderr: " << result.err);
      CHECK(result.exit_code == 0);
      CHECK_FALSE(shows_non_finite_or_negative_zero(result.out));
    }
  }
  SECTION("counts so large that the products overflow are refused or stay finite") {
    // 1e300 people x 1e15 an hour would be inf: either a range error or a finite report.
    const std::string path = scratch_file(
        "huge-count.json", changed_scenario({{"/benefits/time_savings/0/people", "1e300"}}));
    const auto result = run_crmroi({"calc", "--format", "json", path});
    INFO("stderr: " << result.err);
    CHECK(result.exit_code == kInvalidData);
    CHECK_THAT(result.err, Contains("at /benefits/time_savings/0/people: "));
    CHECK_FALSE(shows_non_finite_or_negative_zero(result.out));
  }
  SECTION("cash flows: negative elements, too many periods") {
    check_refused(
        {{"/costs", ""},
         {"/benefits", ""},
         {"/cash_flows", R"({"period": "year", "costs": [10, -5], "benefits": [0, 20]})"}},
        "/cash_flows/costs/1", "0");
    std::string costs = "[1";
    for (int i = 0; i < 101; ++i) costs += ",1";
    costs += "]";
    check_refused({{"/costs", ""},
                   {"/benefits", ""},
                   {"/cash_flows",
                    R"({"period": "year", "costs": )" + costs + R"(, "benefits": )" + costs + "}"}},
                  "/cash_flows", "1200");
  }
}

TEST_CASE("unknown and look-alike keys are invalid data with a did-you-mean hint",
          "[cli][bad_input][schema]") {
  struct Case {
    std::string key_pointer;  // where the unknown key is added
    std::string suggestion;
  };
  const std::vector<Case> cases = {
      {"/horizon_month", "horizon_months"},
      {"/Name", "name"},
      {"/discount_rate", "discount_rate_percent"},
      {"/benefit", "benefits"},
      {"/costs/one_time_costs", "one_time"},
      {"/costs/recurring/0/montly", "monthly"},
      {"/benefits/time_savings/0/minutes_per_days", "minutes_per_day"},
      {"/targets/min_roi", "min_roi_percent"},
      {"/adoption/ramp", "ramp_months"},
  };
  for (const auto& c : cases) {
    check_refused({{c.key_pointer, "1"}}, c.key_pointer, "did you mean \"" + c.suggestion + "\"");
  }
}

TEST_CASE("keys that only look like known ones are unknown", "[cli][bad_input][schema]") {
  // A Cyrillic 'а' (U+0430) in "nаme", a trailing space, a different case.
  for (const std::string& key :
       {std::string("n\xd0\xb0me"), std::string("name "), std::string("HORIZON_MONTHS")}) {
    std::string text = good_scenario_text();
    text.insert(1, "\"" + key + "\": 1,");
    const std::string path = scratch_file("look-alike.json", text);
    INFO("key [" << key << "]");
    const auto result = run_crmroi({"calc", path});
    check_failure(result, kInvalidData, "crmroi: " + path + ": at /");
    CHECK_THAT(result.err, Contains("unknown"));
  }
}

TEST_CASE("unknown keys with / and ~ are named by an escaped JSON pointer",
          "[cli][bad_input][schema]") {
  std::string text = good_scenario_text();
  text.insert(1, R"("a/b~c": 1, "": 2,)");
  const std::string path = scratch_file("pointer-escape.json", text);
  const auto result = run_crmroi({"calc", path});
  check_failure(result, kInvalidData, "crmroi: " + path + ": at /a~1b~0c: ");
  CHECK_THAT(result.err, Contains("crmroi: " + path + ": at /: "));
}

TEST_CASE("$schema at the top level and _comment keys anywhere are accepted",
          "[cli][bad_input][schema]") {
  check_accepted({{"/$schema", R"("https://example.invalid/scenario.schema.json")"},
                  {"/_source", R"("seed 002")"},
                  {"/costs/recurring/0/_note", R"({"anything": [1, 2, 3]})"}});
  check_refused({{"/costs/$schema", R"("x")"}}, "/costs/$schema", "unknown");
}

TEST_CASE("conflicting drivers are invalid data", "[cli][bad_input][schema]") {
  check_refused({{"/cash_flows", R"({"period": "year", "costs": [10, 5], "benefits": [0, 20]})"}},
                "/cash_flows", "costs");
  check_refused({{"/costs/recurring/0/per_user", "100"}, {"/costs/recurring/0/users", "3"}},
                "/costs/recurring/0", "monthly");
  check_refused({{"/benefits/time_savings/0/hours_per_week", "2"}}, "/benefits/time_savings/0",
                "minutes_per_day");
  check_refused({{"/benefits/time_savings/0/minutes_per_day", ""}}, "/benefits/time_savings/0",
                "hours_per_month");
  check_refused({{"/benefits/order_uplift/orders_per_month", "10"}}, "/benefits/order_uplift",
                "percent");
  check_refused({{"/nps", R"({"promoters": 1, "passives": 1, "detractors": 1, "scores": [9]})"}},
                "/nps", "scores");
  check_refused({{"/cash_flows", R"({"period": "week", "costs": [1], "benefits": [1]})"},
                 {"/costs", ""},
                 {"/benefits", ""}},
                "/cash_flows/period", "year");
  check_refused({{"/cash_flows", R"({"period": "year", "costs": [1, 2, 3], "benefits": [1]})"},
                 {"/costs", ""},
                 {"/benefits", ""}},
                "/cash_flows", "length");
}

TEST_CASE("missing required keys are invalid data", "[cli][bad_input][schema]") {
  check_refused({{"/name", ""}}, "", "name");
  check_refused({{"/horizon_months", ""}}, "", "horizon_months");
  check_refused({{"/costs/recurring/0/name", ""}}, "/costs/recurring/0", "name");
  check_refused({{"/business", ""}}, "/benefits/order_uplift", "business");
}

TEST_CASE("a duplicate top-level key is placed at its own pointer, never an empty one",
          "[cli][bad_input][schema]") {
  const std::string path =
      scratch_file("duplicate-top.json", R"({"name": "a", "name": "b", "nps": {"scores": [9]}})");
  const auto result = run_crmroi({"calc", path});
  check_failure(result, kInvalidData, "crmroi: " + path + ": at /name: duplicate key \"name\"");
}

TEST_CASE("every problem of a file is reported at once", "[cli][bad_input][schema]") {
  const std::string path = scratch_file(
      "three-problems.json",
      changed_scenario(
          {{"/horizon_months", "0"}, {"/currency", "5"}, {"/costs/recurring/0/monthly", "-1"}}));
  const auto result = run_crmroi({"calc", path});
  check_failure(result, kInvalidData, "crmroi: " + path + ": at /horizon_months: ");
  CHECK_THAT(result.err, Contains("crmroi: " + path + ": at /currency: "));
  CHECK_THAT(result.err, Contains("crmroi: " + path + ": at /costs/recurring/0/monthly: "));
  CHECK(line_count(result.err) == 3);
}

TEST_CASE("a file with thousands of problems prints at most 100 messages and says so",
          "[cli][bad_input][schema]") {
  std::string text = R"({"name": "many problems", "nps": {"scores": [9]})";  // no final brace
  for (int i = 0; i < 5000; ++i) text += ",\"unknown_" + std::to_string(i) + "\": 1";
  text += "}";
  const std::string path = scratch_file("many-problems.json", text);
  const auto result = run_crmroi({"calc", path});
  check_failure(result, kInvalidData, "crmroi: " + path + ": at /unknown_0: ");
  CHECK(line_count(result.err) <= 101);
  CHECK(line_count(result.err) >= 100);
  CHECK_THAT(result.err, Contains("more"));
}
