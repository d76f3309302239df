// Reading the inputs named on the command line: files, and standard input ("-") holding one JSON
// document or JSON Lines; loading each document as a scenario and reporting its problems.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/scenario.hpp"

namespace crmroi::cli {

class Diagnostics;

/// The largest document crmroi reads: a file, standard input as one document, or one line of
/// JSON Lines (64 MiB, inclusive).
inline constexpr std::size_t kMaxInputBytes = std::size_t{64} * 1024 * 1024;

/// The name of standard input in messages and reports.
inline constexpr std::string_view kStdinName = "<stdin>";

/// The name of an input: "<stdin>" for "-", the path as given otherwise.
std::string input_name(std::string_view argument);

/// The usage problem of the input arguments, if any: standard input ("-") given more than once.
std::optional<std::string> check_input_arguments(const std::vector<std::string>& arguments);

/// One JSON text to load: a whole file or standard input, or one line of JSON Lines.
struct InputDocument {
  std::string_view source;   ///< the path, or "<stdin>"
  std::optional<long> line;  ///< the 1-based input line for a line of JSON Lines
  std::string_view text;
};

/// Called for each document in order; returns false to stop reading (the output went away).
using DocumentHandler = std::function<bool(const InputDocument&)>;

/// Reads one input and hands its documents to `handler`; returns false when the handler asked to
/// stop. Problems go to `diagnostics`:
/// - a file that cannot be opened or read (missing, a directory, no permission) and a closed
///   standard input: "FILE: cannot read: <reason>", I/O error (4);
/// - a file larger than kMaxInputBytes (refused before reading when its size is known):
///   "FILE: file is larger than the 64 MiB limit", invalid data (3); likewise standard input;
/// - an empty input, or one of whitespace only: "FILE: ... empty ..." / "<stdin>: no input;
///   expected a JSON object or JSON Lines (...)", invalid data (3).
///
/// A file holds one JSON document. Standard input holds one document or JSON Lines, decided by
/// its first non-blank line: when that line starts with "{" and is a complete JSON value on its
/// own, every line is a document (blank lines skipped, each handed over as soon as it is read,
/// in constant memory); otherwise the whole input is one document. A line longer than
/// kMaxInputBytes is reported ("<stdin>:N: line is longer than the 64 MiB limit") and ends the
/// reading.
bool read_input(std::string_view argument, Diagnostics& diagnostics,
                const DocumentHandler& handler);

/// A valid scenario and where it came from.
struct LoadedScenario {
  std::string_view source;
  std::optional<long> line;
  Scenario scenario;
};

/// Called for each valid scenario in order; returns false to stop.
using ScenarioHandler = std::function<bool(LoadedScenario&)>;

/// Reads every input in order (read_input), loads each document with load_scenario, reports
/// every problem of a bad document (all at once, exit 3), prints the warnings of a valid one
/// (Diagnostics::warning) and hands each valid scenario to `handler`. Stops early only when the
/// handler returns false.
void for_each_scenario(const std::vector<std::string>& arguments, Diagnostics& diagnostics,
                       const ScenarioHandler& handler);

}  // namespace crmroi::cli
