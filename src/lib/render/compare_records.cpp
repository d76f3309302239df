// compare as machine records, one per scenario (JSON, JSON Lines, a wide CSV), and the choice of
// renderer by format.
#include <fmt/format.h>

#include "render/compare_detail.hpp"
#include "render/detail.hpp"

namespace crmroi {
namespace {

using render_detail::investment_figures;

void write_record(JsonWriter& json, const CompareEntry& entry, std::optional<int> rank) {
  const InvestmentReport& investment = entry.investment;
  const std::string_view currency = entry.currency;
  std::vector<std::string> notes;
  json.begin_object();
  render_detail::write_record_versions(json);
  json.key("source");
  json.string_value(entry.source);
  if (entry.line) {
    json.key("line");
    json.int_value(*entry.line);
  }
  json.key("scenario");
  json.string_value(entry.scenario);
  json.key("currency");
  json.string_value(currency);
  if (rank) {
    json.key("rank");
    json.int_value(*rank);
  }
  json.key("horizon_months");
  json.int_value(investment.horizon_months);
  json.key("period");
  json.string_value(render_detail::period_name(investment.period));
  json.key("discount_rate_percent");
  json.raw_value(machine_number(investment.annual_discount_rate, Quantity::percent, currency));
  json.key("risk_adjusted");
  json.bool_value(investment.risk_adjusted);
  for (const Figure& figure : investment_figures(investment.figures)) {
    json.metric_member(figure.key, figure.value, figure.quantity, currency, figure.key, notes);
  }
  render_detail::write_line_breakdowns(json, investment, currency);
  if (investment.risk_adjusted && investment.unadjusted) {
    json.key("unadjusted");
    json.begin_object();
    for (const Figure& figure : investment_figures(*investment.unadjusted)) {
      json.metric_member(figure.key, figure.value, figure.quantity, currency,
                         "unadjusted." + figure.key, notes);
    }
    json.end_object();
  }
  json.key("notes");
  json.begin_array();
  for (const std::string& note : notes) json.string_value(note);
  json.end_array();
  json.end_object();
}

std::string csv_row(const CompareEntry& entry, std::optional<int> rank) {
  const InvestmentReport& investment = entry.investment;
  const std::string_view currency = entry.currency;
  std::string out = csv_field(entry.source);
  out += ',';
  if (entry.line) out += std::to_string(*entry.line);
  out += ',';
  out += csv_field(entry.scenario);
  out += ',';
  out += csv_field(currency);
  out += ',';
  if (rank) out += std::to_string(*rank);
  out += ',';
  out += std::to_string(investment.horizon_months);
  out += ',';
  out += render_detail::period_name(investment.period);
  out += ',';
  out += machine_number(investment.annual_discount_rate, Quantity::percent, currency);
  out += ',';
  out += investment.risk_adjusted ? "true" : "false";
  std::vector<std::string> notes;
  for (const Figure& figure : investment_figures(investment.figures)) {
    out += ',';
    if (figure.value.is_defined()) {
      out += machine_number(figure.value.value(), figure.quantity, currency);
    } else {
      notes.push_back(figure.key + ": " + figure.value.reason());
    }
  }
  out += ',';
  out += csv_field(fmt::format("{}", fmt::join(notes, "; ")));
  out += '\n';
  return out;
}

}  // namespace

std::string compare_csv_header() {
  std::string header =
      "source,line,scenario,currency,rank,horizon_months,period,discount_rate_percent,"
      "risk_adjusted";
  for (const Figure& figure : investment_figures(InvestmentFigures{})) header += "," + figure.key;
  header += ",notes\n";
  return header;
}

std::string render_compare_record(const CompareEntry& entry, OutputFormat format,
                                  std::optional<int> rank) {
  if (format == OutputFormat::csv) return csv_row(entry, rank);
  std::string out;
  JsonWriter json(
      out, format == OutputFormat::json ? JsonWriter::Style::pretty : JsonWriter::Style::compact);
  write_record(json, entry, rank);
  out += '\n';
  return out;
}

std::string render_compare(const std::vector<CompareEntry>& entries, CompareSort sort,
                           OutputFormat format, const RenderOptions& options) {
  if (entries.empty()) return "";
  switch (format) {
    case OutputFormat::table:
      return compare_detail::render_compare_table(entries, sort, options);
    case OutputFormat::markdown:
      return compare_detail::render_compare_markdown(entries, sort);
    case OutputFormat::json:
    case OutputFormat::jsonl:
    case OutputFormat::csv:
      break;
  }
  std::string out = format == OutputFormat::csv ? compare_csv_header() : std::string();
  for (const CompareGroup& group : compare_groups(entries, sort)) {
    for (std::size_t position = 0; position < group.columns.size(); ++position) {
      std::optional<int> rank;
      if (!group.ranks.empty()) rank = group.ranks[position];
      out += render_compare_record(entries[group.columns[position]], format, rank);
    }
  }
  return out;
}

}  // namespace crmroi
