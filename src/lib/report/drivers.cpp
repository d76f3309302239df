// The investment case of a driver scenario: cost and benefit lines turned into monthly flows,
// with each line's arithmetic and the assumptions the figures rest on.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "crmroi/cash_flow.hpp"
#include "crmroi/money.hpp"
#include "crmroi/report.hpp"
#include "crmroi/scenario_inputs.hpp"
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

namespace {

constexpr double kWeeksPerMonth = 52.0 / 12.0;

/// What every line needs: the horizon, the adoption factor per month, the order baseline.
struct Context {
  int horizon = 0;
  int money_decimals = 2;
  std::vector<double> factor;         ///< adoption factor of months 0..H
  std::vector<double> factor_prefix;  ///< sum of factor[0..m]
  double baseline_orders = 0;
  double uplift_orders = 0;  ///< extra orders a month at full adoption
  std::optional<Risk> default_risk;

  /// Sum of the adoption factors of months first..last (inclusive, inside 0..H).
  [[nodiscard]] double factor_sum(int first, int last) const {
    const double before = first > 0 ? factor_prefix[static_cast<std::size_t>(first - 1)] : 0.0;
    return factor_prefix[static_cast<std::size_t>(last)] - before;
  }
  [[nodiscard]] std::string money(double amount) const {
    return money_text(amount, money_decimals);
  }
  [[nodiscard]] double cost_risk(const std::optional<double>& own) const {
    return own.value_or(default_risk ? default_risk->costs_percent : 0.0);
  }
  [[nodiscard]] double benefit_risk(const std::optional<double>& own) const {
    return own.value_or(default_risk ? default_risk->benefits_percent : 0.0);
  }
};

/// A cost line as flows: `level` every month of first..last plus `per_factor` x adoption factor
/// (the uplift's extra orders of a per-order fee). Empty when first > last.
struct CostFlow {
  int first = 0;
  int last = -1;
  double level = 0;
  double per_factor = 0;
  double risk_percent = 0;
};

/// A benefit line as flows: `full_monthly` x adoption factor in months 1..H.
struct BenefitFlow {
  double full_monthly = 0;
  double risk_percent = 0;
};

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

std::string month_range_text(int first, int last) {
  if (first == last) return "month " + std::to_string(first);
  return "months " + std::to_string(first) + "\u2013" + std::to_string(last);
}

std::string joined_quoted(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) {
    if (!text.empty()) text += ", ";
    text += quoted(name);
  }
  return text;
}

/// ", plus 10 % risk = 49,500" for a cost; nothing when the risk is 0.
std::string cost_risk_suffix(const Context& context, double risk_percent, double adjusted) {
  if (risk_percent == 0) return "";
  return ", plus " + percent_text(risk_percent) + " risk = " + context.money(adjusted);
}

/// ", less 20 % risk = 3,040 a month" for a benefit; nothing when the risk is 0.
std::string benefit_risk_suffix(const Context& context, double risk_percent, double full_monthly) {
  if (risk_percent == 0) return "";
  return ", less " + percent_text(risk_percent) +
         " risk = " + context.money(full_monthly * (1.0 - risk_percent / 100.0)) + " a month";
}

LineBreakdown one_time_line(const Context& context, const OneTimeCost& cost, CostFlow& flow) {
  LineBreakdown line{.name = cost.name.empty() ? "one-time cost" : cost.name,
                     .kind = "one_time",
                     .full_amount = cost.amount,
                     .risk_percent = context.cost_risk(cost.risk_percent)};
  const std::string amount = context.money(cost.amount);
  if (cost.month < 0 || cost.month > context.horizon) {
    line.arithmetic = amount + " in month " + std::to_string(cost.month) + ", outside the " +
                      std::to_string(context.horizon) + "-month horizon: not counted";
    return line;
  }
  flow = {.first = cost.month,
          .last = cost.month,
          .level = cost.amount,
          .risk_percent = line.risk_percent};
  line.total_unadjusted = cost.amount;
  line.total = cost.amount * (1.0 + line.risk_percent / 100.0);
  line.arithmetic = amount + " once in month " + std::to_string(cost.month) +
                    cost_risk_suffix(context, line.risk_percent, line.total);
  return line;
}

LineBreakdown recurring_line(const Context& context, const RecurringCost& cost, CostFlow& flow) {
  LineBreakdown line{.name = cost.name.empty() ? "recurring cost" : cost.name,
                     .kind = "recurring",
                     .risk_percent = context.cost_risk(cost.risk_percent)};
  const int first = std::max(cost.start_month, 0);
  const int last = std::min(cost.end_month.value_or(context.horizon), context.horizon);

  double level = 0;
  double per_factor = 0;
  std::string rate;
  switch (cost.basis) {
    case RecurringBasis::monthly:
      level = cost.monthly;
      rate = context.money(cost.monthly) + " a month";
      break;
    case RecurringBasis::per_user:
      level = cost.per_user * cost.users;
      rate = std::to_string(cost.users) + (cost.users == 1 ? " user" : " users") + " \u00d7 " +
             context.money(cost.per_user) + " a month";
      break;
    case RecurringBasis::per_order: {
      level = cost.per_order * context.baseline_orders;
      per_factor = cost.per_order * context.uplift_orders;
      rate = context.money(cost.per_order) + " per order \u00d7 ";
      if (context.uplift_orders == 0) {
        rate += number_text(context.baseline_orders, 2) + " orders a month";
      } else {
        const std::string orders = number_text(context.baseline_orders, 2) + " + " +
                                   number_text(context.uplift_orders, 2) + " extra";
        const std::string all = number_text(context.baseline_orders + context.uplift_orders, 2);
        const bool full_from_start =
            first <= last && context.factor[static_cast<std::size_t>(first)] >= 1.0;
        rate += full_from_start
                    ? all + " orders a month (" + orders + ")"
                    : "up to " + all + " orders a month (" + orders + " as adoption ramps up)";
      }
      break;
    }
  }
  line.full_amount = level + per_factor;

  if (first > last) {
    line.arithmetic =
        cost.start_month > context.horizon
            ? rate + ", from month " + std::to_string(cost.start_month) + ": after the " +
                  std::to_string(context.horizon) + "-month horizon, not counted"
            : rate + ", " + month_range_text(first, last) + ": no months, not counted";
    return line;
  }
  flow = {.first = first,
          .last = last,
          .level = level,
          .per_factor = per_factor,
          .risk_percent = line.risk_percent};
  line.total_unadjusted = level * (last - first + 1) + per_factor * context.factor_sum(first, last);
  line.total = line.total_unadjusted * (1.0 + line.risk_percent / 100.0);
  line.arithmetic = rate + ", " + month_range_text(first, last) + " = " +
                    context.money(line.total_unadjusted) +
                    cost_risk_suffix(context, line.risk_percent, line.total);
  return line;
}

double hours_a_month(const TimeSaving& saving) {
  switch (saving.unit) {
    case TimeUnit::minutes_per_day:
      return saving.amount / 60.0 * saving.days_per_month;
    case TimeUnit::hours_per_day:
      return saving.amount * saving.days_per_month;
    case TimeUnit::hours_per_week:
      return saving.amount * kWeeksPerMonth;
    case TimeUnit::hours_per_month:
      return saving.amount;
  }
  return saving.amount;
}

std::string time_text(const TimeSaving& saving) {
  const std::string amount = number_text(saving.amount, 3);
  const std::string days = " \u00d7 " + number_text(saving.days_per_month, 2) + " days";
  switch (saving.unit) {
    case TimeUnit::minutes_per_day:
      return amount + " min/day" + days;
    case TimeUnit::hours_per_day:
      return amount + " h/day" + days;
    case TimeUnit::hours_per_week:
      return amount + " h/week \u00d7 52/12 weeks";
    case TimeUnit::hours_per_month:
      return amount + " h/month";
  }
  return amount;
}

LineBreakdown time_saving_line(const Context& context, const TimeSaving& saving) {
  LineBreakdown line{.name = saving.name.empty() ? "time savings" : saving.name,
                     .kind = "time_savings",
                     .risk_percent = context.benefit_risk(saving.risk_percent)};
  // people x hours saved a month x hourly cost x realization
  line.full_amount = saving.people * hours_a_month(saving) * saving.hourly_cost *
                     saving.realization_percent / 100.0;
  std::string text = number_text(saving.people, 2) + (saving.people == 1 ? " person" : " people") +
                     " \u00d7 " + time_text(saving) + " \u00d7 " +
                     context.money(saving.hourly_cost) + "/h";
  if (saving.realization_percent != 100) {
    text += " \u00d7 " + percent_text(saving.realization_percent) + " realised";
  }
  line.arithmetic = text + " = " + context.money(line.full_amount) + " a month" +
                    benefit_risk_suffix(context, line.risk_percent, line.full_amount);
  return line;
}

std::optional<double> profit_per_order(const Business& business) {
  if (business.profit_per_order) return business.profit_per_order;
  if (business.average_order_value && business.gross_margin_percent) {
    return *business.average_order_value * *business.gross_margin_percent / 100.0;
  }
  return std::nullopt;
}

LineBreakdown order_uplift_line(const Context& context, const OrderUplift& uplift,
                                const std::optional<Business>& business) {
  LineBreakdown line{.name = "order uplift",
                     .kind = "order_uplift",
                     .risk_percent = context.benefit_risk(uplift.risk_percent)};
  const std::optional<double> profit = business ? profit_per_order(*business) : std::nullopt;
  // extra orders x profit per order
  line.full_amount = context.uplift_orders * profit.value_or(0.0);

  std::string text;
  if (uplift.percent) {
    text = percent_text(*uplift.percent) + " of " + number_text(context.baseline_orders, 2) +
           " orders = ";
  }
  text += number_text(context.uplift_orders, 2) + " extra orders a month \u00d7 ";
  if (!profit) {
    text += "0 profit per order (no profit per order given)";
  } else {
    text += context.money(*profit) + " profit per order";
    if (!business->profit_per_order) {
      text += " (" + context.money(*business->average_order_value) + " \u00d7 " +
              percent_text(*business->gross_margin_percent) + " margin)";
    }
  }
  line.arithmetic = text + " = " + context.money(line.full_amount) + " a month" +
                    benefit_risk_suffix(context, line.risk_percent, line.full_amount);
  return line;
}

LineBreakdown monthly_benefit_line(const Context& context, const MonthlyBenefit& benefit) {
  LineBreakdown line{.name = benefit.name.empty() ? "monthly benefit" : benefit.name,
                     .kind = "monthly",
                     .full_amount = benefit.amount,
                     .risk_percent = context.benefit_risk(benefit.risk_percent)};
  line.arithmetic = context.money(benefit.amount) + " a month" +
                    benefit_risk_suffix(context, line.risk_percent, benefit.amount);
  return line;
}

/// Monthly cost and benefit flows of months 0..H, with or without the lines' risk.
void build_flows(const Context& context, const std::vector<CostFlow>& costs,
                 const std::vector<BenefitFlow>& benefits, bool with_risk,
                 std::vector<double>& cost_flow, std::vector<double>& benefit_flow) {
  const auto months = static_cast<std::size_t>(context.horizon) + 1;
  cost_flow.assign(months, 0.0);
  benefit_flow.assign(months, 0.0);
  for (const CostFlow& cost : costs) {
    const double multiplier = with_risk ? 1.0 + cost.risk_percent / 100.0 : 1.0;
    const double level = cost.level * multiplier;
    const double per_factor = cost.per_factor * multiplier;
    for (int month = cost.first; month <= cost.last; ++month) {
      const auto m = static_cast<std::size_t>(month);
      cost_flow[m] += per_factor == 0 ? level : level + per_factor * context.factor[m];
    }
  }
  double full_benefit = 0;
  for (const BenefitFlow& benefit : benefits) {
    full_benefit += benefit.full_monthly * (with_risk ? 1.0 - benefit.risk_percent / 100.0 : 1.0);
  }
  for (std::size_t m = 1; m < months; ++m) benefit_flow[m] = full_benefit * context.factor[m];
}

Context make_context(const Scenario& scenario) {
  Context context;
  context.horizon = std::max(scenario.horizon_months.value_or(0), 0);
  context.money_decimals = currency_minor_digits(scenario.currency);
  context.default_risk = scenario.risk;
  const auto months = static_cast<std::size_t>(context.horizon) + 1;
  context.factor.resize(months);
  context.factor_prefix.resize(months);
  double sum = 0;
  for (std::size_t m = 0; m < months; ++m) {
    context.factor[m] = adoption_factor(scenario.adoption, static_cast<int>(m));
    sum += context.factor[m];
    context.factor_prefix[m] = sum;
  }
  if (scenario.business && scenario.business->orders_per_month) {
    context.baseline_orders = *scenario.business->orders_per_month;
  }
  if (scenario.benefits && scenario.benefits->order_uplift) {
    const OrderUplift& uplift = *scenario.benefits->order_uplift;
    if (uplift.percent) {
      context.uplift_orders = *uplift.percent / 100.0 * context.baseline_orders;
    } else if (uplift.orders_per_month) {
      context.uplift_orders = *uplift.orders_per_month;
    }
  }
  return context;
}

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

std::string adoption_assumption(const Adoption& adoption) {
  const int implementation = std::max(adoption.implementation_months, 0);
  const int ramp = std::max(adoption.ramp_months, 0);
  if (implementation == 0 && ramp == 0) {
    return "adoption: full benefit from month 1 (no implementation or ramp-up period)";
  }
  std::string text = "adoption: ";
  text += implementation == 0
              ? "benefits start in month 1"
              : "benefits start after " + months_text(implementation) + " of implementation";
  if (ramp <= 1) {
    return text + ", at full from month " + std::to_string(implementation + 1);
  }
  return text + " and reach full over " + months_text(ramp) + " (month " +
         std::to_string(implementation + 1) + " earns 1/" + std::to_string(ramp) +
         ", full from month " + std::to_string(implementation + ramp) + ")";
}

void add_driver_assumptions(const Scenario& scenario, const Context& context,
                            InvestmentReport& report) {
  std::vector<std::string>& notes = report.assumptions;
  notes.push_back("months 0\u2013" + std::to_string(context.horizon) +
                  ": month 0 is the start (undiscounted); recurring costs and benefits run from "
                  "month 1 unless a line says otherwise");
  notes.push_back(discount_rate_assumption(scenario.discount_rate_percent, Period::month));

  const bool has_benefits =
      scenario.benefits && (!scenario.benefits->time_savings.empty() ||
                            scenario.benefits->order_uplift || !scenario.benefits->monthly.empty());
  if (has_benefits) notes.push_back(adoption_assumption(scenario.adoption));

  if (scenario.benefits) {
    std::vector<std::string> default_days;
    std::vector<std::string> weekly;
    std::vector<std::string> full_realization;
    for (const TimeSaving& saving : scenario.benefits->time_savings) {
      const std::string name = saving.name.empty() ? "time savings" : saving.name;
      const bool per_day =
          saving.unit == TimeUnit::minutes_per_day || saving.unit == TimeUnit::hours_per_day;
      if (per_day && key_provenance(saving, "days_per_month") == Provenance::defaulted)
        default_days.push_back(name);
      if (saving.unit == TimeUnit::hours_per_week) weekly.push_back(name);
      if (saving.realization_percent == 100) full_realization.push_back(name);
    }
    if (!default_days.empty()) {
      notes.push_back("days per month: " + number_text(TimeSaving{}.days_per_month, 2) +
                      " (default) for " + joined_quoted(default_days));
    }
    if (!weekly.empty()) {
      notes.push_back("weeks per month: 52/12 = " + number_text(kWeeksPerMonth, 3) + " for " +
                      joined_quoted(weekly));
    }
    if (!full_realization.empty()) {
      notes.push_back("realization: 100 % (default) for " + joined_quoted(full_realization) +
                      ": every hour saved counts as useful work (Nucleus Research suggests 50 % "
                      "when unsure)");
    }
    if (scenario.benefits->order_uplift && scenario.business &&
        !scenario.business->profit_per_order && scenario.business->average_order_value &&
        scenario.business->gross_margin_percent) {
      const Business& business = *scenario.business;
      notes.push_back("profit per order: " + context.money(*business.average_order_value) +
                      " average order \u00d7 " + percent_text(*business.gross_margin_percent) +
                      " gross margin = " + context.money(*profit_per_order(business)));
    }
  }

  if (scenario.costs) {
    const int implementation = std::max(scenario.adoption.implementation_months, 0);
    for (const RecurringCost& cost : scenario.costs->recurring) {
      if (cost.basis != RecurringBasis::per_order) continue;
      if (context.uplift_orders > 0) {
        notes.push_back(quoted(cost.name) +
                        ": per-order fees are paid on the uplift's extra orders too, as they ramp "
                        "up with adoption");
      }
      if (implementation > 0 && cost.start_month <= implementation) {
        notes.push_back(quoted(cost.name) + ": billed on the baseline orders from month " +
                        std::to_string(cost.start_month) +
                        ", during implementation too (set start_month to change this)");
      }
    }
  }

  if (scenario.risk) {
    notes.push_back("risk: costs raised by " + percent_text(scenario.risk->costs_percent) +
                    ", benefits lowered by " + percent_text(scenario.risk->benefits_percent) +
                    " unless a line sets its own risk_percent");
  }
  if (report.risk_adjusted) {
    notes.push_back("headline figures are risk-adjusted; \"unadjusted\" holds them before risk");
  }
}

}  // namespace

InvestmentReport evaluate_drivers(const Scenario& scenario, bool with_assumptions) {
  const Context context = make_context(scenario);
  InvestmentReport report;
  report.period = Period::month;
  report.months_per_period = 1;
  report.horizon_months = context.horizon;
  report.annual_discount_rate = scenario.discount_rate_percent / 100.0;
  report.risk_adjusted = sets_any_risk(scenario);

  std::vector<CostFlow> cost_flows;
  std::vector<BenefitFlow> benefit_flows;
  if (scenario.costs) {
    const Costs& costs = *scenario.costs;
    report.cost_lines.reserve(costs.one_time.size() + costs.recurring.size());
    cost_flows.reserve(costs.one_time.size() + costs.recurring.size());
    for (const OneTimeCost& cost : costs.one_time) {
      CostFlow flow;
      report.cost_lines.push_back(one_time_line(context, cost, flow));
      cost_flows.push_back(flow);
    }
    for (const RecurringCost& cost : costs.recurring) {
      CostFlow flow;
      report.cost_lines.push_back(recurring_line(context, cost, flow));
      cost_flows.push_back(flow);
    }
  }
  if (scenario.benefits) {
    const Benefits& benefits = *scenario.benefits;
    for (const TimeSaving& saving : benefits.time_savings) {
      report.benefit_lines.push_back(time_saving_line(context, saving));
    }
    if (benefits.order_uplift) {
      report.benefit_lines.push_back(
          order_uplift_line(context, *benefits.order_uplift, scenario.business));
    }
    for (const MonthlyBenefit& benefit : benefits.monthly) {
      report.benefit_lines.push_back(monthly_benefit_line(context, benefit));
    }
    const double factor_total = context.factor_prefix.back();
    for (LineBreakdown& line : report.benefit_lines) {
      benefit_flows.push_back(
          {.full_monthly = line.full_amount, .risk_percent = line.risk_percent});
      line.total_unadjusted = line.full_amount * factor_total;
      line.total = line.total_unadjusted * (1.0 - line.risk_percent / 100.0);
    }
  }

  const double monthly_rate = period_rate_from_annual(report.annual_discount_rate, 12);
  std::vector<double> cost_flow;
  std::vector<double> benefit_flow;
  build_flows(context, cost_flows, benefit_flows, report.risk_adjusted, cost_flow, benefit_flow);
  report.figures = figures_from_flows(cost_flow, benefit_flow, 1, monthly_rate);
  if (report.risk_adjusted) {
    build_flows(context, cost_flows, benefit_flows, false, cost_flow, benefit_flow);
    report.unadjusted = figures_from_flows(cost_flow, benefit_flow, 1, monthly_rate);
  }
  if (with_assumptions) add_driver_assumptions(scenario, context, report);
  return report;
}

}  // namespace report_detail
}  // namespace crmroi
