// Internals shared by the renderers (not part of the public API).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "crmroi/range_distribution.hpp"
#include "crmroi/render.hpp"
#include "render/escape.hpp"
#include "render/json_writer.hpp"
#include "render/text_table.hpp"

namespace crmroi::render_detail {

/// The writers of one kind of record (a simulation; a sensitivity or goal seek with its source),
/// one for each output format; render_in picks the one for a format.
template <typename... Record>
struct FormatWriters {
  void (*json)(std::string&, const Record&..., JsonWriter::Style);
  void (*csv)(std::string&, const Record&...);
  std::string (*markdown)(const Record&...);
  std::string (*table)(const Record&..., const RenderOptions&);
};

/// The record in `format`: JSON pretty, JSON Lines compact, the others by their writers.
///   render_in(OutputFormat::jsonl, options, kSimulationWriters, sourced)  // one line
template <typename... Record>
std::string render_in(OutputFormat format, const RenderOptions& options,
                      const FormatWriters<Record...>& writers,
                      const std::type_identity_t<Record>&... record) {
  std::string out;
  switch (format) {
    case OutputFormat::json:
      writers.json(out, record..., JsonWriter::Style::pretty);
      break;
    case OutputFormat::jsonl:
      writers.json(out, record..., JsonWriter::Style::compact);
      break;
    case OutputFormat::csv:
      writers.csv(out, record...);
      break;
    case OutputFormat::markdown:
      out = writers.markdown(record...);
      break;
    case OutputFormat::table:
      out = writers.table(record..., options);
      break;
  }
  return out;
}

/// The members every machine record opens with: format_version and crmroi_version (when
/// `with_version`), source, line (JSON Lines only), scenario and currency.
void write_record_head(JsonWriter& json, std::string_view source, std::optional<long> line,
                       std::string_view scenario, std::string_view currency,
                       bool with_version = true);

/// The members of a ranged input's range: "distribution" and the numbers "low", "likely",
/// "high" as given (calc's ranged_inputs, simulate's inputs).
void write_range(JsonWriter& json, const Range& range, std::string_view currency);

/// The members of an investment case in a machine record: horizon_months, period,
/// discount_rate_percent, risk_adjusted, the figures of kInvestmentFigures, cost_lines and
/// benefit_lines (each line's name, kind, arithmetic and total) and, when risk-adjusted,
/// unadjusted; undefined figures are null with their notes added to `notes`.
void write_investment_case(JsonWriter& json, const InvestmentReport& investment,
                           std::string_view currency, std::vector<std::string>& notes);

/// "source,line,scenario," that starts every CSV row of a scenario (line empty unless JSON Lines).
std::string csv_row_prefix(std::string_view source, std::optional<long> line,
                           std::string_view scenario);

/// The closing "notes" array of a machine record.
void write_notes(JsonWriter& json, const std::vector<std::string>& notes);

/// The "ranged_inputs" member of a machine record (calc, compare, check), when there are any:
/// [{pointer, distribution, low, likely, high}].
void write_ranged_inputs(JsonWriter& json, const std::vector<RangedInput>& ranged_inputs,
                         std::string_view currency);

/// The ranged inputs in words, one line each, for tables and Markdown:
/// "/benefits/order_uplift/percent: pert 10 – 15 – 30 (likely 15 used)".
std::vector<std::string> ranged_input_lines(const Report& report);

/// Members "<key>": number (or null, with "<note_prefix><key>: reason" added to `notes`) for
/// every figure of `definitions` on `block`, in the table's order.
template <typename Block>
void write_figures(JsonWriter& json, std::span<const FigureDefinition<Block>> definitions,
                   const Block& block, std::string_view currency, std::string_view note_prefix,
                   std::vector<std::string>& notes) {
  for (const FigureDefinition<Block>& figure : definitions) {
    const Metric value = figure.value(block);
    if (value.is_defined()) {  // no note path to build
      json.table_key(figure.key);
      json.number_value(value.value(), figure.quantity, currency);
      continue;
    }
    std::string note_path(note_prefix);
    note_path.append(figure.key);
    json.metric_member(figure.key, value, figure.quantity, currency, note_path, notes);
  }
}

/// The "targets" member of a machine record: each threshold set, in its own unit (ROI in
/// percentage points, months, money).
void write_targets(JsonWriter& json, const Targets& targets, std::string_view currency);

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

/// A figure for people, split into its number and unit so tables can align both:
/// {number "18,000.00", unit "RUB"}, {"176.67", "%"}, {"15.38", "months"}, {"3.25", ""}.
/// An undefined figure gives {number "n/a — <reason>", unit ""} and undefined = true.
struct HumanValue {
  std::string number;
  std::string unit;
  bool negative = false;   ///< shown with a minus sign
  bool undefined = false;  ///< "n/a — reason"
};

/// A figure in the table style (kTableStyle) with its unit: money grouped with the currency code,
/// percentages and months with two decimals, counts grouped; undefined as "n/a — <reason>".
HumanValue human_value(const Metric& metric, Quantity quantity, std::string_view currency);

/// human_value joined into one string: "18,000.00 RUB", "176.67 %", "n/a — no investment".
std::string human_text(const Metric& metric, Quantity quantity, std::string_view currency);

/// Money in the table style without the currency code: "-1,234,567.89".
std::string money_number(double amount, std::string_view currency);

/// A line's risk for people: "20 %" (up to two decimals), "" when none.
std::string risk_text(double risk_percent);

// ---------------------------------------------------------------------------------------------
// The renderers of each format, which the table of formats (formats.cpp) names.

/// calc: the report of one scenario.
void append_table(std::string& out, const SourcedReport& sourced, const RenderOptions& options);
void append_markdown(std::string& out, const SourcedReport& sourced, const RenderOptions& options);
void append_csv(std::string& out, const SourcedReport& sourced, const RenderOptions& options);
void append_json(std::string& out, const SourcedReport& sourced, JsonWriter::Style style);

/// compare: one scenario's record (rank when sorted).
void append_compare_json(std::string& out, const CompareEntry& entry, std::optional<int> rank);
void append_compare_jsonl(std::string& out, const CompareEntry& entry, std::optional<int> rank);
void append_compare_csv(std::string& out, const CompareEntry& entry, std::optional<int> rank);

/// check: one scenario's verdict, and the documents over all of them.
void append_check_line(std::string& out, const CheckedScenario& checked, bool color);
void append_check_jsonl(std::string& out, const CheckedScenario& checked, bool color);
void append_check_csv(std::string& out, const CheckedScenario& checked, bool color);
void append_check_json_document(std::string& out, const std::vector<CheckedScenario>& checked,
                                bool inputs_ok);
void append_check_markdown_document(std::string& out, const std::vector<CheckedScenario>& checked,
                                    bool inputs_ok);

}  // namespace crmroi::render_detail
