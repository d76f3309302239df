// Internals shared by the calc renderers (not part of the public API).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "crmroi/render.hpp"

namespace crmroi::render_detail {

/// The members every JSON record (calc, compare, check) starts with: "format_version": 1 (the
/// record layout) and "crmroi_version": "0.2.0" (the program that wrote it).
void write_record_versions(JsonWriter& json);

/// The most characters write_plain_number_fast writes.
inline constexpr std::size_t kFastNumberMaxLength = 24;

/// plain_number(value, decimals) written at `dest` (room for kFastNumberMaxLength characters)
/// for the common cases that need no decimal string (zero, whole numbers, values whose scaled
/// fraction is clearly off a rounding midpoint); returns the end, or nullptr when the value
/// needs machine_number's exact path. JSON Lines writes hundreds of numbers a record.
char* write_plain_number_fast(char* dest, double value, int decimals);

/// Calls visit(key, label, metric, quantity) for each headline figure of an investment case in
/// the record's order (total_cost ... discounted_payback_months), without building strings: the
/// JSON Lines writer calls it for every record. Money amounts are passed as defined metrics.
template <typename Visit>
void for_each_investment_figure(const InvestmentFigures& figures, Visit&& visit) {
  visit("total_cost", "Total cost (TCO)", Metric::defined(figures.total_cost), Quantity::money);
  visit("total_benefit", "Total benefit", Metric::defined(figures.total_benefit), Quantity::money);
  visit("net", "Net", Metric::defined(figures.net), Quantity::money);
  visit("tco", "TCO", Metric::defined(figures.total_cost), Quantity::money);
  visit("roi_percent", "ROI", figures.roi, Quantity::percent);
  visit("pv_cost", "PV of costs", Metric::defined(figures.pv_cost), Quantity::money);
  visit("pv_benefit", "PV of benefits", Metric::defined(figures.pv_benefit), Quantity::money);
  visit("pv_roi_percent", "PV ROI", figures.pv_roi, Quantity::percent);
  visit("npv", "NPV", Metric::defined(figures.npv), Quantity::money);
  visit("irr_annual_percent", "IRR (annual)", figures.irr_annual, Quantity::percent);
  visit("payback_months", "Payback", figures.payback_months, Quantity::months);
  visit("discounted_payback_months", "Discounted payback", figures.discounted_payback_months,
        Quantity::months);
}

/// The headline figures of an investment case under their JSON keys, in the record's order
/// (total_cost ... discounted_payback_months). Money amounts become defined metrics.
std::vector<Figure> investment_figures(const InvestmentFigures& figures);

/// The `cost_lines` and `benefit_lines` arrays of a machine record: each line's name, kind,
/// arithmetic and total (money, in `currency`'s minor unit).
void write_line_breakdowns(JsonWriter& json, const InvestmentReport& investment,
                           std::string_view currency);

/// "month", "quarter" or "year".
std::string_view period_name(Period period);

/// Where a report came from, for people: "a.json" or "<stdin>:3" (escaped).
std::string source_label(const SourcedReport& sourced);

/// The line under a report's title: "a.json · 6 months · discount rate 10.00 % a year ·
/// amounts in RUB" (escaped; the caller adds emphasis).
std::string report_summary(const SourcedReport& sourced);

/// The channel's key: "marketing.channels[Direct]".
std::string channel_key(const ChannelReport& channel);

/// LTV:CAC rating for people: "(strong)", "(healthy)", "(weak)" or "".
std::string ltv_to_cac_note(const Metric& ltv_to_cac);

std::string render_table(const SourcedReport& sourced, const RenderOptions& options);
std::string render_markdown(const SourcedReport& sourced, const RenderOptions& options);
std::string render_csv(const SourcedReport& sourced, const RenderOptions& options);
std::string render_json(const SourcedReport& sourced, JsonWriter::Style style);
/// render_json appended to `out`.
void append_json(std::string& out, const SourcedReport& sourced, JsonWriter::Style style);

}  // namespace crmroi::render_detail
