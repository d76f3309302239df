// --excel and --decimal-comma: CSV written for a spreadsheet (calc, compare and check).
#pragma once

#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "crmroi/csv_dialect.hpp"
#include "output.hpp"

namespace crmroi::cli {

/// The flags as given on the command line.
struct SpreadsheetFlags {
  bool excel = false;
  bool decimal_comma = false;
};

/// --excel (a UTF-8 byte-order mark first) and --decimal-comma (decimal commas, ";" between
/// cells), for --format csv.
void add_spreadsheet_flags(CLI::App& command, SpreadsheetFlags& flags);

/// The dialect the flags ask for with `format`; a usage error (throw_usage_error) when they are
/// given with a format other than csv: "--excel and --decimal-comma apply to --format csv only".
CsvDialect csv_dialect_or_throw(const SpreadsheetFlags& flags, std::string_view format);

/// Writes CSV text into `output` in a dialect: the byte-order mark before the first text, then
/// each piece rewritten (append_csv_in_dialect). With the plain dialect, text is written as is.
class CsvWriter {
 public:
  CsvWriter(OutputSink& output, const CsvDialect& dialect) : output_(output), dialect_(dialect) {}

  [[nodiscard]] bool plain() const { return !dialect_.byte_order_mark && !dialect_.decimal_comma; }
  void write(std::string_view csv);

 private:
  OutputSink& output_;
  CsvDialect dialect_;
  bool started_ = false;
  std::string buffer_;
};

}  // namespace crmroi::cli
