// Scenario validation: each rule of docs/scenario-format.md is a problem with an exact JSON pointer
// and an exact message saying what was expected and what was found; all problems come at once.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "scenario_test_support.hpp"

using namespace crmroi;
using namespace crmroi::test;
using Problems = std::vector<Problem>;

namespace {

/// The problems of the README example with `changes`.
Problems spec_problems(const std::vector<Change>& changes) {
  return problems_of(spec_with(changes));
}

constexpr std::string_view kCashFlows =
    R"({"name": "flows", "cash_flows": {"period": "year", "costs": [10, 5], "benefits": [0, 20]}})";

Problems cash_flow_problems(const std::vector<Change>& changes) {
  return problems_of(changed(kCashFlows, changes));
}

/// True when the README example with `changes` loads.
bool spec_accepted(const std::vector<Change>& changes) {
  const LoadResult result = load_scenario(spec_with(changes));
  INFO("problems: " << Catch::Detail::stringify(result.problems));
  return result.scenario.has_value() && result.problems.empty();
}

}  // namespace

TEST_CASE("name: required, a non-empty string of at most 200 characters", "[scenario][rules]") {
  CHECK(spec_problems({{"/name", ""}}) == Problems{at("", "missing required key \"name\"")});
  CHECK(spec_problems({{"/name", "42"}}) == Problems{at("/name", "expected a string, found 42")});
  CHECK(spec_problems({{"/name", "null"}}) ==
        Problems{at("/name", "expected a string, found null")});
  CHECK(spec_problems({{"/name", R"("")"}}) ==
        Problems{at("/name", "expected a non-empty name, found \"\"")});
  CHECK(spec_problems({{"/name", "\"" + std::string(201, 'x') + "\""}}) ==
        Problems{at("/name", "expected a name of at most 200 characters, found 201 characters")});
  CHECK(spec_problems({{"/costs/recurring/0/name", ""}}) ==
        Problems{at("/costs/recurring/0", "missing required key \"name\"")});
  CHECK(spec_problems({{"/benefits/time_savings/0/name", "1"}}) ==
        Problems{at("/benefits/time_savings/0/name", "expected a string, found 1")});
}

TEST_CASE("currency: three upper-case letters", "[scenario][rules]") {
  CHECK(spec_problems({{"/currency", R"("rub")"}}) ==
        Problems{at("/currency",
                    "expected a three-letter ISO 4217 currency code in capitals such as \"USD\", "
                    "found \"rub\"")});
  CHECK(spec_problems({{"/currency", "643"}}) ==
        Problems{at("/currency", "expected a string, found 643")});
  CHECK(spec_problems({{"/currency", R"("RUBL")"}}) ==
        Problems{at("/currency",
                    "expected a three-letter ISO 4217 currency code in capitals such as \"USD\", "
                    "found \"RUBL\"")});
}

TEST_CASE("horizon_months: an integer from 1 to 1200, required with costs or benefits",
          "[scenario][rules]") {
  const auto horizon = [](const std::string& value) {
    return spec_problems({{"/horizon_months", value}});
  };
  CHECK(horizon("0") ==
        Problems{at("/horizon_months", "expected an integer from 1 to 1200, found 0")});
  CHECK(horizon("1201") ==
        Problems{at("/horizon_months", "expected an integer from 1 to 1200, found 1201")});
  CHECK(horizon("-6") ==
        Problems{at("/horizon_months", "expected an integer from 1 to 1200, found -6")});
  CHECK(horizon("1.5") == Problems{at("/horizon_months", "expected an integer, found 1.5")});
  CHECK(horizon("true") == Problems{at("/horizon_months", "expected an integer, found true")});
  CHECK(horizon(R"("6")") == Problems{at("/horizon_months", "expected an integer, found \"6\"")});
  CHECK(horizon("1e20") ==
        Problems{at("/horizon_months", "expected an integer from 1 to 1200, found 1e20")});
  CHECK(horizon("18446744073709551615") ==
        Problems{at("/horizon_months",
                    "expected an integer from 1 to 1200, found 18446744073709551615")});
  CHECK(spec_problems({{"/horizon_months", ""}}) ==
        Problems{at("", "\"horizon_months\" is required when the scenario has costs or benefits")});
}

TEST_CASE("discount_rate_percent: greater than -100 and at most 1000", "[scenario][rules]") {
  CHECK(spec_problems({{"/discount_rate_percent", "-100"}}) ==
        Problems{at("/discount_rate_percent", "expected a number greater than -100, found -100")});
  CHECK(spec_problems({{"/discount_rate_percent", "1000.5"}}) ==
        Problems{at("/discount_rate_percent", "expected a number \u2264 1000, found 1000.5")});
  CHECK(spec_problems({{"/discount_rate_percent", R"("5")"}}) ==
        Problems{at("/discount_rate_percent", "expected a number, found \"5\"")});
}

TEST_CASE("unknown keys are problems with a did-you-mean hint", "[scenario][rules]") {
  CHECK(spec_problems({{"/horizon_month", "6"}}) ==
        Problems{at("/horizon_month",
                    "unknown key \"horizon_month\"; did you mean \"horizon_months\"?")});
  CHECK(spec_problems({{"/Name", "1"}}) ==
        Problems{at("/Name", "unknown key \"Name\"; did you mean \"name\"?")});
  CHECK(spec_problems({{"/costs/recurring/0/montly", "1"}}) ==
        Problems{
            at("/costs/recurring/0/montly", "unknown key \"montly\"; did you mean \"monthly\"?")});
  CHECK(spec_problems({{"/adoption/ramp", "1"}}) ==
        Problems{at("/adoption/ramp", "unknown key \"ramp\"; did you mean \"ramp_months\"?")});
  CHECK(spec_problems({{"/zebra", "1"}}) == Problems{at("/zebra", "unknown key \"zebra\"")});
  CHECK(spec_problems({{"/costs/$schema", R"("x")"}}) ==
        Problems{at("/costs/$schema", "unknown key \"$schema\"")});
  CHECK(spec_problems({{"/a~1b", "1"}}) == Problems{at("/a~1b", "unknown key \"a/b\"")});
  CHECK(spec_problems({{"/evil\u001b", "1"}}) ==
        Problems{at("/evil\u001b", "unknown key \"evil\\u001b\"")});
}

TEST_CASE("wrong container types name what was expected", "[scenario][rules]") {
  CHECK(spec_problems({{"/business", "[]"}}) ==
        Problems{at("/business", "expected an object, found an array"),
                 at("/benefits/order_uplift",
                    "\"order_uplift\" needs \"business\" with \"orders_per_month\" (the baseline "
                    "orders) and a profit per order (\"profit_per_order\", or "
                    "\"average_order_value\" with \"gross_margin_percent\")")});
  CHECK(spec_problems({{"/costs/recurring", "{}"}}) ==
        Problems{at("/costs/recurring", "expected an array, found an object")});
  CHECK(spec_problems({{"/costs/recurring/0", R"("subscription")"}}) ==
        Problems{at("/costs/recurring/0", "expected an object, found \"subscription\"")});
  CHECK(spec_problems({{"/targets", "[]"}}) ==
        Problems{at("/targets", "expected an object, found an array")});
}

TEST_CASE("money: at least 0 (a loss is entered as a cost) and at most 1e15", "[scenario][rules]") {
  CHECK(spec_problems({{"/costs/recurring/0/monthly", "-5"}}) ==
        Problems{at("/costs/recurring/0/monthly",
                    "expected a number \u2265 0 (a loss is entered as a cost), found -5")});
  CHECK(spec_problems({{"/costs/recurring/0/monthly", "1.5e15"}}) ==
        Problems{at("/costs/recurring/0/monthly", "expected a number \u2264 1e15, found 1.5e15")});
  CHECK(
      spec_problems({{"/benefits/time_savings/0/hourly_cost", R"("190 RUB")"}}) ==
      Problems{at("/benefits/time_savings/0/hourly_cost", "expected a number, found \"190 RUB\"")});
  CHECK(spec_problems({{"/business/profit_per_order", "-0.01"}}) ==
        Problems{at("/business/profit_per_order",
                    "expected a number \u2265 0 (a loss is entered as a cost), found -0.01")});
  CHECK(spec_problems({{"/costs/one_time", R"([{"name": "setup"}])"}}) ==
        Problems{at("/costs/one_time/0", "missing required key \"amount\"")});
}

TEST_CASE("shares and margins lie from 0 to 100, uplifts are at least 0", "[scenario][rules]") {
  CHECK(spec_problems({{"/benefits/time_savings/0/realization_percent", "150"}}) ==
        Problems{at("/benefits/time_savings/0/realization_percent",
                    "expected a number from 0 to 100, found 150")});
  CHECK(
      spec_problems({{"/costs/recurring/0/risk_percent", "-5"}}) ==
      Problems{at("/costs/recurring/0/risk_percent", "expected a number from 0 to 100, found -5")});
  CHECK(spec_problems({{"/benefits/order_uplift/risk_percent", "101"}}) ==
        Problems{at("/benefits/order_uplift/risk_percent",
                    "expected a number from 0 to 100, found 101")});
  CHECK(spec_problems({{"/risk", R"({"costs_percent": 0, "benefits_percent": 100.5})"}}) ==
        Problems{at("/risk/benefits_percent", "expected a number from 0 to 100, found 100.5")});
  CHECK(spec_problems({{"/business/close_rate_percent", "-3"}}) ==
        Problems{at("/business/close_rate_percent", "expected a number from 0 to 100, found -3")});
  CHECK(spec_problems({{"/benefits/order_uplift/percent", "-5"}}) ==
        Problems{at("/benefits/order_uplift/percent", "expected a number \u2265 0, found -5")});
}

TEST_CASE("business: profit_per_order or average_order_value with gross_margin_percent",
          "[scenario][rules]") {
  CHECK(spec_problems({{"/business/average_order_value", "1000"},
                       {"/business/gross_margin_percent", "30"}}) ==
        Problems{at("/business",
                    "give either \"profit_per_order\" or \"average_order_value\" with "
                    "\"gross_margin_percent\", not both")});
  CHECK(spec_accepted({{"/business", R"({"orders_per_month": 300, "average_order_value": 1000,
                                         "gross_margin_percent": 30})"}}));
  const std::string needs_profit =
      "\"order_uplift\" needs \"business\" with a profit per order (\"profit_per_order\", or "
      "\"average_order_value\" with \"gross_margin_percent\")";
  CHECK(
      spec_problems({{"/business", R"({"orders_per_month": 300, "average_order_value": 1000})"}}) ==
      Problems{at("/business", "\"average_order_value\" needs \"gross_margin_percent\""),
               at("/benefits/order_uplift", needs_profit)});
  CHECK(
      spec_problems({{"/business", R"({"orders_per_month": 300, "gross_margin_percent": 30})"}}) ==
      Problems{at("/business", "\"gross_margin_percent\" needs \"average_order_value\""),
               at("/benefits/order_uplift", needs_profit)});
  CHECK(spec_problems({{"/business/orders_per_month", "-1"}}) ==
        Problems{at("/business/orders_per_month", "expected a number \u2265 0, found -1")});
}

TEST_CASE("counts and months are integers", "[scenario][rules]") {
  CHECK(spec_problems({{"/costs/one_time", R"([{"name": "a", "amount": 1, "month": 0.5}])"}}) ==
        Problems{at("/costs/one_time/0/month", "expected an integer, found 0.5")});
  CHECK(spec_problems(
            {{"/costs/recurring", R"([{"name": "seats", "per_user": 1, "users": 2.5}])"}}) ==
        Problems{at("/costs/recurring/0/users", "expected an integer, found 2.5")});
  CHECK(spec_problems({{"/adoption/ramp_months", "false"}}) ==
        Problems{at("/adoption/ramp_months", "expected an integer, found false")});
  CHECK(spec_problems({{"/adoption/implementation_months", "-1"}}) ==
        Problems{
            at("/adoption/implementation_months", "expected an integer from 0 to 1200, found -1")});
  CHECK(problems_of(
            R"({"name": "x", "nps": {"promoters": -1, "passives": 1, "detractors": 1e30}})") ==
        Problems{at("/nps/promoters", "expected an integer \u2265 0, found -1"),
                 at("/nps/detractors", "expected an integer \u2264 1e15, found 1e30")});
}

TEST_CASE("months after the horizon are allowed, and a recurring cost starts before it ends",
          "[scenario][rules]") {
  // A line after the horizon is not counted (its arithmetic says so), so that one file runs at
  // any horizon (README: the horizon sweep).
  CHECK(spec_accepted({{"/costs/one_time", R"([{"name": "late", "amount": 1, "month": 7}])"}}));
  CHECK(spec_accepted({{"/costs/recurring/0/end_month", "12"}}));
  CHECK(spec_accepted({{"/costs/recurring/0/start_month", "9"}}));
  CHECK(spec_problems({{"/costs/one_time", R"([{"name": "late", "amount": 1, "month": 1201}])"}}) ==
        Problems{at("/costs/one_time/0/month", "expected an integer from 0 to 1200, found 1201")});
  CHECK(
      spec_problems(
          {{"/costs/recurring/0/start_month", "5"}, {"/costs/recurring/0/end_month", "3"}}) ==
      Problems{at("/costs/recurring/0/start_month", "\"start_month\" 5 is after \"end_month\" 3")});
  CHECK(spec_problems({{"/costs/recurring/0/end_month", "0"}}) ==
        Problems{at("/costs/recurring/0/end_month",
                    "\"end_month\" 0 is before \"start_month\" 1 (the default)")});
  CHECK(spec_problems({{"/horizon_months", "0"}, {"/costs/recurring/0/end_month", "12"}}) ==
        Problems{at("/horizon_months", "expected an integer from 1 to 1200, found 0")});
}

TEST_CASE("recurring costs: exactly one of monthly, per_user with users, per_order",
          "[scenario][rules]") {
  const std::string forms =
      "give exactly one of \"monthly\", \"per_user\" with \"users\", \"per_order\"; found ";
  CHECK(
      spec_problems({{"/costs/recurring/0/per_user", "100"}, {"/costs/recurring/0/users", "3"}}) ==
      Problems{at("/costs/recurring/0", forms + "2")});
  CHECK(spec_problems({{"/costs/recurring/0/monthly", ""}}) ==
        Problems{at("/costs/recurring/0", forms + "none")});
  CHECK(spec_problems({{"/costs/recurring", R"([{"name": "seats", "per_user": 100}])"}}) ==
        Problems{at("/costs/recurring/0", "\"per_user\" needs \"users\"")});
  CHECK(spec_problems({{"/costs/recurring/0/users", "3"}}) ==
        Problems{at("/costs/recurring/0/users", "\"users\" needs \"per_user\"")});
  CHECK(spec_problems({{"/business", R"({"profit_per_order": 300})"},
                       {"/benefits/order_uplift", R"({"orders_per_month": 15})"},
                       {"/costs/recurring", R"([{"name": "fee", "per_order": 10}])"}}) ==
        Problems{at("/costs/recurring/0/per_order",
                    "\"per_order\" needs \"business\" with \"orders_per_month\" (the orders it is "
                    "billed on)")});
}

TEST_CASE("time savings: exactly one unit, days_per_month only with per-day units",
          "[scenario][rules]") {
  const std::string units =
      "give exactly one of \"minutes_per_day\", \"hours_per_day\", \"hours_per_week\", "
      "\"hours_per_month\"; found ";
  CHECK(spec_problems({{"/benefits/time_savings/0/hours_per_week", "2"}}) ==
        Problems{at("/benefits/time_savings/0", units + "2")});
  CHECK(spec_problems({{"/benefits/time_savings/0/minutes_per_day", ""}}) ==
        Problems{at("/benefits/time_savings/0", units + "none")});
  CHECK(spec_problems({{"/benefits/time_savings/0/minutes_per_day", ""},
                       {"/benefits/time_savings/0/hours_per_week", "3"}}) ==
        Problems{
            at("/benefits/time_savings/0/days_per_month",
               "\"days_per_month\" applies only with \"minutes_per_day\" or \"hours_per_day\"")});
  CHECK(spec_problems({{"/benefits/time_savings/0/days_per_month", "32"}}) ==
        Problems{at("/benefits/time_savings/0/days_per_month",
                    "expected a number from 1 to 31, found 32")});
  CHECK(spec_problems({{"/benefits/time_savings/0/minutes_per_day", "1441"}}) ==
        Problems{at("/benefits/time_savings/0/minutes_per_day",
                    "expected a number from 0 to 1440, found 1441")});
  CHECK(spec_problems({{"/benefits/time_savings/0/people", "1e300"}}) ==
        Problems{
            at("/benefits/time_savings/0/people", "expected a number \u2264 1e15, found 1e300")});
  CHECK(spec_problems({{"/benefits/time_savings/0/hourly_cost", ""}}) ==
        Problems{at("/benefits/time_savings/0", "missing required key \"hourly_cost\"")});
}

TEST_CASE("order uplift: one form, and a business with orders and a profit per order",
          "[scenario][rules]") {
  CHECK(spec_problems({{"/benefits/order_uplift/orders_per_month", "10"}}) ==
        Problems{at("/benefits/order_uplift",
                    "give exactly one of \"percent\", \"orders_per_month\"; found 2")});
  CHECK(spec_problems({{"/benefits/order_uplift", "{}"}}) ==
        Problems{at("/benefits/order_uplift",
                    "give exactly one of \"percent\", \"orders_per_month\"; found none")});
  CHECK(spec_problems({{"/business", ""}}) ==
        Problems{at("/benefits/order_uplift",
                    "\"order_uplift\" needs \"business\" with \"orders_per_month\" (the baseline "
                    "orders) and a profit per order (\"profit_per_order\", or "
                    "\"average_order_value\" with \"gross_margin_percent\")")});
  CHECK(spec_problems({{"/business/orders_per_month", ""}}) ==
        Problems{at("/benefits/order_uplift",
                    "\"order_uplift\" needs \"business\" with \"orders_per_month\" (the baseline "
                    "orders)")});
  // Extra orders a month need no baseline, only a profit per order.
  CHECK(spec_accepted({{"/business/orders_per_month", ""},
                       {"/benefits/order_uplift", R"({"orders_per_month": 15})"}}));
}

TEST_CASE("monthly benefits need a name and an amount", "[scenario][rules]") {
  CHECK(spec_problems({{"/benefits/monthly", R"([{"amount": 5}, {"name": "x"}])"}}) ==
        Problems{at("/benefits/monthly/0", "missing required key \"name\""),
                 at("/benefits/monthly/1", "missing required key \"amount\"")});
}

TEST_CASE("cash flows: period, two arrays of the same length, at most 1200 months",
          "[scenario][rules]") {
  CHECK(spec_problems(
            {{"/cash_flows", R"({"period": "year", "costs": [10, 5], "benefits": [0, 20]})"}}) ==
        Problems{at("/cash_flows",
                    "a scenario has either \"cash_flows\" or \"costs\"/\"benefits\", not both")});
  CHECK(cash_flow_problems({{"/cash_flows/period", R"("week")"}}) ==
        Problems{at("/cash_flows/period",
                    "expected one of \"month\", \"quarter\", \"year\", found \"week\"")});
  CHECK(cash_flow_problems({{"/cash_flows/period", ""}}) ==
        Problems{at("/cash_flows", "missing required key \"period\"")});
  CHECK(cash_flow_problems({{"/cash_flows/costs", "[10, 5, 5]"}}) ==
        Problems{
            at("/cash_flows",
               "\"costs\" has 3 elements and \"benefits\" has 2; they must have the same length")});
  CHECK(cash_flow_problems({{"/cash_flows/costs", "[10]"}, {"/cash_flows/benefits", "[0]"}}) ==
        Problems{at("/cash_flows/costs",
                    "expected at least 2 elements (the start and one period), found 1"),
                 at("/cash_flows/benefits",
                    "expected at least 2 elements (the start and one period), found 1")});
  CHECK(cash_flow_problems({{"/cash_flows/costs", "[10, -5]"}}) ==
        Problems{at("/cash_flows/costs/1",
                    "expected a number \u2265 0 (a loss is entered as a cost), found -5")});
  std::string flows = "[1";
  for (int i = 0; i < 101; ++i) flows += ", 1";
  flows += "]";
  CHECK(cash_flow_problems({{"/cash_flows/costs", flows}, {"/cash_flows/benefits", flows}}) ==
        Problems{at("/cash_flows", "the cash flows cover 1212 months; at most 1200 are allowed")});
  CHECK(cash_flow_problems({{"/horizon_months", "6"}}) ==
        Problems{at("/horizon_months",
                    "\"horizon_months\" 6 does not match the 12 months of \"cash_flows\"")});
  CHECK(cash_flow_problems({{"/cash_flows/benefits", ""}}) ==
        Problems{at("/cash_flows", "missing required key \"benefits\"")});
}

TEST_CASE("targets: any ROI and NPV, a payback of at least 0, with an investment case",
          "[scenario][rules]") {
  CHECK(spec_problems({{"/targets/max_payback_months", "-1"}}) ==
        Problems{at("/targets/max_payback_months", "expected a number \u2265 0, found -1")});
  CHECK(spec_problems({{"/targets/min_roi_percent", "false"}}) ==
        Problems{at("/targets/min_roi_percent", "expected a number, found false")});
  CHECK(spec_accepted({{"/targets/min_roi_percent", "-50"}, {"/targets/min_npv", "-1e6"}}));
  CHECK(problems_of(R"({"name": "x", "nps": {"scores": [9]}, "targets": {"min_npv": 0}})") ==
        Problems{at("/targets",
                    "\"targets\" apply to an investment case: add costs/benefits or cash_flows")});
}

TEST_CASE("a file needs something to calculate", "[scenario][rules]") {
  CHECK(problems_of(R"({"name": "x", "currency": "EUR"})") ==
        Problems{
            at("", "nothing to calculate: add costs/benefits, cash_flows or an analysis block")});
  CHECK(problems_of(R"({"name": "x", "business": {"orders_per_month": 1}})") ==
        Problems{
            at("", "nothing to calculate: add costs/benefits, cash_flows or an analysis block")});
}

TEST_CASE("analysis blocks: required keys and exclusive forms", "[scenario][rules]") {
  CHECK(problems_of(R"({"name": "x", "marketing": {"channels": []}})") ==
        Problems{at("/marketing/channels", "expected at least one channel, found an empty array")});
  CHECK(problems_of(R"({"name": "x", "marketing": {}})") ==
        Problems{at("/marketing", "missing required key \"channels\"")});
  CHECK(problems_of(R"({"name": "x", "marketing": {"channels": [
          {"name": "a", "revenue": 3, "cost_of_goods": 1, "gross_profit": 2, "leads": 1.5}]}})") ==
        Problems{at("/marketing/channels/0", "missing required key \"spend\""),
                 at("/marketing/channels/0",
                    "give either \"cost_of_goods\" or \"gross_profit\", not both"),
                 at("/marketing/channels/0/leads", "expected an integer, found 1.5")});
  CHECK(problems_of(R"({"name": "x", "acquisition": {"sales_marketing_cost": 450000}})") ==
        Problems{at("/acquisition", "missing required key \"new_customers\"")});
  CHECK(
      problems_of(R"({"name": "x", "unit_economics": {"monthly_revenue_per_customer": 1200,
          "monthly_cost_per_customer": 550, "monthly_churn_percent": 2, "lifetime_months": 0}})") ==
      Problems{at("/unit_economics",
                  "give either \"monthly_churn_percent\" or \"lifetime_months\", not both"),
               at("/unit_economics/lifetime_months", "expected a number greater than 0, found 0")});
  CHECK(problems_of(R"({"name": "x", "nps": {"promoters": 1, "passives": 1, "detractors": 1,
                                              "scores": [9]}})") ==
        Problems{at("/nps",
                    "give either the counts \"promoters\", \"passives\", \"detractors\" or "
                    "\"scores\", not both")});
  CHECK(problems_of(R"({"name": "x", "nps": {}})") ==
        Problems{
            at("/nps",
               "give the counts \"promoters\", \"passives\" and \"detractors\", or \"scores\"")});
  CHECK(problems_of(R"({"name": "x", "nps": {"promoters": 1, "detractors": 1}})") ==
        Problems{at("/nps", "missing required key \"passives\"")});
  CHECK(problems_of(R"({"name": "x", "nps": {"scores": [9, 11, 2.5, "10"]}})") ==
        Problems{at("/nps/scores/1", "expected an integer from 0 to 10, found 11"),
                 at("/nps/scores/2", "expected an integer, found 2.5"),
                 at("/nps/scores/3", "expected an integer, found \"10\"")});
}

TEST_CASE("a file with three mistakes gives exactly three problems, in document order",
          "[scenario][rules]") {
  CHECK(spec_problems(
            {{"/horizon_months", "0"}, {"/currency", "5"}, {"/costs/recurring/0/monthly", "-1"}}) ==
        Problems{at("/currency", "expected a string, found 5"),
                 at("/horizon_months", "expected an integer from 1 to 1200, found 0"),
                 at("/costs/recurring/0/monthly",
                    "expected a number \u2265 0 (a loss is entered as a cost), found -1")});
}

TEST_CASE("problems beyond 100 are counted in one closing problem", "[scenario][rules]") {
  std::string text = R"({"name": "many", "nps": {"scores": [9]}})";
  text.pop_back();
  for (int i = 0; i < 150; ++i) text += ",\"unknown_" + std::to_string(i) + "\": 1";
  text += "}";
  const Problems problems = problems_of(text);
  REQUIRE(problems.size() == kMaxProblemsPerDocument + 1);
  CHECK(problems.front() == at("/unknown_0", "unknown key \"unknown_0\""));
  CHECK(problems[99] == at("/unknown_99", "unknown key \"unknown_99\""));
  CHECK(problems.back() == at("", "... and 50 more problems"));
}

namespace {

/// The README example with a business that has leads and a close rate (as the conversion uplift
/// needs), then `changes`.
Problems levers_problems(const std::vector<Change>& changes) {
  std::vector<Change> all{{"/business/leads_per_month", "1500"},
                          {"/business/close_rate_percent", "20"}};
  all.insert(all.end(), changes.begin(), changes.end());
  return spec_problems(all);
}

/// True when the README example with leads, a close rate and `changes` loads.
bool levers_accepted(const std::vector<Change>& changes) {
  std::vector<Change> all{{"/business/leads_per_month", "1500"},
                          {"/business/close_rate_percent", "20"}};
  all.insert(all.end(), changes.begin(), changes.end());
  return spec_accepted(all);
}

}  // namespace

TEST_CASE("conversion uplift: points or percent, bounded, with leads, a close rate and a profit",
          "[scenario][rules][levers]") {
  const auto conversion = [](const std::string& value) {
    return levers_problems({{"/benefits/conversion_uplift", value}});
  };
  CHECK(levers_accepted({{"/benefits/conversion_uplift", R"({"points": 1.5})"}}));
  CHECK(
      levers_accepted({{"/benefits/conversion_uplift", R"({"percent": 10, "risk_percent": 20})"}}));
  CHECK(levers_accepted({{"/benefits/conversion_uplift", R"({"points": 80})"}}));
  CHECK(conversion(R"({"points": -1})") ==
        Problems{
            at("/benefits/conversion_uplift/points", "expected a number from 0 to 100, found -1")});
  CHECK(conversion(R"({"points": 101})") ==
        Problems{at("/benefits/conversion_uplift/points",
                    "expected a number from 0 to 100, found 101")});
  CHECK(conversion(R"({"points": "1.5"})") ==
        Problems{at("/benefits/conversion_uplift/points", "expected a number, found \"1.5\"")});
  CHECK(conversion(R"({"percent": -10})") == Problems{at("/benefits/conversion_uplift/percent",
                                                         "expected a number \u2265 0, found -10")});
  CHECK(conversion(R"({"points": 1, "risk_percent": 120})") ==
        Problems{at("/benefits/conversion_uplift/risk_percent",
                    "expected a number from 0 to 100, found 120")});
  CHECK(conversion(R"({"points": 1, "percent": 5})") ==
        Problems{at("/benefits/conversion_uplift",
                    "give exactly one of \"points\", \"percent\"; found 2")});
  CHECK(conversion("{}") ==
        Problems{at("/benefits/conversion_uplift",
                    "give exactly one of \"points\", \"percent\"; found none")});
  CHECK(conversion(R"({"pionts": 1})") ==
        Problems{at("/benefits/conversion_uplift",
                    "give exactly one of \"points\", \"percent\"; found none"),
                 at("/benefits/conversion_uplift/pionts",
                    "unknown key \"pionts\"; did you mean \"points\"?")});
  CHECK(conversion("[1.5]") ==
        Problems{at("/benefits/conversion_uplift", "expected an object, found an array")});
  // The raised close rate is a share: 20 % + 81 points, or 20 % x (1 + 450 %), is over 100 %.
  CHECK(conversion(R"({"points": 81})") ==
        Problems{at("/benefits/conversion_uplift/points",
                    "raises the close rate from 20 % to 101 %; a close rate is at most 100 % "
                    "(business.close_rate_percent)")});
  CHECK(conversion(R"({"percent": 450})") ==
        Problems{at("/benefits/conversion_uplift/percent",
                    "raises the close rate from 20 % to 110 %; a close rate is at most 100 % "
                    "(business.close_rate_percent)")});
  CHECK(spec_problems({{"/benefits/conversion_uplift", R"({"points": 1})"}}) ==
        Problems{at("/benefits/conversion_uplift",
                    "\"conversion_uplift\" needs \"business\" with \"leads_per_month\" (the leads "
                    "it converts) and \"close_rate_percent\" (the close rate it raises)")});
  CHECK(spec_problems({{"/business", R"({"leads_per_month": 10})"},
                       {"/benefits/order_uplift", ""},
                       {"/benefits/conversion_uplift", R"({"points": 1})"}}) ==
        Problems{at("/benefits/conversion_uplift",
                    "\"conversion_uplift\" needs \"business\" with \"close_rate_percent\" (the "
                    "close rate it raises) and a profit per order (\"profit_per_order\", or "
                    "\"average_order_value\" with \"gross_margin_percent\")")});
  // Misplaced at the top level: its home is named.
  CHECK(levers_problems({{"/conversion_uplift", R"({"points": 1})"}}) ==
        Problems{at("/conversion_uplift",
                    "unknown key \"conversion_uplift\"; conversion_uplift belongs in benefits")});
}

TEST_CASE("average order uplift: a percent of at least 0, with orders and a profit per order",
          "[scenario][rules][levers]") {
  const auto average = [](const std::string& value) {
    return spec_problems({{"/benefits/average_order_uplift", value}});
  };
  CHECK(spec_accepted({{"/benefits/average_order_uplift", R"({"percent": 4})"}}));
  CHECK(average("{}") ==
        Problems{at("/benefits/average_order_uplift", "missing required key \"percent\"")});
  CHECK(average(R"({"percent": -4})") == Problems{at("/benefits/average_order_uplift/percent",
                                                     "expected a number \u2265 0, found -4")});
  CHECK(average(R"({"percent": true})") ==
        Problems{at("/benefits/average_order_uplift/percent", "expected a number, found true")});
  CHECK(average(R"({"percent": 4, "risk_percent": -1})") ==
        Problems{at("/benefits/average_order_uplift/risk_percent",
                    "expected a number from 0 to 100, found -1")});
  CHECK(average(R"({"percnt": 4})") ==
        Problems{at("/benefits/average_order_uplift", "missing required key \"percent\""),
                 at("/benefits/average_order_uplift/percnt",
                    "unknown key \"percnt\"; did you mean \"percent\"?")});
  CHECK(spec_problems({{"/business", R"({"leads_per_month": 10})"},
                       {"/benefits/order_uplift", ""},
                       {"/benefits/average_order_uplift", R"({"percent": 4})"}}) ==
        Problems{at("/benefits/average_order_uplift",
                    "\"average_order_uplift\" needs \"business\" with \"orders_per_month\" (the "
                    "baseline orders) and a profit per order (\"profit_per_order\", or "
                    "\"average_order_value\" with \"gross_margin_percent\")")});
}

TEST_CASE("cost reductions: a name, a monthly cost and a percent cut of 0 to 100",
          "[scenario][rules][levers]") {
  const auto reduction = [](const std::string& value) {
    return spec_problems({{"/benefits/cost_reductions", "[" + value + "]"}});
  };
  CHECK(spec_accepted({{"/benefits/cost_reductions",
                        R"([{"name": "admin", "monthly_cost": 60000, "percent": 15}])"}}));
  CHECK(reduction(R"({"monthly_cost": 60000, "percent": 15})") ==
        Problems{at("/benefits/cost_reductions/0", "missing required key \"name\"")});
  CHECK(reduction(R"({"name": "admin", "percent": 15})") ==
        Problems{at("/benefits/cost_reductions/0", "missing required key \"monthly_cost\"")});
  CHECK(reduction(R"({"name": "admin", "monthly_cost": 60000})") ==
        Problems{at("/benefits/cost_reductions/0", "missing required key \"percent\"")});
  CHECK(reduction(R"({"name": "admin", "monthly_cost": -1, "percent": 15})") ==
        Problems{at("/benefits/cost_reductions/0/monthly_cost",
                    "expected a number \u2265 0 (a loss is entered as a cost), found -1")});
  CHECK(reduction(R"({"name": "admin", "monthly_cost": 60000, "percent": 120})") ==
        Problems{at("/benefits/cost_reductions/0/percent",
                    "expected a number from 0 to 100, found 120")});
  CHECK(reduction(R"({"name": "admin", "monthly_cost": 60000, "percent": 15, "risk_prcent": 5})") ==
        Problems{at("/benefits/cost_reductions/0/risk_prcent",
                    "unknown key \"risk_prcent\"; did you mean \"risk_percent\"?")});
  CHECK(reduction(R"({"name": "", "monthly_cost": 60000, "percent": 15})") ==
        Problems{at("/benefits/cost_reductions/0/name", "expected a non-empty name, found \"\"")});
  CHECK(spec_problems({{"/benefits/cost_reductions", "{}"}}) ==
        Problems{at("/benefits/cost_reductions", "expected an array, found an object")});
}

TEST_CASE("growth_percent_per_year: greater than -100 and at most 1000, where it may stand",
          "[scenario][rules][growth]") {
  CHECK(spec_accepted({{"/business/growth_percent_per_year", "10"},
                       {"/costs/recurring/0/growth_percent_per_year", "-5"},
                       {"/benefits/time_savings/0/growth_percent_per_year", "0"}}));
  CHECK(spec_accepted(
      {{"/business/growth_percent_per_year", R"({"low": 10, "likely": 20, "high": 30})"}}));
  CHECK(spec_problems({{"/business/growth_percent_per_year", "-100"}}) ==
        Problems{at("/business/growth_percent_per_year",
                    "expected a number greater than -100, found -100")});
  CHECK(spec_problems({{"/costs/recurring/0/growth_percent_per_year", "1000.5"}}) ==
        Problems{at("/costs/recurring/0/growth_percent_per_year",
                    "expected a number \u2264 1000, found 1000.5")});
  CHECK(spec_problems({{"/benefits/time_savings/0/growth_percent_per_year", R"("10 %")"}}) ==
        Problems{at("/benefits/time_savings/0/growth_percent_per_year",
                    "expected a number, found \"10 %\"")});
  CHECK(spec_problems({{"/benefits/monthly", R"([{"name": "x", "amount": 1,
                                                  "growth_percent_per_year": -120}])"}}) ==
        Problems{at("/benefits/monthly/0/growth_percent_per_year",
                    "expected a number greater than -100, found -120")});
  CHECK(spec_problems({{"/benefits/cost_reductions",
                        R"([{"name": "x", "monthly_cost": 1, "percent": 5,
                             "growth_percent_per_yaer": 3}])"}}) ==
        Problems{at("/benefits/cost_reductions/0/growth_percent_per_yaer",
                    "unknown key \"growth_percent_per_yaer\"; did you mean "
                    "\"growth_percent_per_year\"?")});
  // Not on one-time costs (they do not grow) nor on the uplifts (they follow the business).
  CHECK(spec_problems({{"/costs/one_time", R"([{"name": "x", "amount": 1,
                                                "growth_percent_per_year": 3}])"}}) ==
        Problems{at("/costs/one_time/0/growth_percent_per_year",
                    "unknown key \"growth_percent_per_year\"")});
}

TEST_CASE("cash flows in named lines: name and values, every line as long as every flow",
          "[scenario][rules][lines]") {
  const auto lines = [](const std::string& costs, const std::string& benefits = "[0, 20]") {
    return cash_flow_problems({{"/cash_flows/costs", costs}, {"/cash_flows/benefits", benefits}});
  };
  const auto accepted = [](const std::string& costs, const std::string& benefits) {
    const LoadResult result = load_scenario(
        changed(kCashFlows, {{"/cash_flows/costs", costs}, {"/cash_flows/benefits", benefits}}));
    INFO("problems: " << Catch::Detail::stringify(result.problems));
    return result.scenario.has_value();
  };
  CHECK(accepted(R"([{"name": "licences", "values": [10, 5]},
                     {"name": "work", "values": [3, {"low": 1, "likely": 1.5, "high": 2}], "risk_percent": 10}])",
                 R"([{"name": "productivity", "values": [0, 20]}])"));
  CHECK(accepted(R"([{"name": "licences", "values": [10, 5]}])", "[0, 20]"));
  CHECK(lines(R"([{"values": [10, 5]}])") ==
        Problems{at("/cash_flows/costs/0", "missing required key \"name\"")});
  CHECK(lines(R"([{"name": "licences"}])") ==
        Problems{at("/cash_flows/costs/0", "missing required key \"values\"")});
  CHECK(
      lines(R"([{"name": "licences", "value": [10, 5]}])") ==
      Problems{at("/cash_flows/costs/0", "missing required key \"values\""),
               at("/cash_flows/costs/0/value", "unknown key \"value\"; did you mean \"values\"?")});
  CHECK(lines(R"([{"name": "licences", "values": [10]}])", "[0]") ==
        Problems{at("/cash_flows/costs/0/values",
                    "expected at least 2 elements (the start and one period), found 1"),
                 at("/cash_flows/benefits",
                    "expected at least 2 elements (the start and one period), found 1")});
  CHECK(lines(R"([{"name": "licences", "values": [10, -5]}])") ==
        Problems{at("/cash_flows/costs/0/values/1",
                    "expected a number \u2265 0 (a loss is entered as a cost), found -5")});
  CHECK(lines(R"([{"name": "licences", "values": [10, 5], "risk_percent": 120}])") ==
        Problems{
            at("/cash_flows/costs/0/risk_percent", "expected a number from 0 to 100, found 120")});
  CHECK(lines(R"([{"name": "licences", "values": "10, 5"}])") ==
        Problems{at("/cash_flows/costs/0/values", "expected an array, found \"10, 5\"")});
  CHECK(lines(R"([{"name": "licences", "values": [10, 5]}, 7])") ==
        Problems{at("/cash_flows/costs/1",
                    "expected a line {\"name\", \"values\"} like the first element, found 7")});
  CHECK(lines(R"([{"name": "a", "values": [10, 5]}, {"name": "b", "values": [1, 2, 3]}])") ==
        Problems{at("/cash_flows/costs/1/values",
                    "expected 2 elements, as the first line has, found 3")});
  CHECK(lines(R"([{"name": "a", "values": [10, 5, 5]}])") ==
        Problems{at("/cash_flows",
                    "the lines of \"costs\" have 3 elements and \"benefits\" has "
                    "2; they must have the same length")});
  CHECK(lines("[0, 20]", R"([{"name": "a", "values": [10, 5, 5]}])") ==
        Problems{at("/cash_flows",
                    "\"costs\" has 2 elements and the lines of \"benefits\" have "
                    "3; they must have the same length")});
  // A horizon beside the lines must agree with them: 2 elements are one year.
  CHECK(cash_flow_problems({{"/horizon_months", "6"},
                            {"/cash_flows/costs", R"([{"name": "a", "values": [10, 5]}])"}}) ==
        Problems{at("/horizon_months",
                    "\"horizon_months\" 6 does not match the 12 months of \"cash_flows\"")});
}
