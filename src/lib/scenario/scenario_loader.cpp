// Scenario files: strict JSON (json_document.cpp) read into a typed Scenario, every key checked
// against SPEC section 3; all problems of a document are collected, each with its JSON pointer.
#include "crmroi/scenario_loader.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <span>
#include <string>
#include <utility>

#include "scenario/json_document.hpp"
#include "scenario/key_suggestion.hpp"

namespace crmroi {

namespace {

using scenario_detail::JsonDocument;
using scenario_detail::JsonKind;
using scenario_detail::kNoNode;
using scenario_detail::NodeId;
using scenario_detail::ProblemSink;

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr std::size_t kMaxNameLength = 200;  // characters (code points)

/// What a number must be. Messages say "expected <noun> <bound><note>, found <value>".
struct NumberRule {
  double low = -kInfinity;
  double high = kInfinity;
  bool low_exclusive = false;
  bool integer = false;
  bool as_range = false;       ///< describe both bounds ("from 0 to 100") whichever is broken
  std::string_view low_note;   ///< after the lower bound, e.g. " (a loss is entered as a cost)"
  std::string_view high_note;  ///< after the upper bound, e.g. " (the horizon)"
};

constexpr NumberRule kMoney{0,     kMaxMoneyAmount, false,
                            false, false,           " (a loss is entered as a cost)"};
constexpr NumberRule kQuantity{0, kMaxMoneyAmount};  // non-negative, fractions allowed
constexpr NumberRule kCount{0, kMaxMoneyAmount, false, true};
constexpr NumberRule kShare{0, 100, false, false, true};
constexpr NumberRule kUplift{0, kMaxMoneyAmount};
constexpr NumberRule kDiscount{-100, 1000, true};
constexpr NumberRule kHorizon{1, kMaxHorizonMonths, false, true, true};
constexpr NumberRule kDuration{0, kMaxHorizonMonths, false, true, true};
constexpr NumberRule kUsers{0, 1e9, false, true};
constexpr NumberRule kScore{0, 10, false, true, true};
constexpr NumberRule kDaysPerMonth{1, 31, false, false, true};
// Targets are bounded like every amount (README "Limits"): a threshold beyond them means nothing.
constexpr NumberRule kPayback{0, kMaxMoneyAmount};
constexpr NumberRule kTargetAmount{-kMaxMoneyAmount, kMaxMoneyAmount};
constexpr NumberRule kLifetime{0, kMaxMoneyAmount, true};
constexpr NumberRule kMinutesPerDay{0, 24 * 60, false, false, true};
constexpr NumberRule kHoursPerDay{0, 24, false, false, true};
constexpr NumberRule kHoursPerWeek{0, 7 * 24, false, false, true};
constexpr NumberRule kHoursPerMonth{0, 31 * 24, false, false, true};

// The keys valid in each object, and their indexes (the enumerators follow the arrays' order).
namespace top {
enum : std::size_t {
  name,
  currency,
  horizon_months,
  discount_rate_percent,
  business,
  costs,
  benefits,
  adoption,
  risk,
  cash_flows,
  targets,
  marketing,
  acquisition,
  unit_economics,
  nps,
  count
};
constexpr std::array<std::string_view, count> kKeys{"name",
                                                    "currency",
                                                    "horizon_months",
                                                    "discount_rate_percent",
                                                    "business",
                                                    "costs",
                                                    "benefits",
                                                    "adoption",
                                                    "risk",
                                                    "cash_flows",
                                                    "targets",
                                                    "marketing",
                                                    "acquisition",
                                                    "unit_economics",
                                                    "nps"};
}  // namespace top

namespace business {
enum : std::size_t {
  orders_per_month,
  profit_per_order,
  average_order_value,
  gross_margin_percent,
  leads_per_month,
  close_rate_percent,
  revenue_per_month,
  count
};
constexpr std::array<std::string_view, count> kKeys{
    "orders_per_month", "profit_per_order",   "average_order_value", "gross_margin_percent",
    "leads_per_month",  "close_rate_percent", "revenue_per_month"};
}  // namespace business

namespace costs {
enum : std::size_t { one_time, recurring, count };
constexpr std::array<std::string_view, count> kKeys{"one_time", "recurring"};
}  // namespace costs

namespace one_time {
enum : std::size_t { name, amount, month, risk_percent, count };
constexpr std::array<std::string_view, count> kKeys{"name", "amount", "month", "risk_percent"};
}  // namespace one_time

namespace recurring {
enum : std::size_t {
  name,
  monthly,
  per_user,
  users,
  per_order,
  start_month,
  end_month,
  risk_percent,
  count
};
constexpr std::array<std::string_view, count> kKeys{"name",      "monthly",     "per_user",
                                                    "users",     "per_order",   "start_month",
                                                    "end_month", "risk_percent"};
}  // namespace recurring

namespace benefits {
enum : std::size_t { time_savings, order_uplift, monthly, count };
constexpr std::array<std::string_view, count> kKeys{"time_savings", "order_uplift", "monthly"};
}  // namespace benefits

namespace time_saving {
enum : std::size_t {
  name,
  people,
  minutes_per_day,
  hours_per_day,
  hours_per_week,
  hours_per_month,
  days_per_month,
  hourly_cost,
  realization_percent,
  risk_percent,
  count
};
constexpr std::array<std::string_view, count> kKeys{
    "name",           "people",         "minutes_per_day",
    "hours_per_day",  "hours_per_week", "hours_per_month",
    "days_per_month", "hourly_cost",    "realization_percent",
    "risk_percent"};
}  // namespace time_saving

namespace order_uplift {
enum : std::size_t { percent, orders_per_month, risk_percent, count };
constexpr std::array<std::string_view, count> kKeys{"percent", "orders_per_month", "risk_percent"};
}  // namespace order_uplift

namespace monthly_benefit {
enum : std::size_t { name, amount, risk_percent, count };
constexpr std::array<std::string_view, count> kKeys{"name", "amount", "risk_percent"};
}  // namespace monthly_benefit

namespace adoption {
enum : std::size_t { implementation_months, ramp_months, count };
constexpr std::array<std::string_view, count> kKeys{"implementation_months", "ramp_months"};
}  // namespace adoption

namespace risk {
enum : std::size_t { costs_percent, benefits_percent, count };
constexpr std::array<std::string_view, count> kKeys{"costs_percent", "benefits_percent"};
}  // namespace risk

namespace cash_flows {
enum : std::size_t { period, costs, benefits, count };
constexpr std::array<std::string_view, count> kKeys{"period", "costs", "benefits"};
}  // namespace cash_flows

namespace targets {
enum : std::size_t { min_roi_percent, max_payback_months, min_npv, count };
constexpr std::array<std::string_view, count> kKeys{"min_roi_percent", "max_payback_months",
                                                    "min_npv"};
}  // namespace targets

namespace marketing {
enum : std::size_t { channels, count };
constexpr std::array<std::string_view, count> kKeys{"channels"};
}  // namespace marketing

namespace channel {
enum : std::size_t {
  name,
  spend,
  revenue,
  cost_of_goods,
  gross_profit,
  leads,
  new_customers,
  count
};
constexpr std::array<std::string_view, count> kKeys{
    "name", "spend", "revenue", "cost_of_goods", "gross_profit", "leads", "new_customers"};
}  // namespace channel

namespace acquisition {
enum : std::size_t {
  sales_marketing_cost,
  new_customers,
  marketing_expense,
  revenue,
  leads,
  count
};
constexpr std::array<std::string_view, count> kKeys{"sales_marketing_cost", "new_customers",
                                                    "marketing_expense", "revenue", "leads"};
}  // namespace acquisition

namespace unit_economics {
enum : std::size_t {
  monthly_revenue_per_customer,
  monthly_cost_per_customer,
  cac,
  upfront_payment,
  monthly_churn_percent,
  lifetime_months,
  count
};
constexpr std::array<std::string_view, count> kKeys{"monthly_revenue_per_customer",
                                                    "monthly_cost_per_customer",
                                                    "cac",
                                                    "upfront_payment",
                                                    "monthly_churn_percent",
                                                    "lifetime_months"};
}  // namespace unit_economics

namespace nps {
enum : std::size_t { promoters, passives, detractors, scores, count };
constexpr std::array<std::string_view, count> kKeys{"promoters", "passives", "detractors",
                                                    "scores"};
}  // namespace nps

template <std::size_t N>
using Members = std::array<NodeId, N>;

std::string quoted(std::string_view key) { return scenario_detail::quote_for_message(key); }

/// What the business block offers to the blocks that need it.
struct BusinessFacts {
  bool present = false;
  bool has_orders = false;
  bool has_profit_per_order = false;  ///< profit_per_order, or average_order_value with margin
};

class ScenarioReader {
 public:
  ScenarioReader(const JsonDocument& document, ProblemSink& sink) : doc_(document), sink_(sink) {}

  void read(Scenario& scenario) {
    const NodeId root = JsonDocument::root();
    const auto m = members(root, top::kKeys, /*top_level=*/true);

    if (present(m[top::name])) {
      if (auto name = read_name(m[top::name])) scenario.name = std::move(*name);
    } else {
      missing(root, "name");
    }
    if (present(m[top::currency])) read_currency(m[top::currency], scenario.currency);
    if (present(m[top::horizon_months])) {
      if (const auto horizon = integer(m[top::horizon_months], kHorizon)) {
        scenario.horizon_months = static_cast<int>(*horizon);
        horizon_ = scenario.horizon_months;
      }
    }
    if (present(m[top::discount_rate_percent]))
      read_number(m[top::discount_rate_percent], kDiscount, scenario.discount_rate_percent);

    if (present(m[top::business])) scenario.business = read_business(m[top::business]);
    if (present(m[top::costs])) scenario.costs = read_costs(m[top::costs]);
    if (present(m[top::benefits])) scenario.benefits = read_benefits(m[top::benefits]);
    if (present(m[top::adoption])) scenario.adoption = read_adoption(m[top::adoption]);
    if (present(m[top::risk])) scenario.risk = read_risk(m[top::risk]);
    if (present(m[top::cash_flows])) {
      const bool has_drivers = present(m[top::costs]) || present(m[top::benefits]);
      scenario.cash_flows = read_cash_flows(
          m[top::cash_flows], has_drivers ? kNoNode : m[top::horizon_months], scenario);
    }
    if (present(m[top::targets])) scenario.targets = read_targets(m[top::targets]);
    if (present(m[top::marketing])) scenario.marketing_channels = read_marketing(m[top::marketing]);
    if (present(m[top::acquisition])) scenario.acquisition = read_acquisition(m[top::acquisition]);
    if (present(m[top::unit_economics]))
      scenario.unit_economics = read_unit_economics(m[top::unit_economics]);
    if (present(m[top::nps])) scenario.nps = read_nps(m[top::nps]);

    const bool has_drivers = present(m[top::costs]) || present(m[top::benefits]);
    const bool has_cash_flows = present(m[top::cash_flows]);
    const bool has_analysis = present(m[top::marketing]) || present(m[top::acquisition]) ||
                              present(m[top::unit_economics]) || present(m[top::nps]);
    if (has_drivers && has_cash_flows)
      report(m[top::cash_flows],
             "a scenario has either \"cash_flows\" or \"costs\"/\"benefits\", not both");
    if (has_drivers && !present(m[top::horizon_months]))
      report(root, "\"horizon_months\" is required when the scenario has costs or benefits");
    if (!has_drivers && !has_cash_flows && !has_analysis)
      report(root, "nothing to calculate: add costs/benefits, cash_flows or an analysis block");
    if (present(m[top::targets]) && !has_drivers && !has_cash_flows)
      report(m[top::targets],
             "\"targets\" apply to an investment case: add costs/benefits or cash_flows");
  }

 private:
  // ---- problems --------------------------------------------------------------------------

  void report(NodeId node, std::string message) {
    if (!sink_.has_room()) {
      sink_.add(node, Problem{});  // only counted
      return;
    }
    sink_.add(node, Problem{0, 0, doc_.pointer(node), std::move(message)});
  }

  void expected(NodeId node, std::string_view what) {
    if (!sink_.has_room()) return report(node, {});
    report(node, "expected " + std::string(what) + ", found " + doc_.describe(node));
  }

  void missing(NodeId object, std::string_view key) {
    report(object, "missing required key " + quoted(key));
  }

  static bool present(NodeId node) { return node != kNoNode; }

  // ---- objects ---------------------------------------------------------------------------

  /// The members of `object` by key (kNoNode when absent); unknown keys are problems, keys
  /// starting with "_" (and "$schema" at the top level) are skipped. kNoNode in every slot
  /// when `object` is not an object (reported).
  template <std::size_t N>
  Members<N> members(NodeId object, const std::array<std::string_view, N>& keys,
                     bool top_level = false) {
    Members<N> found;
    found.fill(kNoNode);
    if (doc_.kind(object) != JsonKind::object) {
      expected(object, "an object");
      return found;
    }
    for (NodeId child = doc_.first_child(object); child < doc_.end(object);
         child = doc_.next_sibling(child)) {
      if (doc_.node(child).duplicate) continue;
      const std::string_view key = doc_.key(child);
      if (!key.empty() && key.front() == '_') continue;
      std::size_t index = 0;
      while (index < N && keys[index] != key) ++index;
      if (index < N) {
        found[index] = child;
      } else if (!(top_level && key == "$schema")) {
        unknown_key(child, key, keys);
      }
    }
    return found;
  }

  void unknown_key(NodeId member, std::string_view key, std::span<const std::string_view> keys) {
    if (!sink_.has_room()) return report(member, {});
    std::string message = "unknown key " + quoted(key);
    if (const auto suggestion = scenario_detail::suggest_key(key, keys))
      message += "; did you mean " + quoted(*suggestion) + "?";
    report(member, std::move(message));
  }

  /// True when `node` is an array (reported otherwise).
  bool is_array(NodeId node) {
    if (doc_.kind(node) == JsonKind::array) return true;
    expected(node, "an array");
    return false;
  }

  /// Calls `read_element(element, index)` for each element of the array `node`.
  template <typename ReadElement>
  void for_each_element(NodeId node, ReadElement read_element) {
    if (!is_array(node)) return;
    std::size_t index = 0;
    for (NodeId element = doc_.first_child(node); element < doc_.end(node);
         element = doc_.next_sibling(element))
      read_element(element, index++);
  }

  // ---- values ----------------------------------------------------------------------------

  std::string describe_rule(const NumberRule& rule, bool below) const {
    std::string text = rule.integer ? "an integer" : "a number";
    const auto bound = [](double value) { return scenario_detail::format_number(value); };
    if (rule.as_range) {
      text += " from " + bound(rule.low) + " to " + bound(rule.high);
      text += rule.high_note;
    } else if (below) {
      text += rule.low_exclusive ? " greater than " : " \u2265 ";
      text += bound(rule.low);
      text += rule.low_note;
    } else {
      text += " \u2264 " + bound(rule.high);
      text += rule.high_note;
    }
    return text;
  }

  /// The number at `node` if it follows `rule` (reported otherwise).
  std::optional<double> number(NodeId node, const NumberRule& rule) {
    const auto& n = doc_.node(node);
    double value = 0;
    switch (n.kind) {
      case JsonKind::integer:
        value = static_cast<double>(n.number.integer);
        break;
      case JsonKind::unsigned_integer:
        value = static_cast<double>(n.number.unsigned_integer);
        break;
      case JsonKind::floating:
        value = n.number.floating;
        if (rule.integer && value != std::trunc(value)) {
          expected(node, "an integer");
          return std::nullopt;
        }
        break;
      default:
        expected(node, rule.integer ? "an integer" : "a number");
        return std::nullopt;
    }
    if (value < rule.low || (rule.low_exclusive && value <= rule.low)) {
      expected(node, describe_rule(rule, true));
      return std::nullopt;
    }
    if (value > rule.high) {
      expected(node, describe_rule(rule, false));
      return std::nullopt;
    }
    if (value == 0) value = 0;  // -0.0 (written "-0.0") would print as "-0" downstream
    return value;
  }

  /// The integer at `node` (rules for integers keep the value within ±1e15, exact in a double).
  std::optional<std::int64_t> integer(NodeId node, const NumberRule& rule) {
    const auto value = number(node, rule);
    if (!value) return std::nullopt;
    return static_cast<std::int64_t>(*value);
  }

  /// Reads the number at `node` into `out` when the key is present and the value valid.
  void read_number(NodeId node, const NumberRule& rule, double& out) {
    if (present(node))
      if (const auto value = number(node, rule)) out = *value;
  }

  void read_number(NodeId node, const NumberRule& rule, std::optional<double>& out) {
    if (present(node))
      if (const auto value = number(node, rule)) out = *value;
  }

  /// A required number: reported as missing from `object` when absent.
  void read_required(NodeId object, NodeId node, std::string_view key, const NumberRule& rule,
                     double& out) {
    if (present(node))
      read_number(node, rule, out);
    else
      missing(object, key);
  }

  std::optional<std::string_view> string(NodeId node) {
    if (doc_.kind(node) == JsonKind::string) return doc_.string(node);
    expected(node, "a string");
    return std::nullopt;
  }

  std::optional<std::string> read_name(NodeId node) {
    const auto text = string(node);
    if (!text) return std::nullopt;
    if (text->empty()) {
      expected(node, "a non-empty name");
      return std::nullopt;
    }
    std::size_t characters = 0;
    for (const char c : *text) characters += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
    if (characters > kMaxNameLength) {
      report(node, "expected a name of at most " + std::to_string(kMaxNameLength) +
                       " characters, found " + std::to_string(characters) + " characters");
      return std::nullopt;
    }
    return std::string(*text);
  }

  /// A required name: reported as missing from `object` when absent.
  void read_required_name(NodeId object, NodeId node, std::string& out) {
    if (!present(node)) return missing(object, "name");
    if (auto name = read_name(node)) out = std::move(*name);
  }

  void read_currency(NodeId node, std::string& out) {
    const auto text = string(node);
    if (!text) return;
    const bool iso_like = text->size() == 3 && std::all_of(text->begin(), text->end(), [](char c) {
                            return c >= 'A' && c <= 'Z';
                          });
    if (!iso_like)
      return expected(node, "a three-letter ISO 4217 currency code in capitals such as \"USD\"");
    out = std::string(*text);
  }

  /// A month number: 0..horizon when the horizon is known, else 0..kMaxHorizonMonths.
  std::optional<int> month(NodeId node) {
    NumberRule rule = kDuration;
    if (horizon_) {
      rule.high = *horizon_;
      rule.high_note = " (the horizon)";
    }
    const auto value = integer(node, rule);
    if (!value) return std::nullopt;
    return static_cast<int>(*value);
  }

  // ---- blocks ----------------------------------------------------------------------------

  Business read_business(NodeId node) {
    Business out;
    const auto m = members(node, business::kKeys);
    business_.present = doc_.kind(node) == JsonKind::object;
    read_number(m[business::orders_per_month], kQuantity, out.orders_per_month);
    read_number(m[business::profit_per_order], kMoney, out.profit_per_order);
    read_number(m[business::average_order_value], kMoney, out.average_order_value);
    read_number(m[business::gross_margin_percent], kShare, out.gross_margin_percent);
    read_number(m[business::leads_per_month], kQuantity, out.leads_per_month);
    read_number(m[business::close_rate_percent], kShare, out.close_rate_percent);
    read_number(m[business::revenue_per_month], kMoney, out.revenue_per_month);

    const bool profit = present(m[business::profit_per_order]);
    const bool value = present(m[business::average_order_value]);
    const bool margin = present(m[business::gross_margin_percent]);
    if (profit && (value || margin)) {
      report(node,
             "give either \"profit_per_order\" or \"average_order_value\" with "
             "\"gross_margin_percent\", not both");
    } else if (value && !margin) {
      report(node, "\"average_order_value\" needs \"gross_margin_percent\"");
    } else if (margin && !value) {
      report(node, "\"gross_margin_percent\" needs \"average_order_value\"");
    }
    business_.has_orders = present(m[business::orders_per_month]);
    business_.has_profit_per_order = profit || (value && margin);
    return out;
  }

  Costs read_costs(NodeId node) {
    Costs out;
    const auto m = members(node, costs::kKeys);
    if (present(m[costs::one_time])) {
      for_each_element(m[costs::one_time], [&](NodeId element, std::size_t) {
        out.one_time.push_back(read_one_time(element));
      });
    }
    if (present(m[costs::recurring])) {
      for_each_element(m[costs::recurring], [&](NodeId element, std::size_t) {
        out.recurring.push_back(read_recurring(element));
      });
    }
    return out;
  }

  OneTimeCost read_one_time(NodeId node) {
    OneTimeCost out;
    const auto m = members(node, one_time::kKeys);
    if (doc_.kind(node) != JsonKind::object) return out;
    read_required_name(node, m[one_time::name], out.name);
    read_required(node, m[one_time::amount], "amount", kMoney, out.amount);
    if (present(m[one_time::month]))
      if (const auto value = month(m[one_time::month])) out.month = *value;
    read_number(m[one_time::risk_percent], kShare, out.risk_percent);
    return out;
  }

  RecurringCost read_recurring(NodeId node) {
    RecurringCost out;
    const auto m = members(node, recurring::kKeys);
    if (doc_.kind(node) != JsonKind::object) return out;
    read_required_name(node, m[recurring::name], out.name);

    const bool monthly = present(m[recurring::monthly]);
    const bool per_user = present(m[recurring::per_user]);
    const bool per_order = present(m[recurring::per_order]);
    const int forms = int{monthly} + int{per_user} + int{per_order};
    if (forms != 1) {
      report(node,
             "give exactly one of \"monthly\", \"per_user\" with \"users\", \"per_order\"; found " +
                 (forms == 0 ? std::string("none") : std::to_string(forms)));
    }
    if (monthly) {
      out.basis = RecurringBasis::monthly;
      read_number(m[recurring::monthly], kMoney, out.monthly);
    }
    if (per_user) {
      out.basis = RecurringBasis::per_user;
      read_number(m[recurring::per_user], kMoney, out.per_user);
      if (!present(m[recurring::users])) report(node, "\"per_user\" needs \"users\"");
    }
    if (present(m[recurring::users])) {
      if (const auto users = integer(m[recurring::users], kUsers))
        out.users = static_cast<int>(*users);
      if (!per_user) report(m[recurring::users], "\"users\" needs \"per_user\"");
    }
    if (per_order) {
      out.basis = RecurringBasis::per_order;
      read_number(m[recurring::per_order], kMoney, out.per_order);
      if (!business_.has_orders)
        report(m[recurring::per_order],
               "\"per_order\" needs \"business\" with \"orders_per_month\" (the orders it is "
               "billed on)");
    }

    std::optional<int> start;
    std::optional<int> end;
    if (present(m[recurring::start_month])) {
      start = month(m[recurring::start_month]);
      if (start) out.start_month = *start;
    }
    if (present(m[recurring::end_month])) {
      end = month(m[recurring::end_month]);
      out.end_month = end;
    } else {
      out.end_month = horizon_;
    }
    if (start && end && *start > *end) {
      report(m[recurring::start_month], "\"start_month\" " + std::to_string(*start) +
                                            " is after \"end_month\" " + std::to_string(*end));
    } else if (!present(m[recurring::start_month]) && end && out.start_month > *end) {
      report(m[recurring::end_month], "\"end_month\" " + std::to_string(*end) +
                                          " is before \"start_month\" " +
                                          std::to_string(out.start_month) + " (the default)");
    }
    read_number(m[recurring::risk_percent], kShare, out.risk_percent);
    return out;
  }

  Benefits read_benefits(NodeId node) {
    Benefits out;
    const auto m = members(node, benefits::kKeys);
    if (present(m[benefits::time_savings])) {
      for_each_element(m[benefits::time_savings], [&](NodeId element, std::size_t index) {
        out.time_savings.push_back(read_time_saving(element, index));
      });
    }
    if (present(m[benefits::order_uplift]))
      out.order_uplift = read_order_uplift(m[benefits::order_uplift]);
    if (present(m[benefits::monthly])) {
      for_each_element(m[benefits::monthly], [&](NodeId element, std::size_t) {
        out.monthly.push_back(read_monthly_benefit(element));
      });
    }
    return out;
  }

  TimeSaving read_time_saving(NodeId node, std::size_t index) {
    TimeSaving out;
    const auto m = members(node, time_saving::kKeys);
    if (doc_.kind(node) != JsonKind::object) return out;
    if (present(m[time_saving::name])) {
      if (auto name = read_name(m[time_saving::name])) out.name = std::move(*name);
    } else {
      out.name = "time saving " + std::to_string(index + 1);
    }
    read_number(m[time_saving::people], kQuantity, out.people);

    struct Unit {
      std::size_t key;
      TimeUnit unit;
      const NumberRule& rule;
    };
    const std::array<Unit, 4> units{{
        {time_saving::minutes_per_day, TimeUnit::minutes_per_day, kMinutesPerDay},
        {time_saving::hours_per_day, TimeUnit::hours_per_day, kHoursPerDay},
        {time_saving::hours_per_week, TimeUnit::hours_per_week, kHoursPerWeek},
        {time_saving::hours_per_month, TimeUnit::hours_per_month, kHoursPerMonth},
    }};
    int given = 0;
    for (const auto& unit : units) {
      if (!present(m[unit.key])) continue;
      ++given;
      out.unit = unit.unit;
      read_number(m[unit.key], unit.rule, out.amount);
    }
    if (given != 1) {
      report(node,
             "give exactly one of \"minutes_per_day\", \"hours_per_day\", \"hours_per_week\", "
             "\"hours_per_month\"; found " +
                 (given == 0 ? std::string("none") : std::to_string(given)));
    }
    if (present(m[time_saving::days_per_month])) {
      read_number(m[time_saving::days_per_month], kDaysPerMonth, out.days_per_month);
      const bool per_day =
          out.unit == TimeUnit::minutes_per_day || out.unit == TimeUnit::hours_per_day;
      if (given == 1 && !per_day) {
        report(m[time_saving::days_per_month],
               "\"days_per_month\" applies only with \"minutes_per_day\" or \"hours_per_day\"");
      }
    }
    read_required(node, m[time_saving::hourly_cost], "hourly_cost", kMoney, out.hourly_cost);
    read_number(m[time_saving::realization_percent], kShare, out.realization_percent);
    read_number(m[time_saving::risk_percent], kShare, out.risk_percent);
    return out;
  }

  OrderUplift read_order_uplift(NodeId node) {
    OrderUplift out;
    const auto m = members(node, order_uplift::kKeys);
    if (doc_.kind(node) != JsonKind::object) return out;
    const bool percent = present(m[order_uplift::percent]);
    const bool orders = present(m[order_uplift::orders_per_month]);
    if (percent == orders) {
      report(node, std::string("give exactly one of \"percent\", \"orders_per_month\"; found ") +
                       (percent ? "2" : "none"));
    }
    read_number(m[order_uplift::percent], kUplift, out.percent);
    read_number(m[order_uplift::orders_per_month], kQuantity, out.orders_per_month);
    read_number(m[order_uplift::risk_percent], kShare, out.risk_percent);

    const bool needs_orders = percent && !business_.has_orders;
    const bool needs_profit = !business_.has_profit_per_order;
    if (needs_orders || needs_profit) {
      std::string message = "\"order_uplift\" needs \"business\" with ";
      if (needs_orders) message += "\"orders_per_month\" (the baseline orders)";
      if (needs_orders && needs_profit) message += " and ";
      if (needs_profit) {
        message +=
            "a profit per order (\"profit_per_order\", or \"average_order_value\" with "
            "\"gross_margin_percent\")";
      }
      report(node, std::move(message));
    }
    return out;
  }

  MonthlyBenefit read_monthly_benefit(NodeId node) {
    MonthlyBenefit out;
    const auto m = members(node, monthly_benefit::kKeys);
    if (doc_.kind(node) != JsonKind::object) return out;
    read_required_name(node, m[monthly_benefit::name], out.name);
    read_required(node, m[monthly_benefit::amount], "amount", kMoney, out.amount);
    read_number(m[monthly_benefit::risk_percent], kShare, out.risk_percent);
    return out;
  }

  Adoption read_adoption(NodeId node) {
    Adoption out;
    const auto m = members(node, adoption::kKeys);
    if (present(m[adoption::implementation_months]))
      if (const auto value = integer(m[adoption::implementation_months], kDuration))
        out.implementation_months = static_cast<int>(*value);
    if (present(m[adoption::ramp_months]))
      if (const auto value = integer(m[adoption::ramp_months], kDuration))
        out.ramp_months = static_cast<int>(*value);
    return out;
  }

  Risk read_risk(NodeId node) {
    Risk out;
    const auto m = members(node, risk::kKeys);
    read_number(m[risk::costs_percent], kShare, out.costs_percent);
    read_number(m[risk::benefits_percent], kShare, out.benefits_percent);
    return out;
  }

  /// Reads an array of money amounts (at least 2: the start and one period).
  std::vector<double> read_flows(NodeId node) {
    std::vector<double> flows;
    if (!is_array(node)) return flows;
    flows.reserve(doc_.child_count(node));
    for (NodeId element = doc_.first_child(node); element < doc_.end(node);
         element = doc_.next_sibling(element))
      flows.push_back(number(element, kMoney).value_or(0));
    if (flows.size() < 2) {
      report(node, "expected at least 2 elements (the start and one period), found " +
                       std::to_string(flows.size()));
    }
    return flows;
  }

  /// `horizon_node`: the top-level horizon_months to compare with the flows' span, if any.
  CashFlows read_cash_flows(NodeId node, NodeId horizon_node, Scenario& scenario) {
    CashFlows out;
    const auto m = members(node, cash_flows::kKeys);
    if (doc_.kind(node) != JsonKind::object) return out;
    int months_per_period = 0;
    if (!present(m[cash_flows::period])) {
      missing(node, "period");
    } else if (const auto period = string(m[cash_flows::period])) {
      if (*period == "month") {
        out.period = Period::month, months_per_period = 1;
      } else if (*period == "quarter") {
        out.period = Period::quarter, months_per_period = 3;
      } else if (*period == "year") {
        out.period = Period::year, months_per_period = 12;
      } else {
        expected(m[cash_flows::period], "one of \"month\", \"quarter\", \"year\"");
      }
    }
    if (present(m[cash_flows::costs]))
      out.costs = read_flows(m[cash_flows::costs]);
    else
      missing(node, "costs");
    if (present(m[cash_flows::benefits]))
      out.benefits = read_flows(m[cash_flows::benefits]);
    else
      missing(node, "benefits");

    const bool both_arrays = present(m[cash_flows::costs]) && present(m[cash_flows::benefits]) &&
                             doc_.kind(m[cash_flows::costs]) == JsonKind::array &&
                             doc_.kind(m[cash_flows::benefits]) == JsonKind::array;
    if (both_arrays && out.costs.size() != out.benefits.size()) {
      report(node, "\"costs\" has " + std::to_string(out.costs.size()) +
                       " elements and \"benefits\" has " + std::to_string(out.benefits.size()) +
                       "; they must have the same length");
    } else if (both_arrays && out.costs.size() >= 2 && months_per_period > 0) {
      const std::size_t months =
          (out.costs.size() - 1) * static_cast<std::size_t>(months_per_period);
      if (months > static_cast<std::size_t>(kMaxHorizonMonths)) {
        report(node, "the cash flows cover " + std::to_string(months) + " months; at most " +
                         std::to_string(kMaxHorizonMonths) + " are allowed");
      } else if (present(horizon_node) && horizon_ && *horizon_ != static_cast<int>(months)) {
        // A horizon given next to cash flows must agree with them.
        report(horizon_node, "\"horizon_months\" " + std::to_string(*horizon_) +
                                 " does not match the " + std::to_string(months) +
                                 " months of \"cash_flows\"");
      } else {
        scenario.horizon_months = static_cast<int>(months);
      }
    }
    return out;
  }

  Targets read_targets(NodeId node) {
    Targets out;
    const auto m = members(node, targets::kKeys);
    read_number(m[targets::min_roi_percent], kTargetAmount, out.min_roi_percent);
    read_number(m[targets::max_payback_months], kPayback, out.max_payback_months);
    read_number(m[targets::min_npv], kTargetAmount, out.min_npv);
    return out;
  }

  std::vector<MarketingChannel> read_marketing(NodeId node) {
    std::vector<MarketingChannel> out;
    const auto m = members(node, marketing::kKeys);
    if (doc_.kind(node) != JsonKind::object) return out;
    if (!present(m[marketing::channels])) {
      missing(node, "channels");
      return out;
    }
    for_each_element(m[marketing::channels],
                     [&](NodeId element, std::size_t) { out.push_back(read_channel(element)); });
    if (doc_.kind(m[marketing::channels]) == JsonKind::array && out.empty())
      report(m[marketing::channels], "expected at least one channel, found an empty array");
    return out;
  }

  MarketingChannel read_channel(NodeId node) {
    MarketingChannel out;
    const auto m = members(node, channel::kKeys);
    if (doc_.kind(node) != JsonKind::object) return out;
    read_required_name(node, m[channel::name], out.name);
    read_required(node, m[channel::spend], "spend", kMoney, out.spend);
    read_required(node, m[channel::revenue], "revenue", kMoney, out.revenue);
    read_number(m[channel::cost_of_goods], kMoney, out.cost_of_goods);
    read_number(m[channel::gross_profit], kMoney, out.gross_profit);
    read_number(m[channel::leads], kCount, out.leads);
    read_number(m[channel::new_customers], kCount, out.new_customers);
    if (present(m[channel::cost_of_goods]) && present(m[channel::gross_profit]))
      report(node, "give either \"cost_of_goods\" or \"gross_profit\", not both");
    return out;
  }

  Acquisition read_acquisition(NodeId node) {
    Acquisition out;
    const auto m = members(node, acquisition::kKeys);
    if (doc_.kind(node) != JsonKind::object) return out;
    read_required(node, m[acquisition::sales_marketing_cost], "sales_marketing_cost", kMoney,
                  out.sales_marketing_cost);
    read_required(node, m[acquisition::new_customers], "new_customers", kCount, out.new_customers);
    read_number(m[acquisition::marketing_expense], kMoney, out.marketing_expense);
    read_number(m[acquisition::revenue], kMoney, out.revenue);
    read_number(m[acquisition::leads], kCount, out.leads);
    return out;
  }

  UnitEconomics read_unit_economics(NodeId node) {
    UnitEconomics out;
    const auto m = members(node, unit_economics::kKeys);
    if (doc_.kind(node) != JsonKind::object) return out;
    read_required(node, m[unit_economics::monthly_revenue_per_customer],
                  "monthly_revenue_per_customer", kMoney, out.monthly_revenue_per_customer);
    read_required(node, m[unit_economics::monthly_cost_per_customer], "monthly_cost_per_customer",
                  kMoney, out.monthly_cost_per_customer);
    read_number(m[unit_economics::cac], kMoney, out.cac);
    read_number(m[unit_economics::upfront_payment], kMoney, out.upfront_payment);
    read_number(m[unit_economics::monthly_churn_percent], kShare, out.monthly_churn_percent);
    read_number(m[unit_economics::lifetime_months], kLifetime, out.lifetime_months);
    if (present(m[unit_economics::monthly_churn_percent]) &&
        present(m[unit_economics::lifetime_months]))
      report(node, "give either \"monthly_churn_percent\" or \"lifetime_months\", not both");
    return out;
  }

  NpsSurvey read_nps(NodeId node) {
    NpsSurvey out;
    const auto m = members(node, nps::kKeys);
    if (doc_.kind(node) != JsonKind::object) return out;
    const bool scores = present(m[nps::scores]);
    const bool any_count =
        present(m[nps::promoters]) || present(m[nps::passives]) || present(m[nps::detractors]);
    if (scores && any_count) {
      report(node,
             "give either the counts \"promoters\", \"passives\", \"detractors\" or \"scores\", "
             "not both");
    } else if (!scores && !any_count) {
      report(node, "give the counts \"promoters\", \"passives\" and \"detractors\", or \"scores\"");
    }
    if (any_count && !scores) {
      for (const std::size_t key : {nps::promoters, nps::passives, nps::detractors})
        if (!present(m[key])) missing(node, nps::kKeys[key]);
    }
    const auto read_count = [&](std::size_t key, std::optional<std::int64_t>& count) {
      if (present(m[key])) count = integer(m[key], kCount);
    };
    read_count(nps::promoters, out.promoters);
    read_count(nps::passives, out.passives);
    read_count(nps::detractors, out.detractors);
    if (scores) {
      std::vector<int> values;
      if (is_array(m[nps::scores])) {
        values.reserve(doc_.child_count(m[nps::scores]));
        for (NodeId element = doc_.first_child(m[nps::scores]); element < doc_.end(m[nps::scores]);
             element = doc_.next_sibling(element))
          values.push_back(static_cast<int>(integer(element, kScore).value_or(0)));
      }
      out.scores = std::move(values);
    }
    return out;
  }

  const JsonDocument& doc_;
  ProblemSink& sink_;
  std::optional<int> horizon_;  ///< a valid horizon_months, for the range of months
  BusinessFacts business_;
};

}  // namespace

LoadResult load_scenario(std::string_view json_text) {
  LoadResult result;
  ProblemSink sink;
  JsonDocument document;
  if (!scenario_detail::parse_json_document(json_text, document, sink)) {
    result.problems = sink.take();
    return result;
  }
  Scenario scenario;
  ScenarioReader(document, sink).read(scenario);
  if (sink.empty())
    result.scenario = std::move(scenario);
  else
    result.problems = sink.take();
  return result;
}

}  // namespace crmroi
