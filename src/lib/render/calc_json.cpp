// The JSON record of one calc report (json: pretty, jsonl: one compact line). The layout is a
// contract (docs/conventions): keys in a fixed order, units in their names, undefined metrics as
// null with "<key>: <reason>" in "notes".
#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

#include "crmroi/money.hpp"
#include "metrics/rounding.hpp"
#include "render/detail.hpp"

namespace crmroi {
namespace {

void write_money(JsonWriter& json, std::string_view name, double amount,
                 std::string_view currency) {
  json.key(name);
  json.number_value(amount, Quantity::money, currency);
}

// The amounts a month (or period) of the cash flow and a year of the summary share: "cost",
// "benefit", "net", "cumulative".
template <typename Row>
void write_flow_amounts(JsonWriter& json, const Row& row, std::string_view currency) {
  write_money(json, "cost", row.cost, currency);
  write_money(json, "benefit", row.benefit, currency);
  write_money(json, "net", row.net, currency);
  write_money(json, "cumulative", row.cumulative, currency);
}

// A member's text up to its value (",\"cost\":"), kept in 16 bytes so that it is copied in one
// fixed-size move (rows are written by the hundred thousand), at most 15 characters of it used.
struct RowKey {
  std::array<char, 16> text{};
  std::size_t size = 0;
  template <std::size_t N>
  consteval RowKey(const char (&key)[N]) : size(N - 1) {  // NOLINT: implicit, from a literal
    static_assert(N <= 16, "a row key has at most 15 characters");
    std::copy(key, key + N - 1, text.begin());
  }
};

// One row of whole numbers then amounts of money, {"month":1,"cost":...,"cumulative":...},
// composed in a local buffer when every amount takes the fast number path (JSON Lines writes tens
// of rows a record); returns false, having written nothing, otherwise. keys[i] is the i-th
// member's text up to its value ("{\"month\":", ",\"cost\":").
template <std::size_t Whole, std::size_t Amounts>
bool write_row_fast(JsonWriter& json, const std::array<RowKey, Whole + Amounts>& keys,
                    const std::array<int, Whole>& whole, const std::array<double, Amounts>& amounts,
                    int minor_digits) {
  using rounding_detail::kFastNumberMaxLength;
  using rounding_detail::write_machine_number_fast;
  std::array<char, (Whole + Amounts) * (16 + kFastNumberMaxLength) + 1> buffer{};
  char* cursor = buffer.data();
  const auto put_key = [&cursor](const RowKey& key) {
    std::memcpy(cursor, key.text.data(), key.text.size());
    cursor += key.size;
  };
  for (std::size_t index = 0; index < Whole; ++index) {
    put_key(keys[index]);
    cursor = std::to_chars(cursor, cursor + kFastNumberMaxLength, whole[index]).ptr;
  }
  for (std::size_t index = 0; index < Amounts; ++index) {
    put_key(keys[Whole + index]);
    cursor = write_machine_number_fast(cursor, amounts[index], minor_digits);
    if (cursor == nullptr) return false;
  }
  *cursor++ = '}';
  json.raw_value(std::string_view(buffer.data(), static_cast<std::size_t>(cursor - buffer.data())));
  return true;
}

bool write_month_row_fast(JsonWriter& json, const PeriodRow& row, int minor_digits) {
  static constexpr std::array<RowKey, 5> kKeys = {
      "{\"month\":", ",\"cost\":", ",\"benefit\":", ",\"net\":", ",\"cumulative\":"};
  return write_row_fast<1, 4>(json, kKeys, {row.month},
                              {row.cost, row.benefit, row.net, row.cumulative}, minor_digits);
}

bool write_year_row_fast(JsonWriter& json, const YearRow& year, int minor_digits) {
  static constexpr std::array<RowKey, 9> kKeys = {
      "{\"year\":", ",\"first_month\":", ",\"last_month\":", ",\"cost\":",      ",\"benefit\":",
      ",\"net\":",  ",\"cumulative\":",  ",\"pv_cost\":",    ",\"pv_benefit\":"};
  return write_row_fast<3, 6>(
      json, kKeys, {year.year, year.first_month, year.last_month},
      {year.cost, year.benefit, year.net, year.cumulative, year.pv_cost, year.pv_benefit},
      minor_digits);
}

void write_cash_flow(JsonWriter& json, const InvestmentReport& investment,
                     std::string_view currency) {
  const bool by_month = investment.period == Period::month;
  const bool compact = json.style() == JsonWriter::Style::compact;
  const int minor_digits = currency_minor_digits(currency);
  json.key(by_month ? "months" : "periods");
  json.begin_array();
  for (const PeriodRow& row : investment.figures.periods) {
    if (by_month && compact && write_month_row_fast(json, row, minor_digits)) continue;
    json.begin_object();
    if (!by_month) json.int_member("period", row.period);
    json.int_member("month", row.month);
    write_flow_amounts(json, row, currency);
    json.end_object();
  }
  json.end_array();
}

// The year-by-year summary (horizons over 12 months): "years": [{year, first_month, last_month,
// cost, benefit, net, cumulative, pv_cost, pv_benefit}], year 0 the initial month.
void write_years(JsonWriter& json, const InvestmentReport& investment, std::string_view currency) {
  if (!shows_years(investment)) return;
  const bool compact = json.style() == JsonWriter::Style::compact;
  const int minor_digits = currency_minor_digits(currency);
  json.key("years");
  json.begin_array();
  for (const YearRow& year : year_summary(investment, minor_digits)) {
    if (compact && write_year_row_fast(json, year, minor_digits)) continue;
    json.begin_object();
    json.int_member("year", year.year);
    json.int_member("first_month", year.first_month);
    json.int_member("last_month", year.last_month);
    write_flow_amounts(json, year, currency);
    write_money(json, "pv_cost", year.pv_cost, currency);
    write_money(json, "pv_benefit", year.pv_benefit, currency);
    json.end_object();
  }
  json.end_array();
}

// The analysis blocks under their input names, each figure from its table.
void write_analysis(JsonWriter& json, const Report& report, std::vector<std::string>& notes) {
  using render_detail::write_figures;
  const std::string_view currency = report.currency;
  if (!report.channels.empty()) {
    json.key("marketing");
    json.begin_object();
    json.object_array("channels", report.channels, [&](const ChannelReport& channel) {
      json.string_member("name", channel.name);
      write_figures<ChannelReport>(json, kChannelFigures, channel, currency,
                                   render_detail::channel_key(channel) + ".", notes);
    });
    json.end_object();
  }
  // A block of figures under its key.
  const auto block = [&](std::string_view key, const auto& figures, const auto& value,
                         std::string_view note_prefix) {
    json.key(key);
    json.begin_object();
    write_figures<std::decay_t<decltype(value)>>(json, figures, value, currency, note_prefix,
                                                 notes);
    json.end_object();
  };
  if (report.acquisition) {
    block("acquisition", kAcquisitionFigures, *report.acquisition, "acquisition.");
  }
  if (report.unit_economics) {
    block("unit_economics", kUnitEconomicsFigures, *report.unit_economics, "unit_economics.");
  }
  if (report.nps) block("nps", kNpsFigures, *report.nps, "nps.");
  if (report.targets) {
    render_detail::write_targets(json, *report.targets, currency);
    // Whether each is met, as check decides: {"min_roi_percent": true, ...}.
    const std::vector<TargetVerdict> verdicts = target_verdicts(report);
    if (!verdicts.empty()) {
      json.key("targets_met");
      json.begin_object();
      for (const TargetVerdict& verdict : verdicts) {
        json.key(verdict.key);
        json.bool_value(verdict.met);
      }
      json.end_object();
    }
  }
}

// The JSON record of one calc report (format_version, crmroi_version, source, line, scenario,
// currency, the investment case, analysis blocks, targets, notes) written as one object.
void write_calc_record(JsonWriter& json, const SourcedReport& sourced) {
  const Report& report = sourced.report;
  std::vector<std::string> notes;
  json.begin_object();
  render_detail::write_record_head(json, sourced.source, sourced.line, report.name,
                                   report.currency);
  if (const auto& investment = report.investment) {
    render_detail::write_investment_case(json, *investment, report.currency, notes);
    write_cash_flow(json, *investment, report.currency);
    write_years(json, *investment, report.currency);
  }
  write_analysis(json, report, notes);
  render_detail::write_ranged_inputs(json, report.ranged_inputs, report.currency);
  render_detail::write_notes(json, notes);
  json.end_object();
}

}  // namespace

namespace render_detail {

void append_json(std::string& out, const SourcedReport& sourced, JsonWriter::Style style) {
  // About 110 bytes a month (or period) in compact form and 200 pretty, plus the rest.
  std::size_t periods = 0;
  if (const auto& investment = sourced.report.investment) {
    periods = investment->figures.periods.size();
  }
  const bool compact = style == JsonWriter::Style::compact;
  out.reserve(out.size() + (compact ? 1024 : 4096) + periods * (compact ? 128 : 224));
  JsonWriter json(out, style);
  write_calc_record(json, sourced);
  out.push_back('\n');
}

}  // namespace render_detail
}  // namespace crmroi
