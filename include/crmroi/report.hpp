// The evaluated figures of one scenario: what every renderer shows.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "crmroi/metric.hpp"
#include "crmroi/problem.hpp"
#include "crmroi/scenario.hpp"

namespace crmroi {

/// One cost or benefit line with its own arithmetic, so every assumption is visible.
struct LineBreakdown {
  std::string name;
  std::string kind;         ///< "one_time", "recurring", "time_savings", "order_uplift", "monthly"
  std::string arithmetic;   ///< e.g. "1 person × 40 min/day × 30 days × 190/h = 3,800 a month"
  double full_amount = 0;   ///< one-time amount, or the full monthly amount before ramp and risk
  double risk_percent = 0;  ///< the risk applied to this line (raises costs, lowers benefits)
  double total = 0;         ///< over the horizon, risk-adjusted
  double total_unadjusted = 0;
};

/// One row of the cash flow: a month, or a quarter/year for explicit cash flows.
struct PeriodRow {
  int period = 0;  ///< period index: 0 is the start
  int month = 0;   ///< the month at the end of the period (period x months per period)
  double cost = 0;
  double benefit = 0;
  double net = 0;
  double cumulative = 0;
};

/// The headline figures of an investment case; ratios are fractions.
struct InvestmentFigures {
  double total_cost = 0;  ///< = TCO
  double total_benefit = 0;
  double net = 0;
  Metric roi;  ///< net / total_cost
  double pv_cost = 0;
  double pv_benefit = 0;
  Metric pv_roi;
  double npv = 0;
  Metric irr_annual;
  Metric payback_months;
  Metric discounted_payback_months;
  std::vector<PeriodRow> periods;
};

/// The investment case of a scenario: drivers or explicit cash flows evaluated over the horizon.
struct InvestmentReport {
  Period period = Period::month;  ///< month for drivers; as given for cash_flows
  int months_per_period = 1;
  int horizon_months = 0;
  double annual_discount_rate = 0;  ///< fraction
  bool risk_adjusted = false;       ///< any risk set: `figures` are adjusted, `unadjusted` set
  InvestmentFigures figures;
  std::optional<InvestmentFigures> unadjusted;
  std::vector<LineBreakdown> cost_lines;
  std::vector<LineBreakdown> benefit_lines;
  std::vector<std::string> assumptions;  ///< e.g. "adoption: 2 months implementation, ..."
};

struct ChannelReport {
  std::string name;
  Metric romi;           ///< revenue basis
  Metric marketing_roi;  ///< gross-profit basis; undefined without cost_of_goods/gross_profit
  Metric cac;
  Metric lead_close_rate;
};

struct AcquisitionReport {
  Metric cac;
  Metric marketing_expense_to_revenue;
  Metric lead_close_rate;
};

struct UnitEconomicsReport {
  double monthly_margin = 0;
  Metric cac;  ///< given, or from the acquisition block
  Metric cac_payback_months;
  Metric ltv;             ///< simple
  Metric ltv_discounted;  ///< at the scenario's discount rate
  Metric ltv_to_cac;
};

struct NpsReport {
  std::int64_t promoters = 0;
  std::int64_t passives = 0;
  std::int64_t detractors = 0;
  Metric nps;  ///< points, -100..100
};

/// Everything crmroi reports about one scenario.
struct Report {
  std::string name;
  std::string currency;
  std::optional<InvestmentReport> investment;
  std::vector<ChannelReport> channels;
  std::optional<AcquisitionReport> acquisition;
  std::optional<UnitEconomicsReport> unit_economics;
  std::optional<NpsReport> nps;
  std::optional<Targets> targets;
};

/// What evaluate words beyond the figures.
struct EvaluateOptions {
  /// The investment case's assumption sentences (InvestmentReport::assumptions), which tables and
  /// Markdown show. Machine formats leave them out; a JSON Lines stream then skips wording them.
  bool assumptions = true;
};

/// Evaluates a validated scenario. Pure: no I/O, no exceptions for undefined metrics.
Report evaluate(const Scenario& scenario, const EvaluateOptions& options = {});

/// Warnings about an evaluated scenario: figures that are right but easily misread, each with the
/// JSON pointer of the inputs behind it, in this order:
/// - an IRR above 1,000 % a year, at "/costs" (or "/cash_flows/costs"): "IRR 9,073.42 % a year:
///   little is paid up front (45,000.00 RUB of 489,420.00 RUB at the start), so the rate that
///   makes the NPV zero is huge; read it beside ROI (299.48 %) and payback (2.92 months)";
/// - benefits counted for fewer months than the horizon because of `adoption`, at "/adoption":
///   "benefits count for 32.5 of the 36 months: none in months 1–3 (implementation), then a
///   2-month ramp to full; a benefit line's total (before risk) is its monthly amount × 32.5".
/// The library only decides them; the command line prints them.
std::vector<Problem> report_warnings(const Scenario& scenario, const Report& report);

/// The share of the full benefit that month `month` (1..H) earns under `adoption`: 0 during the
/// implementation months, then min(1, k / ramp_months) in the k-th month after go-live (1 when
/// ramp_months is 0). Month 0, the start, earns no benefit.
///   adoption_factor({.implementation_months = 2, .ramp_months = 3}, 4) -> 0.6667 (2/3)
double adoption_factor(const Adoption& adoption, int month);

}  // namespace crmroi
