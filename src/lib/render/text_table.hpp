// A text table for terminals and the ANSI emphasis of its cells (internal to the render unit).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "render/escape.hpp"

namespace crmroi {

/// How a table cell is emphasised when colour is on.
enum class Emphasis { plain, bold, negative, positive, dim };

/// `text` wrapped in the ANSI codes of `emphasis` when `color` is true, unchanged otherwise.
///   paint("n/a", Emphasis::negative, true) -> "\x1b[31mn/a\x1b[0m"
std::string paint(std::string_view text, Emphasis emphasis, bool color);

enum class Align { left, right };

/// One cell. An overflow cell is the last cell of its row: it starts at its column, is left
/// aligned, runs as far as it needs and does not widen the column (headings, "n/a — reason").
/// A cell past the table's last column is laid out the same way (a trailing note).
struct Cell {
  std::string text;
  Emphasis emphasis = Emphasis::plain;
  bool overflow = false;
};

/// A text table laid out for a terminal: columns padded to their widest cell, separated by two
/// spaces, right or left aligned; rules ("─") under chosen columns; no trailing spaces.
///
///   TextTable table({Align::left, Align::right});
///   table.add_row({{"ROI"}, {"176.67 %"}});
///   table.add_row({{"NPV"}, {"31,800.00 RUB"}});
///   table.render(false) == "ROI       176.67 %\nNPV  31,800.00 RUB\n"
class TextTable {
 public:
  explicit TextTable(std::vector<Align> columns);

  void add_row(std::vector<Cell> cells);
  /// One more cell at the end of the last row added (a trailing note after its last column).
  void add_cell_to_last_row(Cell cell);
  /// Spaces between `column` and the one before it (2 unless set; 1 suits a unit after a number).
  void set_gap(std::size_t column, std::size_t spaces);
  /// A rule under the given columns, as wide as each column.
  void add_rule(std::vector<std::size_t> columns);
  /// A bold line of text across the table (an overflow cell in column 0).
  void add_heading(std::string text);

  /// Lays the table out within `columns` display columns (0: no limit). When a row would be
  /// wider, the text of the wrap column (set_wrap_column) moves under its row, wrapped at word
  /// boundaries with a hanging indent; if still too wide, column 0 wraps within what is left;
  /// overflow cells wrap under where they start. Numbers are never split.
  void set_width(std::size_t columns) { width_ = columns; }
  /// The column whose text moves under its row when the table does not fit, and the indent of
  /// its lines there.
  void set_wrap_column(std::size_t column, std::size_t indent) {
    wrap_column_ = column;
    wrap_indent_ = indent;
  }

  [[nodiscard]] bool empty() const { return rows_.empty(); }
  /// The table, every line ending with "\n"; `indent` is put before every row.
  [[nodiscard]] std::string render(bool color, std::string_view indent = {}) const;

 private:
  struct Row {
    std::vector<Cell> cells;
    std::vector<std::size_t> rule_columns;
    bool is_rule = false;
  };
  std::vector<Align> columns_;
  std::vector<std::size_t> gaps_;
  std::vector<Row> rows_;
  std::size_t width_ = 0;
  std::size_t wrap_column_ = static_cast<std::size_t>(-1);
  std::size_t wrap_indent_ = 0;
};

/// `text` broken at spaces into lines of at most `first_width` display columns (the first line)
/// and `width` (the others). A space before "%" does not break (a number keeps its percent sign);
/// a word longer than the width keeps a line of its own, so a number is never split.
///   wrap_words("5 % of 300 orders", 9, 9) -> {"5 % of", "300", "orders"}
std::vector<std::string> wrap_words(std::string_view text, std::size_t first_width,
                                    std::size_t width);

/// Appends `text` wrapped to `width` columns (0: no limit): the first line after `first_indent`,
/// the others after `hanging_indent`; each line painted with `emphasis` and ended with "\n".
void append_wrapped(std::string& out, std::string_view text, std::size_t width,
                    std::string_view first_indent, std::string_view hanging_indent,
                    Emphasis emphasis, bool color);

}  // namespace crmroi
