#include "cli_reference.hpp"

#include <utility>

#include "commands.hpp"
#include "options.hpp"

namespace crmroi::docgen {
namespace {

// The words of the option's choices validator ("choices: a b c"), or none.
std::vector<std::string> option_choices(CLI::Option& option) {
  std::vector<std::string> choices;
  for (int index = 0;; ++index) {
    const CLI::Validator* validator = nullptr;
    try {
      validator = option.get_validator(index);
    } catch (const CLI::OptionNotFound&) {
      break;
    }
    const std::string& name = validator->get_name();
    if (name.rfind(cli::kChoicesValidatorPrefix, 0) != 0) continue;
    std::string word;
    for (const char c : name.substr(cli::kChoicesValidatorPrefix.size())) {
      if (c == ' ') {
        if (!word.empty()) choices.push_back(std::move(word));
        word.clear();
      } else {
        word.push_back(c);
      }
    }
    if (!word.empty()) choices.push_back(std::move(word));
  }
  return choices;
}

OptionReference describe_option(CLI::Option& option) {
  OptionReference reference;
  for (const std::string& name : option.get_snames()) reference.names.push_back("-" + name);
  for (const std::string& name : option.get_lnames()) reference.names.push_back("--" + name);
  reference.description = option.get_description();
  reference.takes_value = option.get_items_expected_max() > 0;
  reference.required = option.get_required();
  if (option.nonpositional()) {
    if (reference.takes_value) reference.value_name = option.get_type_name();
  } else {
    reference.value_name = option.get_name(true);
    reference.repeatable = option.get_items_expected_max() > 1;
  }
  reference.choices = option_choices(option);
  reference.files = reference.value_name == "FILE";
  return reference;
}

CommandReference describe(CLI::App& app, const std::string& parent_path) {
  CommandReference reference;
  reference.name = app.get_name();
  reference.path = parent_path.empty() ? reference.name : parent_path + " " + reference.name;
  reference.description = app.get_description();
  for (CLI::Option* option : app.get_options()) {
    if (option->get_group().empty()) continue;  // hidden, as in --help
    OptionReference described = describe_option(*option);
    if (option->nonpositional()) {
      reference.options.push_back(std::move(described));
    } else {
      reference.positionals.push_back(std::move(described));
    }
  }
  for (CLI::App* sub : app.get_subcommands([](CLI::App* sub) { return !sub->get_group().empty(); }))
    reference.subcommands.push_back(describe(*sub, reference.path));
  return reference;
}

std::string_view trim_end(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

}  // namespace

std::string OptionReference::primary_name() const {
  for (const std::string& name : names) {
    if (name.rfind("--", 0) == 0) return name;
  }
  return names.empty() ? value_name : names.front();
}

std::string CommandReference::summary() const {
  return description.substr(0, description.find('\n'));
}

CommandReference describe_app(CLI::App& app) { return describe(app, ""); }

CommandReference describe_crmroi() {
  CLI::App app;
  cli::ExitCode exit_code = cli::ExitCode::success;
  cli::define_app(app, exit_code);
  return describe_app(app);
}

std::vector<TextBlock> split_description(std::string_view description) {
  std::vector<std::string_view> lines;
  while (!description.empty()) {
    const std::size_t end = description.find('\n');
    lines.push_back(trim_end(description.substr(0, end)));
    description = end == std::string_view::npos ? std::string_view() : description.substr(end + 1);
  }
  std::vector<TextBlock> blocks;
  const auto indented = [](std::string_view line) { return !line.empty() && line.front() == ' '; };
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const std::string_view line = lines[index];
    if (line.empty()) continue;
    if (indented(line)) {
      if (blocks.empty() || blocks.back().kind != TextBlock::Kind::preformatted ||
          (index > 0 && lines[index - 1].empty())) {
        blocks.push_back({TextBlock::Kind::preformatted, std::string()});
      } else {
        blocks.back().text.push_back('\n');
      }
      blocks.back().text.append(line);
      continue;
    }
    const bool heading =
        line.back() == ':' && index + 1 < lines.size() && indented(lines[index + 1]);
    if (heading) {
      blocks.push_back({TextBlock::Kind::heading, std::string(line.substr(0, line.size() - 1))});
    } else if (!blocks.empty() && blocks.back().kind == TextBlock::Kind::paragraph && index > 0 &&
               !lines[index - 1].empty()) {
      blocks.back().text.push_back(' ');
      blocks.back().text.append(line);
    } else {
      blocks.push_back({TextBlock::Kind::paragraph, std::string(line)});
    }
  }
  return blocks;
}

}  // namespace crmroi::docgen
