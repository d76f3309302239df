// The figures of a report, flattened under stable keys, and the small texts every calc renderer
// shares (period names, the source label, the summary line).
#include <fmt/format.h>

#include "crmroi/metrics.hpp"
#include "crmroi/money.hpp"
#include "render/detail.hpp"

namespace crmroi {
namespace render_detail {

std::vector<Figure> investment_figures(const InvestmentFigures& figures) {
  std::vector<Figure> result;
  result.reserve(12);
  for_each_investment_figure(figures, [&](std::string_view key, std::string_view label,
                                          const Metric& value, Quantity quantity) {
    result.push_back({std::string(key), std::string(label), value, quantity});
  });
  return result;
}

namespace {

void write_lines(JsonWriter& json, const std::vector<LineBreakdown>& lines,
                 std::string_view currency) {
  json.begin_array();
  for (const LineBreakdown& line : lines) {
    json.begin_object();
    json.key("name");
    json.string_value(line.name);
    json.key("kind");
    json.string_value(line.kind);
    json.key("arithmetic");
    json.string_value(line.arithmetic);
    json.key("total");
    json.number_value(line.total, Quantity::money, currency);
    json.end_object();
  }
  json.end_array();
}

}  // namespace

void write_line_breakdowns(JsonWriter& json, const InvestmentReport& investment,
                           std::string_view currency) {
  json.key("cost_lines");
  write_lines(json, investment.cost_lines, currency);
  json.key("benefit_lines");
  write_lines(json, investment.benefit_lines, currency);
}

std::string_view period_name(Period period) {
  switch (period) {
    case Period::month:
      return "month";
    case Period::quarter:
      return "quarter";
    case Period::year:
      return "year";
  }
  return "month";
}

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
                                  ? plain_number(rate * 100.0, 10) + " %"
                                  : format_percent(rate);
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

}  // namespace render_detail

std::vector<Figure> report_figures(const Report& report) {
  using render_detail::investment_figures;
  std::vector<Figure> figures;
  if (report.investment) {
    figures = investment_figures(report.investment->figures);
    if (report.investment->risk_adjusted && report.investment->unadjusted) {
      for (Figure& figure : investment_figures(*report.investment->unadjusted)) {
        figure.key = "unadjusted." + figure.key;
        figure.label = "Unadjusted " + figure.label;
        figures.push_back(std::move(figure));
      }
    }
  }
  for (const ChannelReport& channel : report.channels) {
    const std::string key = render_detail::channel_key(channel);
    const std::string label = channel.name + ": ";
    figures.push_back(
        {key + ".romi_percent", label + "ROMI (revenue basis)", channel.romi, Quantity::percent});
    figures.push_back({key + ".marketing_roi_percent", label + "marketing ROI (gross profit)",
                       channel.marketing_roi, Quantity::percent});
    figures.push_back({key + ".cac", label + "CAC", channel.cac, Quantity::money});
    figures.push_back({key + ".lead_close_rate_percent", label + "lead close rate",
                       channel.lead_close_rate, Quantity::percent});
  }
  if (const auto& acquisition = report.acquisition) {
    figures.push_back({"acquisition.cac", "CAC", acquisition->cac, Quantity::money});
    figures.push_back({"acquisition.marketing_expense_to_revenue", "Marketing expense to revenue",
                       acquisition->marketing_expense_to_revenue, Quantity::ratio});
    figures.push_back({"acquisition.lead_close_rate_percent", "Lead close rate",
                       acquisition->lead_close_rate, Quantity::percent});
  }
  if (const auto& unit = report.unit_economics) {
    figures.push_back({"unit_economics.monthly_margin", "Monthly margin per customer",
                       Metric::defined(unit->monthly_margin), Quantity::money});
    figures.push_back({"unit_economics.cac", "CAC", unit->cac, Quantity::money});
    figures.push_back({"unit_economics.cac_payback_months", "CAC payback", unit->cac_payback_months,
                       Quantity::months});
    figures.push_back({"unit_economics.ltv", "LTV", unit->ltv, Quantity::money});
    figures.push_back({"unit_economics.ltv_discounted", "LTV (discounted)", unit->ltv_discounted,
                       Quantity::money});
    figures.push_back({"unit_economics.ltv_to_cac", "LTV:CAC", unit->ltv_to_cac, Quantity::ratio});
  }
  if (const auto& nps = report.nps) {
    figures.push_back({"nps.nps", "NPS", nps->nps, Quantity::points});
    figures.push_back({"nps.promoters", "Promoters (9–10)",
                       Metric::defined(static_cast<double>(nps->promoters)), Quantity::count});
    figures.push_back({"nps.passives", "Passives (7–8)",
                       Metric::defined(static_cast<double>(nps->passives)), Quantity::count});
    figures.push_back({"nps.detractors", "Detractors (0–6)",
                       Metric::defined(static_cast<double>(nps->detractors)), Quantity::count});
  }
  if (const auto& targets = report.targets) {
    if (targets->min_roi_percent) {
      figures.push_back({"targets.min_roi_percent", "Minimum ROI",
                         Metric::defined(*targets->min_roi_percent / 100.0), Quantity::percent});
    }
    if (targets->max_payback_months) {
      figures.push_back({"targets.max_payback_months", "Maximum payback",
                         Metric::defined(*targets->max_payback_months), Quantity::months});
    }
    if (targets->min_npv) {
      figures.push_back(
          {"targets.min_npv", "Minimum NPV", Metric::defined(*targets->min_npv), Quantity::money});
    }
  }
  return figures;
}

}  // namespace crmroi
