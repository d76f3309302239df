// The numeric inputs of a scenario, addressed by JSON pointer: listed, read, changed, and where
// each value came from (the file, a default, or other inputs). The keys and their rules are the
// field tables of scenario_format.hpp.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/provenance.hpp"
#include "crmroi/scenario.hpp"
#include "crmroi/scenario_format.hpp"

namespace crmroi {

/// "given", "defaulted" or "derived".
std::string_view provenance_name(Provenance provenance);

/// One numeric input of a scenario.
///   {.pointer = "/benefits/order_uplift/percent", .label = "order uplift: percent",
///    .value = 5, .provenance = Provenance::given}
struct Input {
  std::string_view pointer;  ///< RFC 6901 JSON pointer into the scenario file
  std::string_view label;    ///< words for a person: "subscription: monthly"
  double value = 0;
  const FieldInfo* field = nullptr;  ///< key, bounds (field->rule), integer or not, range or not
  Provenance provenance = Provenance::given;
};

/// Calls `visit` for every numeric input of `scenario`, in file order: the top level, business,
/// costs, benefits, adoption, risk, cash flows (each element), targets, then the analysis
/// blocks. Keys left out of the file appear when they have a value all the same (a default, or
/// one derived from other inputs); optional keys left out do not. The strings of an Input live
/// until `visit` returns.
///   for_each_input(scenario, [](const Input& input) { ... });
///   // "/horizon_months" 6 given, "/discount_rate_percent" 0 defaulted, ...,
///   // "/benefits/time_savings/0/days_per_month" 21 defaulted, ...
void for_each_input(const Scenario& scenario, const std::function<void(const Input&)>& visit);

/// Where the value at `pointer` came from; nullopt when `pointer` names no numeric input.
/// A scenario built in code (not loaded) has no record of its file: a value equal to its
/// default counts as defaulted, any other as given.
///   input_provenance(scenario, "/benefits/time_savings/0/days_per_month") -> defaulted
std::optional<Provenance> input_provenance(const Scenario& scenario, std::string_view pointer);

/// Setters for the inputs at `pointers` of `scenario`, in that order, each writing straight into
/// `scenario` (the value unchecked; the input then counts as given): for analysis that changes
/// the same inputs many times, with no copy and no lookup per change. Valid while `scenario`
/// lives and keeps its lines; empty where a pointer names no numeric input.
///   auto setters = input_setters(scenario, pointers);
///   setters[0](4000);   // scenario.costs->recurring[0].monthly == 4000
std::vector<std::function<void(double)>> input_setters(Scenario& scenario,
                                                       std::span<const std::string> pointers);

/// Where the value of `key` in one block came from, without building a pointer: the cheap
/// question for code that holds the block (an evaluation, a report). `Block` is Scenario or one
/// of its blocks with numeric keys (Business, OneTimeCost, RecurringCost, TimeSaving,
/// OrderUplift, MonthlyBenefit, Adoption, Risk, Targets, MarketingChannel, Acquisition,
/// UnitEconomics, NpsSurvey). `key` must be a number key of that block (else given).
///   key_provenance(saving, "days_per_month") -> Provenance::defaulted
template <typename Block>
Provenance key_provenance(const Block& block, std::string_view key);

/// The same for a pointer in parts, as a trace keeps it, without building its text: the block's
/// path, the element of an array block (-1 for none) and the key (empty for an element of an
/// array of numbers).
///   input_provenance(scenario, "/benefits/time_savings", 0, "days_per_month") -> defaulted
///   input_provenance(scenario, "/horizon_months", -1, "")                       -> derived
///   input_provenance(scenario, "/cash_flows/costs", 2, "")                      -> given
std::optional<Provenance> input_provenance(const Scenario& scenario, std::string_view path,
                                           int index, std::string_view key);

/// The rule the input at `pointer` obeys in `scenario`, as with_input checks it: the key's own
/// rule, and for a month at most the scenario's horizon. nullopt when `pointer` names no numeric
/// input. Goal seek searches within it.
///   input_rule(s, "/benefits/order_uplift/percent")->low -> 0
///   input_rule(s, "/costs/one_time/0/month")->high       -> 36 (the horizon)
std::optional<NumberRule> input_rule(const Scenario& scenario, std::string_view pointer);

/// Either the changed scenario or why the change is not possible (never both).
struct WithInputResult {
  std::optional<Scenario> scenario;
  std::string error;
};

/// `scenario` with the input at `pointer` set to `value` (then given). An error when `pointer`
/// names no numeric input (the message lists the nearest valid pointers) or `value` breaks the
/// key's rule (the message says the rule as the loader does).
///   with_input(s, "/costs/recurring/0/monthly", 4000).scenario->costs->recurring[0].monthly
///     -> 4000
///   with_input(s, "/costs/recurring/0/monthy", 4000).error
///     -> "no numeric input at \"/costs/recurring/0/monthy\"; nearest: /costs/recurring/0/monthly,
///        ..."
///   with_input(s, "/business/gross_margin_percent", 120).error
///     -> "/business/gross_margin_percent: expected a number from 0 to 100, found 120"
WithInputResult with_input(const Scenario& scenario, std::string_view pointer, double value);

}  // namespace crmroi
