// The investment case of a driver scenario: cost and benefit lines turned into monthly flows,
// each line with the trace of its figures (formulas.hpp).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/cash_flow.hpp"
#include "crmroi/report.hpp"
#include "report/formulas.hpp"
#include "report/report_detail.hpp"

namespace crmroi {

double adoption_factor(const Adoption& adoption, int month) {
  if (month < 1 || month <= adoption.implementation_months) return 0.0;
  if (adoption.ramp_months <= 0) return 1.0;
  const int months_live = month - std::max(adoption.implementation_months, 0);
  if (months_live >= adoption.ramp_months) return 1.0;
  return static_cast<double>(months_live) / static_cast<double>(adoption.ramp_months);
}

namespace report_detail {

double adoption_factor_prefix(const Adoption& adoption, int last) {
  double sum = 0;
  for (int month = 0; month <= last; ++month) sum += adoption_factor(adoption, month);
  return sum;
}

double adoption_factor_sum(const Adoption& adoption, int first, int last) {
  const double before = first > 0 ? adoption_factor_prefix(adoption, first - 1) : 0.0;
  return adoption_factor_prefix(adoption, last) - before;
}

std::string_view time_unit_key(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::minutes_per_day:
      return "minutes_per_day";
    case TimeUnit::hours_per_day:
      return "hours_per_day";
    case TimeUnit::hours_per_week:
      return "hours_per_week";
    case TimeUnit::hours_per_month:
      return "hours_per_month";
  }
  return "hours_per_month";
}

Provenance provenance_of(const Scenario& /*scenario*/, const InputPointer& pointer, double value) {
  if (pointer.key == "days_per_month" && value == 21.0) return Provenance::defaulted;
  return Provenance::given;
}

namespace {

bool sets_any_risk(const Scenario& scenario) {
  if (scenario.risk) return true;
  if (scenario.costs) {
    for (const OneTimeCost& cost : scenario.costs->one_time) {
      if (cost.risk_percent) return true;
    }
    for (const RecurringCost& cost : scenario.costs->recurring) {
      if (cost.risk_percent) return true;
    }
  }
  if (scenario.benefits) {
    for (const TimeSaving& saving : scenario.benefits->time_savings) {
      if (saving.risk_percent) return true;
    }
    if (scenario.benefits->order_uplift && scenario.benefits->order_uplift->risk_percent) {
      return true;
    }
    for (const MonthlyBenefit& benefit : scenario.benefits->monthly) {
      if (benefit.risk_percent) return true;
    }
  }
  return false;
}

std::string line_name(std::string_view kind, std::string_view name) {
  if (!name.empty()) return std::string(name);
  if (kind == "one_time") return "one-time cost";
  if (kind == "recurring") return "recurring cost";
  if (kind == "time_savings") return "time savings";
  if (kind == "order_uplift") return "order uplift";
  return "monthly benefit";
}

/// `amount` × (1 + risk / 100): a cost raised by its risk.
TracedTerm raised_by_risk(TraceBuilder& builder, TracedTerm amount, TracedTerm risk) {
  const TracedTerm share = builder.divide(risk, builder.constant("percent", kPercent));
  return builder.multiply(amount, builder.add(builder.constant("one", 1.0), share), "total");
}

/// `amount` × (1 − risk / 100): a benefit lowered by its risk.
TracedTerm lowered_by_risk(TraceBuilder& builder, TracedTerm amount, TracedTerm risk) {
  const TracedTerm share = builder.divide(risk, builder.constant("percent", kPercent));
  return builder.multiply(amount, builder.subtract(builder.constant("one", 1.0), share), "total");
}

/// A line's totals over the horizon, before and after its risk, and their terms.
void set_totals(LineBreakdown& line, TracedTerm unadjusted, TracedTerm total) {
  line.total_unadjusted = unadjusted.value;
  line.total = total.value;
  line.total_unadjusted_term = unadjusted.id;
  line.total_term = total.id;
}

}  // namespace

void driver_flows(const Scenario& scenario, RiskTreatment risk, PeriodFlows& flows) {
  NumberBuilder builder;
  const DriverInputs<NumberBuilder> inputs = driver_inputs(builder, scenario);
  const auto months = static_cast<std::size_t>(inputs.horizon) + 1;
  flows.months_per_period = 1;
  flows.costs.assign(months, 0.0);
  flows.benefits.assign(months, 0.0);
  const bool adjusted = risk == RiskTreatment::adjusted;
  double full_benefit = 0;
  for_each_driver_line(
      builder, scenario, inputs,
      [&](std::string_view, std::string_view, const CostLineTerms<NumberBuilder>& cost) {
        const double multiplier = adjusted ? 1.0 + cost.risk / 100.0 : 1.0;
        const double level = cost.level * multiplier;
        const double per_factor = cost.per_factor.value_or(0.0) * multiplier;
        for (int month = cost.first; month <= cost.last; ++month) {
          const auto m = static_cast<std::size_t>(month);
          flows.costs[m] += per_factor == 0
                                ? level
                                : level + per_factor * adoption_factor(inputs.adoption, month);
        }
      },
      [&](std::string_view, std::string_view, const BenefitLineTerms<NumberBuilder>& benefit) {
        full_benefit += benefit.full_amount * (adjusted ? 1.0 - benefit.risk / 100.0 : 1.0);
      });
  for (std::size_t m = 1; m < months; ++m) {
    flows.benefits[m] = full_benefit * adoption_factor(inputs.adoption, static_cast<int>(m));
  }
}

InvestmentReport evaluate_drivers(const Scenario& scenario) {
  InvestmentReport report;
  report.period = Period::month;
  report.months_per_period = 1;
  report.horizon_months = std::max(scenario.horizon_months.value_or(0), 0);
  report.annual_discount_rate = scenario.discount_rate_percent / 100.0;
  report.risk_adjusted = sets_any_risk(scenario);

  TraceBuilder builder(report.trace, scenario);
  report.trace.terms.reserve(64);
  report.trace.operands.reserve(96);
  const DriverInputs<TraceBuilder> inputs = driver_inputs(builder, scenario);
  builder.input({"/discount_rate_percent"}, scenario.discount_rate_percent);
  report.scenario_terms = {0, builder.next_id()};

  TermId line_start = builder.next_id();
  const auto make_line = [&](std::string_view kind, std::string_view name, TracedTerm full_amount,
                             TracedTerm risk) {
    return LineBreakdown{.name = line_name(kind, name),
                         .kind = std::string(kind),
                         .full_amount = full_amount.value,
                         .risk_percent = risk.value,
                         .full_amount_term = full_amount.id,
                         .risk_term = risk.id};
  };
  const auto finish_line = [&](std::vector<LineBreakdown>& lines, LineBreakdown& line) {
    line.terms = {line_start, builder.next_id()};
    line_start = line.terms.end;
    lines.push_back(std::move(line));
  };
  if (scenario.costs) {
    report.cost_lines.reserve(scenario.costs->one_time.size() + scenario.costs->recurring.size());
  }
  for_each_driver_line(
      builder, scenario, inputs,
      [&](std::string_view kind, std::string_view name, const CostLineTerms<TraceBuilder>& cost) {
        LineBreakdown line = make_line(kind, name, cost.full_amount, cost.risk);
        if (cost.first <= cost.last) {
          TracedTerm unadjusted = cost.level;
          if (cost.months) {  // recurring: level × months (+ per_factor × adoption months)
            unadjusted = builder.multiply(cost.level, *cost.months, "total_unadjusted");
            if (cost.per_factor) {
              const TracedTerm ramped = builder.multiply(
                  *cost.per_factor,
                  builder.adoption_months(inputs.adoption, inputs.implementation, inputs.ramp,
                                          *cost.first_month, *cost.last_month));
              unadjusted = builder.add(unadjusted, ramped, "total_unadjusted");
            }
          }
          set_totals(line, unadjusted, raised_by_risk(builder, unadjusted, cost.risk));
        }
        finish_line(report.cost_lines, line);
      },
      [&](std::string_view kind, std::string_view name,
          const BenefitLineTerms<TraceBuilder>& benefit) {
        LineBreakdown line = make_line(kind, name, benefit.full_amount, benefit.risk);
        const TracedTerm unadjusted =
            builder.multiply(benefit.full_amount, inputs.full_adoption_months, "total_unadjusted");
        set_totals(line, unadjusted, lowered_by_risk(builder, unadjusted, benefit.risk));
        finish_line(report.benefit_lines, line);
      });

  PeriodFlows flows;
  driver_flows(scenario, RiskTreatment::adjusted, flows);
  net_flows(flows);
  report.figures = figures_of(flows, report.annual_discount_rate);
  if (report.risk_adjusted) {
    driver_flows(scenario, RiskTreatment::unadjusted, flows);
    net_flows(flows);
    report.unadjusted = figures_of(flows, report.annual_discount_rate);
  }
  return report;
}

}  // namespace report_detail
}  // namespace crmroi
