// Command-line options shared by the report commands (calc, compare, check, validate), declared
// once so that every command spells and checks them the same way.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "csv_output.hpp"

namespace crmroi::cli {

/// The name given to the validator of an option whose value is one of a few words: "choices: "
/// and the words, from the list the help and the error message show:
///   choices_validator_name("table, json, jsonl, csv, markdown")
///     -> "choices: table json jsonl csv markdown"
/// The man page and the shell completions (src/docgen) read an option's choices from it, so
/// they offer what the check accepts. Give it as the check's name: ->check(validator, name).
std::string choices_validator_name(std::string_view comma_separated_choices);

/// The start of a choices validator's name.
inline constexpr std::string_view kChoicesValidatorPrefix = "choices: ";

/// Checks that an option's value is one of a few words (`accepts` says which): any other is the
/// usage error "unknown <what> '<value>'; expected <expected>" (expected: "one of <choices>"
/// unless given), and the check is named with choices_validator_name(choices):
///   check_choice(*option, "format", "table, json", [](std::string_view v) { return v == "json";
///   });
void check_choice(CLI::Option& option, std::string_view what, std::string_view choices,
                  std::function<bool(std::string_view)> accepts, std::string_view expected = {});

/// FILE... : one or more scenario files, "-" for standard input (required).
void add_input_files(CLI::App& command, std::vector<std::string>& inputs);

/// --format table|json|jsonl|csv|markdown (default "table"). An unknown name is a usage error:
/// "--format: unknown format 'xml'; expected one of table, json, jsonl, csv, markdown".
void add_format_option(CLI::App& command, std::string& format);

/// The usage error of an empty -o/--output value (`--output="$OUT"` with OUT empty).
inline constexpr const char* kEmptyOutputMessage =
    "the file name is empty; name a file, or leave out -o to write to standard output";

/// -o,--output FILE: write the output atomically to FILE instead of standard output. An empty
/// FILE is a usage error (kEmptyOutputMessage).
void add_output_option(CLI::App& command, std::string& output);

/// --color auto|always|never (default "auto").
void add_color_option(CLI::App& command, std::string& color);

/// --width N: the width tables fit (20 to 1000; default: COLUMNS, the terminal, else 100).
void add_width_option(CLI::App& command, std::optional<std::size_t>& width);

/// --strict: warnings (values that are legal but probably mistaken) make the exit code 3.
void add_strict_flag(CLI::App& command, bool& strict);

/// The options every report command ends with, in this order: -o/--output and --color, then
/// --width, --strict and the spreadsheet flags (--excel, --delimiter) where `options` has the
/// members width, strict and spreadsheet:
///   add_output_options(*command, *options);  // calc: -o, --color, --width, --strict, --excel...
template <class Options>
void add_output_options(CLI::App& command, Options& options) {
  add_output_option(command, options.output);
  add_color_option(command, options.color);
  if constexpr (requires { options.width; }) add_width_option(command, options.width);
  if constexpr (requires { options.strict; }) add_strict_flag(command, options.strict);
  if constexpr (requires { options.spreadsheet; }) {
    add_spreadsheet_flags(command, options.spreadsheet);
  }
}

/// The check of an option that takes a whole number from `min` to `max` (digits only, no sign):
/// any other value is the usage error "expected <expected>, found '<value>'":
///   whole_number_check(20, 1000, "a number of columns from 20 to 1000")
CLI::Validator whole_number_check(unsigned long min, unsigned long max, std::string expected);

/// The check of an option that takes a decimal number (all of the value, as strtod reads it)
/// that `accepts`: any other value is the usage error "expected <expected>, found '<value>'":
///   decimal_number_check([](double p) { return p > 0 && p <= 100; }, "a percentage ...")
CLI::Validator decimal_number_check(std::function<bool(double)> accepts, std::string expected);

/// Stops the command with a usage error (exit 2): "crmroi: <message>" and the --help hint.
/// For problems found after parsing, such as "-" given twice. Throws CLI::ValidationError.
[[noreturn]] void throw_usage_error(const std::string& message);

/// The usage check of FILE... (throw_usage_error when "-" is given more than once).
void check_inputs_or_throw(const std::vector<std::string>& inputs);

/// check_inputs_or_throw, and -o naming one of the inputs (the same name, or the same file through
/// a link or another path) is a usage error: "-o/--output 'a.json' is also an input; name another
/// file (an input is never overwritten)".
void check_inputs_or_throw(const std::vector<std::string>& inputs, const std::string& output);

}  // namespace crmroi::cli
