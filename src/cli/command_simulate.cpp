// crmroi simulate FILE...: Monte Carlo over each scenario's ranged inputs.
#include <array>
#include <limits>
#include <memory>
#include <vector>

#include "commands.hpp"
#include "crmroi/render_simulate.hpp"
#include "crmroi/scenario_simulation.hpp"
#include "diagnostics.hpp"
#include "input.hpp"
#include "options.hpp"
#include "output.hpp"
#include "terminal.hpp"

namespace crmroi::cli {
namespace {

constexpr const char* kSimulateDescription =
    R"(Monte Carlo over the ranged inputs ({"low", "likely", "high"}) of each scenario.

Examples:
  crmroi simulate examples/bitrix24-seed-ranges.json       percentiles, odds, histogram
  crmroi simulate --trials 100000 --seed 7 --format json FILE       one JSON document
  crmroi simulate --samples --format csv FILE > trials.csv          one row per trial

Each ranged input is drawn independently (pert by default, triangular or uniform) from its own
random stream, keyed by the seed and its JSON pointer: the same file, trials and seed give the
same output on any machine. Every figure gets its mean with standard error, standard deviation,
min, max and the percentiles P5, P10, P50, P90, P95 (spreadsheet PERCENTILE.INC); a trial that
never pays back ranks beyond the horizon, a trial without an IRR is left out of the IRR figures.
Exit codes: 0 done, 2 usage error, 3 a file is invalid or has no investment case, 4 I/O error.
)";

constexpr std::size_t kMaxTrials = 10'000'000;

struct SimulateOptions {
  std::vector<std::string> inputs;
  std::string format = "table";
  std::size_t trials = 10000;
  std::uint64_t seed = 1;
  bool samples = false;
  std::string output;
  std::string color = "auto";
};

/// The two cores of the machine this was written for: more threads never change the output.
constexpr unsigned kThreads = 2;

ExitCode run_simulate(const SimulateOptions& options) {
  const OutputFormat format = parse_output_format(options.format).value_or(OutputFormat::table);
  OutputSink output(options.output);
  Diagnostics diagnostics(&output);
  if (auto error = output.open()) {
    diagnostics.error(ExitCode::io_error, *error);
    return diagnostics.exit_code();
  }
  RenderOptions render;
  render.color =
      format == OutputFormat::table &&
      use_color(parse_color_when(options.color).value_or(ColorWhen::automatic), output.is_stdout());

  bool produced = false;
  for_each_scenario(options.inputs, diagnostics, [&](LoadedScenario& loaded) {
    std::string where(loaded.source);
    if (loaded.line) where += ":" + std::to_string(*loaded.line);
    if (!loaded.scenario.has_investment_case()) {
      diagnostics.error(ExitCode::invalid_data,
                        where +
                            ": nothing to simulate: the scenario has no investment case "
                            "(costs/benefits or cash_flows)");
      return true;
    }
    if (loaded.scenario.ranged_inputs.empty()) {
      diagnostics.error(ExitCode::success,
                        where +
                            ": note: no ranged inputs (such as {\"low\": 2, \"likely\": 5, "
                            "\"high\": 8}); every trial is the same point");
    }
    SourcedSimulation sourced{std::string(loaded.source),
                              loaded.line,
                              loaded.scenario.name,
                              loaded.scenario.currency,
                              loaded.scenario.horizon_months.value_or(0),
                              {}};
    if (options.samples) {
      // One row per trial; the statistics need only the inputs' list.
      for (const RangedInput& ranged : loaded.scenario.ranged_inputs) {
        sourced.simulation.inputs.push_back({ranged.pointer, "", ranged.range, false, 0, 0});
      }
      if (format == OutputFormat::csv) {
        if (produced) output.write("\n");
        output.write(samples_csv_header(sourced.simulation));
      }
      ScenarioTrials trials(loaded.scenario, options.seed);
      std::vector<double> drawn(trials.input_count());
      std::array<double, simulated_figures.size()> figures{};
      std::string buffer;
      for (std::size_t trial = 0; trial < options.trials && !output.stopped(); ++trial) {
        trials.run(trial, drawn, figures);
        buffer.clear();
        append_sample_row(buffer, format, sourced, trial, drawn, figures);
        output.write(buffer);
      }
      produced = true;
      return !output.stopped();
    }
    sourced.simulation = simulate_scenario(
        loaded.scenario, {.trials = options.trials, .seed = options.seed, .threads = kThreads});
    if (!produced && format == OutputFormat::csv) output.write(simulation_csv_header());
    if (produced) output.write(record_separator(format));
    output.write(render_simulation(sourced, format, render));
    produced = true;
    return !output.stopped();
  });

  const bool commit = produced || diagnostics.exit_code() == ExitCode::success;
  if (auto error = output.finish(commit)) diagnostics.error(ExitCode::io_error, *error);
  return diagnostics.exit_code();
}

}  // namespace

void setup_simulate(CLI::App& app, ExitCode& exit_code) {
  auto options = std::make_shared<SimulateOptions>();
  CLI::App* command = app.add_subcommand("simulate");
  command->description(kSimulateDescription);
  add_input_files(*command, options->inputs);
  command
      ->add_option("--trials", options->trials,
                   "Number of trials, 1 to 10,000,000 (default: 10,000)")
      ->type_name("N")
      ->check(CLI::Range(std::size_t{1}, kMaxTrials));
  command
      ->add_option("--seed", options->seed,
                   "Seed of the random streams, 0 to 18446744073709551615 (default: 1)")
      ->type_name("S");
  command->add_flag("--samples", options->samples,
                    "Print one row per trial (its drawn inputs and its figures) instead of the "
                    "statistics; with --format csv or jsonl");
  add_format_option(*command, options->format);
  add_output_options(*command, *options);
  command->callback([options, &exit_code] {
    check_inputs_or_throw(options->inputs);
    if (options->samples && options->format != "csv" && options->format != "jsonl") {
      throw_usage_error("--samples prints one row per trial: use --format csv or --format jsonl");
    }
    exit_code = run_simulate(*options);
  });
}

}  // namespace crmroi::cli
