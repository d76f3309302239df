// A text table that fits a width: the wrap column moves under its row with a hanging indent,
// words wrap at spaces (never inside a number, "5 %" kept together), characters not bytes.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "render/text_table.hpp"

using crmroi::Align;
using crmroi::append_wrapped;
using crmroi::Emphasis;
using crmroi::TextTable;
using crmroi::wrap_words;
using Lines = std::vector<std::string>;

TEST_CASE("words wrap at spaces, a percent sign stays with its number", "[render][table][fit]") {
  CHECK(wrap_words("5 % of 300 orders", 9, 9) == Lines{"5 % of", "300", "orders"});
  CHECK(wrap_words("3,800 a month", 100, 100) == Lines{"3,800 a month"});
  // A word longer than the width keeps a line of its own: a number is never split.
  CHECK(wrap_words("= 1,955,115.00 RUB", 5, 5) == Lines{"=", "1,955,115.00", "RUB"});
  // Characters, not bytes: "Сумма" is 5 columns.
  CHECK(wrap_words("Сумма Сумма", 11, 11) == Lines{"Сумма Сумма"});
  CHECK(wrap_words("", 10, 10) == Lines{""});
}

TEST_CASE("wrapped text: first indent, then a hanging indent", "[render][table][fit]") {
  std::string out;
  append_wrapped(out, "months 0–6: month 0 is the start", 20, "  ", "    ", Emphasis::plain, false);
  CHECK(out == "  months 0–6: month\n    0 is the start\n");
  out.clear();
  append_wrapped(out, "no limit at all here", 0, "", "  ", Emphasis::plain, false);
  CHECK(out == "no limit at all here\n");
}

TEST_CASE("a table too wide moves its wrap column under each row", "[render][table][fit]") {
  const auto table = [](std::size_t width) {
    TextTable lines({Align::left, Align::left, Align::right, Align::left});
    lines.set_gap(3, 1);
    lines.set_wrap_column(1, 6);
    lines.set_width(width);
    lines.add_heading("Benefits");
    lines.add_row({{"  order operator"},
                   {"1 person × 40 min/day × 30 days × 190/h = 3,800 a month"},
                   {"22,800.00"},
                   {"RUB"}});
    return lines.render(false);
  };
  // It fits in 100: one line, as before.
  CHECK(table(100) ==
        "Benefits\n"
        "  order operator  1 person × 40 min/day × 30 days × 190/h = 3,800 a month  22,800.00 "
        "RUB\n");
  CHECK(table(0) == table(100));
  // In 40: the amount beside the name, the arithmetic under it, wrapped.
  CHECK(table(40) ==
        "Benefits\n"
        "  order operator  22,800.00 RUB\n"
        "      1 person × 40 min/day × 30 days ×\n"
        "      190/h = 3,800 a month\n");
}
