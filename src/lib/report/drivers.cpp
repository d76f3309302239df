// The investment case of a driver scenario: cost and benefit lines turned into monthly flows,
// each line with the trace of its figures (formulas.hpp).
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <span>
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

/// The growth factor of year index `years` (0 for year 1): (1 + percent / 100)^years, as the
/// trace's power term computes it.
double growth_factor(double percent, int years) { return std::pow(1.0 + percent / 100.0, years); }

/// The year index of month `month` for growth: months 1–12 are year 1 (index 0), 13–24 year 2;
/// month 0, the start, counts with year 1.
int growth_years(int month) { return month >= 1 ? (month - 1) / 12 : 0; }

/// What a cost line adds to the flows.
struct CostFlow {
  int first = 0;
  int last = -1;
  double level = 0;
  double per_factor = 0;
  double risk_percent = 0;
  double per_factor_fixed = 0;
  std::optional<double> growth;           ///< the line's own, percent a year
  std::optional<double> business_growth;  ///< a per-order fee's, percent a year
};

/// A part of a benefit line (BenefitPart in formulas.hpp) as numbers.
struct PartFlow {
  double amount = 0;
  int ramps = 1;
  std::optional<double> growth;
};

/// What a benefit line adds to the flows.
struct BenefitFlow {
  double risk_percent = 0;
  std::array<PartFlow, 3> parts{};
  int part_count = 0;
};

template <typename Builder>
CostFlow cost_flow(const CostLineTerms<Builder>& cost) {
  const auto value = [](const auto& term) { return Builder::value(term); };
  const auto optional_value = [&](const auto& term) -> std::optional<double> {
    if (!term) return std::nullopt;
    return value(*term);
  };
  return {.first = cost.first,
          .last = cost.last,
          .level = value(cost.level),
          .per_factor = cost.per_factor ? value(*cost.per_factor) : 0.0,
          .risk_percent = value(cost.risk),
          .per_factor_fixed = cost.per_factor_fixed ? value(*cost.per_factor_fixed) : 0.0,
          .growth = optional_value(cost.growth),
          .business_growth = optional_value(cost.business_growth)};
}

template <typename Builder>
BenefitFlow benefit_flow(const BenefitLineTerms<Builder>& benefit) {
  BenefitFlow flow{.risk_percent = Builder::value(benefit.risk)};
  for (const BenefitPart<Builder>& part : benefit.line_parts()) {
    std::optional<double> growth;
    if (part.growth) growth = Builder::value(*part.growth);
    flow.parts[static_cast<std::size_t>(flow.part_count++)] = {Builder::value(part.amount),
                                                               part.ramps, growth};
  }
  return flow;
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
  /// A cost line: `level` every month of first..last plus `per_factor` × the adoption factor;
  /// with growth, as add_grown_cost.
  void add_cost(const CostFlow& cost) {
    if (cost.growth || cost.business_growth) return add_grown_cost(cost);
    const double multiplier = adjusted_ ? 1.0 + cost.risk_percent / 100.0 : 1.0;
    const double level = cost.level * multiplier;
    const double per_factor = cost.per_factor * multiplier;
    for (int month = cost.first; month <= cost.last; ++month) {
      const auto m = static_cast<std::size_t>(month);
      flows_.costs[m] +=
          per_factor == 0 ? level : level + per_factor * adoption_factor(adoption_, month);
    }
  }
  /// A benefit line: each part ramped once and without growth with the other lines' (added up
  /// once and × the month's adoption factor in finish), the others month by month.
  void add_benefit(const BenefitFlow& benefit) {
    const double kept = adjusted_ ? 1.0 - benefit.risk_percent / 100.0 : 1.0;
    for (int i = 0; i < benefit.part_count; ++i) {
      const PartFlow& part = benefit.parts[static_cast<std::size_t>(i)];
      if (part.ramps == 1 && !part.growth) {
        full_benefit_ += part.amount * kept;
      } else {
        add_scheduled_benefit(part.amount * kept, part.ramps, part.growth.value_or(0.0));
      }
    }
  }
  /// The benefit of each month: the lines' full benefit × the month's adoption factor, added to
  /// what scheduled parts have put there (nothing, for most scenarios: 0 + x is x). The factor is
  /// 0 until the CRM is live and 1 once it is fully adopted, so those months add the one product
  /// full × 0 or full × 1 (the same bits as multiplying month by month), and only the ramp's
  /// months call adoption_factor: no branch a month that the ramp makes hard to predict.
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
  /// A cost that grows: in year y, level × (1 + g_line)^(y−1) × (1 + g_business)^(y−1) (the
  /// business's only for a per-order fee), plus the adoption factor × the fee on the extra
  /// orders (those that grow with the business, and those given as a number, which do not).
  void add_grown_cost(const CostFlow& cost) {
    const double multiplier = adjusted_ ? 1.0 + cost.risk_percent / 100.0 : 1.0;
    const double level = cost.level * multiplier;
    const double per_factor = cost.per_factor * multiplier;
    const double per_factor_fixed = cost.per_factor_fixed * multiplier;
    int years = -1;
    double line_factor = 1;
    double business_factor = 1;
    for (int month = cost.first; month <= cost.last; ++month) {
      if (growth_years(month) != years) {
        years = growth_years(month);
        line_factor = growth_factor(cost.growth.value_or(0.0), years);
        business_factor = growth_factor(cost.business_growth.value_or(0.0), years);
      }
      const double ramped = per_factor * business_factor + per_factor_fixed;
      flows_.costs[static_cast<std::size_t>(month)] +=
          (level * business_factor + ramped * adoption_factor(adoption_, month)) * line_factor;
    }
  }
  /// `amount` a month at full adoption × the adoption factor (squared when it ramps twice) ×
  /// (1 + growth / 100)^(y − 1) in year y.
  void add_scheduled_benefit(double amount, int ramps, double growth_percent) {
    int years = -1;
    double factor = 1;
    for (std::size_t m = 1; m < flows_.benefits.size(); ++m) {
      const int month = static_cast<int>(m);
      if (growth_years(month) != years) {
        years = growth_years(month);
        factor = growth_factor(growth_percent, years);
      }
      const double adoption = adoption_factor(adoption_, month);
      flows_.benefits[m] += amount * factor * (ramps == 2 ? adoption * adoption : adoption);
    }
  }

  PeriodFlows& flows_;
  const Adoption& adoption_;
  bool adjusted_;
  double full_benefit_ = 0;
};

void add_flows(const std::vector<CostFlow>& costs, const std::vector<BenefitFlow>& benefits,
               MonthlyFlows& flows) {
  for (const CostFlow& cost : costs) flows.add_cost(cost);
  for (const BenefitFlow& benefit : benefits) flows.add_benefit(benefit);
  flows.finish();
}

/// The months of year `year` (1…) a line counts in: 12(y−1)+1 … 12y, year 1 from month 0,
/// within first..last; empty when first > last.
struct YearWindow {
  int first = 0;
  int last = -1;
};
YearWindow year_window(int year, int first, int last) {
  const int year_first = year == 1 ? 0 : 12 * (year - 1) + 1;
  return {std::max(year_first, first), std::min(12 * year, last)};
}

/// The years whose months touch 0..horizon: at least year 1 (month 0).
int years_of(int horizon) { return std::max(1, (horizon + 11) / 12); }

/// (1 + growth / 100)^(year − 1) as a term.
TracedTerm growth_factor_term(TraceBuilder& builder, TracedTerm growth, int year,
                              std::string_view name) {
  const TracedTerm base = builder.add(
      builder.constant("one", 1.0), builder.divide(growth, builder.constant("percent", kPercent)));
  return builder.power(base, builder.constant("years", year - 1), name);
}

/// A growing cost line's total before risk, year by year ("year_total" terms, summed).
TracedTerm grown_cost_total(TraceBuilder& builder, const DriverInputs<TraceBuilder>& inputs,
                            const CostLineTerms<TraceBuilder>& cost) {
  std::vector<TracedTerm> years;
  for (int year = 1; year <= years_of(inputs.horizon); ++year) {
    const YearWindow window = year_window(year, cost.first, cost.last);
    if (window.first > window.last) continue;
    const TracedTerm first = builder.constant("year_first_month", window.first);
    const TracedTerm last = builder.constant("year_last_month", window.last);
    TracedTerm factor = builder.constant("one", 1.0);
    TracedTerm business = builder.constant("one", 1.0);
    if (cost.growth) factor = growth_factor_term(builder, *cost.growth, year, "growth_factor");
    if (cost.business_growth) {
      business = growth_factor_term(builder, *cost.business_growth, year, "business_growth_factor");
    }
    const TracedTerm months = builder.add(builder.subtract(last, first),
                                          builder.constant("one", 1.0), "year_billed_months");
    TracedTerm total = builder.multiply(builder.multiply(cost.level, business), months);
    if (cost.per_factor) {
      TracedTerm ramped = builder.multiply(*cost.per_factor, business);
      if (cost.per_factor_fixed) ramped = builder.add(ramped, *cost.per_factor_fixed);
      const TracedTerm adoption =
          builder.adoption_months(inputs.adoption, inputs.implementation, inputs.ramp, first, last);
      total = builder.add(total, builder.multiply(ramped, adoption));
    }
    years.push_back(builder.multiply(total, factor, "year_total"));
  }
  return builder.sum(years, "total_unadjusted");
}

/// A benefit line's total before risk when a part grows, year by year: per year the part ×
/// (1 + g)^(y − 1) × its year's adoption months ("year_months", or "year_squares" for a part
/// that ramps twice), the parts added up as "year_total", the years summed.
TracedTerm grown_benefit_total(TraceBuilder& builder, const DriverInputs<TraceBuilder>& inputs,
                               const BenefitLineTerms<TraceBuilder>& benefit) {
  std::vector<TracedTerm> years;
  const int horizon = inputs.horizon;
  for (int year = 1; 12 * (year - 1) + 1 <= horizon; ++year) {
    const TracedTerm first = builder.constant("year_first_month", 12 * (year - 1) + 1);
    const TracedTerm last = builder.constant("year_last_month", std::min(12 * year, horizon));
    const TracedTerm months = builder.adoption_months(inputs.adoption, inputs.implementation,
                                                      inputs.ramp, first, last, "year_months");
    std::optional<TracedTerm> squares;
    TracedTerm total{};
    const std::span<const BenefitPart<TraceBuilder>> parts = benefit.line_parts();
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const BenefitPart<TraceBuilder>& part = parts[i];
      TracedTerm amount = part.amount;
      if (part.growth) {
        amount = builder.multiply(amount,
                                  growth_factor_term(builder, *part.growth, year, "growth_factor"),
                                  "year_amount");
      }
      if (part.ramps == 2 && !squares) {
        squares = builder.adoption_squares(inputs.adoption, inputs.implementation, inputs.ramp,
                                           first, last, "year_squares");
      }
      const std::string_view name = i + 1 == parts.size() ? "year_total" : "";
      if (i == 0) {
        total = builder.multiply(amount, part.ramps == 2 ? *squares : months, name);
      } else {
        total =
            builder.add(total, builder.multiply(amount, part.ramps == 2 ? *squares : months), name);
      }
    }
    years.push_back(total);
  }
  return builder.sum(years, "total_unadjusted");
}

}  // namespace

void driver_flows(const Scenario& scenario, RiskTreatment risk, PeriodFlows& flows) {
  NumberBuilder builder;
  const DriverInputs<NumberBuilder> inputs = driver_inputs(builder, scenario);
  MonthlyFlows monthly(flows, inputs.adoption, inputs.horizon, risk);
  for_each_driver_line(
      builder, scenario, inputs,
      [&](std::string_view, std::string_view, const CostLineTerms<NumberBuilder>& cost) {
        monthly.add_cost(cost_flow(cost));
      },
      [&](std::string_view, std::string_view, const BenefitLineTerms<NumberBuilder>& benefit) {
        monthly.add_benefit(benefit_flow(benefit));
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
        cost_flows.push_back(cost_flow(cost));
        if (cost.first <= cost.last && (cost.growth || cost.business_growth)) {
          const TracedTerm unadjusted = grown_cost_total(builder, inputs, cost);
          set_totals(line, unadjusted, raised_by_risk(builder, unadjusted, cost.risk));
        } else if (cost.first <= cost.last) {
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
        benefit_flows.push_back(benefit_flow(benefit));
        bool grows = false;
        for (const auto& part : benefit.line_parts()) grows = grows || part.growth.has_value();
        TracedTerm unadjusted{};
        if (grows) {
          unadjusted = grown_benefit_total(builder, inputs, benefit);
        } else if (benefit.part_count > 1) {
          // once-ramped part × Σ adoption + twice-ramped part × Σ adoption²
          const TracedTerm squares = builder.adoption_squares(
              scenario.adoption, inputs.implementation, inputs.ramp,
              builder.constant("month_0", 0.0), inputs.horizon_term, "full_adoption_squares");
          unadjusted =
              builder.add(builder.multiply(benefit.parts[0].amount, full_adoption_months),
                          builder.multiply(benefit.parts[1].amount, squares), "total_unadjusted");
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
