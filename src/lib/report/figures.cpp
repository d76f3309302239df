// Headline figures (totals, ROI, present values, NPV, IRR, payback) of cost and benefit flows.
#include <cstddef>
#include <vector>

#include "crmroi/cash_flow.hpp"
#include "crmroi/metrics.hpp"
#include "report/report_detail.hpp"

namespace crmroi::report_detail {

namespace {

constexpr const char* kNoCosts = "no costs";

int periods_per_year_of(int months_per_period) { return 12 / months_per_period; }

}  // namespace

InvestmentFigures figures_from_flows(const std::vector<double>& costs,
                                     const std::vector<double>& benefits, int months_per_period,
                                     double period_rate) {
  InvestmentFigures figures;
  const std::size_t count = costs.size();
  std::vector<double> net(count);
  figures.periods.reserve(count);
  double cumulative = 0;
  for (std::size_t i = 0; i < count; ++i) {
    net[i] = benefits[i] - costs[i];
    cumulative += net[i];
    figures.total_cost += costs[i];
    figures.total_benefit += benefits[i];
    const int period = static_cast<int>(i);
    figures.periods.push_back({.period = period,
                               .month = period * months_per_period,
                               .cost = costs[i],
                               .benefit = benefits[i],
                               .net = net[i],
                               .cumulative = cumulative});
  }
  figures.net = figures.total_benefit - figures.total_cost;
  // ROI = (gain - investment) / investment   =(total_benefit-total_cost)/total_cost
  figures.roi = figures.total_cost > 0 ? roi(figures.total_benefit, figures.total_cost)
                                       : Metric::undefined(kNoCosts);

  // Present values, month 0 undiscounted:   =v0+NPV(r, v1:vn)
  figures.pv_cost = present_value(costs, period_rate);
  figures.pv_benefit = present_value(benefits, period_rate);
  figures.npv = present_value(net, period_rate);
  figures.pv_roi = figures.pv_cost > 0 ? present_value_roi(figures.pv_benefit, figures.pv_cost)
                                       : Metric::undefined(kNoCosts);

  // IRR per period, annualised:   =(1+IRR(v0:vn))^periods_per_year-1
  const int periods_per_year = periods_per_year_of(months_per_period);
  figures.irr_annual = annual_internal_rate_of_return(net, periods_per_year);

  const auto in_months = [months_per_period](double periods) {
    return periods * months_per_period;
  };
  figures.payback_months = payback_periods(net).map(in_months);
  figures.discounted_payback_months = discounted_payback_periods(net, period_rate).map(in_months);
  return figures;
}

}  // namespace crmroi::report_detail
