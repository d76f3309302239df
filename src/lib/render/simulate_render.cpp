// crmroi simulate's output: statistics of each figure, probabilities, inputs, histogram.
#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "crmroi/number_format.hpp"
#include "crmroi/render_simulate.hpp"
#include "render/detail.hpp"
#include "render/escape.hpp"
#include "render/json_writer.hpp"
#include "render/text_table.hpp"

namespace crmroi {
namespace {

using render_detail::human_value;
using render_detail::HumanValue;

/// A number grouped for people, with `decimals` places.
std::string grouped_number(double value, int decimals) {
  return format_number(value, decimals, kTableStyle);
}

/// The unit column of CSV: the currency code for money, the quantity's name otherwise.
std::string unit_name(Quantity quantity, std::string_view currency) {
  return std::string(quantity == Quantity::money ? currency : quantity_name(quantity));
}

/// How each simulated figure is shown (the percent figures are fractions).
constexpr std::array<Quantity, simulated_figures.size()> kFigureQuantities = {
    Quantity::money,   Quantity::money, Quantity::money,   Quantity::percent,
    Quantity::percent, Quantity::money, Quantity::percent, Quantity::months};

/// A statistic of a figure: a number, or undefined with a reason.
struct Statistic {
  std::string_view key;
  Metric value;
  Quantity quantity;
};

std::string trials_text(std::size_t trials) {
  return grouped_number(static_cast<double>(trials), 0);
}

/// The statistics of one figure in the record's order (mean ... max, then defined and the
/// standard error), each a metric with its reason when undefined.
std::vector<Statistic> statistics_of(const SourcedSimulation& sourced, std::size_t figure) {
  const FigureStatistics& statistics = sourced.simulation.figures[figure];
  const Quantity quantity = kFigureQuantities[figure];
  const bool beyond = simulated_figures[figure].undefined == UndefinedTrials::beyond_horizon;
  const std::string none = figure == kIrrAnnualPercent ? "no trial has an IRR"
                           : beyond                    ? "no trial pays back within the horizon"
                                                       : "no trial has a value";
  const auto metric = [&](const std::optional<double>& value, const std::string& reason) {
    return value ? Metric::defined(*value) : Metric::undefined(reason);
  };
  const std::string few = statistics.defined == 0 ? none : "fewer than two trials have a value";
  const std::string percentile_gap =
      statistics.defined == 0 && !beyond
          ? none
          : "beyond the horizon (" + std::to_string(sourced.horizon_months) + " months)";
  std::vector<Statistic> rows;
  rows.push_back({"mean", metric(statistics.mean, none), quantity});
  rows.push_back({"std_dev", metric(statistics.std_dev, few), quantity});
  rows.push_back({"min", metric(statistics.min, none), quantity});
  constexpr std::array<std::string_view, 5> kPercentileKeys = {"p5", "p10", "p50", "p90", "p95"};
  for (std::size_t level = 0; level < kPercentileKeys.size(); ++level) {
    rows.push_back(
        {kPercentileKeys[level], metric(statistics.percentiles[level], percentile_gap), quantity});
  }
  rows.push_back({"max", metric(statistics.max, none), quantity});
  rows.push_back(
      {"defined", Metric::defined(static_cast<double>(statistics.defined)), Quantity::count});
  rows.push_back({"standard_error", metric(statistics.standard_error, few), quantity});
  return rows;
}

/// The probabilities under their keys, in the record's order.
std::vector<std::pair<std::string_view, double>> probabilities_of(
    const ScenarioSimulation& simulation) {
  std::vector<std::pair<std::string_view, double>> rows = {
      {"npv_negative", simulation.npv_negative},
      {"roi_negative", simulation.roi_negative},
      {"not_paid_back", simulation.not_paid_back}};
  if (simulation.meets_targets) rows.emplace_back("meets_targets", *simulation.meets_targets);
  for (const TargetProbability& target : simulation.targets) {
    rows.emplace_back(target.key, target.probability);
  }
  return rows;
}

/// Notes that hold for the whole record: left-out trials, a run without ranges.
std::vector<std::string> record_notes(const SourcedSimulation& sourced) {
  std::vector<std::string> notes;
  const ScenarioSimulation& simulation = sourced.simulation;
  if (simulation.inputs.empty()) {
    notes.push_back("the scenario has no ranged inputs: every trial is the same point");
  }
  const FigureStatistics& irr = simulation.figures[kIrrAnnualPercent];
  if (irr.defined < irr.trials) {
    notes.push_back("irr_annual_percent: " + trials_text(irr.trials - irr.defined) + " of " +
                    trials_text(irr.trials) + " trials have no IRR and are left out");
  }
  return notes;
}

void write_json(std::string& out, const SourcedSimulation& sourced, JsonWriter::Style style) {
  const ScenarioSimulation& simulation = sourced.simulation;
  const std::string_view currency = sourced.currency;
  std::vector<std::string> notes = record_notes(sourced);
  JsonWriter json(out, style);
  json.begin_object();
  render_detail::write_record_head(json, sourced.source, sourced.line, sourced.scenario, currency);
  json.int_member("trials", static_cast<long long>(simulation.trials));
  json.key("seed");
  json.raw_value(std::to_string(simulation.seed));
  json.key("metrics");
  json.begin_object();
  for (std::size_t figure = 0; figure < simulated_figures.size(); ++figure) {
    const std::string_view figure_key = simulated_figures[figure].key;
    json.key(figure_key);
    json.begin_object();
    for (const Statistic& statistic : statistics_of(sourced, figure)) {
      json.metric_member(statistic.key, statistic.value, statistic.quantity, currency,
                         std::string(figure_key) + "." + std::string(statistic.key), notes);
    }
    json.end_object();
  }
  json.end_object();
  json.key("probabilities");
  json.begin_object();
  for (const auto& [key, probability] : probabilities_of(simulation)) {
    json.key(key);
    json.number_value(probability, Quantity::ratio, currency);
  }
  json.end_object();
  json.object_array("inputs", simulation.inputs, [&](const SimulatedInputSummary& input) {
    json.string_member("pointer", input.pointer);
    json.string_member("label", input.label);
    render_detail::write_range(json, input.range, currency);
    json.number_member("theoretical_mean", input.theoretical_mean, Quantity::ratio, currency);
    json.number_member("sampled_mean", input.sampled_mean, Quantity::ratio, currency);
    json.bool_member("integer", input.integer);
  });
  render_detail::write_notes(json, notes);
  json.end_object();
  out.push_back('\n');
}

void write_csv(std::string& out, const SourcedSimulation& sourced) {
  const ScenarioSimulation& simulation = sourced.simulation;
  // fmt, not operator+: g++ 12 warns falsely on the chain (-Wrestrict, GCC bug 105329).
  const std::string prefix = fmt::format(
      "{}{},{},", render_detail::csv_row_prefix(sourced.source, sourced.line, sourced.scenario),
      simulation.trials, simulation.seed);
  for (std::size_t figure = 0; figure < simulated_figures.size(); ++figure) {
    for (const Statistic& statistic : statistics_of(sourced, figure)) {
      out += prefix;
      out += simulated_figures[figure].key;
      out += ',';
      out += statistic.key;
      out += ',';
      if (statistic.value.is_defined()) {
        append_number(out, statistic.value.value(), statistic.quantity, sourced.currency,
                      kMachineStyle);
      }
      out += ',' + unit_name(statistic.quantity, sourced.currency) + ',';
      if (!statistic.value.is_defined()) out += csv_field(statistic.value.reason());
      out += '\n';
    }
  }
  for (const auto& [key, probability] : probabilities_of(simulation)) {
    out += prefix + "probabilities," + std::string(key) + ",";
    append_number(out, probability, Quantity::ratio, sourced.currency, kMachineStyle);
    out += ",ratio,\n";
  }
}

std::string percent_of_trials(double probability) {
  return fmt::format("{:.1f} %", std::round(probability * 1000) / 10);
}

/// The probabilities in words: "NPV is negative in 12.3 % of 10,000 trials".
std::vector<std::string> probability_sentences(const SourcedSimulation& sourced) {
  const ScenarioSimulation& simulation = sourced.simulation;
  const std::string of = " of " + trials_text(simulation.trials) + " trials";
  std::vector<std::string> sentences = {
      "NPV is negative in " + percent_of_trials(simulation.npv_negative) + of,
      "ROI is negative in " + percent_of_trials(simulation.roi_negative) + of,
      "Not paid back within " + std::to_string(sourced.horizon_months) + " months in " +
          percent_of_trials(simulation.not_paid_back) + of};
  if (simulation.meets_targets) {
    std::string sentence =
        "Every target is met in " + percent_of_trials(*simulation.meets_targets) + of;
    std::vector<std::string> parts;
    for (const TargetProbability& target : simulation.targets) {
      const std::string_view name = target.key == "min_roi_percent"      ? "ROI"
                                    : target.key == "max_payback_months" ? "payback"
                                                                         : "NPV";
      parts.push_back(std::string(name) + " " + percent_of_trials(target.probability));
    }
    if (!parts.empty()) {
      sentence += " (";
      for (std::size_t index = 0; index < parts.size(); ++index) {
        sentence += (index == 0 ? "" : ", ") + parts[index];
      }
      sentence += ")";
    }
    sentences.push_back(sentence);
  }
  return sentences;
}

std::string header_line(const SourcedSimulation& sourced) {
  const ScenarioSimulation& simulation = sourced.simulation;
  std::string source = sourced.source;
  if (sourced.line) source += ":" + std::to_string(*sourced.line);
  return escape_control_characters(source) + " · " + trials_text(simulation.trials) +
         " trials · seed " + std::to_string(simulation.seed) + " · " +
         std::to_string(simulation.inputs.size()) + " ranged inputs · amounts in " +
         sourced.currency;
}

/// The statistics shown in the table and Markdown, with their column titles.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kShownStatistics = {{
    {"mean", "Mean"},
    {"p5", "P5"},
    {"p10", "P10"},
    {"p50", "P50"},
    {"p90", "P90"},
    {"p95", "P95"},
    {"std_dev", "Std dev"},
}};

/// A statistic for people: the number without the unit (the row's label carries it), or "n/a".
std::string short_value(const Statistic& statistic, std::string_view currency) {
  if (!statistic.value.is_defined()) return "n/a";
  const HumanValue value = human_value(statistic.value, statistic.quantity, currency);
  return value.number;
}

std::string row_label(std::size_t figure, std::string_view currency) {
  const std::string_view shown = quantity_symbol(kFigureQuantities[figure], currency);
  std::string label(simulated_figures[figure].label);
  label += " (";
  label += shown;
  label += ")";
  return label;
}

std::string render_table_text(const SourcedSimulation& sourced, const RenderOptions& options) {
  const ScenarioSimulation& simulation = sourced.simulation;
  std::string out = paint(escape_control_characters(sourced.scenario) + " — simulation",
                          Emphasis::bold, options.color) +
                    "\n" + header_line(sourced) + "\n\n";

  std::vector<Align> columns(kShownStatistics.size() + 1, Align::right);
  columns[0] = Align::left;
  TextTable table(columns);
  std::vector<Cell> head = {{""}};
  for (const auto& [key, title] : kShownStatistics) head.push_back({std::string(title)});
  table.add_row(head);
  table.add_rule({0, 1, 2, 3, 4, 5, 6, 7});
  std::vector<std::string> gaps;
  for (std::size_t figure = 0; figure < simulated_figures.size(); ++figure) {
    const std::vector<Statistic> statistics = statistics_of(sourced, figure);
    std::vector<Cell> row = {{row_label(figure, sourced.currency)}};
    for (const auto& shown : kShownStatistics) {
      const std::string_view key = shown.first;
      const std::string_view title = shown.second;
      const auto found = std::find_if(statistics.begin(), statistics.end(),
                                      [&](const Statistic& s) { return s.key == key; });
      row.push_back({short_value(*found, sourced.currency),
                     found->value.is_defined() ? Emphasis::plain : Emphasis::dim});
      if (!found->value.is_defined() && key != "std_dev") {
        const std::string gap = std::string(simulated_figures[figure].label) + " " +
                                std::string(title) + ": " + found->value.reason();
        if (std::find(gaps.begin(), gaps.end(), gap) == gaps.end()) gaps.push_back(gap);
      }
    }
    table.add_row(row);
  }
  out += table.render(options.color);
  for (const std::string& gap : gaps) out += "  n/a: " + gap + "\n";
  for (const std::string& note : record_notes(sourced)) out += "  note: " + note + "\n";
  out += "\n";
  for (const std::string& sentence : probability_sentences(sourced)) out += sentence + ".\n";

  // The NPV histogram, one line per bin, lowest first, with P5, P50 and P95 marked.
  const ScenarioSimulation::Histogram& histogram = simulation.npv_histogram;
  if (!histogram.counts.empty()) {
    out += "\n" +
           paint("NPV (" + sourced.currency + "), trials per bin", Emphasis::bold, options.color) +
           "\n";
    const std::size_t bins = histogram.counts.size();
    const double width = (histogram.high - histogram.low) / static_cast<double>(bins);
    const std::size_t most = *std::max_element(histogram.counts.begin(), histogram.counts.end());
    const auto& npv = simulation.figures[kNpv].percentiles;
    const auto bin_of = [&](double value) {
      if (bins == 1) return std::size_t{0};
      return std::min(bins - 1, static_cast<std::size_t>((value - histogram.low) / width));
    };
    std::vector<std::string> edges;
    std::size_t edge_width = 0;
    for (std::size_t bin = 0; bin < bins; ++bin) {
      edges.push_back(grouped_number(histogram.low + width * static_cast<double>(bin), 0));
      edge_width = std::max(edge_width, edges.back().size());
    }
    constexpr std::size_t kBarWidth = 40;
    const std::size_t count_width = trials_text(most).size();
    for (std::size_t bin = 0; bin < bins; ++bin) {
      const std::size_t length =
          most == 0 ? 0 : (histogram.counts[bin] * kBarWidth + most - 1) / most;
      std::string bar;
      for (std::size_t i = 0; i < length; ++i) bar += "█";
      std::string marks;
      for (const auto& [level, name] :
           {std::pair<std::size_t, const char*>{0, "P5"}, {2, "P50"}, {4, "P95"}}) {
        if (npv[level] && bin_of(*npv[level]) == bin)
          marks += std::string(marks.empty() ? "" : " ") + name;
      }
      const std::string count = trials_text(histogram.counts[bin]);
      out += std::string(edge_width - edges[bin].size(), ' ') + edges[bin] + " │" + bar +
             std::string(kBarWidth - length + 1 + count_width - count.size(), ' ') + count;
      if (!marks.empty()) out += "  ◀ " + marks;
      out += "\n";
    }
  }

  if (!simulation.inputs.empty()) {
    out += "\n" + paint("Ranged inputs", Emphasis::bold, options.color) + "\n";
    TextTable inputs({Align::left, Align::left, Align::right, Align::right, Align::right,
                      Align::right, Align::right});
    inputs.add_row(
        {{"input"}, {"distribution"}, {"low"}, {"likely"}, {"high"}, {"mean"}, {"sampled mean"}});
    inputs.add_rule({0, 1, 2, 3, 4, 5, 6});
    const auto number = [](double value) { return grouped_number(value, 2); };
    for (const SimulatedInputSummary& input : simulation.inputs) {
      inputs.add_row({{escape_control_characters(input.pointer)},
                      {std::string(distribution_name(input.range.distribution))},
                      {number(input.range.low)},
                      {number(input.range.likely)},
                      {number(input.range.high)},
                      {number(input.theoretical_mean)},
                      {number(input.sampled_mean)}});
    }
    out += inputs.render(options.color);
  }
  return out;
}

std::string render_markdown_text(const SourcedSimulation& sourced) {
  const ScenarioSimulation& simulation = sourced.simulation;
  std::string out = "## " + markdown_text(sourced.scenario) + " — simulation\n\n" +
                    markdown_text(header_line(sourced)) + "\n\n| figure |";
  for (const auto& [key, title] : kShownStatistics) {
    out += ' ';
    out += title;
    out += " |";
  }
  out += "\n|---|";
  for (std::size_t i = 0; i < kShownStatistics.size(); ++i) out += "---:|";
  out += "\n";
  for (std::size_t figure = 0; figure < simulated_figures.size(); ++figure) {
    const std::vector<Statistic> statistics = statistics_of(sourced, figure);
    out += "| " + markdown_text(row_label(figure, sourced.currency)) + " |";
    for (const auto& shown : kShownStatistics) {
      const std::string_view key = shown.first;
      const auto found = std::find_if(statistics.begin(), statistics.end(),
                                      [&](const Statistic& s) { return s.key == key; });
      out += ' ';
      out += short_value(*found, sourced.currency);
      out += " |";
    }
    out += "\n";
  }
  out += "\n";
  for (const std::string& sentence : probability_sentences(sourced)) out += "- " + sentence + ".\n";
  for (const std::string& note : record_notes(sourced))
    out += "- Note: " + markdown_text(note) + "\n";
  if (!simulation.inputs.empty()) {
    out +=
        "\n| input | distribution | low | likely | high | mean | sampled mean |\n"
        "|---|---|---:|---:|---:|---:|---:|\n";
    for (const SimulatedInputSummary& input : simulation.inputs) {
      out += "| `" + escape_control_characters(input.pointer) + "` | " +
             std::string(distribution_name(input.range.distribution)) + " | " +
             grouped_number(input.range.low, 2) + " | " + grouped_number(input.range.likely, 2) +
             " | " + grouped_number(input.range.high, 2) + " | " +
             grouped_number(input.theoretical_mean, 2) + " | " +
             grouped_number(input.sampled_mean, 2) + " |\n";
    }
  }
  return out;
}

}  // namespace

std::string render_simulation(const SourcedSimulation& sourced, OutputFormat format,
                              const RenderOptions& options) {
  static constexpr render_detail::FormatWriters<SourcedSimulation> kWriters{
      write_json, write_csv, render_markdown_text, render_table_text};
  return render_detail::render_in(format, options, kWriters, sourced);
}

std::string simulation_csv_header() {
  return "source,line,scenario,trials,seed,metric,statistic,value,unit,note\n";
}

std::string samples_csv_header(const ScenarioSimulation& simulation) {
  std::string out = "trial";
  for (const SimulatedInputSummary& input : simulation.inputs) {
    out += ',';
    out += csv_field(input.pointer);
  }
  for (const SimulatedFigureInfo& figure : simulated_figures) {
    out += ',';
    out += figure.key;
  }
  return out + "\n";
}

void append_sample_row(std::string& out, OutputFormat format, const SourcedSimulation& sourced,
                       std::uint64_t trial, std::span<const double> drawn,
                       std::span<const double> figures) {
  const std::string_view currency = sourced.currency;
  if (format == OutputFormat::csv) {
    out += std::to_string(trial);
    for (const double value : drawn) {
      out += ',';
      append_number(out, value, Quantity::ratio, currency, kMachineStyle);
    }
    for (std::size_t figure = 0; figure < figures.size(); ++figure) {
      out += ',';
      if (!std::isnan(figures[figure])) {
        append_number(out, figures[figure], kFigureQuantities[figure], currency, kMachineStyle);
      }
    }
    out += '\n';
    return;
  }
  JsonWriter json(out, JsonWriter::Style::compact);
  json.begin_object();
  json.string_member("source", sourced.source);
  json.string_member("scenario", sourced.scenario);
  json.key("trial");
  json.raw_value(std::to_string(trial));
  json.key("inputs");
  json.begin_object();
  for (std::size_t index = 0; index < drawn.size(); ++index) {
    json.key(sourced.simulation.inputs[index].pointer);
    json.number_value(drawn[index], Quantity::ratio, currency);
  }
  json.end_object();
  for (std::size_t figure = 0; figure < figures.size(); ++figure) {
    json.key(simulated_figures[figure].key);
    if (std::isnan(figures[figure])) {
      json.null_value();
    } else {
      json.number_value(figures[figure], kFigureQuantities[figure], currency);
    }
  }
  json.end_object();
  out += '\n';
}

}  // namespace crmroi
