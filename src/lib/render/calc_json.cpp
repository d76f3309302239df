// The JSON record of one calc report (json: pretty, jsonl: one compact line). The layout is a
// contract (docs/conventions): keys in a fixed order, units in their names, undefined metrics as
// null with "<key>: <reason>" in "notes".
#include <algorithm>
#include <array>
#include <charconv>

#include "crmroi/money.hpp"
#include "render/detail.hpp"

namespace crmroi {
namespace {

void write_figures(JsonWriter& json, const InvestmentFigures& figures, std::string_view currency,
                   std::string_view note_prefix, std::vector<std::string>& notes) {
  render_detail::for_each_investment_figure(
      figures, [&](std::string_view key, std::string_view /*label*/, const Metric& value,
                   Quantity quantity) {
        if (value.is_defined()) {  // no note path to build
          json.key(key);
          json.number_value(value.value(), quantity, currency);
          return;
        }
        const std::string note_path = std::string(note_prefix) + std::string(key);
        json.metric_member(key, value, quantity, currency, note_path, notes);
      });
}

void write_money(JsonWriter& json, std::string_view name, double amount,
                 std::string_view currency) {
  json.key(name);
  json.number_value(amount, Quantity::money, currency);
}

// One row of the cash flow, {"month":1,"cost":...,"cumulative":...}, composed in a local
// buffer when every amount takes the fast number path (JSON Lines writes tens of rows a record);
// returns false, having written nothing, otherwise.
bool write_month_row_fast(JsonWriter& json, const PeriodRow& row, int minor_digits) {
  using render_detail::kFastNumberMaxLength;
  using render_detail::write_plain_number_fast;
  constexpr std::string_view kMonth = "{\"month\":";
  constexpr std::array<std::string_view, 4> kKeys = {
      ",\"cost\":", ",\"benefit\":", ",\"net\":", ",\"cumulative\":"};
  std::array<char, 16 + 24 + 4 * (16 + kFastNumberMaxLength) + 1> buffer{};
  char* cursor = std::copy(kMonth.begin(), kMonth.end(), buffer.data());
  cursor = std::to_chars(cursor, cursor + 24, row.month).ptr;
  const std::array<double, 4> amounts = {row.cost, row.benefit, row.net, row.cumulative};
  for (std::size_t index = 0; index < kKeys.size(); ++index) {
    cursor = std::copy(kKeys[index].begin(), kKeys[index].end(), cursor);
    cursor = write_plain_number_fast(cursor, amounts[index], minor_digits);
    if (cursor == nullptr) return false;
  }
  *cursor++ = '}';
  json.raw_value(std::string_view(buffer.data(), static_cast<std::size_t>(cursor - buffer.data())));
  return true;
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
    if (!by_month) {
      json.key("period");
      json.int_value(row.period);
    }
    json.key("month");
    json.int_value(row.month);
    write_money(json, "cost", row.cost, currency);
    write_money(json, "benefit", row.benefit, currency);
    write_money(json, "net", row.net, currency);
    write_money(json, "cumulative", row.cumulative, currency);
    json.end_object();
  }
  json.end_array();
}

void write_investment(JsonWriter& json, const InvestmentReport& investment,
                      std::string_view currency, std::vector<std::string>& notes) {
  json.key("horizon_months");
  json.int_value(investment.horizon_months);
  json.key("period");
  json.string_value(render_detail::period_name(investment.period));
  json.key("discount_rate_percent");
  json.number_value(investment.annual_discount_rate, Quantity::percent, currency);
  json.key("risk_adjusted");
  json.bool_value(investment.risk_adjusted);
  write_figures(json, investment.figures, currency, "", notes);
  render_detail::write_line_breakdowns(json, investment, currency);
  if (investment.risk_adjusted && investment.unadjusted) {
    json.key("unadjusted");
    json.begin_object();
    write_figures(json, *investment.unadjusted, currency, "unadjusted.", notes);
    json.end_object();
  }
  write_cash_flow(json, investment, currency);
}

void write_analysis(JsonWriter& json, const Report& report, std::vector<std::string>& notes) {
  const std::string_view currency = report.currency;
  if (!report.channels.empty()) {
    json.key("marketing");
    json.begin_object();
    json.key("channels");
    json.begin_array();
    for (const ChannelReport& channel : report.channels) {
      const std::string path = render_detail::channel_key(channel) + ".";
      json.begin_object();
      json.key("name");
      json.string_value(channel.name);
      json.metric_member("romi_percent", channel.romi, Quantity::percent, currency,
                         path + "romi_percent", notes);
      json.metric_member("marketing_roi_percent", channel.marketing_roi, Quantity::percent,
                         currency, path + "marketing_roi_percent", notes);
      json.metric_member("cac", channel.cac, Quantity::money, currency, path + "cac", notes);
      json.metric_member("lead_close_rate_percent", channel.lead_close_rate, Quantity::percent,
                         currency, path + "lead_close_rate_percent", notes);
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  if (const auto& acquisition = report.acquisition) {
    json.key("acquisition");
    json.begin_object();
    json.metric_member("cac", acquisition->cac, Quantity::money, currency, "acquisition.cac",
                       notes);
    json.metric_member("marketing_expense_to_revenue", acquisition->marketing_expense_to_revenue,
                       Quantity::ratio, currency, "acquisition.marketing_expense_to_revenue",
                       notes);
    json.metric_member("lead_close_rate_percent", acquisition->lead_close_rate, Quantity::percent,
                       currency, "acquisition.lead_close_rate_percent", notes);
    json.end_object();
  }
  if (const auto& unit = report.unit_economics) {
    json.key("unit_economics");
    json.begin_object();
    write_money(json, "monthly_margin", unit->monthly_margin, currency);
    json.metric_member("cac", unit->cac, Quantity::money, currency, "unit_economics.cac", notes);
    json.metric_member("cac_payback_months", unit->cac_payback_months, Quantity::months, currency,
                       "unit_economics.cac_payback_months", notes);
    json.metric_member("ltv", unit->ltv, Quantity::money, currency, "unit_economics.ltv", notes);
    json.metric_member("ltv_discounted", unit->ltv_discounted, Quantity::money, currency,
                       "unit_economics.ltv_discounted", notes);
    json.metric_member("ltv_to_cac", unit->ltv_to_cac, Quantity::ratio, currency,
                       "unit_economics.ltv_to_cac", notes);
    json.end_object();
  }
  if (const auto& nps = report.nps) {
    json.key("nps");
    json.begin_object();
    json.metric_member("nps", nps->nps, Quantity::points, currency, "nps.nps", notes);
    json.key("promoters");
    json.int_value(nps->promoters);
    json.key("passives");
    json.int_value(nps->passives);
    json.key("detractors");
    json.int_value(nps->detractors);
    json.end_object();
  }
  if (const auto& targets = report.targets) {
    json.key("targets");
    json.begin_object();
    if (targets->min_roi_percent) {
      json.key("min_roi_percent");
      json.raw_value(machine_number(*targets->min_roi_percent, Quantity::points, currency));
    }
    if (targets->max_payback_months) {
      json.key("max_payback_months");
      json.raw_value(machine_number(*targets->max_payback_months, Quantity::months, currency));
    }
    if (targets->min_npv) write_money(json, "min_npv", *targets->min_npv, currency);
    json.end_object();
  }
}

}  // namespace

void write_calc_record(JsonWriter& json, const SourcedReport& sourced) {
  const Report& report = sourced.report;
  std::vector<std::string> notes;
  json.begin_object();
  render_detail::write_record_versions(json);
  json.key("source");
  json.string_value(sourced.source);
  if (sourced.line) {
    json.key("line");
    json.int_value(*sourced.line);
  }
  json.key("scenario");
  json.string_value(report.name);
  json.key("currency");
  json.string_value(report.currency);
  if (report.investment) write_investment(json, *report.investment, report.currency, notes);
  write_analysis(json, report, notes);
  json.key("notes");
  json.begin_array();
  for (const std::string& note : notes) json.string_value(note);
  json.end_array();
  json.end_object();
}

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

std::string render_json(const SourcedReport& sourced, JsonWriter::Style style) {
  std::string out;
  append_json(out, sourced, style);
  return out;
}

}  // namespace render_detail
}  // namespace crmroi
