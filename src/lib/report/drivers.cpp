// The investment case of a driver scenario: cost and benefit lines turned into monthly flows,
// each line with the trace of its figures (formulas.hpp).
#include <algorithm>
#include <optional>
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

double adoption_factor_square_sum(const Adoption& adoption, int first, int last) {
  double sum = 0;
  for (int month = std::max(first, 0); month <= last; ++month) {
    const double factor = adoption_factor(adoption, month);
    sum += factor * factor;
  }
  return sum;
}

// Indexed by TimeUnit.
constexpr std::string_view kTimeUnitKeys[] = {"minutes_per_day", "hours_per_day", "hours_per_week",
                                              "hours_per_month"};

std::string_view time_unit_key(TimeUnit unit) { return kTimeUnitKeys[static_cast<int>(unit)]; }

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
    const Benefits& benefits = *scenario.benefits;
    if (benefits.conversion_uplift && benefits.conversion_uplift->risk_percent) return true;
    if (benefits.average_order_uplift && benefits.average_order_uplift->risk_percent) return true;
    for (const CostReduction& reduction : benefits.cost_reductions) {
      if (reduction.risk_percent) return true;
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
  if (kind == "conversion_uplift") return "conversion uplift";
  if (kind == "average_order_uplift") return "average order uplift";
  if (kind == "cost_reduction") return "cost reduction";
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

/// Driver lines into monthly flows, the one place where both paths add them up (so that
/// evaluate and evaluate_numbers add the same numbers in the same order).
class MonthlyFlows {
 public:
  MonthlyFlows(PeriodFlows& flows, const Adoption& adoption, int horizon, RiskTreatment risk)
      : flows_(flows), adoption_(adoption), adjusted_(risk == RiskTreatment::adjusted) {
    const auto months = static_cast<std::size_t>(horizon) + 1;
    flows.months_per_period = 1;
    flows.costs.assign(months, 0.0);
    flows.benefits.assign(months, 0.0);
  }
  /// A cost of `level` every month of first..last plus `per_factor` × the adoption factor.
  void add_cost(int first, int last, double level, double per_factor, double risk_percent) {
    const double multiplier = adjusted_ ? 1.0 + risk_percent / 100.0 : 1.0;
    level *= multiplier;
    per_factor *= multiplier;
    for (int month = first; month <= last; ++month) {
      const auto m = static_cast<std::size_t>(month);
      flows_.costs[m] +=
          per_factor == 0 ? level : level + per_factor * adoption_factor(adoption_, month);
    }
  }
  /// A benefit of `full_amount` a month at full adoption.
  void add_benefit(double full_amount, double risk_percent) {
    full_benefit_ += full_amount * (adjusted_ ? 1.0 - risk_percent / 100.0 : 1.0);
  }
  /// A benefit of `amount` a month at full adoption that ramps twice: × the month's adoption
  /// factor squared (the average-order uplift on extra orders that ramp themselves).
  void add_twice_ramped_benefit(double amount, double risk_percent) {
    amount *= adjusted_ ? 1.0 - risk_percent / 100.0 : 1.0;
    for (std::size_t m = 1; m < flows_.benefits.size(); ++m) {
      const double factor = adoption_factor(adoption_, static_cast<int>(m));
      flows_.benefits[m] += amount * factor * factor;
    }
  }
  /// A benefit line as flows: its once-ramped amount with the others, its twice-ramped part apart.
  void add_benefit_line(double full_amount, const std::optional<double>& once_ramped,
                        const std::optional<double>& twice_ramped, double risk_percent) {
    if (!twice_ramped) return add_benefit(full_amount, risk_percent);
    add_benefit(*once_ramped, risk_percent);
    add_twice_ramped_benefit(*twice_ramped, risk_percent);
  }
  /// The benefit of each month: the lines' full benefit × the month's adoption factor, added to
  /// what is there (nothing yet: 0 + x is x). The factor is 0 until the CRM is live and 1 once it
  /// is fully adopted, so those months add the one product full × 0 or full × 1 (the same bits
  /// as multiplying month by month), and only the ramp's months call adoption_factor: no branch a
  /// month that the ramp makes hard to predict.
  void finish() {
    const long long months = static_cast<long long>(flows_.benefits.size());
    if (months <= 1) return;  // month 0 has no benefit
    const long long implementation = adoption_.implementation_months;
    const long long ramp = adoption_.ramp_months;
    // The factor is above 0 from month first_live on and 1 from month first_full on.
    const long long first_live = std::clamp(implementation + 1, 1LL, months);
    const long long first_full =
        ramp <= 0 ? first_live
                  : std::clamp(std::max(implementation, 0LL) + ramp, first_live, months);
    const double before = full_benefit_ * 0.0;
    const double after = full_benefit_ * 1.0;
    for (long long m = 1; m < first_live; ++m) {
      flows_.benefits[static_cast<std::size_t>(m)] += before;
    }
    for (long long m = first_live; m < first_full; ++m) {
      flows_.benefits[static_cast<std::size_t>(m)] +=
          full_benefit_ * adoption_factor(adoption_, static_cast<int>(m));
    }
    for (long long m = first_full; m < months; ++m) {
      flows_.benefits[static_cast<std::size_t>(m)] += after;
    }
  }

 private:
  PeriodFlows& flows_;
  const Adoption& adoption_;
  bool adjusted_;
  double full_benefit_ = 0;
};

/// What a cost line adds to the flows.
struct CostFlow {
  int first = 0;
  int last = -1;
  double level = 0;
  double per_factor = 0;
  double risk_percent = 0;
};

/// What a benefit line adds to the flows.
struct BenefitFlow {
  double full_amount = 0;
  double risk_percent = 0;
  std::optional<double> once_ramped;
  std::optional<double> twice_ramped;
};

void add_flows(const std::vector<CostFlow>& costs, const std::vector<BenefitFlow>& benefits,
               MonthlyFlows& flows) {
  for (const CostFlow& cost : costs) {
    flows.add_cost(cost.first, cost.last, cost.level, cost.per_factor, cost.risk_percent);
  }
  for (const BenefitFlow& benefit : benefits) {
    flows.add_benefit_line(benefit.full_amount, benefit.once_ramped, benefit.twice_ramped,
                           benefit.risk_percent);
  }
  flows.finish();
}

}  // namespace

void driver_flows(const Scenario& scenario, RiskTreatment risk, PeriodFlows& flows) {
  NumberBuilder builder;
  const DriverInputs<NumberBuilder> inputs = driver_inputs(builder, scenario);
  MonthlyFlows monthly(flows, inputs.adoption, inputs.horizon, risk);
  for_each_driver_line(
      builder, scenario, inputs,
      [&](std::string_view, std::string_view, const CostLineTerms<NumberBuilder>& cost) {
        monthly.add_cost(cost.first, cost.last, cost.level, cost.per_factor.value_or(0.0),
                         cost.risk);
      },
      [&](std::string_view, std::string_view, const BenefitLineTerms<NumberBuilder>& benefit) {
        monthly.add_benefit_line(benefit.full_amount, benefit.once_ramped, benefit.twice_ramped,
                                 benefit.risk);
      });
  monthly.finish();
}

InvestmentReport evaluate_drivers(const Scenario& scenario) {
  InvestmentReport report;
  report.period = Period::month;
  report.months_per_period = 1;
  report.horizon_months = std::max(scenario.horizon_months.value_or(0), 0);
  report.annual_discount_rate = scenario.discount_rate_percent / 100.0;
  report.risk_adjusted = sets_any_risk(scenario);

  TraceBuilder builder(report.trace);
  const std::size_t cost_count =
      scenario.costs ? scenario.costs->one_time.size() + scenario.costs->recurring.size() : 0;
  const std::size_t benefit_count = scenario.benefits
                                        ? scenario.benefits->time_savings.size() + 3 +
                                              scenario.benefits->monthly.size() +
                                              scenario.benefits->cost_reductions.size()
                                        : 0;
  report.trace.terms.reserve(24 + 20 * (cost_count + benefit_count));
  std::vector<CostFlow> cost_flows;
  std::vector<BenefitFlow> benefit_flows;
  cost_flows.reserve(cost_count);
  benefit_flows.reserve(benefit_count);
  const DriverInputs<TraceBuilder> inputs = driver_inputs(builder, scenario);
  // Σ adoption factor over months 0..H: the months of full benefit a monthly benefit earns.
  const TracedTerm full_adoption_months = builder.adoption_months(
      scenario.adoption, inputs.implementation, inputs.ramp, builder.constant("month_0", 0.0),
      inputs.horizon_term, "full_adoption_months");
  builder.input(scenario, {"/discount_rate_percent"}, scenario.discount_rate_percent);
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
  report.cost_lines.reserve(cost_count);
  report.benefit_lines.reserve(benefit_count);
  for_each_driver_line(
      builder, scenario, inputs,
      [&](std::string_view kind, std::string_view name, const CostLineTerms<TraceBuilder>& cost) {
        LineBreakdown line = make_line(kind, name, cost.full_amount, cost.risk);
        cost_flows.push_back({.first = cost.first,
                              .last = cost.last,
                              .level = cost.level.value,
                              .per_factor = cost.per_factor ? cost.per_factor->value : 0.0,
                              .risk_percent = cost.risk.value});
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
        const auto value = [](const std::optional<TracedTerm>& term) -> std::optional<double> {
          if (!term) return std::nullopt;
          return term->value;
        };
        benefit_flows.push_back({benefit.full_amount.value, benefit.risk.value,
                                 value(benefit.once_ramped), value(benefit.twice_ramped)});
        TracedTerm unadjusted{};
        if (benefit.twice_ramped) {
          // once-ramped part × Σ adoption + twice-ramped part × Σ adoption²
          const TracedTerm squares = builder.adoption_squares(
              scenario.adoption, inputs.implementation, inputs.ramp,
              builder.constant("month_0", 0.0), inputs.horizon_term, "full_adoption_squares");
          unadjusted =
              builder.add(builder.multiply(*benefit.once_ramped, full_adoption_months),
                          builder.multiply(*benefit.twice_ramped, squares), "total_unadjusted");
        } else {
          unadjusted =
              builder.multiply(benefit.full_amount, full_adoption_months, "total_unadjusted");
        }
        set_totals(line, unadjusted, lowered_by_risk(builder, unadjusted, benefit.risk));
        finish_line(report.benefit_lines, line);
      });

  PeriodFlows flows;
  const auto figures_with = [&](RiskTreatment risk) {
    MonthlyFlows monthly(flows, scenario.adoption, report.horizon_months, risk);
    add_flows(cost_flows, benefit_flows, monthly);
    net_flows(flows);
    return figures_of(flows, report.annual_discount_rate);
  };
  report.figures = figures_with(RiskTreatment::adjusted);
  if (report.risk_adjusted) report.unadjusted = figures_with(RiskTreatment::unadjusted);
  return report;
}

}  // namespace report_detail
}  // namespace crmroi
