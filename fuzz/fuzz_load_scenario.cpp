// Fuzz target: the scenario loader (load_scenario) on arbitrary bytes, then, for every scenario it
// accepts, the evaluation and every renderer. Checks that loading never crashes or hangs, that it
// returns either a scenario or well-formed problems, and that an accepted scenario evaluates to
// finite figures (undefined metrics carry a reason) and renders in every format.
// Scenarios with ranged inputs also run a few trials of simulate, rendered in every format.
//   scripts/fuzz      (seeded from examples/, tests/data/ with its ranged scenarios, JSONTestSuite)
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "crmroi/render.hpp"
#include "crmroi/render_simulate.hpp"
#include "crmroi/report.hpp"
#include "crmroi/scenario_loader.hpp"
#include "crmroi/scenario_simulation.hpp"
#include "crmroi/words.hpp"
#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const crmroi::LoadResult loaded = crmroi::load_scenario(text);
  crmroi::fuzz::check_load_result(loaded);
  if (!loaded.scenario) return 0;

  crmroi::SourcedReport sourced{"fuzz.json", std::nullopt, crmroi::evaluate(*loaded.scenario)};
  crmroi::words_for_report(sourced.report);
  crmroi::fuzz::check_report(sourced.report);
  for (const auto format :
       {crmroi::OutputFormat::table, crmroi::OutputFormat::json, crmroi::OutputFormat::jsonl,
        crmroi::OutputFormat::csv, crmroi::OutputFormat::markdown}) {
    for (const bool monthly : {false, true}) {
      const std::string rendered =
          crmroi::render_calc(sourced, format, crmroi::RenderOptions{false, monthly});
      // The monthly CSV form of a scenario without an investment case has no rows at all.
      const bool may_be_empty =
          format == crmroi::OutputFormat::csv && monthly && !sourced.report.investment.has_value();
      crmroi::fuzz::require(rendered.empty() ? may_be_empty : rendered.back() == '\n',
                            "a rendered report is empty or does not end with a newline");
    }
  }
  // A scenario with ranged inputs: a few trials of simulate (two threads), rendered.
  if (loaded.scenario->has_investment_case() && !loaded.scenario->ranged_inputs.empty()) {
    crmroi::SourcedSimulation simulated{"fuzz.json",
                                        std::nullopt,
                                        loaded.scenario->name,
                                        loaded.scenario->currency,
                                        loaded.scenario->horizon_months.value_or(0),
                                        {}};
    simulated.simulation = crmroi::simulate_scenario(*loaded.scenario, {.trials = 8, .seed = 1});
    for (const crmroi::FigureStatistics& figure : simulated.simulation.figures) {
      for (const auto& value : {figure.mean, figure.std_dev, figure.min, figure.max}) {
        crmroi::fuzz::require(!value || std::isfinite(*value),
                              "a simulated statistic is not finite");
      }
      for (const auto& value : figure.percentiles) {
        crmroi::fuzz::require(!value || std::isfinite(*value),
                              "a simulated percentile is not finite");
      }
    }
    for (const auto format :
         {crmroi::OutputFormat::table, crmroi::OutputFormat::json, crmroi::OutputFormat::jsonl,
          crmroi::OutputFormat::csv, crmroi::OutputFormat::markdown}) {
      const std::string rendered = crmroi::render_simulation(simulated, format, {});
      crmroi::fuzz::require(!rendered.empty() && rendered.back() == '\n',
                            "a rendered simulation is empty or does not end with a newline");
    }
  }
  return 0;
}
