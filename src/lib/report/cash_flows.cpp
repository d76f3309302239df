// The investment case of explicit cash flows (a transcribed business case or a vendor's study).
#include <algorithm>
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "report/formulas.hpp"
#include "report/report_detail.hpp"

namespace crmroi::report_detail {

namespace {

int months_per_period_of(Period period) {
  switch (period) {
    case Period::month:
      return 1;
    case Period::quarter:
      return 3;
    case Period::year:
      return 12;
  }
  return 1;
}

/// The number of periods plus one: the longer array (the loader requires equal lengths; a
/// shorter one is padded with zeros), at least the start.
std::size_t flow_count(const CashFlows& cash_flows) {
  return std::max<std::size_t>({cash_flows.costs.size(), cash_flows.benefits.size(), 1});
}

/// `flows` padded with zeros to `count` elements, each × `multiplier` when `with_risk`.
void fill(std::vector<double>& out, const std::vector<double>& flows, std::size_t count,
          bool with_risk, double multiplier) {
  out.assign(count, 0.0);
  std::copy(flows.begin(), flows.end(), out.begin());
  if (!with_risk) return;
  for (double& flow : out) flow *= multiplier;
}

/// The line of one array: its flows summed, and the sum × (1 ± risk / 100).
LineBreakdown flows_line(TraceBuilder& builder, const std::vector<double>& flows, std::size_t count,
                         std::string_view key, TracedTerm risk, bool is_cost) {
  LineBreakdown line{.name = std::string(key), .kind = "cash_flows"};
  const TermId first = builder.next_id();
  std::vector<TracedTerm> terms;
  terms.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    terms.push_back(i < flows.size()
                        ? builder.input({is_cost ? "/cash_flows/costs" : "/cash_flows/benefits",
                                         static_cast<int>(i)},
                                        flows[i], Provenance::given)
                        : builder.constant("padding", 0.0));
  }
  const TracedTerm total = builder.sum(terms, "total_unadjusted");
  const TracedTerm share = builder.divide(risk, builder.constant("percent", kPercent));
  const TracedTerm one = builder.constant("one", 1.0);
  const TracedTerm adjusted = builder.multiply(
      total, is_cost ? builder.add(one, share) : builder.subtract(one, share), "total");
  line.full_amount = total.value;
  line.risk_percent = risk.value;
  line.total_unadjusted = total.value;
  line.total = adjusted.value;
  line.terms = {first, builder.next_id()};
  line.full_amount_term = total.id;
  line.risk_term = risk.id;
  line.total_unadjusted_term = total.id;
  line.total_term = adjusted.id;
  return line;
}

}  // namespace

void explicit_flows(const Scenario& scenario, RiskTreatment risk, PeriodFlows& flows) {
  const CashFlows& cash_flows = *scenario.cash_flows;
  const std::size_t count = flow_count(cash_flows);
  const bool with_risk = risk == RiskTreatment::adjusted && scenario.risk.has_value();
  const double cost_risk = scenario.risk ? scenario.risk->costs_percent : 0.0;
  const double benefit_risk = scenario.risk ? scenario.risk->benefits_percent : 0.0;
  flows.months_per_period = months_per_period_of(cash_flows.period);
  fill(flows.costs, cash_flows.costs, count, with_risk, 1.0 + cost_risk / 100.0);
  fill(flows.benefits, cash_flows.benefits, count, with_risk, 1.0 - benefit_risk / 100.0);
}

InvestmentReport evaluate_cash_flows(const Scenario& scenario) {
  const CashFlows& cash_flows = *scenario.cash_flows;
  const std::size_t count = flow_count(cash_flows);

  InvestmentReport report;
  report.period = cash_flows.period;
  report.months_per_period = months_per_period_of(cash_flows.period);
  report.horizon_months = (static_cast<int>(count) - 1) * report.months_per_period;
  report.annual_discount_rate = scenario.discount_rate_percent / 100.0;
  report.risk_adjusted = scenario.risk.has_value();

  TraceBuilder builder(report.trace);
  report.trace.terms.reserve(2 * count + 16);
  report.trace.operands.reserve(2 * count + 16);
  builder.input({"/horizon_months"}, report.horizon_months, Provenance::derived);
  builder.input(scenario, {"/discount_rate_percent"}, scenario.discount_rate_percent);
  const InputPointer cost_risk_pointer{"/risk", -1, "costs_percent"};
  const InputPointer benefit_risk_pointer{"/risk", -1, "benefits_percent"};
  const TracedTerm cost_risk =
      scenario.risk
          ? builder.input(cost_risk_pointer, scenario.risk->costs_percent, Provenance::given)
          : builder.input(cost_risk_pointer, 0.0, Provenance::defaulted);
  const TracedTerm benefit_risk =
      scenario.risk
          ? builder.input(benefit_risk_pointer, scenario.risk->benefits_percent, Provenance::given)
          : builder.input(benefit_risk_pointer, 0.0, Provenance::defaulted);
  report.scenario_terms = {0, builder.next_id()};

  report.cost_lines.push_back(
      flows_line(builder, cash_flows.costs, count, "costs", cost_risk, /*is_cost=*/true));
  report.benefit_lines.push_back(
      flows_line(builder, cash_flows.benefits, count, "benefits", benefit_risk, false));

  PeriodFlows flows;
  explicit_flows(scenario, RiskTreatment::adjusted, flows);
  net_flows(flows);
  report.figures = figures_of(flows, report.annual_discount_rate);
  if (report.risk_adjusted) {
    explicit_flows(scenario, RiskTreatment::unadjusted, flows);
    net_flows(flows);
    report.unadjusted = figures_of(flows, report.annual_discount_rate);
  }
  return report;
}

}  // namespace crmroi::report_detail
