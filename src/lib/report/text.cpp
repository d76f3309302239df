// Number wording for the arithmetic and assumption strings of a report.
#include <string>

#include "crmroi/cash_flow.hpp"
#include "crmroi/money.hpp"
#include "report/report_detail.hpp"

namespace crmroi::report_detail {

std::string number_text(double value, int max_decimals) {
  std::string text = grouped_number(value, max_decimals);
  if (text.find('.') != std::string::npos) {
    while (!text.empty() && text.back() == '0') text.pop_back();
    if (!text.empty() && text.back() == '.') text.pop_back();
  }
  if (text == "-0") text = "0";
  return text;
}

std::string percent_text(double points) { return number_text(points, 3) + " %"; }

std::string months_text(int months) {
  return std::to_string(months) + (months == 1 ? " month" : " months");
}

std::string discount_rate_assumption(double annual_rate_percent, Period period) {
  if (annual_rate_percent == 0) {
    return "discount rate 0 % a year: present values equal the undiscounted totals";
  }
  const std::string annual = "discount rate " + percent_text(annual_rate_percent) + " a year";
  if (period == Period::year) return annual;
  const int periods_per_year = period == Period::quarter ? 4 : 12;
  const double per_period = period_rate_from_annual(annual_rate_percent / 100.0, periods_per_year);
  return annual + " = " + percent_text(per_period * 100.0) +
         (period == Period::quarter ? " a quarter" : " a month");
}

}  // namespace crmroi::report_detail
