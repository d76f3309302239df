// compare for people in a terminal: per currency one column per scenario, the best value of each
// row marked " *" (and green with colour), undefined values explained under the table.
#include <algorithm>

#include <fmt/format.h>

#include "render/compare_detail.hpp"
#include "render/detail.hpp"

namespace crmroi::compare_detail {
namespace {

// Scenario names wrap to at least this many columns.
constexpr std::size_t kMinimumColumnWidth = 18;
// Cost and benefit line names wrap beyond this many columns.
constexpr std::size_t kLineLabelWidth = 30;
constexpr std::string_view kBestMarker = " *";
constexpr std::string_view kNoMarker = "  ";

// `text` broken into lines of at most `width` columns at spaces; a word longer than `width`
// keeps a line of its own.
std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string current;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    if (!word.empty()) {
      if (current.empty()) {
        current = word;
      } else if (display_width(current) + 1 + display_width(word) <= width) {
        current += ' ';
        current += word;
      } else {
        lines.push_back(std::move(current));
        current = word;
      }
    }
    start = end + 1;
  }
  if (!current.empty() || lines.empty()) lines.push_back(std::move(current));
  return lines;
}

// The text of a cell for people: escaped text, "n/a" when undefined, else figure_text.
std::string table_cell_text(const CompareCell& cell, Quantity quantity, std::string_view currency) {
  if (!cell.text.empty()) return escape_control_characters(cell.text);
  if (!cell.value.is_defined()) return "n/a";
  return figure_text(cell, quantity, currency);
}

Cell value_cell(const CompareCell& cell, Quantity quantity, std::string_view currency) {
  if (!cell.present) return {""};
  std::string text = table_cell_text(cell, quantity, currency);
  Emphasis emphasis = Emphasis::plain;
  if (cell.best) {
    emphasis = Emphasis::positive;
  } else if (cell.text.empty() && (!cell.value.is_defined() || text.front() == '-')) {
    emphasis = Emphasis::negative;
  }
  text += cell.best ? kBestMarker : kNoMarker;
  return {std::move(text), emphasis};
}

// Labels of the columns: the source, shortened to what tells columns apart.
std::string column_source(const CompareEntry& entry) {
  std::string label = escape_control_characters(entry.source);
  if (entry.line) label += fmt::format(":{}", *entry.line);
  return label;
}

// Appends the block to pieces.text, spilling it after each block of columns; false once the
// reader went away.
bool render_block(const CompareBlock& block, CompareSort sort, const RenderOptions& options,
                  PieceWriter& pieces) {
  std::string& out = pieces.text;
  const bool color = options.color;
  const std::size_t count = block.columns.size();
  std::size_t width = kMinimumColumnWidth;
  // Why values are n/a, once per row and reason: "Payback n/a for A, B: not paid back ...".
  struct UndefinedNote {
    std::string label;
    std::string reason;
    std::vector<std::string> scenarios;
  };
  std::vector<UndefinedNote> undefined;
  for (const CompareRow& row : block.rows) {
    if (row.heading) continue;
    for (std::size_t column = 0; column < count; ++column) {
      const CompareCell cell = compare_cell(block, row, column);
      const Cell shown = value_cell(cell, row.quantity, block.currency);
      width = std::max(width, display_width(shown.text));
      if (!cell.present || !cell.text.empty() || cell.value.is_defined()) continue;
      const std::string& reason = cell.value.reason();
      auto note = std::find_if(undefined.begin(), undefined.end(), [&](const UndefinedNote& n) {
        return n.label == row.label && n.reason == reason;
      });
      if (note == undefined.end())
        note = undefined.insert(undefined.end(), {row.label, reason, {}});
      note->scenarios.push_back(block.columns[column]->scenario);
    }
  }
  std::vector<std::string> undefined_notes;
  for (const UndefinedNote& note : undefined) {
    undefined_notes.push_back(escape_control_characters(fmt::format(
        "{} n/a for {}: {}", note.label, fmt::join(note.scenarios, ", "), note.reason)));
  }

  // The table of the columns [first, last): a label column and one column per scenario.
  const auto columns_table = [&](std::size_t first, std::size_t last) {
    const std::size_t shown = last - first;
    std::vector<Align> aligns(shown + 1, Align::right);
    aligns[0] = Align::left;
    TextTable table(aligns);

    // The header: each scenario's name wrapped to the column width; its source below when two
    // columns share a name.
    std::vector<std::vector<std::string>> names;
    std::vector<std::string> plain_names;
    for (std::size_t column = first; column < last; ++column) {
      plain_names.push_back(escape_control_characters(block.columns[column]->scenario));
      names.push_back(wrap_words(plain_names.back(), width));
    }
    std::vector<std::string> sorted_names = plain_names;
    std::sort(sorted_names.begin(), sorted_names.end());
    const bool names_repeat =
        std::adjacent_find(sorted_names.begin(), sorted_names.end()) != sorted_names.end();
    std::size_t header_lines = 0;
    for (const auto& lines : names) header_lines = std::max(header_lines, lines.size());
    for (std::size_t index = 0; index < header_lines; ++index) {
      std::vector<Cell> cells{{""}};
      for (const auto& lines : names) {
        // Bottom-aligned, so that every name's last line sits on the rule.
        const std::size_t skip = header_lines - lines.size();
        cells.push_back(index < skip
                            ? Cell{""}
                            : Cell{lines[index - skip] + std::string(kNoMarker), Emphasis::bold});
      }
      table.add_row(std::move(cells));
    }
    if (names_repeat) {
      std::vector<Cell> cells{{""}};
      for (std::size_t column = first; column < last; ++column) {
        cells.push_back(
            {column_source(*block.columns[column]) + std::string(kNoMarker), Emphasis::dim});
      }
      table.add_row(std::move(cells));
    }
    std::vector<std::size_t> ruled;
    for (std::size_t column = 1; column <= shown; ++column) ruled.push_back(column);
    table.add_rule(ruled);

    for (const CompareRow& row : block.rows) {
      if (row.heading) {
        table.add_heading(escape_control_characters(row.label));
        continue;
      }
      // A long line name wraps; its values stay on its first line.
      const std::vector<std::string> label =
          row.line ? wrap_words(escape_control_characters(row.label), kLineLabelWidth)
                   : std::vector<std::string>{escape_control_characters(row.label)};
      std::vector<Cell> cells{{(row.line ? "  " : "") + label.front()}};
      for (std::size_t column = first; column < last; ++column) {
        cells.push_back(value_cell(compare_cell(block, row, column), row.quantity, block.currency));
      }
      table.add_row(std::move(cells));
      for (std::size_t index = 1; index < label.size(); ++index) {
        table.add_row({{"    " + label[index]}});
      }
    }
    return table.render(color);
  };

  append_wrapped(out, block_title(block), options.width, "", "", Emphasis::bold, color);
  std::string legend = "* marks the best value in each row";
  if (sort != CompareSort::none) {
    legend = fmt::format("sorted by {}, best first · {}", compare_sort_label(sort), legend);
  }
  append_wrapped(out, legend, options.width, "", "  ", Emphasis::dim, color);
  for (const std::string& note : block.notes) {
    append_wrapped(out, "note: " + escape_control_characters(note), options.width, "", "  ",
                   Emphasis::dim, color);
  }
  out += '\n';
  // Columns that do not fit the width go into blocks of columns, one under the other, each with
  // the labels.
  std::size_t per_block = count;
  if (options.width > 0 && count > 1) {
    std::size_t label_width = 0;
    for (const CompareRow& row : block.rows) {
      if (row.heading) continue;
      const std::size_t label = display_width(escape_control_characters(row.label));
      label_width = std::max(label_width, row.line ? 2 + std::min(label, kLineLabelWidth) : label);
    }
    const std::size_t column_width = width + 2;  // with the gap before it
    per_block = options.width > label_width + column_width
                    ? std::max<std::size_t>(1, (options.width - label_width) / column_width)
                    : 1;
  }
  if (per_block >= count) {
    out += columns_table(0, count);
  } else {
    append_wrapped(out,
                   fmt::format("{} scenarios do not fit in {} columns: in blocks of {}", count,
                               options.width, per_block),
                   options.width, "", "  ", Emphasis::dim, color);
    for (std::size_t first = 0; first < count; first += per_block) {
      const std::size_t last = std::min(count, first + per_block);
      out += '\n';
      out += paint(fmt::format("scenarios {}\u2013{} of {}", first + 1, last, count),
                   Emphasis::bold, color) +
             "\n";
      out += columns_table(first, last);
      if (!pieces.spill()) return false;
    }
  }
  if (!undefined_notes.empty()) {
    out += '\n';
    for (const std::string& note : undefined_notes) {
      append_wrapped(out, note, options.width, "", "  ", Emphasis::dim, color);
    }
  }
  return pieces.spill();
}

}  // namespace

bool write_compare_table(const std::vector<CompareEntry>& entries, CompareSort sort,
                         const RenderOptions& options, const CompareWrite& write) {
  const std::vector<CompareBlock> blocks = compare_blocks(entries, sort);
  PieceWriter pieces(write);
  std::string& out = pieces.text;
  if (blocks.size() > 1) {
    std::vector<std::string> currencies;
    for (const CompareBlock& block : blocks) {
      currencies.push_back(escape_control_characters(block.currency));
    }
    out += paint(fmt::format("The scenarios are in {} currencies ({}): each currency is compared "
                             "on its own; amounts are never converted.",
                             blocks.size(), fmt::join(currencies, ", ")),
                 Emphasis::bold, options.color);
    out += "\n\n";
  }
  for (std::size_t index = 0; index < blocks.size(); ++index) {
    if (index > 0) out += '\n';
    if (!render_block(blocks[index], sort, options, pieces)) return false;
  }
  return pieces.spill();
}

}  // namespace crmroi::compare_detail
