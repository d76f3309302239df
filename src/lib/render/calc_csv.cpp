// The calc report as tidy long-form CSV (RFC 4180): one row per scenario and figure, or with
// --monthly one row per scenario and month.
#include "render/detail.hpp"

namespace crmroi::render_detail {
void append_csv(std::string& out, const SourcedReport& sourced, const RenderOptions& options) {
  const Report& report = sourced.report;
  const std::string prefix = csv_row_prefix(sourced.source, sourced.line, report.name);
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
