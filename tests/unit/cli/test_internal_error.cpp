// The command line's last line of defence: an exception escaping while the app is built (CLI11
// throws a ConstructionError for a badly declared option) or while a command runs is reported as
// "crmroi: internal error: …" on standard error and gives exit code 70, never a crash or an abort.
#include <CLI/CLI.hpp>
#include <catch2/catch.hpp>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>

#include "app.hpp"

using crmroi::cli::run_reporting_internal_errors;

namespace {

struct Guarded {
  int exit_code = -1;
  std::string err;
};

// Runs `body` under the guard with standard error captured in a temporary file.
template <typename Body>
Guarded run_guarded(Body body) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> err(std::tmpfile(), &std::fclose);
  REQUIRE(err != nullptr);
  Guarded result;
  result.exit_code = run_reporting_internal_errors(body, err.get());
  std::rewind(err.get());
  char buffer[512];
  std::size_t read = 0;
  while ((read = std::fread(buffer, 1, sizeof buffer, err.get())) > 0)
    result.err.append(buffer, read);
  return result;
}

}  // namespace

TEST_CASE("an option declared twice while the app is built is an internal error, exit 70",
          "[cli][internal_error]") {
  const auto result = run_guarded([] {
    CLI::App app{"crmroi", "crmroi"};
    std::string format;
    app.add_option("--format", format);
    app.add_option("--format", format);  // CLI::OptionAlreadyAdded
    return 0;
  });
  CHECK(result.exit_code == 70);
  CHECK(result.err ==
        "crmroi: internal error: added option matched existing option name: format is already "
        "added\n");
}

TEST_CASE("an exception while a command runs is an internal error, its message escaped",
          "[cli][internal_error]") {
  const auto result = run_guarded([]() -> int { throw std::logic_error("bad \x1b[31m state"); });
  CHECK(result.exit_code == 70);
  CHECK(result.err == "crmroi: internal error: bad \\u001b[31m state\n");
}

TEST_CASE("an exception that is not a std::exception is an internal error too",
          "[cli][internal_error]") {
  const auto result = run_guarded([]() -> int { throw 42; });
  CHECK(result.exit_code == 70);
  CHECK(result.err == "crmroi: internal error: an exception that is not a std::exception\n");
}

TEST_CASE("without an exception the body's exit code passes through, nothing printed",
          "[cli][internal_error]") {
  const auto result = run_guarded([] { return 3; });
  CHECK(result.exit_code == 3);
  CHECK(result.err.empty());
}
