// "Did you mean" hints for unknown keys.
#include "scenario/key_suggestion.hpp"

#include <algorithm>
#include <array>
#include <numeric>
#include <vector>

namespace crmroi::scenario_detail {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [](char x, char y) { return lower(x) == lower(y); });
}

bool istarts_with(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && iequals(text.substr(0, prefix.size()), prefix);
}

std::size_t length_difference(std::string_view a, std::string_view b) {
  return a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
}

struct KeyHome {
  std::string_view key;
  std::string_view block;  ///< "" for the top level
};

// Keys that belong to exactly one block (keys found in several, such as name, monthly, revenue,
// leads or new_customers, are left out: no single home to point at; orders_per_month is below).
constexpr std::array<KeyHome, 39> kKeyHomes = {{
    {"currency", ""},
    {"horizon_months", ""},
    {"discount_rate_percent", ""},
    {"business", ""},
    {"costs", ""},
    {"benefits", ""},
    {"adoption", ""},
    {"risk", ""},
    {"cash_flows", ""},
    {"targets", ""},
    {"marketing", ""},
    {"acquisition", ""},
    {"unit_economics", ""},
    {"nps", ""},
    {"profit_per_order", "business"},
    {"average_order_value", "business"},
    {"gross_margin_percent", "business"},
    {"close_rate_percent", "business"},
    {"revenue_per_month", "business"},
    {"leads_per_month", "business"},
    {"one_time", "costs"},
    {"recurring", "costs"},
    {"time_savings", "benefits"},
    {"order_uplift", "benefits"},
    {"conversion_uplift", "benefits"},
    {"average_order_uplift", "benefits"},
    {"cost_reductions", "benefits"},
    {"implementation_months", "adoption"},
    {"ramp_months", "adoption"},
    {"costs_percent", "risk"},
    {"benefits_percent", "risk"},
    {"period", "cash_flows"},
    {"min_roi_percent", "targets"},
    {"max_payback_months", "targets"},
    {"min_npv", "targets"},
    {"channels", "marketing"},
    {"sales_marketing_cost", "acquisition"},
    {"monthly_revenue_per_customer", "unit_economics"},
    {"monthly_churn_percent", "unit_economics"},
}};

}  // namespace

std::optional<std::string> key_home_hint(std::string_view key, std::string_view pointer) {
  // orders_per_month is also a key of benefits.order_uplift (extra orders).
  if (key == "orders_per_month") {
    if (pointer == "/benefits") {
      return std::string(
          "orders_per_month belongs in business (orders today) or in "
          "benefits.order_uplift (extra orders)");
    }
    return std::string("orders_per_month belongs in business");
  }
  for (const KeyHome& home : kKeyHomes) {
    if (home.key != key) continue;
    if (home.block.empty()) return std::string(key) + " belongs at the top level";
    return std::string(key) + " belongs in " + std::string(home.block);
  }
  return std::nullopt;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  std::iota(previous.begin(), previous.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::optional<std::string_view> suggest_key(std::string_view unknown,
                                            std::span<const std::string_view> known) {
  for (const auto key : known)
    if (iequals(key, unknown)) return key;

  // A shared prefix first ("ramp" -> "ramp_months", "one_time_costs" -> "one_time"): short
  // keys are often within distance 2 of unrelated short keys ("ramp" and "name").
  constexpr std::size_t kMinCommonPrefix = 3;
  std::optional<std::string_view> best;
  std::size_t best_difference = 0;
  for (const auto key : known) {
    const std::string_view shorter = key.size() < unknown.size() ? key : unknown;
    const std::string_view longer = key.size() < unknown.size() ? unknown : key;
    if (shorter.size() < kMinCommonPrefix || !istarts_with(longer, shorter)) continue;
    const std::size_t difference = length_difference(key, unknown);
    if (!best || difference < best_difference) {
      best = key;
      best_difference = difference;
    }
  }
  if (best) return best;

  constexpr std::size_t kMaxDistance = 2;
  std::size_t best_distance = kMaxDistance + 1;
  for (const auto key : known) {
    if (length_difference(key, unknown) > kMaxDistance) continue;
    const std::size_t distance = edit_distance(unknown, key);
    if (distance < best_distance) {
      best = key;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace crmroi::scenario_detail
