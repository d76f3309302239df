// The scenario format as data: one table of fields per block of a scenario file, from which the
// loader, the JSON Schema check, the key tables of docs/scenario-format.md and the inputs of a
// scenario (scenario_inputs.hpp) all come. Adding a key to the format means adding it here (in
// src/lib/scenario/scenario_fields.hpp) and its line to docs/scenario-format.md.
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace crmroi {

/// What a number must be. Problems say "expected <an integer|a number> <bound><note>, found ...".
///   NumberRule{.low = 0, .high = 100, .as_range = true}   // "a number from 0 to 100"
///   NumberRule{.low = -100, .high = 1000, .low_exclusive = true}   // "a number greater than -100"
struct NumberRule {
  double low = -std::numeric_limits<double>::infinity();
  double high = std::numeric_limits<double>::infinity();
  bool low_exclusive = false;
  bool integer = false;
  bool as_range = false;       ///< describe both bounds ("from 0 to 100") whichever is broken
  std::string_view low_note;   ///< after the lower bound, e.g. " (a loss is entered as a cost)"
  std::string_view high_note;  ///< after the upper bound, e.g. " (the horizon)"

  /// True when `value` is within the bounds (and whole when the rule wants an integer).
  [[nodiscard]] bool allows(double value) const;
};

/// The JSON type of a key's value.
enum class FieldType : std::uint8_t { number, string, object, array };

/// What happens when a key is left out of its block.
enum class FieldNeed : std::uint8_t {
  optional,   ///< no value (or another key of an exclusive group is given instead)
  required,   ///< a problem: "missing required key ..."
  defaulted,  ///< a fixed default (FieldInfo::default_value or default_text)
  derived,    ///< computed from other inputs (e.g. horizon_months from cash_flows)
};

/// One key of a block, as documented in docs/scenario-format.md.
///   {.key = "days_per_month", .type = FieldType::number, .rule = &(rule 1 to 31),
///    .need = FieldNeed::defaulted, .may_be_range = true, .default_value = 21,
///    .default_text = "21", .doc = "working days a month, with the per-day units (default 21)"}
struct FieldInfo {
  std::string_view key;
  FieldType type = FieldType::number;
  const NumberRule* rule = nullptr;  ///< numbers (for an array of numbers: each element's rule)
  FieldNeed need = FieldNeed::optional;
  bool may_be_range = false;  ///< may later hold a range {low, likely, high} (not read yet)
  double default_value = 0;   ///< FieldNeed::defaulted numbers
  std::string default_text;   ///< the default as the docs write it: "21", "USD", "the horizon"
  std::string doc;            ///< one line, with the default written in
};

/// One block of the format: the object at `pointer` ("/costs/recurring/-" for each element of
/// an array) and its keys in the documented order.
///   {.name = "order_uplift", .pointer = "/benefits/order_uplift", .fields = {percent, ...}}
struct BlockInfo {
  std::string_view name;
  std::string_view pointer;
  std::vector<FieldInfo> fields;
};

/// Every block of the scenario format, the top level first, in the order of
/// docs/scenario-format.md.
const std::vector<BlockInfo>& scenario_blocks();

}  // namespace crmroi
