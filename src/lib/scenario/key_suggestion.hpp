// "Did you mean" hints for unknown keys (internal to the scenario unit).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace crmroi::scenario_detail {

/// The known key that `unknown` most likely meant, if any: the same key in another case, else a
/// key that starts with `unknown` or that `unknown` starts with (at least 3 characters in common,
/// e.g. "ramp" -> "ramp_months"), else the closest key within Levenshtein distance 2.
std::optional<std::string_view> suggest_key(std::string_view unknown,
                                            std::span<const std::string_view> known);

/// Where a key that is unknown in the object at `pointer` belongs, when it is a key of exactly one
/// other block: "orders_per_month belongs in business", "horizon_months belongs at the top
/// level", "implementation_months belongs in adoption"; nullopt for keys of no block or of
/// several (name, monthly, revenue...). `pointer` is the JSON pointer of the object holding it
/// (the key is known to be unknown there).
std::optional<std::string> key_home_hint(std::string_view key, std::string_view pointer);

/// The Levenshtein (edit) distance between two byte strings.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace crmroi::scenario_detail
