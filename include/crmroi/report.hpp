// The evaluated figures of one scenario: what every renderer shows.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "crmroi/cash_flow.hpp"
#include "crmroi/metric.hpp"
#include "crmroi/problem.hpp"
#include "crmroi/scenario.hpp"
#include "crmroi/trace.hpp"

namespace crmroi {

/// One cost or benefit line with its own arithmetic, so every assumption is visible.
struct LineBreakdown {
  std::string name;
  std::string kind;  ///< "one_time", "recurring", "time_savings", "order_uplift", "monthly",
                     ///< "conversion_uplift", "average_order_uplift", "cost_reduction",
                     ///< "cash_flows"
  /// Empty from evaluate; words_for_report (crmroi/words.hpp) writes it from the trace, e.g.
  /// "1 person × 40 min/day × 30 days × 190/h = 3,800 a month".
  std::string arithmetic;
  double full_amount = 0;   ///< one-time amount, or the full monthly amount before ramp and risk
  double risk_percent = 0;  ///< the risk applied to this line (raises costs, lowers benefits)
  double total = 0;         ///< over the horizon, risk-adjusted
  double total_unadjusted = 0;
  /// A named line of explicit cash flows: its present value (risk-adjusted as `total`), at the
  /// scenario's discount rate (=v0+NPV(r, v1:vn)). Driver lines and plain arrays have none.
  /// Undefined when too large to show (a steep negative rate over many periods).
  std::optional<Metric> present_value;
  /// The line's terms in InvestmentReport::trace, and the terms of the figures above: the
  /// values of these terms are the figures (kNoTerm when a line is not counted).
  TermRange terms;
  TermId full_amount_term = kNoTerm;
  TermId risk_term = kNoTerm;
  TermId total_unadjusted_term = kNoTerm;
  TermId total_term = kNoTerm;
};

/// The cost and benefit of each period of an investment case, where driver lines and explicit
/// cash flows meet: element 0 is the start (undiscounted), element n the end of period n. The
/// scenario's own `CashFlows` is the `cash_flows` block as written; `PeriodFlows` is what any
/// investment case comes to, with its risk applied once, when the flows are made.
/// Its vectors keep their capacity: filling the same PeriodFlows again allocates nothing.
struct PeriodFlows {
  int months_per_period = 1;
  std::vector<double> costs;
  std::vector<double> benefits;
  std::vector<double> net;  ///< benefits − costs, period by period

  /// The number of periods plus one (the start).
  [[nodiscard]] std::size_t size() const { return costs.size(); }
};

/// Whether flows carry each line's risk (raising costs, lowering benefits) or none.
enum class RiskTreatment { adjusted, unadjusted };

/// One row of the cash flow: a month, or a quarter/year for explicit cash flows.
struct PeriodRow {
  int period = 0;  ///< period index: 0 is the start
  int month = 0;   ///< the month at the end of the period (period x months per period)
  double cost = 0;
  double benefit = 0;
  double net = 0;
  double cumulative = 0;
};

/// One column of the year-by-year summary, laid out as a TEI financial summary: year 0 is the
/// initial month (month 0), year y the months 12(y − 1) + 1 … 12y (the last year may be
/// partial). Amounts are risk-adjusted as the headline figures are, and rounded to the currency's
/// minor unit so that the years add up to the totals exactly (see year_summary).
struct YearRow {
  int year = 0;
  int first_month = 0;
  int last_month = 0;
  double cost = 0;
  double benefit = 0;
  double net = 0;
  double cumulative = 0;  ///< net cash flow from month 0 to the year's last month
  double pv_cost = 0;     ///< present value of the year's costs, at the scenario's discount rate
  double pv_benefit = 0;
};

/// The headline figures of an investment case; ratios are fractions.
struct HeadlineFigures {
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
};

/// The headline figures with the cash flow they come from, period by period.
struct InvestmentFigures : HeadlineFigures {
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
  /// Empty from evaluate; words_for_report (crmroi/words.hpp) writes them from the trace, e.g.
  /// "adoption: benefits start after 2 months of implementation, ..."
  std::vector<std::string> assumptions;
  /// How the lines' figures were computed. Its scenario-wide inputs (horizon, discount rate,
  /// adoption, default risk) are the terms in `scenario_terms`; each line has its own range.
  Trace trace;
  TermRange scenario_terms;
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
  /// The scenario's ranged inputs: every figure uses each one's likely value (uniform: the
  /// midpoint); crmroi simulate draws them.
  std::vector<RangedInput> ranged_inputs;
};

/// Evaluates a validated scenario: every figure, and the trace of the investment case. No text:
/// the sentences come from crmroi/words.hpp. Pure: no I/O, no exceptions for undefined metrics.
Report evaluate(const Scenario& scenario);

/// Fills `flows` with the investment case of a validated scenario (driver lines month by month,
/// or its explicit cash flows), each line's risk applied or not. False, with `flows` emptied,
/// when the scenario has no investment case. Allocates nothing once `flows` has held as many
/// periods before.
bool investment_flows(const Scenario& scenario, RiskTreatment risk, PeriodFlows& flows);

/// What headline_figures works out, for analysis that evaluates a scenario many times and reports
/// only some figures. The defaults give every figure exactly as evaluate does.
struct HeadlineOptions {
  /// How the IRR is found: simulate uses IrrMethod::newton_when_unique (the same rate to about
  /// 1e-15 relative, several times faster).
  IrrMethod irr_method = IrrMethod::grid_and_brent;
  /// How the present values (PV of costs and benefits, NPV) are summed. true: as the spreadsheet's
  /// =v0+NPV(r, v1:vn) and calc, Horner's scheme dividing by 1 + r period by period. false:
  /// multiplying by the discount factor 1/(1 + r) on two interleaved chains, the same values to
  /// about 1e-15 relative and several times faster (each division waits for the one before), for
  /// simulate.
  bool divide_each_period = true;
  /// false: discounted_payback_months is left undefined ("not computed"), for simulate, which
  /// does not report it.
  bool discounted_payback = true;
};

/// The headline figures of `flows` at an annual discount rate (a fraction). Allocates nothing
/// (an undefined figure's reason aside).
HeadlineFigures headline_figures(const PeriodFlows& flows, double annual_discount_rate,
                                 const HeadlineOptions& options = {});

/// The numbers-only evaluation for analysis that evaluates a scenario many times (simulation,
/// sensitivity, goal seek): the risk-adjusted headline figures of the investment case, with no
/// text, no trace and no allocation once `workspace` has held the horizon. With the default
/// options, exactly (to the bit) the figures evaluate(scenario).investment->figures holds;
/// simulate's options (HeadlineOptions) give them to about 1e-15 relative, without the
/// discounted payback. Nothing when the scenario has no investment case. Reuse one workspace
/// across calls:
///   PeriodFlows workspace;
///   for (...) { std::optional<HeadlineFigures> f = evaluate_numbers(scenario, workspace); }
std::optional<HeadlineFigures> evaluate_numbers(const Scenario& scenario, PeriodFlows& workspace,
                                                const HeadlineOptions& options = {});

/// The year-by-year summary of an investment case: the initial month, then each year of its
/// cash flow (months, or the quarters and years of explicit cash flows, by the month they end in).
/// Each amount is rounded to `minor_digits` decimals by telescoping: a year's figure is the
/// rounded running total at its end less the rounded running total before it, the last running
/// total being the headline figure. So the years add up to total_cost, total_benefit and net, and
/// their present values to pv_cost and pv_benefit, to the cent, as a spreadsheet's
/// =ROUND(SUM(...), 2) of each year's cells does up to one cent in a year.
///   year_summary(report, 2)[1] -> {1, 1, 12, 36000, 45000, 9000, -1000, 34296.55, 42870.69}
std::vector<YearRow> year_summary(const InvestmentReport& investment, int minor_digits);

/// True when a report shows the year-by-year summary: horizons over 12 months.
[[nodiscard]] inline bool shows_years(const InvestmentReport& investment) {
  return investment.horizon_months > 12;
}

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
