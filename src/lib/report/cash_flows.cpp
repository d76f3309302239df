// The investment case of explicit cash flows (a transcribed business case or a vendor's study).
#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "crmroi/cash_flow.hpp"
#include "crmroi/money.hpp"
#include "report/report_detail.hpp"

namespace crmroi::report_detail {

namespace {

/// Arrays longer than this are summarised instead of listed in the arithmetic.
constexpr std::size_t kMaxListedFlows = 6;

int months_per_period_of(Period period) {
  switch (period) {
    case Period::month:
      return 1;
    case Period::quarter:
      return 3;
    case Period::year:
      return 12;
  }
  return 1;
}

const char* period_word(Period period) {
  switch (period) {
    case Period::month:
      return "month";
    case Period::quarter:
      return "quarter";
    case Period::year:
      return "year";
  }
  return "month";
}

const char* period_adjective(Period period) {
  switch (period) {
    case Period::month:
      return "monthly";
    case Period::quarter:
      return "quarterly";
    case Period::year:
      return "yearly";
  }
  return "monthly";
}

std::string periods_text(int count, Period period) {
  return std::to_string(count) + " " + period_word(period) + (count == 1 ? "" : "s");
}

/// "10,000 + 5,000 + 5,000 + 5,000 = 25,000" or "37 monthly flows = 100,000".
std::string flows_arithmetic(const std::vector<double>& flows, Period period, int money_decimals,
                             double total) {
  std::string text;
  if (flows.size() <= kMaxListedFlows) {
    for (std::size_t i = 0; i < flows.size(); ++i) {
      if (i > 0) text += " + ";
      text += money_text(flows[i], money_decimals);
    }
  } else {
    text = std::to_string(flows.size()) + " " + period_adjective(period) + " flows";
  }
  return text + " = " + money_text(total, money_decimals);
}

}  // namespace

InvestmentReport evaluate_cash_flows(const Scenario& scenario, bool with_assumptions) {
  const CashFlows& cash_flows = *scenario.cash_flows;
  const int money_decimals = currency_minor_digits(scenario.currency);
  const std::size_t count =
      std::max<std::size_t>({cash_flows.costs.size(), cash_flows.benefits.size(), 1});
  // A shorter array is padded with zeros (the loader requires equal lengths).
  std::vector<double> costs(count, 0.0);
  std::vector<double> benefits(count, 0.0);
  std::copy(cash_flows.costs.begin(), cash_flows.costs.end(), costs.begin());
  std::copy(cash_flows.benefits.begin(), cash_flows.benefits.end(), benefits.begin());

  InvestmentReport report;
  report.period = cash_flows.period;
  report.months_per_period = months_per_period_of(cash_flows.period);
  const int periods = static_cast<int>(count) - 1;
  report.horizon_months = periods * report.months_per_period;
  report.annual_discount_rate = scenario.discount_rate_percent / 100.0;
  report.risk_adjusted = scenario.risk.has_value();
  const double cost_risk = scenario.risk ? scenario.risk->costs_percent : 0.0;
  const double benefit_risk = scenario.risk ? scenario.risk->benefits_percent : 0.0;

  double total_cost = 0;
  for (double cost : costs) total_cost += cost;
  double total_benefit = 0;
  for (double benefit : benefits) total_benefit += benefit;

  LineBreakdown cost_line{
      .name = "costs",
      .kind = "cash_flows",
      .arithmetic = flows_arithmetic(costs, cash_flows.period, money_decimals, total_cost),
      .full_amount = total_cost,
      .risk_percent = cost_risk,
      .total = total_cost * (1.0 + cost_risk / 100.0),
      .total_unadjusted = total_cost};
  if (cost_risk != 0) {
    cost_line.arithmetic += ", plus " + percent_text(cost_risk) +
                            " risk = " + money_text(cost_line.total, money_decimals);
  }
  LineBreakdown benefit_line{
      .name = "benefits",
      .kind = "cash_flows",
      .arithmetic = flows_arithmetic(benefits, cash_flows.period, money_decimals, total_benefit),
      .full_amount = total_benefit,
      .risk_percent = benefit_risk,
      .total = total_benefit * (1.0 - benefit_risk / 100.0),
      .total_unadjusted = total_benefit};
  if (benefit_risk != 0) {
    benefit_line.arithmetic += ", less " + percent_text(benefit_risk) +
                               " risk = " + money_text(benefit_line.total, money_decimals);
  }
  report.cost_lines.push_back(std::move(cost_line));
  report.benefit_lines.push_back(std::move(benefit_line));

  const int periods_per_year = 12 / report.months_per_period;
  const double period_rate = period_rate_from_annual(report.annual_discount_rate, periods_per_year);
  if (report.risk_adjusted) {
    std::vector<double> adjusted_costs(count);
    std::vector<double> adjusted_benefits(count);
    for (std::size_t i = 0; i < count; ++i) {
      adjusted_costs[i] = costs[i] * (1.0 + cost_risk / 100.0);
      adjusted_benefits[i] = benefits[i] * (1.0 - benefit_risk / 100.0);
    }
    report.figures = figures_from_flows(adjusted_costs, adjusted_benefits, report.months_per_period,
                                        period_rate);
    report.unadjusted = figures_from_flows(costs, benefits, report.months_per_period, period_rate);
  } else {
    report.figures = figures_from_flows(costs, benefits, report.months_per_period, period_rate);
  }

  if (!with_assumptions) return report;
  std::vector<std::string>& notes = report.assumptions;
  notes.push_back(std::string("cash flows: ") + period_adjective(cash_flows.period) +
                  ", element 0 is the start (undiscounted); horizon " +
                  periods_text(periods, cash_flows.period) + " = " +
                  months_text(report.horizon_months));
  notes.push_back(discount_rate_assumption(scenario.discount_rate_percent, cash_flows.period));
  if (cash_flows.period != Period::month) {
    notes.push_back(std::string("payback in months = ") + period_word(cash_flows.period) +
                    "s \u00d7 " + std::to_string(report.months_per_period) +
                    ", interpolated linearly inside the " + period_word(cash_flows.period) +
                    "; IRR annualised from the rate per " + period_word(cash_flows.period));
  }
  if (scenario.risk) {
    notes.push_back("risk: costs raised by " + percent_text(cost_risk) + ", benefits lowered by " +
                    percent_text(benefit_risk));
    notes.push_back("headline figures are risk-adjusted; \"unadjusted\" holds them before risk");
  }
  return report;
}

}  // namespace crmroi::report_detail
