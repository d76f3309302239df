// Headline figures (totals, ROI, present values, NPV, IRR, payback) of cost and benefit flows.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

#include "crmroi/cash_flow.hpp"
#include "crmroi/metrics.hpp"
#include "crmroi/money.hpp"
#include "metrics/compensated_sum.hpp"
#include "metrics/rounding.hpp"
#include "report/report_detail.hpp"

namespace crmroi {

namespace {

constexpr const char* kNoCosts = "no costs";

// Significant digits a spreadsheet keeps (and round_half_away normalises to).
constexpr int kSignificantDigits = 15;

using detail::CompensatedSum;

// minuend - subtrahend as a spreadsheet holds it: both normalised to 15 significant digits,
// and the difference kept to the decimals those digits reach (so 100,000.08 - 38,109.105 is
// 61,890.975, a half cent that rounds up, not 61,890.97499999999).
double difference_of_totals(double minuend, double subtrahend) {
  const double difference = minuend - subtrahend;
  const double larger = std::max(std::fabs(minuend), std::fabs(subtrahend));
  if (larger == 0 || !std::isfinite(difference)) return difference;
  const int decimals = kSignificantDigits - 1 - rounding_detail::floor_log10(larger);
  if (decimals < 0 || decimals > kSignificantDigits) return difference;
  return round_half_away(round_half_away(minuend, decimals) - round_half_away(subtrahend, decimals),
                         decimals);
}

// The present values of the costs, the benefits and the net flows at the discount factor
// x = 1/(1 + r) by Horner's scheme multiplying by x: the even and the odd periods on chains of
// their own in x^2, six independent sums, value = even(x^2) + x odd(x^2). The same values as
// dividing by 1 + r period by period to about 1e-15 relative, several times faster: those
// divisions each wait for the one before.
struct PresentValues {
  double cost = 0;
  double benefit = 0;
  double net = 0;
};

PresentValues present_values_by_factor(const PeriodFlows& flows, double x) {
  const double x2 = x * x;
  PresentValues even;
  PresentValues odd;
  std::size_t t = flows.size();
  if (t % 2 == 1) {  // the last period is even: it starts the even chain
    --t;
    even = {flows.costs[t], flows.benefits[t], flows.net[t]};
  }
  while (t > 0) {
    t -= 2;
    even.cost = even.cost * x2 + flows.costs[t];
    even.benefit = even.benefit * x2 + flows.benefits[t];
    even.net = even.net * x2 + flows.net[t];
    odd.cost = odd.cost * x2 + flows.costs[t + 1];
    odd.benefit = odd.benefit * x2 + flows.benefits[t + 1];
    odd.net = odd.net * x2 + flows.net[t + 1];
  }
  return {even.cost + x * odd.cost, even.benefit + x * odd.benefit, even.net + x * odd.net};
}

}  // namespace

HeadlineFigures headline_figures(const PeriodFlows& flows, double annual_discount_rate,
                                 const HeadlineOptions& options) {
  HeadlineFigures figures;
  const std::size_t count = flows.size();
  // Summed as =ROUND(SUM(...), 2) sees them: compensated, and the net of 15-digit totals.
  CompensatedSum total_cost;
  CompensatedSum total_benefit;
  for (std::size_t i = 0; i < count; ++i) {
    total_cost.add(flows.costs[i]);
    total_benefit.add(flows.benefits[i]);
  }
  figures.total_cost = total_cost.value();
  figures.total_benefit = total_benefit.value();
  figures.net = difference_of_totals(figures.total_benefit, figures.total_cost);
  // ROI = (gain - investment) / investment   =(total_benefit-total_cost)/total_cost
  figures.roi = figures.total_cost > 0 ? roi(figures.total_benefit, figures.total_cost)
                                       : Metric::undefined(kNoCosts);

  // Present values, month 0 undiscounted:   =v0+NPV(r, v1:vn)
  const int periods_per_year = 12 / flows.months_per_period;
  const double period_rate = period_rate_from_annual(annual_discount_rate, periods_per_year);
  // The three present values side by side: present_value's arithmetic (Horner's scheme from the
  // last period, dividing by 1 + r), three independent chains that overlap in the pipeline.
  const double growth = 1.0 + period_rate;
  if (options.divide_each_period) {
    for (std::size_t i = count; i-- > 0;) {
      figures.pv_cost = figures.pv_cost / growth + flows.costs[i];
      figures.pv_benefit = figures.pv_benefit / growth + flows.benefits[i];
      figures.npv = figures.npv / growth + flows.net[i];
    }
  } else {
    const PresentValues values = present_values_by_factor(flows, 1.0 / growth);
    figures.pv_cost = values.cost;
    figures.pv_benefit = values.benefit;
    figures.npv = values.net;
  }
  figures.pv_roi = figures.pv_cost > 0 ? present_value_roi(figures.pv_benefit, figures.pv_cost)
                                       : Metric::undefined(kNoCosts);

  // IRR per period, annualised:   =(1+IRR(v0:vn))^periods_per_year-1
  figures.irr_annual =
      annual_internal_rate_of_return(flows.net, periods_per_year, options.irr_method);

  const int months_per_period = flows.months_per_period;
  const auto in_months = [months_per_period](double periods) {
    return periods * months_per_period;
  };
  figures.payback_months = payback_periods(flows.net).map(in_months);
  figures.discounted_payback_months =
      options.discounted_payback ? discounted_payback_periods(flows.net, period_rate).map(in_months)
                                 : Metric::undefined("not computed");
  return figures;
}

namespace report_detail {

void net_flows(PeriodFlows& flows) {
  const std::size_t count = flows.size();
  flows.net.resize(count);
  for (std::size_t i = 0; i < count; ++i) flows.net[i] = flows.benefits[i] - flows.costs[i];
}

InvestmentFigures figures_of(const PeriodFlows& flows, double annual_discount_rate) {
  InvestmentFigures figures{headline_figures(flows, annual_discount_rate)};
  const std::size_t count = flows.size();
  figures.periods.reserve(count);
  CompensatedSum cumulative;  // as =SUM($A$1:A1) gives it, to the cent
  for (std::size_t i = 0; i < count; ++i) {
    cumulative.add(flows.net[i]);
    const int period = static_cast<int>(i);
    figures.periods.push_back({.period = period,
                               .month = period * flows.months_per_period,
                               .cost = flows.costs[i],
                               .benefit = flows.benefits[i],
                               .net = flows.net[i],
                               .cumulative = cumulative.value()});
  }
  return figures;
}

}  // namespace report_detail

bool investment_flows(const Scenario& scenario, RiskTreatment risk, PeriodFlows& flows) {
  if (scenario.cash_flows) {
    report_detail::explicit_flows(scenario, risk, flows);
  } else if (scenario.costs || scenario.benefits) {
    report_detail::driver_flows(scenario, risk, flows);
  } else {
    flows.costs.clear();
    flows.benefits.clear();
    flows.net.clear();
    return false;
  }
  report_detail::net_flows(flows);
  return true;
}

std::optional<HeadlineFigures> evaluate_numbers(const Scenario& scenario, PeriodFlows& workspace,
                                                const HeadlineOptions& options) {
  if (!investment_flows(scenario, RiskTreatment::adjusted, workspace)) return std::nullopt;
  return headline_figures(workspace, scenario.discount_rate_percent / 100.0, options);
}

}  // namespace crmroi
