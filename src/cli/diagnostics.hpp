// Messages on standard error and the exit code they add up to.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/problem.hpp"
#include "exit_code.hpp"

namespace crmroi::cli {

class OutputSink;

/// One problem of an input as a message (without "crmroi: "), the place first:
///   syntax:            "a.json:3:14: expected ',' or '}'"      JSON Lines: "<stdin>:7:12: ..."
///   scenario:          "a.json: at /horizon_months: expected an integer, found 1.5"
///                      JSON Lines: "<stdin>:7: at /horizon_months: ..."
///   the whole document (the empty pointer): "a.json: at : missing required key \"name\""
/// `line` is the input line of a JSON Lines document; a syntax problem's line is counted from it.
/// Control characters in the source and message are escaped.
std::string format_problem(std::string_view source, std::optional<long> line,
                           const Problem& problem);

/// Prints messages as "crmroi: <message>" on standard error, one line each, and keeps the most
/// severe exit code seen. Standard output is flushed before each message when both reach the same
/// file (a terminal, `2>&1`), so that reports and messages appear in the order they happened.
class Diagnostics {
 public:
  explicit Diagnostics(OutputSink* output = nullptr) : output_(output) {}

  /// Prints "crmroi: <message>" (control characters escaped) and records `code`.
  void error(ExitCode code, std::string_view message);

  /// Prints one problem of an input (format_problem) and records invalid data (3).
  void problem(std::string_view source, std::optional<long> line, const Problem& problem);

  /// Prints a warning about an input, "crmroi: warning: " and format_problem's text; the exit
  /// code is unchanged unless set_strict(true) was called, then it is invalid data (3).
  void warning(std::string_view source, std::optional<long> line, const Problem& problem);

  /// warning() for each of `problems`.
  void warnings(std::string_view source, std::optional<long> line,
                const std::vector<Problem>& problems) {
    for (const Problem& problem : problems) warning(source, line, problem);
  }

  /// --strict: warnings count as invalid data (3).
  void set_strict(bool strict) { strict_ = strict; }

  /// Records an outcome without printing.
  void record(ExitCode code) { exit_code_ = most_severe(exit_code_, code); }

  [[nodiscard]] ExitCode exit_code() const { return exit_code_; }

 private:
  /// Writes prefix + `message` (control characters escaped) + "\n" to standard error, standard
  /// output flushed first when both reach the same file.
  void print(std::string_view prefix, std::string_view message);
  /// print() of a problem's text (format_problem).
  void print_problem(std::string_view prefix, std::string_view source, std::optional<long> line,
                     const Problem& problem);

  OutputSink* output_;
  ExitCode exit_code_ = ExitCode::success;
  bool strict_ = false;
  std::string text_;  ///< a problem's text before escaping, reused from message to message
  std::string line_;  ///< the line written, reused from message to message
};

}  // namespace crmroi::cli
