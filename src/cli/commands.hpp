// The subcommands: each file command_<name>.cpp registers one with setup_<name>, which stores
// the command's exit code in `exit_code` when it runs.
#pragma once

#include <CLI/CLI.hpp>

#include "app.hpp"  // run_app
#include "exit_code.hpp"

namespace crmroi::cli {

void setup_calc(CLI::App& app, ExitCode& exit_code);
void setup_compare(CLI::App& app, ExitCode& exit_code);
void setup_check(CLI::App& app, ExitCode& exit_code);
void setup_validate(CLI::App& app, ExitCode& exit_code);
void setup_simulate(CLI::App& app, ExitCode& exit_code);
void setup_sensitivity(CLI::App& app, ExitCode& exit_code);
void setup_solve(CLI::App& app, ExitCode& exit_code);
void setup_schema(CLI::App& app, ExitCode& exit_code);
void setup_metric(CLI::App& app, ExitCode& exit_code);
void setup_init(CLI::App& app, ExitCode& exit_code);

/// Defines the whole command line on `app`: its name, description, help, --version and every
/// subcommand (whose callbacks store the exit code in `exit_code`). The man page and the shell
/// completions are generated from this definition (src/docgen), so they list what --help lists.
void define_app(CLI::App& app, ExitCode& exit_code);

}  // namespace crmroi::cli
