// crmroi schema: prints the JSON Schema of scenario files (schema/scenario.schema.json, embedded
// at build time).
#include "commands.hpp"
#include "diagnostics.hpp"
#include "generated_config.hpp"
#include "output.hpp"

namespace crmroi::cli {
namespace {

constexpr const char* kSchemaDescription =
    R"(Print the JSON Schema of scenario files, for editors and validators.

Examples:
  crmroi schema > scenario.schema.json              save it next to your scenarios
  crmroi schema | jq '.properties | keys'           list the top-level keys

Point an editor at it with "$schema": "./scenario.schema.json" in a scenario file.
)";

ExitCode run_schema() {
  OutputSink output;
  Diagnostics diagnostics(&output);
  if (auto error = output.open()) diagnostics.error(ExitCode::io_error, *error);
  output.write(kScenarioSchemaJson);
  if (auto error = output.finish(true)) diagnostics.error(ExitCode::io_error, *error);
  return diagnostics.exit_code();
}

}  // namespace

void setup_schema(CLI::App& app, ExitCode& exit_code) {
  CLI::App* command = app.add_subcommand("schema");
  command->description(kSchemaDescription);
  command->callback([&exit_code] { exit_code = run_schema(); });
}

}  // namespace crmroi::cli
