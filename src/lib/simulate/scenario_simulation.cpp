#include "crmroi/scenario_simulation.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "crmroi/report.hpp"
#include "crmroi/scenario_inputs.hpp"
#include "crmroi/simulation.hpp"

namespace crmroi {
namespace {

constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();

double number_or_undefined(const Metric& metric) {
  return metric.is_defined() ? metric.value() : kUndefined;
}

/// A money figure, undefined (never inf) when it overflows a double.
double finite_or_undefined(double value) { return std::isfinite(value) ? value : kUndefined; }

/// The ranged inputs of `scenario` for the simulation loop, with labels and integer flags from
/// the field tables.
std::vector<SimulatedInput> simulated_inputs(const Scenario& scenario,
                                             std::vector<std::string>* labels) {
  std::vector<SimulatedInput> inputs;
  inputs.reserve(scenario.ranged_inputs.size());
  for (const RangedInput& ranged : scenario.ranged_inputs) {
    inputs.push_back({ranged.pointer, ranged.range, false});
  }
  if (labels) labels->assign(inputs.size(), {});
  for_each_input(scenario, [&](const Input& input) {
    for (std::size_t index = 0; index < inputs.size(); ++index) {
      if (inputs[index].pointer != input.pointer) continue;
      inputs[index].integer = input.field && input.field->rule && input.field->rule->integer;
      if (labels) (*labels)[index] = std::string(input.label);
    }
  });
  return inputs;
}

/// What a trial works out: the figures simulate reports (not the discounted payback), the IRR
/// by Newton's method when it is unique (grid and Brent otherwise; the same rate to about 1e-15).
constexpr HeadlineOptions kSimulatedHeadline{.irr_method = IrrMethod::newton_when_unique,
                                             .discounted_payback = false};

/// One worker's copy of the scenario, whose ranged inputs each trial overwrites.
class TrialModel {
 public:
  TrialModel(const Scenario& scenario, const std::vector<SimulatedInput>& inputs)
      : scenario_(scenario) {
    std::vector<std::string> pointers;
    pointers.reserve(inputs.size());
    for (const SimulatedInput& input : inputs) pointers.push_back(input.pointer);
    setters_ = input_setters(scenario_, pointers);
  }

  void evaluate(std::span<const double> drawn, std::span<double> figures) {
    for (std::size_t index = 0; index < setters_.size(); ++index) setters_[index](drawn[index]);
    const std::optional<HeadlineFigures> headline =
        evaluate_numbers(scenario_, workspace_, kSimulatedHeadline);
    if (!headline) {
      for (double& figure : figures) figure = kUndefined;
      return;
    }
    figures[kTotalCost] = finite_or_undefined(headline->total_cost);
    figures[kTotalBenefit] = finite_or_undefined(headline->total_benefit);
    figures[kNet] = finite_or_undefined(headline->net);
    figures[kRoiPercent] = number_or_undefined(headline->roi);
    figures[kPvRoiPercent] = number_or_undefined(headline->pv_roi);
    figures[kNpv] = finite_or_undefined(headline->npv);
    figures[kIrrAnnualPercent] = number_or_undefined(headline->irr_annual);
    figures[kPaybackMonths] = number_or_undefined(headline->payback_months);
  }

 private:
  Scenario scenario_;
  std::vector<std::function<void(double)>> setters_;
  PeriodFlows workspace_;
};

double share(std::size_t count, std::size_t trials) {
  return static_cast<double>(count) / static_cast<double>(trials);
}

ScenarioSimulation::Histogram histogram_of(const std::vector<double>& values) {
  ScenarioSimulation::Histogram histogram;
  if (values.empty()) return histogram;
  const auto [lowest, highest] = std::minmax_element(values.begin(), values.end());
  histogram.low = *lowest;
  histogram.high = *highest;
  const std::size_t bins = histogram.high > histogram.low ? npv_histogram_bins : 1;
  histogram.counts.assign(bins, 0);
  const double width = (histogram.high - histogram.low) / static_cast<double>(bins);
  for (const double value : values) {
    std::size_t bin = 0;
    if (bins > 1) {
      bin = static_cast<std::size_t>((value - histogram.low) / width);
      bin = std::min(bin, bins - 1);
    }
    ++histogram.counts[bin];
  }
  return histogram;
}

}  // namespace

ScenarioSimulation simulate_scenario(const Scenario& scenario, const SimulationSettings& settings) {
  std::vector<std::string> labels;
  SimulationPlan plan;
  plan.inputs = simulated_inputs(scenario, &labels);
  plan.figure_count = simulated_figures.size();
  plan.trials = settings.trials;
  plan.seed = settings.seed;
  plan.threads = settings.threads;
  plan.make_evaluator = [&scenario, &plan] {
    auto model = std::make_shared<TrialModel>(scenario, plan.inputs);
    return [model](std::span<const double> drawn, std::span<double> figures) {
      model->evaluate(drawn, figures);
    };
  };
  SimulationSamples samples = run_simulation(plan);

  ScenarioSimulation result;
  result.trials = settings.trials;
  result.seed = settings.seed;
  for (std::size_t index = 0; index < plan.inputs.size(); ++index) {
    const SimulatedInput& input = plan.inputs[index];
    result.inputs.push_back(
        {input.pointer, labels[index], input.range, input.integer, range_mean(input.range),
         samples.sampled_input_means.empty() ? input.range.likely
                                             : samples.sampled_input_means[index]});
  }

  // Probabilities first: they need the trials in order, which the statistics reorder.
  const std::vector<double>& npv = samples.figures[kNpv];
  const std::vector<double>& roi = samples.figures[kRoiPercent];
  const std::vector<double>& payback = samples.figures[kPaybackMonths];
  std::size_t npv_negative = 0;
  std::size_t roi_negative = 0;
  std::size_t not_paid_back = 0;
  const std::optional<Targets>& targets = scenario.targets;
  struct TargetCount {
    std::string_view key;
    std::function<bool(std::size_t)> met;
    std::size_t count = 0;
  };
  std::vector<TargetCount> target_counts;
  if (targets && targets->min_roi_percent) {
    const double minimum = *targets->min_roi_percent;
    target_counts.push_back({"min_roi_percent", [&, minimum](std::size_t t) {
                               return !std::isnan(roi[t]) && roi[t] * 100 >= minimum;
                             }});
  }
  if (targets && targets->max_payback_months) {
    const double maximum = *targets->max_payback_months;
    target_counts.push_back({"max_payback_months", [&, maximum](std::size_t t) {
                               return !std::isnan(payback[t]) && payback[t] <= maximum;
                             }});
  }
  if (targets && targets->min_npv) {
    const double minimum = *targets->min_npv;
    target_counts.push_back({"min_npv", [&, minimum](std::size_t t) { return npv[t] >= minimum; }});
  }
  std::size_t all_met = 0;
  for (std::size_t trial = 0; trial < settings.trials; ++trial) {
    npv_negative += npv[trial] < 0;
    roi_negative += roi[trial] < 0;
    not_paid_back += std::isnan(payback[trial]);
    bool every = true;
    for (TargetCount& target : target_counts) {
      const bool met = target.met(trial);
      target.count += met;
      every = every && met;
    }
    all_met += every;
  }
  if (settings.trials > 0) {
    result.npv_negative = share(npv_negative, settings.trials);
    result.roi_negative = share(roi_negative, settings.trials);
    result.not_paid_back = share(not_paid_back, settings.trials);
    if (!target_counts.empty()) {
      result.meets_targets = share(all_met, settings.trials);
      for (const TargetCount& target : target_counts) {
        result.targets.push_back({target.key, share(target.count, settings.trials)});
      }
    }
  }

  result.npv_histogram = histogram_of(npv);
  for (std::size_t figure = 0; figure < simulated_figures.size(); ++figure) {
    result.figures[figure] =
        summarize_trials(samples.figures[figure], simulated_figures[figure].undefined);
  }
  return result;
}

struct ScenarioTrials::State {
  std::vector<SimulatedInput> inputs;
  std::vector<std::uint64_t> keys;
  TrialModel model;

  State(const Scenario& scenario, std::uint64_t seed)
      : inputs(simulated_inputs(scenario, nullptr)),
        keys(input_stream_keys(inputs, seed)),
        model(scenario, inputs) {}
};

ScenarioTrials::ScenarioTrials(const Scenario& scenario, std::uint64_t seed)
    : state_(std::make_unique<State>(scenario, seed)) {}

ScenarioTrials::~ScenarioTrials() = default;

std::size_t ScenarioTrials::input_count() const { return state_->inputs.size(); }

void ScenarioTrials::run(std::uint64_t trial, std::span<double> drawn, std::span<double> figures) {
  draw_trial_inputs(state_->inputs, state_->keys, trial, drawn);
  state_->model.evaluate(drawn, figures);
}

}  // namespace crmroi
