// CSV for spreadsheets: the byte-order mark and the decimal-comma dialect (";" between cells).
#include <catch2/catch.hpp>
#include <string>

#include "crmroi/csv_dialect.hpp"

using crmroi::append_csv_in_dialect;
using crmroi::csv_preamble;
using crmroi::CsvDialect;

namespace {

std::string in_dialect(std::string_view csv, const CsvDialect& dialect) {
  std::string out;
  append_csv_in_dialect(out, csv, dialect);
  return out;
}

}  // namespace

TEST_CASE("the plain dialect leaves CSV as it is", "[render][csv]") {
  const std::string csv = "a,b\n\"x, y\",1.5\n";
  CHECK(in_dialect(csv, {}) == csv);
  CHECK(in_dialect(csv, {.byte_order_mark = true}) == csv);
  CHECK(csv_preamble({}).empty());
  CHECK(csv_preamble({.byte_order_mark = true}) == "\xEF\xBB\xBF");
}

TEST_CASE("decimal commas in number cells, semicolons between cells", "[render][csv]") {
  const CsvDialect comma{.decimal_comma = true};
  CHECK(in_dialect("metric,value,unit\nroi_percent,176.6666666667,percent\n", comma) ==
        "metric;value;unit\nroi_percent;176,6666666667;percent\n");
  CHECK(in_dialect("-12.5,1e-05,3,-0.25E+3\n", comma) == "-12,5;1e-05;3;-0,25E+3\n");
  // Empty cells stay empty, at the start, in the middle and at the end of a record.
  CHECK(in_dialect(",a,,1.5,\n", comma) == ";a;;1,5;\n");
  // CRLF line ends are kept.
  CHECK(in_dialect("a,1.5\r\nb,2\r\n", comma) == "a;1,5\r\nb;2\r\n");
}

TEST_CASE("text cells keep their points and commas, a semicolon in text is quoted",
          "[render][csv]") {
  const CsvDialect comma{.decimal_comma = true};
  // A quoted cell (it held a comma or a quote) is copied as it is, doubled quotes included.
  CHECK(in_dialect("\"subscription, 10 per order\",3000.5\n", comma) ==
        "\"subscription, 10 per order\";3000,5\n");
  CHECK(in_dialect("\"say \"\"1.5\"\"\",1.5\n", comma) == "\"say \"\"1.5\"\"\";1,5\n");
  // Text that is not a plain number keeps its points: a version, a file name, a date.
  CHECK(in_dialect("v1.2.3,a.json,2024-01-05,1.\n", comma) == "v1.2.3;a.json;2024-01-05;1.\n");
  CHECK(in_dialect("a;b,2\n", comma) == "\"a;b\";2\n");
}
