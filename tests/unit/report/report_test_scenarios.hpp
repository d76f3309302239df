// Scenarios the report tests build in C++ (the seeds' worked examples).
#pragma once

#include <vector>

#include "crmroi/report.hpp"
#include "crmroi/scenario.hpp"
#include "crmroi/words.hpp"

namespace crmroi::test {

/// The README's "Scenario files" example: the seed's dress e-shop on retailCRM (3,000 a month for 6
/// months; one operator saves 40 min/day over 30 days at 190/h; 5 % more of 300 orders at 300
/// profit each).
inline Scenario dress_eshop() {
  Scenario scenario;
  scenario.name = "Dress e-shop on retailCRM";
  scenario.currency = "RUB";
  scenario.horizon_months = 6;
  scenario.business = Business{.orders_per_month = 300, .profit_per_order = 300};
  scenario.costs = Costs{.recurring = {{.name = "subscription, 10 per order",
                                        .basis = RecurringBasis::monthly,
                                        .monthly = 3000}}};
  scenario.benefits = Benefits{.time_savings = {{.name = "order operator",
                                                 .people = 1,
                                                 .unit = TimeUnit::minutes_per_day,
                                                 .amount = 40,
                                                 .days_per_month = 30,
                                                 .hourly_cost = 190}},
                               .order_uplift = OrderUplift{.percent = 5}};
  scenario.targets = Targets{.min_roi_percent = 100, .max_payback_months = 12};
  return scenario;
}

/// Explicit cash flows with `period`, no discounting unless set by the caller.
inline Scenario cash_flow_scenario(Period period, std::vector<double> costs,
                                   std::vector<double> benefits) {
  Scenario scenario;
  scenario.name = "cash flows";
  scenario.cash_flows =
      CashFlows{.period = period, .costs = std::move(costs), .benefits = std::move(benefits)};
  return scenario;
}

/// evaluate() and then every sentence (words_for_report), as a table shows the report.
inline Report evaluate_and_word(const Scenario& scenario) {
  Report report = evaluate(scenario);
  words_for_report(report);
  return report;
}

}  // namespace crmroi::test
