// Internals of the compare and check renderers (not part of the public API): figures compared as
// the machine formats print them, and the rows of a comparison that the table and the Markdown
// renderers lay out.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "crmroi/render_compare.hpp"

namespace crmroi::compare_detail {

/// A figure as the machine formats print it, for comparisons that agree with what people see in
/// JSON: money rounded to the currency's minor unit, a percent as percentage points to 10
/// decimal places, months and ratios to 10 decimal places.
///   comparable_value(1.7666666666666666, Quantity::percent, "RUB") -> 176.6666666667
double comparable_value(double value, Quantity quantity, std::string_view currency);

/// Which way a row's figure is better.
enum class Better { higher, lower, neither };

struct CompareCell {
  bool present = false;  ///< false: the scenario has no such line (a blank cell)
  Metric value;          ///< the figure, when `text` is empty
  std::string text;      ///< a cell that is not a figure ("36 months", "yes")
  bool best = false;     ///< the best of its row
};

struct CompareRow {
  bool heading = false;  ///< a section heading ("Costs"); no cells
  bool line = false;     ///< a cost or benefit line (indented under its heading)
  std::string label;     ///< not escaped
  Quantity quantity = Quantity::money;
  Better better = Better::neither;
  std::vector<CompareCell> cells;  ///< one per column
};

/// The comparison of the scenarios of one currency.
struct CompareBlock {
  std::string currency;
  std::vector<const CompareEntry*> columns;
  std::vector<CompareRow> rows;
  std::vector<std::string> notes;  ///< "horizons differ ...", not escaped
};

/// The blocks of a comparison, one per currency (compare_groups), with the best cells marked:
/// in every row whose figure has a direction, among the defined values, when two or more
/// scenarios have one; ties are all marked; a row of equal values marks none unless some
/// scenario's value there is undefined.
std::vector<CompareBlock> compare_blocks(const std::vector<CompareEntry>& entries,
                                         CompareSort sort);

/// "ROI", "NPV", "payback", "TCO"; "" for none.
std::string_view compare_sort_label(CompareSort sort);

/// The words of a block's heading: "3 scenarios in RUB" (currency escaped).
std::string block_title(const CompareBlock& block);

std::string render_compare_table(const std::vector<CompareEntry>& entries, CompareSort sort,
                                 const RenderOptions& options);
std::string render_compare_markdown(const std::vector<CompareEntry>& entries, CompareSort sort);

}  // namespace crmroi::compare_detail
