// crmroi validate FILE...: checks scenario files without computing anything.
#include <memory>

#include "commands.hpp"
#include "crmroi/render.hpp"
#include "diagnostics.hpp"
#include "input.hpp"
#include "options.hpp"
#include "output.hpp"
#include "render/escape.hpp"
#include "report_run.hpp"

namespace crmroi::cli {
namespace {

constexpr const char* kValidateDescription =
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
  bool strict = false;
};

ExitCode run_validate(const ValidateOptions& options) {
  return run_report("", [&](OutputSink& output, Diagnostics& diagnostics) {
    diagnostics.set_strict(options.strict);
    for_each_scenario(options.inputs, diagnostics, [&](LoadedScenario& loaded) {
      std::string line = escape_control_characters(loaded.source);
      if (loaded.line) line += ":" + std::to_string(*loaded.line);
      line += ": ok\n";
      output.write(line);
      return !output.stopped();
    });
    return true;
  });
}

}  // namespace

void setup_validate(CLI::App& app, ExitCode& exit_code) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* command =
      add_report_command(app, "validate", kValidateDescription, options, run_validate, exit_code);
  add_strict_flag(*command, options->strict);
}

}  // namespace crmroi::cli
