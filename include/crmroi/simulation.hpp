// The Monte Carlo loop, apart from any scenario: draws every ranged input of every trial from its
// own counter-based stream, lets a caller-supplied evaluator turn the draws into figures, and keeps
// one number per figure and trial, on as many threads as asked. The result is the same, bit for
// bit, with any number of threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "crmroi/range_distribution.hpp"

namespace crmroi {

/// A ranged input: where it is (its JSON pointer names its random stream) and how it spreads.
struct SimulatedInput {
  std::string pointer;
  Range range;
  bool integer = false;  ///< months, users: each draw rounded to the nearest integer, halves up
};

/// The stream key of each input for `seed` (input_stream_key of its pointer), in input order.
std::vector<std::uint64_t> input_stream_keys(std::span<const SimulatedInput> inputs,
                                             std::uint64_t seed);

/// The drawn value of every input in trial `trial` into `drawn` (one per input): the input's own
/// TrialRandom(key, trial), one draw, rounded for integer inputs. The same for any thread and
/// any order of trials: `--samples` output calls it again to print a trial's inputs.
void draw_trial_inputs(std::span<const SimulatedInput> inputs,
                       std::span<const std::uint64_t> stream_keys, std::uint64_t trial,
                       std::span<double> drawn);

/// Evaluates one trial: the drawn inputs in, one number per figure out (NaN where the figure is
/// undefined in that trial). One evaluator per thread, so it may keep and mutate its own state.
using TrialEvaluator =
    std::function<void(std::span<const double> drawn, std::span<double> figures)>;

/// What to simulate.
struct SimulationPlan {
  std::vector<SimulatedInput> inputs;
  std::size_t figure_count = 0;
  std::size_t trials = 0;
  std::uint64_t seed = 1;
  unsigned threads = 1;  ///< workers, the calling thread included (0 counts as 1)
  /// Called once per worker, on the calling thread, before any trial runs.
  std::function<TrialEvaluator()> make_evaluator;
};

/// The trials' figures and the inputs' sampled means.
struct SimulationSamples {
  /// figures[f][t]: figure f in trial t (NaN: undefined): 8 bytes per figure and trial.
  std::vector<std::vector<double>> figures;
  /// The mean of each input's draws (after rounding), summed block by block in trial order;
  /// empty when there are no trials.
  std::vector<double> sampled_input_means;
};

/// Trials run in blocks of this many; a worker takes the next free block. Sums over trials are
/// kept per block and added in block order, so the thread count never changes a bit of them.
inline constexpr std::size_t simulation_block_trials = 4096;

/// Runs every trial of `plan`. An exception thrown by an evaluator stops the run and is rethrown
/// here once every worker has stopped.
SimulationSamples run_simulation(const SimulationPlan& plan);

}  // namespace crmroi
