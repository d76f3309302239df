// compare as machine records, one per scenario (JSON, JSON Lines, a wide CSV), and the texts the
// table and Markdown layouts share.
#include <fmt/format.h>

#include "render/compare_detail.hpp"
#include "render/detail.hpp"

namespace crmroi {
namespace {

void write_record(JsonWriter& json, const CompareEntry& entry, std::optional<int> rank) {
  const InvestmentReport& investment = entry.investment;
  const std::string_view currency = entry.currency;
  std::vector<std::string> notes;
  json.begin_object();
  render_detail::write_record_head(json, entry.source, entry.line, entry.scenario, currency);
  if (rank) {
    json.key("rank");
    json.int_value(*rank);
  }
  render_detail::write_investment_case(json, investment, currency, notes);
  render_detail::write_ranged_inputs(json, entry.ranged_inputs, currency);
  render_detail::write_notes(json, notes);
  json.end_object();
}

std::string csv_row(const CompareEntry& entry, std::optional<int> rank) {
  const InvestmentReport& investment = entry.investment;
  const std::string_view currency = entry.currency;
  std::string out = render_detail::csv_row_prefix(entry.source, entry.line, entry.scenario);
  out += csv_field(currency);
  out += ',';
  if (rank) out += std::to_string(*rank);
  out += ',';
  out += std::to_string(investment.horizon_months);
  out += ',';
  out += render_detail::period_name(investment.period);
  out += ',';
  append_number(out, investment.annual_discount_rate, Quantity::percent, currency, kMachineStyle);
  out += ',';
  out += investment.risk_adjusted ? "true" : "false";
  std::vector<std::string> notes;
  for (const auto& figure : kInvestmentFigures) {
    out += ',';
    const Metric value = figure.value(investment.figures);
    if (value.is_defined()) {
      append_number(out, value.value(), figure.quantity, currency, kMachineStyle);
    } else {
      notes.push_back(std::string(figure.key) + ": " + value.reason());
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
  for (const auto& figure : kInvestmentFigures) {
    header += ',';
    header += figure.key;
  }
  header += ",notes\n";
  return header;
}

namespace render_detail {

void append_compare_json(std::string& out, const CompareEntry& entry, std::optional<int> rank) {
  JsonWriter json(out, JsonWriter::Style::pretty);
  write_record(json, entry, rank);
  out += '\n';
}

void append_compare_jsonl(std::string& out, const CompareEntry& entry, std::optional<int> rank) {
  JsonWriter json(out, JsonWriter::Style::compact);
  write_record(json, entry, rank);
  out += '\n';
}

void append_compare_csv(std::string& out, const CompareEntry& entry, std::optional<int> rank) {
  out += csv_row(entry, rank);
}

}  // namespace render_detail

namespace compare_detail {

std::string_view compare_sort_label(CompareSort sort) {
  const auto* figure = compare_sort_figure(sort);
  return figure != nullptr ? figure->phrase : std::string_view();
}

std::string block_title(const CompareBlock& block) {
  const std::size_t count = block.columns.size();
  return fmt::format("{} scenario{} in {}", count, count == 1 ? "" : "s",
                     escape_control_characters(block.currency));
}

std::string figure_text(const CompareCell& cell, Quantity quantity, std::string_view currency) {
  if (quantity == Quantity::money) return render_detail::money_number(cell.value.value(), currency);
  return render_detail::human_text(cell.value, quantity, currency);
}

}  // namespace compare_detail
}  // namespace crmroi
