// The year-by-year summary of an investment case (TEI's financial summary): the initial month,
// then each year, with present values, rounded so that the years add up to the totals.
#include <algorithm>
#include <cmath>
#include <vector>

#include "crmroi/cash_flow.hpp"
#include "crmroi/money.hpp"
#include "crmroi/report.hpp"
#include "metrics/compensated_sum.hpp"
#include "metrics/rounding.hpp"

namespace crmroi {

namespace {

/// The year of the month a period ends in: 0 for month 0, then ⌊(m − 1)/12⌋ + 1.
int year_of(int month) { return month <= 0 ? 0 : (month - 1) / 12 + 1; }

/// round_half_away(a + b, decimals) for two amounts already rounded to `decimals` places: when
/// both are below 10^13 units of the last place, in whole units (exact there: each amount is k
/// units to well under half a unit, their sum has at most 14 digits, and k / 10^decimals is the
/// double round_half_away returns for it), else by round_half_away. A year's amount and its
/// running total are sums and differences of rounded amounts: most of the summary's rounding.
double add_rounded(double a, double b, int decimals) {
  using rounding_detail::kPowersOfTen;
  if (decimals >= 0 && decimals <= 6) {
    const double scale = kPowersOfTen[static_cast<std::size_t>(decimals)];
    const double a_units = a * scale;
    const double b_units = b * scale;
    if (std::fabs(a_units) < 1e13 && std::fabs(b_units) < 1e13) {
      // Each lies within a hundredth of a whole unit: to the nearest, without a call to llround.
      const auto nearest = [](double units) {
        return static_cast<long long>(units < 0 ? units - 0.5 : units + 0.5);
      };
      return static_cast<double>(nearest(a_units) + nearest(b_units)) / scale;
    }
  }
  return round_half_away(a + b, decimals);
}

/// The amounts of one year, each summed month by month.
struct YearSums {
  detail::CompensatedSum cost;
  detail::CompensatedSum benefit;
  detail::CompensatedSum net;
  detail::CompensatedSum pv_cost;
  detail::CompensatedSum pv_benefit;
};

/// Each year's `amount`, rounded by telescoping: its rounded running total less the one before
/// it, the last running total being `total` (the headline figure), all rounded to `decimals`.
void telescope(const std::vector<YearSums>& sums, detail::CompensatedSum YearSums::*sum,
               double total, int decimals, std::vector<YearRow>& rows, double YearRow::*amount) {
  detail::CompensatedSum running;
  double before = 0;
  for (std::size_t year = 0; year < sums.size(); ++year) {
    running.add((sums[year].*sum).value());
    const bool last = year + 1 == sums.size();
    const double at_end = round_half_away(last ? total : running.value(), decimals);
    rows[year].*amount = add_rounded(at_end, -before, decimals);
    before = at_end;
  }
}

}  // namespace

std::vector<YearRow> year_summary(const InvestmentReport& investment, int minor_digits) {
  const InvestmentFigures& figures = investment.figures;
  const std::vector<PeriodRow>& periods = figures.periods;
  if (periods.empty()) return {};
  const auto years = static_cast<std::size_t>(year_of(investment.horizon_months)) + 1;
  const int per_year = 12 / std::max(investment.months_per_period, 1);
  const double rate = period_rate_from_annual(investment.annual_discount_rate, per_year);
  std::vector<YearSums> sums(years);
  double discount = 1;  // 1 / (1 + r)^period, as the present values discount each period
  for (std::size_t i = 0; i < periods.size(); ++i) {
    const PeriodRow& row = periods[i];
    if (i > 0) discount /= 1.0 + rate;
    const auto year =
        static_cast<std::size_t>(std::min(year_of(row.month), static_cast<int>(years) - 1));
    YearSums& sum = sums[year];
    sum.cost.add(row.cost);
    sum.benefit.add(row.benefit);
    sum.net.add(row.net);
    sum.pv_cost.add(row.cost * discount);
    sum.pv_benefit.add(row.benefit * discount);
  }
  const int decimals = minor_digits;
  std::vector<YearRow> rows(years);
  telescope(sums, &YearSums::cost, figures.total_cost, decimals, rows, &YearRow::cost);
  telescope(sums, &YearSums::benefit, figures.total_benefit, decimals, rows, &YearRow::benefit);
  telescope(sums, &YearSums::net, figures.net, decimals, rows, &YearRow::net);
  telescope(sums, &YearSums::pv_cost, figures.pv_cost, decimals, rows, &YearRow::pv_cost);
  telescope(sums, &YearSums::pv_benefit, figures.pv_benefit, decimals, rows, &YearRow::pv_benefit);
  double cumulative = 0;
  for (std::size_t year = 0; year < years; ++year) {
    YearRow& row = rows[year];
    cumulative = add_rounded(cumulative, row.net, decimals);
    const int number = static_cast<int>(year);
    row.year = number;
    row.first_month = number == 0 ? 0 : 12 * (number - 1) + 1;
    row.last_month = number == 0 ? 0 : std::min(12 * number, investment.horizon_months);
    row.cumulative = cumulative;
  }
  return rows;
}

}  // namespace crmroi
