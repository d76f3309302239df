#include "crmroi/scenario_simulation.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <thread>

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
/// by Newton's method when it is unique (grid and Brent otherwise) and the present values by
/// multiplying by the discount factor: the same figures as calc's to about 1e-15 relative.
constexpr HeadlineOptions kSimulatedHeadline{.irr_method = IrrMethod::newton_when_unique,
                                             .divide_each_period = false,
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

/// P(NPV < 0), P(ROI < 0), P(no payback) and the targets' probabilities, from the figures of
/// the trials in trial order.
void count_probabilities(const Scenario& scenario, const SimulationSamples& samples,
                         ScenarioSimulation& result) {
  const std::size_t trials = result.trials;
  if (trials == 0) return;
  const std::vector<double>& npv = samples.figures[kNpv];
  const std::vector<double>& roi = samples.figures[kRoiPercent];
  const std::vector<double>& payback = samples.figures[kPaybackMonths];
  std::size_t npv_negative = 0;
  std::size_t roi_negative = 0;
  std::size_t not_paid_back = 0;
  for (std::size_t trial = 0; trial < trials; ++trial) {
    npv_negative += npv[trial] < 0;
    roi_negative += roi[trial] < 0;
    not_paid_back += std::isnan(payback[trial]);
  }
  result.npv_negative = share(npv_negative, trials);
  result.roi_negative = share(roi_negative, trials);
  result.not_paid_back = share(not_paid_back, trials);
  if (!scenario.targets) return;
  const Targets& targets = *scenario.targets;
  // Each target's threshold as the figure holds it (ROI as a fraction); a trial without the
  // figure misses the target (payback beyond the horizon, no ROI).
  const auto roi_met = [&](std::size_t t) {
    return !std::isnan(roi[t]) && roi[t] * 100 >= *targets.min_roi_percent;
  };
  const auto payback_met = [&](std::size_t t) {
    return !std::isnan(payback[t]) && payback[t] <= *targets.max_payback_months;
  };
  const auto npv_met = [&](std::size_t t) { return npv[t] >= *targets.min_npv; };
  std::size_t roi_count = 0;
  std::size_t payback_count = 0;
  std::size_t npv_count = 0;
  std::size_t all_met = 0;
  for (std::size_t trial = 0; trial < trials; ++trial) {
    const bool roi_ok = !targets.min_roi_percent || roi_met(trial);
    const bool payback_ok = !targets.max_payback_months || payback_met(trial);
    const bool npv_ok = !targets.min_npv || npv_met(trial);
    roi_count += roi_ok;
    payback_count += payback_ok;
    npv_count += npv_ok;
    all_met += roi_ok && payback_ok && npv_ok;
  }
  if (!targets.min_roi_percent && !targets.max_payback_months && !targets.min_npv) return;
  result.meets_targets = share(all_met, trials);
  if (targets.min_roi_percent) {
    result.targets.push_back({"min_roi_percent", share(roi_count, trials)});
  }
  if (targets.max_payback_months) {
    result.targets.push_back({"max_payback_months", share(payback_count, trials)});
  }
  if (targets.min_npv) result.targets.push_back({"min_npv", share(npv_count, trials)});
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

  // The statistics reorder each figure's trials, so the probabilities and the histogram, which
  // read NPV, ROI and payback in trial order, come before those three figures' statistics. With
  // two threads, one summarises the other figures meanwhile; every figure is summarised alone,
  // so the thread count changes no bit of the result.
  const auto summarize = [&](std::size_t figure) {
    result.figures[figure] =
        summarize_trials(samples.figures[figure], simulated_figures[figure].undefined);
  };
  const auto summarize_others = [&] {
    for (const std::size_t figure :
         {kTotalCost, kTotalBenefit, kNet, kPvRoiPercent, kIrrAnnualPercent}) {
      summarize(figure);
    }
  };
  std::thread others;
  if (settings.threads > 1 && settings.trials >= simulation_block_trials) {
    others = std::thread(summarize_others);
  }
  struct JoinOnExit {
    std::thread& thread;
    ~JoinOnExit() {
      if (thread.joinable()) thread.join();
    }
  } join_on_exit{others};
  count_probabilities(scenario, samples, result);
  result.npv_histogram = histogram_of(samples.figures[kNpv]);
  for (const std::size_t figure : {kRoiPercent, kNpv, kPaybackMonths}) summarize(figure);
  if (others.joinable()) {
    others.join();
  } else {
    summarize_others();
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
