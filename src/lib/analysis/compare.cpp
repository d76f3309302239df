// compare: the entries kept of each scenario, their grouping by currency and order, and the rows
// of a comparison with the best value of each row marked.
#include <algorithm>
#include <iterator>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "crmroi/analysis.hpp"

namespace crmroi {
namespace {

// The --sort names and the figure each orders by.
struct SortSpec {
  CompareSort sort;
  std::string_view name;
  std::string_view figure;  ///< the key in kInvestmentFigures
};

constexpr SortSpec kSorts[] = {
    {CompareSort::roi, "roi", "roi_percent"},
    {CompareSort::npv, "npv", "npv"},
    {CompareSort::payback, "payback", "payback_months"},
    {CompareSort::tco, "tco", "tco"},
    {CompareSort::irr, "irr", "irr_annual_percent"},
    {CompareSort::pv_roi, "pv_roi", "pv_roi_percent"},
};

// True when `a` is strictly better than `b` (both defined, compared as printed).
bool better_than(double a, double b, Better better) {
  return better == Better::higher ? a > b : a < b;
}

}  // namespace

std::optional<CompareSort> parse_compare_sort(std::string_view name) {
  for (const SortSpec& spec : kSorts) {
    if (spec.name == name) return spec.sort;
  }
  return std::nullopt;
}

const FigureDefinition<InvestmentFigures>* compare_sort_figure(CompareSort sort) {
  for (const SortSpec& spec : kSorts) {
    if (spec.sort == sort) return find_investment_figure(spec.figure);
  }
  return nullptr;
}

std::string_view compare_sort_key(CompareSort sort) {
  const auto* figure = compare_sort_figure(sort);
  return figure != nullptr ? figure->key : std::string_view();
}

std::optional<CompareEntry> compare_entry(const SourcedReport& sourced) {
  const Report& report = sourced.report;
  if (!report.investment) return std::nullopt;
  CompareEntry entry{sourced.source,  sourced.line,       report.name,
                     report.currency, *report.investment, report.ranged_inputs};
  entry.investment.figures.periods.clear();
  entry.investment.figures.periods.shrink_to_fit();
  // Compare prints figures and the lines' worded arithmetic, never the trace they came from:
  // thousands of kept entries must not hold it (README "Limits": compare's memory).
  entry.investment.trace = Trace{};
  if (entry.investment.unadjusted) {
    entry.investment.unadjusted->periods.clear();
    entry.investment.unadjusted->periods.shrink_to_fit();
  }
  return entry;
}

std::vector<CompareGroup> compare_groups(const std::vector<CompareEntry>& entries,
                                         CompareSort sort) {
  std::vector<CompareGroup> groups;
  std::map<std::string, std::size_t, std::less<>> group_of_currency;
  for (std::size_t index = 0; index < entries.size(); ++index) {
    const std::string& currency = entries[index].currency;
    auto found = group_of_currency.find(currency);
    if (found == group_of_currency.end()) {
      found = group_of_currency.emplace(currency, groups.size()).first;
      groups.push_back({currency, {}, {}});
    }
    groups[found->second].columns.push_back(index);
  }
  if (sort == CompareSort::none) return groups;

  for (CompareGroup& group : groups) {
    // The sort figure of each column as printed; nullopt when undefined.
    std::vector<std::pair<std::size_t, std::optional<double>>> keyed;
    const FigureDefinition<InvestmentFigures>& figure = *compare_sort_figure(sort);
    const Better better = figure.better;
    for (const std::size_t index : group.columns) {
      const Metric value = figure.value(entries[index].investment.figures);
      std::optional<double> key;
      if (value.is_defined()) {
        key = machine_value(value.value(), figure.quantity, entries[index].currency);
      }
      keyed.emplace_back(index, key);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [better](const auto& a, const auto& b) {
      if (!a.second || !b.second) return a.second.has_value() && !b.second.has_value();
      return better_than(*a.second, *b.second, better);
    });
    group.columns.clear();
    group.ranks.clear();
    for (std::size_t position = 0; position < keyed.size(); ++position) {
      group.columns.push_back(keyed[position].first);
      const bool tied = position > 0 && keyed[position].second == keyed[position - 1].second;
      group.ranks.push_back(tied ? group.ranks.back() : static_cast<int>(position) + 1);
    }
  }
  return groups;
}

namespace {

CompareCell figure_cell(Metric value) {
  CompareCell cell;
  cell.present = true;
  cell.value = std::move(value);
  return cell;
}

CompareCell text_cell(std::string text) {
  CompareCell cell;
  cell.present = true;
  cell.text = std::move(text);
  return cell;
}

// The occurrence-th line called `name` of `lines`, or nullptr.
const LineBreakdown* find_line(const std::vector<LineBreakdown>& lines, std::string_view name,
                               int occurrence) {
  for (const LineBreakdown& line : lines) {
    if (line.name == name && occurrence-- == 0) return &line;
  }
  return nullptr;
}

// The cell before its best mark.
CompareCell unmarked_cell(const CompareRow& row, const CompareEntry& entry) {
  const InvestmentReport& investment = entry.investment;
  switch (row.kind) {
    case CompareRowKind::heading:
      return {};
    case CompareRowKind::horizon: {
      const int months = investment.horizon_months;
      return text_cell(fmt::format("{} month{}", months, months == 1 ? "" : "s"));
    }
    case CompareRowKind::rate:
      return figure_cell(Metric::defined(investment.annual_discount_rate));
    case CompareRowKind::risk_adjusted:
      return text_cell(investment.risk_adjusted ? "yes" : "no");
    case CompareRowKind::figure:
      return figure_cell(kInvestmentFigures[row.figure_index].value(investment.figures));
    case CompareRowKind::cost_line:
    case CompareRowKind::benefit_line: {
      const LineBreakdown* line = find_line(
          row.kind == CompareRowKind::cost_line ? investment.cost_lines : investment.benefit_lines,
          row.label, row.occurrence);
      return line ? figure_cell(Metric::defined(line->total)) : CompareCell{};
    }
  }
  return {};
}

// The best value of a row, as printed: among the defined values when at least two columns have
// one; nullopt (nothing marked) when fewer do, or when every value is the same (nothing to
// choose) unless some scenario's value is undefined (then the others are better than it).
std::optional<double> best_of_row(const CompareRow& row, const CompareBlock& block) {
  if (row.better == Better::neither) return std::nullopt;
  std::optional<double> best;
  std::optional<double> worst;
  int candidates = 0;
  bool any_undefined = false;
  for (const CompareEntry* entry : block.columns) {
    const CompareCell cell = unmarked_cell(row, *entry);
    if (!cell.present || !cell.text.empty()) continue;
    if (!cell.value.is_defined()) {
      any_undefined = true;
      continue;
    }
    const double value = machine_value(cell.value.value(), row.quantity, block.currency);
    ++candidates;
    if (!best || better_than(value, *best, row.better)) best = value;
    if (!worst || better_than(*worst, value, row.better)) worst = value;
  }
  if (candidates < 2 || (*best == *worst && !any_undefined)) return std::nullopt;
  return best;
}

// Rows for cost or benefit lines matched by name across the columns: the k-th line called X of
// one scenario matches the k-th line called X of another. Rows in order of first appearance.
void add_line_rows(std::vector<CompareRow>& rows, std::string_view heading,
                   const std::vector<const CompareEntry*>& columns, bool costs) {
  using LineKey = std::pair<std::string, int>;  // name, occurrence
  std::vector<LineKey> order;
  std::map<LineKey, bool> known;
  for (const CompareEntry* entry : columns) {
    const InvestmentReport& investment = entry->investment;
    std::map<std::string, int> seen;
    for (const LineBreakdown& line : costs ? investment.cost_lines : investment.benefit_lines) {
      LineKey key{line.name, seen[line.name]++};
      if (known.emplace(key, true).second) order.push_back(std::move(key));
    }
  }
  if (order.empty()) return;
  CompareRow title;
  title.heading = true;
  title.label = std::string(heading);
  rows.push_back(std::move(title));
  for (const LineKey& key : order) {
    CompareRow row;
    row.line = true;
    row.label = key.first;
    row.quantity = Quantity::money;
    row.better = costs ? Better::lower : Better::higher;
    row.kind = costs ? CompareRowKind::cost_line : CompareRowKind::benefit_line;
    row.occurrence = key.second;
    rows.push_back(std::move(row));
  }
}

// "horizons differ (12 and 36 months): ..." notes of a block whose scenarios differ in what the
// totals and present values mean.
std::vector<std::string> basis_notes(const std::vector<const CompareEntry*>& columns) {
  std::vector<int> horizons;
  std::vector<double> rates;
  for (const CompareEntry* entry : columns) {
    if (std::find(horizons.begin(), horizons.end(), entry->investment.horizon_months) ==
        horizons.end()) {
      horizons.push_back(entry->investment.horizon_months);
    }
    const double rate =
        machine_value(entry->investment.annual_discount_rate, Quantity::percent, entry->currency);
    if (std::find(rates.begin(), rates.end(), rate) == rates.end()) rates.push_back(rate);
  }
  std::vector<std::string> notes;
  if (horizons.size() > 1) {
    std::sort(horizons.begin(), horizons.end());
    notes.push_back(
        fmt::format("the horizons differ ({} months): totals, ROI and NPV cover different periods",
                    fmt::join(horizons, ", ")));
  }
  if (rates.size() > 1) {
    notes.emplace_back(
        "the discount rates differ: PV ROI, NPV and discounted payback are on different bases");
  }
  return notes;
}

}  // namespace

std::vector<CompareBlock> compare_blocks(const std::vector<CompareEntry>& entries,
                                         CompareSort sort) {
  std::vector<CompareBlock> blocks;
  for (const CompareGroup& group : compare_groups(entries, sort)) {
    CompareBlock block;
    block.currency = group.currency;
    for (const std::size_t index : group.columns) block.columns.push_back(&entries[index]);
    const auto& columns = block.columns;

    const auto row_of = [](std::string_view label, Quantity quantity, Better better,
                           CompareRowKind kind) {
      CompareRow row;
      row.label = std::string(label);
      row.quantity = quantity;
      row.better = better;
      row.kind = kind;
      return row;
    };
    block.rows.push_back(
        row_of("Horizon", Quantity::months, Better::neither, CompareRowKind::horizon));
    block.rows.push_back(
        row_of("Discount rate", Quantity::percent, Better::neither, CompareRowKind::rate));
    if (std::any_of(columns.begin(), columns.end(),
                    [](const CompareEntry* entry) { return entry->investment.risk_adjusted; })) {
      block.rows.push_back(
          row_of("Risk-adjusted", Quantity::count, Better::neither, CompareRowKind::risk_adjusted));
    }
    for (std::size_t index = 0; index < std::size(kInvestmentFigures); ++index) {
      const auto& figure = kInvestmentFigures[index];
      if (figure.role != FigureRole::total && figure.role != FigureRole::headline) continue;
      CompareRow row = row_of(figure.label, figure.quantity, figure.better, CompareRowKind::figure);
      row.figure_index = index;
      block.rows.push_back(std::move(row));
    }
    add_line_rows(block.rows, "Costs", columns, true);
    add_line_rows(block.rows, "Benefits", columns, false);
    for (CompareRow& row : block.rows) {
      if (!row.heading) row.best = best_of_row(row, block);
    }
    block.notes = basis_notes(columns);
    blocks.push_back(std::move(block));
  }
  return blocks;
}

CompareCell compare_cell(const CompareBlock& block, const CompareRow& row, std::size_t column) {
  CompareCell cell = unmarked_cell(row, *block.columns[column]);
  cell.best = row.best && cell.present && cell.text.empty() && cell.value.is_defined() &&
              machine_value(cell.value.value(), row.quantity, block.currency) == *row.best;
  return cell;
}

}  // namespace crmroi
