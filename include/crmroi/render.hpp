// Report renderers: pure functions from reports to text in every output format (table, JSON,
// JSON Lines, CSV, Markdown). Every number goes through number_format.hpp and every figure comes
// from the table of figures (figures.hpp), so every command shows them the same way. No I/O.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "crmroi/analysis.hpp"
#include "crmroi/figures.hpp"
#include "crmroi/number_format.hpp"
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
  bool yearly = false;   ///< CSV: the year-by-year summary instead of the figures
  bool lines = false;    ///< CSV: the cost and benefit lines instead of the figures
  /// Tables fit this many display columns (0: no limit): a line's arithmetic wraps under its
  /// name, the header and assumptions wrap, compare splits its columns into blocks.
  std::size_t width = 0;
};

/// Text written between two consecutive records of one format: a blank line between tables and
/// Markdown sections, nothing for JSON (each document ends with a newline), JSONL and CSV.
std::string_view record_separator(OutputFormat format);

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

/// The header `format` puts before the first calc record: for csv
/// "source,line,scenario,metric,value,unit,note\n", or with options.monthly
/// "source,line,scenario,month,cost,benefit,net,cumulative\n", with options.yearly
/// "source,line,scenario,year,first_month,last_month,cost,benefit,net,cumulative,pv_cost,
/// pv_benefit\n", with options.lines "source,line,scenario,side,name,kind,total,
/// total_unadjusted,risk_percent,present_value,arithmetic\n"; "" for the other formats.
std::string calc_header(OutputFormat format, const RenderOptions& options);

/// The CSV header of calc (calc_header of csv).
std::string calc_csv_header(const RenderOptions& options);

}  // namespace crmroi
