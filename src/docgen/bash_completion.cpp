// The bash completion of crmroi, written from the command line's own definition.
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "writers.hpp"

namespace crmroi::docgen {
namespace {

// Names, choices and paths go into the script unquoted or inside double quotes: they must be
// plain words (letters, digits, '-', '_', '.').
const std::string& shell_word(const std::string& word) {
  for (const char c : word) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '_' || c == '.';
    if (!plain) throw std::invalid_argument("not a plain word for the completion script: " + word);
  }
  return word;
}

std::string words(const std::vector<std::string>& list) {
  std::string joined;
  for (const std::string& word : list) {
    if (!joined.empty()) joined.push_back(' ');
    joined += shell_word(word);
  }
  return joined;
}

// The command's path below crmroi: "" for crmroi itself, "metric npv".
std::string sub_path(const CommandReference& command, const CommandReference& app) {
  return command.path == app.path ? std::string() : command.path.substr(app.path.size() + 1);
}

}  // namespace

std::string bash_completion(const CommandReference& app) {
  // _crmroi_spec: what each command takes, as variables of the caller.
  std::string spec;
  // _crmroi_value: what the value of each option is: choices, or a file name.
  std::string values;
  for_each_command(app, [&](const CommandReference& command) {
    std::vector<std::string> subcommands;
    for (const CommandReference& sub : command.subcommands) subcommands.push_back(sub.name);
    std::vector<std::string> options;
    std::vector<std::string> value_options;
    for (const OptionReference& option : command.options) {
      for (const std::string& name : option.names) {
        options.push_back(name);
        if (option.takes_value) value_options.push_back(name);
      }
    }
    bool positional_files = false;
    for (const OptionReference& positional : command.positionals)
      positional_files = positional_files || positional.files;
    const std::string path = sub_path(command, app);
    spec += fmt::format(
        "        \"{}\")\n"
        "            subcommands=\"{}\"\n"
        "            options=\"{}\"\n"
        "            value_options=\"{}\"\n"
        "            positional_files={}\n"
        "            ;;\n",
        path, words(subcommands), words(options), words(value_options), positional_files ? 1 : 0);
    for (const OptionReference& option : command.options) {
      if (!option.takes_value || (option.choices.empty() && !option.files)) continue;
      std::vector<std::string> labels;
      for (const std::string& name : option.names)
        labels.push_back(fmt::format("\"{} {}\"", path, shell_word(name)));
      values += fmt::format("        {})\n", fmt::join(labels, " | "));
      if (option.files) {
        values += "            files=1\n";
      } else {
        values += fmt::format("            choices=\"{}\"\n", words(option.choices));
      }
      values += "            ;;\n";
    }
  });

  return fmt::format(
      R"(# bash completion for {0}                                    -*- shell-script -*-
# Written by crmroi-docgen from the command line's own definition (src/cli, src/docgen): do not
# edit. Completes commands, options, the choices of an option's value and file names.

# Sets subcommands, options, value_options and positional_files for the command path in $1
# ("" for {0} itself, "metric npv").
_{0}_spec()
{{
    subcommands="" options="" value_options="" positional_files=0
    case $1 in
{1}    esac
}}

# Sets choices (words) or files=1 for the value of option $2 of the command path $1.
_{0}_value()
{{
    choices="" files=0
    case "$1 $2" in
{2}    esac
}}

_{0}_files()
{{
    local IFS=$'\n'
    COMPREPLY=($(compgen -f -- "$1"))
    compopt -o filenames 2>/dev/null
}}

_{0}()
{{
    local cur=${{COMP_WORDS[COMP_CWORD]}}
    local command="" word option="" i expect_value=0 after_dashes=0
    local subcommands options value_options positional_files choices files
    # --option=value: bash splits the word at '=', which is then a word of its own.
    [[ $cur == = ]] && cur=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${{COMP_WORDS[i]}}
        if ((expect_value)); then
            [[ $word == = ]] || expect_value=0
            continue
        fi
        if ((!after_dashes)) && [[ $word == -* ]]; then
            if [[ $word == -- ]]; then
                after_dashes=1
                continue
            fi
            _{0}_spec "$command"
            if [[ " $value_options " == *" $word "* ]]; then
                expect_value=1
                option=$word
            fi
            continue
        fi
        _{0}_spec "$command"
        if [[ " $subcommands " == *" $word "* ]]; then
            command=${{command:+$command }}$word
        fi
    done
    _{0}_spec "$command"

    if ((expect_value)); then
        _{0}_value "$command" "$option"
        if ((files)); then
            _{0}_files "$cur"
        else
            COMPREPLY=($(compgen -W "$choices" -- "$cur"))
        fi
        return 0
    fi
    if ((!after_dashes)) && [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return 0
    fi
    if [[ -n $subcommands ]]; then
        COMPREPLY=($(compgen -W "$subcommands" -- "$cur"))
        return 0
    fi
    if ((positional_files)); then
        _{0}_files "$cur"
    fi
    return 0
}}
complete -F _{0} {0}
)",
      shell_word(app.name), spec, values);
}

}  // namespace crmroi::docgen
