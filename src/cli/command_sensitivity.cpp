// crmroi sensitivity FILE...: the tornado of each scenario (crmroi/decision.hpp).
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "crmroi/decision.hpp"
#include "crmroi/render_decision.hpp"
#include "input.hpp"
#include "options.hpp"
#include "render/escape.hpp"
#include "report_run.hpp"

namespace crmroi::cli {
namespace {

constexpr const char* kSensitivityDescription =
    R"(What matters most: the tornado of one figure over the inputs of each scenario.

Examples:
  crmroi sensitivity examples/bitrix24-seed-ranges.json        ranged inputs at P10 and P90
  crmroi sensitivity --at extremes FILE                          ranged inputs at low and high
  crmroi sensitivity --swing 10 --metric roi_percent FILE        every input ±10 %
  crmroi sensitivity --format json FILE | jq '.rows[0].pointer'   the input that matters most

Each ranged input ({"low", "likely", "high"}) goes to its 10th and 90th percentile (--at
extremes: its low and high) while every other input stays as calc has it; without ranges, or
with --swing, every input that may hold a range moves by ±P % of its value (within its key's
bounds). Rows are sorted by swing |metric(high) - metric(low)|, largest first, with the
cumulative share of the squared swings; a row whose figure is undefined at one end (no payback,
no IRR) has no swing and comes first.
Exit codes: 0 done, 2 usage error, 3 a file is invalid or has no investment case, 4 I/O error.
)";

constexpr std::string_view kAtChoices = "percentiles, extremes";

/// The check of an option whose value is one of `choices` ("a, b, c"): "unknown <what> 'x';
/// expected one of a, b, c".
CLI::Validator one_of(std::string_view what, std::string_view choices) {
  return CLI::Validator(
      [what, choices](std::string& value) -> std::string {
        std::string_view rest = choices;
        while (!rest.empty()) {
          const std::size_t comma = rest.find(", ");
          if (rest.substr(0, comma) == value) return {};
          rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 2);
        }
        return "unknown " + std::string(what) + " '" + escape_control_characters(value) +
               "'; expected one of " + std::string(choices);
      },
      "");
}

struct SensitivityOptions {
  std::vector<std::string> inputs;
  std::string format = "table";
  std::string metric = "npv";
  std::optional<double> swing_percent;
  std::optional<std::string> at;
  std::string output;
  std::string color = "auto";
  std::optional<std::size_t> width;
};

ExitCode run_sensitivity(const SensitivityOptions& options) {
  // --swing moves every input by a percentage, --at chooses where ranged inputs go: one or the
  // other.
  if (options.swing_percent && options.at) {
    throw_usage_error(
        "--swing and --at exclude each other: --swing moves every input by a "
        "percentage, --at chooses where the ranged inputs go");
  }
  const OutputFormat format = parse_output_format(options.format).value_or(OutputFormat::table);
  SensitivitySettings settings;
  settings.metric = options.metric;
  if (options.swing_percent) {
    settings.mode = SensitivityMode::swing;
    settings.swing_percent = *options.swing_percent;
  } else if (options.at == "extremes") {
    settings.mode = SensitivityMode::extremes;
  }
  return run_report(options.output, [&](OutputSink& output, Diagnostics& diagnostics) {
    RenderOptions render = table_render_options(format, options, output);
    return write_investment_records(
        options.inputs, output, diagnostics, format, "analyse", sensitivity_csv_header(),
        [&](const LoadedScenario& loaded, const std::string& where) -> std::optional<std::string> {
          const Sensitivity sensitivity = crmroi::sensitivity(loaded.scenario, settings);
          if (sensitivity.fell_back_to_swing && options.at) {
            diagnostics.error(ExitCode::success, where + ": note: no ranged inputs for --at " +
                                                     *options.at + "; every input swung by ±20 %");
          }
          const DecisionSource source{std::string(loaded.source), loaded.line, loaded.scenario.name,
                                      loaded.scenario.currency};
          return render_sensitivity(source, sensitivity, format, render);
        });
  });
}

}  // namespace

void setup_sensitivity(CLI::App& app, ExitCode& exit_code) {
  auto options = std::make_shared<SensitivityOptions>();
  CLI::App* command = add_report_command(app, "sensitivity", kSensitivityDescription, options,
                                         run_sensitivity, exit_code);
  command
      ->add_option("--metric", options->metric,
                   "The figure: npv, roi_percent, pv_roi_percent, payback_months, "
                   "irr_annual_percent, net (default: npv)")
      ->type_name("METRIC")
      ->check(one_of("metric", decision_metric_names),
              choices_validator_name(decision_metric_names));
  command
      ->add_option("--swing", options->swing_percent,
                   "Swing every input by ±P % of its value, more than 0 and at most 100 "
                   "(default without ranged inputs: 20)")
      ->type_name("P")
      ->check(decimal_number_check([](double percent) { return percent > 0 && percent <= 100; },
                                   "a percentage greater than 0 and at most 100"));
  command
      ->add_option("--at", options->at,
                   "Where ranged inputs go: percentiles (P10 and P90, the default) or extremes "
                   "(low and high)")
      ->type_name("WHERE")
      ->check(one_of("value", kAtChoices), choices_validator_name(kAtChoices));
  add_format_option(*command, options->format);
  add_output_options(*command, *options);
}

}  // namespace crmroi::cli
