#include <cstdio>
#include <exception>
#include <string>

#include <fmt/core.h>

#include "commands.hpp"
#include "generated_config.hpp"

namespace crmroi::cli {
namespace {

constexpr const char* kDescription =
    R"(crmroi: does this CRM pay for itself, how much, and how soon?

Examples:
  crmroi calc examples/eshop-retailcrm.json          full report of one scenario
  crmroi calc --format json a.json b.json            machine-readable reports
  crmroi compare --sort npv examples/autoparts-*.json   vendors side by side
  crmroi check --min-roi 50 examples/*.json          exit 1 if a plan misses its targets
  jq -c . scenarios/*.json | crmroi calc --format jsonl -   stream JSON Lines
  crmroi metric cac --cost 450000 --customers 45     one metric, for scripts
  crmroi schema > scenario.schema.json               JSON Schema of scenario files

Exit codes: 0 success, 1 a check target missed, 2 usage error, 3 invalid input data,
4 I/O error, 70 internal error.)";

}  // namespace

int run_app(int argc, char** argv) {
  CLI::App app{kDescription, "crmroi"};
  app.set_version_flag("--version", fmt::format("crmroi {}", kVersion),
                       "Print the version and exit");
  app.require_subcommand(1);
  app.fallthrough(false);

  ExitCode exit_code = ExitCode::success;
  setup_calc(app, exit_code);
  setup_compare(app, exit_code);
  setup_check(app, exit_code);
  setup_validate(app, exit_code);
  setup_schema(app, exit_code);
  setup_metric(app, exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int cli_code = app.exit(error);  // prints help, version or the usage message
    return cli_code == 0 ? 0 : static_cast<int>(ExitCode::usage);
  } catch (const std::exception& error) {
    std::fflush(stdout);
    fmt::print(stderr, "crmroi: internal error: {}\n", error.what());
    return static_cast<int>(ExitCode::internal_error);
  }
  return static_cast<int>(exit_code);
}

}  // namespace crmroi::cli
