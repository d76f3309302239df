// Headline figures (totals, ROI, present values, NPV, IRR, payback) of cost and benefit flows.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

#include "crmroi/cash_flow.hpp"
#include "crmroi/metrics.hpp"
#include "crmroi/money.hpp"
#include "report/report_detail.hpp"

namespace crmroi::report_detail {

namespace {

constexpr const char* kNoCosts = "no costs";

int periods_per_year_of(int months_per_period) { return 12 / months_per_period; }

// Significant digits a spreadsheet keeps (and round_half_away normalises to).
constexpr int kSignificantDigits = 15;

// A running sum with Neumaier's compensation: the rounding error of each addition is kept apart
// and added back at the end, so 60 months of 11,414.605 sum to 684,876.3 exactly as written, not
// a few ulps below it. A naive sum drifts by up to one ulp per month, which is more than the 15
// significant digits a spreadsheet's ROUND(SUM(...), 2) looks at: 699,185.765 printed .76.
class CompensatedSum {
 public:
  void add(double value) {
    const double sum = sum_ + value;
    compensation_ +=
        std::fabs(sum_) >= std::fabs(value) ? (sum_ - sum) + value : (value - sum) + sum_;
    sum_ = sum;
  }
  [[nodiscard]] double value() const { return sum_ + compensation_; }

 private:
  double sum_ = 0;
  double compensation_ = 0;
};

// minuend - subtrahend as a spreadsheet holds it: both normalised to 15 significant digits,
// and the difference kept to the decimals those digits reach (so 100,000 - 38,109.025 is
// 61,890.975, a half cent that rounds up, not 61,890.97499999999).
double difference_of_totals(double minuend, double subtrahend) {
  const double difference = minuend - subtrahend;
  const double larger = std::max(std::fabs(minuend), std::fabs(subtrahend));
  if (larger == 0 || !std::isfinite(difference)) return difference;
  const int decimals = kSignificantDigits - 1 - static_cast<int>(std::floor(std::log10(larger)));
  if (decimals < 0 || decimals > kSignificantDigits) return difference;
  return round_half_away(round_half_away(minuend, decimals) - round_half_away(subtrahend, decimals),
                         decimals);
}

}  // namespace

InvestmentFigures figures_from_flows(const std::vector<double>& costs,
                                     const std::vector<double>& benefits, int months_per_period,
                                     double period_rate) {
  InvestmentFigures figures;
  const std::size_t count = costs.size();
  std::vector<double> net(count);
  figures.periods.reserve(count);
  CompensatedSum cumulative;
  CompensatedSum total_cost;
  CompensatedSum total_benefit;
  for (std::size_t i = 0; i < count; ++i) {
    net[i] = benefits[i] - costs[i];
    cumulative.add(net[i]);
    total_cost.add(costs[i]);
    total_benefit.add(benefits[i]);
    const int period = static_cast<int>(i);
    figures.periods.push_back({.period = period,
                               .month = period * months_per_period,
                               .cost = costs[i],
                               .benefit = benefits[i],
                               .net = net[i],
                               .cumulative = cumulative.value()});
  }
  figures.total_cost = total_cost.value();
  figures.total_benefit = total_benefit.value();
  figures.net = difference_of_totals(figures.total_benefit, figures.total_cost);
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
  figures.irr_annual = internal_rate_of_return(net).map(
      [periods_per_year](double rate) { return annualize_period_rate(rate, periods_per_year); });

  const auto in_months = [months_per_period](double periods) {
    return periods * months_per_period;
  };
  figures.payback_months = payback_periods(net).map(in_months);
  figures.discounted_payback_months = discounted_payback_periods(net, period_rate).map(in_months);
  return figures;
}

}  // namespace crmroi::report_detail
