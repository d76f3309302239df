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

void TextTable::add_cell_to_last_row(Cell cell) {
  if (rows_.empty()) return add_row({std::move(cell)});
  rows_.back().cells.push_back(std::move(cell));
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

std::vector<std::string> wrap_words(std::string_view text, std::size_t first_width,
                                    std::size_t width) {
  // Words end at spaces, except a space before "%": a number keeps its percent sign.
  std::vector<std::string_view> words;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool breaks =
        i == text.size() || (text[i] == ' ' && !(i + 1 < text.size() && text[i + 1] == '%'));
    if (!breaks) continue;
    if (i > start) words.push_back(text.substr(start, i - start));
    start = i + 1;
  }
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_width = 0;
  for (const std::string_view word : words) {
    const std::size_t word_width = display_width(word);
    const std::size_t limit = lines.empty() ? first_width : width;
    if (!line.empty() && line_width + 1 + word_width > limit) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    if (!line.empty()) {
      line.push_back(' ');
      ++line_width;
    }
    line.append(word);
    line_width += word_width;
  }
  if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
  return lines;
}

void append_wrapped(std::string& out, std::string_view text, std::size_t width,
                    std::string_view first_indent, std::string_view hanging_indent,
                    Emphasis emphasis, bool color) {
  const std::size_t first = display_width(first_indent);
  const std::size_t hanging = display_width(hanging_indent);
  const std::size_t unlimited = static_cast<std::size_t>(-1) / 2;
  const std::vector<std::string> lines =
      wrap_words(text, width == 0 || width <= first ? unlimited : width - first,
                 width == 0 || width <= hanging ? unlimited : width - hanging);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out.append(i == 0 ? first_indent : hanging_indent);
    out.append(paint(lines[i], emphasis, color));
    out.push_back('\n');
  }
}

std::string TextTable::render(bool color, std::string_view indent) const {
  const std::size_t count = columns_.size();
  std::vector<std::size_t> widths(count, 0);
  for (const Row& row : rows_) {
    for (std::size_t column = 0; column < row.cells.size() && column < count; ++column) {
      const Cell& cell = row.cells[column];
      if (!cell.overflow) widths[column] = std::max(widths[column], display_width(cell.text));
    }
  }
  const std::size_t margin = display_width(indent);
  bool stacked = false;  // the wrap column's text goes under its row
  const auto visible = [&](std::size_t column) { return !(stacked && column == wrap_column_); };
  const auto gap = [&](std::size_t column) {
    return column < gaps_.size() ? gaps_[column] : kColumnGap.size();
  };
  const auto table_width = [&] {
    std::size_t total = margin;
    for (std::size_t column = 0; column < count; ++column) {
      if (visible(column)) total += widths[column] + (column > 0 ? gap(column) : 0);
    }
    return total;
  };
  if (width_ > 0 && table_width() > width_ && wrap_column_ < count) stacked = true;
  if (width_ > 0 && table_width() > width_) {  // the first column (names) wraps within the rest
    constexpr std::size_t kNarrowest = 12;
    const std::size_t excess = table_width() - width_;
    widths[0] =
        widths[0] > excess + kNarrowest ? widths[0] - excess : std::min(widths[0], kNarrowest);
  }
  const std::size_t limit = width_ > 0 ? width_ : static_cast<std::size_t>(-1) / 2;

  std::string out;
  const auto end_line = [&out](std::string& line) {
    trim_trailing_spaces(line);
    out.append(line).push_back('\n');
  };
  for (const Row& row : rows_) {
    std::string line(indent);
    if (row.is_rule) {
      for (std::size_t column = 0; column < count; ++column) {
        if (!visible(column)) continue;
        if (column > 0) line.append(gap(column), ' ');
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
      end_line(line);
      continue;
    }
    std::vector<std::string> more;  // lines under the row: a wrapped name, then the wrap column
    std::size_t line_width = margin;
    for (std::size_t column = 0; column < row.cells.size(); ++column) {
      const Cell& cell = row.cells[column];
      if (column < count && !visible(column)) continue;
      if (column > 0) {
        line.append(gap(column), ' ');
        line_width += gap(column);
      }
      // An overflow cell, or a cell beyond the last column, runs as far as it needs, wrapping
      // under where it starts when the width ends first.
      if (cell.overflow || column >= count) {
        const std::size_t start = line_width;
        const std::size_t hanging = start + 4 <= limit / 2 ? start : margin + 4;
        std::vector<std::string> parts = wrap_words(cell.text, limit > start ? limit - start : 0,
                                                    limit > hanging ? limit - hanging : 0);
        if (display_width(parts.front()) > (limit > start ? limit - start : 0) && column > 0) {
          parts = wrap_words(cell.text, limit - hanging, limit - hanging);
          parts.insert(parts.begin(), std::string());
        }
        line.append(paint(parts.front(), cell.emphasis, color));
        for (std::size_t i = 1; i < parts.size(); ++i) {
          more.push_back(std::string(indent) + std::string(hanging - margin, ' ') +
                         paint(parts[i], cell.emphasis, color));
        }
        break;
      }
      std::string text = cell.text;
      if (column == 0 && display_width(text) > widths[0]) {
        // A name longer than its column: its first words here, the rest under it.
        std::size_t lead = 0;
        while (lead < text.size() && text[lead] == ' ') ++lead;
        const std::size_t room = widths[0] > lead + 2 ? widths[0] - lead - 2 : 1;
        std::vector<std::string> parts =
            wrap_words(std::string_view(text).substr(lead), widths[0] - lead, room);
        text = std::string(lead, ' ') + parts.front();
        for (std::size_t i = 1; i < parts.size(); ++i) {
          more.push_back(std::string(indent) + std::string(lead + 2, ' ') +
                         paint(parts[i], cell.emphasis, color));
        }
      }
      const std::size_t text_width = display_width(text);
      const std::size_t padding = widths[column] > text_width ? widths[column] - text_width : 0;
      if (columns_[column] == Align::right) line.append(padding, ' ');
      line.append(paint(text, cell.emphasis, color));
      if (columns_[column] == Align::left) line.append(padding, ' ');
      line_width += text_width + padding;
    }
    end_line(line);
    for (std::string& extra : more) end_line(extra);
    if (stacked && wrap_column_ < row.cells.size() && !row.cells[wrap_column_].text.empty()) {
      const Cell& cell = row.cells[wrap_column_];
      const std::string hanging = std::string(indent) + std::string(wrap_indent_, ' ');
      std::string wrapped;
      append_wrapped(wrapped, cell.text, width_, hanging, hanging, cell.emphasis, color);
      out += wrapped;
    }
  }
  return out;
}

}  // namespace crmroi
