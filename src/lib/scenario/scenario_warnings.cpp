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

// Every numeric member of the document outside comments, in document order.
template <typename Visit>
void for_each_number(const JsonDocument& document, Visit visit) {
  const NodeId end = document.end(JsonDocument::root());
  for (NodeId id = JsonDocument::root() + 1; id < end;) {
    const std::string_view key = document.key(id);
    if (!key.empty() && key.front() == '_') {
      id = document.next_sibling(id);
      continue;
    }
    if (const auto value = number_of(document.node(id))) visit(id, key, *value);
    ++id;
  }
}

bool has_member(const JsonDocument& document, NodeId object, std::string_view key) {
  for (NodeId child = document.first_child(object); child < document.end(object);
       child = document.next_sibling(child)) {
    if (document.key(child) == key) return true;
  }
  return false;
}

}  // namespace

std::vector<Problem> document_warnings(const JsonDocument& document) {
  std::vector<Problem> warnings;
  if (document.kind(JsonDocument::root()) != JsonKind::object) return warnings;

  // A percentage of 1 or more elsewhere in the file shows that it writes percentage points.
  NodeId points_example = kNoNode;
  double points_value = 0;
  for_each_number(document, [&](NodeId id, std::string_view key, double value) {
    if (points_example == kNoNode && is_percent_key(key) && std::fabs(value) >= 1) {
      points_example = id;
      points_value = value;
    }
  });
  if (points_example != kNoNode) {
    for_each_number(document, [&](NodeId id, std::string_view key, double value) {
      if (!contains(kRarelyBelowOnePercent, key) || !(value > 0 && value < 1)) return;
      const double meant = std::round(value * 100 * 1e9) / 1e9;
      warnings.push_back(Problem{0, 0, document.pointer(id),
                                 format_number(value) + " means " + format_number(value) +
                                     " %: keys ending in _percent hold percentage points, as " +
                                     document.pointer(points_example) + " (" +
                                     format_number(points_value) + ") does here; did you mean " +
                                     format_number(meant) + "?"});
    });
  }

  bool has_amounts = false;
  for (const std::string_view block : kBlocksWithAmounts) {
    has_amounts = has_amounts || has_member(document, JsonDocument::root(), block);
  }
  if (has_amounts && !has_member(document, JsonDocument::root(), "currency")) {
    warnings.push_back(Problem{0, 0, "/currency",
                               "no currency given: the amounts are taken as USD, the default; "
                               "name theirs, e.g. \"currency\": \"RUB\""});
  }
  return warnings;
}

}  // namespace crmroi::scenario_detail
