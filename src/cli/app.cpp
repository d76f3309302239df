#include <array>
#include <exception>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "commands.hpp"
#include "crmroi/render.hpp"
#include "crmroi/version.hpp"
#include "diagnostics.hpp"
#include "options.hpp"
#include "output.hpp"
#include "render/escape.hpp"
#include "terminal.hpp"
#include "usage_errors.hpp"

namespace crmroi::cli {
namespace {

constexpr const char* kDescription =
    R"(crmroi: does this CRM pay for itself, how much, and how soon?

Examples:
  crmroi init > my-crm.json                          a starter scenario to edit
  crmroi calc examples/eshop-retailcrm.json          full report of one scenario
  crmroi calc --format json a.json b.json            machine-readable reports
  crmroi compare --sort npv examples/autoparts-*.json   vendors side by side
  crmroi check --min-roi 50 examples/*.json          exit 1 if a plan misses its targets
  jq -c . scenarios/*.json | crmroi calc --format jsonl -   stream JSON Lines
  crmroi metric cac --cost 450000 --customers 45     one metric, for scripts
  crmroi schema > scenario.schema.json               JSON Schema of scenario files

Exit codes: 0 success, 1 a check target missed, 2 usage error, 3 invalid input data,
4 I/O error, 70 internal error.
)";

// CLI11's help, except that a subcommand is listed with the first line of its description only
// (the rest, examples first, shows in the subcommand's own --help), and that a blank line always
// separates the description from "Usage:".
class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_description(const CLI::App* app) const override {
    std::string text = CLI::Formatter::make_description(app);
    if (text.empty()) return text;
    while (text.size() >= 2 && text[text.size() - 1] == '\n' && text[text.size() - 2] == '\n') {
      text.pop_back();
    }
    return text + "\n";
  }
  std::string make_subcommand(const CLI::App* sub) const override {
    const std::string& description = sub->get_description();
    std::stringstream out;
    CLI::detail::format_help(out, sub->get_display_name(true),
                             description.substr(0, description.find('\n')), column_width_);
    return out.str();
  }
};

// The subcommands being parsed, as typed: "calc", "metric irr"; empty at the top level.
std::string command_path(const CLI::App* app) {
  std::string path;
  const CLI::App* current = app;
  while (current != nullptr) {
    const std::vector<CLI::App*> parsed = current->get_subcommands();
    if (parsed.empty()) break;
    current = parsed.front();
    if (!path.empty()) path += ' ';
    path += current->get_name();
  }
  return path;
}

// A usage error as "crmroi: <message>" in crmroi's words (usage_errors.hpp) and the hint, never
// CLI11's own wording or exit codes.
std::string usage_message(const CLI::App* app, const CLI::Error& error) {
  return fmt::format(
      "crmroi: {}\nRun with --help for more information.\n",
      escape_control_characters(usage_error_text(error, command_path(app), app->remaining(true))));
}

// Prints what CLI11 has to say for a ParseError (help, version or a usage error) through the
// same checked output as the reports, so that --help into a full disk is an I/O error too.
int finish_parse_error(const CLI::App& app, const CLI::ParseError& error) {
  std::ostringstream out;
  std::ostringstream err;
  const int cli_code = app.exit(error, out, err);
  OutputSink output;
  Diagnostics diagnostics(&output);
  if (auto problem = output.open()) diagnostics.error(ExitCode::io_error, *problem);
  output.write(out.str());
  output.flush();
  const std::string message = err.str();
  if (!message.empty()) std::fputs(message.c_str(), stderr);
  if (auto problem = output.finish(true)) diagnostics.error(ExitCode::io_error, *problem);
  if (diagnostics.exit_code() != ExitCode::success)
    return static_cast<int>(diagnostics.exit_code());
  return cli_code == 0 ? 0 : static_cast<int>(ExitCode::usage);
}

// A command that needs a subcommand (`crmroi` itself, `crmroi metric`) must be followed by the
// name of one: CLI11 would only say "A subcommand is required" for `crmroi frobnicate` or
// `crmroi metric`; say which word it did not know, or that the name is missing, and list the
// names. Any option but --help and --version is unknown there: such commands take no other.
std::optional<std::string> missing_or_unknown_subcommand(const CLI::App& app, int argc,
                                                         char** argv) {
  const CLI::App* current = &app;
  const auto noun = [&] { return current == &app ? std::string("command") : current->get_name(); };
  const auto names = [&] {
    std::vector<std::string> listed;
    for (const CLI::App* sub : current->get_subcommands({})) listed.push_back(sub->get_name());
    return fmt::format("{}", fmt::join(listed, ", "));
  };
  for (int index = 1; index < argc; ++index) {
    const std::string_view argument = argv[index];
    if (argument == "--help" || argument == "-h" || argument == "--version" || argument == "-V")
      return std::nullopt;
    if (argument == "--") break;
    if (!argument.empty() && argument.front() == '-') {
      // Only --help and --version are options of a command that has subcommands.
      return fmt::format("crmroi: {}unknown option '{}'\nRun with --help for more information.\n",
                         current == &app ? std::string() : current->get_name() + ": ",
                         escape_control_characters(argument));
    }
    const CLI::App* named = nullptr;
    for (const CLI::App* sub : current->get_subcommands({})) {
      if (sub->check_name(std::string(argument))) named = sub;
    }
    if (named == nullptr) {
      return fmt::format(
          "crmroi: unknown {} '{}'; expected one of {}\n"
          "Run with --help for more information.\n",
          noun(), escape_control_characters(argument), names());
    }
    current = named;
    if (current->get_subcommands({}).empty()) return std::nullopt;
  }
  const std::string what = current == &app ? std::string("a command is required")
                                           : current->get_name() + " needs the name of a " + noun();
  return fmt::format("crmroi: {}; expected one of {}\nRun with --help for more information.\n",
                     what, names());
}

using SetupCommand = void (*)(CLI::App&, ExitCode&);

struct Command {
  std::string_view name;
  SetupCommand setup;
};

constexpr std::array<Command, 10> kCommands = {{
    {"init", setup_init},
    {"calc", setup_calc},
    {"compare", setup_compare},
    {"check", setup_check},
    {"validate", setup_validate},
    {"simulate", setup_simulate},
    {"sensitivity", setup_sensitivity},
    {"solve", setup_solve},
    {"schema", setup_schema},
    {"metric", setup_metric},
}};

// The subcommand the arguments name: the first argument that is not an option (the top level
// has no option taking a value), when it is one of ours. Only that subcommand is built, so that
// a `crmroi calc` run in a loop does not pay for the options of all the others (the metric
// subcommands alone cost more than the whole calculation of a scenario).
std::optional<SetupCommand> named_command(int argc, char** argv) {
  for (int index = 1; index < argc; ++index) {
    const std::string_view argument = argv[index];
    if (!argument.empty() && argument.front() == '-') continue;
    for (const Command& command : kCommands) {
      if (argument == command.name) return command.setup;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// -V and --version on every command (`crmroi calc --version` answers too).
void add_version_flags(CLI::App& command, const std::string& version) {
  for (CLI::App* sub : command.get_subcommands({})) {
    sub->set_version_flag("-V,--version", version, "Print the version and exit");
    add_version_flags(*sub, version);
  }
}

std::string version_line() { return fmt::format("crmroi {}", kVersion); }

// The top level of the command line: its name, description, help, --version.
void define_top_level(CLI::App& app) {
  app.name("crmroi");
  app.description(kDescription);
  // Set before the subcommands are added: they copy both from their parent.
  app.formatter(std::make_shared<HelpFormatter>());
  app.failure_message(usage_message);
  app.set_version_flag("-V,--version", version_line(), "Print the version and exit");
  app.require_subcommand(1);
  app.fallthrough(false);
}

// Builds the command line (only the named command's part, see named_command) and runs it.
// Exceptions are left to run_reporting_internal_errors.
int build_and_run_app(int argc, char** argv) {
  prepare_process();
  CLI::App app;
  ExitCode exit_code = ExitCode::success;
  if (const auto setup = named_command(argc, argv)) {
    define_top_level(app);
    (*setup)(app, exit_code);
    add_version_flags(app, version_line());
  } else {  // help, the version, no command or an unknown one: all of them, for the listing
    define_app(app, exit_code);
  }

  // CLI11 reads `--output= a.json` (what --output="$OUT" becomes with OUT empty) as
  // `--output a.json`, which would overwrite that input: an empty value is a usage error.
  for (int index = 1; index < argc && std::string_view(argv[index]) != "--"; ++index) {
    if (std::string_view(argv[index]) == "--output=") {
      fmt::print(stderr, "crmroi: --output: {}\nRun with --help for more information.\n",
                 kEmptyOutputMessage);
      return static_cast<int>(ExitCode::usage);
    }
  }
  if (const auto message = missing_or_unknown_subcommand(app, argc, argv)) {
    std::fputs(message->c_str(), stderr);
    return static_cast<int>(ExitCode::usage);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return finish_parse_error(app, error);
  }
  return static_cast<int>(exit_code);
}

void report_internal_error(std::FILE* err, std::string_view what) noexcept {
  std::fflush(stdout);
  try {
    fmt::print(err, "crmroi: internal error: {}\n", escape_control_characters(what));
  } catch (...) {  // no memory left even for the message
    std::fputs("crmroi: internal error\n", err);
  }
  std::fflush(err);
}

}  // namespace

void define_app(CLI::App& app, ExitCode& exit_code) {
  define_top_level(app);
  for (const Command& command : kCommands) command.setup(app, exit_code);
  add_version_flags(app, version_line());
}

int run_reporting_internal_errors(const std::function<int()>& body, std::FILE* err) noexcept {
  try {
    return body();
  } catch (const std::exception& error) {
    report_internal_error(err, error.what());
  } catch (...) {
    report_internal_error(err, "an exception that is not a std::exception");
  }
  return static_cast<int>(ExitCode::internal_error);
}

int run_app(int argc, char** argv) {
  return run_reporting_internal_errors([&] { return build_and_run_app(argc, argv); }, stderr);
}

}  // namespace crmroi::cli
