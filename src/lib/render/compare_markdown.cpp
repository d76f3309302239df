// compare as Markdown: per currency a "##" section with one column per scenario, the best value of
// each row in bold, user text escaped.
#include <fmt/format.h>

#include "render/compare_detail.hpp"
#include "render/detail.hpp"

namespace crmroi::compare_detail {
namespace {

std::string markdown_cell_text(const CompareCell& cell, Quantity quantity,
                               std::string_view currency) {
  if (!cell.present) return "";
  if (!cell.text.empty()) return markdown_text(cell.text);
  if (!cell.value.is_defined()) return markdown_text("n/a — " + cell.value.reason());
  std::string text = markdown_text(figure_text(cell, quantity, currency));
  return cell.best ? "**" + text + "**" : text;
}

// Appends the block to pieces.text, spilling it after each row; false once the reader went away.
bool render_block(const CompareBlock& block, CompareSort sort, PieceWriter& pieces) {
  std::string& out = pieces.text;
  out += "## Comparison: " + markdown_text(block_title(block)) + "\n\n";
  std::string legend = "Amounts in " + markdown_text(block.currency) + ".";
  if (sort != CompareSort::none) {
    legend += fmt::format(" Sorted by {}, best first.", compare_sort_label(sort));
  }
  legend += " The best value in each row is in **bold**.";
  out += legend + "\n";
  for (const std::string& note : block.notes) out += "\n> Note: " + markdown_text(note) + "\n";

  out += "\n|";
  for (const CompareEntry* entry : block.columns) out += " | " + markdown_text(entry->scenario);
  out += " |\n|:--|";
  for (std::size_t column = 0; column < block.columns.size(); ++column) out += "--:|";
  out += '\n';
  for (const CompareRow& row : block.rows) {
    if (row.heading) {
      out += "| **" + markdown_text(row.label) + "** |";
      for (std::size_t column = 0; column < block.columns.size(); ++column) out += " |";
      out += '\n';
      continue;
    }
    out += "| " + markdown_text(row.label);
    for (std::size_t column = 0; column < block.columns.size(); ++column) {
      out += " | " +
             markdown_cell_text(compare_cell(block, row, column), row.quantity, block.currency);
    }
    out += " |\n";
    if (!pieces.spill()) return false;
  }
  return pieces.spill();
}

}  // namespace

bool write_compare_markdown(const std::vector<CompareEntry>& entries, CompareSort sort,
                            const RenderOptions& /*options*/, const CompareWrite& write) {
  const std::vector<CompareBlock> blocks = compare_blocks(entries, sort);
  PieceWriter pieces(write);
  std::string& out = pieces.text;
  if (blocks.size() > 1) {
    std::vector<std::string> currencies;
    for (const CompareBlock& block : blocks) currencies.push_back(markdown_text(block.currency));
    out += fmt::format(
        "The scenarios are in {} currencies ({}): each currency is compared on its own; amounts "
        "are never converted.\n\n",
        blocks.size(), fmt::join(currencies, ", "));
  }
  for (std::size_t index = 0; index < blocks.size(); ++index) {
    if (index > 0) out += '\n';
    if (!render_block(blocks[index], sort, pieces)) return false;
  }
  return pieces.spill();
}

}  // namespace crmroi::compare_detail
