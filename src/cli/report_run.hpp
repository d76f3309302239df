// The frame every report command (calc, compare, check, validate) runs in: its output opened,
// its diagnostics, colour for tables, and the output finished so that -o replaces a file only
// with a result.
#pragma once

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "crmroi/render.hpp"
#include "diagnostics.hpp"
#include "exit_code.hpp"
#include "input.hpp"
#include "options.hpp"
#include "output.hpp"
#include "terminal.hpp"

namespace crmroi::cli {

/// Opens the output (`path`, or standard output when empty), runs `body(output, diagnostics)`,
/// which returns whether it produced anything, and finishes the output (finish_output). A
/// failure to open or to write is an I/O error. -o replaces a file only when every input
/// succeeded (exit 0, or 1 for check's misses); otherwise it is left as it was, and a message
/// says so.
///   return run_report(options.output, [&](OutputSink& output, Diagnostics& diagnostics) {
///     ...; return produced;
///   });
template <typename Body>
ExitCode run_report(const std::string& path, Body&& body) {
  OutputSink output(path);
  Diagnostics diagnostics(&output);
  if (auto error = output.open()) {
    diagnostics.error(ExitCode::io_error, *error);
    return diagnostics.exit_code();
  }
  body(output, diagnostics);
  finish_output(output, diagnostics);
  return diagnostics.exit_code();
}

/// True when a report in `format` going to `output` is painted: tables only, and --color `when`
/// (auto: on a terminal, unless NO_COLOR is set or TERM=dumb).
inline bool table_color(OutputFormat format, const std::string& when, const OutputSink& output) {
  return format == OutputFormat::table &&
         use_color(parse_color_when(when).value_or(ColorWhen::automatic), output.is_stdout());
}

/// The colour and width of a table report in `format` going to `output`, from the command's --color
/// and --width (`options` has the members color and width): table_color and table_width.
template <class Options>
RenderOptions table_render_options(OutputFormat format, const Options& options,
                                   const OutputSink& output) {
  RenderOptions render;
  render.color = table_color(format, options.color, output);
  render.width = table_width(options.width, output.is_stdout());
  return render;
}

/// The records of an analysis of each scenario's investment case (sensitivity, solve): for each
/// valid scenario of `inputs`, `render(loaded, where)` gives its record in `format`, or nothing
/// after reporting why through `diagnostics`; a scenario without an investment case is invalid
/// data ("FILE: nothing to <verb>: the scenario has no investment case ..."). Writes
/// `csv_header` before the first CSV record and record_separator(format) between records;
/// returns whether any record was written. `where` is "FILE" or "<stdin>:LINE".
template <typename Render>
bool write_investment_records(const std::vector<std::string>& inputs, OutputSink& output,
                              Diagnostics& diagnostics, OutputFormat format, std::string_view verb,
                              std::string_view csv_header, Render&& render) {
  bool produced = false;
  for_each_scenario(inputs, diagnostics, [&](LoadedScenario& loaded) {
    std::string where(loaded.source);
    if (loaded.line) where += ":" + std::to_string(*loaded.line);
    if (!loaded.scenario.has_investment_case()) {
      diagnostics.error(ExitCode::invalid_data,
                        where + ": nothing to " + std::string(verb) +
                            ": the scenario has no investment case (costs/benefits or "
                            "cash_flows)");
      return true;
    }
    const std::optional<std::string> record = render(loaded, where);
    if (!record) return true;
    if (!produced && format == OutputFormat::csv) output.write(csv_header);
    if (produced) output.write(record_separator(format));
    output.write(*record);
    produced = true;
    return !output.stopped();
  });
  return produced;
}

/// Adds the report command `name` with its description and FILE... (scenario files, - for
/// standard input), and the callback that checks the inputs ("-" given twice, or -o naming one of
/// them, is a usage error) and runs `run` on the options, storing its exit code. The caller adds
/// the other options.
///   CLI::App* command = add_report_command(app, "calc", kDescription, options, run_calc, code);
template <typename Options>
CLI::App* add_report_command(CLI::App& app, const char* name, const char* description,
                             const std::shared_ptr<Options>& options,
                             ExitCode (*run)(const Options&), ExitCode& exit_code) {
  CLI::App* command = app.add_subcommand(name);
  command->description(description);
  add_input_files(*command, options->inputs);
  command->callback([options, run, &exit_code] {
    if constexpr (requires { options->output; }) {
      check_inputs_or_throw(options->inputs, options->output);
    } else {
      check_inputs_or_throw(options->inputs);
    }
    exit_code = run(*options);
  });
  return command;
}

}  // namespace crmroi::cli
