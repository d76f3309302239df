// The calc report for people in a terminal, ledger style: cost and benefit lines with their
// arithmetic, totals under a rule, the cash flow with --monthly, analysis blocks, assumptions,
// and the headline metrics last, where the eye lands.
#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "crmroi/money.hpp"
#include "render/detail.hpp"

namespace crmroi::render_detail {
namespace {

Emphasis emphasis_of(const HumanValue& value) {
  return value.undefined || value.negative ? Emphasis::negative : Emphasis::plain;
}

// Cells of one value: {number, unit}; an undefined value gives {"n/a", ""} and its reason is
// collected for the row's note.
void append_value_cells(std::vector<Cell>& cells, const Metric& metric, Quantity quantity,
                        std::string_view currency, std::vector<std::string>& reasons) {
  HumanValue value = human_value(metric, quantity, currency);
  if (value.undefined) {
    cells.push_back({"n/a", Emphasis::negative});
    cells.push_back({""});
    if (std::find(reasons.begin(), reasons.end(), metric.reason()) == reasons.end()) {
      reasons.push_back(metric.reason());
    }
    return;
  }
  const Emphasis emphasis = emphasis_of(value);
  cells.push_back({std::move(value.number), emphasis});
  cells.push_back({std::move(value.unit), emphasis});
}

// A row "label  number unit [number unit ...]". A single undefined value reads
// "label  n/a — reason"; with several values the reasons follow the last column.
void add_metric_row(TextTable& table, std::string label, const std::vector<Metric>& metrics,
                    Quantity quantity, std::string_view currency, std::string note = {}) {
  std::vector<Cell> cells{{"  " + escape_control_characters(label)}};
  if (metrics.size() == 1 && !metrics.front().is_defined()) {
    cells.push_back(
        {escape_control_characters("n/a — " + metrics.front().reason()), Emphasis::negative, true});
    table.add_row(std::move(cells));
    return;
  }
  std::vector<std::string> reasons;
  for (const Metric& metric : metrics)
    append_value_cells(cells, metric, quantity, currency, reasons);
  if (!reasons.empty()) {
    std::string text = "— ";
    for (std::size_t i = 0; i < reasons.size(); ++i) text += (i > 0 ? "; " : "") + reasons[i];
    cells.push_back({escape_control_characters(text), Emphasis::negative, true});
  } else if (!note.empty()) {
    cells.back().text = std::move(note);  // in the (empty) unit column: "3.25 (healthy)"
  }
  table.add_row(std::move(cells));
}

Cell money_cell(double amount, std::string_view currency) {
  std::string text = money_number(amount, currency);
  const Emphasis emphasis = text.front() == '-' ? Emphasis::negative : Emphasis::plain;
  return {std::move(text), emphasis};
}

// Costs, benefits and their totals: name | arithmetic | amount | currency
// [| risk | unadjusted amount | currency].
std::string lines_table(const InvestmentReport& investment, std::string_view currency, bool color,
                        std::size_t width) {
  const bool risk = investment.risk_adjusted && investment.unadjusted.has_value();
  std::vector<Align> columns{Align::left, Align::left, Align::right, Align::left};
  if (risk) columns.insert(columns.end(), {Align::right, Align::right, Align::left});
  TextTable table(columns);
  table.set_gap(3, 1);
  if (risk) table.set_gap(6, 1);
  // Too wide for the terminal: the arithmetic goes under the line's name, the amounts stay in
  // one column on the name's line.
  table.set_wrap_column(1, 6);
  const std::string code = escape_control_characters(currency);
  if (risk) {
    table.add_row({{""},
                   {""},
                   {"risk-adjusted", Emphasis::dim},
                   {""},
                   {"risk", Emphasis::dim},
                   {"unadjusted", Emphasis::dim}});
  }
  const auto add_lines = [&](std::string heading, const std::vector<LineBreakdown>& lines) {
    if (lines.empty()) return;
    table.add_heading(std::move(heading));
    for (const LineBreakdown& line : lines) {
      std::vector<Cell> cells{{"  " + escape_control_characters(line.name)},
                              {escape_control_characters(line.arithmetic)},
                              money_cell(line.total, currency),
                              {code}};
      if (risk) {
        cells.push_back({risk_text(line.risk_percent)});
        cells.push_back(money_cell(line.total_unadjusted, currency));
        cells.push_back({code});
      }
      table.add_row(std::move(cells));
    }
  };
  add_lines("Costs", investment.cost_lines);
  add_lines("Benefits", investment.benefit_lines);

  std::vector<std::size_t> ruled{2, 3};
  if (risk) ruled.insert(ruled.end(), {5, 6});
  table.add_rule(ruled);
  const auto add_total = [&](std::string label, const Metric& adjusted_metric,
                             const Metric& unadjusted_metric) {
    // A present value too large to show (a steep negative discount rate) is n/a with its reason.
    if (!adjusted_metric.is_defined() || (risk && !unadjusted_metric.is_defined())) {
      const std::string& reason =
          adjusted_metric.is_defined() ? unadjusted_metric.reason() : adjusted_metric.reason();
      table.add_row({{"  " + std::move(label)},
                     {""},
                     {fmt::format("n/a — {}", reason), Emphasis::negative, true}});
      return;
    }
    std::vector<Cell> cells{
        {"  " + std::move(label)}, {""}, money_cell(adjusted_metric.value(), currency), {code}};
    if (risk) {
      cells.push_back({""});
      cells.push_back(money_cell(unadjusted_metric.value(), currency));
      cells.push_back({code});
    }
    table.add_row(std::move(cells));
  };
  const InvestmentFigures& before = risk ? *investment.unadjusted : investment.figures;
  for (const auto& figure : kInvestmentFigures) {
    // The present values only when they differ from the totals.
    if (figure.role == FigureRole::present_value && investment.annual_discount_rate == 0) continue;
    if (figure.role != FigureRole::total && figure.role != FigureRole::present_value) continue;
    add_total(std::string(figure.label), figure.value(investment.figures), figure.value(before));
  }
  table.set_width(width);
  return table.render(color);
}

// The widest line of a rendered table, in display columns.
std::size_t widest_line(std::string_view text) {
  std::size_t widest = 0;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    widest = std::max(widest, display_width(text.substr(0, end)));
    text.remove_prefix(std::min(end + 1, text.size()));
  }
  return widest;
}

// The cash flow, one row per month (or quarter/year for explicit cash flows).
std::string cash_flow_table(const InvestmentReport& investment, std::string_view currency,
                            bool color, std::size_t width) {
  const bool by_month = investment.period == Period::month;
  std::vector<Align> columns(by_month ? 5 : 6, Align::right);
  TextTable table(columns);
  table.add_heading(fmt::format("Cash flow by {} ({})", period_name(investment.period),
                                escape_control_characters(currency)));
  std::vector<Cell> header;
  if (!by_month)
    header.push_back({"  " + std::string(period_name(investment.period)), Emphasis::dim});
  header.push_back({by_month ? "  month" : "month", Emphasis::dim});
  for (const char* title : {"cost", "benefit", "net", "cumulative"}) {
    header.push_back({title, Emphasis::dim});
  }
  table.add_row(std::move(header));
  for (const PeriodRow& row : investment.figures.periods) {
    std::vector<Cell> cells;
    if (!by_month) cells.push_back({fmt::format("  {}", row.period)});
    cells.push_back({by_month ? fmt::format("  {}", row.month) : fmt::format("{}", row.month)});
    cells.push_back(money_cell(row.cost, currency));
    cells.push_back(money_cell(row.benefit, currency));
    cells.push_back(money_cell(row.net, currency));
    cells.push_back(money_cell(row.cumulative, currency));
    table.add_row(std::move(cells));
  }
  table.set_width(width);
  // Too wide (large amounts at 60 columns): one space between the columns instead of two.
  if (width != 0 && widest_line(table.render(false)) > width) {
    for (std::size_t column = 1; column < columns.size(); ++column) table.set_gap(column, 1);
  }
  return table.render(color);
}

// The year-by-year summary as TEI lays it out: the years as columns (Initial, Year 1…N, Total,
// Present value), rows Costs, Benefits, Net, Cumulative. When the columns do not fit the width,
// they come in blocks of columns, each under the row labels (as compare does).
std::string years_table(const InvestmentReport& investment, std::string_view currency, bool color,
                        std::size_t width) {
  const std::vector<YearRow> years = year_summary(investment, currency_minor_digits(currency));
  const InvestmentFigures& figures = investment.figures;
  // Each column: its title and its four cells (Costs, Benefits, Net, Cumulative).
  struct Column {
    std::string title;
    std::array<std::optional<double>, 4> values;
  };
  std::vector<Column> columns;
  columns.reserve(years.size() + 2);
  for (const YearRow& year : years) {
    columns.push_back({year.year == 0 ? std::string("Initial") : fmt::format("Year {}", year.year),
                       {year.cost, year.benefit, year.net, year.cumulative}});
  }
  columns.push_back({"Total", {figures.total_cost, figures.total_benefit, figures.net, {}}});
  columns.push_back({"Present value", {figures.pv_cost, figures.pv_benefit, figures.npv, {}}});
  constexpr std::array<const char*, 4> kRows = {"Costs", "Benefits", "Net", "Cumulative"};
  const auto block = [&](std::size_t first, std::size_t end) {
    std::vector<Align> aligns(end - first + 1, Align::right);
    aligns.front() = Align::left;
    TextTable table(aligns);
    std::vector<Cell> header{{""}};
    for (std::size_t c = first; c < end; ++c) header.push_back({columns[c].title, Emphasis::dim});
    table.add_row(std::move(header));
    for (std::size_t r = 0; r < kRows.size(); ++r) {
      std::vector<Cell> cells{{std::string("  ") + kRows[r]}};
      for (std::size_t c = first; c < end; ++c) {
        const std::optional<double>& value = columns[c].values[r];
        cells.push_back(value ? money_cell(*value, currency) : Cell{""});
      }
      table.add_row(std::move(cells));
    }
    return table;
  };
  std::string out =
      paint("Year by year (" + escape_control_characters(currency) + ")", Emphasis::bold, color) +
      "\n";
  std::size_t first = 0;
  while (first < columns.size()) {
    std::size_t end = columns.size();
    // As many columns as fit (at least one).
    while (width != 0 && end > first + 1 && widest_line(block(first, end).render(false)) > width) {
      --end;
    }
    if (first > 0) out += '\n';
    out += block(first, end).render(color);
    first = end;
  }
  return out;
}

// The rows of one analysis block, one per figure of its table; LTV:CAC with its rating.
template <typename Block>
void add_block_rows(TextTable& table, std::span<const FigureDefinition<Block>> definitions,
                    const Block& block, std::string_view currency) {
  for (const FigureDefinition<Block>& figure : definitions) {
    const Metric value = figure.value(block);
    std::string note = figure.key == "ltv_to_cac" ? ltv_to_cac_note(value) : std::string();
    add_metric_row(table, std::string(figure.label), {value}, figure.quantity, currency,
                   std::move(note));
  }
}

// Marketing channels, acquisition, unit economics, NPS and targets: label | number | unit.
std::string analysis_table(const Report& report, bool color, std::size_t width) {
  const std::string_view currency = report.currency;
  TextTable table({Align::left, Align::right, Align::left});
  table.set_gap(2, 1);
  const auto separate = [&table](std::string heading) {
    if (!table.empty()) table.add_row({});
    table.add_heading(std::move(heading));
  };
  for (const ChannelReport& channel : report.channels) {
    separate("Marketing channel: " + escape_control_characters(channel.name));
    add_block_rows<ChannelReport>(table, kChannelFigures, channel, currency);
  }
  if (const auto& acquisition = report.acquisition) {
    separate("Customer acquisition");
    add_block_rows<AcquisitionReport>(table, kAcquisitionFigures, *acquisition, currency);
  }
  if (const auto& unit = report.unit_economics) {
    separate("Unit economics");
    add_block_rows<UnitEconomicsReport>(table, kUnitEconomicsFigures, *unit, currency);
  }
  if (const auto& nps = report.nps) {
    separate("Net Promoter Score");
    // The counts first, then the score they make.
    std::vector<FigureDefinition<NpsReport>> rows;
    for (const bool counts : {true, false}) {
      for (const auto& figure : kNpsFigures) {
        if ((figure.quantity == Quantity::count) == counts) rows.push_back(figure);
      }
    }
    add_block_rows<NpsReport>(table, rows, *nps, currency);
  }
  if (const auto& targets = report.targets; targets && !has_no_targets(*targets)) {
    separate("Targets");
    // Each threshold, then whether the figure meets it (check's verdict) with the figure.
    const std::vector<TargetVerdict> verdicts = target_verdicts(report);
    for (const TargetDefinition& target : kTargets) {
      const std::optional<double>& threshold = (*targets).*target.threshold;
      if (!threshold) continue;
      add_metric_row(table, std::string(target.label),
                     {Metric::defined(target_value(target, *threshold))},
                     find_investment_figure(target.figure)->quantity, currency);
      for (const TargetVerdict& verdict : verdicts) {
        if (verdict.key != target.key) continue;
        table.add_cell_to_last_row(
            {escape_control_characters(std::string(verdict.met ? "met: " : "missed: ") +
                                       std::string(verdict.phrase) + " " +
                                       human_text(verdict.actual, verdict.quantity, currency)),
             verdict.met ? Emphasis::positive : Emphasis::negative});
      }
    }
  }
  table.set_width(width);
  return table.render(color);
}

// The headline metrics, adjusted beside unadjusted when risk-adjusted.
std::string headline_table(const InvestmentReport& investment, std::string_view currency,
                           bool color, std::size_t width) {
  const bool risk = investment.risk_adjusted && investment.unadjusted.has_value();
  std::vector<Align> columns{Align::left, Align::right, Align::left};
  if (risk) columns.insert(columns.end(), {Align::right, Align::left});
  TextTable table(columns);
  table.set_gap(2, 1);
  if (risk) table.set_gap(4, 1);
  table.add_heading("Return on investment");
  if (risk) {
    table.add_row({{""}, {"risk-adjusted", Emphasis::dim}, {""}, {"unadjusted", Emphasis::dim}});
  }
  for (const auto& figure : kInvestmentFigures) {
    if (figure.role != FigureRole::headline) continue;
    std::vector<Metric> metrics{figure.value(investment.figures)};
    if (risk) metrics.push_back(figure.value(*investment.unadjusted));
    add_metric_row(table, std::string(figure.label), metrics, figure.quantity, currency);
  }
  table.set_width(width);
  return table.render(color);
}

}  // namespace

void append_table(std::string& out, const SourcedReport& sourced, const RenderOptions& options) {
  const Report& report = sourced.report;
  const bool color = options.color;
  const std::size_t width = options.width;
  append_wrapped(out, escape_control_characters(report.name), width, "", "", Emphasis::bold, color);
  append_wrapped(out, report_summary(sourced), width, "", "  ", Emphasis::dim, color);
  if (report.investment) {
    out += '\n';
    out += lines_table(*report.investment, report.currency, color, width);
    if (options.monthly) {
      out += '\n';
      out += cash_flow_table(*report.investment, report.currency, color, width);
    }
    if (shows_years(*report.investment)) {
      out += '\n';
      out += years_table(*report.investment, report.currency, color, width);
    }
  }
  const std::string analysis = analysis_table(report, color, width);
  if (!analysis.empty()) {
    out += '\n';
    out += analysis;
  }
  if (report.investment && !report.investment->assumptions.empty()) {
    out += '\n';
    out += paint("Assumptions", Emphasis::bold, color);
    out += '\n';
    for (const std::string& assumption : report.investment->assumptions) {
      append_wrapped(out, escape_control_characters(assumption), width, "  ", "    ",
                     Emphasis::plain, color);
    }
  }
  if (!report.ranged_inputs.empty()) {
    out += '\n';
    append_wrapped(out,
                   "Ranged inputs (the figures use the likely values; crmroi simulate draws them)",
                   width, "", "  ", Emphasis::bold, color);
    for (const std::string& line : ranged_input_lines(report)) {
      append_wrapped(out, escape_control_characters(line), width, "  ", "    ", Emphasis::plain,
                     color);
    }
  }
  if (report.investment) {
    out += '\n';
    out += headline_table(*report.investment, report.currency, color, width);
  }
}

}  // namespace crmroi::render_detail
