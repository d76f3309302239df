// Fuzz target: standard input read as the CLI reads it (crmroi calc -): one JSON document or JSON
// Lines, decided by the first non-blank line, each document loaded as a scenario, evaluated and
// rendered as a JSON Lines record. The bytes are put behind standard input through a memory file.
// Checks: no crash or hang; only "success" or "invalid data" as the outcome (a memory file never
// fails to read); empty input is invalid data; JSON Lines records come in increasing line order
// and each renders as exactly one line.
//   scripts/fuzz 60 fuzz_json_lines
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "crmroi/render.hpp"
#include "crmroi/report.hpp"
#include "crmroi/words.hpp"
#include "diagnostics.hpp"
#include "exit_code.hpp"
#include "fuzz_checks.hpp"
#include "input.hpp"

namespace {

// A memory file that stands in for standard input (descriptor 0 shares its offset).
int stdin_memory_file() {
  static const int fd = [] {
    const int memory = memfd_create("crmroi-fuzz-stdin", 0);
    crmroi::fuzz::require(memory >= 0, "memfd_create failed");
    crmroi::fuzz::require(dup2(memory, STDIN_FILENO) == STDIN_FILENO, "dup2 failed");
    return memory;
  }();
  return fd;
}

void put_on_stdin(const std::uint8_t* data, std::size_t size) {
  const int fd = stdin_memory_file();
  crmroi::fuzz::require(ftruncate(fd, 0) == 0, "ftruncate failed");
  std::size_t written = 0;
  while (written < size) {
    const ssize_t count = pwrite(fd, data + written, size - written, static_cast<off_t>(written));
    crmroi::fuzz::require(count > 0, "pwrite failed");
    written += static_cast<std::size_t>(count);
  }
  crmroi::fuzz::require(lseek(fd, 0, SEEK_SET) == 0, "lseek failed");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  put_on_stdin(data, size);
  crmroi::cli::Diagnostics diagnostics;
  long previous_line = 0;
  const std::vector<std::string> arguments{"-"};
  crmroi::cli::for_each_scenario(arguments, diagnostics, [&](crmroi::cli::LoadedScenario& loaded) {
    crmroi::fuzz::require(loaded.source == "<stdin>", "a scenario not named <stdin>");
    if (loaded.line) {
      crmroi::fuzz::require(*loaded.line > previous_line, "JSON Lines out of order");
      previous_line = *loaded.line;
    }
    crmroi::SourcedReport sourced{std::string(loaded.source), loaded.line,
                                  crmroi::evaluate(loaded.scenario)};
    crmroi::words_for_report(sourced.report, {.arithmetic = true, .assumptions = false});
    crmroi::fuzz::check_report(sourced.report);
    const std::string record =
        crmroi::render_calc(sourced, crmroi::OutputFormat::jsonl, crmroi::RenderOptions{});
    crmroi::fuzz::require(!record.empty() && record.find('\n') == record.size() - 1,
                          "a JSON Lines record is not exactly one line");
    return true;
  });
  const auto outcome = diagnostics.exit_code();
  crmroi::fuzz::require(
      outcome == crmroi::cli::ExitCode::success || outcome == crmroi::cli::ExitCode::invalid_data,
      "reading standard input ended in neither success nor invalid data");
  if (size == 0)
    crmroi::fuzz::require(outcome == crmroi::cli::ExitCode::invalid_data,
                          "an empty standard input was not invalid data");
  return 0;
}
