// The man page and the shell completions, written from the reference of the command line.
#pragma once

#include <string>
#include <string_view>

#include "cli_reference.hpp"

namespace crmroi::docgen {

/// crmroi(1) in roff (man macros): name, synopsis, description, the top-level options, every
/// command with its description and options, exit status, environment, files, examples.
std::string man_page(const CommandReference& app, std::string_view version);

/// The bash completion script (share/bash-completion/completions/crmroi): commands, options,
/// the choices of an option's value, file names where a FILE is expected.
std::string bash_completion(const CommandReference& app);

/// The zsh completion function (share/zsh/vendor-completions/_crmroi): the same, with the
/// descriptions of commands and options.
std::string zsh_completion(const CommandReference& app);

/// `text` escaped for roff: backslashes, minus signs, non-ASCII characters as \[uXXXX]
/// ("ROI ≥ 3" -> "ROI \[u2265] 3"), and a line that would start with a control character.
std::string roff_escape(std::string_view text);

}  // namespace crmroi::docgen
