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
  /// Spaces between `column` and the one before it (2 unless set; 1 suits a unit after a number).
  void set_gap(std::size_t column, std::size_t spaces);
  /// A rule under the given columns, as wide as each column.
  void add_rule(std::vector<std::size_t> columns);
  /// A bold line of text across the table (an overflow cell in column 0).
  void add_heading(std::string text);

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
};

}  // namespace crmroi
