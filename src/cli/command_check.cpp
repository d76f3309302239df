// crmroi check FILE...: each scenario against its targets; exit 1 when any misses.
#include <charconv>
#include <cmath>
#include <memory>

#include <fmt/format.h>

#include "commands.hpp"
#include "crmroi/render.hpp"
#include "crmroi/render_check.hpp"
#include "crmroi/report.hpp"
#include "csv_output.hpp"
#include "diagnostics.hpp"
#include "input.hpp"
#include "options.hpp"
#include "output.hpp"
#include "render/escape.hpp"
#include "report_run.hpp"
#include "terminal.hpp"

namespace crmroi::cli {
namespace {

constexpr const char* kCheckDescription =
    R"help(Each scenario against its targets: exit 1 when any scenario misses one.

Examples:
  crmroi check examples/*.json                        the targets written in the files
  crmroi check --min-roi 50 --max-payback 12 a.json   thresholds from flags (they win)
  crmroi check --format markdown plans/*.json > comment.md   a table for a pull request
  crmroi check --format json -o check.json plans/*.json      one document for CI
  jq -c '.targets.min_npv = 0' plans/*.json | crmroi check -  JSON Lines in

Prints one line per scenario: "PASS  name (file)", "MISS  name (file): ROI 45.00 % < required
50.00 %; ..." listing every miss with the actual and the required value, or "SKIP  name (file):
no targets" for a scenario with neither targets in its file nor flags (a skip is not a failure).
A flag replaces the file's threshold of the same name; the others stay. A figure meets its
threshold when, rounded as in the JSON output, it is at least the minimum (at most the maximum);
an undefined figure (not paid back within the horizon) is a miss. Exit codes: 0 every scenario
passed or was skipped, 1 a target missed, 3 an invalid input, 4 an unreadable input; the most
severe wins.)help";

struct CheckOptions {
  std::vector<std::string> inputs;
  std::string format = "table";
  std::string output;
  std::string color = "auto";
  std::optional<double> min_roi_percent;
  std::optional<double> max_payback_months;
  std::optional<double> min_npv;
  bool strict = false;
  SpreadsheetFlags spreadsheet;
};

// A finite number written the C way ("50", "-12.5", "1e6"), whatever the locale.
std::optional<double> parse_threshold_number(const std::string& text) {
  double value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

// --name VALUE stored in `target`: a usage error unless a finite number (at least `minimum`).
void add_threshold(CLI::App& command, const std::string& name, std::optional<double>& target,
                   const std::string& unit, const std::string& unit_words,
                   const std::string& description, std::optional<double> minimum = std::nullopt) {
  command
      .add_option_function<std::string>(
          name, [&target](const std::string& text) { target = parse_threshold_number(text); },
          description)
      ->type_name(unit)
      ->check(CLI::Validator(
          [unit_words, minimum](std::string& text) -> std::string {
            const std::optional<double> value = parse_threshold_number(text);
            if (!value) {
              return "expected a number such as 50 or 12.5 (" + unit_words + "), found '" +
                     escape_control_characters(text) + "'";
            }
            if (minimum && *value < *minimum) {
              return fmt::format("expected at least {}, found '{}'", *minimum,
                                 escape_control_characters(text));
            }
            return {};
          },
          ""));
}

ExitCode run_check(const CheckOptions& options) {
  const OutputFormat format = parse_output_format(options.format).value_or(OutputFormat::table);
  const CsvDialect dialect = csv_dialect_or_throw(options.spreadsheet, options.format);
  return run_report(options.output, [&](OutputSink& output, Diagnostics& diagnostics) {
    diagnostics.set_strict(options.strict);
    const bool color = table_color(format, options.color, output);
    Targets flags;
    flags.min_roi_percent = options.min_roi_percent;
    flags.max_payback_months = options.max_payback_months;
    flags.min_npv = options.min_npv;

    // Lines, JSON Lines and CSV stream; the JSON and Markdown documents open with the outcome, so
    // they keep the (small) verdicts until the end.
    const bool document = check_is_document(format);
    CsvWriter csv(output, dialect);  // writes every format; rewrites only CSV in a dialect
    std::vector<CheckedScenario> verdicts;
    std::size_t checked_count = 0;
    bool any_miss = false;
    for_each_scenario(options.inputs, diagnostics, [&](LoadedScenario& loaded) {
      // A verdict shows figures only: no sentences to word.
      const Report report = evaluate(loaded.scenario);
      diagnostics.warnings(loaded.source, loaded.line, report_warnings(loaded.scenario, report));
      CheckedScenario checked{
          std::string(loaded.source),  loaded.line,         report.name, report.currency,
          check_report(report, flags), report.ranged_inputs};
      if (checked.result.status == CheckStatus::miss) any_miss = true;
      if (document) {
        verdicts.push_back(std::move(checked));
        return true;
      }
      if (checked_count == 0) csv.write(check_header(format));
      ++checked_count;
      csv.write(render_check_record(checked, format, color));
      return !output.stopped();
    });
    if (any_miss) diagnostics.record(ExitCode::check_missed);
    if (document) {
      const bool inputs_ok = severity(diagnostics.exit_code()) <= severity(ExitCode::check_missed);
      output.write(render_check_document(verdicts, format, inputs_ok));
      checked_count = verdicts.size();
    }
    return checked_count > 0;
  });
}

}  // namespace

void setup_check(CLI::App& app, ExitCode& exit_code) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* command =
      add_report_command(app, "check", kCheckDescription, options, run_check, exit_code);
  add_threshold(*command, "--min-roi", options->min_roi_percent, "PCT", "percentage points",
                "Minimum ROI in percent (replaces targets.min_roi_percent)");
  add_threshold(*command, "--max-payback", options->max_payback_months, "MONTHS", "months",
                "Maximum payback in months (replaces targets.max_payback_months)", 0.0);
  add_threshold(*command, "--min-npv", options->min_npv, "AMOUNT", "an amount of money",
                "Minimum NPV in the scenario's currency (replaces targets.min_npv)");
  add_format_option(*command, options->format);
  add_output_options(*command, *options);
}

}  // namespace crmroi::cli
