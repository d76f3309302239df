// Interim registration until the command lands; replaced by its real implementation.
#include "commands.hpp"

namespace crmroi::cli {

void setup_schema(CLI::App& app, ExitCode& exit_code) {
  auto* command = app.add_subcommand("schema", "(not built yet)");
  command->callback([&exit_code] { exit_code = ExitCode::usage; });
}

}  // namespace crmroi::cli
