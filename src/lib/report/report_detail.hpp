// Internal to the report unit: the parts of `evaluate` and the number wording they share.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/report.hpp"
#include "crmroi/scenario.hpp"

namespace crmroi::report_detail {

/// A number for arithmetic strings: grouped, at most `max_decimals` places, trailing zeros
/// dropped.   number_text(3800.0, 2) -> "3,800"; number_text(4.3333, 3) -> "4.333"
std::string number_text(double value, int max_decimals);

/// Money for arithmetic strings: whole amounts without decimals, others with the currency's
/// minor digits.   money_text(3800.0, 2) -> "3,800"; money_text(3437.5, 2) -> "3,437.50"
std::string money_text(double amount, int minor_digits);

/// A percentage given in points, trailing zeros dropped: percent_text(12.5) -> "12.5 %"
std::string percent_text(double points);

/// "1 month", "3 months".
std::string months_text(int months);

/// The investment case of a driver scenario (costs/benefits); its assumption sentences only when
/// `with_assumptions`.
InvestmentReport evaluate_drivers(const Scenario& scenario, bool with_assumptions);

/// The investment case of explicit cash flows; its assumption sentences only when
/// `with_assumptions`.
InvestmentReport evaluate_cash_flows(const Scenario& scenario, bool with_assumptions);

/// Headline figures of cost and benefit flows (element 0 the start) at a rate per period.
InvestmentFigures figures_from_flows(const std::vector<double>& costs,
                                     const std::vector<double>& benefits, int months_per_period,
                                     double period_rate);

/// The discount-rate assumption: "discount rate 10 % a year = 0.797 % a month".
std::string discount_rate_assumption(double annual_rate_percent, Period period);

ChannelReport evaluate_channel(const MarketingChannel& channel);
AcquisitionReport evaluate_acquisition(const Acquisition& acquisition);
UnitEconomicsReport evaluate_unit_economics(const UnitEconomics& unit_economics,
                                            const std::optional<Acquisition>& acquisition,
                                            double annual_discount_rate_percent);
NpsReport evaluate_nps(const NpsSurvey& survey);

}  // namespace crmroi::report_detail
