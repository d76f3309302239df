// Report renderers: pure functions from reports to text (table, JSON, JSON Lines, CSV, Markdown),
// and the pieces they share (number formatting, escaping, a JSON writer, a text-table layout) so
// that every command renders numbers and names the same way. No I/O.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/metric.hpp"
#include "crmroi/report.hpp"

namespace crmroi {

// ---------------------------------------------------------------------------------------------
// Output formats and options

/// The formats every report command offers.
enum class OutputFormat { table, json, jsonl, csv, markdown };

/// The format named on the command line: parse_output_format("jsonl") -> OutputFormat::jsonl;
/// nullopt for an unknown name (names are lower case, exact).
std::optional<OutputFormat> parse_output_format(std::string_view name);

/// The name of a format: output_format_name(OutputFormat::csv) -> "csv".
std::string_view output_format_name(OutputFormat format);

/// The format names for help and error messages: "table, json, jsonl, csv, markdown".
inline constexpr std::string_view kOutputFormatNames = "table, json, jsonl, csv, markdown";

/// The version of the JSON record layout ("format_version"); bumped only on incompatible change.
inline constexpr int kJsonFormatVersion = 1;

/// How to render.
struct RenderOptions {
  bool color = false;    ///< ANSI colour in tables (bold headings, red negatives and n/a)
  bool monthly = false;  ///< add the cash flow by month (or period); CSV: the cash-flow form
};

/// A report and where it came from: a file path or "<stdin>", and the input line for JSON Lines.
struct SourcedReport {
  std::string source;
  std::optional<long> line;
  Report report;
};

/// Text written between two consecutive records of one format: a blank line between tables and
/// Markdown sections, nothing for JSON (each document ends with a newline), JSONL and CSV.
std::string_view record_separator(OutputFormat format);

// ---------------------------------------------------------------------------------------------
// Numbers

/// What a number measures; decides its rounding and unit.
enum class Quantity {
  money,    ///< in the report's currency, rounded to its minor unit
  percent,  ///< a fraction shown as percentage points (0.25 -> 25)
  points,   ///< already in points (NPS, -100..100)
  months,
  ratio,  ///< a plain ratio (LTV:CAC 3.2, expense-to-revenue 0.15)
  count,  ///< a whole number of things
};

/// A number for machine formats (JSON, JSONL, CSV): money rounded to the currency's minor unit,
/// percentages (as points), months and ratios to 10 places, counts to integers; no grouping, no
/// trailing zeros, never "-0".
///   machine_number(1.7666666666666666, Quantity::percent, "RUB") -> "176.6666666667"
///   machine_number(-0.001, Quantity::money, "USD") -> "0"
std::string machine_number(double value, Quantity quantity, std::string_view currency);
/// machine_number appended to `out` (no temporary string: JSON Lines prints hundreds a record).
void append_machine_number(std::string& out, double value, Quantity quantity,
                           std::string_view currency);

/// A number for people, split into its number and unit so tables can align both.
///   {number "18,000.00", unit "RUB"}, {"176.67", "%"}, {"15.38", "months"}, {"3.25", ""}
/// An undefined metric gives {number "n/a — <reason>", unit ""} and undefined = true.
struct HumanValue {
  std::string number;
  std::string unit;
  bool negative = false;   ///< shown with a minus sign
  bool undefined = false;  ///< "n/a — reason"
};

/// A metric for people: money grouped with the currency code, percentages and months with two
/// decimals, counts grouped; undefined as "n/a — <reason>".
HumanValue human_value(const Metric& metric, Quantity quantity, std::string_view currency);

/// human_value joined into one string: "18,000.00 RUB", "176.67 %", "n/a — no investment".
std::string human_text(const Metric& metric, Quantity quantity, std::string_view currency);

/// The unit of a quantity in CSV's unit column: the currency code for money, "percent",
/// "points", "months", "ratio", "count".
std::string quantity_unit(Quantity quantity, std::string_view currency);

// ---------------------------------------------------------------------------------------------
// The figures of a report, flattened

/// One figure of a report under its stable key; the keys are the JSON keys, nested ones joined
/// with "." ("unadjusted.npv", "acquisition.cac", "marketing.channels[Direct].romi_percent").
struct Figure {
  std::string key;
  std::string label;  ///< for people: "ROI", "Payback", "Direct: ROMI (revenue basis)"
  Metric value;
  Quantity quantity = Quantity::money;
};

/// Every figure of a report in the JSON record's order: the investment case, its unadjusted
/// figures when risk-adjusted, marketing channels, acquisition, unit economics, NPS, targets.
/// Used by the CSV renderer and by commands that compare or check figures.
std::vector<Figure> report_figures(const Report& report);

// ---------------------------------------------------------------------------------------------
// Escaping of text that came from the user

/// Makes text safe to print on a terminal or in a text file: control characters (C0, DEL, C1),
/// bidirectional overrides and line separators become "\u001b"-style escapes, bytes that are
/// not UTF-8 become "\xff"-style escapes; everything else is kept.
///   escape_control_characters("a\x1b[31mb") -> "a\\u001b[31mb"
std::string escape_control_characters(std::string_view text);

/// One CSV field (RFC 4180) holding text: control characters escaped, a leading = + - @ guarded
/// with an apostrophe against spreadsheet formulas, quoted when it holds a comma or a quote.
///   csv_field("=SUM(A1)") -> "'=SUM(A1)";  csv_field("a, \"b\"") -> "\"a, \"\"b\"\"\""
std::string csv_field(std::string_view text);

/// Text for a Markdown table cell or heading: control characters escaped, Markdown punctuation
/// (\ ` * _ [ ] < > | &) backslash-escaped.   markdown_text("a|b") -> "a\\|b"
std::string markdown_text(std::string_view text);

/// Appends `text` as a JSON string literal with quotes; control characters as \u escapes,
/// bytes that are not UTF-8 replaced by U+FFFD.   "a\"b" -> "\"a\\\"b\""
void append_json_string(std::string& out, std::string_view text);

// ---------------------------------------------------------------------------------------------
// JSON writer

/// Writes JSON straight into a string, either pretty (2-space indent, one member per line, the
/// layout of `jq .`) or compact (one line, no spaces). Keys are written in the order given.
///
///   std::string out;
///   JsonWriter json(out, JsonWriter::Style::compact);
///   json.begin_object(); json.key("roi_percent"); json.raw_value("176.67"); json.end_object();
///   // out == "{\"roi_percent\":176.67}"
class JsonWriter {
 public:
  enum class Style { pretty, compact };
  JsonWriter(std::string& out, Style style);
  [[nodiscard]] Style style() const { return style_; }

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  /// The key of the next member; must be inside an object.
  void key(std::string_view name);
  /// A key written as a string literal in our code: printable ASCII without quotes or
  /// backslashes, so it is written without looking for characters to escape.
  template <std::size_t N>
  void key(const char (&name)[N]) {
    literal_key(std::string_view(name, N - 1));
  }
  void string_value(std::string_view text);
  /// A number (or any JSON literal) already formatted, e.g. from machine_number.
  void raw_value(std::string_view literal);
  void int_value(long long number);
  /// A number as machine_number formats it.
  void number_value(double value, Quantity quantity, std::string_view currency);
  void bool_value(bool value);
  void null_value();

  /// key + value for a metric: a number, or null with "<path>: <reason>" added to `notes`.
  void metric_member(std::string_view name, const Metric& metric, Quantity quantity,
                     std::string_view currency, std::string_view note_path,
                     std::vector<std::string>& notes);

 private:
  void before_value();
  void newline_and_indent();
  void literal_key(std::string_view name);
  void plain_key(std::string_view name);
  void escaped_key(std::string_view name);

  struct Level {
    bool is_array = false;
    int count = 0;
  };
  std::string& out_;
  Style style_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

/// The JSON record of one calc report (conventions: format_version, crmroi_version, source, line,
/// scenario, currency, the investment case, analysis blocks, targets, notes) written as one object.
void write_calc_record(JsonWriter& json, const SourcedReport& sourced);

// ---------------------------------------------------------------------------------------------
// Text tables

/// How a table cell is emphasised when colour is on.
enum class Emphasis { plain, bold, negative, positive, dim };

/// `text` wrapped in the ANSI codes of `emphasis` when `color` is true, unchanged otherwise.
///   paint("n/a", Emphasis::negative, true) -> "\x1b[31mn/a\x1b[0m"
std::string paint(std::string_view text, Emphasis emphasis, bool color);

/// Columns a UTF-8 text occupies on a terminal (wide East Asian characters count two,
/// combining marks zero).   display_width("n/a — x") -> 7
std::size_t display_width(std::string_view text);

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

// ---------------------------------------------------------------------------------------------
// calc

/// The calc report of one scenario in `format`, ending with a newline:
/// table (ledger style, headline metrics last), json (one pretty document), jsonl (one line),
/// csv (rows without the header: see calc_csv_header), markdown (a "##" section).
std::string render_calc(const SourcedReport& sourced, OutputFormat format,
                        const RenderOptions& options);
/// render_calc appended to `out` (JSON Lines streams write straight into the output buffer).
void append_calc(std::string& out, const SourcedReport& sourced, OutputFormat format,
                 const RenderOptions& options);

/// The CSV header of calc: "source,line,scenario,metric,value,unit,note\n", or with
/// options.monthly "source,line,scenario,month,cost,benefit,net,cumulative\n".
std::string calc_csv_header(const RenderOptions& options);

}  // namespace crmroi
