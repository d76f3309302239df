#include "options.hpp"

#include <sys/stat.h>

#include <cstdlib>

#include "crmroi/render.hpp"
#include "input.hpp"
#include "render/escape.hpp"
#include "terminal.hpp"

namespace crmroi::cli {

std::string choices_validator_name(std::string_view comma_separated_choices) {
  std::string name(kChoicesValidatorPrefix);
  std::string_view rest = comma_separated_choices;
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    std::string_view word = rest.substr(0, comma);
    while (!word.empty() && word.front() == ' ') word.remove_prefix(1);
    while (!word.empty() && word.back() == ' ') word.remove_suffix(1);
    if (name.size() > kChoicesValidatorPrefix.size()) name.push_back(' ');
    name.append(word);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  return name;
}

void add_input_files(CLI::App& command, std::vector<std::string>& inputs) {
  command.add_option("FILE", inputs, "Scenario files; - reads standard input")
      ->required()
      ->type_name("");
}

void check_choice(CLI::Option& option, std::string_view what, std::string_view choices,
                  std::function<bool(std::string_view)> accepts, std::string_view expected) {
  std::string problem = "unknown " + std::string(what) + " '";
  std::string expectation = "'; expected ";
  expectation += expected.empty() ? "one of " + std::string(choices) : std::string(expected);
  option.check(CLI::Validator(
                   [accepts = std::move(accepts), problem = std::move(problem),
                    expectation = std::move(expectation)](std::string& value) -> std::string {
                     if (accepts(value)) return {};
                     return problem + escape_control_characters(value) + expectation;
                   },
                   ""),
               choices_validator_name(choices));
}

void add_format_option(CLI::App& command, std::string& format) {
  CLI::Option* option =
      command
          .add_option("--format", format,
                      "Output format: " + std::string(kOutputFormatNames) + " (default: table)")
          ->type_name("FORMAT");
  check_choice(*option, "format", kOutputFormatNames,
               [](std::string_view value) { return parse_output_format(value).has_value(); });
}

void add_output_option(CLI::App& command, std::string& output) {
  command
      .add_option("-o,--output", output,
                  "Write to FILE (atomically: a temporary file renamed at the end, only when every "
                  "input succeeded; never one of the inputs)")
      ->type_name("FILE")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            if (!value.empty()) return {};
            return kEmptyOutputMessage;
          },
          ""));
}

void add_color_option(CLI::App& command, std::string& color) {
  CLI::Option* option =
      command
          .add_option(
              "--color", color,
              "Colour in tables: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), "
              "always, never")
          ->type_name("WHEN");
  check_choice(
      *option, "value", "auto, always, never",
      [](std::string_view value) { return parse_color_when(value).has_value(); },
      "auto, always or never");
}

void add_width_option(CLI::App& command, std::optional<std::size_t>& width) {
  command
      .add_option("--width", width,
                  "Fit tables in N columns (default: COLUMNS, else the terminal's width, else "
                  "100)")
      ->type_name("N")
      ->check(whole_number_check(20, 1000, "a number of columns from 20 to 1000"));
}

namespace {

// A check that takes the value when `accepts` does, else "expected <expected>, found '<value>'".
CLI::Validator expected_value_check(std::function<bool(const std::string&)> accepts,
                                    std::string expected) {
  return CLI::Validator(
      [accepts = std::move(accepts), expected = std::move(expected)](std::string& value) {
        if (accepts(value)) return std::string();
        return "expected " + expected + ", found '" + escape_control_characters(value) + "'";
      },
      "");
}

}  // namespace

CLI::Validator whole_number_check(unsigned long min, unsigned long max, std::string expected) {
  return expected_value_check(
      [min, max](const std::string& value) {
        char* end = nullptr;
        const unsigned long number = std::strtoul(value.c_str(), &end, 10);
        return !value.empty() && value.front() != '-' && *end == '\0' && number >= min &&
               number <= max;
      },
      std::move(expected));
}

CLI::Validator decimal_number_check(std::function<bool(double)> accepts, std::string expected) {
  return expected_value_check(
      [accepts = std::move(accepts)](const std::string& value) {
        char* end = nullptr;
        const double number = std::strtod(value.c_str(), &end);
        return !value.empty() && *end == '\0' && accepts(number);
      },
      std::move(expected));
}

void add_strict_flag(CLI::App& command, bool& strict) {
  command.add_flag("--strict", strict,
                   "Treat warnings (values that are legal but probably mistaken, such as "
                   "gross_margin_percent 0.3) as invalid input: exit 3");
}

void throw_usage_error(const std::string& message) { throw CLI::ValidationError(message); }

void check_inputs_or_throw(const std::vector<std::string>& inputs) {
  if (auto problem = check_input_arguments(inputs)) throw_usage_error(*problem);
}

void check_inputs_or_throw(const std::vector<std::string>& inputs, const std::string& output) {
  check_inputs_or_throw(inputs);
  if (output.empty() || output == "-") return;
  struct stat written {};
  const bool output_exists = stat(output.c_str(), &written) == 0;
  for (const std::string& input : inputs) {
    if (input == "-") continue;
    struct stat read {};
    const bool same_name = input == output;
    const bool same_file = output_exists && stat(input.c_str(), &read) == 0 &&
                           read.st_dev == written.st_dev && read.st_ino == written.st_ino;
    if (!same_name && !same_file) continue;
    const std::string name = escape_control_characters(output);
    throw_usage_error(
        "-o/--output '" + name + "' " +
        (same_name ? std::string("is also an input")
                   : "is the input '" + escape_control_characters(input) + "' under another name") +
        "; name another file (an input is never overwritten)");
  }
}

}  // namespace crmroi::cli
