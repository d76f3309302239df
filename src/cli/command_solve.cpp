// crmroi solve FILE... --for POINTER [--target METRIC=VALUE]: goal seek (crmroi/decision.hpp).
#include <cmath>
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

constexpr const char* kSolveDescription =
    R"(Goal seek: the value of one input at which a figure reaches a target (default: break-even).

Examples:
  crmroi solve examples/bitrix24-seed-ranges.json --for /benefits/order_uplift/percent
  crmroi solve FILE --for /costs/recurring/0/monthly --target roi_percent=100
  crmroi solve FILE --for /adoption/implementation_months --target payback_months=18
  crmroi solve --format json FILE --for /cash_flows/benefits/2 | jq .value

POINTER is the JSON pointer of a numeric input, as `crmroi calc --format json` and the scenario
file name it; METRIC is npv, roi_percent, pv_roi_percent, payback_months, irr_annual_percent or
net, and VALUE is in its unit (percentage points for the _percent figures). Every other input
stays as calc has it. The whole valid range of the input is searched (up to a ceiling for keys
without an upper bound); several solutions give the one nearest the file's value, with a note;
none is reported with the reason (exit 0).
Exit codes: 0 done (solved or not), 2 usage error (also a POINTER that names no numeric input),
3 a file is invalid or has no investment case, 4 I/O error.
)";

struct SolveOptions {
  std::vector<std::string> inputs;
  std::string pointer;
  std::string target = "npv=0";
  std::string format = "table";
  std::string output;
  std::string color = "auto";
  std::optional<std::size_t> width;
};

/// METRIC=VALUE, or the usage error's message.
struct ParsedTarget {
  std::string metric;
  double value = 0;
  std::string error;
};

ParsedTarget parse_target(const std::string& text) {
  ParsedTarget parsed;
  const std::size_t equals = text.find('=');
  const std::string shown = escape_control_characters(text);
  if (equals == std::string::npos) {
    parsed.error = "expected METRIC=VALUE such as npv=0 or roi_percent=100, found '" + shown + "'";
    return parsed;
  }
  parsed.metric = text.substr(0, equals);
  if (!decision_metric(parsed.metric)) {
    parsed.error = "unknown metric '" + escape_control_characters(parsed.metric) +
                   "'; expected one of " + std::string(decision_metric_names);
    return parsed;
  }
  const std::string number = text.substr(equals + 1);
  char* end = nullptr;
  parsed.value = std::strtod(number.c_str(), &end);
  if (number.empty() || *end != '\0' || !std::isfinite(parsed.value)) {
    parsed.error = "expected a number after '=', found '" + escape_control_characters(number) + "'";
  }
  return parsed;
}

ExitCode run_solve(const SolveOptions& options) {
  const OutputFormat format = parse_output_format(options.format).value_or(OutputFormat::table);
  const ParsedTarget target = parse_target(options.target);
  return run_report(options.output, [&](OutputSink& output, Diagnostics& diagnostics) {
    RenderOptions render = table_render_options(format, options, output);
    return write_investment_records(
        options.inputs, output, diagnostics, format, "solve", goal_seek_csv_header(),
        [&](const LoadedScenario& loaded, const std::string& where) -> std::optional<std::string> {
          const GoalSeekResult result = goal_seek(
              loaded.scenario,
              {.pointer = options.pointer, .metric = target.metric, .target = target.value});
          if (!result.seek) {
            // The pointer is part of the command line: naming no input of the file is a usage
            // error.
            diagnostics.error(ExitCode::usage, where + ": --for: " + result.error);
            return std::nullopt;
          }
          const DecisionSource source{std::string(loaded.source), loaded.line, loaded.scenario.name,
                                      loaded.scenario.currency};
          return render_goal_seek(source, *result.seek, format, render);
        });
  });
}

}  // namespace

void setup_solve(CLI::App& app, ExitCode& exit_code) {
  auto options = std::make_shared<SolveOptions>();
  CLI::App* command =
      add_report_command(app, "solve", kSolveDescription, options, run_solve, exit_code);
  command
      ->add_option("--for", options->pointer,
                   "JSON pointer of the input to solve for, e.g. /benefits/order_uplift/percent")
      ->type_name("POINTER")
      ->required();
  command
      ->add_option("--target", options->target,
                   "METRIC=VALUE to reach (default: npv=0); METRIC one of " +
                       std::string(decision_metric_names))
      ->type_name("METRIC=VALUE")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string { return parse_target(value).error; }, ""));
  add_format_option(*command, options->format);
  add_output_options(*command, *options);
}

}  // namespace crmroi::cli
