// The promises an adversarial run broke (README "Limits", "Output formats", "-o"): never invalid
// JSON or inf, never a lost file, never a lost stream. Each test runs the reproduction input of the
// report and asserts the exact message, exit code and file state.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "run_process.hpp"
#include "test_bad_input_support.hpp"

using crmroi::test::ProcessOptions;
using crmroi::test::read_file;
using crmroi::test::run_crmroi;
using crmroi::test::write_file;
using namespace crmroi::test::bad_input;

namespace {

// A scenario with one cost and one monthly benefit over `months` months.
std::string one_cost_scenario(const std::string& name, const std::string& cost_amount,
                              const std::string& benefit_amount, int months = 1) {
  return R"({"name": ")" + name + R"(", "horizon_months": )" + std::to_string(months) +
         R"(, "costs": {"one_time": [{"name": "set-up", "amount": )" + cost_amount +
         R"(}]}, "benefits": {"monthly": [{"name": "gain", "amount": )" + benefit_amount + "}]}}";
}

ProcessOptions with_stdin(std::string text) {
  ProcessOptions options;
  options.stdin_text = std::move(text);
  return options;
}

}  // namespace

// ---- 1. A figure that cannot be shown as a finite number is undefined, with its reason

TEST_CASE("an ROI too large to show (cost 1e-300, benefit 1e7) is null with its reason in JSON",
          "[cli][promises][undefined]") {
  const std::string file =
      scratch_file("tiny-cost.json", one_cost_scenario("tiny", "1e-300", "1e7"));
  const auto result = run_crmroi({"calc", "--format", "jsonl", file});
  INFO("stderr: " << result.err);
  REQUIRE(result.exit_code == 0);
  const auto record = nlohmann::json::parse(result.out);  // throws on a bare n/a
  CHECK(record["roi_percent"].is_null());
  CHECK(record["pv_roi_percent"].is_null());
  const auto notes = record["notes"].get<std::vector<std::string>>();
  CHECK(std::find(notes.begin(), notes.end(),
                  "roi_percent: too large to show (1e15 % or more): the investment is almost "
                  "zero") != notes.end());
  CHECK(std::find(notes.begin(), notes.end(),
                  "pv_roi_percent: too large to show (1e15 % or more): the present value of the "
                  "costs is almost zero") != notes.end());
}

TEST_CASE("an ROI too large to show reads n/a with its reason in the table, CSV and Markdown",
          "[cli][promises][undefined]") {
  // 1e15 / 5.562684646268004e-292 is finite as a fraction; as a percentage it printed inf.00 %.
  const std::string file =
      scratch_file("huge-roi.json", one_cost_scenario("huge", "5.562684646268004e-292", "1e15"));
  const auto table = run_crmroi({"calc", file});
  REQUIRE(table.exit_code == 0);
  CHECK_THAT(table.out,
             Catch::Matchers::Contains(
                 "  ROI                 n/a — too large to show (1e15 % or more): the investment "
                 "is almost zero\n"));
  CHECK_FALSE(shows_non_finite_or_negative_zero(table.out));
  const auto csv = run_crmroi({"calc", "--format", "csv", file});
  CHECK_THAT(csv.out, Catch::Matchers::Contains(
                          file + ",,huge,roi_percent,,percent,too large to show (1e15 % or more): "
                                 "the investment is almost zero\n"));
  const auto markdown = run_crmroi({"calc", "--format", "markdown", file});
  CHECK_FALSE(shows_non_finite_or_negative_zero(markdown.out));
  CHECK_THAT(markdown.out, Catch::Matchers::Contains("too large to show"));
}

TEST_CASE("compare --sort roi ranks an ROI too large to show last, as null",
          "[cli][promises][undefined]") {
  const std::string tiny =
      scratch_file("compare-tiny.json", one_cost_scenario("tiny", "1e-300", "1e7"));
  const std::string normal =
      scratch_file("compare-normal.json", one_cost_scenario("normal", "100", "200"));
  const auto result = run_crmroi({"compare", "--format", "jsonl", "--sort", "roi", tiny, normal});
  INFO("stderr: " << result.err);
  REQUIRE(result.exit_code == 0);
  const auto lines = lines_of(result.out);
  REQUIRE(lines.size() == 2);
  const auto first = nlohmann::json::parse(lines[0]);
  const auto second = nlohmann::json::parse(lines[1]);
  CHECK(first["scenario"] == "normal");
  CHECK(first["rank"] == 1);
  CHECK(second["scenario"] == "tiny");
  CHECK(second["rank"] == 2);
  CHECK(second["roi_percent"].is_null());
}

TEST_CASE("an IRR too large to show (1e-11 paid up front, 4e14 back) is undefined, not inf",
          "[cli][promises][undefined]") {
  const std::string file = scratch_file(
      "huge-irr.json",
      R"({"name": "irr", "cash_flows": {"period": "month", "costs": [1e-11, 0], "benefits": [0, 4e14]}})");
  const auto result = run_crmroi({"calc", "--format", "jsonl", file});
  REQUIRE(result.exit_code == 0);
  const auto record = nlohmann::json::parse(result.out);
  CHECK(record["irr_annual_percent"].is_null());
  const auto notes = record["notes"].get<std::vector<std::string>>();
  CHECK(std::find(notes.begin(), notes.end(),
                  "irr_annual_percent: too large to show (1e15 % or more): almost nothing is "
                  "paid up front") != notes.end());
}

TEST_CASE("a ROMI too large to show (spend 1e-300) is null with its reason",
          "[cli][promises][undefined]") {
  const std::string file = scratch_file(
      "tiny-spend.json",
      R"({"name": "romi", "marketing": {"channels": [{"name": "ads", "spend": 1e-300, "revenue": 1e7}]}})");
  const auto result = run_crmroi({"calc", "--format", "jsonl", file});
  REQUIRE(result.exit_code == 0);
  const auto record = nlohmann::json::parse(result.out);
  CHECK(record["marketing"]["channels"][0]["romi_percent"].is_null());
  CHECK_THAT(result.out, Catch::Matchers::Contains(
                             "marketing.channels[ads].romi_percent: too large to show (1e15 % or "
                             "more): the channel cost is almost zero"));
}

TEST_CASE("metric roi with an almost-zero investment prints n/a and the reason, never inf",
          "[cli][promises][undefined]") {
  const auto plain =
      run_crmroi({"metric", "roi", "--gain", "1e15", "--investment", "5.562684646268004e-292"});
  CHECK(plain.exit_code == 0);
  CHECK(plain.out == "n/a\n");
  CHECK(plain.err ==
        "crmroi: roi is undefined: too large to show (1e15 % or more): the investment is almost "
        "zero\n");
  const auto json_run = run_crmroi({"metric", "roi", "--format", "json", "--gain", "1e15",
                                    "--investment", "5.562684646268004e-292"});
  CHECK(json_run.exit_code == 0);
  const auto record = nlohmann::json::parse(json_run.out);
  CHECK(record["value"].is_null());
}

TEST_CASE("targets beyond ±1e15 are invalid data, never inf.00 % in the report",
          "[cli][promises][undefined]") {
  const std::string file = scratch_file(
      "huge-targets.json",
      R"({"name": "t", "horizon_months": 1, "costs": {"one_time": [{"name": "c", "amount": 1}]},
 "targets": {"min_roi_percent": 1.7976931348623157e308, "min_npv": -1.7976931348623157e308, "max_payback_months": 1e16}})");
  const auto result = run_crmroi({"calc", file});
  CHECK(result.exit_code == kInvalidData);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "crmroi: " + file +
            ": at /targets/min_roi_percent: expected a number ≤ 1e15, found "
            "1.7976931348623157e308\n"
            "crmroi: " +
            file +
            ": at /targets/min_npv: expected a number ≥ -1e15, found "
            "-1.7976931348623157e308\n"
            "crmroi: " +
            file + ": at /targets/max_payback_months: expected a number ≤ 1e15, found 1e16\n");
}

TEST_CASE("present values too large to show read n/a with their reason in the table",
          "[cli][promises][undefined]") {
  const std::string file =
      scratch_file("steep-negative-rate.json",
                   R"({"name": "pv", "horizon_months": 1200, "discount_rate_percent": -99.999,
 "costs": {"recurring": [{"name": "c", "monthly": 1}]}, "benefits": {"monthly": [{"name": "b", "amount": 2}]}})");
  const auto result = run_crmroi({"calc", file});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Matchers::Contains(
                             "                                       n/a — too large to show as a "
                             "number\n  Present value of benefits"));
  CHECK_THAT(result.out, Catch::Matchers::Contains("discount rate -99.999 % a year"));
  CHECK_THAT(result.out, Catch::Matchers::Contains(
                             "  PV ROI              n/a — the present values are too large to show "
                             "as numbers\n"));
  CHECK_FALSE(shows_non_finite_or_negative_zero(result.out));
  const auto json_run = run_crmroi({"calc", "--format", "jsonl", file});
  const auto record = nlohmann::json::parse(json_run.out);
  CHECK(record["pv_cost"].is_null());
  CHECK(record["npv"].is_null());
}

TEST_CASE("huge amounts in a table show 15 significant digits, as JSON does",
          "[cli][promises][numbers]") {
  // 1e15 a month for 10,000 people-hours: a total of 1.2e22, whose binary tail once printed as
  // 12,000,000,000,000,000,139,372-style noise.
  const std::string file = scratch_file(
      "huge-total.json",
      R"({"name": "big", "horizon_months": 12, "costs": {"recurring": [{"name": "c", "monthly": 1e15}]},
 "benefits": {"time_savings": [{"name": "t", "people": 1000000, "hours_per_month": 1, "hourly_cost": 1e15}]}})");
  const auto result = run_crmroi({"calc", file});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Matchers::Contains("12,000,000,000,000,000,000,000.00 USD"));
  const auto json_run = run_crmroi({"calc", "--format", "jsonl", file});
  CHECK_THAT(json_run.out, Catch::Matchers::Contains("\"total_benefit\":12000000000000000000000,"));
}

// ---- 2. -o never names an input; an empty -o is a usage error

TEST_CASE("an empty --output= is a usage error and no input is overwritten",
          "[cli][promises][output]") {
  const std::string directory = fresh_directory("empty-output");
  const std::string a = directory + "/a.json";
  const std::string b = directory + "/b.json";
  write_file(a, good_scenario_text());
  write_file(b, good_scenario_text());
  // What --output="$OUT" becomes when OUT is empty.
  const auto result = run_crmroi({"calc", "--output=", a, b});
  CHECK(result.exit_code == kUsage);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "crmroi: --output: the file name is empty; name a file, or leave out -o to write to "
        "standard output\nRun with --help for more information.\n");
  CHECK(read_file(a) == good_scenario_text());
  CHECK(read_file(b) == good_scenario_text());
}

TEST_CASE(
    "output: -o naming an input, by name or through a link, is a usage error and nothing is "
    "written",
    "[cli][promises][output]") {
  const std::string directory = fresh_directory("output-is-input");
  const std::string a = directory + "/a.json";
  write_file(a, good_scenario_text());
  for (const char* command : {"calc", "compare", "check"}) {
    INFO(command);
    const auto same = run_crmroi({command, "-o", a, a});
    CHECK(same.exit_code == kUsage);
    CHECK(same.out.empty());
    CHECK(same.err == "crmroi: -o/--output '" + a +
                          "' is also an input; name another file (an input is never "
                          "overwritten)\nRun with --help for more information.\n");
    CHECK(read_file(a) == good_scenario_text());
  }
  const std::string link = directory + "/link.json";
  REQUIRE(symlink("a.json", link.c_str()) == 0);
  const auto through_link = run_crmroi({"calc", "--format", "json", "-o", link, a});
  CHECK(through_link.exit_code == kUsage);
  CHECK(through_link.err == "crmroi: -o/--output '" + link + "' is the input '" + a +
                                "' under another name; name another file (an input is never "
                                "overwritten)\nRun with --help for more information.\n");
  CHECK(read_file(a) == good_scenario_text());
  CHECK(entries(directory) == std::vector<std::string>{"a.json", "link.json"});
}

// ---- 3. -o replaces the file only when every input succeeded, and never leaves a temporary

TEST_CASE("output: -o keeps the old file when an input fails (exit 3), and says so",
          "[cli][promises][output]") {
  const std::string directory = fresh_directory("output-kept");
  const std::string out = directory + "/report.json";
  write_file(out, "the previous report\n");
  const std::string bad = scratch_file("kept-bad.json", "{\"name\": ");
  const auto result =
      run_crmroi({"calc", "--format", "json", "-o", out, fixture("good.json"), bad});
  CHECK(result.exit_code == kInvalidData);
  CHECK(result.out.empty());
  CHECK(result.err == "crmroi: " + bad + ":1:10: unexpected end of input; expected a value\n" +
                          "crmroi: " + out + ": left unchanged because an input failed\n");
  CHECK(read_file(out) == "the previous report\n");
  CHECK(entries(directory) == std::vector<std::string>{"report.json"});

  const std::string fresh = directory + "/new.json";
  const auto none = run_crmroi({"calc", "-o", fresh, fixture("good.json"), bad});
  CHECK(none.exit_code == kInvalidData);
  CHECK_THAT(none.err, Catch::Matchers::Contains("crmroi: " + fresh +
                                                 ": not written because an input failed\n"));
  CHECK(entries(directory) == std::vector<std::string>{"report.json"});
}

TEST_CASE("check -o writes its report when targets are missed (exit 1): the report is complete",
          "[cli][promises][output]") {
  const std::string directory = fresh_directory("output-check-miss");
  const std::string out = directory + "/verdicts.txt";
  const auto result = run_crmroi({"check", "--min-roi", "1000", "-o", out, fixture("good.json")});
  CHECK(result.exit_code == 1);
  CHECK(result.err.empty());
  CHECK_THAT(read_file(out), Catch::Matchers::StartsWith("MISS  "));
}

TEST_CASE("SIGTERM or SIGINT during -o leaves the old file and no temporary file",
          "[cli][promises][output]") {
  for (const char* signal_name : {"TERM", "INT"}) {
    INFO(signal_name);
    const std::string directory = fresh_directory(std::string("output-signal-") + signal_name);
    const std::string out = directory + "/report.jsonl";
    write_file(out, "the previous report\n");
    // A JSON Lines stream that stays open (a FIFO held by descriptor 3): crmroi has made its
    // temporary file and waits for more. The script waits (up to 20 s) for the temporary to
    // appear, then signals crmroi. Job control (set -m) keeps SIGINT from being ignored in a
    // background job.
    const std::string folder = shell_quote(directory);
    const std::string fifo = scratch_directory() + "/signal-fifo-" + signal_name;
    std::filesystem::remove(fifo);
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    const auto result =
        run_shell("set -m; line=$(tr -d '\\n' < " + shell_quote(fixture("good.json")) +
                  "); \"$CRMROI\" " + "calc --format jsonl -o " + shell_quote(out) + " - < " +
                  shell_quote(fifo) + " & pid=$!; exec 3> " + shell_quote(fifo) +
                  "; printf '%s\\n' \"$line\" >&3; " + "for i in $(seq 200); do [ \"$(ls -A " +
                  folder + " | wc -l)\" -ge 2 ] && break; sleep 0.1; done; ls -A " + folder +
                  " | grep -c '^\\.crmroi-'; kill -" + signal_name +
                  " $pid; wait $pid; status=$?; exec 3>&-; echo \"exit $status\"");
    INFO("stderr: " << result.err);
    const int code = std::string(signal_name) == "TERM" ? 143 : 130;
    CHECK(result.out == "1\nexit " + std::to_string(code) + "\n");
    CHECK(read_file(out) == "the previous report\n");
    CHECK(entries(directory) == std::vector<std::string>{"report.jsonl"});
  }
}

TEST_CASE("output: -o with a 250-byte file name works: the temporary name is short",
          "[cli][promises][output]") {
  const std::string directory = fresh_directory("output-long-name");
  const std::string name = std::string(245, 'r') + ".json";
  REQUIRE(name.size() == 250);
  const auto result =
      run_crmroi({"calc", "--format", "json", "-o", directory + "/" + name, fixture("good.json")});
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == 0);
  CHECK(entries(directory) == std::vector<std::string>{name});
}

TEST_CASE(
    "output: -o through a symbolic link replaces the link's target, keeping its mode and owner",
    "[cli][promises][output]") {
  const std::string directory = fresh_directory("output-symlink");
  const std::string target = directory + "/real.json";
  const std::string link = directory + "/link.json";
  write_file(target, "old\n");
  REQUIRE(chmod(target.c_str(), 0640) == 0);
  if (running_as_root()) REQUIRE(chown(target.c_str(), 65534, 65534) == 0);
  REQUIRE(symlink("real.json", link.c_str()) == 0);
  const auto result = run_crmroi({"calc", "--format", "json", "-o", link, fixture("good.json")});
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == 0);
  struct stat link_status {};
  REQUIRE(lstat(link.c_str(), &link_status) == 0);
  CHECK(S_ISLNK(link_status.st_mode));
  CHECK_THAT(read_file(target), Catch::Matchers::Contains("\"roi_percent\": 176.6666666667"));
  struct stat status {};
  REQUIRE(stat(target.c_str(), &status) == 0);
  CHECK((status.st_mode & 07777) == 0640);
  if (running_as_root()) {
    CHECK(status.st_uid == 65534);
    CHECK(status.st_gid == 65534);
  }
  CHECK(entries(directory) == std::vector<std::string>{"link.json", "real.json"});
}

TEST_CASE("output: -o never copies setuid or setgid bits onto the new file",
          "[cli][promises][output]") {
  const std::string directory = fresh_directory("output-setuid");
  const std::string out = directory + "/report.json";
  write_file(out, "old\n");
  REQUIRE(chmod(out.c_str(), 06755) == 0);
  const auto result = run_crmroi({"calc", "--format", "json", "-o", out, fixture("good.json")});
  CHECK(result.exit_code == 0);
  struct stat status {};
  REQUIRE(stat(out.c_str(), &status) == 0);
  CHECK((status.st_mode & 07777) == 0755);
}

TEST_CASE("output: -o refuses to replace a file the user may not write, even in a writable folder",
          "[cli][promises][output]") {
  const std::string prefix = unprivileged_prefix();
  if (prefix == "!") {
    WARN("skipped: running as root without setpriv");
    return;
  }
  const std::string directory = fresh_directory("output-not-writable");
  chmod(scratch_directory().c_str(), 0755);
  chmod(directory.c_str(), 0777);
  const std::string out = directory + "/report.json";
  write_file(out, "someone else's report\n");
  chmod(out.c_str(), 0444);
  const std::string input = directory + "/in.json";
  write_file(input, good_scenario_text());
  chmod(input.c_str(), 0644);
  const auto result = run_shell(prefix + "\"$CRMROI\" calc -o " + shell_quote(out) + " " +
                                shell_quote(input) + "; echo \"exit $?\"");
  CHECK(result.out == "exit " + std::to_string(kIoError) + "\n");
  CHECK(result.err == "crmroi: " + out + ": cannot write: Permission denied\n");
  CHECK(read_file(out) == "someone else's report\n");
  CHECK(entries(directory) == std::vector<std::string>{"in.json", "report.json"});
}

TEST_CASE(
    "output: -o /dev/stdout into a reader that closes early ends quietly, as plain stdout does",
    "[cli][promises][output]") {
  // A long stream, so that crmroi is still writing when head has gone.
  const auto stream =
      run_shell("line=$(tr -d '\\n' < " + shell_quote(fixture("good.json")) +
                "); for i in $(seq 3000); do printf '%s\\n' \"$line\"; done | timeout -s KILL 60 "
                "\"$CRMROI\" calc --format jsonl -o /dev/stdout - | head -n 1 >/dev/null; "
                "echo \"exit ${PIPESTATUS[1]}\"");
  CHECK(stream.out == "exit 0\n");
  CHECK(stream.err.empty());
}

// ---- 4. Standard input: a bad first line does not lose the stream

TEST_CASE("JSON Lines whose first line is truncated: <stdin>:1 is reported, the rest flows",
          "[cli][promises][stdin]") {
  std::string line = good_scenario_text();
  line.erase(std::remove(line.begin(), line.end(), '\n'), line.end());
  const std::string input = line.substr(0, 20) + "\n" + line + "\n" + line + "\n" + line + "\n";
  const auto result = run_crmroi({"calc", "--format", "jsonl", "-"}, with_stdin(input));
  CHECK(result.exit_code == kInvalidData);
  CHECK(lines_of(result.out).size() == 3);
  CHECK_THAT(result.out, Catch::Matchers::Contains("\"line\":2,"));
  CHECK_THAT(result.out, Catch::Matchers::Contains("\"line\":4,"));
  CHECK(lines_of(result.err).size() == 1);
  CHECK_THAT(result.err, Catch::Matchers::StartsWith("crmroi: <stdin>:1:"));
}

TEST_CASE("JSON Lines whose first line is a comment: <stdin>:1 is reported, the rest flows",
          "[cli][promises][stdin]") {
  std::string line = good_scenario_text();
  line.erase(std::remove(line.begin(), line.end(), '\n'), line.end());
  const auto result = run_crmroi(
      {"check", "-"}, with_stdin("# scenarios for the board\n" + line + "\n" + line + "\n"));
  CHECK(result.exit_code == kInvalidData);
  CHECK(lines_of(result.out).size() == 2);
  CHECK(result.err ==
        "crmroi: <stdin>:1:1: invalid literal; JSON has no comments (use a key starting with "
        "\"_\")\n");
}

TEST_CASE("pretty-printed objects one after another on stdin (jq without -c) are a stream",
          "[cli][promises][stdin]") {
  const std::string pretty =
      "{\n  \"name\": \"first\",\n  \"horizon_months\": 1,\n  \"costs\": {\n    \"one_time\": [\n"
      "      {\"name\": \"c\", \"amount\": 100}\n    ]\n  }\n}\n"
      "{\n  \"name\": \"second\",\n  \"horizon_months\": 1,\n  \"costs\": {\n    \"one_time\": [\n"
      "      {\"name\": \"c\", \"amount\": 200}\n    ]\n  }\n}\n";
  const auto result = run_crmroi({"calc", "--format", "jsonl", "-"}, with_stdin(pretty));
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == 0);
  const auto lines = lines_of(result.out);
  REQUIRE(lines.size() == 2);
  const auto first = nlohmann::json::parse(lines[0]);
  const auto second = nlohmann::json::parse(lines[1]);
  CHECK(first["scenario"] == "first");
  CHECK(first["line"] == 1);
  CHECK(first["total_cost"] == 100);
  CHECK(second["scenario"] == "second");
  CHECK(second["line"] == 10);
  CHECK(second["total_cost"] == 200);

  // A problem in the second document is placed at its line in the input.
  const std::string broken = pretty.substr(0, pretty.size() - 2) + "\n";  // no closing brace
  const auto bad = run_crmroi({"calc", "--format", "jsonl", "-"}, with_stdin(broken));
  CHECK(bad.exit_code == kInvalidData);
  CHECK(lines_of(bad.out).size() == 1);
  // (The first document's warning about its default currency comes first.)
  CHECK_THAT(bad.err, Catch::Matchers::EndsWith(
                          "\ncrmroi: <stdin>:19:1: unexpected end of input; expected '}'\n"));
}

TEST_CASE("one pretty-printed document on stdin is still one document without a line",
          "[cli][promises][stdin]") {
  const auto result =
      run_crmroi({"calc", "--format", "jsonl", "-"}, with_stdin(good_scenario_text()));
  CHECK(result.exit_code == 0);
  const auto record = nlohmann::json::parse(result.out);
  CHECK_FALSE(record.contains("line"));
}

TEST_CASE("a JSON Lines line over 64 MiB is skipped with a message and the stream goes on",
          "[cli][promises][stdin]") {
  std::string line = good_scenario_text();
  line.erase(std::remove(line.begin(), line.end(), '\n'), line.end());
  std::string input = line + "\n";
  input += "{\"name\": \"";
  input.append(std::size_t{64} * 1024 * 1024, 'x');
  input += "\"}\n" + line + "\n" + line + "\n";
  const auto result = run_crmroi({"calc", "--format", "jsonl", "-"}, with_stdin(std::move(input)));
  CHECK(result.exit_code == kInvalidData);
  CHECK(lines_of(result.out).size() == 3);
  CHECK_THAT(result.out, Catch::Matchers::Contains("\"line\":4,"));
  CHECK(result.err ==
        "crmroi: <stdin>:2: line is longer than the 64 MiB limit; skipped to the next line\n");
}

// ---- 5. Per-input limits (README "Limits"): a clear error beyond them, memory bounded

TEST_CASE("more than 10,000 lines in a block is invalid data at the block's pointer",
          "[cli][promises][limits]") {
  // 10,001 recurring lines of 1 a month: one over the limit; none of them is evaluated.
  std::string lines;
  for (int line = 0; line < 10'001; ++line) lines += R"({"name": "c", "monthly": 1},)";
  lines.pop_back();
  const std::string file = scratch_file(
      "too-many-lines.json",
      R"({"name": "lines", "horizon_months": 12, "costs": {"recurring": [)" + lines + "]}}");
  const auto result = run_crmroi({"calc", "--format", "json", file});
  CHECK(result.exit_code == kInvalidData);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "crmroi: " + file +
            ": at /costs/recurring: expected at most 10,000 elements, found 10,001\n");
}

TEST_CASE("more than 10,000,000 NPS scores is invalid data, 10,000,000 are read",
          "[cli][promises][limits]") {
  const auto scores_file = [](const std::string& name, std::size_t count) {
    std::string text = R"({"name": "survey", "currency": "USD", "nps": {"scores": [)";
    text.reserve(text.size() + 2 * count + 8);
    for (std::size_t score = 0; score < count; ++score) text += score % 2 == 0 ? "9," : "3,";
    text.back() = ']';
    text += "}}";
    return scratch_file(name, text);
  };
  const std::string over = scores_file("scores-over.json", 10'000'001);
  const auto refused = run_crmroi({"validate", over});
  CHECK(refused.exit_code == kInvalidData);
  CHECK(refused.out.empty());
  CHECK(refused.err ==
        "crmroi: " + over +
            ": at /nps/scores: expected at most 10,000,000 scores, found 10,000,001\n");
  // Exactly the limit: half promoters (9), half detractors (3): NPS = 50 % - 50 % = 0.
  const std::string at_limit = scores_file("scores-at-limit.json", 10'000'000);
  const auto read = run_crmroi({"calc", "--format", "jsonl", at_limit});
  CHECK(read.exit_code == 0);
  CHECK_THAT(read.out,
             Catch::Matchers::Contains(
                 R"("nps":{"nps":0,"promoters":5000000,"passives":0,"detractors":5000000})"));
}

TEST_CASE("more than 12,000,000 values in one document stops the parser with a pointer",
          "[cli][promises][limits]") {
  // Under a comment key, so that only the count of values can refuse it: 12,000,001 zeros.
  std::string text = R"({"name": "big", "_padding": [)";
  for (int value = 0; value < 12'000'001; ++value) text += "0,";
  text.back() = ']';
  text += "}";
  const std::string file = scratch_file("too-many-values.json", text);
  const auto result = run_crmroi({"validate", file});
  CHECK(result.exit_code == kInvalidData);
  CHECK(result.out.empty());
  CHECK(result.err == "crmroi: " + file +
                          ": at /_padding: more than 12,000,000 values in one document; at most "
                          "12,000,000 are allowed\n");
}

// ---- 7. Smaller promises

TEST_CASE("a duplicate key at the top level is placed at its pointer", "[cli][promises][smaller]") {
  const std::string file =
      scratch_file("top-duplicate.json",
                   R"({"name": "a", "horizon_months": 1, "costs": {"one_time": []}, "name": "b"})");
  const auto result = run_crmroi({"validate", file});
  CHECK(result.exit_code == kInvalidData);
  CHECK(result.err == "crmroi: " + file + ": at /name: duplicate key \"name\"\n");
}

TEST_CASE("a very long unknown key is cut in the pointer as in the message",
          "[cli][promises][smaller]") {
  const std::string key(100, 'k');
  const std::string file = scratch_file(
      "long-key.json", R"({"name": "a", "horizon_months": 1, "costs": {}, ")" + key + R"(": 1})");
  const auto result = run_crmroi({"validate", file});
  CHECK(result.exit_code == kInvalidData);
  const std::string cut = std::string(60, 'k') + "...";
  CHECK_THAT(result.err, Catch::Matchers::StartsWith("crmroi: " + file + ": at /" + cut + ": "));
  CHECK(result.err.size() < 400);
}

TEST_CASE("a JSON Lines line that starts with a NUL byte is not called UTF-16",
          "[cli][promises][smaller]") {
  std::string line = good_scenario_text();
  line.erase(std::remove(line.begin(), line.end(), '\n'), line.end());
  const std::string input = line + "\n" + std::string(1, '\0') + line + "\n" + line + "\n";
  const auto result = run_crmroi({"validate", "-"}, with_stdin(input));
  CHECK(result.exit_code == kInvalidData);
  CHECK(result.out == "<stdin>:1: ok\n<stdin>:3: ok\n");
  CHECK(result.err == "crmroi: <stdin>:2:1: unexpected NUL byte\n");
}

TEST_CASE("huge amounts in the arithmetic text show 15 significant digits, as JSON does",
          "[cli][promises][smaller]") {
  // 999,999,937 people x 743.3 h x 999,999,999,999.13 an hour = 7.43299953171453e23 a month
  // (15 significant digits: 743,299,953,171,453 then nine zeros), never its binary tail.
  const std::string file = scratch_file(
      "huge-arithmetic.json",
      R"({"name": "big", "horizon_months": 12, "costs": {"one_time": [{"name": "c", "amount": 1}]},
 "benefits": {"time_savings": [{"name": "t", "people": 999999937, "hours_per_month": 743.3,
 "hourly_cost": 999999999999.13}]}})");
  const auto table = run_crmroi({"calc", "--width", "200", file});
  REQUIRE(table.exit_code == 0);
  CHECK_THAT(table.out,
             Catch::Matchers::Contains("999,999,937 people × 743.3 h/month × 999,999,999,999.13/h "
                                       "= 743,299,953,171,453,000,000,000 a month"));
  const auto record = run_crmroi({"calc", "--format", "jsonl", file});
  CHECK_THAT(record.out, Catch::Matchers::Contains("= 743,299,953,171,453,000,000,000 a month\""));
  CHECK_THAT(record.out, Catch::Matchers::Contains("\"total_benefit\":8919599438057440000000000,"));
}
