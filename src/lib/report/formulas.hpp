// Internal to the report unit: the formulas of the driver lines, written once over a builder.
//
// The same formula runs with two builders. NumberBuilder computes plain doubles (the numbers-only
// path, evaluate_numbers). TraceBuilder records each input and operation as a term of a Trace,
// whose values are computed by the same operations in the same order (evaluate). So the figures
// of both paths are equal to the bit, and the trace shows exactly the arithmetic that was done.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "crmroi/report.hpp"
#include "crmroi/scenario.hpp"
#include "crmroi/scenario_inputs.hpp"
#include "crmroi/trace.hpp"

namespace crmroi::report_detail {

inline constexpr double kWeeksPerMonth = 52.0 / 12.0;
inline constexpr double kMinutesAnHour = 60.0;
inline constexpr double kPercent = 100.0;

/// Σ adoption_factor(adoption, m) for m in 0..last, summed month by month from month 0.
double adoption_factor_prefix(const Adoption& adoption, int last);

/// Σ adoption_factor(adoption, m) for m in first..last, as the difference of the two prefixes
/// (0 <= first <= last).
double adoption_factor_sum(const Adoption& adoption, int first, int last);

/// Σ adoption_factor(adoption, m)² for m in first..last, summed month by month.
double adoption_factor_square_sum(const Adoption& adoption, int first, int last);

/// Computes formulas as plain doubles.
struct NumberBuilder {
  using Term = double;
  static double value(double term) { return term; }
  template <typename Block>
  double input(const Block& /*block*/, const InputPointer& /*pointer*/, double value) const {
    return value;
  }
  double input(const InputPointer& /*pointer*/, double value, Provenance /*provenance*/) const {
    return value;
  }
  double constant(std::string_view /*name*/, double value) const { return value; }
  double add(double a, double b, std::string_view /*name*/ = {}) const { return a + b; }
  double subtract(double a, double b, std::string_view /*name*/ = {}) const { return a - b; }
  double multiply(double a, double b, std::string_view /*name*/ = {}) const { return a * b; }
  double divide(double a, double b, std::string_view /*name*/ = {}) const { return a / b; }
  double minimum(double a, double b, std::string_view /*name*/ = {}) const {
    return std::min(a, b);
  }
  double maximum(double a, double b, std::string_view /*name*/ = {}) const {
    return std::max(a, b);
  }
  double adoption_months(const Adoption& adoption, double /*implementation*/, double /*ramp*/,
                         double first, double last, std::string_view /*name*/ = {}) const {
    return adoption_factor_sum(adoption, static_cast<int>(first), static_cast<int>(last));
  }
  double adoption_squares(const Adoption& adoption, double /*implementation*/, double /*ramp*/,
                          double first, double last, std::string_view /*name*/ = {}) const {
    return adoption_factor_square_sum(adoption, static_cast<int>(first), static_cast<int>(last));
  }
  double power(double base, double exponent, std::string_view /*name*/ = {}) const {
    return std::pow(base, exponent);
  }
};

/// A term of the trace being built, with its value at hand.
struct TracedTerm {
  TermId id = kNoTerm;
  double value = 0;
};

/// Records formulas as terms of `trace`.
class TraceBuilder {
 public:
  using Term = TracedTerm;
  explicit TraceBuilder(Trace& trace) : trace_(trace) {}

  static double value(TracedTerm term) { return term.value; }
  [[nodiscard]] TermId next_id() const { return static_cast<TermId>(trace_.terms.size()); }

  /// An input of `block` that may have been left out of the file: its provenance (given or
  /// defaulted) is the scenario's record (key_provenance, crmroi/scenario_inputs.hpp).
  template <typename Block>
  TracedTerm input(const Block& block, const InputPointer& pointer, double value) {
    return input(pointer, value, key_provenance(block, pointer.key));
  }
  TracedTerm input(const InputPointer& pointer, double value, Provenance provenance) {
    return push({.op = TermOp::input,
                 .value = value,
                 .name = pointer.key.empty() ? pointer.path.substr(1) : pointer.key,
                 .pointer = pointer,
                 .provenance = provenance});
  }
  /// A constant of the model; one term per constant and trace, shared by the terms that use it.
  TracedTerm constant(std::string_view name, double value) {
    for (std::size_t i = 0; i < constant_count_; ++i) {
      const TracedTerm& known = constants_[i];
      if (known.value == value && trace_.term(known.id).name.data() == name.data()) return known;
    }
    const TracedTerm made = push({.op = TermOp::constant, .value = value, .name = name});
    if (constant_count_ < constants_.size()) constants_[constant_count_++] = made;
    return made;
  }
  TracedTerm add(TracedTerm a, TracedTerm b, std::string_view name = {}) {
    return binary(TermOp::add, a.value + b.value, name, a, b);
  }
  TracedTerm subtract(TracedTerm a, TracedTerm b, std::string_view name = {}) {
    return binary(TermOp::subtract, a.value - b.value, name, a, b);
  }
  TracedTerm multiply(TracedTerm a, TracedTerm b, std::string_view name = {}) {
    return binary(TermOp::multiply, a.value * b.value, name, a, b);
  }
  TracedTerm divide(TracedTerm a, TracedTerm b, std::string_view name = {}) {
    return binary(TermOp::divide, a.value / b.value, name, a, b);
  }
  TracedTerm minimum(TracedTerm a, TracedTerm b, std::string_view name = {}) {
    return binary(TermOp::minimum, std::min(a.value, b.value), name, a, b);
  }
  TracedTerm maximum(TracedTerm a, TracedTerm b, std::string_view name = {}) {
    return binary(TermOp::maximum, std::max(a.value, b.value), name, a, b);
  }
  TracedTerm adoption_months(const Adoption& adoption, TracedTerm implementation, TracedTerm ramp,
                             TracedTerm first, TracedTerm last, std::string_view name = {}) {
    const double value =
        adoption_factor_sum(adoption, static_cast<int>(first.value), static_cast<int>(last.value));
    return operation(TermOp::adoption_months, value, name, {implementation, ramp, first, last});
  }
  TracedTerm adoption_squares(const Adoption& adoption, TracedTerm implementation, TracedTerm ramp,
                              TracedTerm first, TracedTerm last, std::string_view name = {}) {
    const double value = adoption_factor_square_sum(adoption, static_cast<int>(first.value),
                                                    static_cast<int>(last.value));
    return operation(TermOp::adoption_squares, value, name, {implementation, ramp, first, last});
  }
  TracedTerm power(TracedTerm base, TracedTerm exponent, std::string_view name = {}) {
    return binary(TermOp::power, std::pow(base.value, exponent.value), name, base, exponent);
  }
  /// Σ terms, left to right, as one term.
  TracedTerm sum(std::span<const TracedTerm> terms, std::string_view name = {}) {
    double total = 0;
    crmroi::Term sum{.op = TermOp::sum,
                     .name = name,
                     .first_operand = static_cast<std::uint32_t>(trace_.operands.size()),
                     .operand_count = static_cast<std::uint32_t>(terms.size())};
    for (std::size_t i = 0; i < terms.size(); ++i) {
      total += terms[i].value;
      if (terms.size() <= sum.pair.size()) {
        sum.pair[i] = terms[i].id;
      } else {
        trace_.operands.push_back(terms[i].id);
      }
    }
    sum.value = total;
    return push(sum);
  }

 private:
  TracedTerm push(const crmroi::Term& term) {
    const TermId id = next_id();
    trace_.terms.push_back(term);
    return {id, term.value};
  }
  TracedTerm binary(TermOp op, double value, std::string_view name, TracedTerm a, TracedTerm b) {
    return push({.op = op, .value = value, .name = name, .pair = {a.id, b.id}, .operand_count = 2});
  }
  TracedTerm operation(TermOp op, double value, std::string_view name,
                       std::initializer_list<TracedTerm> operands) {
    const auto first_operand = static_cast<std::uint32_t>(trace_.operands.size());
    for (const TracedTerm& operand : operands) trace_.operands.push_back(operand.id);
    return push({.op = op,
                 .value = value,
                 .name = name,
                 .first_operand = first_operand,
                 .operand_count = static_cast<std::uint32_t>(operands.size())});
  }

  Trace& trace_;
  std::array<TracedTerm, 8> constants_{};
  std::size_t constant_count_ = 0;
};

// ---------------------------------------------------------------------------------------------
// The driver formulas. `Builder::Term` is a double or a TracedTerm; Builder::value reads it.

/// The scenario-wide inputs of a driver case: the horizon, adoption, orders and default risk.
template <typename Builder>
struct DriverInputs {
  using T = typename Builder::Term;
  int horizon = 0;
  Adoption adoption;
  T horizon_term{};
  T implementation{};
  T ramp{};
  T baseline_orders{};      ///< orders a month before the CRM (0 when not given)
  T uplift_extra_orders{};  ///< the order uplift's extra orders a month at full adoption
  /// The conversion uplift's extra orders a month at full adoption: leads × the close rate's rise.
  std::optional<T> conversion_extra_orders;
  /// Every extra order a month at full adoption (the uplifts' added up): per-order fees and the
  /// average-order uplift apply to them. The order uplift's term when it is the only uplift.
  T extra_orders{};
  /// business.growth_percent_per_year when it is not 0: the baseline orders and leads grow, and
  /// with them every extra order but those of an order uplift given as orders_per_month. Then the
  /// extra orders come in two parts: those that grow and those that stay as given.
  std::optional<T> business_growth;
  T growing_extra_orders{};
  std::optional<T> fixed_extra_orders;
  std::optional<T> default_cost_risk;
  std::optional<T> default_benefit_risk;
};

/// business.<key> as an input: given, or a defaulted 0 when the business block leaves it out.
template <typename Builder>
typename Builder::Term business_input(Builder& builder, const std::optional<Business>& business,
                                      std::optional<double> Business::*member,
                                      std::string_view key) {
  const std::optional<double> value = business ? (*business).*member : std::nullopt;
  return value ? builder.input({"/business", -1, key}, *value, Provenance::given)
               : builder.input({"/business", -1, key}, 0.0, Provenance::defaulted);
}

/// The conversion uplift's extra orders: leads × points / 100, the points given or a relative
/// rise of the close rate (close rate × percent / 100).
template <typename Builder>
typename Builder::Term conversion_extra_orders(Builder& builder, const Scenario& scenario,
                                               const ConversionUplift& uplift) {
  const std::string_view path = "/benefits/conversion_uplift";
  const auto leads =
      business_input(builder, scenario.business, &Business::leads_per_month, "leads_per_month");
  const auto close_rate = business_input(builder, scenario.business, &Business::close_rate_percent,
                                         "close_rate_percent");
  const auto hundred = builder.constant("percent", kPercent);
  const auto points =
      uplift.points
          ? builder.input({path, -1, "points"}, *uplift.points, Provenance::given)
          : builder.divide(builder.multiply(close_rate, builder.input({path, -1, "percent"},
                                                                      uplift.percent.value_or(0.0),
                                                                      Provenance::given)),
                           hundred, "close_rate_rise_points");
  return builder.divide(builder.multiply(leads, points), hundred, "conversion_extra_orders");
}

template <typename Builder>
DriverInputs<Builder> driver_inputs(Builder& builder, const Scenario& scenario) {
  DriverInputs<Builder> inputs;
  inputs.horizon = std::max(scenario.horizon_months.value_or(0), 0);
  inputs.adoption = scenario.adoption;
  inputs.horizon_term = builder.input(scenario, {"/horizon_months"}, inputs.horizon);
  inputs.implementation =
      builder.input(scenario.adoption, {"/adoption", -1, "implementation_months"},
                    scenario.adoption.implementation_months);
  inputs.ramp = builder.input(scenario.adoption, {"/adoption", -1, "ramp_months"},
                              scenario.adoption.ramp_months);
  inputs.baseline_orders =
      business_input(builder, scenario.business, &Business::orders_per_month, "orders_per_month");
  const OrderUplift* uplift = scenario.benefits && scenario.benefits->order_uplift
                                  ? &*scenario.benefits->order_uplift
                                  : nullptr;
  if (uplift && uplift->percent) {
    const auto percent = builder.input({"/benefits/order_uplift", -1, "percent"}, *uplift->percent,
                                       Provenance::given);
    inputs.uplift_extra_orders =
        builder.multiply(builder.divide(percent, builder.constant("percent", kPercent)),
                         inputs.baseline_orders, "extra_orders");
  } else if (uplift && uplift->orders_per_month) {
    inputs.uplift_extra_orders = builder.input({"/benefits/order_uplift", -1, "orders_per_month"},
                                               *uplift->orders_per_month, Provenance::given);
  } else {
    inputs.uplift_extra_orders = builder.constant("extra_orders", 0.0);
  }
  inputs.extra_orders = inputs.uplift_extra_orders;
  if (scenario.benefits && scenario.benefits->conversion_uplift) {
    inputs.conversion_extra_orders =
        conversion_extra_orders(builder, scenario, *scenario.benefits->conversion_uplift);
    inputs.extra_orders = builder.add(inputs.uplift_extra_orders, *inputs.conversion_extra_orders,
                                      "all_extra_orders");
  }
  if (scenario.business && scenario.business->growth_percent_per_year.value_or(0.0) != 0) {
    inputs.business_growth =
        builder.input({"/business", -1, "growth_percent_per_year"},
                      *scenario.business->growth_percent_per_year, Provenance::given);
    const bool fixed = uplift && uplift->orders_per_month;
    if (fixed) {
      inputs.fixed_extra_orders = inputs.uplift_extra_orders;
      inputs.growing_extra_orders = inputs.conversion_extra_orders
                                        ? *inputs.conversion_extra_orders
                                        : builder.constant("extra_orders", 0.0);
    } else {
      inputs.growing_extra_orders = inputs.extra_orders;
    }
  }
  if (scenario.risk) {
    inputs.default_cost_risk = builder.input({"/risk", -1, "costs_percent"},
                                             scenario.risk->costs_percent, Provenance::given);
    inputs.default_benefit_risk = builder.input({"/risk", -1, "benefits_percent"},
                                                scenario.risk->benefits_percent, Provenance::given);
  }
  return inputs;
}

/// A line's risk: its own risk_percent, else the scenario's default, else 0.
template <typename Builder>
typename Builder::Term line_risk(Builder& builder, const InputPointer& line,
                                 const std::optional<double>& own,
                                 const std::optional<typename Builder::Term>& default_risk) {
  const InputPointer pointer{line.path, line.index, "risk_percent"};
  if (own) return builder.input(pointer, *own, Provenance::given);
  if (default_risk) return *default_risk;
  return builder.input(pointer, 0.0, Provenance::defaulted);
}

/// A line's own growth_percent_per_year as an input when it is not 0 (nothing otherwise: the line
/// reads and adds up as it did before growth existed).
template <typename Builder, typename Line>
std::optional<typename Builder::Term> line_growth(Builder& builder, const InputPointer& line,
                                                  const Line& block) {
  if (block.growth_percent_per_year.value_or(0.0) == 0) return std::nullopt;
  return builder.input({line.path, line.index, "growth_percent_per_year"},
                       *block.growth_percent_per_year, Provenance::given);
}

/// A cost line as flows: `level` every month of first..last plus `per_factor` × the month's
/// adoption factor (the per-order fee on the uplift's extra orders). Not paid when first > last.
/// With growth, the amounts of year y are × (1 + g)^(y − 1) for the line's own growth, and for
/// a per-order fee also for the business's (its level and per_factor; per_factor_fixed, the fee
/// on extra orders given as orders_per_month, follows only the line's own).
template <typename Builder>
struct CostLineTerms {
  using T = typename Builder::Term;
  int first = 0;
  int last = -1;
  T level{};
  std::optional<T> per_factor;
  std::optional<T> per_factor_fixed;
  std::optional<T> growth;           ///< the line's own growth_percent_per_year, when not 0
  std::optional<T> business_growth;  ///< a per-order fee's: business.growth_percent_per_year
  T full_amount{};
  T risk{};
  std::optional<T> first_month;  ///< recurring costs: max(start_month, 0)
  std::optional<T> last_month;   ///< recurring costs: min(end_month, horizon)
  std::optional<T> months;       ///< recurring costs: last − first + 1, when paid
};

template <typename Builder>
CostLineTerms<Builder> one_time_cost_terms(Builder& builder, const DriverInputs<Builder>& inputs,
                                           const OneTimeCost& cost, int index) {
  CostLineTerms<Builder> terms;
  const InputPointer line{"/costs/one_time", index};
  terms.level = builder.input({line.path, index, "amount"}, cost.amount, Provenance::given);
  terms.full_amount = terms.level;
  builder.input(cost, {line.path, index, "month"}, cost.month);
  terms.risk = line_risk(builder, line, cost.risk_percent, inputs.default_cost_risk);
  if (cost.month >= 0 && cost.month <= inputs.horizon) {
    terms.first = cost.month;
    terms.last = cost.month;
  }
  return terms;
}

template <typename Builder>
CostLineTerms<Builder> recurring_cost_terms(Builder& builder, const DriverInputs<Builder>& inputs,
                                            const RecurringCost& cost, int index) {
  CostLineTerms<Builder> terms;
  const std::string_view path = "/costs/recurring";
  switch (cost.basis) {
    case RecurringBasis::monthly:
      terms.level = builder.input({path, index, "monthly"}, cost.monthly, Provenance::given);
      terms.full_amount = terms.level;
      break;
    case RecurringBasis::per_user:
      terms.level = builder.multiply(
          builder.input({path, index, "per_user"}, cost.per_user, Provenance::given),
          builder.input({path, index, "users"}, cost.users, Provenance::given), "level");
      terms.full_amount = terms.level;
      break;
    case RecurringBasis::per_order: {
      const auto per_order =
          builder.input({path, index, "per_order"}, cost.per_order, Provenance::given);
      terms.level = builder.multiply(per_order, inputs.baseline_orders, "level");
      if (inputs.business_growth) {
        terms.business_growth = inputs.business_growth;
        terms.per_factor = builder.multiply(per_order, inputs.growing_extra_orders, "per_factor");
        if (inputs.fixed_extra_orders) {
          terms.per_factor_fixed =
              builder.multiply(per_order, *inputs.fixed_extra_orders, "per_factor_fixed");
        }
      } else {
        terms.per_factor = builder.multiply(per_order, inputs.extra_orders, "per_factor");
      }
      terms.full_amount = builder.add(terms.level, *terms.per_factor, "full_amount");
      if (terms.per_factor_fixed) {
        terms.full_amount = builder.add(terms.full_amount, *terms.per_factor_fixed, "full_amount");
      }
      break;
    }
  }
  terms.growth = line_growth(builder, {path, index}, cost);
  const auto start = builder.input(cost, {path, index, "start_month"}, cost.start_month);
  const auto end =
      cost.end_month
          ? builder.input({path, index, "end_month"}, *cost.end_month, Provenance::given)
          : builder.input({path, index, "end_month"}, inputs.horizon, Provenance::derived);
  const auto first = builder.maximum(start, builder.constant("month_0", 0.0), "first_month");
  const auto last = builder.minimum(end, inputs.horizon_term, "last_month");
  terms.first_month = first;
  terms.last_month = last;
  terms.first = std::max(cost.start_month, 0);
  terms.last = std::min(cost.end_month.value_or(inputs.horizon), inputs.horizon);
  terms.risk = line_risk(builder, {path, index}, cost.risk_percent, inputs.default_cost_risk);
  if (terms.first <= terms.last) {
    terms.months =
        builder.add(builder.subtract(last, first), builder.constant("one", 1.0), "months");
  }
  return terms;
}

/// A part of a benefit line: an amount a month at full adoption, ramped once (× the month's
/// adoption factor) or twice (× its square: the average-order uplift on extra orders that ramp
/// themselves), growing by `growth` percent a year (the line's own or the business's) or not.
template <typename Builder>
struct BenefitPart {
  using T = typename Builder::Term;
  T amount{};
  int ramps = 1;
  std::optional<T> growth;
};

/// A benefit line: its full monthly amount in year 1 (before ramp and risk), its risk, and the
/// parts that add up to it (most lines are one part: the full amount, ramped once).
template <typename Builder>
struct BenefitLineTerms {
  using T = typename Builder::Term;
  T full_amount{};
  T risk{};
  std::array<BenefitPart<Builder>, 3> parts{};
  int part_count = 1;

  BenefitLineTerms() = default;
  BenefitLineTerms(T full, T line_risk, std::optional<T> growth = std::nullopt)
      : full_amount(full), risk(line_risk) {
    parts[0] = {full, 1, growth};
  }
  void add_part(T amount, int ramps, std::optional<T> growth) {
    parts[static_cast<std::size_t>(part_count++)] = {amount, ramps, growth};
  }
  [[nodiscard]] std::span<const BenefitPart<Builder>> line_parts() const {
    return std::span(parts).first(static_cast<std::size_t>(part_count));
  }
  /// True when a part grows or ramps twice: the line is not simply full amount × adoption.
  [[nodiscard]] bool has_own_schedule() const {
    for (const auto& part : line_parts())
      if (part.growth || part.ramps != 1) return true;
    return false;
  }
};

template <typename Builder>
typename Builder::Term hours_a_month(Builder& builder, const TimeSaving& saving,
                                     const typename Builder::Term& amount, int index) {
  const std::string_view path = "/benefits/time_savings";
  switch (saving.unit) {
    case TimeUnit::minutes_per_day:
      return builder.multiply(
          builder.divide(amount, builder.constant("minutes_an_hour", kMinutesAnHour)),
          builder.input(saving, {path, index, "days_per_month"}, saving.days_per_month),
          "hours_a_month");
    case TimeUnit::hours_per_day:
      return builder.multiply(
          amount, builder.input(saving, {path, index, "days_per_month"}, saving.days_per_month),
          "hours_a_month");
    case TimeUnit::hours_per_week:
      return builder.multiply(amount, builder.constant("weeks_a_month", kWeeksPerMonth),
                              "hours_a_month");
    case TimeUnit::hours_per_month:
      return amount;
  }
  return amount;
}

/// The key of a time saving's amount: "minutes_per_day", "hours_per_day", ...
std::string_view time_unit_key(TimeUnit unit);

template <typename Builder>
BenefitLineTerms<Builder> time_saving_terms(Builder& builder, const DriverInputs<Builder>& inputs,
                                            const TimeSaving& saving, int index) {
  const std::string_view path = "/benefits/time_savings";
  // people × hours saved a month × hourly cost × realization
  const auto people = builder.input(saving, {path, index, "people"}, saving.people);
  const auto amount =
      builder.input({path, index, time_unit_key(saving.unit)}, saving.amount, Provenance::given);
  const auto hours = hours_a_month(builder, saving, amount, index);
  const auto hourly_cost =
      builder.input({path, index, "hourly_cost"}, saving.hourly_cost, Provenance::given);
  const auto realization =
      builder.input(saving, {path, index, "realization_percent"}, saving.realization_percent);
  const auto full = builder.divide(
      builder.multiply(builder.multiply(builder.multiply(people, hours), hourly_cost), realization),
      builder.constant("percent", kPercent), "full_amount");
  const auto risk =
      line_risk(builder, {path, index}, saving.risk_percent, inputs.default_benefit_risk);
  return {full, risk, line_growth(builder, {path, index}, saving)};
}

/// Profit per order: given, or average order value × gross margin; a defaulted 0 without either.
template <typename Builder>
typename Builder::Term profit_per_order(Builder& builder, const std::optional<Business>& business) {
  if (business && business->profit_per_order) {
    return builder.input({"/business", -1, "profit_per_order"}, *business->profit_per_order,
                         Provenance::given);
  }
  if (business && business->average_order_value && business->gross_margin_percent) {
    return builder.divide(
        builder.multiply(builder.input({"/business", -1, "average_order_value"},
                                       *business->average_order_value, Provenance::given),
                         builder.input({"/business", -1, "gross_margin_percent"},
                                       *business->gross_margin_percent, Provenance::given)),
        builder.constant("percent", kPercent), "profit_per_order");
  }
  return builder.input({"/business", -1, "profit_per_order"}, 0.0, Provenance::defaulted);
}

template <typename Builder>
BenefitLineTerms<Builder> order_uplift_terms(Builder& builder, const DriverInputs<Builder>& inputs,
                                             const OrderUplift& uplift,
                                             const std::optional<Business>& business) {
  // extra orders × profit per order (given, or average order value × gross margin)
  const auto profit = profit_per_order(builder, business);
  const auto full = builder.multiply(inputs.uplift_extra_orders, profit, "full_amount");
  const auto risk = line_risk(builder, {"/benefits/order_uplift"}, uplift.risk_percent,
                              inputs.default_benefit_risk);
  // A percent of the baseline grows with it; orders_per_month stay as given.
  return {full, risk, uplift.percent ? inputs.business_growth : std::nullopt};
}

template <typename Builder>
BenefitLineTerms<Builder> conversion_uplift_terms(Builder& builder,
                                                  const DriverInputs<Builder>& inputs,
                                                  const ConversionUplift& uplift,
                                                  const std::optional<Business>& business) {
  // leads × the close rate's rise = extra orders, × profit per order
  const auto profit = profit_per_order(builder, business);
  const auto full = builder.multiply(*inputs.conversion_extra_orders, profit, "full_amount");
  const auto risk = line_risk(builder, {"/benefits/conversion_uplift"}, uplift.risk_percent,
                              inputs.default_benefit_risk);
  return {full, risk, inputs.business_growth};  // the leads grow with the business
}

template <typename Builder>
BenefitLineTerms<Builder> average_order_uplift_terms(Builder& builder,
                                                     const DriverInputs<Builder>& inputs,
                                                     const AverageOrderUplift& uplift,
                                                     const std::optional<Business>& business) {
  // profit per order × percent more on every order: the baseline orders (ramped once, with the
  // benefit) and the extra orders (ramped twice: they ramp themselves).
  const std::string_view path = "/benefits/average_order_uplift";
  const auto profit = profit_per_order(builder, business);
  const auto percent = builder.input({path, -1, "percent"}, uplift.percent, Provenance::given);
  const auto more = builder.divide(builder.multiply(profit, percent),
                                   builder.constant("percent", kPercent), "more_profit_per_order");
  const auto once = builder.multiply(more, inputs.baseline_orders, "once_ramped");
  const auto risk = line_risk(builder, {path}, uplift.risk_percent, inputs.default_benefit_risk);
  if (!inputs.business_growth) {
    const auto twice = builder.multiply(more, inputs.extra_orders, "twice_ramped");
    BenefitLineTerms<Builder> terms(builder.add(once, twice, "full_amount"), risk);
    terms.parts[0] = {once, 1, std::nullopt};
    terms.add_part(twice, 2, std::nullopt);
    return terms;
  }
  // With the business growing: the baseline and the growing extra orders grow, extra orders
  // given as orders_per_month stay.
  const auto twice = builder.multiply(more, inputs.growing_extra_orders, "twice_ramped");
  auto full = builder.add(once, twice, "full_amount");
  std::optional<typename Builder::Term> twice_fixed;
  if (inputs.fixed_extra_orders) {
    twice_fixed = builder.multiply(more, *inputs.fixed_extra_orders, "twice_ramped_fixed");
    full = builder.add(full, *twice_fixed, "full_amount");
  }
  BenefitLineTerms<Builder> terms(full, risk);
  terms.parts[0] = {once, 1, inputs.business_growth};
  terms.add_part(twice, 2, inputs.business_growth);
  if (twice_fixed) terms.add_part(*twice_fixed, 2, std::nullopt);
  return terms;
}

template <typename Builder>
BenefitLineTerms<Builder> cost_reduction_terms(Builder& builder,
                                               const DriverInputs<Builder>& inputs,
                                               const CostReduction& reduction, int index) {
  // monthly cost × percent cut
  const std::string_view path = "/benefits/cost_reductions";
  const auto cost =
      builder.input({path, index, "monthly_cost"}, reduction.monthly_cost, Provenance::given);
  const auto percent =
      builder.input({path, index, "percent"}, reduction.percent, Provenance::given);
  const auto full = builder.divide(builder.multiply(cost, percent),
                                   builder.constant("percent", kPercent), "full_amount");
  const auto risk =
      line_risk(builder, {path, index}, reduction.risk_percent, inputs.default_benefit_risk);
  return {full, risk, line_growth(builder, {path, index}, reduction)};
}

template <typename Builder>
BenefitLineTerms<Builder> monthly_benefit_terms(Builder& builder,
                                                const DriverInputs<Builder>& inputs,
                                                const MonthlyBenefit& benefit, int index) {
  const std::string_view path = "/benefits/monthly";
  const auto amount = builder.input({path, index, "amount"}, benefit.amount, Provenance::given);
  const auto risk =
      line_risk(builder, {path, index}, benefit.risk_percent, inputs.default_benefit_risk);
  return {amount, risk, line_growth(builder, {path, index}, benefit)};
}

/// Calls on_cost(kind, name, terms) for each cost line and on_benefit(kind, name, terms) for each
/// benefit line of a driver scenario, in the report's order: one-time costs, recurring costs;
/// time savings, the order uplift, the conversion uplift, the average-order uplift, other monthly
/// benefits, cost reductions. `kind` is LineBreakdown::kind.
template <typename Builder, typename OnCost, typename OnBenefit>
void for_each_driver_line(Builder& builder, const Scenario& scenario,
                          const DriverInputs<Builder>& inputs, OnCost on_cost,
                          OnBenefit on_benefit) {
  if (scenario.costs) {
    int index = 0;
    for (const OneTimeCost& cost : scenario.costs->one_time) {
      on_cost("one_time", cost.name, one_time_cost_terms(builder, inputs, cost, index++));
    }
    index = 0;
    for (const RecurringCost& cost : scenario.costs->recurring) {
      on_cost("recurring", cost.name, recurring_cost_terms(builder, inputs, cost, index++));
    }
  }
  if (scenario.benefits) {
    int index = 0;
    for (const TimeSaving& saving : scenario.benefits->time_savings) {
      on_benefit("time_savings", saving.name, time_saving_terms(builder, inputs, saving, index++));
    }
    if (scenario.benefits->order_uplift) {
      on_benefit(
          "order_uplift", std::string_view{},
          order_uplift_terms(builder, inputs, *scenario.benefits->order_uplift, scenario.business));
    }
    const Benefits& benefits = *scenario.benefits;
    if (benefits.conversion_uplift) {
      on_benefit(
          "conversion_uplift", std::string_view{},
          conversion_uplift_terms(builder, inputs, *benefits.conversion_uplift, scenario.business));
    }
    if (benefits.average_order_uplift) {
      on_benefit("average_order_uplift", std::string_view{},
                 average_order_uplift_terms(builder, inputs, *benefits.average_order_uplift,
                                            scenario.business));
    }
    index = 0;
    for (const MonthlyBenefit& benefit : benefits.monthly) {
      on_benefit("monthly", benefit.name, monthly_benefit_terms(builder, inputs, benefit, index++));
    }
    index = 0;
    for (const CostReduction& reduction : benefits.cost_reductions) {
      on_benefit("cost_reduction", reduction.name,
                 cost_reduction_terms(builder, inputs, reduction, index++));
    }
  }
}

}  // namespace crmroi::report_detail
