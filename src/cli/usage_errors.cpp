#include "usage_errors.hpp"

#include <cstddef>
#include <optional>

#include <fmt/format.h>

#include "render/escape.hpp"

namespace crmroi::cli {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// "NAME<separator>REST" split at the first `separator`; nullopt when it is absent.
std::optional<std::pair<std::string_view, std::string_view>> split_once(
    std::string_view text, std::string_view separator) {
  const std::size_t at = text.find(separator);
  if (at == std::string_view::npos) return std::nullopt;
  return std::pair{text.substr(0, at), text.substr(at + separator.size())};
}

std::string in_quotes(std::string_view text) { return "'" + escape_control_characters(text) + "'"; }

// "calc needs" or "crmroi needs" for the top level.
std::string who(std::string_view command) {
  return command.empty() ? std::string("crmroi") : std::string(command);
}

// The arguments nothing took: options that are not known, or one positional too many.
std::string unexpected_text(std::string_view command, const std::vector<std::string>& unexpected) {
  std::vector<std::string> options;
  std::vector<std::string> others;
  for (const std::string& argument : unexpected) {
    if (argument == "--") continue;
    (argument.size() > 1 && argument.front() == '-' ? options : others)
        .push_back(in_quotes(argument));
  }
  std::vector<std::string> parts;
  if (!options.empty()) {
    parts.push_back(fmt::format("unknown option{} {}", options.size() > 1 ? "s" : "",
                                fmt::join(options, ", ")));
  }
  if (!others.empty()) {
    parts.push_back(fmt::format("unexpected argument{} {}", others.size() > 1 ? "s" : "",
                                fmt::join(others, ", ")));
  }
  if (parts.empty()) return who(command) + ": unexpected arguments";
  return fmt::format("{}: {}", who(command), fmt::join(parts, "; "));
}

// "[a, b, c]" of CLI11's option lists -> "a, b or c".
std::string option_list(std::string_view bracketed) {
  const std::size_t open = bracketed.find('[');
  const std::size_t close = bracketed.find(']', open);
  if (open == std::string_view::npos || close == std::string_view::npos) {
    return std::string(bracketed);
  }
  std::string list(bracketed.substr(open + 1, close - open - 1));
  const std::size_t last = list.rfind(", ");
  if (last != std::string::npos) list.replace(last, 2, " or ");
  return list;
}

std::string argument_mismatch(std::string_view what) {
  // "NAME: At Most 1 required but received 2"
  if (const auto parts = split_once(what, ": At Most ")) {
    const auto counts = split_once(parts->second, " required but received ");
    if (counts && counts->first == "1") {
      return fmt::format("{} was given {} times; give it once", parts->first, counts->second);
    }
    if (counts) {
      return fmt::format("{} takes at most {} values; it was given {}", parts->first, counts->first,
                         counts->second);
    }
  }
  // "NAME: At least 2 required but received 1"
  if (const auto parts = split_once(what, ": At least ")) {
    if (const auto counts = split_once(parts->second, " required but received ")) {
      return fmt::format("{} needs at least {} values; it was given {}", parts->first,
                         counts->first, counts->second);
    }
  }
  // "NAME: 1 required TYPE missing"
  if (ends_with(what, " missing")) {
    if (const auto parts = split_once(what, ": ")) {
      if (const auto rest = split_once(parts->second, " required ")) {
        std::string_view type = rest->second.substr(0, rest->second.size() - 8);
        if (type.empty()) return fmt::format("{} needs a value", parts->first);
        return fmt::format("{} needs a value ({})", parts->first, type);
      }
    }
  }
  // "NAME was given a disallowed flag override"
  if (const auto parts = split_once(what, " was given a disallowed flag override")) {
    return fmt::format("{} takes no value", parts->first);
  }
  // "Expected exactly 2 arguments to NAME, got 1" / "Expected at least ..."
  for (const std::string_view lead : {"Expected exactly ", "Expected at least "}) {
    if (!starts_with(what, lead)) continue;
    const auto count = split_once(what.substr(lead.size()), " arguments to ");
    if (!count) break;
    const auto name = split_once(count->second, ", got ");
    if (!name) break;
    return fmt::format("{} takes {}{} values; it was given {}", name->first,
                       lead == "Expected at least " ? "at least " : "", count->first, name->second);
  }
  return std::string(what);
}

std::string required(std::string_view what, std::string_view command) {
  if (starts_with(what, "Exactly 1 option from [")) {
    return fmt::format("{} needs exactly one of {}", who(command), option_list(what));
  }
  if (starts_with(what, "At least 1 option from [")) {
    return fmt::format("{} needs one of {}", who(command), option_list(what));
  }
  if (starts_with(what, "Requires at most 1 options be given from [")) {
    return fmt::format("{} takes only one of {}", who(command), option_list(what));
  }
  if (const auto parts = split_once(what, " is required")) {
    if (parts->second.empty()) {
      if (parts->first == "FILE") {
        return fmt::format("{} needs a scenario file (or - for standard input)", who(command));
      }
      return fmt::format("{} needs {}", who(command), parts->first);
    }
  }
  return std::string(what);
}

std::string conversion(std::string_view what) {
  // "Could not convert: NAME = VALUE"
  if (const auto parts = split_once(what, "Could not convert: ")) {
    if (const auto value = split_once(parts->second, " = ")) {
      return fmt::format("{}: cannot read {}", value->first, in_quotes(value->second));
    }
  }
  // "NAME: Should be true/false or a number", "NAME: too many inputs for a flag"
  for (const std::string_view tail :
       {": Should be true/false or a number", ": too many inputs for a flag"}) {
    if (ends_with(what, tail)) {
      return fmt::format("{} takes no value", what.substr(0, what.size() - tail.size()));
    }
  }
  // "The value VALUE is not an allowed value for NAME"
  if (const auto parts = split_once(what, "The value ")) {
    if (const auto value = split_once(parts->second, " is not an allowed value for ")) {
      return fmt::format("{}: {} is not allowed", value->second, in_quotes(value->first));
    }
  }
  return std::string(what);
}

}  // namespace

std::string usage_error_text(const CLI::Error& error, std::string_view command,
                             const std::vector<std::string>& unexpected) {
  const std::string_view what = error.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
    return unexpected_text(command, unexpected);
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) {
    return argument_mismatch(what);
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) return required(what, command);
  if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr) return conversion(what);
  if (dynamic_cast<const CLI::ExcludesError*>(&error) != nullptr) {
    if (const auto parts = split_once(what, " excludes ")) {
      return fmt::format("{} and {} cannot be used together", parts->first, parts->second);
    }
  }
  if (dynamic_cast<const CLI::RequiresError*>(&error) != nullptr) {
    if (const auto parts = split_once(what, " requires ")) {
      return fmt::format("{} needs {} too", parts->first, parts->second);
    }
  }
  return std::string(what);
}

}  // namespace crmroi::cli
