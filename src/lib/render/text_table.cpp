// Terminal table layout: padded columns, rules under amounts, optional ANSI emphasis.
#include <algorithm>

#include "render/text_table.hpp"

namespace crmroi {
namespace {

constexpr std::string_view kColumnGap = "  ";
constexpr std::string_view kRule = "─";

// The ANSI code of each Emphasis, in the enum's order.
constexpr std::string_view kAnsiCodes[] = {"", "\x1b[1m", "\x1b[31m", "\x1b[32m", "\x1b[2m"};

std::string_view ansi_code(Emphasis emphasis) { return kAnsiCodes[static_cast<int>(emphasis)]; }

void trim_trailing_spaces(std::string& line) {
  while (!line.empty() && line.back() == ' ') line.pop_back();
}

}  // namespace

std::string paint(std::string_view text, Emphasis emphasis, bool color) {
  const std::string_view code = ansi_code(emphasis);
  if (!color || code.empty() || text.empty()) return std::string(text);
  std::string out;
  out.reserve(text.size() + code.size() + 4);
  out.append(code).append(text).append("\x1b[0m");
  return out;
}

TextTable::TextTable(std::vector<Align> columns)
    : columns_(std::move(columns)), gaps_(columns_.size(), kColumnGap.size()) {}

void TextTable::set_gap(std::size_t column, std::size_t spaces) {
  if (column < gaps_.size()) gaps_[column] = spaces;
}

void TextTable::add_row(std::vector<Cell> cells) {
  Row row;
  row.cells = std::move(cells);
  rows_.push_back(std::move(row));
}

void TextTable::add_rule(std::vector<std::size_t> columns) {
  Row row;
  row.is_rule = true;
  row.rule_columns = std::move(columns);
  rows_.push_back(std::move(row));
}

void TextTable::add_heading(std::string text) {
  add_row({Cell{std::move(text), Emphasis::bold, true}});
}

std::string TextTable::render(bool color, std::string_view indent) const {
  std::vector<std::size_t> widths(columns_.size(), 0);
  for (const Row& row : rows_) {
    for (std::size_t column = 0; column < row.cells.size() && column < columns_.size(); ++column) {
      const Cell& cell = row.cells[column];
      if (!cell.overflow) widths[column] = std::max(widths[column], display_width(cell.text));
    }
  }

  std::string out;
  for (const Row& row : rows_) {
    std::string line(indent);
    if (row.is_rule) {
      for (std::size_t column = 0; column < columns_.size(); ++column) {
        if (column > 0) line.append(gaps_[column], ' ');
        const bool ruled = std::find(row.rule_columns.begin(), row.rule_columns.end(), column) !=
                           row.rule_columns.end();
        for (std::size_t i = 0; i < widths[column]; ++i) {
          if (ruled) {
            line.append(kRule);
          } else {
            line.push_back(' ');
          }
        }
      }
      trim_trailing_spaces(line);
      out.append(line).push_back('\n');
      continue;
    }
    for (std::size_t column = 0; column < row.cells.size(); ++column) {
      if (column > 0) line.append(column < gaps_.size() ? gaps_[column] : kColumnGap.size(), ' ');
      const Cell& cell = row.cells[column];
      // An overflow cell, or a cell beyond the last column, runs as far as it needs.
      if (cell.overflow || column >= columns_.size()) {
        line.append(paint(cell.text, cell.emphasis, color));
        break;
      }
      const std::size_t padding = widths[column] - display_width(cell.text);
      if (columns_[column] == Align::right) line.append(padding, ' ');
      line.append(paint(cell.text, cell.emphasis, color));
      if (columns_[column] == Align::left) line.append(padding, ' ');
    }
    trim_trailing_spaces(line);
    out.append(line).push_back('\n');
  }
  return out;
}

}  // namespace crmroi
