// The man page and the shell completions written by the build (crmroi-docgen) list every command
// and option of the command line. The commands and options are read here from the CLI11 app as
// define_app builds it, walked directly (not through the docgen's own reference of it), so that a
// command or option added later is checked without changing this file.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "commands.hpp"
#include "crmroi/version.hpp"
#include "options.hpp"
#include "run_process.hpp"
#include "writers.hpp"

namespace {

using crmroi::test::read_file;
using crmroi::test::run_process;

// One command of the app: its path below crmroi ("" for crmroi itself) and what it takes.
struct AppCommand {
  std::vector<std::string> words;  // "metric", "npv"
  std::vector<std::string> option_names;
  std::vector<std::string> positional_names;
  std::vector<std::string> subcommands;
  std::vector<CLI::Option*> options;
};

void walk(CLI::App& app, std::vector<std::string> words, std::vector<AppCommand>& commands) {
  AppCommand command;
  command.words = words;
  for (CLI::Option* option : app.get_options()) {
    if (option->get_group().empty()) continue;  // hidden from --help
    if (!option->nonpositional()) {
      command.positional_names.push_back(option->get_name(true));
      continue;
    }
    command.options.push_back(option);
    for (const std::string& name : option->get_snames()) command.option_names.push_back("-" + name);
    for (const std::string& name : option->get_lnames())
      command.option_names.push_back("--" + name);
  }
  std::vector<CLI::App*> subs = app.get_subcommands([](CLI::App*) { return true; });
  for (CLI::App* sub : subs) command.subcommands.push_back(sub->get_name());
  commands.push_back(command);
  for (CLI::App* sub : subs) {
    std::vector<std::string> sub_words = words;
    sub_words.push_back(sub->get_name());
    walk(*sub, sub_words, commands);
  }
}

// Every command of crmroi, from the app itself.
std::vector<AppCommand> app_commands(CLI::App& app) {
  crmroi::cli::ExitCode exit_code = crmroi::cli::ExitCode::success;
  crmroi::cli::define_app(app, exit_code);
  std::vector<AppCommand> commands;
  walk(app, {}, commands);
  return commands;
}

std::string joined(const std::vector<std::string>& words, const std::string& separator) {
  std::string text;
  for (const std::string& word : words) text += (text.empty() ? "" : separator) + word;
  return text;
}

// The choices an option's choices validator names ("choices: a b c"), or none.
std::vector<std::string> named_choices(CLI::Option& option) {
  for (int index = 0;; ++index) {
    CLI::Validator* validator = nullptr;
    try {
      validator = option.get_validator(index);
    } catch (const CLI::OptionNotFound&) {
      return {};
    }
    const std::string& name = validator->get_name();
    if (name.rfind(crmroi::cli::kChoicesValidatorPrefix, 0) != 0) continue;
    std::vector<std::string> choices;
    std::string rest = name.substr(crmroi::cli::kChoicesValidatorPrefix.size());
    for (std::size_t start = 0; start < rest.size();) {
      const std::size_t end = std::min(rest.find(' ', start), rest.size());
      choices.push_back(rest.substr(start, end - start));
      start = end + 1;
    }
    return choices;
  }
}

// The lines the bash completion function puts in COMPREPLY for the words typed so far (the
// last one is being completed), run in `directory`.
std::vector<std::string> bash_completions(const std::vector<std::string>& typed,
                                          const std::string& directory = "") {
  std::string words = "crmroi";
  for (const std::string& word : typed) words += " '" + word + "'";
  const std::string script = "source '" CRMROI_BASH_COMPLETION "' && COMP_WORDS=(" + words +
                             ") && COMP_CWORD=" + std::to_string(typed.size()) +
                             " && _crmroi && printf '%s\\n' \"${COMPREPLY[@]}\"";
  crmroi::test::ProcessOptions options;
  options.working_directory = directory;
  const crmroi::test::ProcessResult result = run_process({"/bin/bash", "-c", script}, options);
  REQUIRE(result.exit_code == 0);
  REQUIRE(result.err.empty());
  std::vector<std::string> lines;
  for (std::size_t start = 0; start < result.out.size();) {
    const std::size_t end = result.out.find('\n', start);
    if (end > start) lines.push_back(result.out.substr(start, end - start));
    start = end + 1;
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

std::vector<std::string> sorted(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  return words;
}

// The text of the man page section of a command: from its .SS line to the next heading.
std::string man_section(const std::string& page, const AppCommand& command) {
  const std::string path = crmroi::docgen::roff_escape(
      joined(command.words, " ").empty() ? "crmroi" : "crmroi " + joined(command.words, " "));
  std::size_t start = page.find(".SS \"" + path + " [");
  if (start == std::string::npos) start = page.find(".SS \"" + path + " COMMAND");
  if (start == std::string::npos) return {};
  const std::size_t end = std::min(page.find("\n.SS ", start + 1), page.find("\n.SH ", start + 1));
  return page.substr(start, end - start);
}

}  // namespace

TEST_CASE("the app has the commands the documents are checked against", "[docs]") {
  CLI::App app;
  const std::vector<AppCommand> commands = app_commands(app);
  // crmroi, its six commands, and the fourteen metrics of `crmroi metric`: at least these.
  CHECK(commands.size() >= 1 + 6 + 14);
  CHECK(commands.front().words.empty());
  for (const char* name : {"calc", "compare", "check", "validate", "schema", "metric"}) {
    CHECK(std::count(commands.front().subcommands.begin(), commands.front().subcommands.end(),
                     name) == 1);
  }
}

TEST_CASE("man page: every command has a section listing each of its options", "[docs]") {
  const std::string page = read_file(CRMROI_MAN_PAGE);
  REQUIRE_FALSE(page.empty());
  CLI::App app;
  for (const AppCommand& command : app_commands(app)) {
    INFO("command: crmroi " << joined(command.words, " "));
    std::string section;
    if (command.words.empty()) {  // crmroi's own options are under OPTIONS
      const std::size_t start = page.find("\n.SH OPTIONS\n");
      REQUIRE(start != std::string::npos);
      section = page.substr(start, page.find("\n.SH ", start + 1) - start);
    } else {
      section = man_section(page, command);
    }
    REQUIRE_FALSE(section.empty());
    for (const std::string& name : command.option_names) {
      INFO("option: " << name);
      CHECK(section.find("\\fB" + crmroi::docgen::roff_escape(name) + "\\fR") != std::string::npos);
    }
    for (const std::string& name : command.positional_names) {
      INFO("argument: " << name);
      CHECK(section.find("\\fI" + name + "\\fR") != std::string::npos);
    }
  }
}

TEST_CASE("man page: the version, exit statuses, environment and files", "[docs]") {
  const std::string page = read_file(CRMROI_MAN_PAGE);
  CHECK(page.find(".TH CRMROI 1 \"\" \"crmroi " CRMROI_VERSION_STRING "\" \"User Commands\"\n") !=
        std::string::npos);
  CHECK(page.find(".SH NAME\ncrmroi \\- does this CRM pay for itself, how much, and how soon?\n") !=
        std::string::npos);
  for (const char* status : {".B 0\n", ".B 1\n", ".B 2\n", ".B 3\n", ".B 4\n", ".B 70\n"})
    CHECK(page.find(status) != std::string::npos);
  CHECK(page.find(".B NO_COLOR\n") != std::string::npos);
  CHECK(page.find(".I /usr/share/crmroi/scenario.schema.json\n") != std::string::npos);
  CHECK(page.find(".SH EXAMPLES\n") != std::string::npos);
}

TEST_CASE("man page: man formats it without a warning", "[docs]") {
  crmroi::test::ProcessOptions options;
  options.env = {{"LC_ALL", "C.UTF-8"}, {"MANWIDTH", "80"}, {"MANROFFSEQ", ""}};
  const crmroi::test::ProcessResult result = run_process(
      {"/usr/bin/man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", CRMROI_MAN_PAGE},
      options);
  CHECK(result.err == "");
  CHECK(result.exit_code == 0);
  CHECK_FALSE(result.out.empty());
}

TEST_CASE("bash completion: crmroi ca<TAB> completes to calc", "[docs]") {
  CHECK(bash_completions({"ca"}) == std::vector<std::string>{"calc"});
  CHECK(bash_completions({"c"}) == std::vector<std::string>{"calc", "check", "compare"});
}

TEST_CASE("bash completion: every command offers its subcommands and options", "[docs]") {
  CLI::App app;
  for (const AppCommand& command : app_commands(app)) {
    INFO("command: crmroi " << joined(command.words, " "));
    std::vector<std::string> typed = command.words;
    typed.push_back("-");
    CHECK(bash_completions(typed) == sorted(command.option_names));
    if (!command.subcommands.empty()) {
      typed.back() = "";
      CHECK(bash_completions(typed) == sorted(command.subcommands));
    }
  }
}

TEST_CASE("bash completion: an option's value offers its choices, which its check accepts",
          "[docs]") {
  CLI::App app;
  int options_with_choices = 0;
  for (const AppCommand& command : app_commands(app)) {
    for (CLI::Option* option : command.options) {
      const std::vector<std::string> choices = named_choices(*option);
      if (choices.empty()) continue;
      ++options_with_choices;
      const std::string name = option->get_lnames().empty() ? "-" + option->get_snames().front()
                                                            : "--" + option->get_lnames().front();
      INFO("crmroi " << joined(command.words, " ") << " " << name);
      std::vector<std::string> typed = command.words;
      typed.push_back(name);
      typed.push_back("");
      CHECK(bash_completions(typed) == sorted(choices));
      typed.back() = "=";  // --format=<TAB>: bash splits the word at '='
      typed.insert(typed.end(), "");
      CHECK(bash_completions(typed) == sorted(choices));
      for (std::string choice : choices) {
        INFO("choice: " << choice);
        for (int index = 0;; ++index) {
          CLI::Validator* validator = nullptr;
          try {
            validator = option->get_validator(index);
          } catch (const CLI::OptionNotFound&) {
            break;
          }
          CHECK((*validator)(choice) == "");
        }
        CHECK(option->get_description().find(choice) != std::string::npos);
      }
    }
  }
  // --format and --color of calc, compare, check; --sort; metric's --format and --period.
  CHECK(options_with_choices >= 9);
}

TEST_CASE("bash completion: file names where a FILE is expected, not after --period", "[docs]") {
  const std::string directory = crmroi::test::temporary_directory();
  crmroi::test::write_file(directory + "/scenario.json", "{}");
  CHECK(bash_completions({"calc", "sc"}, directory) == std::vector<std::string>{"scenario.json"});
  CHECK(bash_completions({"calc", "--monthly", "sc"}, directory) ==
        std::vector<std::string>{"scenario.json"});
  CHECK(bash_completions({"calc", "-o", "sc"}, directory) ==
        std::vector<std::string>{"scenario.json"});
  CHECK(bash_completions({"check", "--min-roi", "sc"}, directory).empty());
  CHECK(bash_completions({"metric", "npv", "--period", "q"}, directory) ==
        std::vector<std::string>{"quarter"});
  CHECK(bash_completions({"metric", "npv", "sc"}, directory).empty());
}

TEST_CASE("zsh completion: valid zsh with a function for each command naming its options",
          "[docs]") {
  const std::string script = read_file(CRMROI_ZSH_COMPLETION);
  REQUIRE(script.rfind("#compdef crmroi\n", 0) == 0);
  const crmroi::test::ProcessResult syntax =
      run_process({"/usr/bin/zsh", "-n", CRMROI_ZSH_COMPLETION});
  CHECK(syntax.err == "");
  CHECK(syntax.exit_code == 0);
  CLI::App app;
  for (const AppCommand& command : app_commands(app)) {
    std::string function = "_crmroi";
    for (const std::string& word : command.words) {
      function += "_" + word;
      std::replace(function.begin(), function.end(), '-', '_');
    }
    INFO("function: " << function);
    const std::size_t start = script.find("\n" + function + "() {\n");
    REQUIRE(start != std::string::npos);
    const std::string body = script.substr(start, script.find("\n}\n", start) - start);
    for (const std::string& name : command.option_names) {
      INFO("option: " << name);
      const bool listed = body.find(name + "[") != std::string::npos ||
                          body.find(name + "=[") != std::string::npos ||
                          body.find("," + name + "}") != std::string::npos ||
                          body.find("{" + name + ",") != std::string::npos;
      CHECK(listed);
    }
    for (const std::string& sub : command.subcommands) {
      INFO("subcommand: " << sub);
      CHECK(body.find("'" + sub + ":") != std::string::npos);
    }
  }
}
