// Helpers shared by the bad-input CLI tests (tests/cli/test_bad_input_*.cpp): fixtures, scratch
// files, running the binary inside a shell (for redirections such as `>&-` or `| head`), and the
// checks every failure must pass: the exit code of the README's "Exit codes" table, a message on
// standard error that names the file and the place, and nothing on standard output.
#pragma once

#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstddef>
#include <filesystem>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "run_process.hpp"

namespace crmroi::test::bad_input {

/// A committed fixture under tests/data/bad_input/.
inline std::string fixture(const std::string& name) {
  return source_path("tests/data/bad_input/" + name);
}

/// The committed valid scenario (the dress e-shop of the README's "Scenario files" section).
inline std::string good_scenario_text() { return read_file(fixture("good.json")); }

using crmroi::test::kInvalidData;
using crmroi::test::kIoError;
using crmroi::test::kUsage;
using crmroi::test::scratch_directory;
using crmroi::test::scratch_file;

/// A fresh empty scratch directory (for tests that list or count the files they leave).
inline std::string fresh_directory(const std::string& name) {
  const std::string path = scratch_directory() + "/" + name;
  std::filesystem::remove_all(path);
  std::filesystem::create_directories(path);
  return path;
}

/// Runs `script` with bash; "$CRMROI" is the binary under test. Every crmroi run inside the script
/// should be wrapped in `timeout` by the caller when it could block (FIFOs, pipes).
inline ProcessResult run_shell(const std::string& script, ProcessOptions options = {}) {
  options.env["CRMROI"] = CRMROI_BINARY;
  return run_process({"/bin/bash", "-c", script}, options);
}

/// Quotes `text` for bash.
inline std::string shell_quote(std::string_view text) {
  std::string quoted = "'";
  for (const char c : text) {
    if (c == '\'')
      quoted += "'\\''";
    else
      quoted += c;
  }
  return quoted + "'";
}

/// The names of the entries of `directory`, sorted (to check what a run left behind).
inline std::vector<std::string> entries(const std::string& directory) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(directory))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

/// Number of lines in `text` (a last line without '\n' counts).
inline std::size_t line_count(std::string_view text) {
  std::size_t lines = 0;
  for (const char c : text) lines += c == '\n' ? 1 : 0;
  if (!text.empty() && text.back() != '\n') ++lines;
  return lines;
}

/// The lines of `text`, without their '\n'.
inline std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.emplace_back(text.substr(start));
      break;
    }
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

/// True when `text` holds a byte that a terminal, a spreadsheet or a markdown viewer would act
/// on: C0 controls other than '\n' and '\t', DEL, or a UTF-8-encoded C1 control (U+0080..U+009F).
inline bool has_raw_control_bytes(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f) return true;
    if (byte == 0xc2 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9f) return true;
    }
  }
  return false;
}

/// True when `text` shows a non-finite number or a negative zero anywhere: inf, nan, Infinity,
/// NaN, -0, -0.00 (as a whole token, so "information" or "-0.5" do not count).
/// The names of the tests' temporary directories ("crmroi-test-" and six random letters or
/// digits, which may spell "-0..." or "NaN") are left out first: reports print their paths, and a
/// random name once made this check fail about one run in fifty.
inline bool shows_non_finite_or_negative_zero(const std::string& text) {
  static const std::regex temporary_name(R"(crmroi-test-[A-Za-z0-9]{6})");
  static const std::regex pattern(R"((^|[^A-Za-z_])(-?inf(inity)?|-?nan)([^A-Za-z_]|$))",
                                  std::regex::icase);
  static const std::regex negative_zero(R"((^|[^0-9.])-0(\.0+)?([^0-9.]|$))");
  const std::string checked = std::regex_replace(text, temporary_name, "crmroi-test-DIR");
  return std::regex_search(checked, pattern) || std::regex_search(checked, negative_zero);
}

/// The checks every failed run must pass: the exit code, nothing on standard output, every line of
/// standard error starting with "crmroi: ", no raw control bytes on standard error, and the
/// expected fragment (the file and the place) in it.
inline void check_failure(const ProcessResult& result, int expected_exit_code,
                          const std::string& expected_fragment) {
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == expected_exit_code);
  CHECK(result.out.empty());
  CHECK_FALSE(result.err.empty());
  for (const auto& line : lines_of(result.err)) {
    INFO("stderr line: " << line);
    CHECK(line.rfind("crmroi: ", 0) == 0);
  }
  CHECK_FALSE(has_raw_control_bytes(result.err));
  CHECK_THAT(result.err, Catch::Matchers::Contains(expected_fragment));
}

/// True when standard error matches `pattern` (ECMAScript regex) somewhere.
inline bool err_matches(const ProcessResult& result, const std::string& pattern) {
  return std::regex_search(result.err, std::regex(pattern));
}

/// Escapes `text` for use inside a std::regex pattern.
inline std::string regex_escape(std::string_view text) {
  static const std::string special = R"(\^$.|?*+()[]{}/)";
  std::string escaped;
  for (const char c : text) {
    if (special.find(c) != std::string::npos) escaped += '\\';
    escaped += c;
  }
  return escaped;
}

/// True when this process runs as root (then permission tests drop to nobody with setpriv).
inline bool running_as_root() { return geteuid() == 0; }

/// The command prefix that runs a program as an unprivileged user, or "" when this process is
/// already unprivileged; nullopt-like "!" when root but setpriv is missing.
inline std::string unprivileged_prefix() {
  if (!running_as_root()) return "";
  if (access("/usr/bin/setpriv", X_OK) != 0) return "!";
  return "/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups ";
}

}  // namespace crmroi::test::bad_input
