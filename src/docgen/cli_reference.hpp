// The command line as data, read from the CLI11 app itself (define_app): the man page and the
// bash and zsh completions are written from it, so they list exactly what --help lists.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace crmroi::docgen {

/// One option or positional argument of a command.
struct OptionReference {
  std::vector<std::string> names;    ///< "-o", "--output" (short names first); empty: positional
  std::string value_name;            ///< "FILE", "FORMAT", "PCT"; "" for a flag
  std::string description;           ///< the help text
  std::vector<std::string> choices;  ///< the words the value may be ("table", "json", ...)
  bool takes_value = false;          ///< false for a flag
  bool repeatable = false;           ///< a positional taking several values (FILE...)
  bool required = false;
  bool files = false;  ///< the value names a file: its value name is FILE

  /// "--output" (the first long name), else the first short name, else the value name.
  [[nodiscard]] std::string primary_name() const;
};

/// One command: the app itself (name "crmroi", path "crmroi") or a subcommand.
struct CommandReference {
  std::string name;                      ///< "npv"
  std::string path;                      ///< "crmroi metric npv"
  std::string description;               ///< the whole description; its first line is the summary
  std::vector<OptionReference> options;  ///< in definition order, --help first
  std::vector<OptionReference> positionals;  ///< in definition order
  std::vector<CommandReference> subcommands;

  /// The first line of the description.
  [[nodiscard]] std::string summary() const;
};

/// The reference of `app` and all its subcommands. Hidden options (an empty group) are left
/// out, as --help leaves them out. An option's choices are read from the name of its choices
/// validator (src/cli/options.hpp: choices_validator_name).
CommandReference describe_app(CLI::App& app);

/// The crmroi command line, as define_app defines it.
CommandReference describe_crmroi();

/// Calls visit(command) for `root` and every command below it, parents first.
template <typename Visit>
void for_each_command(const CommandReference& root, Visit&& visit) {
  visit(root);
  for (const CommandReference& sub : root.subcommands) for_each_command(sub, visit);
}

/// A description split into blocks for the man page: paragraphs of prose, lines indented in the
/// source (examples, formulas) kept as they are, and headings ("Examples:").
struct TextBlock {
  enum class Kind { paragraph, preformatted, heading };
  Kind kind;
  std::string text;  ///< paragraph: the lines joined by spaces; preformatted: lines with '\n'
};
std::vector<TextBlock> split_description(std::string_view description);

}  // namespace crmroi::docgen
