// Internals of the compare renderers (not part of the public API): the table and Markdown layouts
// of the comparison that the analysis unit decides (compare_blocks).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "crmroi/render_compare.hpp"

namespace crmroi::compare_detail {

/// The sort in a sentence: "ROI", "NPV", "payback", "TCO"; "" for none.
std::string_view compare_sort_label(CompareSort sort);

/// The words of a block's heading: "3 scenarios in RUB" (currency escaped).
std::string block_title(const CompareBlock& block);

/// The figure of a cell for people in the table style: money without the currency code (the
/// block's heading names it), percentages and months with their unit; "" for a cell that is not
/// a figure, "n/a" when undefined.
std::string figure_text(const CompareCell& cell, Quantity quantity, std::string_view currency);

/// Text a comparison appends to `text` and hands to `write` a piece at a time (spill), so that a
/// comparison of many scenarios is never held as one text.
class PieceWriter {
 public:
  explicit PieceWriter(const CompareWrite& write) : write_(write) {}
  /// Hands `text` to the writer (when there is any) and empties it; false once the writer
  /// returned false (a reader that went away).
  bool spill() {
    if (text.empty()) return true;
    const bool going_on = write_(text);
    text.clear();
    return going_on;
  }
  std::string text;

 private:
  const CompareWrite& write_;
};

/// The comparison as a table or as Markdown, handed to `write` a piece at a time (a block of
/// columns, a row): a comparison of many scenarios is never held as one text. False once `write`
/// returns false.
bool write_compare_table(const std::vector<CompareEntry>& entries, CompareSort sort,
                         const RenderOptions& options, const CompareWrite& write);
bool write_compare_markdown(const std::vector<CompareEntry>& entries, CompareSort sort,
                            const RenderOptions& options, const CompareWrite& write);

}  // namespace crmroi::compare_detail
