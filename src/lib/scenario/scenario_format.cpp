// scenario_blocks(): the field tables of scenario_fields.hpp described for the schema and docs
// checks and for library users; NumberRule::allows.
#include "crmroi/scenario_format.hpp"

#include <cmath>
#include <string>

#include "scenario/json_document.hpp"
#include "scenario/scenario_fields.hpp"

namespace crmroi {

bool NumberRule::allows(double value) const {
  if (!std::isfinite(value)) return false;
  if (integer && value != std::trunc(value)) return false;
  if (value < low || (low_exclusive && value <= low)) return false;
  return value <= high;
}

namespace scenario_detail {

std::string describe_rule(const NumberRule& rule, bool below) {
  std::string text = rule.integer ? "an integer" : "a number";
  if (rule.as_range) {
    text += " from " + format_number(rule.low) + " to " + format_number(rule.high);
    text += rule.high_note;
  } else if (below) {
    text += rule.low_exclusive ? " greater than " : " \u2265 ";
    text += format_number(rule.low);
    text += rule.low_note;
  } else {
    text += " \u2264 " + format_number(rule.high);
    text += rule.high_note;
  }
  return text;
}

}  // namespace scenario_detail

namespace {

using scenario_detail::Field;

/// `doc` with "{default}" replaced by `default_text`.
std::string with_default(std::string_view doc, std::string_view default_text) {
  constexpr std::string_view kPlaceholder = "{default}";
  std::string text(doc);
  if (const auto at = text.find(kPlaceholder); at != std::string::npos)
    text.replace(at, kPlaceholder.size(), default_text);
  return text;
}

template <typename T, std::size_t N>
BlockInfo describe(std::string_view name, std::string_view pointer,
                   const std::array<Field<T>, N>& fields) {
  const T defaults{};  // the defaults are the members' initial values
  BlockInfo block{name, pointer, {}};
  block.fields.reserve(N);
  for (const Field<T>& field : fields) {
    FieldInfo info{field.key, field.type, field.rule, field.need, field.may_be_range, 0, {}, {}};
    std::string default_text(field.default_text);
    if (field.need == FieldNeed::defaulted && field.default_text.empty()) {
      if (field.number.get) {
        info.default_value = field.number.get(defaults).value_or(0);
        default_text = scenario_detail::format_number(info.default_value);
      } else if (field.text) {
        default_text = defaults.*field.text;
      }
    }
    info.doc = with_default(field.doc, default_text);
    info.default_text = std::move(default_text);
    block.fields.push_back(std::move(info));
  }
  return block;
}

std::vector<BlockInfo> describe_all() {
  namespace d = scenario_detail;
  std::vector<BlockInfo> blocks;  // in the order of scenario_detail::BlockIndex
  blocks.push_back(describe("top", "", d::kTopFields));
  blocks.push_back(describe("business", "/business", d::kBusinessFields));
  blocks.push_back(describe("costs", "/costs", d::kCostsFields));
  blocks.push_back(describe("one_time", "/costs/one_time/-", d::kOneTimeFields));
  blocks.push_back(describe("recurring", "/costs/recurring/-", d::kRecurringFields));
  blocks.push_back(describe("benefits", "/benefits", d::kBenefitsFields));
  blocks.push_back(describe("time_saving", "/benefits/time_savings/-", d::kTimeSavingFields));
  blocks.push_back(describe("order_uplift", "/benefits/order_uplift", d::kOrderUpliftFields));
  blocks.push_back(describe("monthly_benefit", "/benefits/monthly/-", d::kMonthlyBenefitFields));
  blocks.push_back(
      describe("conversion_uplift", "/benefits/conversion_uplift", d::kConversionUpliftFields));
  blocks.push_back(describe("average_order_uplift", "/benefits/average_order_uplift",
                            d::kAverageOrderUpliftFields));
  blocks.push_back(
      describe("cost_reduction", "/benefits/cost_reductions/-", d::kCostReductionFields));
  blocks.push_back(describe("adoption", "/adoption", d::kAdoptionFields));
  blocks.push_back(describe("risk", "/risk", d::kRiskFields));
  blocks.push_back(describe("cash_flows", "/cash_flows", d::kCashFlowsFields));
  blocks.push_back(describe("cash_flow_line", "/cash_flows/costs/-", d::kCashFlowLineFields));
  blocks.push_back(describe("targets", "/targets", d::kTargetsFields));
  blocks.push_back(describe("marketing", "/marketing", d::kMarketingFields));
  blocks.push_back(describe("channel", "/marketing/channels/-", d::kChannelFields));
  blocks.push_back(describe("acquisition", "/acquisition", d::kAcquisitionFields));
  blocks.push_back(describe("unit_economics", "/unit_economics", d::kUnitEconomicsFields));
  blocks.push_back(describe("nps", "/nps", d::kNpsFields));
  static_assert(scenario_detail::kBlockCount == 22);
  return blocks;
}

}  // namespace

const std::vector<BlockInfo>& scenario_blocks() {
  static const std::vector<BlockInfo> blocks = describe_all();
  static_assert(scenario_detail::kBlockCount == 22);
  return blocks;
}

}  // namespace crmroi
