// evaluate(): every figure crmroi reports about one scenario.
#include "crmroi/report.hpp"
#include "report/report_detail.hpp"

namespace crmroi {

Report evaluate(const Scenario& scenario) {
  Report report{.name = scenario.name, .currency = scenario.currency};
  if (scenario.cash_flows) {
    report.investment = report_detail::evaluate_cash_flows(scenario);
  } else if (scenario.costs || scenario.benefits) {
    report.investment = report_detail::evaluate_drivers(scenario);
  }
  report.channels.reserve(scenario.marketing_channels.size());
  for (const MarketingChannel& channel : scenario.marketing_channels) {
    report.channels.push_back(report_detail::evaluate_channel(channel));
  }
  if (scenario.acquisition) {
    report.acquisition = report_detail::evaluate_acquisition(*scenario.acquisition);
  }
  if (scenario.unit_economics) {
    report.unit_economics = report_detail::evaluate_unit_economics(
        *scenario.unit_economics, scenario.acquisition, scenario.discount_rate_percent);
  }
  if (scenario.nps) report.nps = report_detail::evaluate_nps(*scenario.nps);
  report.targets = scenario.targets;
  return report;
}

}  // namespace crmroi
