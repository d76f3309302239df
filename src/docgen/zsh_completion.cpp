// The zsh completion of crmroi, written from the command line's own definition.
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "writers.hpp"

namespace crmroi::docgen {
namespace {

// `text` inside single quotes.
std::string single_quoted(std::string_view text) {
  std::string quoted = "'";
  for (const char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted.push_back(c);
    }
  }
  return quoted + "'";
}

// A description inside an _arguments spec's [...]: brackets and backslashes escaped, on one line.
std::string bracketed(std::string_view text) {
  std::string escaped;
  for (const char c : text.substr(0, text.find('\n'))) {
    if (c == '[' || c == ']' || c == '\\') escaped.push_back('\\');
    escaped.push_back(c);
  }
  return escaped;
}

// The action after "MESSAGE:" in a spec: the choices, file names, or nothing to offer.
std::string value_action(const OptionReference& option) {
  if (option.files) return "_files";
  if (!option.choices.empty()) return fmt::format("({})", fmt::join(option.choices, " "));
  return " ";
}

// The value part of a spec, ":NAME:action" (":" inside a name is escaped).
std::string value_spec(const OptionReference& option) {
  std::string name;
  for (const char c : option.value_name) {
    if (c == ':') name.push_back('\\');
    name.push_back(c);
  }
  return ":" + (name.empty() ? std::string("value") : name) + ":" + value_action(option);
}

// The _arguments spec of an option, e.g. '(-o --output)'{-o,--output}'[Write to FILE]:FILE:_files'
std::string option_spec(const OptionReference& option) {
  const bool help = option.primary_name() == "--help" || option.primary_name() == "--version";
  std::string exclusions = help ? "(- *)" : "";
  if (!help && option.names.size() > 1)
    exclusions = fmt::format("({})", fmt::join(option.names, " "));
  std::string names = option.names.size() > 1 ? fmt::format("{{{}}}", fmt::join(option.names, ","))
                                              : option.names.front();
  if (option.takes_value && option.names.size() == 1 && names.rfind("--", 0) == 0) names += "=";
  std::string rest = "[" + bracketed(option.description) + "]";
  if (option.takes_value) rest += value_spec(option);
  if (option.names.size() == 1) return single_quoted(exclusions + names + rest);
  return single_quoted(exclusions) + names + single_quoted(rest);
}

std::string function_name(const CommandReference& command) {
  std::string name = "_";
  for (const char c : command.path) name.push_back(c == ' ' || c == '-' ? '_' : c);
  return name;
}

void write_function(std::string& out, const CommandReference& command) {
  std::vector<std::string> specs;
  for (const OptionReference& option : command.options) specs.push_back(option_spec(option));
  if (!command.subcommands.empty()) {
    specs.push_back(single_quoted("1:command:->command"));
    specs.push_back(single_quoted("*::argument:->argument"));
  } else {
    for (const OptionReference& positional : command.positionals) {
      const std::string position = positional.repeatable ? "*" : "";
      specs.push_back(single_quoted(position + value_spec(positional)));
    }
  }
  out += function_name(command) + "() {\n";
  if (!command.subcommands.empty())
    out += "  local curcontext=$curcontext state state_descr line\n";
  out += "  typeset -A opt_args\n";
  out += fmt::format("  _arguments -s -S {}\\\n    {}", command.subcommands.empty() ? "" : "-C ",
                     fmt::join(specs, " \\\n    "));
  out += "\n";
  if (!command.subcommands.empty()) {
    std::vector<std::string> described;
    std::vector<std::string> cases;
    for (const CommandReference& sub : command.subcommands) {
      described.push_back(single_quoted(sub.name + ":" + sub.summary()));
      cases.push_back(fmt::format("        {}) {} ;;", sub.name, function_name(sub)));
    }
    out += fmt::format(
        "  case $state in\n"
        "    command)\n"
        "      local -a commands=(\n        {}\n      )\n"
        "      _describe -t commands {} commands ;;\n"
        "    argument)\n"
        "      case $words[1] in\n{}\n      esac ;;\n"
        "  esac\n",
        fmt::join(described, "\n        "), single_quoted(command.path + " command"),
        fmt::join(cases, "\n"));
  }
  out += "}\n\n";
  for (const CommandReference& sub : command.subcommands) write_function(out, sub);
}

}  // namespace

std::string zsh_completion(const CommandReference& app) {
  std::string out = fmt::format(
      "#compdef {}\n"
      "# zsh completion for {}, written by crmroi-docgen from the command line's own definition\n"
      "# (src/cli, src/docgen): do not edit.\n\n",
      app.name, app.name);
  write_function(out, app);
  out += function_name(app) + " \"$@\"\n";
  return out;
}

}  // namespace crmroi::docgen
