// crmroi calc FILE...: the full report of each scenario.
#include <memory>
#include <string>

#include "commands.hpp"
#include "crmroi/render.hpp"
#include "crmroi/report.hpp"
#include "crmroi/words.hpp"
#include "csv_output.hpp"
#include "diagnostics.hpp"
#include "input.hpp"
#include "options.hpp"
#include "output.hpp"
#include "report_run.hpp"
#include "terminal.hpp"

namespace crmroi::cli {
namespace {

constexpr const char* kCalcDescription =
    R"(Full report for each scenario: costs, benefits, ROI, NPV, IRR and payback.

Examples:
  crmroi calc examples/eshop-retailcrm.json                  report in the terminal
  crmroi calc --monthly examples/eshop-retailcrm.json        with the cash flow month by month
  crmroi calc --format json -o report.json examples/*.json   one JSON document per scenario
  crmroi calc --format csv examples/*.json > metrics.csv     tidy CSV, one row per metric
  crmroi calc --format csv --yearly examples/*.json          one row per year (TEI summary)
  jq -c . scenarios/*.json | crmroi calc --format jsonl -    JSON Lines in, JSON Lines out

The table shows each cost and benefit line with its arithmetic, the totals, the analysis blocks
(marketing, acquisition, unit economics, NPS) and the headline metrics last. Standard input (-)
holds one JSON document or JSON Lines (one scenario per line). Good reports are printed even
when other inputs fail; the exit code is the worst outcome.
)";

struct CalcOptions {
  std::vector<std::string> inputs;
  std::string format = "table";
  bool monthly = false;
  bool yearly = false;
  bool lines = false;
  std::string output;
  std::string color = "auto";
  bool strict = false;
  SpreadsheetFlags spreadsheet;
  std::optional<std::size_t> width;
};

ExitCode run_calc(const CalcOptions& options) {
  const OutputFormat format = parse_output_format(options.format).value_or(OutputFormat::table);
  const CsvDialect dialect = csv_dialect_or_throw(options.spreadsheet, options.format);
  if ((options.yearly || options.lines) && format != OutputFormat::csv) {
    throw_usage_error(std::string(options.yearly ? "--yearly" : "--lines") +
                      " applies to --format csv only (tables, Markdown and JSON show the years and "
                      "the lines already)");
  }
  if (int{options.monthly} + int{options.yearly} + int{options.lines} > 1 &&
      format == OutputFormat::csv) {
    throw_usage_error(
        "give one of --monthly, --yearly, --lines with --format csv: each is a table "
        "of its own");
  }
  return run_report(options.output, [&](OutputSink& output, Diagnostics& diagnostics) {
    diagnostics.set_strict(options.strict);
    RenderOptions render = table_render_options(format, options, output);
    render.monthly = options.monthly;
    render.yearly = options.yearly;
    render.lines = options.lines;

    // Tables and Markdown show every sentence; JSON and JSON Lines each line's arithmetic; CSV
    // figures only (its --lines table each line's arithmetic).
    const Wording wording{
        .arithmetic = format != OutputFormat::csv || options.lines,
        .assumptions = format == OutputFormat::table || format == OutputFormat::markdown};
    const bool any_words = wording.arithmetic || wording.assumptions;
    CsvWriter csv(output, dialect);  // writes every format; rewrites only CSV in a dialect
    bool produced = false;
    for_each_scenario(options.inputs, diagnostics, [&](LoadedScenario& loaded) {
      SourcedReport report{std::string(loaded.source), loaded.line, evaluate(loaded.scenario)};
      diagnostics.warnings(loaded.source, loaded.line,
                           report_warnings(loaded.scenario, report.report));
      if (any_words) words_for_report(report.report, wording);
      if (!produced) csv.write(calc_header(format, render));
      if (produced) output.write(record_separator(format));
      if (format == OutputFormat::csv && !csv.plain()) {
        std::string text;
        append_calc(text, report, format, render);
        csv.write(text);
      } else {
        output.write_with(
            [&](std::string& buffer) { append_calc(buffer, report, format, render); });
      }
      produced = true;
      return !output.stopped();
    });
    return produced;
  });
}

}  // namespace

void setup_calc(CLI::App& app, ExitCode& exit_code) {
  auto options = std::make_shared<CalcOptions>();
  CLI::App* command =
      add_report_command(app, "calc", kCalcDescription, options, run_calc, exit_code);
  add_format_option(*command, options->format);
  command->add_flag("--monthly", options->monthly,
                    "Add the cash flow month by month (or by period for explicit cash flows); "
                    "with --format csv, print that table instead of the metrics");
  command->add_flag("--yearly", options->yearly,
                    "With --format csv: the year-by-year summary (year 0 the initial month, then "
                    "each year with its present values) instead of the metrics");
  command->add_flag("--lines", options->lines,
                    "With --format csv: the cost and benefit lines (total, risk, present value, "
                    "arithmetic) instead of the metrics");
  add_output_options(*command, *options);
}

}  // namespace crmroi::cli
