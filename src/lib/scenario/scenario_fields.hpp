// The field tables of the scenario format (internal to the scenario unit): one table per block,
// each key with its member, rule, default and one line of documentation. The loader walks them
// (scenario_loader.cpp), the inputs come from them (scenario_inputs.cpp), and scenario_blocks()
// describes them for the schema and docs checks. docs/scenario-format.md lists the same keys in
// the same order (checked by tests/unit/scenario/test_scenario_format.cpp).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "crmroi/scenario.hpp"
#include "crmroi/scenario_format.hpp"
#include "crmroi/scenario_loader.hpp"

namespace crmroi::scenario_detail {

// ---- rules -------------------------------------------------------------------------------------

inline constexpr NumberRule kMoney{
    .low = 0, .high = kMaxMoneyAmount, .low_note = " (a loss is entered as a cost)"};
inline constexpr NumberRule kQuantity{.low = 0, .high = kMaxMoneyAmount};  // fractions allowed
inline constexpr NumberRule kCount{.low = 0, .high = kMaxMoneyAmount, .integer = true};
inline constexpr NumberRule kShare{.low = 0, .high = 100, .as_range = true};
inline constexpr NumberRule kUplift{.low = 0, .high = kMaxMoneyAmount};
inline constexpr NumberRule kDiscount{.low = -100, .high = 1000, .low_exclusive = true};
inline constexpr NumberRule kAnyNumber{};
inline constexpr NumberRule kHorizon{
    .low = 1, .high = kMaxHorizonMonths, .integer = true, .as_range = true};
inline constexpr NumberRule kDuration{
    .low = 0, .high = kMaxHorizonMonths, .integer = true, .as_range = true};
/// A month number: as kDuration. A month after the horizon is allowed: its line (or that part of
/// a recurring window) is not counted, and its arithmetic says so.
inline constexpr NumberRule kMonth{
    .low = 0, .high = kMaxHorizonMonths, .integer = true, .as_range = true};
inline constexpr NumberRule kUsers{.low = 0, .high = 1e9, .integer = true};
inline constexpr NumberRule kScore{.low = 0, .high = 10, .integer = true, .as_range = true};
inline constexpr NumberRule kDaysPerMonth{.low = 1, .high = 31, .as_range = true};
// Targets are bounded like every amount (README "Limits"): a threshold beyond them means nothing.
inline constexpr NumberRule kPayback{.low = 0, .high = kMaxMoneyAmount};
inline constexpr NumberRule kTargetAmount{.low = -kMaxMoneyAmount, .high = kMaxMoneyAmount};
inline constexpr NumberRule kLifetime{.low = 0, .high = kMaxMoneyAmount, .low_exclusive = true};
inline constexpr NumberRule kMinutesPerDay{.low = 0, .high = 24 * 60, .as_range = true};
inline constexpr NumberRule kHoursPerDay{.low = 0, .high = 24, .as_range = true};
inline constexpr NumberRule kHoursPerWeek{.low = 0, .high = 7 * 24, .as_range = true};
inline constexpr NumberRule kHoursPerMonth{.low = 0, .high = 31 * 24, .as_range = true};
/// Growth a year in percent: above -100 (a volume or price cannot fall below nothing), bounded
/// like the discount rate.
inline constexpr NumberRule kGrowth{.low = -100, .high = 1000, .low_exclusive = true};
/// Percentage points added to a close rate (a share itself).
inline constexpr NumberRule kPoints{.low = 0, .high = 100, .as_range = true};

/// What `rule` expects, for "expected ..., found ..." messages: "a number from 0 to 100",
/// "an integer ≥ 0", "a number greater than -100". `below`: the value broke the lower bound.
std::string describe_rule(const NumberRule& rule, bool below);

inline constexpr std::string_view kRiskDoc =
    "risk adjustment in percent: raises a cost, lowers a benefit (Forrester TEI)";
inline constexpr std::string_view kGrowthDoc =
    "growth of the amount a year, stepping once a year: year y earns (1 + g)^(y - 1) (default "
    "{default})";

// ---- fields ------------------------------------------------------------------------------------

/// How a number key's member is read and written (made by number_member<&Block::member>()).
template <typename T>
struct NumberAccess {
  std::optional<double> (*get)(const T&) = nullptr;  ///< nullopt: an optional member left empty
  void (*set)(T&, double) = nullptr;                 ///< integer members take the whole value
};

template <auto Member>
struct MemberOf;
template <typename T, typename V, V T::*Member>
struct MemberOf<Member> {
  using Block = T;
  using Value = V;
};

/// The access to a number member: double, int, or an optional of double, int or std::int64_t.
template <auto Member>
constexpr NumberAccess<typename MemberOf<Member>::Block> number_member() {
  using T = typename MemberOf<Member>::Block;
  using V = typename MemberOf<Member>::Value;
  if constexpr (std::is_arithmetic_v<V>) {
    return {
        [](const T& block) -> std::optional<double> { return static_cast<double>(block.*Member); },
        [](T& block, double value) { block.*Member = static_cast<V>(value); }};
  } else {
    return {
        [](const T& block) -> std::optional<double> {
          if (!(block.*Member)) return std::nullopt;
          return static_cast<double>(*(block.*Member));
        },
        [](T& block, double value) { block.*Member = static_cast<typename V::value_type>(value); }};
  }
}

/// One key of a block. `doc` may hold "{default}", replaced by the default in scenario_blocks():
/// the member's value in a default-constructed block, unless `default_text` says otherwise.
template <typename T>
struct Field {
  std::string_view key;
  NumberAccess<T> number;            ///< number keys read generically
  std::string T::*text = nullptr;    ///< names read generically (other strings: by the loader)
  const NumberRule* rule = nullptr;  ///< numbers, and each element of an array of numbers
  FieldNeed need = FieldNeed::optional;
  bool may_be_range = false;
  std::string_view doc;
  FieldType type = FieldType::number;
  std::string_view default_text;        ///< a default that is not the member's own initial value
  bool (*applies)(const T&) = nullptr;  ///< whether a member shared by a group is this key's
};

/// The blocks in the order of scenario_blocks().
enum BlockIndex : std::size_t {
  kTopBlock,
  kBusinessBlock,
  kCostsBlock,
  kOneTimeBlock,
  kRecurringBlock,
  kBenefitsBlock,
  kTimeSavingBlock,
  kOrderUpliftBlock,
  kMonthlyBenefitBlock,
  kConversionUpliftBlock,
  kAverageOrderUpliftBlock,
  kCostReductionBlock,
  kAdoptionBlock,
  kRiskBlock,
  kCashFlowsBlock,
  kCashFlowLineBlock,
  kTargetsBlock,
  kMarketingBlock,
  kChannelBlock,
  kAcquisitionBlock,
  kUnitEconomicsBlock,
  kNpsBlock,
  kBlockCount
};

/// The bit of `given_keys` for field `index`.
constexpr std::uint32_t key_bit(std::size_t index) { return std::uint32_t{1} << index; }

/// The keys of a table, for the loader's lookup and its "did you mean" hints.
template <typename T, std::size_t N>
constexpr std::array<std::string_view, N> keys_of(const std::array<Field<T>, N>& fields) {
  std::array<std::string_view, N> keys{};
  for (std::size_t i = 0; i < N; ++i) keys[i] = fields[i].key;
  return keys;
}

/// The index of `key` in a table; a compile error when the key is not there.
template <typename T, std::size_t N>
consteval std::size_t index_of(const std::array<Field<T>, N>& fields, std::string_view key) {
  for (std::size_t i = 0; i < N; ++i)
    if (fields[i].key == key) return i;
  throw "no such key in the field table";
}

/// The index of a key in the table `Fields`, found at compile time:
///   constexpr auto key = key_index<kBusinessFields>;  ...  key("profit_per_order") -> 1
template <const auto& Fields>
struct KeyIndex {
  consteval std::size_t operator()(std::string_view key) const { return index_of(Fields, key); }
};
template <const auto& Fields>
inline constexpr KeyIndex<Fields> key_index{};

inline constexpr auto kTopFields = std::to_array<Field<Scenario>>({
    {.key = "name",
     .text = &Scenario::name,
     .need = FieldNeed::required,
     .doc = "the scenario's name, shown in every report",
     .type = FieldType::string},
    {.key = "currency",
     .text = &Scenario::currency,
     .need = FieldNeed::defaulted,
     .doc = "ISO 4217 code of every amount",
     .type = FieldType::string},
    {.key = "horizon_months",
     .number = number_member<&Scenario::horizon_months>(),
     .rule = &kHorizon,
     .need = FieldNeed::derived,
     .doc = "months evaluated after month 0; required with costs or benefits",
     .default_text = "the span of cash_flows"},
    {.key = "discount_rate_percent",
     .number = number_member<&Scenario::discount_rate_percent>(),
     .rule = &kDiscount,
     .need = FieldNeed::defaulted,
     .may_be_range = true,
     .doc = "annual discount rate"},
    {.key = "business", .doc = "the business before the CRM", .type = FieldType::object},
    {.key = "costs",
     .doc = "cost lines; their total over the horizon is the TCO",
     .type = FieldType::object},
    {.key = "benefits",
     .doc = "benefit lines, accruing in months 1 to the horizon",
     .type = FieldType::object},
    {.key = "adoption", .doc = "how fast the benefits come", .type = FieldType::object},
    {.key = "risk", .doc = "default risk adjustment of every line", .type = FieldType::object},
    {.key = "cash_flows",
     .doc = "explicit cash flows instead of costs/benefits; the arrays have the same length, at "
            "most 1200 months",
     .type = FieldType::object},
    {.key = "targets", .doc = "thresholds that crmroi check enforces", .type = FieldType::object},
    {.key = "marketing",
     .doc = "advertising channels: ROMI, marketing ROI, CAC, lead close rate",
     .type = FieldType::object},
    {.key = "acquisition",
     .doc = "CAC, marketing expense-to-revenue, lead close rate",
     .type = FieldType::object},
    {.key = "unit_economics", .doc = "CAC payback, LTV, LTV:CAC", .type = FieldType::object},
    {.key = "nps",
     .doc = "Net Promoter Score survey: counts or raw scores",
     .type = FieldType::object},
});

inline constexpr auto kBusinessFields = std::to_array<Field<Business>>({
    {.key = "orders_per_month",
     .number = number_member<&Business::orders_per_month>(),
     .rule = &kQuantity,
     .may_be_range = true,
     .doc = "baseline orders a month"},
    {.key = "profit_per_order",
     .number = number_member<&Business::profit_per_order>(),
     .rule = &kMoney,
     .may_be_range = true,
     .doc = "profit per order"},
    {.key = "average_order_value",
     .number = number_member<&Business::average_order_value>(),
     .rule = &kMoney,
     .may_be_range = true,
     .doc = "average order value (with gross_margin_percent)"},
    {.key = "gross_margin_percent",
     .number = number_member<&Business::gross_margin_percent>(),
     .rule = &kShare,
     .may_be_range = true,
     .doc = "gross margin of an order (with average_order_value)"},
    {.key = "leads_per_month",
     .number = number_member<&Business::leads_per_month>(),
     .rule = &kQuantity,
     .may_be_range = true,
     .doc = "leads a month"},
    {.key = "close_rate_percent",
     .number = number_member<&Business::close_rate_percent>(),
     .rule = &kShare,
     .may_be_range = true,
     .doc = "share of leads that buy"},
    {.key = "revenue_per_month",
     .number = number_member<&Business::revenue_per_month>(),
     .rule = &kMoney,
     .may_be_range = true,
     .doc = "revenue a month"},
    {.key = "growth_percent_per_year",
     .number = number_member<&Business::growth_percent_per_year>(),
     .rule = &kGrowth,
     .need = FieldNeed::defaulted,
     .may_be_range = true,
     .doc = "growth of the volumes (orders and leads) a year, stepping once a year: year y has "
            "(1 + g)^(y - 1) of them (default {default})"},
});

inline constexpr auto kCostsFields = std::to_array<Field<Costs>>({
    {.key = "one_time", .doc = "one-time cost lines", .type = FieldType::array},
    {.key = "recurring", .doc = "recurring cost lines", .type = FieldType::array},
});

inline constexpr auto kOneTimeFields = std::to_array<Field<OneTimeCost>>({
    {.key = "name",
     .text = &OneTimeCost::name,
     .need = FieldNeed::required,
     .doc = "what the cost is for",
     .type = FieldType::string},
    {.key = "amount",
     .number = number_member<&OneTimeCost::amount>(),
     .rule = &kMoney,
     .need = FieldNeed::required,
     .may_be_range = true,
     .doc = "the amount, paid once"},
    {.key = "month",
     .number = number_member<&OneTimeCost::month>(),
     .rule = &kMonth,
     .need = FieldNeed::defaulted,
     .may_be_range = true,
     .doc = "the month it is paid in, 0 = the start (default {default}); not counted after the "
            "horizon"},
    {.key = "risk_percent",
     .number = number_member<&OneTimeCost::risk_percent>(),
     .rule = &kShare,
     .may_be_range = true,
     .doc = kRiskDoc},
});

inline constexpr auto kRecurringFields = std::to_array<Field<RecurringCost>>({
    {.key = "name",
     .text = &RecurringCost::name,
     .need = FieldNeed::required,
     .doc = "what the cost is for",
     .type = FieldType::string},
    {.key = "monthly",
     .number = number_member<&RecurringCost::monthly>(),
     .rule = &kMoney,
     .may_be_range = true,
     .doc = "amount a month",
     .applies = [](const RecurringCost& c) { return c.basis == RecurringBasis::monthly; }},
    {.key = "per_user",
     .number = number_member<&RecurringCost::per_user>(),
     .rule = &kMoney,
     .may_be_range = true,
     .doc = "amount per user a month (with users)",
     .applies = [](const RecurringCost& c) { return c.basis == RecurringBasis::per_user; }},
    {.key = "users",
     .number = number_member<&RecurringCost::users>(),
     .rule = &kUsers,
     .may_be_range = true,
     .doc = "number of users (with per_user)",
     .applies = [](const RecurringCost& c) { return c.basis == RecurringBasis::per_user; }},
    {.key = "per_order",
     .number = number_member<&RecurringCost::per_order>(),
     .rule = &kMoney,
     .may_be_range = true,
     .doc = "amount per order, on all orders of the month (baseline plus uplift)",
     .applies = [](const RecurringCost& c) { return c.basis == RecurringBasis::per_order; }},
    {.key = "start_month",
     .number = number_member<&RecurringCost::start_month>(),
     .rule = &kMonth,
     .need = FieldNeed::defaulted,
     .may_be_range = true,
     .doc = "first month billed (default {default}); at most end_month; months after the horizon "
            "are not counted"},
    {.key = "end_month",
     .number = number_member<&RecurringCost::end_month>(),
     .rule = &kMonth,
     .need = FieldNeed::derived,
     .may_be_range = true,
     .doc = "last month billed (default {default})",
     .default_text = "the horizon"},
    {.key = "risk_percent",
     .number = number_member<&RecurringCost::risk_percent>(),
     .rule = &kShare,
     .may_be_range = true,
     .doc = kRiskDoc},
    {.key = "growth_percent_per_year",
     .number = number_member<&RecurringCost::growth_percent_per_year>(),
     .rule = &kGrowth,
     .need = FieldNeed::defaulted,
     .may_be_range = true,
     .doc = "growth of the amount a year (price escalation, added seats), stepping once a year: "
            "year y pays (1 + g)^(y - 1) (default {default})"},
});

inline constexpr auto kBenefitsFields = std::to_array<Field<Benefits>>({
    {.key = "time_savings", .doc = "staff time saved", .type = FieldType::array},
    {.key = "order_uplift",
     .doc = "extra orders thanks to the CRM, worth extra orders x profit per order",
     .type = FieldType::object},
    {.key = "monthly", .doc = "any other monthly benefits", .type = FieldType::array},
    {.key = "conversion_uplift",
     .doc = "a higher close rate on business.leads_per_month, worth the extra orders x profit per "
            "order",
     .type = FieldType::object},
    {.key = "average_order_uplift",
     .doc = "a larger average order at the same margin: every order earns more profit",
     .type = FieldType::object},
    {.key = "cost_reductions",
     .doc = "running costs cut by a share (administration, call centre, paper)",
     .type = FieldType::array},
});

constexpr bool is_per_day(TimeUnit unit) {
  return unit == TimeUnit::minutes_per_day || unit == TimeUnit::hours_per_day;
}

inline constexpr auto kTimeSavingFields = std::to_array<Field<TimeSaving>>({
    {.key = "name",
     .text = &TimeSaving::name,
     .need = FieldNeed::defaulted,
     .doc = "whose time is saved (default {default})",
     .type = FieldType::string,
     .default_text = "\"time saving N\""},
    {.key = "people",
     .number = number_member<&TimeSaving::people>(),
     .rule = &kQuantity,
     .need = FieldNeed::defaulted,
     .may_be_range = true,
     .doc = "people (full-time equivalents) saving the time (default {default})"},
    {.key = "minutes_per_day",
     .number = number_member<&TimeSaving::amount>(),
     .rule = &kMinutesPerDay,
     .may_be_range = true,
     .doc = "minutes saved a working day",
     .applies = [](const TimeSaving& s) { return s.unit == TimeUnit::minutes_per_day; }},
    {.key = "hours_per_day",
     .number = number_member<&TimeSaving::amount>(),
     .rule = &kHoursPerDay,
     .may_be_range = true,
     .doc = "hours saved a working day",
     .applies = [](const TimeSaving& s) { return s.unit == TimeUnit::hours_per_day; }},
    {.key = "hours_per_week",
     .number = number_member<&TimeSaving::amount>(),
     .rule = &kHoursPerWeek,
     .may_be_range = true,
     .doc = "hours saved a week (x 52/12)",
     .applies = [](const TimeSaving& s) { return s.unit == TimeUnit::hours_per_week; }},
    {.key = "hours_per_month",
     .number = number_member<&TimeSaving::amount>(),
     .rule = &kHoursPerMonth,
     .may_be_range = true,
     .doc = "hours saved a month",
     .applies = [](const TimeSaving& s) { return s.unit == TimeUnit::hours_per_month; }},
    {.key = "days_per_month",
     .number = number_member<&TimeSaving::days_per_month>(),
     .rule = &kDaysPerMonth,
     .need = FieldNeed::defaulted,
     .may_be_range = true,
     .doc = "working days a month, with the per-day units (default {default})",
     .applies = [](const TimeSaving& s) { return is_per_day(s.unit); }},
    {.key = "hourly_cost",
     .number = number_member<&TimeSaving::hourly_cost>(),
     .rule = &kMoney,
     .need = FieldNeed::required,
     .may_be_range = true,
     .doc = "cost of an hour of the people's time"},
    {.key = "realization_percent",
     .number = number_member<&TimeSaving::realization_percent>(),
     .rule = &kShare,
     .need = FieldNeed::defaulted,
     .may_be_range = true,
     .doc = "share of the saved time turned into work (default {default})"},
    {.key = "risk_percent",
     .number = number_member<&TimeSaving::risk_percent>(),
     .rule = &kShare,
     .may_be_range = true,
     .doc = kRiskDoc},
    {.key = "growth_percent_per_year",
     .number = number_member<&TimeSaving::growth_percent_per_year>(),
     .rule = &kGrowth,
     .need = FieldNeed::defaulted,
     .may_be_range = true,
     .doc = kGrowthDoc},
});

inline constexpr auto kOrderUpliftFields = std::to_array<Field<OrderUplift>>({
    {.key = "percent",
     .number = number_member<&OrderUplift::percent>(),
     .rule = &kUplift,
     .may_be_range = true,
     .doc = "extra orders in percent of business.orders_per_month"},
    {.key = "orders_per_month",
     .number = number_member<&OrderUplift::orders_per_month>(),
     .rule = &kQuantity,
     .may_be_range = true,
     .doc = "extra orders a month"},
    {.key = "risk_percent",
     .number = number_member<&OrderUplift::risk_percent>(),
     .rule = &kShare,
     .may_be_range = true,
     .doc = kRiskDoc},
});

inline constexpr auto kMonthlyBenefitFields = std::to_array<Field<MonthlyBenefit>>({
    {.key = "name",
     .text = &MonthlyBenefit::name,
     .need = FieldNeed::required,
     .doc = "what the benefit is",
     .type = FieldType::string},
    {.key = "amount",
     .number = number_member<&MonthlyBenefit::amount>(),
     .rule = &kMoney,
     .need = FieldNeed::required,
     .may_be_range = true,
     .doc = "amount a month"},
    {.key = "risk_percent",
     .number = number_member<&MonthlyBenefit::risk_percent>(),
     .rule = &kShare,
     .may_be_range = true,
     .doc = kRiskDoc},
    {.key = "growth_percent_per_year",
     .number = number_member<&MonthlyBenefit::growth_percent_per_year>(),
     .rule = &kGrowth,
     .need = FieldNeed::defaulted,
     .may_be_range = true,
     .doc = kGrowthDoc},
});

inline constexpr auto kConversionUpliftFields = std::to_array<Field<ConversionUplift>>({
    {.key = "points",
     .number = number_member<&ConversionUplift::points>(),
     .rule = &kPoints,
     .may_be_range = true,
     .doc = "percentage points added to business.close_rate_percent"},
    {.key = "percent",
     .number = number_member<&ConversionUplift::percent>(),
     .rule = &kUplift,
     .may_be_range = true,
     .doc = "a relative rise of business.close_rate_percent, in percent of it"},
    {.key = "risk_percent",
     .number = number_member<&ConversionUplift::risk_percent>(),
     .rule = &kShare,
     .may_be_range = true,
     .doc = kRiskDoc},
});

inline constexpr auto kAverageOrderUpliftFields = std::to_array<Field<AverageOrderUplift>>({
    {.key = "percent",
     .number = number_member<&AverageOrderUplift::percent>(),
     .rule = &kUplift,
     .need = FieldNeed::required,
     .may_be_range = true,
     .doc = "more profit per order, in percent of the profit per order"},
    {.key = "risk_percent",
     .number = number_member<&AverageOrderUplift::risk_percent>(),
     .rule = &kShare,
     .may_be_range = true,
     .doc = kRiskDoc},
});

inline constexpr auto kCostReductionFields = std::to_array<Field<CostReduction>>({
    {.key = "name",
     .text = &CostReduction::name,
     .need = FieldNeed::required,
     .doc = "which cost is cut",
     .type = FieldType::string},
    {.key = "monthly_cost",
     .number = number_member<&CostReduction::monthly_cost>(),
     .rule = &kMoney,
     .need = FieldNeed::required,
     .may_be_range = true,
     .doc = "the running cost a month before the CRM"},
    {.key = "percent",
     .number = number_member<&CostReduction::percent>(),
     .rule = &kShare,
     .need = FieldNeed::required,
     .may_be_range = true,
     .doc = "the share of it the CRM cuts"},
    {.key = "risk_percent",
     .number = number_member<&CostReduction::risk_percent>(),
     .rule = &kShare,
     .may_be_range = true,
     .doc = kRiskDoc},
    {.key = "growth_percent_per_year",
     .number = number_member<&CostReduction::growth_percent_per_year>(),
     .rule = &kGrowth,
     .need = FieldNeed::defaulted,
     .may_be_range = true,
     .doc = kGrowthDoc},
});

inline constexpr auto kAdoptionFields = std::to_array<Field<Adoption>>({
    {.key = "implementation_months",
     .number = number_member<&Adoption::implementation_months>(),
     .rule = &kDuration,
     .need = FieldNeed::defaulted,
     .may_be_range = true,
     .doc = "months without benefit"},
    {.key = "ramp_months",
     .number = number_member<&Adoption::ramp_months>(),
     .rule = &kDuration,
     .need = FieldNeed::defaulted,
     .may_be_range = true,
     .doc = "months of linear ramp to full benefit"},
});

inline constexpr auto kRiskFields = std::to_array<Field<Risk>>({
    {.key = "costs_percent",
     .number = number_member<&Risk::costs_percent>(),
     .rule = &kShare,
     .need = FieldNeed::defaulted,
     .may_be_range = true,
     .doc = "default risk of every cost line (raises it)"},
    {.key = "benefits_percent",
     .number = number_member<&Risk::benefits_percent>(),
     .rule = &kShare,
     .need = FieldNeed::defaulted,
     .may_be_range = true,
     .doc = "default risk of every benefit line (lowers it)"},
});

inline constexpr auto kCashFlowsFields = std::to_array<Field<CashFlows>>({
    {.key = "period",
     .need = FieldNeed::required,
     .doc = "the length of one period",
     .type = FieldType::string},
    {.key = "costs",
     .rule = &kMoney,
     .need = FieldNeed::required,
     .may_be_range = true,
     .doc = "costs of each period, element 0 the start; or named lines, each with its values",
     .type = FieldType::array},
    {.key = "benefits",
     .rule = &kMoney,
     .need = FieldNeed::required,
     .may_be_range = true,
     .doc = "benefits of each period, element 0 the start; or named lines, each with its values",
     .type = FieldType::array},
});

/// A named line of cash_flows.costs or cash_flows.benefits (a row of a TEI study's table).
inline constexpr auto kCashFlowLineFields = std::to_array<Field<CashFlowLine>>({
    {.key = "name",
     .text = &CashFlowLine::name,
     .need = FieldNeed::required,
     .doc = "the line's name, as the study writes it",
     .type = FieldType::string},
    {.key = "values",
     .rule = &kMoney,
     .need = FieldNeed::required,
     .may_be_range = true,
     .doc = "the line's amount in each period, element 0 the start",
     .type = FieldType::array},
    {.key = "risk_percent",
     .number = number_member<&CashFlowLine::risk_percent>(),
     .rule = &kShare,
     .may_be_range = true,
     .doc = "risk adjustment in percent: raises a cost, lowers a benefit (default: the top-level "
            "risk)"},
});

inline constexpr auto kTargetsFields = std::to_array<Field<Targets>>({
    {.key = "min_roi_percent",
     .number = number_member<&Targets::min_roi_percent>(),
     .rule = &kTargetAmount,
     .doc = "lowest acceptable ROI"},
    {.key = "max_payback_months",
     .number = number_member<&Targets::max_payback_months>(),
     .rule = &kPayback,
     .doc = "longest acceptable payback"},
    {.key = "min_npv",
     .number = number_member<&Targets::min_npv>(),
     .rule = &kTargetAmount,
     .doc = "lowest acceptable NPV"},
});

/// The marketing block has only its list of channels (Scenario::marketing_channels).
struct Marketing {};

inline constexpr auto kMarketingFields = std::to_array<Field<Marketing>>({
    {.key = "channels",
     .need = FieldNeed::required,
     .doc = "advertising channels, at least one",
     .type = FieldType::array},
});

inline constexpr auto kChannelFields = std::to_array<Field<MarketingChannel>>({
    {.key = "name",
     .text = &MarketingChannel::name,
     .need = FieldNeed::required,
     .doc = "the channel",
     .type = FieldType::string},
    {.key = "spend",
     .number = number_member<&MarketingChannel::spend>(),
     .rule = &kMoney,
     .need = FieldNeed::required,
     .doc = "what the channel cost"},
    {.key = "revenue",
     .number = number_member<&MarketingChannel::revenue>(),
     .rule = &kMoney,
     .need = FieldNeed::required,
     .doc = "revenue from the channel"},
    {.key = "cost_of_goods",
     .number = number_member<&MarketingChannel::cost_of_goods>(),
     .rule = &kMoney,
     .doc = "cost of the goods sold through the channel"},
    {.key = "gross_profit",
     .number = number_member<&MarketingChannel::gross_profit>(),
     .rule = &kMoney,
     .doc = "gross profit from the channel (instead of cost_of_goods)"},
    {.key = "leads",
     .number = number_member<&MarketingChannel::leads>(),
     .rule = &kCount,
     .doc = "leads from the channel"},
    {.key = "new_customers",
     .number = number_member<&MarketingChannel::new_customers>(),
     .rule = &kCount,
     .doc = "new customers from the channel"},
});

inline constexpr auto kAcquisitionFields = std::to_array<Field<Acquisition>>({
    {.key = "sales_marketing_cost",
     .number = number_member<&Acquisition::sales_marketing_cost>(),
     .rule = &kMoney,
     .need = FieldNeed::required,
     .doc = "total sales and marketing cost"},
    {.key = "new_customers",
     .number = number_member<&Acquisition::new_customers>(),
     .rule = &kCount,
     .need = FieldNeed::required,
     .doc = "new customers won"},
    {.key = "marketing_expense",
     .number = number_member<&Acquisition::marketing_expense>(),
     .rule = &kMoney,
     .doc = "marketing expense, marketing salaries included"},
    {.key = "revenue",
     .number = number_member<&Acquisition::revenue>(),
     .rule = &kMoney,
     .doc = "revenue of the period"},
    {.key = "leads",
     .number = number_member<&Acquisition::leads>(),
     .rule = &kCount,
     .doc = "leads of the period"},
});

inline constexpr auto kUnitEconomicsFields = std::to_array<Field<UnitEconomics>>({
    {.key = "monthly_revenue_per_customer",
     .number = number_member<&UnitEconomics::monthly_revenue_per_customer>(),
     .rule = &kMoney,
     .need = FieldNeed::required,
     .doc = "revenue per customer a month"},
    {.key = "monthly_cost_per_customer",
     .number = number_member<&UnitEconomics::monthly_cost_per_customer>(),
     .rule = &kMoney,
     .need = FieldNeed::required,
     .doc = "cost to serve a customer a month"},
    {.key = "cac",
     .number = number_member<&UnitEconomics::cac>(),
     .rule = &kMoney,
     .doc = "customer acquisition cost (default: from acquisition)"},
    {.key = "upfront_payment",
     .number = number_member<&UnitEconomics::upfront_payment>(),
     .rule = &kMoney,
     .doc = "what a new customer pays up front"},
    {.key = "monthly_churn_percent",
     .number = number_member<&UnitEconomics::monthly_churn_percent>(),
     .rule = &kShare,
     .doc = "customers lost a month"},
    {.key = "lifetime_months",
     .number = number_member<&UnitEconomics::lifetime_months>(),
     .rule = &kLifetime,
     .doc = "expected customer lifetime"},
});

inline constexpr auto kNpsFields = std::to_array<Field<NpsSurvey>>({
    {.key = "promoters",
     .number = number_member<&NpsSurvey::promoters>(),
     .rule = &kCount,
     .doc = "answers 9-10"},
    {.key = "passives",
     .number = number_member<&NpsSurvey::passives>(),
     .rule = &kCount,
     .doc = "answers 7-8"},
    {.key = "detractors",
     .number = number_member<&NpsSurvey::detractors>(),
     .rule = &kCount,
     .doc = "answers 0-6"},
    {.key = "scores", .rule = &kScore, .doc = "raw 0-10 answers", .type = FieldType::array},
});

}  // namespace crmroi::scenario_detail
