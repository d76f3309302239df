// The numeric inputs of a scenario by JSON pointer, from the field tables (scenario_fields.hpp):
// for_each_input, input_provenance, with_input.
#include "crmroi/scenario_inputs.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "scenario/json_document.hpp"
#include "scenario/key_suggestion.hpp"
#include "scenario/scenario_fields.hpp"

namespace crmroi {

std::string_view provenance_name(Provenance provenance) {
  constexpr std::array<std::string_view, 3> kNames{"given", "defaulted", "derived"};
  return kNames.at(static_cast<std::size_t>(provenance));
}

namespace {

using scenario_detail::BlockIndex;
using scenario_detail::Field;

/// "days_per_month" -> "days per month"
std::string words(std::string_view key) {
  std::string text(key);
  std::replace(text.begin(), text.end(), '_', ' ');
  return text;
}

/// A block as default-constructed: the defaults of its keys.
template <typename T>
const T& defaults() {
  static const T block{};
  return block;
}

template <typename T>
Provenance provenance_of(const T& block, const Field<T>& field, std::size_t index) {
  if ((block.given_keys & scenario_detail::key_bit(index)) != 0) return Provenance::given;
  switch (field.need) {
    case FieldNeed::derived:
      return Provenance::derived;
    case FieldNeed::defaulted:
      // A block built in code has no record of its file: its initial value counts as defaulted.
      return field.number.get(block) == field.number.get(defaults<T>()) ? Provenance::defaulted
                                                                        : Provenance::given;
    case FieldNeed::optional:
    case FieldNeed::required:
      break;
  }
  return Provenance::given;
}

/// Walks the numeric inputs of `scenario` (a Scenario, or a const one) in file order, calling
/// `visit(const Input&, set)` where `set(double)` changes the input (only for a non-const
/// scenario). `pointer` and `label` are buffers reused from one input to the next.
/// The field table of a block type.
template <typename Block>
const auto& fields_of() {
  namespace d = scenario_detail;
  if constexpr (std::is_same_v<Block, Scenario>)
    return d::kTopFields;
  else if constexpr (std::is_same_v<Block, Business>)
    return d::kBusinessFields;
  else if constexpr (std::is_same_v<Block, OneTimeCost>)
    return d::kOneTimeFields;
  else if constexpr (std::is_same_v<Block, RecurringCost>)
    return d::kRecurringFields;
  else if constexpr (std::is_same_v<Block, TimeSaving>)
    return d::kTimeSavingFields;
  else if constexpr (std::is_same_v<Block, OrderUplift>)
    return d::kOrderUpliftFields;
  else if constexpr (std::is_same_v<Block, MonthlyBenefit>)
    return d::kMonthlyBenefitFields;
  else if constexpr (std::is_same_v<Block, ConversionUplift>)
    return d::kConversionUpliftFields;
  else if constexpr (std::is_same_v<Block, AverageOrderUplift>)
    return d::kAverageOrderUpliftFields;
  else if constexpr (std::is_same_v<Block, CostReduction>)
    return d::kCostReductionFields;
  else if constexpr (std::is_same_v<Block, CashFlowLine>)
    return d::kCashFlowLineFields;
  else if constexpr (std::is_same_v<Block, Adoption>)
    return d::kAdoptionFields;
  else if constexpr (std::is_same_v<Block, Risk>)
    return d::kRiskFields;
  else if constexpr (std::is_same_v<Block, Targets>)
    return d::kTargetsFields;
  else if constexpr (std::is_same_v<Block, MarketingChannel>)
    return d::kChannelFields;
  else if constexpr (std::is_same_v<Block, Acquisition>)
    return d::kAcquisitionFields;
  else if constexpr (std::is_same_v<Block, UnitEconomics>)
    return d::kUnitEconomicsFields;
  else
    return d::kNpsFields;
}

/// What a walk over a const scenario passes where a setter would be.
struct ReadOnly {};
constexpr ReadOnly kReadOnly;

/// One input to find, as a block's path, an element index (-1: none) and a key (empty for the
/// elements of an array of numbers): {"/costs/recurring", 0, "monthly"}, {"", -1,
/// "horizon_months"}, {"/cash_flows/costs", 2, ""}.
struct Target {
  std::string_view path;
  int index = -1;
  std::string_view key;
};

template <typename S, typename Visit>
class InputWalk {
 public:
  /// Walks every input, or only `target` (then cheaply: no other pointer is built).
  InputWalk(S& scenario, Visit& visit, const Target* target = nullptr)
      : scenario_(scenario), visit_(visit), target_(target) {}

  void run() {
    const auto name_of = [](const auto& line) -> std::string_view { return line.name; };
    block(scenario_detail::kTopBlock, "", -1, "", scenario_detail::kTopFields, scenario_);
    if (scenario_.business)
      block(scenario_detail::kBusinessBlock, "/business", -1, "business",
            scenario_detail::kBusinessFields, *scenario_.business);
    if (scenario_.costs) {
      list(scenario_detail::kOneTimeBlock, "/costs/one_time", scenario_detail::kOneTimeFields,
           scenario_.costs->one_time, name_of);
      list(scenario_detail::kRecurringBlock, "/costs/recurring", scenario_detail::kRecurringFields,
           scenario_.costs->recurring, name_of);
    }
    if (scenario_.benefits) {
      list(scenario_detail::kTimeSavingBlock, "/benefits/time_savings",
           scenario_detail::kTimeSavingFields, scenario_.benefits->time_savings, name_of);
      if (scenario_.benefits->order_uplift)
        block(scenario_detail::kOrderUpliftBlock, "/benefits/order_uplift", -1, "order uplift",
              scenario_detail::kOrderUpliftFields, *scenario_.benefits->order_uplift);
      list(scenario_detail::kMonthlyBenefitBlock, "/benefits/monthly",
           scenario_detail::kMonthlyBenefitFields, scenario_.benefits->monthly, name_of);
      if (scenario_.benefits->conversion_uplift)
        block(scenario_detail::kConversionUpliftBlock, "/benefits/conversion_uplift", -1,
              "conversion uplift", scenario_detail::kConversionUpliftFields,
              *scenario_.benefits->conversion_uplift);
      if (scenario_.benefits->average_order_uplift)
        block(scenario_detail::kAverageOrderUpliftBlock, "/benefits/average_order_uplift", -1,
              "average order uplift", scenario_detail::kAverageOrderUpliftFields,
              *scenario_.benefits->average_order_uplift);
      list(scenario_detail::kCostReductionBlock, "/benefits/cost_reductions",
           scenario_detail::kCostReductionFields, scenario_.benefits->cost_reductions, name_of);
    }
    if (scenario_.costs || scenario_.benefits || scenario_.adoption.given_keys != 0)
      block(scenario_detail::kAdoptionBlock, "/adoption", -1, "adoption",
            scenario_detail::kAdoptionFields, scenario_.adoption);
    if (scenario_.risk)
      block(scenario_detail::kRiskBlock, "/risk", -1, "risk", scenario_detail::kRiskFields,
            *scenario_.risk);
    if (scenario_.cash_flows) {
      elements(scenario_detail::kCashFlowsBlock, "/cash_flows/costs", "cash flow costs, period ",
               scenario_.cash_flows->costs);
      flow_lines("/cash_flows/costs", "costs", scenario_.cash_flows->cost_lines);
      elements(scenario_detail::kCashFlowsBlock, "/cash_flows/benefits",
               "cash flow benefits, period ", scenario_.cash_flows->benefits);
      flow_lines("/cash_flows/benefits", "benefits", scenario_.cash_flows->benefit_lines);
    }
    if (scenario_.targets)
      block(scenario_detail::kTargetsBlock, "/targets", -1, "targets",
            scenario_detail::kTargetsFields, *scenario_.targets);
    list(scenario_detail::kChannelBlock, "/marketing/channels", scenario_detail::kChannelFields,
         scenario_.marketing_channels, name_of);
    if (scenario_.acquisition)
      block(scenario_detail::kAcquisitionBlock, "/acquisition", -1, "acquisition",
            scenario_detail::kAcquisitionFields, *scenario_.acquisition);
    if (scenario_.unit_economics)
      block(scenario_detail::kUnitEconomicsBlock, "/unit_economics", -1, "unit economics",
            scenario_detail::kUnitEconomicsFields, *scenario_.unit_economics);
    if (scenario_.nps) {
      block(scenario_detail::kNpsBlock, "/nps", -1, "nps", scenario_detail::kNpsFields,
            *scenario_.nps);
      if (scenario_.nps->scores)
        elements(scenario_detail::kNpsBlock, "/nps/scores", "nps score ", *scenario_.nps->scores);
    }
  }

 private:
  /// The inputs of one block: at `path`, or element `element` of the array at `path`.
  template <typename T, std::size_t N, typename Block>
  void block(BlockIndex index, std::string_view path, int element, std::string_view context,
             const std::array<Field<T>, N>& fields, Block& object) {
    if (target_ && (found_ || element != target_->index || path != target_->path)) return;
    const BlockInfo& info = scenario_blocks()[index];
    for (std::size_t i = 0; i < N; ++i) {
      const Field<T>& field = fields[i];
      if (target_ && field.key != target_->key) continue;
      if (!field.number.get || (field.applies && !field.applies(object))) continue;
      const auto value = field.number.get(object);
      if (!value) continue;
      if (!target_) {  // a search for one input needs no text
        pointer_.assign(path);
        if (element >= 0) pointer_.append("/").append(std::to_string(element));
        pointer_.append("/").append(field.key);
        label_.assign(context).append(context.empty() ? "" : ": ").append(words(field.key));
      }
      const Input input{pointer_, label_, *value, &info.fields[i],
                        provenance_of<T>(object, field, i)};
      found_ = target_ != nullptr;
      if constexpr (std::is_const_v<Block>) {
        visit_(input, kReadOnly);
      } else {
        // Captures only what outlives the walk (the block inside the scenario, the static
        // field table), so input_setters can keep the setter.
        visit_(input, [&object, &field, i](double number) {
          field.number.set(object, number);
          object.given_keys |= scenario_detail::key_bit(i);
        });
      }
    }
  }

  template <typename T, std::size_t N, typename Lines, typename NameOf>
  void list(BlockIndex index, std::string_view path, const std::array<Field<T>, N>& fields,
            Lines& lines, NameOf name_of) {
    if (target_ && (found_ || path != target_->path)) return;
    for (std::size_t i = 0; i < lines.size(); ++i)
      block(index, path, static_cast<int>(i), name_of(lines[i]), fields, lines[i]);
  }

  /// The named lines of cash_flows.costs or .benefits: each line's risk_percent, then each of its
  /// values ("/cash_flows/costs/0/values/3", labelled "licences (costs), period 3").
  template <typename Lines>
  void flow_lines(std::string_view path, std::string_view side, Lines& lines) {
    if (target_ && (found_ || !target_->path.starts_with(path))) return;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      block(scenario_detail::kCashFlowLineBlock, path, static_cast<int>(i), lines[i].name,
            scenario_detail::kCashFlowLineFields, lines[i]);
      const std::string values = std::string(path) + "/" + std::to_string(i) + "/values";
      const std::string label = lines[i].name + " (" + std::string(side) + "), period ";
      elements(scenario_detail::kCashFlowLineBlock, values, label, lines[i].values);
    }
  }

  /// The elements of an array of numbers (cash flows, NPS scores), each an input of its own.
  template <typename Elements>
  void elements(BlockIndex index, std::string_view path, std::string_view label_prefix,
                Elements& values) {
    if (target_ && (found_ || path != target_->path)) return;
    const BlockInfo& info = scenario_blocks()[index];
    const std::string_view key = path.substr(path.rfind('/') + 1);
    const auto field = std::find_if(info.fields.begin(), info.fields.end(),
                                    [&](const FieldInfo& f) { return f.key == key; });
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (target_ && static_cast<int>(i) != target_->index) continue;
      pointer_.assign(path).append("/").append(std::to_string(i));
      label_.assign(label_prefix).append(std::to_string(i));
      const Input input{pointer_, label_, static_cast<double>(values[i]), &*field,
                        Provenance::given};
      if constexpr (std::is_const_v<Elements>) {
        visit_(input, kReadOnly);
      } else {
        visit_(input, [&values, i](double number) {
          values[i] = static_cast<typename Elements::value_type>(number);
        });
      }
    }
  }

  S& scenario_;
  Visit& visit_;
  const Target* target_;
  bool found_ = false;  ///< the target was visited: nothing more to look at
  std::string pointer_;
  std::string label_;
};

template <typename S, typename Visit>
void walk_inputs(S& scenario, Visit visit, const Target* target = nullptr) {
  InputWalk<S, Visit>(scenario, visit, target).run();
}

/// The rule an input's new value must follow: its key's, with months at most the horizon.
NumberRule rule_for(const Scenario& scenario, const FieldInfo& field) {
  NumberRule rule = *field.rule;
  if (field.rule == &scenario_detail::kMonth && scenario.horizon_months) {
    rule.high = *scenario.horizon_months;
    rule.high_note = " (the horizon)";
  }
  return rule;
}

std::string no_input_message(const Scenario& scenario, std::string_view pointer) {
  struct Candidate {
    std::size_t distance;
    std::string pointer;
  };
  std::vector<Candidate> candidates;
  for_each_input(scenario, [&](const Input& input) {
    candidates.push_back(
        {scenario_detail::edit_distance(pointer, input.pointer), std::string(input.pointer)});
  });
  std::string message = "no numeric input at " + scenario_detail::quote_for_message(pointer) + "; ";
  if (candidates.empty()) return message + "the scenario has none";
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.distance < b.distance; });
  constexpr std::size_t kNearest = 3;
  message += "nearest: ";
  for (std::size_t i = 0; i < std::min(kNearest, candidates.size()); ++i)
    message += (i == 0 ? "" : ", ") + candidates[i].pointer;
  return message;
}

}  // namespace

void for_each_input(const Scenario& scenario, const std::function<void(const Input&)>& visit) {
  walk_inputs(scenario, [&](const Input& input, const auto&) { visit(input); });
}

std::optional<Provenance> input_provenance(const Scenario& scenario, std::string_view pointer) {
  std::optional<Provenance> found;
  walk_inputs(scenario, [&](const Input& input, const auto&) {
    if (!found && input.pointer == pointer) found = input.provenance;
  });
  return found;
}

std::vector<std::function<void(double)>> input_setters(Scenario& scenario,
                                                       std::span<const std::string> pointers) {
  std::vector<std::function<void(double)>> setters(pointers.size());
  walk_inputs(scenario, [&](const Input& input, const auto& set) {
    for (std::size_t index = 0; index < pointers.size(); ++index) {
      if (!setters[index] && pointers[index] == input.pointer) setters[index] = set;
    }
  });
  return setters;
}

namespace {

/// key_provenance for a number key of `block` that applies there; nullopt otherwise.
template <typename Block>
std::optional<Provenance> provenance_in(const Block& block, std::string_view key) {
  const auto& fields = fields_of<Block>();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const auto& field = fields[i];
    if (field.key != key) continue;
    if (!field.number.get || (field.applies && !field.applies(block)) || !field.number.get(block))
      return std::nullopt;
    return provenance_of(block, field, i);
  }
  return std::nullopt;
}

template <typename Line>
std::optional<Provenance> provenance_in(const std::vector<Line>& lines, int index,
                                        std::string_view key) {
  if (index < 0 || static_cast<std::size_t>(index) >= lines.size()) return std::nullopt;
  return provenance_in(lines[static_cast<std::size_t>(index)], key);
}

/// The provenance of an input of the top level or a driver block, if `target` names one.
std::optional<Provenance> direct_provenance(const Scenario& s, const Target& target) {
  const std::string_view path = target.path;
  if (path.empty()) return provenance_in(s, target.key);
  if (path == "/costs/one_time" && s.costs)
    return provenance_in(s.costs->one_time, target.index, target.key);
  if (path == "/costs/recurring" && s.costs)
    return provenance_in(s.costs->recurring, target.index, target.key);
  if (path == "/benefits/time_savings" && s.benefits)
    return provenance_in(s.benefits->time_savings, target.index, target.key);
  if (path == "/benefits/monthly" && s.benefits)
    return provenance_in(s.benefits->monthly, target.index, target.key);
  if (path == "/benefits/cost_reductions" && s.benefits)
    return provenance_in(s.benefits->cost_reductions, target.index, target.key);
  if (target.index >= 0) return std::nullopt;
  if (path == "/benefits/order_uplift" && s.benefits && s.benefits->order_uplift)
    return provenance_in(*s.benefits->order_uplift, target.key);
  if (path == "/benefits/conversion_uplift" && s.benefits && s.benefits->conversion_uplift)
    return provenance_in(*s.benefits->conversion_uplift, target.key);
  if (path == "/benefits/average_order_uplift" && s.benefits && s.benefits->average_order_uplift)
    return provenance_in(*s.benefits->average_order_uplift, target.key);
  if (path == "/business" && s.business) return provenance_in(*s.business, target.key);
  if (path == "/risk" && s.risk) return provenance_in(*s.risk, target.key);
  if (path == "/adoption") return provenance_in(s.adoption, target.key);
  return std::nullopt;
}

}  // namespace

std::optional<Provenance> input_provenance(const Scenario& scenario, std::string_view path,
                                           int index, std::string_view key) {
  Target target{path, index, key};
  if (key.empty() && index < 0) {  // a top-level key: {"/horizon_months"}
    const std::size_t slash = path.rfind('/');
    if (slash == std::string_view::npos) return std::nullopt;
    target = {path.substr(0, slash), -1, path.substr(slash + 1)};
  }
  // The blocks an evaluation asks about for every line, answered without a walk; the rest (cash
  // flows, the analysis blocks) by the walk.
  if (const auto direct = direct_provenance(scenario, target)) return direct;
  std::optional<Provenance> found;
  walk_inputs(
      scenario, [&](const Input& input, const auto&) { found = input.provenance; }, &target);
  return found;
}

template <typename Block>
Provenance key_provenance(const Block& block, std::string_view key) {
  const auto& fields = fields_of<Block>();
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (fields[i].key == key && fields[i].number.get) return provenance_of(block, fields[i], i);
  return Provenance::given;
}

template Provenance key_provenance(const Scenario&, std::string_view);
template Provenance key_provenance(const Business&, std::string_view);
template Provenance key_provenance(const OneTimeCost&, std::string_view);
template Provenance key_provenance(const RecurringCost&, std::string_view);
template Provenance key_provenance(const TimeSaving&, std::string_view);
template Provenance key_provenance(const OrderUplift&, std::string_view);
template Provenance key_provenance(const MonthlyBenefit&, std::string_view);
template Provenance key_provenance(const ConversionUplift&, std::string_view);
template Provenance key_provenance(const AverageOrderUplift&, std::string_view);
template Provenance key_provenance(const CostReduction&, std::string_view);
template Provenance key_provenance(const CashFlowLine&, std::string_view);
template Provenance key_provenance(const Adoption&, std::string_view);
template Provenance key_provenance(const Risk&, std::string_view);
template Provenance key_provenance(const Targets&, std::string_view);
template Provenance key_provenance(const MarketingChannel&, std::string_view);
template Provenance key_provenance(const Acquisition&, std::string_view);
template Provenance key_provenance(const UnitEconomics&, std::string_view);
template Provenance key_provenance(const NpsSurvey&, std::string_view);

std::optional<NumberRule> input_rule(const Scenario& scenario, std::string_view pointer) {
  std::optional<NumberRule> rule;
  for_each_input(scenario, [&](const Input& input) {
    if (!rule && input.pointer == pointer && input.field && input.field->rule) {
      rule = rule_for(scenario, *input.field);
    }
  });
  return rule;
}

WithInputResult with_input(const Scenario& scenario, std::string_view pointer, double value) {
  WithInputResult result;
  Scenario changed = scenario;
  bool found = false;
  walk_inputs(changed, [&](const Input& input, const auto& set) {
    if (found || input.pointer != pointer) return;
    found = true;
    const NumberRule rule = rule_for(scenario, *input.field);
    const std::string where = std::string(pointer) + ": expected ";
    if (!std::isfinite(value)) {
      result.error = where + "a finite number";
    } else if (rule.integer && value != std::trunc(value)) {
      result.error = where + "an integer, found " + scenario_detail::format_number(value);
    } else if (!rule.allows(value)) {
      const bool below = value < rule.low || (rule.low_exclusive && value <= rule.low);
      result.error = where + scenario_detail::describe_rule(rule, below) + ", found " +
                     scenario_detail::format_number(value);
    } else {
      set(value == 0 ? 0.0 : value);  // never -0
    }
  });
  if (!found) {
    result.error = no_input_message(scenario, pointer);
  } else if (result.error.empty()) {
    result.scenario = std::move(changed);
  }
  return result;
}

}  // namespace crmroi
