// The calc report as Markdown: a "##" heading per scenario, pipe tables, user text escaped.
#include <fmt/format.h>

#include <optional>

#include "crmroi/money.hpp"

#include "render/detail.hpp"

namespace crmroi::render_detail {
namespace {

std::string row(const std::vector<std::string>& cells) {
  return fmt::format("| {} |\n", fmt::join(cells, " | "));
}

std::string value_text(const Metric& metric, Quantity quantity, std::string_view currency) {
  return markdown_text(human_text(metric, quantity, currency));
}

std::string money_text(double amount, std::string_view currency) {
  return value_text(Metric::defined(amount), Quantity::money, currency);
}

void lines_table(std::string& out, std::string_view title, const std::vector<LineBreakdown>& lines,
                 std::string_view total_label, double total, double total_unadjusted, bool risk,
                 std::string_view currency) {
  out +=
      fmt::format("\n| {} | Arithmetic | Total |{}\n", title, risk ? " Risk | Unadjusted |" : "");
  out += risk ? "|:--|:--|--:|--:|--:|\n" : "|:--|:--|--:|\n";
  for (const LineBreakdown& line : lines) {
    std::vector<std::string> cells{markdown_text(line.name), markdown_text(line.arithmetic),
                                   money_text(line.total, currency)};
    if (risk) {
      cells.push_back(risk_text(line.risk_percent));
      cells.push_back(money_text(line.total_unadjusted, currency));
    }
    out += row(cells);
  }
  std::vector<std::string> cells{fmt::format("**{}**", total_label), "",
                                 "**" + money_text(total, currency) + "**"};
  if (risk) {
    cells.emplace_back("");
    cells.push_back("**" + money_text(total_unadjusted, currency) + "**");
  }
  out += row(cells);
}

void metrics_table(std::string& out, std::string_view heading, const std::vector<Figure>& figures,
                   const std::vector<Figure>* unadjusted, std::string_view currency) {
  out += fmt::format("\n### {}\n\n", heading);
  out += unadjusted != nullptr ? "| Metric | Value | Unadjusted |\n|:--|--:|--:|\n"
                               : "| Metric | Value |\n|:--|--:|\n";
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const Figure& figure = figures[i];
    std::vector<std::string> cells{markdown_text(figure.label),
                                   value_text(figure.value, figure.quantity, currency)};
    if (unadjusted != nullptr) {
      cells.push_back(value_text((*unadjusted)[i].value, figure.quantity, currency));
    }
    out += row(cells);
  }
}

// Net and the headline figures, in the order the table shows them (the lines tables above show
// the total cost and benefit).
std::vector<Figure> headline_figures(const InvestmentFigures& investment) {
  std::vector<Figure> picked;
  for (const auto& figure : kInvestmentFigures) {
    if (figure.key == "net" || figure.role == FigureRole::headline) {
      picked.push_back({std::string(figure.key), std::string(figure.label),
                        figure.value(investment), figure.quantity});
    }
  }
  return picked;
}

// The figures under `prefix` ("acquisition."), in report order.
std::vector<Figure> section(const std::vector<Figure>& figures, std::string_view prefix) {
  std::vector<Figure> picked;
  for (const Figure& figure : figures) {
    if (figure.key.compare(0, prefix.size(), prefix) == 0) picked.push_back(figure);
  }
  return picked;
}

void cash_flow_table(std::string& out, const InvestmentReport& investment,
                     std::string_view currency) {
  const bool by_month = investment.period == Period::month;
  out += fmt::format("\n### Cash flow by {} ({})\n\n", period_name(investment.period),
                     markdown_text(currency));
  if (by_month) {
    out += "| Month | Cost | Benefit | Net | Cumulative |\n|--:|--:|--:|--:|--:|\n";
  } else {
    out += fmt::format("| {} | Month | Cost | Benefit | Net | Cumulative |\n",
                       investment.period == Period::year ? "Year" : "Quarter");
    out += "|--:|--:|--:|--:|--:|--:|\n";
  }
  for (const PeriodRow& period : investment.figures.periods) {
    std::vector<std::string> cells;
    if (!by_month) cells.push_back(std::to_string(period.period));
    cells.push_back(std::to_string(period.month));
    for (const double amount : {period.cost, period.benefit, period.net, period.cumulative}) {
      cells.push_back(money_number(amount, currency));
    }
    out += row(cells);
  }
}

// The year-by-year summary, TEI style: the years as columns (up to 10 years), or one row a year.
void years_table(std::string& out, const InvestmentReport& investment, std::string_view currency) {
  const std::vector<YearRow> years = year_summary(investment, currency_minor_digits(currency));
  const InvestmentFigures& figures = investment.figures;
  out += fmt::format("\n### Year by year ({})\n\n", markdown_text(currency));
  constexpr std::size_t kMostColumns = 11;  // Initial and 10 years
  if (years.size() <= kMostColumns) {
    std::vector<std::string> header{""};
    std::string align = "|:--|";
    for (const YearRow& year : years) {
      header.push_back(year.year == 0 ? std::string("Initial") : fmt::format("Year {}", year.year));
      align += "--:|";
    }
    header.emplace_back("Total");
    header.emplace_back("Present value");
    align += "--:|--:|\n";
    out += row(header);
    out += align;
    const auto add = [&](std::string label, double YearRow::*member, std::optional<double> total,
                         std::optional<double> present_value) {
      std::vector<std::string> cells{std::move(label)};
      for (const YearRow& year : years) cells.push_back(money_number(year.*member, currency));
      cells.push_back(total ? money_number(*total, currency) : "");
      cells.push_back(present_value ? money_number(*present_value, currency) : "");
      out += row(cells);
    };
    add("Costs", &YearRow::cost, figures.total_cost, figures.pv_cost);
    add("Benefits", &YearRow::benefit, figures.total_benefit, figures.pv_benefit);
    add("Net", &YearRow::net, figures.net, figures.npv);
    add("Cumulative", &YearRow::cumulative, std::nullopt, std::nullopt);
    return;
  }
  out += "| Year | Months | Cost | Benefit | Net | Cumulative | PV of costs | PV of benefits |\n";
  out += "|:--|:--|--:|--:|--:|--:|--:|--:|\n";
  for (const YearRow& year : years) {
    out += row({year.year == 0 ? std::string("Initial") : fmt::format("Year {}", year.year),
                year.year == 0 ? std::string("0")
                               : fmt::format("{}\u2013{}", year.first_month, year.last_month),
                money_number(year.cost, currency), money_number(year.benefit, currency),
                money_number(year.net, currency), money_number(year.cumulative, currency),
                money_number(year.pv_cost, currency), money_number(year.pv_benefit, currency)});
  }
  out += row({"Total", "", money_number(figures.total_cost, currency),
              money_number(figures.total_benefit, currency), money_number(figures.net, currency),
              "", "", ""});
  out += row({"Present value", "", money_number(figures.pv_cost, currency),
              money_number(figures.pv_benefit, currency), money_number(figures.npv, currency), "",
              "", ""});
}

}  // namespace

void append_markdown(std::string& out, const SourcedReport& sourced, const RenderOptions& options) {
  const Report& report = sourced.report;
  const std::string_view currency = report.currency;
  out += "## " + markdown_text(report.name) + "\n\n";
  out += markdown_text(report_summary(sourced)) + "\n";
  const std::vector<Figure> figures = report_figures(report);

  if (const auto& investment = report.investment) {
    const bool risk = investment->risk_adjusted && investment->unadjusted.has_value();
    const InvestmentFigures& before = risk ? *investment->unadjusted : investment->figures;
    lines_table(out, "Cost", investment->cost_lines, find_investment_figure("total_cost")->label,
                investment->figures.total_cost, before.total_cost, risk, currency);
    lines_table(out, "Benefit", investment->benefit_lines,
                find_investment_figure("total_benefit")->label, investment->figures.total_benefit,
                before.total_benefit, risk, currency);
    if (options.monthly) cash_flow_table(out, *investment, currency);
    if (shows_years(*investment)) years_table(out, *investment, currency);
  }
  for (const ChannelReport& channel : report.channels) {
    std::vector<Figure> channel_figures = section(figures, channel_key(channel) + ".");
    for (Figure& figure : channel_figures) {
      figure.label = figure.label.substr(channel.name.size() + 2);  // drop "name: "
    }
    metrics_table(out, "Marketing channel: " + markdown_text(channel.name), channel_figures,
                  nullptr, currency);
  }
  if (report.acquisition) {
    metrics_table(out, "Customer acquisition", section(figures, "acquisition."), nullptr, currency);
  }
  if (report.unit_economics) {
    metrics_table(out, "Unit economics", section(figures, "unit_economics."), nullptr, currency);
  }
  if (report.nps)
    metrics_table(out, "Net Promoter Score", section(figures, "nps."), nullptr, currency);
  if (report.targets) {
    const std::vector<Figure> targets = section(figures, "targets.");
    const std::vector<TargetVerdict> verdicts = target_verdicts(report);
    if (!targets.empty() && verdicts.size() == targets.size()) {
      // Each threshold with its figure and check's verdict.
      out += "\n### Targets\n\n| Target | Threshold | Figure | Met |\n|:--|--:|--:|:--|\n";
      for (std::size_t i = 0; i < targets.size(); ++i) {
        const TargetVerdict& verdict = verdicts[i];
        out += row({markdown_text(targets[i].label),
                    value_text(targets[i].value, targets[i].quantity, currency),
                    markdown_text(std::string(verdict.phrase) + " " +
                                  human_text(verdict.actual, verdict.quantity, currency)),
                    verdict.met ? "\u2705 met" : "\u274c missed"});
      }
    } else if (!targets.empty()) {
      metrics_table(out, "Targets", targets, nullptr, currency);
    }
  }
  if (const auto& investment = report.investment) {
    if (!investment->assumptions.empty()) {
      out += "\n### Assumptions\n\n";
      for (const std::string& assumption : investment->assumptions) {
        out += "- " + markdown_text(assumption) + "\n";
      }
    }
    if (!report.ranged_inputs.empty()) {
      out +=
          "\n### Ranged inputs\n\nThe figures use the likely values; `crmroi simulate` draws "
          "them.\n\n";
      for (const std::string& line : ranged_input_lines(report)) {
        out += "- " + markdown_text(line) + "\n";
      }
    }
    const bool risk = investment->risk_adjusted && investment->unadjusted.has_value();
    const std::vector<Figure> adjusted = headline_figures(investment->figures);
    std::vector<Figure> unadjusted;
    if (risk) unadjusted = headline_figures(*investment->unadjusted);
    metrics_table(out, "Return on investment", adjusted, risk ? &unadjusted : nullptr, currency);
  }
}

}  // namespace crmroi::render_detail
