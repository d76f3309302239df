// The calc report as tidy long-form CSV (RFC 4180): one row per scenario and figure, or with
// --monthly one row per scenario and month, --yearly one per scenario and year (the initial month
// as year 0), --lines one per cost or benefit line.
#include "crmroi/money.hpp"
#include "render/detail.hpp"

namespace crmroi::render_detail {
namespace {

void append_money(std::string& out, double amount, std::string_view currency) {
  append_number(out, amount, Quantity::money, currency, kMachineStyle);
}

void append_years(std::string& out, const std::string& prefix, const InvestmentReport& investment,
                  std::string_view currency) {
  for (const YearRow& year : year_summary(investment, currency_minor_digits(currency))) {
    out += prefix;
    out += std::to_string(year.year) + "," + std::to_string(year.first_month) + "," +
           std::to_string(year.last_month);
    for (const double amount :
         {year.cost, year.benefit, year.net, year.cumulative, year.pv_cost, year.pv_benefit}) {
      out += ',';
      append_money(out, amount, currency);
    }
    out += "\n";
  }
}

void append_lines(std::string& out, const std::string& prefix, const InvestmentReport& investment,
                  std::string_view currency) {
  const auto side = [&](std::string_view name, const std::vector<LineBreakdown>& lines) {
    for (const LineBreakdown& line : lines) {
      out += prefix;
      out += name;
      out += ',';
      out += csv_field(line.name);
      out += ',';
      out += csv_field(line.kind);
      out += ',';
      append_money(out, line.total, currency);
      out += ',';
      append_money(out, line.total_unadjusted, currency);
      out += ',';
      append_number(out, line.risk_percent, Quantity::points, currency, kMachineStyle);
      out += ',';
      if (line.present_value && line.present_value->is_defined()) {
        append_money(out, line.present_value->value(), currency);
      }
      out += ',';
      out += csv_field(line.arithmetic);
      out += "\n";
    }
  };
  side("cost", investment.cost_lines);
  side("benefit", investment.benefit_lines);
}

}  // namespace

void append_csv(std::string& out, const SourcedReport& sourced, const RenderOptions& options) {
  const Report& report = sourced.report;
  const std::string prefix = csv_row_prefix(sourced.source, sourced.line, report.name);
  if (options.yearly || options.lines) {
    if (!report.investment) return;
    if (options.yearly) {
      append_years(out, prefix, *report.investment, report.currency);
    } else {
      append_lines(out, prefix, *report.investment, report.currency);
    }
    return;
  }
  if (options.monthly) {
    if (!report.investment) return;
    for (const PeriodRow& row : report.investment->figures.periods) {
      out += prefix;
      out += std::to_string(row.month);
      for (const double amount : {row.cost, row.benefit, row.net, row.cumulative}) {
        out += ',';
        append_number(out, amount, Quantity::money, report.currency, kMachineStyle);
      }
      out += "\n";
    }
    return;
  }
  for (const Figure& figure : report_figures(report)) {
    out += prefix;
    out += csv_field(figure.key);
    out += ',';
    if (figure.value.is_defined()) {
      append_number(out, figure.value.value(), figure.quantity, report.currency, kMachineStyle);
    }
    out += ',';
    out += csv_field(figure.quantity == Quantity::money ? std::string_view(report.currency)
                                                        : quantity_name(figure.quantity));
    out += ',';
    out += csv_field(figure.value.reason());
    out += "\n";
  }
}

}  // namespace crmroi::render_detail
