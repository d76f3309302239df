// Internals shared by the calc renderers (not part of the public API).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "crmroi/render.hpp"

namespace crmroi::render_detail {

/// The headline figures of an investment case under their JSON keys, in the record's order
/// (total_cost ... discounted_payback_months). Money amounts become defined metrics.
std::vector<Figure> investment_figures(const InvestmentFigures& figures);

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

}  // namespace crmroi::render_detail
