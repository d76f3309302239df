// Helpers shared by the scenario unit tests: load a text, expect a scenario or exact problems, and
// build variants of the README's "Scenario files" example.
#pragma once

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "crmroi/scenario_loader.hpp"

namespace crmroi {

/// How Catch prints a problem in a failed assertion: "3:14: message" or "at /ptr: message".
inline std::ostream& operator<<(std::ostream& out, const Problem& problem) {
  if (problem.is_syntax())
    return out << problem.line << ':' << problem.column << ": " << problem.message;
  return out << "at \"" << problem.json_pointer << "\": " << problem.message;
}

}  // namespace crmroi

namespace crmroi::test {

/// The scenario of the README's "Scenario files" section (the seed's dress e-shop), verbatim.
inline constexpr std::string_view kSpecExample = R"({
  "name": "Dress e-shop on retailCRM",
  "currency": "RUB",
  "horizon_months": 6,
  "discount_rate_percent": 0,
  "business": { "orders_per_month": 300, "profit_per_order": 300 },
  "costs": {
    "one_time":  [],
    "recurring": [ { "name": "subscription, 10 per order", "monthly": 3000 } ]
  },
  "benefits": {
    "time_savings": [ { "name": "order operator", "people": 1,
                        "minutes_per_day": 40, "days_per_month": 30,
                        "hourly_cost": 190 } ],
    "order_uplift": { "percent": 5 }
  },
  "adoption": { "implementation_months": 0, "ramp_months": 0 },
  "targets": { "min_roi_percent": 100, "max_payback_months": 12 }
}
)";

/// A scenario problem (no line) at `pointer`.
inline Problem at(std::string pointer, std::string message) {
  return Problem{0, 0, std::move(pointer), std::move(message)};
}

/// A syntax problem at `line`:`column`.
inline Problem syntax(int line, int column, std::string message) {
  return Problem{line, column, "", std::move(message)};
}

/// The scenario in `text`; fails the test (showing the problems) when it does not load.
inline Scenario scenario_of(std::string_view text) {
  LoadResult result = load_scenario(text);
  INFO("problems: " << Catch::Detail::stringify(result.problems));
  REQUIRE(result.scenario.has_value());
  REQUIRE(result.problems.empty());
  return std::move(*result.scenario);
}

/// The problems of `text`, which must not load.
inline std::vector<Problem> problems_of(std::string_view text) {
  LoadResult result = load_scenario(text);
  CHECK_FALSE(result.scenario.has_value());
  return std::move(result.problems);
}

/// One change to a JSON document: set `pointer` to the JSON text `value`, or remove it when
/// `value` is empty.
struct Change {
  std::string pointer;
  std::string value;
};

/// `base` (JSON text) with `changes` applied, keys kept in their order.
inline std::string changed(std::string_view base, const std::vector<Change>& changes) {
  using ordered = nlohmann::ordered_json;
  ordered document = ordered::parse(base);
  for (const auto& change : changes) {
    const ordered::json_pointer pointer(change.pointer);
    if (change.value.empty())
      document.at(pointer.parent_pointer()).erase(pointer.back());
    else
      document[pointer] = ordered::parse(change.value);
  }
  return document.dump(2);
}

/// The README example with `changes` applied.
inline std::string spec_with(const std::vector<Change>& changes) {
  return changed(kSpecExample, changes);
}

}  // namespace crmroi::test
