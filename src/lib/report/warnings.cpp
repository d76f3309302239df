// Warnings about evaluated figures that are right but easily misread (report_warnings).
#include <array>
#include <charconv>
#include <string>
#include <vector>

#include "crmroi/money.hpp"
#include "crmroi/number_format.hpp"
#include "crmroi/report.hpp"

namespace crmroi {
namespace {

// An IRR above this (as a fraction a year) comes with a word on why it is so large.
constexpr double kLargeIrrAnnual = 10.0;  // 1,000 %

std::string months_text(double months) { return format_number(months, 2, kMachineStyle); }

// "9,073.42 %"
std::string percent_text(double fraction) {
  return format_number(fraction, Quantity::percent, "", kTableStyle) + " %";
}

// "45,000.00 RUB"
std::string money_text(double amount, std::string_view currency) {
  return format_number(amount, Quantity::money, currency, kTableStyle) + " " +
         std::string(currency);
}

void add_large_irr_warning(const Scenario& scenario, const Report& report,
                           std::vector<Problem>& warnings) {
  const InvestmentFigures& figures = report.investment->figures;
  if (!figures.irr_annual.is_defined() || figures.irr_annual.value() <= kLargeIrrAnnual) return;
  const double upfront = figures.periods.empty() ? 0.0 : figures.periods.front().cost;
  const std::string roi = figures.roi.is_defined() ? percent_text(figures.roi.value()) : "n/a";
  const std::string payback = figures.payback_months.is_defined()
                                  ? months_text(figures.payback_months.value()) + " months"
                                  : "none within the horizon";
  std::string message = "IRR " + percent_text(figures.irr_annual.value()) +
                        " a year: little is paid up front (" +
                        money_text(upfront, report.currency) + " of " +
                        money_text(figures.total_cost, report.currency) +
                        " at the start), so the rate that makes the NPV zero is huge; read it "
                        "beside ROI (" +
                        roi + ") and payback (" + payback + ")";
  warnings.push_back(
      Problem{0, 0, scenario.cash_flows ? "/cash_flows/costs" : "/costs", std::move(message)});
}

void add_adoption_warning(const Scenario& scenario, const Report& report,
                          std::vector<Problem>& warnings) {
  if (scenario.cash_flows || !scenario.benefits || report.investment->benefit_lines.empty()) return;
  const int horizon = report.investment->horizon_months;
  double counted = 0;
  for (int month = 1; month <= horizon; ++month)
    counted += adoption_factor(scenario.adoption, month);
  if (counted >= horizon) return;
  const Adoption& adoption = scenario.adoption;
  // Composed in one string (a warning for nearly every line of a JSON Lines stream).
  std::string message;
  message.reserve(256);
  const auto append_whole = [&message](int value) {
    std::array<char, 12> digits{};
    message.append(digits.data(), std::to_chars(digits.begin(), digits.end(), value).ptr);
  };
  if (counted <= 0) {
    message += "no benefit within the horizon: implementation takes ";
    append_whole(adoption.implementation_months);
    message += " of the ";
    append_whole(horizon);
    message += " months";
  } else {
    const std::string counted_text = months_text(counted);
    message += "benefits count for ";
    message += counted_text;
    message += " of the ";
    append_whole(horizon);
    message += " months: ";
    if (adoption.implementation_months > 0) {
      if (adoption.implementation_months == 1) {
        message += "none in month 1";
      } else {
        message += "none in months 1\u2013";
        append_whole(adoption.implementation_months);
      }
      message += " (implementation)";
      if (adoption.ramp_months > 0) message += ", then ";
    }
    if (adoption.ramp_months > 0) {
      message += "a ";
      append_whole(adoption.ramp_months);
      message += "-month ramp to full";
    }
    // Lines that grow, or ramp twice, total otherwise: their arithmetic shows how.
    bool scheduled = false;
    for (const LineBreakdown& line : report.investment->benefit_lines) {
      const Trace& trace = report.investment->trace;
      scheduled = scheduled || trace.find(line.terms, "year_total") != kNoTerm ||
                  trace.find(line.terms, "full_adoption_squares") != kNoTerm;
    }
    message += "; a benefit line's total (before risk) is its monthly amount \u00d7 ";
    message += counted_text;
    if (scheduled) message += " (lines that grow, or whose orders ramp too, show theirs by year)";
  }
  warnings.push_back(Problem{0, 0, "/adoption", std::move(message)});
}

}  // namespace

std::vector<Problem> report_warnings(const Scenario& scenario, const Report& report) {
  std::vector<Problem> warnings;
  if (!report.investment) return warnings;
  add_large_irr_warning(scenario, report, warnings);
  add_adoption_warning(scenario, report, warnings);
  return warnings;
}

}  // namespace crmroi
