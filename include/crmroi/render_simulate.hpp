// The output of crmroi simulate in every format: the statistics of each figure, the
// probabilities, the inputs, and (table) the probabilities in words and an NPV histogram; and
// the rows of --samples.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "crmroi/render.hpp"
#include "crmroi/scenario_simulation.hpp"

namespace crmroi {

/// A simulation with where it came from.
struct SourcedSimulation {
  std::string source;
  std::optional<long> line;  ///< JSON Lines input
  std::string scenario;      ///< the scenario's name
  std::string currency;
  int horizon_months = 0;
  ScenarioSimulation simulation;
};

/// One scenario's simulation in `format`, ending with a newline:
/// - json / jsonl: {format_version, source, line?, scenario, currency, trials, seed, metrics:
///   {<figure>: {mean, std_dev, min, p5, p10, p50, p90, p95, max, defined, standard_error}},
///   probabilities: {npv_negative, roi_negative, not_paid_back, meets_targets?, <target>?},
///   inputs: [{pointer, label, distribution, low, likely, high, integer, theoretical_mean,
///   sampled_mean}], notes}; an undefined statistic is null with its reason in notes;
/// - csv: rows of simulation_csv_header() (one per figure and statistic, then probabilities);
/// - markdown: a "##" section with the tables;
/// - table: the figures' percentiles, the probabilities in words, an NPV histogram with P5, P50
///   and P95 marked, the inputs.
std::string render_simulation(const SourcedSimulation& sourced, OutputFormat format,
                              const RenderOptions& options);

/// "source,line,scenario,trials,seed,metric,statistic,value,unit,note\n"
std::string simulation_csv_header();

/// The header of --samples in CSV: "trial,<each input pointer>,<each figure key>\n".
std::string samples_csv_header(const ScenarioSimulation& simulation);

/// One --samples row: the trial, its drawn inputs (in simulation.inputs order) and its figures
/// (NaN: undefined, written empty in CSV and null in JSON Lines), ending with a newline. JSON
/// Lines: {"source","scenario","trial","inputs":{pointer: value},<figure>: value...}.
void append_sample_row(std::string& out, OutputFormat format, const SourcedSimulation& sourced,
                       std::uint64_t trial, std::span<const double> drawn,
                       std::span<const double> figures);

}  // namespace crmroi
