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
void setup_schema(CLI::App& app, ExitCode& exit_code);
void setup_metric(CLI::App& app, ExitCode& exit_code);
void setup_init(CLI::App& app, ExitCode& exit_code);

}  // namespace crmroi::cli
