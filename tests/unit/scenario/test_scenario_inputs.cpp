// for_each_input, input_provenance and with_input: every numeric input of a scenario by JSON
// pointer, where its value came from, and changing one.
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "crmroi/scenario_inputs.hpp"
#include "scenario_test_support.hpp"

namespace {

using crmroi::Input;
using crmroi::Provenance;
using crmroi::Scenario;
using crmroi::test::kSpecExample;
using crmroi::test::scenario_of;
using crmroi::test::spec_with;

/// One input as the tests write it down.
struct Listed {
  std::string pointer;
  double value;
  Provenance provenance;
  friend bool operator==(const Listed&, const Listed&) = default;
};

std::ostream& operator<<(std::ostream& out, const Listed& listed) {
  return out << listed.pointer << " = " << listed.value << " ("
             << crmroi::provenance_name(listed.provenance) << ")";
}

std::vector<Listed> inputs_of(const Scenario& scenario) {
  std::vector<Listed> listed;
  crmroi::for_each_input(scenario, [&](const Input& input) {
    listed.push_back({std::string(input.pointer), input.value, input.provenance});
  });
  return listed;
}

constexpr auto given = Provenance::given;
constexpr auto defaulted = Provenance::defaulted;
constexpr auto derived = Provenance::derived;

}  // namespace

TEST_CASE("for_each_input lists every numeric input of the README example in file order",
          "[scenario][inputs]") {
  // Read off the example by hand: every number it gives, plus the defaults that apply (a
  // recurring cost starts in month 1 and ends at the horizon; realization is 100 %).
  const std::vector<Listed> expected{
      {"/horizon_months", 6, given},
      {"/discount_rate_percent", 0, given},
      {"/business/orders_per_month", 300, given},
      {"/business/profit_per_order", 300, given},
      {"/costs/recurring/0/monthly", 3000, given},
      {"/costs/recurring/0/start_month", 1, defaulted},
      {"/costs/recurring/0/end_month", 6, derived},
      {"/benefits/time_savings/0/people", 1, given},
      {"/benefits/time_savings/0/minutes_per_day", 40, given},
      {"/benefits/time_savings/0/days_per_month", 30, given},
      {"/benefits/time_savings/0/hourly_cost", 190, given},
      {"/benefits/time_savings/0/realization_percent", 100, defaulted},
      {"/benefits/order_uplift/percent", 5, given},
      {"/adoption/implementation_months", 0, given},
      {"/adoption/ramp_months", 0, given},
      {"/targets/min_roi_percent", 100, given},
      {"/targets/max_payback_months", 12, given},
  };
  CHECK(inputs_of(scenario_of(kSpecExample)) == expected);
}

TEST_CASE("for_each_input gives labels, bounds and the range flag from the field table",
          "[scenario][inputs]") {
  const Scenario scenario = scenario_of(kSpecExample);
  std::vector<std::string> labels;
  bool checked_days = false;
  crmroi::for_each_input(scenario, [&](const Input& input) {
    labels.emplace_back(input.label);
    if (input.pointer == "/benefits/time_savings/0/days_per_month") {
      checked_days = true;
      CHECK(input.field->key == "days_per_month");
      CHECK(input.field->rule->low == 1);
      CHECK(input.field->rule->high == 31);
      CHECK_FALSE(input.field->rule->integer);
      CHECK(input.field->may_be_range);
    }
    if (input.pointer == "/horizon_months") {
      CHECK(input.field->rule->integer);
      CHECK_FALSE(input.field->may_be_range);  // ranges are not allowed in horizon_months
    }
  });
  CHECK(checked_days);
  CHECK(labels == std::vector<std::string>{
                      "horizon months", "discount rate percent", "business: orders per month",
                      "business: profit per order", "subscription, 10 per order: monthly",
                      "subscription, 10 per order: start month",
                      "subscription, 10 per order: end month", "order operator: people",
                      "order operator: minutes per day", "order operator: days per month",
                      "order operator: hourly cost", "order operator: realization percent",
                      "order uplift: percent", "adoption: implementation months",
                      "adoption: ramp months", "targets: min roi percent",
                      "targets: max payback months"});
}

TEST_CASE("days_per_month given as 21 is given, left out it is defaulted to 21",
          "[scenario][inputs][provenance]") {
  const char* pointer = "/benefits/time_savings/0/days_per_month";
  const Scenario explicit_21 =
      scenario_of(spec_with({{"/benefits/time_savings/0/days_per_month", "21"}}));
  const Scenario left_out =
      scenario_of(spec_with({{"/benefits/time_savings/0/days_per_month", ""}}));
  CHECK(explicit_21.benefits->time_savings[0].days_per_month == 21);
  CHECK(left_out.benefits->time_savings[0].days_per_month == 21);
  CHECK(crmroi::input_provenance(explicit_21, pointer) == given);
  CHECK(crmroi::input_provenance(left_out, pointer) == defaulted);
}

TEST_CASE("horizon_months is derived from cash flows when the file leaves it out",
          "[scenario][inputs][provenance]") {
  const Scenario scenario = scenario_of(R"({"name": "flows", "cash_flows": {"period": "year",
      "costs": [100, 50, 50], "benefits": [0, 120, 130]}})");
  const std::vector<Listed> expected{
      {"/horizon_months", 24, derived},       {"/discount_rate_percent", 0, defaulted},
      {"/cash_flows/costs/0", 100, given},    {"/cash_flows/costs/1", 50, given},
      {"/cash_flows/costs/2", 50, given},     {"/cash_flows/benefits/0", 0, given},
      {"/cash_flows/benefits/1", 120, given}, {"/cash_flows/benefits/2", 130, given},
  };
  CHECK(inputs_of(scenario) == expected);
  CHECK(crmroi::input_provenance(scenario, "/horizon_months") == derived);
  CHECK(crmroi::input_provenance(scenario, "/cash_flows/benefits/2") == given);
  CHECK_FALSE(crmroi::input_provenance(scenario, "/cash_flows/benefits/3").has_value());
  CHECK_FALSE(crmroi::input_provenance(scenario, "/name").has_value());  // not a number
}

TEST_CASE("a scenario built in code counts a value equal to its default as defaulted",
          "[scenario][inputs][provenance]") {
  Scenario scenario;
  scenario.name = "built";
  scenario.horizon_months = 12;
  scenario.benefits.emplace();
  scenario.benefits->time_savings.push_back(
      {.name = "a", .unit = crmroi::TimeUnit::hours_per_day, .amount = 1, .hourly_cost = 10});
  scenario.benefits->time_savings.push_back({.name = "b",
                                             .unit = crmroi::TimeUnit::hours_per_day,
                                             .amount = 1,
                                             .days_per_month = 22,
                                             .hourly_cost = 10});
  CHECK(crmroi::input_provenance(scenario, "/benefits/time_savings/0/days_per_month") == defaulted);
  CHECK(crmroi::input_provenance(scenario, "/benefits/time_savings/1/days_per_month") == given);
}

TEST_CASE("with_input sets a number and marks it given", "[scenario][inputs][with_input]") {
  const Scenario scenario = scenario_of(kSpecExample);
  const auto monthly = crmroi::with_input(scenario, "/costs/recurring/0/monthly", 4000);
  REQUIRE(monthly.scenario.has_value());
  CHECK(monthly.error.empty());
  CHECK(monthly.scenario->costs->recurring[0].monthly == 4000);
  CHECK(scenario.costs->recurring[0].monthly == 3000);  // the original is unchanged

  const auto start = crmroi::with_input(scenario, "/costs/recurring/0/start_month", 2);
  REQUIRE(start.scenario.has_value());
  CHECK(start.scenario->costs->recurring[0].start_month == 2);
  CHECK(crmroi::input_provenance(*start.scenario, "/costs/recurring/0/start_month") == given);

  const Scenario flows = scenario_of(R"({"name": "flows", "cash_flows": {"period": "year",
      "costs": [100, 50, 50], "benefits": [0, 120, 130]}})");
  const auto benefit = crmroi::with_input(flows, "/cash_flows/benefits/2", 150);
  REQUIRE(benefit.scenario.has_value());
  CHECK(benefit.scenario->cash_flows->benefits == std::vector<double>{0, 120, 150});
}

TEST_CASE("with_input names the nearest valid pointers for a pointer that names no input",
          "[scenario][inputs][with_input]") {
  const Scenario scenario = scenario_of(kSpecExample);
  const auto typo = crmroi::with_input(scenario, "/costs/recurring/0/monthy", 4000);
  CHECK_FALSE(typo.scenario.has_value());
  // Edit distances: monthly 1, end_month 5, start_month 7, every other pointer more.
  CHECK(typo.error ==
        "no numeric input at \"/costs/recurring/0/monthy\"; nearest: "
        "/costs/recurring/0/monthly, /costs/recurring/0/end_month, "
        "/costs/recurring/0/start_month");
  // A key of the format that this scenario does not use is not an input either.
  const auto unused = crmroi::with_input(scenario, "/costs/recurring/0/per_user", 10);
  CHECK(unused.error.starts_with("no numeric input at \"/costs/recurring/0/per_user\"; nearest: "));
  const auto text = crmroi::with_input(scenario, "/name", 1);
  CHECK(text.error.starts_with("no numeric input at \"/name\"; nearest: "));
}

TEST_CASE("with_input refuses a value outside the key's rule, with the loader's words",
          "[scenario][inputs][with_input]") {
  const Scenario scenario = scenario_of(kSpecExample);
  CHECK(crmroi::with_input(scenario, "/benefits/time_savings/0/realization_percent", 120).error ==
        "/benefits/time_savings/0/realization_percent: expected a number from 0 to 100, found "
        "120");
  CHECK(crmroi::with_input(scenario, "/costs/recurring/0/monthly", -1).error ==
        "/costs/recurring/0/monthly: expected a number \u2265 0 (a loss is entered as a cost), "
        "found -1");
  CHECK(crmroi::with_input(scenario, "/adoption/ramp_months", 1.5).error ==
        "/adoption/ramp_months: expected an integer, found 1.5");
  CHECK(crmroi::with_input(scenario, "/costs/recurring/0/end_month", 7).error ==
        "/costs/recurring/0/end_month: expected an integer from 0 to 6 (the horizon), found 7");
  CHECK(crmroi::with_input(scenario, "/discount_rate_percent", -100).error ==
        "/discount_rate_percent: expected a number greater than -100, found -100");
  CHECK_FALSE(
      crmroi::with_input(scenario, "/benefits/order_uplift/percent", -0.5).scenario.has_value());
}

TEST_CASE("input_provenance by parts agrees with for_each_input on every input of the examples",
          "[scenario][inputs][provenance]") {
  for (const char* name : {"eshop-retailcrm.json", "autoparts-bitrix24-onpremise.json",
                           "forrester-style-cash-flows.json", "travel-agency.json",
                           "subscription-customer.json", "nps-survey.json", "ad-channels.json"}) {
    INFO(name);
    std::ifstream in(std::string(CRMROI_SOURCE_DIR) + "/examples/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const Scenario scenario = scenario_of(text.str());
    int checked = 0;
    crmroi::for_each_input(scenario, [&](const Input& input) {
      // "/costs/recurring/0/monthly" -> {"/costs/recurring", 0, "monthly"};
      // "/cash_flows/costs/2" -> {"/cash_flows/costs", 2, ""}; "/horizon_months" as it is.
      std::string_view pointer = input.pointer;
      std::string_view path = pointer;
      int index = -1;
      std::string_view key;
      const std::size_t last = pointer.rfind('/');
      const std::string_view tail = pointer.substr(last + 1);
      if (std::isdigit(static_cast<unsigned char>(tail.front()))) {
        path = pointer.substr(0, last);
        index = std::stoi(std::string(tail));
      } else if (last > 0) {
        key = tail;
        const std::string_view rest = pointer.substr(0, last);
        const std::size_t slash = rest.rfind('/');
        const std::string_view element = rest.substr(slash + 1);
        if (std::isdigit(static_cast<unsigned char>(element.front()))) {
          path = rest.substr(0, slash);
          index = std::stoi(std::string(element));
        } else {
          path = rest;
        }
      }
      CHECK(crmroi::input_provenance(scenario, path, index, key) == input.provenance);
      ++checked;
    });
    CHECK(checked > 3);
  }
}

TEST_CASE("the new levers, growth and named cash-flow lines are inputs by their pointers",
          "[scenario][inputs][levers]") {
  const Scenario levers = scenario_of(spec_with(
      {{"/business/leads_per_month", "1500"},
       {"/business/close_rate_percent", "20"},
       {"/business/growth_percent_per_year", "10"},
       {"/benefits/conversion_uplift", R"({"points": 1.5})"},
       {"/benefits/average_order_uplift", R"({"percent": 4, "risk_percent": 20})"},
       {"/benefits/cost_reductions",
        R"([{"name": "paper", "monthly_cost": 600, "percent": 15, "growth_percent_per_year": -5}])"}}));
  std::vector<Listed> found;
  for (const Listed& input : inputs_of(levers)) {
    if (input.pointer.find("growth") != std::string::npos ||
        input.pointer.find("uplift/") != std::string::npos ||
        input.pointer.find("cost_reductions") != std::string::npos)
      found.push_back(input);
  }
  const std::vector<Listed> expected{
      {"/business/growth_percent_per_year", 10, given},
      {"/benefits/order_uplift/percent", 5, given},
      {"/benefits/conversion_uplift/points", 1.5, given},
      {"/benefits/average_order_uplift/percent", 4, given},
      {"/benefits/average_order_uplift/risk_percent", 20, given},
      {"/benefits/cost_reductions/0/monthly_cost", 600, given},
      {"/benefits/cost_reductions/0/percent", 15, given},
      {"/benefits/cost_reductions/0/growth_percent_per_year", -5, given},
  };
  CHECK(found == expected);
  const auto changed = crmroi::with_input(levers, "/benefits/conversion_uplift/points", 2.5);
  REQUIRE(changed.scenario.has_value());
  CHECK(changed.scenario->benefits->conversion_uplift->points == 2.5);

  const Scenario flows = scenario_of(R"({"name": "lines", "cash_flows": {"period": "year",
      "costs": [{"name": "licences", "values": [100, 50]},
                {"name": "work", "values": [30, 0], "risk_percent": 10}],
      "benefits": [0, 120]}})");
  const std::vector<Listed> flow_inputs{
      {"/horizon_months", 12, derived},
      {"/discount_rate_percent", 0, defaulted},
      {"/cash_flows/costs/0/values/0", 100, given},
      {"/cash_flows/costs/0/values/1", 50, given},
      {"/cash_flows/costs/1/risk_percent", 10, given},
      {"/cash_flows/costs/1/values/0", 30, given},
      {"/cash_flows/costs/1/values/1", 0, given},
      {"/cash_flows/benefits/0", 0, given},
      {"/cash_flows/benefits/1", 120, given},
  };
  CHECK(inputs_of(flows) == flow_inputs);
  const auto work = crmroi::with_input(flows, "/cash_flows/costs/1/values/0", 45);
  REQUIRE(work.scenario.has_value());
  CHECK(work.scenario->cash_flows->cost_lines[1].values == std::vector<double>{45, 0});
  CHECK(crmroi::input_provenance(flows, "/cash_flows/costs/1/risk_percent") == given);
}
