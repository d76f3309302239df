// Bad input on the output side: a full disk, closed standard output or error, a reader that closes
// early, `-o` failing midway or pointing at a FIFO, bad flags, and a comma-decimal locale in the
// environment. A failed write is an I/O error (4), never a silent 0; `-o` never leaves a
// half-written file or a temporary file behind.
#include <sys/stat.h>
#include <sys/types.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "run_process.hpp"
#include "test_bad_input_support.hpp"

using Catch::Matchers::Contains;
using crmroi::test::ProcessOptions;
using crmroi::test::read_file;
using crmroi::test::run_crmroi;
using crmroi::test::run_process;
using crmroi::test::write_file;
using namespace crmroi::test::bad_input;

namespace {

/// Command-line arguments that make a large output (a 1200-month table for 20 files).
std::vector<std::string> large_output_args(const std::string& format) {
  std::vector<std::string> args{"calc", "--format", format};
  for (int i = 0; i < 20; ++i) args.push_back(fixture("long_horizon.json"));
  return args;
}

std::string joined(const std::vector<std::string>& args) {
  std::string text;
  for (const auto& arg : args) {
    text += ' ';
    text += shell_quote(arg);
  }
  return text;
}

/// Builds a comma-decimal locale (ru_RU.UTF-8, "1 234,56") in a scratch directory for LOCPATH.
/// Returns "" when the system cannot build one (no localedef or no locale sources).
std::string comma_decimal_locale_path() {
  static const std::string path = [] {
    const std::string directory = fresh_directory("locales");
    const auto result = run_process(
        {"/bin/sh", "-c",
         "localedef -i ru_RU -f UTF-8 " + directory + "/ru_RU.UTF-8 >/dev/null 2>&1 && echo ok"});
    return result.out == "ok\n" ? directory : std::string();
  }();
  return path;
}

}  // namespace

TEST_CASE("standard output on a full disk (/dev/full) is an I/O error, not success",
          "[cli][bad_input][output]") {
  for (const char* format : {"table", "json", "jsonl", "csv", "markdown"}) {
    INFO("format " << format);
    ProcessOptions options;
    options.stdout_path = "/dev/full";
    const auto result = run_crmroi({"calc", "--format", format, fixture("good.json")}, options);
    INFO("stderr: " << result.err);
    CHECK(result.exit_code == kIoError);
    CHECK_THAT(result.err, Contains("crmroi: cannot write to standard output"));
    CHECK(line_count(result.err) == 1);
  }
  SECTION("a large output too") {
    ProcessOptions options;
    options.stdout_path = "/dev/full";
    const auto result = run_crmroi(large_output_args("json"), options);
    CHECK(result.exit_code == kIoError);
    CHECK(line_count(result.err) == 1);
    CHECK_THAT(result.err, Contains("crmroi: cannot write to standard output"));
  }
  SECTION("every command that prints") {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"compare", fixture("good.json"), fixture("long_horizon.json")},
          std::vector<std::string>{"schema"}, std::vector<std::string>{"--help"},
          std::vector<std::string>{"--version"}}) {
      INFO("args:" << joined(args));
      ProcessOptions options;
      options.stdout_path = "/dev/full";
      const auto result = run_crmroi(args, options);
      CHECK(result.exit_code == kIoError);
      CHECK_THAT(result.err, Contains("cannot write to standard output"));
    }
  }
}

TEST_CASE("a full disk with invalid input too: the I/O error wins", "[cli][bad_input][output]") {
  const std::string bad = scratch_file("bad-for-full.json", "{");
  ProcessOptions options;
  options.stdout_path = "/dev/full";
  const auto result = run_crmroi({"calc", fixture("good.json"), bad}, options);
  CHECK(result.exit_code == kIoError);
  CHECK_THAT(result.err, Contains("crmroi: " + bad + ":1:"));
  CHECK_THAT(result.err, Contains("cannot write to standard output"));
}

TEST_CASE("a closed standard output is an I/O error", "[cli][bad_input][output]") {
  const auto result = run_shell("timeout -s KILL 30 \"$CRMROI\" calc " +
                                shell_quote(fixture("good.json")) + " >&-");
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == kIoError);
  CHECK_THAT(result.err, Contains("crmroi: cannot write to standard output"));
}

TEST_CASE("a closed standard error never crashes and keeps the exit code",
          "[cli][bad_input][output]") {
  SECTION("invalid input") {
    const std::string bad = scratch_file("bad-stderr-closed.json", "{");
    const auto result = run_shell("timeout -s KILL 30 \"$CRMROI\" calc " + shell_quote(bad) +
                                  " 2>&-; echo \"exit $?\"");
    CHECK(result.out == "exit 3\n");
  }
  SECTION("good input") {
    const auto result = run_shell("timeout -s KILL 30 \"$CRMROI\" calc --format jsonl " +
                                  shell_quote(fixture("good.json")) + " 2>&-; echo \"exit $?\"");
    CHECK_THAT(result.out, Contains("\"roi_percent\""));
    CHECK_THAT(result.out, Contains("exit 0\n"));
  }
  SECTION("messages never land in the -o file when standard error is closed") {
    const std::string directory = fresh_directory("stderr-closed-o");
    const std::string out = directory + "/report.jsonl";
    // A scenario without an investment case makes compare print a message, and exit 0 (-o is
    // replaced only when every input succeeded).
    const std::string analysis_only = scratch_file(
        "analysis-only-for-o.json",
        R"({"name": "survey", "nps": {"promoters": 5, "passives": 3, "detractors": 2}})");
    const auto result = run_shell("timeout -s KILL 30 \"$CRMROI\" compare --format jsonl -o " +
                                  shell_quote(out) + " " + shell_quote(fixture("good.json")) + " " +
                                  shell_quote(analysis_only) + " 2>&-; echo \"exit $?\"");
    CHECK(result.out == "exit 0\n");
    const std::string written = read_file(out);
    CHECK_THAT(written, Contains("\"roi_percent\""));
    CHECK_THAT(written, !Contains("crmroi:"));
    CHECK(line_count(written) == 1);
  }
}

TEST_CASE("a reader that closes early (| head) ends crmroi quietly with exit 0",
          "[cli][bad_input][output]") {
  for (const char* format : {"table", "json", "jsonl", "csv", "markdown"}) {
    INFO("format " << format);
    const auto result =
        run_shell("timeout -s KILL 30 \"$CRMROI\"" + joined(large_output_args(format)) +
                  " | head -n 1 >/dev/null; echo \"exit ${PIPESTATUS[0]}\"");
    CHECK(result.out == "exit 0\n");
    CHECK(result.err.empty());
  }
  SECTION("a reader that never reads") {
    const auto result =
        run_shell("timeout -s KILL 30 \"$CRMROI\"" + joined(large_output_args("json")) +
                  " | true; echo \"exit ${PIPESTATUS[0]}\"");
    CHECK(result.out == "exit 0\n");
    CHECK(result.err.empty());
  }
}

TEST_CASE("with -o, writes the file and nothing on standard output, with the usual file mode",
          "[cli][bad_input][output]") {
  const std::string directory = fresh_directory("o-ok");
  const std::string out = directory + "/report.json";
  const auto result = run_shell("umask 022; \"$CRMROI\" calc --format json -o " + shell_quote(out) +
                                " " + shell_quote(fixture("good.json")));
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.out.empty());
  CHECK_THAT(read_file(out), Contains("\"roi_percent\": 176.6666666667"));
  struct stat status {};
  REQUIRE(stat(out.c_str(), &status) == 0);
  CHECK((status.st_mode & 0777) == 0644);
  CHECK(entries(directory) == std::vector<std::string>{"report.json"});
}

TEST_CASE("with -o, failing midway leaves the old file intact and no temporary file",
          "[cli][bad_input][output]") {
  const std::string directory = fresh_directory("o-fails");
  const std::string out = directory + "/report.json";
  write_file(out, "the previous report\n");
  // A file-size limit of 4 KiB makes the write fail with EFBIG part of the way through; SIGXFSZ is
  // ignored so that the write returns an error instead of killing the process.
  const auto result = run_shell("trap '' XFSZ; ulimit -f 4; exec \"$CRMROI\"" +
                                joined(large_output_args("json")) + " -o " + shell_quote(out));
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == kIoError);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, Contains("crmroi: " + out + ": "));
  CHECK(read_file(out) == "the previous report\n");
  CHECK(entries(directory) == std::vector<std::string>{"report.json"});
}

TEST_CASE(
    "with -o, into a missing directory, onto a directory or a read-only place is an I/O error",
    "[cli][bad_input][output]") {
  SECTION("missing directory") {
    const std::string out = scratch_directory() + "/no/such/dir/report.json";
    check_failure(run_crmroi({"calc", "-o", out, fixture("good.json")}), kIoError,
                  "crmroi: " + out + ": ");
  }
  SECTION("a directory") {
    const std::string out = fresh_directory("o-is-a-directory");
    check_failure(run_crmroi({"calc", "-o", out, fixture("good.json")}), kIoError,
                  "crmroi: " + out + ": ");
    CHECK(std::filesystem::is_directory(out));
  }
  SECTION("a read-only directory (as an unprivileged user)") {
    const std::string prefix = unprivileged_prefix();
    if (prefix == "!") {
      WARN("skipped: running as root without setpriv");
      return;
    }
    const std::string directory = fresh_directory("o-read-only");
    chmod(scratch_directory().c_str(), 0755);
    chmod(directory.c_str(), 0555);
    const std::string out = directory + "/report.json";
    const auto result = run_shell(prefix + "\"$CRMROI\" calc -o " + shell_quote(out) + " " +
                                  shell_quote(fixture("good.json")) + "; echo \"exit $?\"");
    CHECK(result.out == "exit 4\n");
    CHECK_THAT(result.err, Contains("crmroi: " + out + ": "));
    CHECK(entries(directory).empty());
  }
}

TEST_CASE("with -o, with invalid input leaves an existing file untouched",
          "[cli][bad_input][output]") {
  const std::string directory = fresh_directory("o-invalid");
  const std::string out = directory + "/report.json";
  write_file(out, "the previous report\n");
  const std::string bad = scratch_file("bad-for-o-invalid.json", "{\"name\": ");
  const auto result = run_crmroi({"calc", "-o", out, bad});
  CHECK(result.exit_code == kInvalidData);
  CHECK(read_file(out) == "the previous report\n");
  CHECK(entries(directory) == std::vector<std::string>{"report.json"});
}

TEST_CASE("with -o, onto a FIFO writes into the FIFO and leaves it a FIFO",
          "[cli][bad_input][output]") {
  const std::string directory = fresh_directory("o-fifo");
  const std::string fifo = directory + "/pipe";
  const std::string got = directory + "/got";
  REQUIRE(mkfifo(fifo.c_str(), 0644) == 0);
  const auto result = run_shell(
      "timeout -s KILL 20 cat " + shell_quote(fifo) + " > " + shell_quote(got) + " & reader=$!; " +
      "timeout -s KILL 20 \"$CRMROI\" calc --format jsonl -o " + shell_quote(fifo) + " " +
      shell_quote(fixture("good.json")) + "; status=$?; wait $reader; echo \"exit $status\"");
  INFO("stderr: " << result.err);
  CHECK(result.out == "exit 0\n");
  CHECK_THAT(read_file(got), Contains("\"roi_percent\":176.6666666667"));
  struct stat status {};
  REQUIRE(lstat(fifo.c_str(), &status) == 0);
  CHECK(S_ISFIFO(status.st_mode));
  CHECK(entries(directory) == std::vector<std::string>{"got", "pipe"});
}

TEST_CASE("bad flags are usage errors (exit 2) naming the flag", "[cli][bad_input][flags]") {
  const std::string good = fixture("good.json");
  struct Case {
    std::vector<std::string> args;
    std::string fragment;
  };
  const std::vector<Case> cases = {
      {{"calc", "--format", "xml", good}, "--format"},
      {{"calc", "--format", "", good}, "--format"},
      {{"calc", "--frobnicate", good}, "--frobnicate"},
      {{"calc", good, "-o"}, "-o"},
      {{"calc", "-x", good}, "-x"},
      {{"check", "--min-roi", "abc", good}, "--min-roi"},
      {{"check", "--min-roi", "50%", good}, "--min-roi"},
      {{"check", "--max-payback", "", good}, "--max-payback"},
      {{"check", "--min-npv", "1e400", good}, "--min-npv"},
      {{"check", "--min-roi", "nan", good}, "--min-roi"},
      {{"compare", "--sort", "no_such_key", good}, "--sort"},
      {{"frobnicate", good}, "frobnicate"},
  };
  for (const auto& c : cases) {
    INFO("args:" << joined(c.args));
    const auto result = run_crmroi(c.args);
    INFO("stderr: " << result.err);
    CHECK(result.exit_code == kUsage);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Contains(c.fragment));
  }
}

TEST_CASE("calc without any file is a usage error", "[cli][bad_input][flags]") {
  const auto result = run_crmroi({"calc"});
  CHECK(result.exit_code == kUsage);
  CHECK(result.out.empty());
  CHECK_FALSE(result.err.empty());
}

TEST_CASE("a comma-decimal locale changes neither output nor flag parsing",
          "[cli][bad_input][locale]") {
  const std::string locales = comma_decimal_locale_path();
  if (locales.empty()) {
    WARN("skipped: cannot build the ru_RU.UTF-8 locale (localedef or /usr/share/i18n missing)");
    return;
  }
  ProcessOptions c_locale;
  c_locale.env = {{"LC_ALL", "C"}, {"LANG", "C"}};
  ProcessOptions comma_locale;
  comma_locale.env = {{"LOCPATH", locales}, {"LC_ALL", "ru_RU.UTF-8"}, {"LANG", "ru_RU.UTF-8"}};
  // Prove that the locale really is a comma-decimal one in this environment.
  const auto probe = run_process({"/usr/bin/printf", "%.1f", "2.5"}, comma_locale);
  REQUIRE(probe.out == "2,5");

  for (const char* format : {"table", "json", "csv", "markdown"}) {
    INFO("format " << format);
    const std::vector<std::string> args{"calc", "--format", format, fixture("good.json"),
                                        fixture("long_horizon.json")};
    const auto expected = run_crmroi(args, c_locale);
    const auto actual = run_crmroi(args, comma_locale);
    CHECK(expected.exit_code == 0);
    CHECK(actual.exit_code == 0);
    CHECK(actual.out == expected.out);
  }
  SECTION("flags with a decimal point are read the same") {
    const std::vector<std::string> args{"check",         "--min-roi", "176.5",
                                        "--max-payback", "0.5",       fixture("good.json")};
    CHECK(run_crmroi(args, c_locale).exit_code == 0);
    CHECK(run_crmroi(args, comma_locale).exit_code == 0);
    const std::vector<std::string> missed{"check", "--min-roi", "176.7", fixture("good.json")};
    CHECK(run_crmroi(missed, comma_locale).exit_code == 1);
  }
  SECTION("a decimal comma in a flag is a usage error in both") {
    const std::vector<std::string> args{"check", "--min-roi", "176,5", fixture("good.json")};
    CHECK(run_crmroi(args, c_locale).exit_code == kUsage);
    CHECK(run_crmroi(args, comma_locale).exit_code == kUsage);
  }
}
