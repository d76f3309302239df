// The small texts every renderer shares: figures for people, line breakdowns, period names, the
// source label and the summary line.
#include <fmt/format.h>

#include "crmroi/metrics.hpp"
#include "crmroi/money.hpp"
#include "crmroi/number_format.hpp"
#include "crmroi/range_distribution.hpp"
#include "render/detail.hpp"

namespace crmroi::render_detail {
namespace {

void write_lines(JsonWriter& json, const std::vector<LineBreakdown>& lines,
                 std::string_view currency, std::string_view key, std::vector<std::string>& notes) {
  json.begin_array();
  for (const LineBreakdown& line : lines) {
    json.begin_object();
    json.string_member("name", line.name);
    json.string_member("kind", line.kind);
    json.string_member("arithmetic", line.arithmetic);
    json.number_member("total", line.total, Quantity::money, currency);
    if (line.present_value) {  // named lines of explicit cash flows
      json.metric_member("present_value", *line.present_value, Quantity::money, currency,
                         std::string(key) + "[" + line.name + "].present_value", notes);
    }
    json.end_object();
  }
  json.end_array();
}

constexpr std::string_view kPeriodNames[] = {"month", "quarter", "year"};

}  // namespace

void write_record_head(JsonWriter& json, std::string_view source, std::optional<long> line,
                       std::string_view scenario, std::string_view currency, bool with_version) {
  if (with_version) write_record_versions(json);
  json.string_member("source", source);
  if (line) {
    json.key("line");
    json.int_value(*line);
  }
  json.string_member("scenario", scenario);
  json.string_member("currency", currency);
}

void write_range(JsonWriter& json, const Range& range, std::string_view currency) {
  json.string_member("distribution", distribution_name(range.distribution));
  json.number_member("low", range.low, Quantity::ratio, currency);
  json.number_member("likely", range.likely, Quantity::ratio, currency);
  json.number_member("high", range.high, Quantity::ratio, currency);
}

void write_investment_case(JsonWriter& json, const InvestmentReport& investment,
                           std::string_view currency, std::vector<std::string>& notes) {
  json.key("horizon_months");
  json.int_value(investment.horizon_months);
  json.key("period");
  json.string_value(period_name(investment.period));
  json.key("discount_rate_percent");
  json.number_value(investment.annual_discount_rate, Quantity::percent, currency);
  json.key("risk_adjusted");
  json.bool_value(investment.risk_adjusted);
  write_figures<InvestmentFigures>(json, kInvestmentFigures, investment.figures, currency, "",
                                   notes);
  json.key("cost_lines");
  write_lines(json, investment.cost_lines, currency, "cost_lines", notes);
  json.key("benefit_lines");
  write_lines(json, investment.benefit_lines, currency, "benefit_lines", notes);
  if (investment.risk_adjusted && investment.unadjusted) {
    json.key("unadjusted");
    json.begin_object();
    write_figures<InvestmentFigures>(json, kInvestmentFigures, *investment.unadjusted, currency,
                                     "unadjusted.", notes);
    json.end_object();
  }
}

std::string csv_row_prefix(std::string_view source, std::optional<long> line,
                           std::string_view scenario) {
  std::string prefix = csv_field(source);
  prefix += ',';
  if (line) prefix += std::to_string(*line);
  prefix += ',';
  prefix += csv_field(scenario);
  prefix += ',';
  return prefix;
}

void write_notes(JsonWriter& json, const std::vector<std::string>& notes) {
  json.key("notes");
  json.begin_array();
  for (const std::string& note : notes) json.string_value(note);
  json.end_array();
}

void write_targets(JsonWriter& json, const Targets& targets, std::string_view currency) {
  json.key("targets");
  json.begin_object();
  for (const TargetDefinition& target : kTargets) {
    const std::optional<double>& threshold = targets.*target.threshold;
    if (!threshold) continue;
    const Quantity quantity = find_investment_figure(target.figure)->quantity;
    json.key(target.key);
    // A percent threshold is written as the percentage points it was given in.
    json.number_value(*threshold, quantity == Quantity::percent ? Quantity::points : quantity,
                      currency);
  }
  json.end_object();
}

std::string_view period_name(Period period) { return kPeriodNames[static_cast<int>(period)]; }

std::string source_label(const SourcedReport& sourced) {
  std::string label = escape_control_characters(sourced.source);
  if (sourced.line) label += fmt::format(":{}", *sourced.line);
  return label;
}

std::string report_summary(const SourcedReport& sourced) {
  std::vector<std::string> parts{source_label(sourced)};
  if (const auto& investment = sourced.report.investment) {
    const int months = investment->horizon_months;
    const int per_period = investment->months_per_period > 0 ? investment->months_per_period : 1;
    if (investment->period == Period::month) {
      parts.push_back(fmt::format("{} month{}", months, months == 1 ? "" : "s"));
    } else {
      const int periods = months / per_period;
      parts.push_back(fmt::format("{} {}{} ({} months)", periods, period_name(investment->period),
                                  periods == 1 ? "" : "s", months));
    }
    // Two decimals, unless they would show a rate the loader rejects (-99.999 % as -100.00 %).
    const double rate = investment->annual_discount_rate;
    const std::string shown = round_half_away(rate * 100.0, 2) <= -100.0
                                  ? format_number(rate * 100.0, 10, kMachineStyle) + " %"
                                  : human_text(Metric::defined(rate), Quantity::percent, "");
    parts.push_back("discount rate " + shown + " a year");
    if (investment->risk_adjusted) parts.emplace_back("risk-adjusted");
  }
  parts.push_back("amounts in " + escape_control_characters(sourced.report.currency));
  return fmt::format("{}", fmt::join(parts, " · "));
}

std::string channel_key(const ChannelReport& channel) {
  return "marketing.channels[" + channel.name + "]";
}

std::string ltv_to_cac_note(const Metric& ltv_to_cac) {
  const std::string rating = ltv_to_cac_rating(ltv_to_cac);
  return rating.empty() ? std::string() : "(" + rating + ")";
}

HumanValue human_value(const Metric& metric, Quantity quantity, std::string_view currency) {
  HumanValue result;
  if (!metric.is_defined()) {
    // fmt, not operator+: g++ 12 warns falsely here (-Wrestrict, GCC bug 105329).
    result.number = fmt::format("n/a — {}", metric.reason());
    result.undefined = true;
    return result;
  }
  append_number(result.number, metric.value(), quantity, currency, kTableStyle);
  result.unit = quantity_symbol(quantity, currency);
  result.negative = !result.number.empty() && result.number.front() == '-';
  return result;
}

std::string human_text(const Metric& metric, Quantity quantity, std::string_view currency) {
  HumanValue value = human_value(metric, quantity, currency);
  if (value.unit.empty()) return std::move(value.number);
  return value.number + " " + value.unit;
}

std::string money_number(double amount, std::string_view currency) {
  return format_number(amount, Quantity::money, currency, kTableStyle);
}

std::string risk_text(double risk_percent) {
  if (risk_percent == 0) return {};
  return format_number(risk_percent, 2, kMachineStyle) + " %";
}

}  // namespace crmroi::render_detail
