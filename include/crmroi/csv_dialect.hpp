// CSV for spreadsheets that expect a byte-order mark, decimal commas and ";" separators (Excel
// in a Russian, German or French locale): crmroi's CSV rewritten field by field.
#pragma once

#include <string>
#include <string_view>

namespace crmroi {

/// How CSV is written for a spreadsheet.
struct CsvDialect {
  bool byte_order_mark = false;  ///< --excel: the UTF-8 BOM that tells Excel the file is UTF-8
  bool decimal_comma = false;    ///< --decimal-comma: 176,67 in number cells, ";" between cells
};

/// The UTF-8 byte-order mark to write before the first byte of CSV, or "" (no BOM asked for).
std::string_view csv_preamble(const CsvDialect& dialect);

/// Appends `csv` (RFC 4180 records as crmroi writes them: "," between cells, text quoted when it
/// holds a comma, a quote or a line break) rewritten in `dialect`: with decimal_comma, every
/// unquoted cell that is a plain number ("-12.5", "1e-05") takes a decimal comma, cells are
/// separated by ";", and a text cell holding ";" is quoted; without it, `csv` is appended as is.
///   append_csv_in_dialect(out, "scenario,value\na,176.67\n", {.decimal_comma = true})
///   -> out == "scenario;value\na;176,67\n"
void append_csv_in_dialect(std::string& out, std::string_view csv, const CsvDialect& dialect);

}  // namespace crmroi
