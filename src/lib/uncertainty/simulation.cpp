#include "crmroi/simulation.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

#include "metrics/compensated_sum.hpp"

namespace crmroi {

std::vector<std::uint64_t> input_stream_keys(std::span<const SimulatedInput> inputs,
                                             std::uint64_t seed) {
  std::vector<std::uint64_t> keys;
  keys.reserve(inputs.size());
  for (const SimulatedInput& input : inputs) keys.push_back(input_stream_key(seed, input.pointer));
  return keys;
}

namespace {

std::vector<RangeSampler> samplers_of(std::span<const SimulatedInput> inputs) {
  std::vector<RangeSampler> samplers;
  samplers.reserve(inputs.size());
  for (const SimulatedInput& input : inputs) samplers.emplace_back(input.range);
  return samplers;
}

void draw_with_samplers(std::span<const SimulatedInput> inputs,
                        std::span<const RangeSampler> samplers,
                        std::span<const std::uint64_t> stream_keys, std::uint64_t trial,
                        std::span<double> drawn) {
  for (std::size_t index = 0; index < inputs.size(); ++index) {
    TrialRandom random(stream_keys[index], trial);
    const double value = samplers[index].draw(random);
    drawn[index] = inputs[index].integer ? round_half_up(value) : value;
  }
}

}  // namespace

void draw_trial_inputs(std::span<const SimulatedInput> inputs,
                       std::span<const std::uint64_t> stream_keys, std::uint64_t trial,
                       std::span<double> drawn) {
  draw_with_samplers(inputs, samplers_of(inputs), stream_keys, trial, drawn);
}

SimulationSamples run_simulation(const SimulationPlan& plan) {
  const std::size_t input_count = plan.inputs.size();
  const std::vector<std::uint64_t> keys = input_stream_keys(plan.inputs, plan.seed);
  const std::vector<RangeSampler> samplers = samplers_of(plan.inputs);
  const std::size_t blocks = (plan.trials + simulation_block_trials - 1) / simulation_block_trials;

  SimulationSamples samples;
  samples.figures.assign(plan.figure_count, std::vector<double>(plan.trials));
  // block_input_sums[block * input_count + input]: the sum of that input's draws in that block.
  std::vector<double> block_input_sums(blocks * input_count);

  const std::size_t workers =
      std::clamp<std::size_t>(plan.threads, 1, std::max<std::size_t>(blocks, 1));
  std::vector<TrialEvaluator> evaluators;
  evaluators.reserve(workers);
  for (std::size_t worker = 0; worker < workers; ++worker) {
    evaluators.push_back(plan.make_evaluator());
  }

  std::atomic<std::size_t> next_block{0};
  std::atomic<bool> failed{false};
  std::vector<std::exception_ptr> errors(workers);

  const auto work = [&](std::size_t worker) {
    try {
      std::vector<double> drawn(input_count);
      std::vector<double> figures(plan.figure_count);
      std::vector<detail::CompensatedSum> sums(input_count);
      for (;;) {
        const std::size_t block = next_block.fetch_add(1);
        if (block >= blocks || failed.load()) return;
        const std::size_t first = block * simulation_block_trials;
        const std::size_t end = std::min(plan.trials, first + simulation_block_trials);
        std::fill(sums.begin(), sums.end(), detail::CompensatedSum{});
        for (std::size_t trial = first; trial < end; ++trial) {
          draw_with_samplers(plan.inputs, samplers, keys, trial, drawn);
          for (std::size_t input = 0; input < input_count; ++input) sums[input].add(drawn[input]);
          evaluators[worker](drawn, figures);
          for (std::size_t figure = 0; figure < plan.figure_count; ++figure) {
            samples.figures[figure][trial] = figures[figure];
          }
        }
        for (std::size_t input = 0; input < input_count; ++input) {
          block_input_sums[block * input_count + input] = sums[input].value();
        }
      }
    } catch (...) {
      errors[worker] = std::current_exception();
      failed.store(true);
    }
  };

  std::vector<std::thread> threads;
  threads.reserve(workers - 1);
  for (std::size_t worker = 1; worker < workers; ++worker) threads.emplace_back(work, worker);
  work(0);
  for (std::thread& thread : threads) thread.join();
  for (const std::exception_ptr& error : errors) {
    if (error) std::rethrow_exception(error);
  }

  if (plan.trials == 0) return samples;
  samples.sampled_input_means.assign(input_count, 0);
  for (std::size_t input = 0; input < input_count; ++input) {
    detail::CompensatedSum total;
    for (std::size_t block = 0; block < blocks; ++block) {
      total.add(block_input_sums[block * input_count + input]);
    }
    samples.sampled_input_means[input] = total.value() / static_cast<double>(plan.trials);
  }
  return samples;
}

}  // namespace crmroi
