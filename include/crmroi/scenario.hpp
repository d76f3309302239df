// A CRM investment scenario as typed values (docs/scenario-format.md). Percent fields hold
// percentage points as in the file (5 means 5 %); everything else is in the scenario's currency or
// in months.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "crmroi/range_distribution.hpp"

namespace crmroi {

/// A one-time cost, paid in `month` (0 = the start).
struct OneTimeCost {
  std::string name;
  double amount = 0;
  int month = 0;
  std::optional<double> risk_percent;  ///< raises the cost; default from Scenario::risk
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

/// How a recurring cost is billed.
enum class RecurringBasis { monthly, per_user, per_order };

/// A recurring cost billed every month from start_month to end_month inclusive.
struct RecurringCost {
  std::string name;
  RecurringBasis basis = RecurringBasis::monthly;
  double monthly = 0;    ///< basis monthly: amount a month
  double per_user = 0;   ///< basis per_user: amount per user a month
  int users = 0;         ///< basis per_user
  double per_order = 0;  ///< basis per_order: amount per order (baseline plus uplift orders)
  int start_month = 1;
  std::optional<int> end_month;  ///< default: the horizon
  std::optional<double> risk_percent;
  std::optional<double>
      growth_percent_per_year;  ///< price escalation or added seats, stepping once a year
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

/// The business before the CRM.
struct Business {
  std::optional<double> orders_per_month;
  std::optional<double> profit_per_order;
  std::optional<double> average_order_value;
  std::optional<double> gross_margin_percent;
  std::optional<double> leads_per_month;
  std::optional<double> close_rate_percent;
  std::optional<double> revenue_per_month;
  std::optional<double>
      growth_percent_per_year;  ///< of the volumes (orders and leads), once a year
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

/// The unit a time saving is given in.
enum class TimeUnit { minutes_per_day, hours_per_day, hours_per_week, hours_per_month };

/// Staff time saved: people x hours saved a month x hourly cost x realization.
struct TimeSaving {
  std::string name;
  double people = 1;
  TimeUnit unit = TimeUnit::hours_per_month;
  double amount = 0;           ///< in `unit`
  double days_per_month = 21;  ///< for the per-day units
  double hourly_cost = 0;
  double realization_percent = 100;
  std::optional<double> risk_percent;             ///< lowers the benefit
  std::optional<double> growth_percent_per_year;  ///< stepping once a year
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

/// Extra orders thanks to the CRM: a percent of baseline orders or a number a month.
struct OrderUplift {
  std::optional<double> percent;
  std::optional<double> orders_per_month;
  std::optional<double> risk_percent;
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

/// Any other monthly benefit (cost savings, a retired legacy system, cut ad spend).
struct MonthlyBenefit {
  std::string name;
  double amount = 0;
  std::optional<double> risk_percent;
  std::optional<double> growth_percent_per_year;  ///< stepping once a year
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

/// A higher close rate: `points` added to business.close_rate_percent, or a relative rise of it
/// by `percent`; extra orders a month = leads_per_month x the rise (exactly one of the two).
struct ConversionUplift {
  std::optional<double> points;
  std::optional<double> percent;
  std::optional<double> risk_percent;
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

/// A larger average order at the same gross margin: every order of the month (baseline plus the
/// uplifts' extra orders) earns profit per order x `percent` more.
struct AverageOrderUplift {
  double percent = 0;
  std::optional<double> risk_percent;
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

/// A running cost cut by a share (administration, call centre, paper): worth monthly_cost x
/// percent a month.
struct CostReduction {
  std::string name;
  double monthly_cost = 0;
  double percent = 0;
  std::optional<double> risk_percent;
  std::optional<double> growth_percent_per_year;  ///< stepping once a year
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

struct Costs {
  std::vector<OneTimeCost> one_time;
  std::vector<RecurringCost> recurring;
};

struct Benefits {
  std::vector<TimeSaving> time_savings;
  std::optional<OrderUplift> order_uplift;
  std::vector<MonthlyBenefit> monthly;
  std::optional<ConversionUplift> conversion_uplift;
  std::optional<AverageOrderUplift> average_order_uplift;
  std::vector<CostReduction> cost_reductions;
};

/// No benefit for the first implementation_months; then a linear ramp over ramp_months.
struct Adoption {
  int implementation_months = 0;
  int ramp_months = 0;
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

/// Default risk adjustment for every line (Forrester TEI style).
struct Risk {
  double costs_percent = 0;
  double benefits_percent = 0;
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

/// The length of one period of explicit cash flows.
enum class Period { month, quarter, year };

/// A named line of explicit cash flows (a row of a TEI study's cost or benefit table).
struct CashFlowLine {
  std::string name;
  std::vector<double> values;          ///< element 0 the start, element n the end of period n
  std::optional<double> risk_percent;  ///< default: Scenario::risk
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

/// Explicit cash flows: element 0 the start, element n the end of period n. Each side is either
/// an array of numbers (`costs`, `benefits`) or named lines (`cost_lines`, `benefit_lines`,
/// read from the same keys of the file); the other member of the side is then empty.
struct CashFlows {
  Period period = Period::year;
  std::vector<double> costs;
  std::vector<double> benefits;
  std::vector<CashFlowLine> cost_lines;
  std::vector<CashFlowLine> benefit_lines;
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

/// Thresholds `crmroi check` enforces.
struct Targets {
  std::optional<double> min_roi_percent;
  std::optional<double> max_payback_months;
  std::optional<double> min_npv;
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

/// An advertising channel for ROMI and marketing ROI.
struct MarketingChannel {
  std::string name;
  double spend = 0;
  double revenue = 0;
  std::optional<double> cost_of_goods;
  std::optional<double> gross_profit;
  std::optional<double> leads;
  std::optional<double> new_customers;
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

struct Acquisition {
  double sales_marketing_cost = 0;
  double new_customers = 0;
  std::optional<double> marketing_expense;
  std::optional<double> revenue;
  std::optional<double> leads;
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

struct UnitEconomics {
  double monthly_revenue_per_customer = 0;
  double monthly_cost_per_customer = 0;
  std::optional<double> cac;
  std::optional<double> upfront_payment;
  std::optional<double> monthly_churn_percent;
  std::optional<double> lifetime_months;
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

/// NPS answers, as counts or as raw 0-10 scores (exactly one of the two).
struct NpsSurvey {
  std::optional<std::int64_t> promoters;
  std::optional<std::int64_t> passives;
  std::optional<std::int64_t> detractors;
  std::optional<std::vector<int>> scores;
  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the block's i-th key (scenario_inputs.hpp)
};

/// An input given as a range {low, likely, high, distribution?} (README.md, "Ranged inputs"):
/// the scenario's member holds the likely value (uniform: the midpoint, which `range.likely`
/// holds too), this the range, by the input's JSON pointer.
///   {.pointer = "/benefits/order_uplift/percent", .range = {2, 5, 8, Distribution::pert}}
struct RangedInput {
  std::string pointer;
  Range range;
};

/// One CRM investment case.
struct Scenario {
  std::string name;
  std::string currency = "USD";
  std::optional<int> horizon_months;  ///< required with costs/benefits; derived for cash_flows
  double discount_rate_percent = 0;   ///< annual

  std::optional<Business> business;
  std::optional<Costs> costs;
  std::optional<Benefits> benefits;
  Adoption adoption;
  std::optional<Risk> risk;
  std::optional<CashFlows> cash_flows;
  std::optional<Targets> targets;

  std::vector<MarketingChannel> marketing_channels;  ///< marketing.channels
  std::optional<Acquisition> acquisition;
  std::optional<UnitEconomics> unit_economics;
  std::optional<NpsSurvey> nps;

  std::uint32_t given_keys =
      0;  ///< bit i: the file gave the top level's i-th key (scenario_inputs.hpp)

  /// The inputs the file gives as ranges, in the order the loader reads them.
  std::vector<RangedInput> ranged_inputs;

  /// True when the scenario has an investment case (drivers or cash flows).
  [[nodiscard]] bool has_investment_case() const {
    return costs.has_value() || benefits.has_value() || cash_flows.has_value();
  }
};

}  // namespace crmroi
