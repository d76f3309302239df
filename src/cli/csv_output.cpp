#include "csv_output.hpp"

#include "options.hpp"

namespace crmroi::cli {

void add_spreadsheet_flags(CLI::App& command, SpreadsheetFlags& flags) {
  command.add_flag("--excel", flags.excel,
                   "With --format csv: start with a UTF-8 byte-order mark, so that Excel opens "
                   "the file as UTF-8 on a double-click");
  command.add_flag("--decimal-comma", flags.decimal_comma,
                   "With --format csv: decimal commas (176,67) and \";\" between cells, as "
                   "Excel expects in a Russian, German or French locale");
}

CsvDialect csv_dialect_or_throw(const SpreadsheetFlags& flags, std::string_view format) {
  if ((flags.excel || flags.decimal_comma) && format != "csv") {
    throw_usage_error(std::string(flags.excel ? "--excel" : "--decimal-comma") +
                      " applies to --format csv only");
  }
  return CsvDialect{.byte_order_mark = flags.excel, .decimal_comma = flags.decimal_comma};
}

void CsvWriter::write(std::string_view csv) {
  if (plain()) {
    output_.write(csv);
    return;
  }
  buffer_.clear();
  if (!started_) buffer_.append(csv_preamble(dialect_));
  started_ = true;
  append_csv_in_dialect(buffer_, csv, dialect_);
  output_.write(buffer_);
}

}  // namespace crmroi::cli
