#include "diagnostics.hpp"

#include <unistd.h>

#include <cerrno>

#include <fmt/format.h>

#include "crmroi/render.hpp"
#include "output.hpp"
#include "render/escape.hpp"

namespace crmroi::cli {
namespace {

// Writes all of `text` to standard error; a failure there has nowhere to be reported.
void write_stderr(std::string_view text) {
  while (!text.empty()) {
    const ssize_t written = ::write(STDERR_FILENO, text.data(), text.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return;
    text.remove_prefix(static_cast<std::size_t>(written));
  }
}

}  // namespace

std::string format_problem(std::string_view source, std::optional<long> line,
                           const Problem& problem) {
  std::string place(source);
  if (problem.is_syntax()) {
    const long problem_line = line ? *line + problem.line - 1 : problem.line;
    place += fmt::format(":{}:{}", problem_line, problem.column);
  } else if (line) {
    place += fmt::format(":{}", *line);
  }
  std::string message = place + ": ";
  // A problem of the whole document (the empty pointer) names no place inside it.
  if (!problem.is_syntax() && !problem.json_pointer.empty()) {
    message += "at " + problem.json_pointer + ": ";
  }
  message += problem.message;
  return escape_control_characters(message);
}

void Diagnostics::error(ExitCode code, std::string_view message) {
  record(code);
  if (output_ != nullptr) output_->flush_before_message();
  std::string line = "crmroi: " + escape_control_characters(message);
  line.push_back('\n');
  write_stderr(line);
}

void Diagnostics::problem(std::string_view source, std::optional<long> line,
                          const Problem& problem) {
  record(ExitCode::invalid_data);
  if (output_ != nullptr) output_->flush_before_message();
  std::string text = "crmroi: " + format_problem(source, line, problem);
  text.push_back('\n');
  write_stderr(text);
}

void Diagnostics::warning(std::string_view source, std::optional<long> line,
                          const Problem& problem) {
  if (strict_) record(ExitCode::invalid_data);
  if (output_ != nullptr) output_->flush_before_message();
  std::string text = "crmroi: warning: " + format_problem(source, line, problem);
  text.push_back('\n');
  write_stderr(text);
}

}  // namespace crmroi::cli
