#include "diagnostics.hpp"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <charconv>

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

// Appends format_problem's text, unescaped: the place, then the pointer and the message.
void append_problem_text(std::string& out, std::string_view source, std::optional<long> line,
                         const Problem& problem) {
  std::array<char, 24> number{};
  const auto append_number = [&](long value) {
    out.append(number.data(), std::to_chars(number.begin(), number.end(), value).ptr);
  };
  out.append(source);
  if (problem.is_syntax()) {
    out.push_back(':');
    append_number(line ? *line + problem.line - 1 : problem.line);
    out.push_back(':');
    append_number(problem.column);
  } else if (line) {
    out.push_back(':');
    append_number(*line);
  }
  out.append(": ");
  // A problem of the whole document (the empty pointer) names no place inside it.
  if (!problem.is_syntax() && !problem.json_pointer.empty()) {
    out.append("at ");
    out.append(problem.json_pointer);
    out.append(": ");
  }
  out.append(problem.message);
}

}  // namespace

std::string format_problem(std::string_view source, std::optional<long> line,
                           const Problem& problem) {
  std::string text;
  append_problem_text(text, source, line, problem);
  return escape_control_characters(text);
}

void Diagnostics::print(std::string_view prefix, std::string_view message) {
  if (output_ != nullptr) output_->flush_before_message();
  line_.assign(prefix);
  append_escaped_control_characters(line_, message);
  line_.push_back('\n');
  write_stderr(line_);
}

void Diagnostics::print_problem(std::string_view prefix, std::string_view source,
                                std::optional<long> line, const Problem& problem) {
  text_.clear();
  append_problem_text(text_, source, line, problem);
  print(prefix, text_);
}

void Diagnostics::error(ExitCode code, std::string_view message) {
  record(code);
  print("crmroi: ", message);
}

void Diagnostics::problem(std::string_view source, std::optional<long> line,
                          const Problem& problem) {
  record(ExitCode::invalid_data);
  print_problem("crmroi: ", source, line, problem);
}

void Diagnostics::warning(std::string_view source, std::optional<long> line,
                          const Problem& problem) {
  if (strict_) record(ExitCode::invalid_data);
  print_problem("crmroi: warning: ", source, line, problem);
}

}  // namespace crmroi::cli
