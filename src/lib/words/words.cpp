// The English sentences of an investment case, written from its trace: each line's arithmetic
// and the assumptions the figures rest on.
#include "crmroi/words.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/cash_flow.hpp"
#include "crmroi/money.hpp"
#include "words/words_detail.hpp"

namespace crmroi {

namespace {

using namespace std::string_view_literals;
using words_detail::append_number_text;
using words_detail::append_percent_text;
using words_detail::months_text;
using words_detail::number_text;
using words_detail::percent_text;

/// Arrays of explicit cash flows longer than this are summarised instead of listed.
constexpr std::size_t kMaxListedFlows = 6;

/// What the sentences of one investment case read: its trace, and money in its currency.
class TraceReader {
 public:
  TraceReader(const InvestmentReport& investment, int money_decimals)
      : trace_(investment.trace),
        scenario_(investment.scenario_terms),
        money_decimals_(money_decimals) {}

  /// The term named `name` among the line's terms (the scenario-wide ones are read by pointer).
  [[nodiscard]] TermId find(const LineBreakdown& line, std::string_view name) const {
    return trace_.find(line.terms, name);
  }
  [[nodiscard]] bool has(const LineBreakdown& line, std::string_view name) const {
    return find(line, name) != kNoTerm;
  }
  [[nodiscard]] double value(const LineBreakdown& line, std::string_view name) const {
    return trace_.value(find(line, name));
  }
  /// The value of the line's input `key` (an input, not another term of the same name: the
  /// constant "percent" is 100).
  [[nodiscard]] double input_value(const LineBreakdown& line, std::string_view key) const {
    for (TermId id = line.terms.first; id < line.terms.end; ++id) {
      const Term& term = trace_.term(id);
      if (term.op == TermOp::input && term.pointer.key == key) return term.value;
    }
    return 0;
  }
  /// The values of every term named `name` among the line's terms, in order ("year_total").
  [[nodiscard]] std::vector<double> values(const LineBreakdown& line, std::string_view name) const {
    std::vector<double> found;
    for (TermId id = line.terms.first; id < line.terms.end; ++id) {
      if (trace_.term(id).name == name) found.push_back(trace_.term(id).value);
    }
    return found;
  }
  [[nodiscard]] int whole(const LineBreakdown& line, std::string_view name) const {
    return static_cast<int>(value(line, name));
  }
  /// A scenario-wide input by its pointer, or kNoTerm.
  [[nodiscard]] TermId scenario_input(std::string_view path, std::string_view key) const {
    for (TermId id = scenario_.first; id < scenario_.end; ++id) {
      const Term& term = trace_.term(id);
      if (term.op == TermOp::input && term.pointer.path == path && term.pointer.key == key) {
        return id;
      }
    }
    return kNoTerm;
  }
  [[nodiscard]] double scenario_value(std::string_view path, std::string_view key = {}) const {
    return trace_.value(scenario_input(path, key));
  }
  [[nodiscard]] const Trace& trace() const { return trace_; }
  [[nodiscard]] std::string money(double amount) const {
    return words_detail::money_text(amount, money_decimals_);
  }
  void append_money(std::string& out, double amount) const {
    words_detail::append_money_text(out, amount, money_decimals_);
  }
  [[nodiscard]] int money_decimals() const { return money_decimals_; }

  /// The order uplift's extra orders a month at full adoption, given as a number or a percent.
  [[nodiscard]] double uplift_extra_orders() const {
    const TermId given = scenario_input("/benefits/order_uplift", "orders_per_month");
    if (given != kNoTerm) return trace_.value(given);
    return trace_.value(trace_.find(scenario_, "extra_orders"));
  }
  /// Every extra order a month at full adoption: the order uplift's and the conversion uplift's.
  [[nodiscard]] double extra_orders() const {
    const TermId all = trace_.find(scenario_, "all_extra_orders");
    return all != kNoTerm ? trace_.value(all) : uplift_extra_orders();
  }
  /// True when the scenario has a conversion uplift (its extra orders add to the order uplift's).
  [[nodiscard]] bool has_conversion_uplift() const {
    return trace_.find(scenario_, "conversion_extra_orders") != kNoTerm;
  }
  /// A scenario-wide term by its name (not an input), or kNoTerm.
  [[nodiscard]] TermId scenario_term(std::string_view name) const {
    return trace_.find(scenario_, name);
  }
  [[nodiscard]] double baseline_orders() const {
    return scenario_value("/business", "orders_per_month");
  }
  [[nodiscard]] Adoption adoption() const {
    return {.implementation_months =
                static_cast<int>(scenario_value("/adoption", "implementation_months")),
            .ramp_months = static_cast<int>(scenario_value("/adoption", "ramp_months"))};
  }

 private:
  const Trace& trace_;
  TermRange scenario_;
  int money_decimals_;
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
void append_cost_risk(std::string& out, const TraceReader& reader, const LineBreakdown& line) {
  if (line.risk_percent == 0) return;
  out += ", plus "sv;
  append_percent_text(out, line.risk_percent);
  out += " risk = "sv;
  reader.append_money(out, line.total);
}

/// " = 3,800 a month, less 20 % risk = 3,040 a month": a driver benefit's monthly amount, and
/// after its risk when it has one.
void append_monthly_benefit(std::string& out, const TraceReader& reader,
                            const LineBreakdown& line) {
  reader.append_money(out, line.full_amount);
  out += " a month"sv;
  if (line.risk_percent == 0) return;
  out += ", less "sv;
  append_percent_text(out, line.risk_percent);
  out += " risk = "sv;
  reader.append_money(out, line.full_amount * (1.0 - line.risk_percent / 100.0));
  out += " a month"sv;
}

std::string one_time_arithmetic(const TraceReader& reader, const LineBreakdown& line) {
  std::string text = reader.money(reader.value(line, "amount"));
  const std::string month = std::to_string(reader.whole(line, "month"));
  if (line.total_term == kNoTerm) {
    text += " in month "sv;
    text += month;
    text += ", outside the "sv;
    text += std::to_string(static_cast<int>(reader.scenario_value("/horizon_months")));
    text += "-month horizon: not counted"sv;
    return text;
  }
  text += " once in month "sv;
  text += month;
  append_cost_risk(text, reader, line);
  return text;
}

/// "5,490 a month", "12 users × 690 a month", "5 per order × 400 orders a month", ...
void append_recurring_rate(std::string& out, const TraceReader& reader, const LineBreakdown& line) {
  if (const TermId monthly = reader.find(line, "monthly"); monthly != kNoTerm) {
    reader.append_money(out, reader.trace().value(monthly));
    out += " a month"sv;
    return;
  }
  if (const TermId per_user = reader.find(line, "per_user"); per_user != kNoTerm) {
    const int users = reader.whole(line, "users");
    out += std::to_string(users);
    out += users == 1 ? " user" : " users";
    out += " \u00d7 "sv;
    reader.append_money(out, reader.trace().value(per_user));
    out += " a month"sv;
    return;
  }
  reader.append_money(out, reader.value(line, "per_order"));
  out += " per order \u00d7 "sv;
  const double baseline = reader.baseline_orders();
  const double extra = reader.extra_orders();
  if (extra == 0) {
    append_number_text(out, baseline, 2);
    out += " orders a month"sv;
    return;
  }
  const std::string orders = number_text(baseline, 2) + " + " + number_text(extra, 2) + " extra";
  const std::string all = number_text(baseline + extra, 2);
  const int first = reader.whole(line, "first_month");
  const bool full_from_start =
      first <= reader.whole(line, "last_month") && adoption_factor(reader.adoption(), first) >= 1.0;
  out += full_from_start ? all + " orders a month (" + orders + ")"
                         : "up to " + all + " orders a month (" + orders + " as adoption ramps up)";
}

/// Years beyond this many are summed up rather than listed one by one.
constexpr std::size_t kMaxListedYears = 6;

/// The growth a line follows, in words: "growing 5 % a year" (its own), "orders growing 10 % a
/// year" (the business's, `volume` "orders" or "leads"), or both; empty without growth.
std::string growth_phrase(const TraceReader& reader, const LineBreakdown& line,
                          std::string_view volume) {
  const double own = reader.input_value(line, "growth_percent_per_year");
  const TermId business = reader.scenario_input("/business", "growth_percent_per_year");
  // A per-order fee's business growth has terms of its own; a benefit's growth factors are the
  // business's when the line has no growth of its own.
  const bool follows_business =
      business != kNoTerm && (reader.has(line, "business_growth_factor") ||
                              (own == 0 && reader.has(line, "growth_factor")));
  // "growing 5 % a year", "falling 10 % a year"
  const auto change = [](double percent) {
    return std::string(percent < 0 ? "falling " : "growing ") + percent_text(std::fabs(percent)) +
           " a year";
  };
  std::string text;
  if (own != 0) text = change(own);
  if (follows_business) {
    const double rate = reader.trace().value(business);
    if (text.empty()) {
      text = std::string(volume) + " " + change(rate);
    } else {
      text += ", " + std::string(volume) + " " + (rate < 0 ? "\u2212" : "") +
              percent_text(std::fabs(rate)) + " a year";
    }
  }
  return text;
}

/// ", growing 5 % a year: 60,000 + 63,000 + 66,150 = 189,150" (a line's year totals, × `scale`
/// for its risk), or ", growing 5 % a year over 10 years = 754,673.55"; nothing when the line
/// has a single year (growth then changes nothing).
bool append_year_totals(std::string& out, const TraceReader& reader, const LineBreakdown& line,
                        std::string_view volume, double scale, double total) {
  const std::vector<double> years = reader.values(line, "year_total");
  if (years.size() < 2) return false;
  out += ", "sv;
  out += growth_phrase(reader, line, volume);
  if (years.size() > kMaxListedYears) {
    out += " over " + std::to_string(years.size()) + " years = ";
  } else {
    out += ": "sv;
    for (std::size_t i = 0; i < years.size(); ++i) {
      if (i > 0) out += " + ";
      reader.append_money(out, years[i] * scale);
    }
    out += " = "sv;
  }
  reader.append_money(out, total);
  return true;
}

/// A growing benefit of one part: ", growing 10 % a year: 16,000 × 6.5 effective months + 17,600
/// × 12 + 19,360 × 12 = 568,480" (its amount a month after risk in each year, × the months it
/// counts for in that year), or with many years ", growing 10 % a year to 37,730.99 a month in
/// year 10 = 3,245,000". False when the line does not grow over several years.
bool append_growing_months(std::string& out, const TraceReader& reader, const LineBreakdown& line,
                           std::string_view volume) {
  const std::vector<double> amounts = reader.values(line, "year_amount");
  const std::vector<double> months = reader.values(line, "year_months");
  if (amounts.size() < 2 || amounts.size() != months.size()) return false;
  const double kept = 1.0 - line.risk_percent / 100.0;
  out += ", "sv;
  out += growth_phrase(reader, line, volume);
  if (amounts.size() > kMaxListedYears) {
    out += " to " + reader.money(amounts.back() * kept) + " a month in year " +
           std::to_string(amounts.size()) + " = ";
  } else {
    const Adoption adoption = reader.adoption();
    const bool effective = adoption.implementation_months > 0 || adoption.ramp_months > 0;
    out += ": "sv;
    for (std::size_t i = 0; i < amounts.size(); ++i) {
      if (i > 0) out += " + ";
      reader.append_money(out, amounts[i] * kept);
      out += " \u00d7 "sv;
      append_number_text(out, months[i], 2);
      if (i == 0) out += effective ? " effective months" : " months";
    }
    out += " = "sv;
  }
  reader.append_money(out, line.total);
  return true;
}

/// A benefit line's growth over the years, when it has any: its months year by year (one part)
/// or its year totals (the average-order uplift's parts).
bool append_benefit_growth(std::string& out, const TraceReader& reader, const LineBreakdown& line,
                           std::string_view volume) {
  if (append_growing_months(out, reader, line, volume)) return true;
  return append_year_totals(out, reader, line, volume, 1.0 - line.risk_percent / 100.0, line.total);
}

std::string recurring_arithmetic(const TraceReader& reader, const LineBreakdown& line) {
  std::string text;
  text.reserve(80);
  append_recurring_rate(text, reader, line);
  const int first = reader.whole(line, "first_month");
  const int last = reader.whole(line, "last_month");
  if (line.total_term == kNoTerm) {
    const int start = reader.whole(line, "start_month");
    const int horizon = static_cast<int>(reader.scenario_value("/horizon_months"));
    if (start > horizon) {
      text += ", from month " + std::to_string(start) + ": after the " + std::to_string(horizon) +
              "-month horizon, not counted";
    } else {
      text += ", " + month_range_text(first, last) + ": no months, not counted";
    }
    return text;
  }
  text += ", "sv;
  text += month_range_text(first, last);
  if (!append_year_totals(text, reader, line, "orders", 1.0, line.total_unadjusted)) {
    text += " = "sv;
    reader.append_money(text, line.total_unadjusted);
  }
  append_cost_risk(text, reader, line);
  // The part of the window after the horizon is not counted.
  const int end = reader.whole(line, "end_month");
  const int horizon = static_cast<int>(reader.scenario_value("/horizon_months"));
  if (end > horizon) {
    text += "; " + month_range_text(horizon + 1, end) + (end > horizon + 1 ? " are" : " is") +
            " after the " + std::to_string(horizon) + "-month horizon: not counted";
  }
  return text;
}

// How a time saving's amount reads by the key it was given in; per-day amounts go on with the
// working days of a month, hours_per_week with 52/12 weeks.
struct TimeAmountWords {
  std::string_view key;
  std::string_view unit;
  bool per_working_day;
};

constexpr TimeAmountWords kTimeAmountWords[] = {
    {"minutes_per_day", " min/day", true},
    {"hours_per_day", " h/day", true},
    {"hours_per_week", " h/week \u00d7 52/12 weeks", false},
};

void append_time(std::string& out, const TraceReader& reader, const LineBreakdown& line) {
  for (const TimeAmountWords& words : kTimeAmountWords) {
    const TermId amount = reader.find(line, words.key);
    if (amount == kNoTerm) continue;
    append_number_text(out, reader.trace().value(amount), 3);
    out += words.unit;
    if (words.per_working_day) {
      out += " \u00d7 "sv;
      append_number_text(out, reader.value(line, "days_per_month"), 2);
      out += " days"sv;
    }
    return;
  }
  append_number_text(out, reader.value(line, "hours_per_month"), 3);
  out += " h/month"sv;
}

std::string time_saving_arithmetic(const TraceReader& reader, const LineBreakdown& line) {
  std::string text;
  text.reserve(96);
  const double people = reader.value(line, "people");
  append_number_text(text, people, 2);
  text += people == 1 ? " person \u00d7 " : " people \u00d7 ";
  append_time(text, reader, line);
  text += " \u00d7 "sv;
  reader.append_money(text, reader.value(line, "hourly_cost"));
  text += "/h"sv;
  const double realization = reader.value(line, "realization_percent");
  if (realization != 100) {
    text += " \u00d7 "sv;
    append_percent_text(text, realization);
    text += " realised"sv;
  }
  text += " = "sv;
  append_monthly_benefit(text, reader, line);
  append_benefit_growth(text, reader, line, {});
  return text;
}

/// The order uplift's profit per order: given (an input), derived (average order value ×
/// margin) or missing (a defaulted 0).
const Term* profit_per_order_term(const TraceReader& reader, const LineBreakdown& line) {
  const TermId id = reader.trace().find(line.terms, "profit_per_order");
  return id == kNoTerm ? nullptr : &reader.trace().term(id);
}

/// "1,125 profit per order", "600 profit per order (3,000 × 20 % margin)", or "0 profit per
/// order (no profit per order given)".
void append_profit_per_order(std::string& text, const TraceReader& reader,
                             const LineBreakdown& line) {
  const Term* profit = profit_per_order_term(reader, line);
  if (profit->op == TermOp::input && profit->provenance == Provenance::defaulted) {
    text += "0 profit per order (no profit per order given)"sv;
    return;
  }
  reader.append_money(text, profit->value);
  text += " profit per order"sv;
  if (profit->op != TermOp::input) {
    text += " (" + reader.money(reader.value(line, "average_order_value")) + " \u00d7 " +
            percent_text(reader.value(line, "gross_margin_percent")) + " margin)";
  }
}

std::string order_uplift_arithmetic(const TraceReader& reader, const LineBreakdown& line) {
  std::string text;
  text.reserve(112);
  const TermId percent = reader.scenario_input("/benefits/order_uplift", "percent");
  if (percent != kNoTerm) {
    text = percent_text(reader.trace().value(percent)) + " of " +
           number_text(reader.baseline_orders(), 2) + " orders = ";
  }
  append_number_text(text, reader.uplift_extra_orders(), 2);
  text += " extra orders a month \u00d7 "sv;
  append_profit_per_order(text, reader, line);
  text += " = "sv;
  append_monthly_benefit(text, reader, line);
  append_benefit_growth(text, reader, line, "orders");
  return text;
}

/// " × 30 effective months = 759,375": a new lever's monthly amount (after risk) over the
/// months it counts for, "effective" when adoption delays or ramps it.
void append_effective_months(std::string& out, const TraceReader& reader,
                             const LineBreakdown& line) {
  const double months = reader.trace().value(reader.scenario_term("full_adoption_months"));
  const Adoption adoption = reader.adoption();
  out += " \u00d7 "sv;
  append_number_text(out, months, 2);
  out += adoption.implementation_months > 0 || adoption.ramp_months > 0 ? " effective months"
                                                                        : " months";
  out += " = "sv;
  reader.append_money(out, line.total);
}

/// "1,500 leads × 1.5 points = 22.5 extra orders a month × 1,125 profit per order = 25,312.50 a
/// month × 36 months = 911,250"; a relative rise reads "× 2 points (10 % of the 20 % close
/// rate)".
std::string conversion_uplift_arithmetic(const TraceReader& reader, const LineBreakdown& line) {
  std::string text;
  text.reserve(160);
  append_number_text(text, reader.scenario_value("/business", "leads_per_month"), 2);
  text += " leads \u00d7 "sv;
  const TermId points = reader.scenario_input("/benefits/conversion_uplift", "points");
  if (points != kNoTerm) {
    const double value = reader.trace().value(points);
    append_number_text(text, value, 4);
    text += value == 1 ? " point" : " points";
  } else {
    append_number_text(text, reader.trace().value(reader.scenario_term("close_rate_rise_points")),
                       4);
    text += " points ("sv;
    append_percent_text(text, reader.scenario_value("/benefits/conversion_uplift", "percent"));
    text += " of the "sv;
    append_percent_text(text, reader.scenario_value("/business", "close_rate_percent"));
    text += " close rate)"sv;
  }
  text += " = "sv;
  append_number_text(text, reader.trace().value(reader.scenario_term("conversion_extra_orders")),
                     2);
  text += " extra orders a month \u00d7 "sv;
  append_profit_per_order(text, reader, line);
  text += " = "sv;
  append_monthly_benefit(text, reader, line);
  if (!append_benefit_growth(text, reader, line, "leads")) {
    append_effective_months(text, reader, line);
  }
  return text;
}

/// "4 % × 1,125 profit per order = 45 more per order × 1,052.5 orders a month (1,000 + 52.5
/// extra) = 47,362.50 a month × 36 months = 1,705,050"; when the extra orders ramp up (they ramp
/// twice: the orders and the uplift on them), the two parts over the horizon.
std::string average_order_uplift_arithmetic(const TraceReader& reader, const LineBreakdown& line) {
  std::string text;
  text.reserve(200);
  append_percent_text(text, reader.input_value(line, "percent"));
  text += " \u00d7 "sv;
  append_profit_per_order(text, reader, line);
  text += " = "sv;
  reader.append_money(text, reader.value(line, "more_profit_per_order"));
  text += " more per order \u00d7 "sv;
  const double baseline = reader.baseline_orders();
  const double extra = reader.extra_orders();
  if (extra == 0) {
    append_number_text(text, baseline, 2);
    text += " orders a month"sv;
  } else {
    text += number_text(baseline + extra, 2) + " orders a month (" + number_text(baseline, 2) +
            " + " + number_text(extra, 2) + " extra)";
  }
  text += " = "sv;
  append_monthly_benefit(text, reader, line);
  if (append_benefit_growth(text, reader, line, "orders")) return text;
  const double once_months = reader.trace().value(reader.scenario_term("full_adoption_months"));
  const TermId squares = reader.find(line, "full_adoption_squares");
  const double twice_months = reader.trace().value(squares);
  if (extra == 0 || squares == kNoTerm || twice_months == once_months) {
    append_effective_months(text, reader, line);
    return text;
  }
  const double kept = 1.0 - line.risk_percent / 100.0;
  text += "; "sv;
  reader.append_money(text, reader.value(line, "once_ramped") * kept);
  text += " on the baseline orders \u00d7 "sv;
  append_number_text(text, once_months, 2);
  text += " effective months + "sv;
  reader.append_money(text, reader.value(line, "twice_ramped") * kept);
  text += " on the extra orders \u00d7 "sv;
  append_number_text(text, twice_months, 2);
  text += " (they ramp up too) = "sv;
  reader.append_money(text, line.total);
  return text;
}

/// "10 % of 60,000 a month = 6,000 a month × 36 months = 216,000".
std::string cost_reduction_arithmetic(const TraceReader& reader, const LineBreakdown& line) {
  std::string text;
  text.reserve(96);
  append_percent_text(text, reader.input_value(line, "percent"));
  text += " of "sv;
  reader.append_money(text, reader.input_value(line, "monthly_cost"));
  text += " a month = "sv;
  append_monthly_benefit(text, reader, line);
  if (!append_benefit_growth(text, reader, line, {})) {
    append_effective_months(text, reader, line);
  }
  return text;
}

std::string monthly_benefit_arithmetic(const TraceReader& reader, const LineBreakdown& line) {
  std::string text;
  append_monthly_benefit(text, reader, line);
  append_benefit_growth(text, reader, line, {});
  return text;
}

// Indexed by Period (month, quarter, year).
constexpr const char* kPeriodWords[] = {"month", "quarter", "year"};
constexpr const char* kPeriodAdjectives[] = {"monthly", "quarterly", "yearly"};

const char* period_word(Period period) { return kPeriodWords[static_cast<int>(period)]; }

const char* period_adjective(Period period) { return kPeriodAdjectives[static_cast<int>(period)]; }

std::string periods_text(int count, Period period) {
  return std::to_string(count) + " " + period_word(period) + (count == 1 ? "" : "s");
}

/// "10,000 + 5,000 + 5,000 + 5,000 = 25,000, plus 10 % risk = 27,500" or
/// "37 monthly flows = 100,000".
std::string cash_flows_arithmetic(const TraceReader& reader, const LineBreakdown& line,
                                  Period period, bool is_cost) {
  const std::span<const TermId> flows = reader.trace().operands_of(line.total_unadjusted_term);
  std::string text;
  if (flows.size() <= kMaxListedFlows) {
    for (std::size_t i = 0; i < flows.size(); ++i) {
      if (i > 0) text += " + ";
      reader.append_money(text, reader.trace().value(flows[i]));
    }
  } else {
    text = std::to_string(flows.size()) + " " + period_adjective(period) + " flows";
  }
  text += " = " + reader.money(line.total_unadjusted);
  if (line.risk_percent != 0) {
    text += std::string(is_cost ? ", plus " : ", less ") + percent_text(line.risk_percent) +
            " risk = " + reader.money(line.total);
  }
  // A named line's present value, when discounting changes it.
  if (line.present_value && line.present_value->is_defined() &&
      reader.scenario_value("/discount_rate_percent") != 0) {
    text += "; present value " + reader.money(line.present_value->value());
  }
  return text;
}

std::string line_arithmetic(const TraceReader& reader, const InvestmentReport& investment,
                            const LineBreakdown& line, bool is_cost) {
  // Sizes first, then the bytes (a comparison with a C string would measure it each time).
  const std::string_view kind = line.kind;
  if (kind == "one_time"sv) return one_time_arithmetic(reader, line);
  if (kind == "recurring"sv) return recurring_arithmetic(reader, line);
  if (kind == "time_savings"sv) return time_saving_arithmetic(reader, line);
  if (kind == "order_uplift"sv) return order_uplift_arithmetic(reader, line);
  if (kind == "monthly"sv) return monthly_benefit_arithmetic(reader, line);
  if (kind == "conversion_uplift"sv) return conversion_uplift_arithmetic(reader, line);
  if (kind == "average_order_uplift"sv) return average_order_uplift_arithmetic(reader, line);
  if (kind == "cost_reduction"sv) return cost_reduction_arithmetic(reader, line);
  return cash_flows_arithmetic(reader, line, investment.period, is_cost);
}

std::string discount_rate_assumption(double annual_rate_percent, Period period) {
  if (annual_rate_percent == 0) {
    return "discount rate 0 % a year: present values equal the undiscounted totals";
  }
  const std::string annual = "discount rate " + percent_text(annual_rate_percent) + " a year";
  if (period == Period::year) return annual;
  const int periods_per_year = period == Period::quarter ? 4 : 12;
  const double per_period = period_rate_from_annual(annual_rate_percent / 100.0, periods_per_year);
  return annual + " = " + percent_text(per_period * 100.0) +
         (period == Period::quarter ? " a quarter" : " a month");
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

/// The default risk's sentence, when the scenario sets one ("risk: costs raised by 10 %, ...").
std::string default_risk_assumption(const TraceReader& reader) {
  return "risk: costs raised by " + percent_text(reader.scenario_value("/risk", "costs_percent")) +
         ", benefits lowered by " +
         percent_text(reader.scenario_value("/risk", "benefits_percent"));
}

bool sets_default_risk(const TraceReader& reader) {
  const TermId risk = reader.scenario_input("/risk", "costs_percent");
  return risk != kNoTerm && reader.trace().term(risk).provenance == Provenance::given;
}

constexpr const char* kRiskAdjustedNote =
    "headline figures are risk-adjusted; \"unadjusted\" holds them before risk";

void time_saving_assumptions(const TraceReader& reader, const InvestmentReport& investment,
                             std::vector<std::string>& notes) {
  std::vector<std::string> default_days;
  double default_days_value = 0;
  std::vector<std::string> weekly;
  std::vector<std::string> full_realization;
  for (const LineBreakdown& line : investment.benefit_lines) {
    if (line.kind != "time_savings") continue;
    const TermId days = reader.trace().find(line.terms, "days_per_month");
    if (days != kNoTerm && reader.trace().term(days).provenance == Provenance::defaulted) {
      default_days.push_back(line.name);
      default_days_value = reader.trace().term(days).value;
    }
    if (reader.has(line, "hours_per_week")) weekly.push_back(line.name);
    if (reader.value(line, "realization_percent") == 100) full_realization.push_back(line.name);
  }
  if (!default_days.empty()) {
    notes.push_back("days per month: " + number_text(default_days_value, 2) + " (default) for " +
                    joined_quoted(default_days));
  }
  if (!weekly.empty()) {
    notes.push_back("weeks per month: 52/12 = " + number_text(52.0 / 12.0, 3) + " for " +
                    joined_quoted(weekly));
  }
  if (!full_realization.empty()) {
    notes.push_back("realization: 100 % (default) for " + joined_quoted(full_realization) +
                    ": every hour saved counts as useful work (Nucleus Research suggests 50 % "
                    "when unsure)");
  }
}

std::vector<std::string> driver_assumptions(const TraceReader& reader,
                                            const InvestmentReport& investment) {
  std::vector<std::string> notes;
  notes.push_back("months 0\u2013" + std::to_string(investment.horizon_months) +
                  ": month 0 is the start (undiscounted); recurring costs and benefits run from "
                  "month 1 unless a line says otherwise");
  notes.push_back(
      discount_rate_assumption(reader.scenario_value("/discount_rate_percent"), Period::month));
  if (!investment.benefit_lines.empty()) notes.push_back(adoption_assumption(reader.adoption()));

  time_saving_assumptions(reader, investment, notes);
  for (const LineBreakdown& line : investment.benefit_lines) {
    if (line.kind != "order_uplift" && line.kind != "conversion_uplift" &&
        line.kind != "average_order_uplift") {
      continue;
    }
    const Term* profit = profit_per_order_term(reader, line);
    if (profit->op == TermOp::input) continue;
    notes.push_back("profit per order: " + reader.money(reader.value(line, "average_order_value")) +
                    " average order \u00d7 " +
                    percent_text(reader.value(line, "gross_margin_percent")) +
                    " gross margin = " + reader.money(profit->value));
    break;  // the same for every line that uses it
  }

  const int implementation = std::max(reader.adoption().implementation_months, 0);
  for (const LineBreakdown& line : investment.cost_lines) {
    if (line.kind != "recurring" || !reader.has(line, "per_order")) continue;
    if (reader.extra_orders() > 0) {
      notes.push_back(quoted(line.name) + ": per-order fees are paid on the " +
                      (reader.has_conversion_uplift() ? "uplifts'" : "uplift's") +
                      " extra orders too, as they ramp up with adoption");
    }
    const int start = reader.whole(line, "start_month");
    if (implementation > 0 && start <= implementation) {
      notes.push_back(quoted(line.name) + ": billed on the baseline orders from month " +
                      std::to_string(start) +
                      ", during implementation too (set start_month to change this)");
    }
  }

  if (sets_default_risk(reader)) {
    notes.push_back(default_risk_assumption(reader) + " unless a line sets its own risk_percent");
  }
  if (investment.risk_adjusted) notes.push_back(kRiskAdjustedNote);
  return notes;
}

std::vector<std::string> cash_flow_assumptions(const TraceReader& reader,
                                               const InvestmentReport& investment) {
  std::vector<std::string> notes;
  const Period period = investment.period;
  const int periods = investment.horizon_months / investment.months_per_period;
  notes.push_back(std::string("cash flows: ") + period_adjective(period) +
                  ", element 0 is the start (undiscounted); horizon " +
                  periods_text(periods, period) + " = " + months_text(investment.horizon_months));
  notes.push_back(
      discount_rate_assumption(reader.scenario_value("/discount_rate_percent"), period));
  if (period != Period::month) {
    notes.push_back(std::string("payback in months = ") + period_word(period) + "s \u00d7 " +
                    std::to_string(investment.months_per_period) +
                    ", interpolated linearly inside the " + period_word(period) +
                    "; IRR annualised from the rate per " + period_word(period));
  }
  if (sets_default_risk(reader)) {
    const bool named = investment.cost_lines.front().present_value.has_value() ||
                       investment.benefit_lines.front().present_value.has_value();
    notes.push_back(default_risk_assumption(reader) +
                    (named ? " unless a line sets its own risk_percent" : ""));
    notes.push_back(kRiskAdjustedNote);
  } else if (investment.risk_adjusted) {  // named lines with their own risk_percent
    notes.push_back(kRiskAdjustedNote);
  }
  return notes;
}

}  // namespace

void words_for_report(Report& report, const Wording& wording) {
  if (!report.investment) return;
  InvestmentReport& investment = *report.investment;
  const TraceReader reader(investment, currency_minor_digits(report.currency));
  if (wording.arithmetic) {
    for (LineBreakdown& line : investment.cost_lines) {
      line.arithmetic = line_arithmetic(reader, investment, line, /*is_cost=*/true);
    }
    for (LineBreakdown& line : investment.benefit_lines) {
      line.arithmetic = line_arithmetic(reader, investment, line, /*is_cost=*/false);
    }
  }
  if (wording.assumptions) {
    const auto is_cash_flows = [](const std::vector<LineBreakdown>& lines) {
      return !lines.empty() && lines.front().kind == "cash_flows";
    };
    const bool cash_flows =
        is_cash_flows(investment.cost_lines) || is_cash_flows(investment.benefit_lines);
    investment.assumptions = cash_flows ? cash_flow_assumptions(reader, investment)
                                        : driver_assumptions(reader, investment);
  }
}

}  // namespace crmroi
