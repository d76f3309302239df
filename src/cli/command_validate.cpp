// crmroi validate FILE...: checks scenario files without computing anything.
#include <memory>

#include "commands.hpp"
#include "crmroi/render.hpp"
#include "diagnostics.hpp"
#include "input.hpp"
#include "options.hpp"
#include "output.hpp"
#include "render/escape.hpp"

namespace crmroi::cli {
namespace {

constexpr const char* kDescription =
    R"(Check scenario files only: "FILE: ok" for each valid one, every problem of the others.

Examples:
  crmroi validate examples/*.json                   FILE: ok for each good file
  crmroi validate scenario.json || exit 1           gate a script on a valid file
  jq -c . scenarios/*.json | crmroi validate -      JSON Lines: <stdin>:N: ok per line

Problems go to standard error, one per line, all problems of a file at once.
Exit codes: 0 all valid, 3 a file is invalid, 4 a file cannot be read.
)";

struct ValidateOptions {
  std::vector<std::string> inputs;
};

ExitCode run_validate(const ValidateOptions& options) {
  OutputSink output;
  Diagnostics diagnostics(&output);
  if (auto error = output.open()) diagnostics.error(ExitCode::io_error, *error);
  for_each_scenario(options.inputs, diagnostics, [&](LoadedScenario& loaded) {
    std::string line = escape_control_characters(loaded.source);
    if (loaded.line) line += ":" + std::to_string(*loaded.line);
    line += ": ok\n";
    output.write(line);
    return !output.stopped();
  });
  if (auto error = output.finish(true)) diagnostics.error(ExitCode::io_error, *error);
  return diagnostics.exit_code();
}

}  // namespace

void setup_validate(CLI::App& app, ExitCode& exit_code) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* command = app.add_subcommand("validate");
  command->description(kDescription);
  add_input_files(*command, options->inputs);
  command->callback([options, &exit_code] {
    check_inputs_or_throw(options->inputs);
    exit_code = run_validate(*options);
  });
}

}  // namespace crmroi::cli
