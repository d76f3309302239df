#include "scenario/scenario_warnings.hpp"

#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

namespace crmroi::scenario_detail {
namespace {

// Percentages that are rarely below 1 %: a value such as 0.3 there is a fraction meant as 30 %.
// (Close rates, churn and uplifts are left out: 0.83 % of leads closing is a real figure.)
constexpr std::array<std::string_view, 7> kRarelyBelowOnePercent = {
    "gross_margin_percent", "realization_percent",   "risk_percent",   "costs_percent",
    "benefits_percent",     "discount_rate_percent", "min_roi_percent"};

// Top-level blocks that hold amounts in the scenario's currency.
constexpr std::array<std::string_view, 8> kBlocksWithAmounts = {
    "business",  "costs",       "benefits",       "cash_flows",
    "marketing", "acquisition", "unit_economics", "targets"};

bool is_percent_key(std::string_view key) {
  constexpr std::string_view kSuffix = "_percent";
  return key == "percent" ||
         (key.size() > kSuffix.size() && key.substr(key.size() - kSuffix.size()) == kSuffix);
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& keys, std::string_view key) {
  for (const std::string_view known : keys) {
    if (known == key) return true;
  }
  return false;
}

std::optional<double> number_of(const JsonNode& node) {
  switch (node.kind) {
    case JsonKind::integer:
      return static_cast<double>(node.number.integer);
    case JsonKind::unsigned_integer:
      return static_cast<double>(node.number.unsigned_integer);
    case JsonKind::floating:
      return node.number.floating;
    default:
      return std::nullopt;
  }
}

}  // namespace

std::vector<Problem> document_warnings(const JsonDocument& document) {
  std::vector<Problem> warnings;
  const NodeId root = JsonDocument::root();
  if (document.kind(root) != JsonKind::object) return warnings;

  // One walk over the numbers outside comments, in document order: the first percentage of 1 or
  // more (it shows that the file writes percentage points) and the fractions between 0 and 1 of
  // keys that are rarely below 1 % (every one of them ends in "_percent").
  NodeId points_example = kNoNode;
  double points_value = 0;
  std::vector<NodeId> fractions;
  const NodeId end = document.end(root);
  for (NodeId id = root + 1; id < end;) {
    const std::string_view key = document.key(id);
    if (!key.empty() && key.front() == '_') {
      id = document.next_sibling(id);
      continue;
    }
    const NodeId current = id++;
    if (!is_percent_key(key)) continue;
    const auto value = number_of(document.node(current));
    if (!value) continue;
    if (points_example == kNoNode && std::fabs(*value) >= 1) {
      points_example = current;
      points_value = *value;
    }
    if (*value > 0 && *value < 1 && contains(kRarelyBelowOnePercent, key))
      fractions.push_back(current);
  }
  if (points_example != kNoNode) {
    for (const NodeId id : fractions) {
      const double value = *number_of(document.node(id));
      const double meant = std::round(value * 100 * 1e9) / 1e9;
      warnings.push_back(Problem{0, 0, document.pointer(id),
                                 format_number(value) + " means " + format_number(value) +
                                     " %: keys ending in _percent hold percentage points, as " +
                                     document.pointer(points_example) + " (" +
                                     format_number(points_value) + ") does here; did you mean " +
                                     format_number(meant) + "?"});
    }
  }

  // One look at the top-level keys: amounts, and a currency for them.
  bool has_amounts = false;
  bool has_currency = false;
  for (NodeId child = document.first_child(root); child < end;
       child = document.next_sibling(child)) {
    const std::string_view key = document.key(child);
    has_amounts = has_amounts || contains(kBlocksWithAmounts, key);
    has_currency = has_currency || key == "currency";
  }
  if (has_amounts && !has_currency) {
    warnings.push_back(Problem{0, 0, "/currency",
                               "no currency given: the amounts are taken as USD, the default; "
                               "name theirs, e.g. \"currency\": \"RUB\""});
  }
  return warnings;
}

}  // namespace crmroi::scenario_detail
