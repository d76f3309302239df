// The calc report as tidy long-form CSV (RFC 4180): one row per scenario and metric, or with
// --monthly one row per scenario and month.
#include <fmt/format.h>

#include "render/detail.hpp"

namespace crmroi::render_detail {
namespace {

// "source,line,scenario," of every row.
std::string row_prefix(const SourcedReport& sourced) {
  std::string prefix = csv_field(sourced.source);
  prefix += ',';
  if (sourced.line) prefix += std::to_string(*sourced.line);
  prefix += ',';
  prefix += csv_field(sourced.report.name);
  prefix += ',';
  return prefix;
}

}  // namespace

std::string render_csv(const SourcedReport& sourced, const RenderOptions& options) {
  const Report& report = sourced.report;
  const std::string prefix = row_prefix(sourced);
  std::string out;
  if (options.monthly) {
    if (!report.investment) return out;
    for (const PeriodRow& row : report.investment->figures.periods) {
      out += prefix;
      out += std::to_string(row.month);
      for (const double amount : {row.cost, row.benefit, row.net, row.cumulative}) {
        out += ',';
        out += machine_number(amount, Quantity::money, report.currency);
      }
      out += "\n";
    }
    return out;
  }
  for (const Figure& figure : report_figures(report)) {
    out += prefix;
    out += csv_field(figure.key);
    out += ',';
    if (figure.value.is_defined()) {
      out += machine_number(figure.value.value(), figure.quantity, report.currency);
    }
    out += ',';
    out += csv_field(quantity_unit(figure.quantity, report.currency));
    out += ',';
    out += csv_field(figure.value.reason());
    out += "\n";
  }
  return out;
}

}  // namespace crmroi::render_detail
