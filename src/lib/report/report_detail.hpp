// Internal to the report unit: the parts of `evaluate` and `evaluate_numbers`.
#pragma once

#include <optional>

#include "crmroi/report.hpp"
#include "crmroi/scenario.hpp"

namespace crmroi::report_detail {

/// The investment case of a driver scenario (costs/benefits), with its trace.
InvestmentReport evaluate_drivers(const Scenario& scenario);

/// The investment case of explicit cash flows, with its trace.
InvestmentReport evaluate_cash_flows(const Scenario& scenario);

/// The monthly cost and benefit flows of a driver scenario (net not filled).
void driver_flows(const Scenario& scenario, RiskTreatment risk, PeriodFlows& flows);

/// The cost and benefit flows of a scenario's explicit cash flows (net not filled).
void explicit_flows(const Scenario& scenario, RiskTreatment risk, PeriodFlows& flows);

/// flows.net = benefits − costs, period by period.
void net_flows(PeriodFlows& flows);

/// The headline figures of flows and their rows period by period (cumulative net).
InvestmentFigures figures_of(const PeriodFlows& flows, double annual_discount_rate);

ChannelReport evaluate_channel(const MarketingChannel& channel);
AcquisitionReport evaluate_acquisition(const Acquisition& acquisition);
UnitEconomicsReport evaluate_unit_economics(const UnitEconomics& unit_economics,
                                            const std::optional<Acquisition>& acquisition,
                                            double annual_discount_rate_percent);
NpsReport evaluate_nps(const NpsSurvey& survey);

}  // namespace crmroi::report_detail
