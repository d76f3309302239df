// Scenario files: strict JSON (json_document.cpp) read into a typed Scenario by walking the field
// tables of scenario_fields.hpp (docs/scenario-format.md); what concerns several keys (exactly one
// billing form, exactly one time unit, ...) is checked by each block's own rules. All problems of a
// document are collected, each with its JSON pointer.
#include "crmroi/scenario_loader.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "scenario/json_document.hpp"
#include "scenario/key_suggestion.hpp"
#include "scenario/scenario_fields.hpp"
#include "scenario/scenario_warnings.hpp"

namespace crmroi {

namespace scenario_detail {
namespace {

constexpr std::size_t kMaxNameLength = 200;  // characters (code points)

template <std::size_t N>
using Members = std::array<NodeId, N>;

std::string quoted(std::string_view key) { return quote_for_message(key); }

/// What the business block offers to the blocks that need it.
struct BusinessFacts {
  bool present = false;
  bool has_orders = false;
  bool has_profit_per_order = false;  ///< profit_per_order, or average_order_value with margin
  bool has_leads = false;
  std::optional<double> close_rate_percent;  ///< when given and valid
  bool has_close_rate = false;
};

// What a benefit block may need from the business block, for "... needs "business" with ...".
constexpr std::string_view kNeedsOrders = "\"orders_per_month\" (the baseline orders)";
constexpr std::string_view kNeedsProfit =
    "a profit per order (\"profit_per_order\", or \"average_order_value\" with "
    "\"gross_margin_percent\")";
constexpr std::string_view kNeedsLeads = "\"leads_per_month\" (the leads it converts)";
constexpr std::string_view kNeedsCloseRate = "\"close_rate_percent\" (the close rate it raises)";

/// What a benefit block needs from the business block (a profit per order, unless told not).
struct BusinessNeeds {
  bool orders = false;
  bool leads = false;
  bool close_rate = false;
  bool profit = true;
};

/// "give exactly one of \"points\", \"percent\"; found none" (or the number found).
std::string exactly_one_of(std::string_view choices, int found) {
  return "give exactly one of " + std::string(choices) + "; found " +
         (found == 0 ? std::string("none") : std::to_string(found));
}

/// "\"order_uplift\" needs \"business\" with A and B" (A, B and C for three).
std::string business_needs(std::string_view block, const std::vector<std::string_view>& needs) {
  std::string message = "\"";
  message.append(block).append("\" needs \"business\" with ");
  for (std::size_t i = 0; i < needs.size(); ++i) {
    if (i > 0) message += i + 1 == needs.size() ? " and " : ", ";
    message += needs[i];
  }
  return message;
}

class ScenarioReader {
 public:
  ScenarioReader(const JsonDocument& document, ProblemSink& sink) : doc_(document), sink_(sink) {}

  void read(Scenario& scenario) {
    constexpr auto key = key_index<kTopFields>;
    const NodeId root = JsonDocument::root();
    const auto top = walk<kTopFields>(root, scenario, [&](std::size_t field, const auto& w) {
      const NodeId node = field < w.m.size() ? w.m[field] : kNoNode;
      switch (field) {
        case key("currency"):
          if (present(node)) read_currency(node, scenario.currency);
          break;
        case key("discount_rate_percent"):  // after horizon_months: later months are bounded by it
          horizon_ = scenario.horizon_months;
          break;
        case key("business"):
          if (present(node)) scenario.business = read_business(node);
          break;
        case key("costs"):
          if (present(node)) scenario.costs = read_costs(node);
          break;
        case key("benefits"):
          if (present(node)) scenario.benefits = read_benefits(node);
          break;
        case key("adoption"):
          if (present(node)) walk<kAdoptionFields>(node, scenario.adoption);
          break;
        case key("risk"):
          if (present(node)) walk<kRiskFields>(node, scenario.risk.emplace());
          break;
        case key("cash_flows"):
          if (present(node)) {
            const bool has_drivers = w.present(key("costs")) || w.present(key("benefits"));
            scenario.cash_flows =
                read_cash_flows(node, has_drivers ? kNoNode : w.m[key("horizon_months")], scenario);
          }
          break;
        case key("targets"):
          if (present(node)) walk<kTargetsFields>(node, scenario.targets.emplace());
          break;
        case key("marketing"):
          if (present(node)) scenario.marketing_channels = read_marketing(node);
          break;
        case key("acquisition"):
          if (present(node)) read_acquisition(node, scenario.acquisition.emplace());
          break;
        case key("unit_economics"):
          if (present(node)) read_unit_economics(node, scenario.unit_economics.emplace());
          break;
        case key("nps"):
          if (present(node)) read_nps(node, scenario.nps.emplace());
          break;
        default:
          break;
      }
    });

    const bool has_drivers = top.present(key("costs")) || top.present(key("benefits"));
    const bool has_cash_flows = top.present(key("cash_flows"));
    const bool has_analysis = top.present(key("marketing")) || top.present(key("acquisition")) ||
                              top.present(key("unit_economics")) || top.present(key("nps"));
    if (has_drivers && has_cash_flows)
      report(top.m[key("cash_flows")],
             "a scenario has either \"cash_flows\" or \"costs\"/\"benefits\", not both");
    if (has_drivers && !top.present(key("horizon_months")))
      report(root, "\"horizon_months\" is required when the scenario has costs or benefits");
    if (!has_drivers && !has_cash_flows && !has_analysis)
      report(root, "nothing to calculate: add costs/benefits, cash_flows or an analysis block");
    if (top.present(key("targets")) && !has_drivers && !has_cash_flows)
      report(top.m[key("targets")],
             "\"targets\" apply to an investment case: add costs/benefits or cash_flows");
    scenario.ranged_inputs = std::move(ranges_);
  }

  // ---- problems --------------------------------------------------------------------------

  /// Reports at `node` what `block` needs from the business block and it does not give.
  void require_business(NodeId node, std::string_view block, BusinessNeeds needs) {
    std::vector<std::string_view> missing;
    if (needs.orders && !business_.has_orders) missing.push_back(kNeedsOrders);
    if (needs.leads && !business_.has_leads) missing.push_back(kNeedsLeads);
    if (needs.close_rate && !business_.has_close_rate) missing.push_back(kNeedsCloseRate);
    if (needs.profit && !business_.has_profit_per_order) missing.push_back(kNeedsProfit);
    if (!missing.empty()) report(node, business_needs(block, missing));
  }

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
    if (const auto home =
            scenario_detail::key_home_hint(key, doc_.pointer(doc_.node(member).parent)))
      message += "; " + *home;
    else if (const auto suggestion = suggest_key(key, keys))
      message += "; did you mean " + quoted(*suggestion) + "?";
    report(member, std::move(message));
  }

  /// True when `node` is an array (reported otherwise).
  bool is_array(NodeId node) {
    if (doc_.kind(node) == JsonKind::array) return true;
    expected(node, "an array");
    return false;
  }

  /// True when the array `node` holds at most `most` elements (reported otherwise, with `what`
  /// they are: "elements", "scores").
  bool within_limit(NodeId node, std::size_t most, std::string_view what) {
    const std::size_t count = doc_.child_count(node);
    if (count <= most) return true;
    report(node, "expected at most " + grouped(most) + " " + std::string(what) + ", found " +
                     grouped(count));
    return false;
  }

  /// Calls `read_element(element, index)` for each element of the array of lines `node` (at
  /// most kMaxLinesPerBlock; none is read beyond).
  template <typename ReadElement>
  void for_each_element(NodeId node, ReadElement read_element) {
    if (!is_array(node) || !within_limit(node, kMaxLinesPerBlock, "elements")) return;
    std::size_t index = 0;
    for (NodeId element = doc_.first_child(node); element < doc_.end(node);
         element = doc_.next_sibling(element))
      read_element(element, index++);
  }

  // ---- values ----------------------------------------------------------------------------

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

  /// The number at `node`, or where `may_be_range` allows it a range {low, likely, high,
  /// distribution?}: its likely value (uniform: the midpoint, rounded half up for integer
  /// keys) is returned and the range recorded by its pointer. Each end follows `rule`;
  /// low <= likely <= high and low < high.
  std::optional<double> number_or_range(NodeId node, const NumberRule& rule, bool may_be_range) {
    if (doc_.kind(node) != JsonKind::object) return number(node, rule);
    static constexpr std::array<std::string_view, 4> kRangeKeys = {"low", "likely", "high",
                                                                   "distribution"};
    bool looks_like_range = false;
    for (NodeId child = doc_.first_child(node); child < doc_.end(node);
         child = doc_.next_sibling(child)) {
      const std::string_view key = doc_.key(child);
      looks_like_range = looks_like_range ||
                         std::find(kRangeKeys.begin(), kRangeKeys.end(), key) != kRangeKeys.end();
    }
    if (!looks_like_range) {
      if (!may_be_range) return number(node, rule);
      expected(node, std::string(rule.integer ? "an integer" : "a number") +
                         " or a range {\"low\", \"likely\", \"high\"}");
      return std::nullopt;
    }
    if (!may_be_range) {
      report(node, std::string("a range is not allowed here (only under business, costs, benefits, "
                               "adoption, risk, cash_flows and in discount_rate_percent); "
                               "expected ") +
                       (rule.integer ? "an integer" : "a number"));
      return std::nullopt;
    }
    const Members<4> m = members(node, kRangeKeys);
    bool valid = true;
    Distribution distribution = Distribution::pert;
    if (present(m[3])) {
      const auto name = string(m[3]);
      const auto known = name ? distribution_from_name(*name) : std::nullopt;
      if (known) {
        distribution = *known;
      } else {
        if (name) expected(m[3], "one of \"pert\", \"triangular\", \"uniform\"");
        valid = false;
      }
    }
    const auto end = [&](std::size_t index, std::string_view key, bool required) {
      std::optional<double> value;
      if (present(m[index])) {
        value = number(m[index], rule);
      } else if (required) {
        missing(node, key);
      }
      if (!value && (present(m[index]) || required)) valid = false;
      return value;
    };
    const auto low = end(0, "low", true);
    const auto likely = end(1, "likely", distribution != Distribution::uniform);
    const auto high = end(2, "high", true);
    if (!valid) return std::nullopt;
    const bool ordered = *low < *high && (!likely || (*low <= *likely && *likely <= *high));
    if (!ordered) {
      report(node, "expected low \u2264 likely \u2264 high and low < high, found low " +
                       scenario_detail::format_number(*low) +
                       (likely ? ", likely " + scenario_detail::format_number(*likely) : "") +
                       ", high " + scenario_detail::format_number(*high));
      return std::nullopt;
    }
    // A uniform range's base value is its midpoint, whatever `likely` says.
    double base = distribution == Distribution::uniform ? (*low + *high) / 2 : *likely;
    if (rule.integer) base = round_half_up(base);
    ranges_.push_back({doc_.pointer(node), Range{*low, base, *high, distribution}});
    return base;
  }

  /// The integer at `node` (rules for integers keep the value within ±1e15, exact in a double).
  std::optional<std::int64_t> integer(NodeId node, const NumberRule& rule) {
    const auto value = number(node, rule);
    if (!value) return std::nullopt;
    return static_cast<std::int64_t>(*value);
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
    // A name of at most kMaxNameLength bytes has at most as many characters: counted only when
    // longer.
    std::size_t characters = text->size();
    if (characters > kMaxNameLength) {
      characters = 0;
      for (const char c : *text) characters += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
    }
    if (characters > kMaxNameLength) {
      report(node, "expected a name of at most " + std::to_string(kMaxNameLength) +
                       " characters, found " + std::to_string(characters) + " characters");
      return std::nullopt;
    }
    return std::string(*text);
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

  // ---- the field tables ------------------------------------------------------------------

  /// The members of an object walked by its field table, and which of them were read well.
  template <std::size_t N>
  struct Walked {
    Members<N> m;
    std::uint32_t valid = 0;  ///< bit i: field i was present and read without a problem

    [[nodiscard]] bool present(std::size_t field) const { return m[field] != kNoNode; }
    [[nodiscard]] bool ok(std::size_t field) const { return (valid & key_bit(field)) != 0; }
  };

  /// Walks the object at `node` by the field table `Fields`: reads each present number or name
  /// into its member of `out` by its rule, reports each missing required key, and records the
  /// keys given. `rules(field, walked)` runs before field `field` is read (and with
  /// `field == N` at the end): it reads the keys that are not numbers or names and checks what
  /// concerns several keys, at the place in the walk where its problems belong. Nothing is
  /// walked when `node` is not an object (reported).
  template <const auto& Fields, typename T, typename Rules>
  Walked<Fields.size()> walk(NodeId node, T& out, Rules rules) {
    constexpr std::size_t N = Fields.size();
    static constexpr auto kKeys = keys_of(Fields);
    Walked<N> w{members(node, kKeys, node == JsonDocument::root()), 0};
    if (doc_.kind(node) != JsonKind::object) return w;
    for (std::size_t field = 0; field < N; ++field) {
      rules(field, std::as_const(w));
      const auto& spec = Fields[field];
      if (!w.present(field)) {
        if (spec.need == FieldNeed::required) missing(node, spec.key);
        continue;
      }
      if constexpr (requires { out.given_keys; }) out.given_keys |= key_bit(field);
      if (read_member(w.m[field], spec, out)) w.valid |= key_bit(field);
    }
    rules(N, std::as_const(w));
    return w;
  }

  template <const auto& Fields, typename T>
  Walked<Fields.size()> walk(NodeId node, T& out) {
    return walk<Fields>(node, out, [](std::size_t, const auto&) {});
  }

  /// Reads the number or name at `node` into its member; true when it follows the rule.
  template <typename T>
  bool read_member(NodeId node, const Field<T>& spec, T& out) {
    if (spec.number.set) {
      // A month after the horizon is allowed (its line is not counted, and says so), so that
      // one file runs at any horizon: a sweep over horizons keeps its short variants.
      const auto value = number_or_range(node, *spec.rule, spec.may_be_range);
      if (value) spec.number.set(out, *value);
      return value.has_value();
    }
    if (spec.text && spec.key == "name") {  // other strings: the block's own rules
      auto name = read_name(node);
      if (name) out.*spec.text = std::move(*name);
      return name.has_value();
    }
    return false;
  }

  // ---- blocks ----------------------------------------------------------------------------

  Business read_business(NodeId node) {
    Business out;
    constexpr auto key = key_index<kBusinessFields>;
    const auto w = walk<kBusinessFields>(node, out);
    business_.present = doc_.kind(node) == JsonKind::object;
    const bool profit = w.present(key("profit_per_order"));
    const bool value = w.present(key("average_order_value"));
    const bool margin = w.present(key("gross_margin_percent"));
    if (profit && (value || margin)) {
      report(node,
             "give either \"profit_per_order\" or \"average_order_value\" with "
             "\"gross_margin_percent\", not both");
    } else if (value && !margin) {
      report(node, "\"average_order_value\" needs \"gross_margin_percent\"");
    } else if (margin && !value) {
      report(node, "\"gross_margin_percent\" needs \"average_order_value\"");
    }
    business_.has_orders = w.present(key("orders_per_month"));
    business_.has_profit_per_order = profit || (value && margin);
    business_.has_leads = w.present(key("leads_per_month"));
    business_.has_close_rate = w.present(key("close_rate_percent"));
    if (w.ok(key("close_rate_percent"))) business_.close_rate_percent = out.close_rate_percent;
    return out;
  }

  Costs read_costs(NodeId node) {
    Costs out;
    constexpr auto key = key_index<kCostsFields>;
    walk<kCostsFields>(node, out, [&](std::size_t field, const auto& w) {
      if (field == key("one_time") && w.present(field)) {
        for_each_element(w.m[field], [&](NodeId element, std::size_t) {
          walk<kOneTimeFields>(element, out.one_time.emplace_back());
        });
      } else if (field == key("recurring") && w.present(field)) {
        for_each_element(w.m[field], [&](NodeId element, std::size_t) {
          read_recurring(element, out.recurring.emplace_back());
        });
      }
    });
    return out;
  }

  void read_recurring(NodeId node, RecurringCost& out) {
    constexpr auto key = key_index<kRecurringFields>;
    walk<kRecurringFields>(node, out, [&](std::size_t field, const auto& w) {
      const bool monthly = w.present(key("monthly"));
      const bool per_user = w.present(key("per_user"));
      const bool per_order = w.present(key("per_order"));
      switch (field) {
        case key("monthly"): {  // before the billing forms are read
          const int forms = int{monthly} + int{per_user} + int{per_order};
          if (forms != 1) {
            report(node, exactly_one_of("\"monthly\", \"per_user\" with \"users\", \"per_order\"",
                                        forms));
          }
          if (monthly) out.basis = RecurringBasis::monthly;
          if (per_user) out.basis = RecurringBasis::per_user;
          if (per_order) out.basis = RecurringBasis::per_order;
          break;
        }
        case key("users"):  // after per_user
          if (per_user && !w.present(key("users"))) report(node, "\"per_user\" needs \"users\"");
          break;
        case key("per_order"):  // after users
          if (w.present(key("users")) && !per_user)
            report(w.m[key("users")], "\"users\" needs \"per_user\"");
          break;
        case key("start_month"):  // after per_order
          if (per_order && !business_.has_orders)
            report(w.m[key("per_order")],
                   "\"per_order\" needs \"business\" with \"orders_per_month\" (the orders it is "
                   "billed on)");
          break;
        case key("risk_percent"):  // after start_month and end_month
          check_billing_months(out, w);
          break;
        default:
          break;
      }
    });
  }

  template <typename Walked>
  void check_billing_months(RecurringCost& out, const Walked& w) {
    constexpr std::size_t start = index_of(kRecurringFields, "start_month");
    constexpr std::size_t end = index_of(kRecurringFields, "end_month");
    // Without an end_month the line runs to the horizon; one that starts after it is not
    // counted (its arithmetic says so).
    if (!w.present(end)) out.end_month = horizon_;
    if (w.ok(start) && w.ok(end) && out.start_month > *out.end_month) {
      report(w.m[start], "\"start_month\" " + std::to_string(out.start_month) +
                             " is after \"end_month\" " + std::to_string(*out.end_month));
    } else if (!w.present(start) && w.ok(end) && out.start_month > *out.end_month) {
      report(w.m[end], "\"end_month\" " + std::to_string(*out.end_month) +
                           " is before \"start_month\" " + std::to_string(out.start_month) +
                           " (the default)");
    }
  }

  Benefits read_benefits(NodeId node) {
    Benefits out;
    constexpr auto key = key_index<kBenefitsFields>;
    walk<kBenefitsFields>(node, out, [&](std::size_t field, const auto& w) {
      if (!(field < w.m.size() && w.present(field))) return;
      const NodeId child = w.m[field];
      if (field == key("time_savings")) {
        for_each_element(child, [&](NodeId element, std::size_t index) {
          read_time_saving(element, index, out.time_savings.emplace_back());
        });
      } else if (field == key("order_uplift")) {
        read_order_uplift(child, out.order_uplift.emplace());
      } else if (field == key("monthly")) {
        for_each_element(child, [&](NodeId element, std::size_t) {
          walk<kMonthlyBenefitFields>(element, out.monthly.emplace_back());
        });
      } else if (field == key("conversion_uplift")) {
        read_conversion_uplift(child, out.conversion_uplift.emplace());
      } else if (field == key("average_order_uplift")) {
        read_average_order_uplift(child, out.average_order_uplift.emplace());
      } else if (field == key("cost_reductions")) {
        for_each_element(child, [&](NodeId element, std::size_t) {
          walk<kCostReductionFields>(element, out.cost_reductions.emplace_back());
        });
      }
    });
    return out;
  }

  void read_conversion_uplift(NodeId node, ConversionUplift& out) {
    constexpr auto key = key_index<kConversionUpliftFields>;
    walk<kConversionUpliftFields>(node, out, [&](std::size_t field, const auto& w) {
      const bool points = w.present(key("points"));
      const bool percent = w.present(key("percent"));
      if (field == 0 && points == percent) {
        report(node, exactly_one_of("\"points\", \"percent\"", int{points} + int{percent}));
      }
      if (field != w.m.size()) return;
      require_business(node, "conversion_uplift", {.leads = true, .close_rate = true});
      // The raised close rate is a share too: at most 100 %.
      const auto& close = business_.close_rate_percent;
      if (!close || points == percent) return;
      const std::size_t given = points ? key("points") : key("percent");
      if (!w.ok(given)) return;
      const double raised = points ? *close + *out.points : *close * (1 + *out.percent / 100);
      if (raised > 100) {
        const double shown = std::round(raised * 1e9) / 1e9;  // 60 x 1.8 is 108.00000000000001
        report(w.m[given], "raises the close rate from " + format_number(*close) + " % to " +
                               format_number(shown) +
                               " %; a close rate is at most 100 % (business.close_rate_percent)");
      }
    });
  }

  void read_average_order_uplift(NodeId node, AverageOrderUplift& out) {
    walk<kAverageOrderUpliftFields>(node, out, [&](std::size_t field, const auto& w) {
      if (field != w.m.size()) return;
      require_business(node, "average_order_uplift", {.orders = true});
    });
  }

  void read_time_saving(NodeId node, std::size_t index, TimeSaving& out) {
    constexpr auto key = key_index<kTimeSavingFields>;
    // The time units, each read into `amount`; exactly one of them is given.
    struct Unit {
      std::size_t field;
      TimeUnit unit;
    };
    constexpr std::array<Unit, 4> kUnits{{
        {key("minutes_per_day"), TimeUnit::minutes_per_day},
        {key("hours_per_day"), TimeUnit::hours_per_day},
        {key("hours_per_week"), TimeUnit::hours_per_week},
        {key("hours_per_month"), TimeUnit::hours_per_month},
    }};
    int given = 0;
    walk<kTimeSavingFields>(node, out, [&](std::size_t field, const auto& w) {
      switch (field) {
        case key("people"):
          if (!w.present(key("name"))) out.name = "time saving " + std::to_string(index + 1);
          break;
        case key("days_per_month"):  // after the units
          for (const Unit& unit : kUnits) {
            if (!w.present(unit.field)) continue;
            ++given;
            out.unit = unit.unit;
          }
          if (given != 1) {
            report(node, exactly_one_of("\"minutes_per_day\", \"hours_per_day\", "
                                        "\"hours_per_week\", \"hours_per_month\"",
                                        given));
          }
          break;
        case key("hourly_cost"):  // after days_per_month
          if (w.present(key("days_per_month")) && given == 1 && !is_per_day(out.unit)) {
            report(w.m[key("days_per_month")],
                   "\"days_per_month\" applies only with \"minutes_per_day\" or \"hours_per_day\"");
          }
          break;
        default:
          break;
      }
    });
  }

  void read_order_uplift(NodeId node, OrderUplift& out) {
    constexpr auto key = key_index<kOrderUpliftFields>;
    walk<kOrderUpliftFields>(node, out, [&](std::size_t field, const auto& w) {
      const bool percent = w.present(key("percent"));
      const bool orders = w.present(key("orders_per_month"));
      if (field == 0 && percent == orders) {
        report(node,
               exactly_one_of("\"percent\", \"orders_per_month\"", int{percent} + int{orders}));
      }
      if (field != w.m.size()) return;
      require_business(node, "order_uplift", {.orders = percent});
    });
  }

  /// Reads an array of money amounts (at least 2: the start and one period).
  std::vector<double> read_flows(NodeId node) {
    std::vector<double> flows;
    if (!is_array(node)) return flows;
    flows.reserve(doc_.child_count(node));
    for (NodeId element = doc_.first_child(node); element < doc_.end(node);
         element = doc_.next_sibling(element))
      flows.push_back(number_or_range(element, kMoney, true).value_or(0));
    if (flows.size() < 2) {
      report(node, "expected at least 2 elements (the start and one period), found " +
                       std::to_string(flows.size()));
    }
    return flows;
  }

  /// True when the array `node` holds named lines rather than numbers: its first element is an
  /// object that is not a range (a range has "low", "likely", "high" or "distribution").
  bool holds_lines(NodeId node) {
    if (doc_.kind(node) != JsonKind::array || doc_.child_count(node) == 0) return false;
    const NodeId first = doc_.first_child(node);
    if (doc_.kind(first) != JsonKind::object) return false;
    for (NodeId child = doc_.first_child(first); child < doc_.end(first);
         child = doc_.next_sibling(child)) {
      const std::string_view key = doc_.key(child);
      if (key == "low" || key == "likely" || key == "high" || key == "distribution") return false;
    }
    return true;
  }

  /// Reads the named lines of cash_flows.costs or .benefits ({name, values, risk_percent?}), each
  /// line's values as read_flows reads an array; every line as long as the first.
  std::vector<CashFlowLine> read_flow_lines(NodeId node) {
    std::vector<CashFlowLine> lines;
    std::optional<std::size_t> length;
    for_each_element(node, [&](NodeId element, std::size_t) {
      CashFlowLine& line = lines.emplace_back();
      if (doc_.kind(element) != JsonKind::object) {
        expected(element, "a line {\"name\", \"values\"} like the first element");
        return;
      }
      walk<kCashFlowLineFields>(element, line, [&](std::size_t field, const auto& w) {
        constexpr std::size_t values = index_of(kCashFlowLineFields, "values");
        if (field != values || !w.present(values)) return;
        const NodeId array = w.m[values];
        line.values = read_flows(array);
        if (doc_.kind(array) != JsonKind::array) return;
        if (!length) {
          length = line.values.size();
        } else if (line.values.size() != *length) {
          report(array, "expected " + std::to_string(*length) +
                            " elements, as the first line has, found " +
                            std::to_string(line.values.size()));
        }
      });
    });
    return lines;
  }

  /// `horizon_node`: the top-level horizon_months to compare with the flows' span, if any.
  CashFlows read_cash_flows(NodeId node, NodeId horizon_node, Scenario& scenario) {
    CashFlows out;
    constexpr auto key = key_index<kCashFlowsFields>;
    int months_per_period = 0;
    walk<kCashFlowsFields>(node, out, [&](std::size_t field, const auto& w) {
      const NodeId child = field < w.m.size() ? w.m[field] : kNoNode;
      if (field == key("period") && present(child)) {
        if (const auto period = string(child)) {
          if (*period == "month") {
            out.period = Period::month, months_per_period = 1;
          } else if (*period == "quarter") {
            out.period = Period::quarter, months_per_period = 3;
          } else if (*period == "year") {
            out.period = Period::year, months_per_period = 12;
          } else {
            expected(child, "one of \"month\", \"quarter\", \"year\"");
          }
        }
      } else if (field == key("costs") && present(child)) {
        if (holds_lines(child)) {
          out.cost_lines = read_flow_lines(child);
        } else {
          out.costs = read_flows(child);
        }
      } else if (field == key("benefits") && present(child)) {
        if (holds_lines(child)) {
          out.benefit_lines = read_flow_lines(child);
        } else {
          out.benefits = read_flows(child);
        }
      } else if (field == w.m.size()) {
        check_flow_span(node, w, out, months_per_period, horizon_node, scenario);
      }
    });
    return out;
  }

  template <typename Walked>
  void check_flow_span(NodeId node, const Walked& w, const CashFlows& out, int months_per_period,
                       NodeId horizon_node, Scenario& scenario) {
    constexpr std::size_t costs = index_of(kCashFlowsFields, "costs");
    constexpr std::size_t benefits = index_of(kCashFlowsFields, "benefits");
    const bool both_arrays = w.present(costs) && w.present(benefits) &&
                             doc_.kind(w.m[costs]) == JsonKind::array &&
                             doc_.kind(w.m[benefits]) == JsonKind::array;
    // Each side's length: its array's, or its first line's ("the lines of" it, for messages).
    const auto side = [](const std::vector<double>& flows, const std::vector<CashFlowLine>& lines,
                         std::string_view key) -> std::pair<std::size_t, std::string> {
      if (lines.empty()) return {flows.size(), "\"" + std::string(key) + "\" has "};
      return {lines.front().values.size(), "the lines of \"" + std::string(key) + "\" have "};
    };
    const auto [cost_length, cost_text] = side(out.costs, out.cost_lines, "costs");
    const auto [benefit_length, benefit_text] = side(out.benefits, out.benefit_lines, "benefits");
    // A first line without values (missing, not an array) is reported as such; no span then.
    const bool lines_read =
        (out.cost_lines.empty() || !out.cost_lines.front().values.empty()) &&
        (out.benefit_lines.empty() || !out.benefit_lines.front().values.empty());
    if (!lines_read) return;
    if (both_arrays && cost_length != benefit_length) {
      report(node, cost_text + std::to_string(cost_length) + " elements and " + benefit_text +
                       std::to_string(benefit_length) + "; they must have the same length");
    } else if (both_arrays && cost_length >= 2 && months_per_period > 0) {
      const std::size_t months = (cost_length - 1) * static_cast<std::size_t>(months_per_period);
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
  }

  std::vector<MarketingChannel> read_marketing(NodeId node) {
    std::vector<MarketingChannel> out;
    Marketing marketing;
    walk<kMarketingFields>(node, marketing, [&](std::size_t field, const auto& w) {
      if (field != 0 || !w.present(0)) return;
      const NodeId channels = w.m[0];
      for_each_element(channels, [&](NodeId element, std::size_t) {
        read_channel(element, out.emplace_back());
      });
      if (doc_.kind(channels) == JsonKind::array && out.empty())
        report(channels, "expected at least one channel, found an empty array");
    });
    return out;
  }

  void read_channel(NodeId node, MarketingChannel& out) {
    const auto w = walk<kChannelFields>(node, out);
    if (w.present(index_of(kChannelFields, "cost_of_goods")) &&
        w.present(index_of(kChannelFields, "gross_profit")))
      report(node, "give either \"cost_of_goods\" or \"gross_profit\", not both");
  }

  void read_acquisition(NodeId node, Acquisition& out) { walk<kAcquisitionFields>(node, out); }

  void read_unit_economics(NodeId node, UnitEconomics& out) {
    const auto w = walk<kUnitEconomicsFields>(node, out);
    if (w.present(index_of(kUnitEconomicsFields, "monthly_churn_percent")) &&
        w.present(index_of(kUnitEconomicsFields, "lifetime_months")))
      report(node, "give either \"monthly_churn_percent\" or \"lifetime_months\", not both");
  }

  void read_nps(NodeId node, NpsSurvey& out) {
    constexpr auto key = key_index<kNpsFields>;
    constexpr std::array<std::size_t, 3> kCounts{key("promoters"), key("passives"),
                                                 key("detractors")};
    walk<kNpsFields>(node, out, [&](std::size_t field, const auto& w) {
      const bool scores = w.present(key("scores"));
      const bool any_count = std::any_of(kCounts.begin(), kCounts.end(),
                                         [&](std::size_t count) { return w.present(count); });
      if (field == key("promoters")) {  // before the counts are read
        if (scores && any_count) {
          report(node,
                 "give either the counts \"promoters\", \"passives\", \"detractors\" or "
                 "\"scores\", not both");
        } else if (!scores && !any_count) {
          report(node,
                 "give the counts \"promoters\", \"passives\" and \"detractors\", or \"scores\"");
        }
        if (any_count && !scores) {
          for (const std::size_t count : kCounts)
            if (!w.present(count)) missing(node, kNpsFields[count].key);
        }
      } else if (field == key("scores") && scores) {
        std::vector<int> values;
        const NodeId array = w.m[field];
        if (is_array(array) && within_limit(array, kMaxNpsScores, "scores")) {
          values.reserve(doc_.child_count(array));
          for (NodeId element = doc_.first_child(array); element < doc_.end(array);
               element = doc_.next_sibling(element))
            values.push_back(static_cast<int>(integer(element, kScore).value_or(0)));
        }
        out.scores = std::move(values);
      }
    });
  }
  const JsonDocument& doc_;
  ProblemSink& sink_;
  std::optional<int> horizon_;  ///< a valid horizon_months, for the range of months
  BusinessFacts business_;
  std::vector<RangedInput> ranges_;  ///< the ranges read so far, in reading order
};

}  // namespace
}  // namespace scenario_detail

namespace {

// The most memory a thread keeps for the next document (a document of about 80 KB of text).
constexpr std::size_t kKeptDocumentBytes = std::size_t{1} << 20;

}  // namespace

LoadResult load_scenario(std::string_view json_text) {
  // The document's memory is kept from one load to the next on the same thread (a JSON Lines
  // stream loads thousands of small documents), and let go after a large one.
  thread_local scenario_detail::JsonDocument document;
  struct Release {
    scenario_detail::JsonDocument& document;
    ~Release() { document.release_if_larger_than(kKeptDocumentBytes); }
  } release{document};

  LoadResult result;
  scenario_detail::ProblemSink sink;
  if (!scenario_detail::parse_json_document(json_text, document, sink)) {
    result.problems = sink.take();
    return result;
  }
  Scenario scenario;
  scenario_detail::ScenarioReader(document, sink).read(scenario);
  if (sink.empty()) {
    result.scenario = std::move(scenario);
    result.warnings = scenario_detail::document_warnings(document);
  } else
    result.problems = sink.take();
  return result;
}

}  // namespace crmroi
