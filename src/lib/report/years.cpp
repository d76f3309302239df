// The year-by-year summary of an investment case (TEI's financial summary): the initial month,
// then each year, with present values, rounded so that the years add up to the totals.
#include <algorithm>
#include <cmath>
#include <vector>

#include "crmroi/cash_flow.hpp"
#include "crmroi/money.hpp"
#include "crmroi/report.hpp"
#include "metrics/compensated_sum.hpp"

namespace crmroi {

namespace {

/// The year of the month a period ends in: 0 for month 0, then ⌊(m − 1)/12⌋ + 1.
int year_of(int month) { return month <= 0 ? 0 : (month - 1) / 12 + 1; }

/// One amount summed year by year, and rounded by telescoping.
class YearAmounts {
 public:
  explicit YearAmounts(std::size_t years) : sums_(years) {}
  void add(std::size_t year, double amount) { sums_[year].add(amount); }
  /// Each year's amount: its rounded running total less the one before it, the last running
  /// total being `total` (the headline figure), all rounded to `decimals`.
  [[nodiscard]] std::vector<double> telescoped(double total, int decimals) const {
    std::vector<double> years(sums_.size());
    detail::CompensatedSum running;
    double before = 0;
    for (std::size_t year = 0; year < sums_.size(); ++year) {
      running.add(sums_[year].value());
      const bool last = year + 1 == sums_.size();
      const double at_end = round_half_away(last ? total : running.value(), decimals);
      years[year] = round_half_away(at_end - before, decimals);
      before = at_end;
    }
    return years;
  }

 private:
  std::vector<detail::CompensatedSum> sums_;
};

}  // namespace

std::vector<YearRow> year_summary(const InvestmentReport& investment, int minor_digits) {
  const InvestmentFigures& figures = investment.figures;
  const std::vector<PeriodRow>& periods = figures.periods;
  if (periods.empty()) return {};
  const auto years = static_cast<std::size_t>(year_of(investment.horizon_months)) + 1;
  const int per_year = 12 / std::max(investment.months_per_period, 1);
  const double rate = period_rate_from_annual(investment.annual_discount_rate, per_year);
  YearAmounts cost(years);
  YearAmounts benefit(years);
  YearAmounts net(years);
  YearAmounts pv_cost(years);
  YearAmounts pv_benefit(years);
  double discount = 1;  // 1 / (1 + r)^period, as the present values discount each period
  for (std::size_t i = 0; i < periods.size(); ++i) {
    const PeriodRow& row = periods[i];
    if (i > 0) discount /= 1.0 + rate;
    const auto year =
        static_cast<std::size_t>(std::min(year_of(row.month), static_cast<int>(years) - 1));
    cost.add(year, row.cost);
    benefit.add(year, row.benefit);
    net.add(year, row.net);
    pv_cost.add(year, row.cost * discount);
    pv_benefit.add(year, row.benefit * discount);
  }
  const int decimals = minor_digits;
  const std::vector<double> costs = cost.telescoped(figures.total_cost, decimals);
  const std::vector<double> benefits = benefit.telescoped(figures.total_benefit, decimals);
  const std::vector<double> nets = net.telescoped(figures.net, decimals);
  const std::vector<double> pv_costs = pv_cost.telescoped(figures.pv_cost, decimals);
  const std::vector<double> pv_benefits = pv_benefit.telescoped(figures.pv_benefit, decimals);
  std::vector<YearRow> rows;
  rows.reserve(years);
  double cumulative = 0;
  for (std::size_t year = 0; year < years; ++year) {
    cumulative = round_half_away(cumulative + nets[year], decimals);
    const int number = static_cast<int>(year);
    rows.push_back(
        {.year = number,
         .first_month = number == 0 ? 0 : 12 * (number - 1) + 1,
         .last_month = number == 0 ? 0 : std::min(12 * number, investment.horizon_months),
         .cost = costs[year],
         .benefit = benefits[year],
         .net = nets[year],
         .cumulative = cumulative,
         .pv_cost = pv_costs[year],
         .pv_benefit = pv_benefits[year]});
  }
  return rows;
}

}  // namespace crmroi
