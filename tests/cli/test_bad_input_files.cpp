// Bad input, family "files and streams": missing, unreadable and odd files, standard input closed,
// empty or given twice, endless input, files over the size limit, thousands of files in one call,
// and batches mixing good and bad files. Each failure ends with the exit code of the README's "Exit
// codes" table, a message naming the file, and nothing on standard output.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "run_process.hpp"
#include "test_bad_input_support.hpp"

using Catch::Matchers::Contains;
using crmroi::test::ProcessOptions;
using crmroi::test::run_crmroi;
using crmroi::test::write_file;
using namespace crmroi::test::bad_input;

namespace {}  // namespace

TEST_CASE("a missing file is an I/O error naming the file", "[cli][bad_input][files]") {
  const std::string path = scratch_directory() + "/no-such-scenario.json";
  const auto result = run_crmroi({"calc", path});
  check_failure(result, kIoError, "crmroi: " + path + ": cannot read: ");
  CHECK_THAT(result.err, Contains("No such file or directory"));
}

TEST_CASE("a missing file in another command is the same I/O error", "[cli][bad_input][files]") {
  const std::string path = scratch_directory() + "/missing-too.json";
  for (const char* command : {"calc", "compare", "check", "validate"}) {
    INFO("command: " << command);
    check_failure(run_crmroi({command, path}), kIoError, "crmroi: " + path + ": cannot read: ");
  }
}

TEST_CASE("a directory given as a scenario is an I/O error naming it", "[cli][bad_input][files]") {
  const std::string directory = fresh_directory("a-directory.json");
  const auto result = run_crmroi({"calc", directory});
  check_failure(result, kIoError, "crmroi: " + directory + ": cannot read: ");
  CHECK_THAT(result.err, Contains("directory"));
}

TEST_CASE("a symbolic link loop is an I/O error naming the link", "[cli][bad_input][files]") {
  const std::string directory = fresh_directory("loop");
  const std::string link = directory + "/loop.json";
  std::filesystem::create_symlink(link, link);
  check_failure(run_crmroi({"calc", link}), kIoError, "crmroi: " + link + ": cannot read: ");
}

TEST_CASE("an unreadable file is an I/O error naming the file (run as an unprivileged user)",
          "[cli][bad_input][files]") {
  const std::string prefix = unprivileged_prefix();
  if (prefix == "!") {
    WARN("skipped: running as root without setpriv, cannot test an unreadable file");
    return;
  }
  // The scratch directory of mkdtemp is private to root: make it and a sub-directory traversable,
  // so that only the file's own mode stops the unprivileged user.
  const std::string directory = fresh_directory("unreadable");
  chmod(scratch_directory().c_str(), 0755);
  chmod(directory.c_str(), 0755);
  const std::string path = directory + "/secret.json";
  write_file(path, good_scenario_text());
  chmod(path.c_str(), 0000);
  const auto result =
      run_shell(prefix + "\"$CRMROI\" calc " + shell_quote(path) + " 2>&1 >/dev/null; echo $?");
  INFO("output: " << result.out);
  const auto lines = lines_of(result.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "crmroi: " + path + ": cannot read: Permission denied");
  CHECK(lines[1] == "4");
}

TEST_CASE("an empty file is invalid data naming the file", "[cli][bad_input][files]") {
  const std::string path = scratch_file("empty.json", "");
  const auto result = run_crmroi({"calc", path});
  check_failure(result, kInvalidData, "crmroi: " + path + ":");
  CHECK_THAT(result.err, Contains("empty"));
}

TEST_CASE("a file of whitespace only is invalid data naming the file", "[cli][bad_input][files]") {
  for (const std::string& content : {std::string(" "), std::string("\n\n\n"),
                                     std::string(" \t\r\n  \n"), std::string(10000, '\n')}) {
    const std::string path = scratch_file("whitespace.json", content);
    INFO("content bytes: " << content.size());
    check_failure(run_crmroi({"calc", path}), kInvalidData, "crmroi: " + path + ":");
  }
}

TEST_CASE("/dev/null as a scenario is an empty input, invalid data", "[cli][bad_input][files]") {
  check_failure(run_crmroi({"calc", "/dev/null"}), kInvalidData, "crmroi: /dev/null:");
}

TEST_CASE("a closed standard input is an I/O error naming <stdin>", "[cli][bad_input][stdin]") {
  ProcessOptions options;
  options.close_stdin = true;
  check_failure(run_crmroi({"calc", "-"}, options), kIoError, "crmroi: <stdin>: ");
}

TEST_CASE("an empty standard input is invalid data naming <stdin>", "[cli][bad_input][stdin]") {
  ProcessOptions options;
  options.stdin_text = "";
  const auto result = run_crmroi({"calc", "-"}, options);
  check_failure(result, kInvalidData, "crmroi: <stdin>: ");
  CHECK_THAT(result.err, Contains("empty"));
}

TEST_CASE("a standard input of blank lines only is invalid data", "[cli][bad_input][stdin]") {
  ProcessOptions options;
  options.stdin_text = "\n   \n\t\n";
  check_failure(run_crmroi({"calc", "-"}, options), kInvalidData, "crmroi: <stdin>");
}

TEST_CASE("standard input given twice is a usage error", "[cli][bad_input][stdin]") {
  ProcessOptions options;
  options.stdin_text = good_scenario_text();
  const auto result = run_crmroi({"calc", "-", "-"}, options);
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == kUsage);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, Contains("crmroi: "));
  CHECK_THAT(result.err, Contains("standard input"));
}

TEST_CASE("standard input given twice among files is still a usage error, nothing is printed",
          "[cli][bad_input][stdin]") {
  ProcessOptions options;
  options.stdin_text = good_scenario_text();
  const auto result =
      run_crmroi({"calc", fixture("good.json"), "-", fixture("good.json"), "-"}, options);
  CHECK(result.exit_code == kUsage);
  CHECK(result.out.empty());
}

TEST_CASE("/dev/zero as a file ends at the 64 MiB limit with invalid data",
          "[cli][bad_input][endless]") {
  const auto result = run_shell("timeout -s KILL 60 \"$CRMROI\" calc /dev/zero");
  check_failure(result, kInvalidData, "crmroi: /dev/zero: ");
  CHECK_THAT(result.err, Contains("64 MiB"));
}

TEST_CASE("endless standard input (/dev/zero) ends at the 64 MiB limit with invalid data",
          "[cli][bad_input][endless]") {
  const auto result = run_shell("timeout -s KILL 60 \"$CRMROI\" calc - </dev/zero");
  check_failure(result, kInvalidData, "crmroi: <stdin>");
  CHECK_THAT(result.err, Contains("64 MiB"));
}

TEST_CASE("a JSON Lines line over the 64 MiB limit is skipped and the lines after it still flow",
          "[cli][bad_input][endless]") {
  // A good first line, a line of 64 MiB + 1 bytes, a good third line: both reports are printed.
  const std::string good_line = scratch_file(
      "first-line.jsonl", R"({"name":"first","nps":{"promoters":5,"passives":3,"detractors":2}})"
                          "\n");
  const auto result =
      run_shell("{ cat " + shell_quote(good_line) +
                "; printf '{\"name\": \"'; head -c 67108865 /dev/zero | tr '\\0' x; "
                "printf '\\n'; cat " +
                shell_quote(good_line) +
                "; } | timeout -s KILL 60 "
                "\"$CRMROI\" calc --format jsonl -");
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == kInvalidData);
  CHECK(result.err ==
        "crmroi: <stdin>:2: line is longer than the 64 MiB limit; skipped to the next line\n");
  CHECK(line_count(result.out) == 2);
  CHECK_THAT(result.out, Contains("\"line\":3,"));
}

TEST_CASE("a file over the 64 MiB limit is invalid data, refused before it is read",
          "[cli][bad_input][files]") {
  // A sparse file: 64 MiB + 1 byte that take no room on disk.
  const std::string path = scratch_directory() + "/huge.json";
  {
    std::ofstream file(path, std::ios::binary);
    file << "{";
  }
  std::filesystem::resize_file(path, 64u * 1024u * 1024u + 1u);
  const auto result = run_crmroi({"calc", path});
  check_failure(result, kInvalidData, "crmroi: " + path + ": file is larger than the 64 MiB limit");
  std::filesystem::remove(path);
}

TEST_CASE("a file of exactly 64 MiB is not refused for its size", "[cli][bad_input][files]") {
  // A valid scenario padded with spaces to exactly the limit: the limit is inclusive.
  const std::string path = scratch_directory() + "/exactly-64-mib.json";
  std::string content = good_scenario_text();
  content.resize(64u * 1024u * 1024u, ' ');
  write_file(path, content);
  content.clear();
  content.shrink_to_fit();
  const auto result = run_crmroi({"calc", "--format", "jsonl", path});
  std::filesystem::remove(path);
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == 0);
  CHECK(line_count(result.out) == 1);
}

TEST_CASE("two thousand files in one call are all reported", "[cli][bad_input][many]") {
  const std::string directory = fresh_directory("many-good");
  const std::string scenario = good_scenario_text();
  std::vector<std::string> args{"calc", "--format", "jsonl"};
  for (int i = 0; i < 2000; ++i) {
    const std::string path = directory + "/s" + std::to_string(i) + ".json";
    write_file(path, scenario);
    args.push_back(path);
  }
  const auto result = run_crmroi(args);
  INFO("stderr: " << result.err.substr(0, 2000));
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  REQUIRE(line_count(result.out) == 2000);
  const auto lines = lines_of(result.out);
  CHECK_THAT(lines.front(), Contains("\"source\":\"" + directory + "/s0.json\""));
  CHECK_THAT(lines.back(), Contains("\"source\":\"" + directory + "/s1999.json\""));
}

TEST_CASE(
    "two thousand files with some missing and some invalid: every good report printed, "
    "the worst exit code wins",
    "[cli][bad_input][many]") {
  const std::string directory = fresh_directory("many-mixed");
  const std::string scenario = good_scenario_text();
  std::vector<std::string> args{"calc", "--format", "jsonl"};
  int good = 0;
  for (int i = 0; i < 2000; ++i) {
    const std::string path = directory + "/s" + std::to_string(i) + ".json";
    if (i % 100 == 37) {
      // missing: never written
    } else if (i % 100 == 73) {
      write_file(path, "{\"name\": \"broken\",");
    } else {
      write_file(path, scenario);
      ++good;
    }
    args.push_back(path);
  }
  const auto result = run_crmroi(args);
  CHECK(result.exit_code == kIoError);
  CHECK(line_count(result.out) == static_cast<std::size_t>(good));
  CHECK(line_count(result.err) == 40);
  CHECK_THAT(result.err, Contains("crmroi: " + directory + "/s37.json: cannot read: "));
  CHECK_THAT(result.err, Contains("crmroi: " + directory + "/s73.json:1:"));
}

TEST_CASE("a batch of good and bad files prints the good reports and the worst exit code",
          "[cli][bad_input][batch]") {
  const std::string good = fixture("good.json");
  const std::string syntax = scratch_file("batch-syntax.json", "{\"name\": \"x\",,}");
  const std::string schema =
      scratch_file("batch-schema.json", R"({"name": "x", "horizon_months": "six", "costs": {}})");
  const std::string missing = scratch_directory() + "/batch-missing.json";

  SECTION("invalid data only: exit 3, both good reports printed in order") {
    const auto result = run_crmroi(
        {"calc", "--format", "jsonl", good, syntax, schema, fixture("analysis_only.json")});
    INFO("stderr: " << result.err);
    CHECK(result.exit_code == kInvalidData);
    const auto lines = lines_of(result.out);
    REQUIRE(lines.size() == 2);
    CHECK_THAT(lines[0], Contains("\"source\":\"" + good + "\""));
    CHECK_THAT(lines[1], Contains("\"scenario\":\"analysis only\""));
    CHECK_THAT(result.err, Contains("crmroi: " + syntax + ":1:"));
    CHECK_THAT(result.err, Contains("crmroi: " + schema + ": at /horizon_months: "));
  }
  SECTION("a missing file beats invalid data: exit 4, the good report still printed") {
    const auto result = run_crmroi({"calc", "--format", "jsonl", missing, syntax, good});
    CHECK(result.exit_code == kIoError);
    CHECK(line_count(result.out) == 1);
    CHECK_THAT(result.out, Contains("\"source\":\"" + good + "\""));
    CHECK_THAT(result.err, Contains("crmroi: " + missing + ": cannot read: "));
    CHECK_THAT(result.err, Contains("crmroi: " + syntax + ":1:"));
  }
  SECTION("the table format also prints the good report and exits 3") {
    const auto result = run_crmroi({"calc", syntax, good});
    CHECK(result.exit_code == kInvalidData);
    CHECK_THAT(result.out, Contains("Dress e-shop on retailCRM"));
    CHECK_THAT(result.out, Contains("176.67"));
  }
  SECTION("validate reports every bad file and exits with the worst code") {
    const auto result = run_crmroi({"validate", good, syntax, schema, missing});
    CHECK(result.exit_code == kIoError);
    CHECK_THAT(result.err, Contains("crmroi: " + syntax + ":1:"));
    CHECK_THAT(result.err, Contains("crmroi: " + schema + ": at /horizon_months: "));
    CHECK_THAT(result.err, Contains("crmroi: " + missing + ": cannot read: "));
  }
}

TEST_CASE("the same good file given twice is reported twice", "[cli][bad_input][batch]") {
  const std::string good = fixture("good.json");
  const auto result = run_crmroi({"calc", "--format", "jsonl", good, good});
  CHECK(result.exit_code == 0);
  CHECK(line_count(result.out) == 2);
}
