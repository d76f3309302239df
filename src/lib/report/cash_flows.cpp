// The investment case of explicit cash flows (a transcribed business case or a vendor's study).
#include <algorithm>
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "crmroi/cash_flow.hpp"
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

/// The number of periods plus one: the longest array or line (the loader requires equal
/// lengths; a shorter one is padded with zeros), at least the start.
std::size_t flow_count(const CashFlows& cash_flows) {
  std::size_t count =
      std::max<std::size_t>({cash_flows.costs.size(), cash_flows.benefits.size(), 1});
  for (const CashFlowLine& line : cash_flows.cost_lines)
    count = std::max(count, line.values.size());
  for (const CashFlowLine& line : cash_flows.benefit_lines) {
    count = std::max(count, line.values.size());
  }
  return count;
}

/// True when any named line carries its own risk_percent.
bool lines_set_risk(const CashFlows& cash_flows) {
  const auto has_risk = [](const CashFlowLine& line) { return line.risk_percent.has_value(); };
  return std::any_of(cash_flows.cost_lines.begin(), cash_flows.cost_lines.end(), has_risk) ||
         std::any_of(cash_flows.benefit_lines.begin(), cash_flows.benefit_lines.end(), has_risk);
}

/// Named lines added up period by period into `out` (`count` periods), each line × (1 ± its
/// risk / 100) when `with_risk` (its own risk_percent, else `default_risk`).
void fill_lines(std::vector<double>& out, const std::vector<CashFlowLine>& lines, std::size_t count,
                bool with_risk, double default_risk, bool is_cost) {
  out.assign(count, 0.0);
  for (const CashFlowLine& line : lines) {
    const double risk = line.risk_percent.value_or(default_risk);
    const double multiplier = !with_risk ? 1.0 : is_cost ? 1.0 + risk / 100.0 : 1.0 - risk / 100.0;
    for (std::size_t i = 0; i < line.values.size() && i < count; ++i) {
      out[i] += line.values[i] * multiplier;
    }
  }
}

/// `flows` padded with zeros to `count` elements, each × `multiplier` when `with_risk`.
void fill(std::vector<double>& out, const std::vector<double>& flows, std::size_t count,
          bool with_risk, double multiplier) {
  out.assign(count, 0.0);
  std::copy(flows.begin(), flows.end(), out.begin());
  if (!with_risk) return;
  for (double& flow : out) flow *= multiplier;
}

/// The line of one array, or of one named line (`line_index` ≥ 0, its values at
/// /cash_flows/costs/N/values): its flows summed, and the sum × (1 ± risk / 100).
LineBreakdown flows_line(TraceBuilder& builder, const std::vector<double>& flows, std::size_t count,
                         std::string_view name, TracedTerm risk, bool is_cost,
                         int line_index = -1) {
  LineBreakdown line{.name = std::string(name), .kind = "cash_flows"};
  const TermId first = builder.next_id();
  const std::string_view path = is_cost ? "/cash_flows/costs" : "/cash_flows/benefits";
  std::vector<TracedTerm> terms;
  terms.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const InputPointer pointer =
        line_index < 0 ? InputPointer{path, static_cast<int>(i)}
                       : InputPointer{path, line_index, "values", static_cast<int>(i)};
    terms.push_back(i < flows.size() ? builder.input(pointer, flows[i], Provenance::given)
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
  const bool with_risk =
      risk == RiskTreatment::adjusted && (scenario.risk.has_value() || lines_set_risk(cash_flows));
  const double cost_risk = scenario.risk ? scenario.risk->costs_percent : 0.0;
  const double benefit_risk = scenario.risk ? scenario.risk->benefits_percent : 0.0;
  flows.months_per_period = months_per_period_of(cash_flows.period);
  if (cash_flows.cost_lines.empty()) {
    fill(flows.costs, cash_flows.costs, count, with_risk, 1.0 + cost_risk / 100.0);
  } else {
    fill_lines(flows.costs, cash_flows.cost_lines, count, with_risk, cost_risk, true);
  }
  if (cash_flows.benefit_lines.empty()) {
    fill(flows.benefits, cash_flows.benefits, count, with_risk, 1.0 - benefit_risk / 100.0);
  } else {
    fill_lines(flows.benefits, cash_flows.benefit_lines, count, with_risk, benefit_risk, false);
  }
}

InvestmentReport evaluate_cash_flows(const Scenario& scenario) {
  const CashFlows& cash_flows = *scenario.cash_flows;
  const std::size_t count = flow_count(cash_flows);

  InvestmentReport report;
  report.period = cash_flows.period;
  report.months_per_period = months_per_period_of(cash_flows.period);
  report.horizon_months = (static_cast<int>(count) - 1) * report.months_per_period;
  report.annual_discount_rate = scenario.discount_rate_percent / 100.0;
  report.risk_adjusted = scenario.risk.has_value() || lines_set_risk(cash_flows);

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

  // Plain arrays are one line each ("costs", "benefits"); named lines one line each, with their
  // own risk (else the default) and their present value.
  const double period_rate =
      period_rate_from_annual(report.annual_discount_rate, 12 / report.months_per_period);
  const auto named_lines = [&](const std::vector<CashFlowLine>& lines, TracedTerm default_risk,
                               bool is_cost, std::vector<LineBreakdown>& out) {
    out.reserve(lines.size());
    for (std::size_t index = 0; index < lines.size(); ++index) {
      const CashFlowLine& flow_line = lines[index];
      const std::string_view path = is_cost ? "/cash_flows/costs" : "/cash_flows/benefits";
      const TracedTerm risk = flow_line.risk_percent
                                  ? builder.input({path, static_cast<int>(index), "risk_percent"},
                                                  *flow_line.risk_percent, Provenance::given)
                                  : default_risk;
      LineBreakdown line = flows_line(builder, flow_line.values, count, flow_line.name, risk,
                                      is_cost, static_cast<int>(index));
      // Its present value, risk-adjusted when the figures are:   =v0+NPV(r, v1:vn)
      const double multiplier = !report.risk_adjusted ? 1.0
                                : is_cost             ? 1.0 + risk.value / 100.0
                                                      : 1.0 - risk.value / 100.0;
      std::vector<double> adjusted(flow_line.values);
      for (double& value : adjusted) value *= multiplier;
      line.present_value = Metric::defined(present_value(adjusted, period_rate));
      out.push_back(std::move(line));
    }
  };
  if (cash_flows.cost_lines.empty()) {
    report.cost_lines.push_back(
        flows_line(builder, cash_flows.costs, count, "costs", cost_risk, /*is_cost=*/true));
  } else {
    named_lines(cash_flows.cost_lines, cost_risk, true, report.cost_lines);
  }
  if (cash_flows.benefit_lines.empty()) {
    report.benefit_lines.push_back(
        flows_line(builder, cash_flows.benefits, count, "benefits", benefit_risk, false));
  } else {
    named_lines(cash_flows.benefit_lines, benefit_risk, false, report.benefit_lines);
  }

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
