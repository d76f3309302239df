// End-to-end tests of `crmroi calc`: every test checks standard output, standard error and the exit
// code together.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include "crmroi/version.hpp"

#include "run_process.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using crmroi::test::ProcessOptions;
using crmroi::test::ProcessResult;
using crmroi::test::read_file;
using crmroi::test::run_crmroi;
using crmroi::test::source_path;
using crmroi::test::temporary_directory;
using crmroi::test::write_file;

namespace {

constexpr const char* kEshop = "examples/eshop-retailcrm.json";

/// Options that run crmroi in the source tree, so that example paths print as written.
ProcessOptions in_source_tree() {
  ProcessOptions options;
  options.working_directory = source_path("");
  return options;
}

ProcessOptions with_stdin(std::string text) {
  ProcessOptions options = in_source_tree();
  options.stdin_text = std::move(text);
  return options;
}

/// The README's scenario example, as written there.
const std::string kSpecExample = R"({
  "name": "Dress e-shop on retailCRM",
  "currency": "RUB",
  "horizon_months": 6,
  "discount_rate_percent": 0,
  "business": { "orders_per_month": 300, "profit_per_order": 300 },
  "costs": {
    "one_time":  [],
    "recurring": [ { "name": "subscription, 10 per order", "monthly": 3000 } ]
  },
  "benefits": {
    "time_savings": [ { "name": "order operator", "people": 1,
                        "minutes_per_day": 40, "days_per_month": 30,
                        "hourly_cost": 190 } ],
    "order_uplift": { "percent": 5 }
  },
  "adoption": { "implementation_months": 0, "ramp_months": 0 },
  "targets": { "min_roi_percent": 100, "max_payback_months": 12 }
}
)";

std::string one_line(const std::string& name, int promoters) {
  return R"({"name": ")" + name + R"(", "nps": {"promoters": )" + std::to_string(promoters) +
         R"(, "passives": 2, "detractors": 2}})";
}

}  // namespace

TEST_CASE("calc --format json on the e-shop example gives the README's figures",
          "[cli][calc][json]") {
  const ProcessResult result = run_crmroi({"calc", "--format", "json", kEshop}, in_source_tree());
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK_THAT(
      result.out,
      StartsWith("{\n  \"format_version\": 1,\n  \"crmroi_version\": \"" CRMROI_VERSION_STRING
                 "\",\n  \"source\": "
                 "\"examples/eshop-retailcrm.json\",\n  \"scenario\": "
                 "\"Dress e-shop on retailCRM\",\n  \"currency\": \"RUB\",\n"));
  CHECK_THAT(result.out, Contains("\n  \"total_cost\": 18000,\n"));
  CHECK_THAT(result.out, Contains("\n  \"total_benefit\": 49800,\n"));
  CHECK_THAT(result.out, Contains("\n  \"roi_percent\": 176.6666666667,\n"));
  CHECK_THAT(result.out, Contains("\n  \"payback_months\": 0,\n"));
  const auto record = nlohmann::json::parse(result.out);
  CHECK(record.at("net") == 31800);
  CHECK(record.at("irr_annual_percent").is_null());
  CHECK(record.at("notes") ==
        nlohmann::json::array({"irr_annual_percent: net cash flow never changes sign"}));
  CHECK(record.at("months").size() == 7);
  CHECK(record.at("months").back().at("cumulative") == 31800);
}

TEST_CASE("calc prints a table by default, headline metrics last", "[cli][calc][table]") {
  const ProcessResult result = run_crmroi({"calc", kEshop}, in_source_tree());
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK_THAT(result.out,
             StartsWith("Dress e-shop on retailCRM\n"
                        "examples/eshop-retailcrm.json · 6 months · discount rate 0.00 % a year · "
                        "amounts in RUB\n\nCosts\n"));
  CHECK_THAT(result.out, Contains("  Total cost (TCO)"));
  CHECK_THAT(result.out, Contains("18,000.00 RUB\n  Total benefit"));
  CHECK_THAT(result.out, Contains("\nReturn on investment\n"
                                  "  ROI                    176.67 %\n"
                                  "  PV ROI                 176.67 %\n"
                                  "  NPV                 31,800.00 RUB\n"
                                  "  IRR (annual)        n/a — net cash flow never changes sign\n"
                                  "  Payback                  0.00 months\n"
                                  "  Discounted payback       0.00 months\n"));
  CHECK(result.out.find("\x1b[") == std::string::npos);  // not a terminal: no colour
}

TEST_CASE("calc --monthly adds the cash flow month by month", "[cli][calc][table]") {
  const ProcessResult result = run_crmroi({"calc", "--monthly", kEshop}, in_source_tree());
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK_THAT(result.out, Contains("Cash flow by month (RUB)\n"
                                  "  month      cost   benefit       net  cumulative\n"
                                  "      0      0.00      0.00      0.00        0.00\n"
                                  "      1  3,000.00  8,300.00  5,300.00    5,300.00\n"));
  CHECK_THAT(result.out, Contains("      6  3,000.00  8,300.00  5,300.00   31,800.00\n"));
}

TEST_CASE("calc --format csv prints one header and a row per metric", "[cli][calc][csv]") {
  const ProcessResult result =
      run_crmroi({"calc", "--format", "csv", kEshop, kEshop}, in_source_tree());
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK_THAT(result.out, StartsWith("source,line,scenario,metric,value,unit,note\n"
                                    "examples/eshop-retailcrm.json,,Dress e-shop on retailCRM,"
                                    "total_cost,18000,RUB,\n"));
  CHECK_THAT(result.out,
             Contains("examples/eshop-retailcrm.json,,Dress e-shop on retailCRM,"
                      "irr_annual_percent,,percent,net cash flow never changes sign\n"));
  CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 1 + 2 * 14);
}

TEST_CASE("calc --format csv --monthly prints the cash flow in long form", "[cli][calc][csv]") {
  const ProcessResult result =
      run_crmroi({"calc", "--format", "csv", "--monthly", kEshop}, in_source_tree());
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK_THAT(result.out, StartsWith("source,line,scenario,month,cost,benefit,net,cumulative\n"
                                    "examples/eshop-retailcrm.json,,Dress e-shop on retailCRM,"
                                    "0,0,0,0,0\n"));
  CHECK_THAT(result.out, Contains(",6,3000,8300,5300,31800\n"));
}

TEST_CASE("calc --format markdown gives a section per scenario", "[cli][calc][markdown]") {
  const ProcessResult result =
      run_crmroi({"calc", "--format", "markdown", kEshop}, in_source_tree());
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK_THAT(result.out, StartsWith("## Dress e-shop on retailCRM\n\n"));
  CHECK_THAT(result.out, Contains("| ROI | 176.67 % |\n"));
  CHECK_THAT(result.out, Contains("| IRR (annual) | n/a — net cash flow never changes sign |\n"));
}

TEST_CASE("calc --format json on several files prints one document per file", "[cli][calc][json]") {
  const ProcessResult result = run_crmroi(
      {"calc", "--format", "json", kEshop, "examples/nps-survey.json"}, in_source_tree());
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  const std::size_t second = result.out.find("}\n{\n");
  REQUIRE(second != std::string::npos);
  CHECK(nlohmann::json::parse(result.out.substr(0, second + 2)).at("total_cost") == 18000);
  CHECK(nlohmann::json::parse(result.out.substr(second + 2)).at("nps").at("nps") == 20);
}

TEST_CASE("calc on several files with one bad prints the good report and exits 3",
          "[cli][calc][batch]") {
  const std::string directory = temporary_directory();
  const std::string bad = directory + "/bad.json";
  write_file(bad, "{\"name\": \"x\", \"horizon_months\": 1.5, \"costs\": {}}");
  const ProcessResult result =
      run_crmroi({"calc", "--format", "jsonl", bad, kEshop}, in_source_tree());
  CHECK(result.exit_code == 3);
  CHECK(result.err == "crmroi: " + bad + ": at /horizon_months: expected an integer, found 1.5\n");
  CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 1);
  CHECK_THAT(result.out, Contains("\"source\":\"examples/eshop-retailcrm.json\""));
  CHECK_THAT(result.out, Contains("\"roi_percent\":176.6666666667"));
}

TEST_CASE("calc on a missing file is an I/O error (4) naming it", "[cli][calc][files]") {
  const ProcessResult result = run_crmroi({"calc", "no-such.json"}, in_source_tree());
  CHECK(result.exit_code == 4);
  CHECK(result.out.empty());
  CHECK(result.err == "crmroi: no-such.json: cannot read: No such file or directory\n");
}

TEST_CASE("calc on a missing file and a good one: the report, then exit 4", "[cli][calc][batch]") {
  const ProcessResult result =
      run_crmroi({"calc", "--format", "jsonl", "no-such.json", kEshop}, in_source_tree());
  CHECK(result.exit_code == 4);
  CHECK(result.err == "crmroi: no-such.json: cannot read: No such file or directory\n");
  CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 1);
}

TEST_CASE("calc - reads one pretty-printed document from standard input", "[cli][calc][stdin]") {
  const ProcessResult result =
      run_crmroi({"calc", "--format", "jsonl", "-"}, with_stdin("\n\n" + kSpecExample));
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK_THAT(result.out,
             StartsWith(R"({"format_version":1,"crmroi_version":")" CRMROI_VERSION_STRING
                        R"(","source":"<stdin>","scenario":)"));
  CHECK_THAT(result.out, Contains(R"("total_cost":18000,"total_benefit":49800,)"));
  CHECK_THAT(result.out, Contains(R"("roi_percent":176.6666666667,)"));
  CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 1);
}

TEST_CASE("calc - reports a syntax error of a document on standard input at its line",
          "[cli][calc][stdin]") {
  const ProcessResult result = run_crmroi(
      {"calc", "-"}, with_stdin("\n{\n  \"name\": \"x\",\n  \"horizon_months\": 6,,\n}"));
  CHECK(result.exit_code == 3);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, StartsWith("crmroi: <stdin>:4:"));
}

TEST_CASE("calc - with JSON Lines: a bad middle line is reported, the others still flow",
          "[cli][calc][stdin][jsonl]") {
  const std::string input =
      one_line("first", 6) + "\n" +
      R"({"name": "second", "nps": {"promoters": -1, "passives": 2, "detractors": 2}})" + "\n\n" +
      one_line("third", 1) + "\n";
  const ProcessResult result = run_crmroi({"calc", "--format", "jsonl", "-"}, with_stdin(input));
  CHECK(result.exit_code == 3);
  CHECK(result.err == "crmroi: <stdin>:2: at /nps/promoters: expected an integer ≥ 0, found -1\n");
  CHECK(
      result.out ==
      R"({"format_version":1,"crmroi_version":")" CRMROI_VERSION_STRING
      R"(","source":"<stdin>","line":1,"scenario":"first","currency":"USD","nps":{"nps":40,"promoters":6,"passives":2,"detractors":2},"notes":[]})"
      "\n"
      R"({"format_version":1,"crmroi_version":")" CRMROI_VERSION_STRING
      R"(","source":"<stdin>","line":4,"scenario":"third","currency":"USD","nps":{"nps":-20,"promoters":1,"passives":2,"detractors":2},"notes":[]})"
      "\n");
}

TEST_CASE("calc - with JSON Lines: a syntax error carries the input line and column",
          "[cli][calc][stdin][jsonl]") {
  const std::string input = one_line("first", 6) + "\n{\"name\": \"second\",, }\n";
  const ProcessResult result = run_crmroi({"calc", "--format", "jsonl", "-"}, with_stdin(input));
  CHECK(result.exit_code == 3);
  CHECK_THAT(result.err, StartsWith("crmroi: <stdin>:2:19: "));
  CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 1);
}

TEST_CASE("calc - on an empty standard input is invalid data (3)", "[cli][calc][stdin]") {
  const ProcessResult result = run_crmroi({"calc", "-"}, with_stdin(""));
  CHECK(result.exit_code == 3);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "crmroi: <stdin>: no input; expected a JSON object or JSON Lines (standard input is "
        "empty)\n");
}

TEST_CASE("calc - on a closed standard input is an I/O error (4)", "[cli][calc][stdin]") {
  ProcessOptions options = in_source_tree();
  options.close_stdin = true;
  const ProcessResult result = run_crmroi({"calc", "-"}, options);
  CHECK(result.exit_code == 4);
  CHECK(result.out.empty());
  CHECK(result.err == "crmroi: <stdin>: cannot read: Bad file descriptor\n");
}

TEST_CASE("calc with - twice is a usage error (2) before anything is read", "[cli][calc][stdin]") {
  const ProcessResult result = run_crmroi({"calc", "-", kEshop, "-"}, with_stdin(kSpecExample));
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "crmroi: standard input ('-') can be read only once; it was given 2 times\n"
        "Run with --help for more information.\n");
}

TEST_CASE("calc -o writes the same bytes as standard output, atomically", "[cli][calc][output]") {
  const std::string directory = temporary_directory();
  const std::string target = directory + "/report.json";
  write_file(target, "old report\n");
  const ProcessResult to_stdout =
      run_crmroi({"calc", "--format", "json", kEshop}, in_source_tree());
  const ProcessResult to_file =
      run_crmroi({"calc", "--format", "json", "-o", target, kEshop}, in_source_tree());
  CHECK(to_file.exit_code == 0);
  CHECK(to_file.out.empty());
  CHECK(to_file.err.empty());
  CHECK(read_file(target) == to_stdout.out);
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(directory)) ++files;
  CHECK(files == 1);  // no temporary file left
}

TEST_CASE("calc -o into a missing folder is an I/O error (4) and leaves nothing",
          "[cli][calc][output]") {
  const std::string directory = temporary_directory();
  const std::string target = directory + "/missing/report.json";
  const ProcessResult result = run_crmroi({"calc", "-o", target, kEshop}, in_source_tree());
  CHECK(result.exit_code == 4);
  CHECK(result.out.empty());
  CHECK(result.err == "crmroi: " + target + ": cannot write: No such file or directory\n");
  CHECK(std::filesystem::is_empty(directory));
}

TEST_CASE("calc into a full disk (/dev/full) is an I/O error (4)", "[cli][calc][output]") {
  ProcessOptions options = in_source_tree();
  options.stdout_path = "/dev/full";
  const ProcessResult result = run_crmroi({"calc", kEshop}, options);
  CHECK(result.exit_code == 4);
  CHECK(result.err == "crmroi: cannot write to standard output: No space left on device\n");
}

TEST_CASE("calc into a reader that stops early (| head) ends quietly with 0",
          "[cli][calc][output]") {
  std::string script = "\"$0\" calc --monthly";
  for (int i = 0; i < 50; ++i) script += " tests/data/bad_input/long_horizon.json";
  script += " | head -n 2; echo \"exit ${PIPESTATUS[0]}\"";
  const ProcessResult result =
      crmroi::test::run_process({"/bin/bash", "-c", script, CRMROI_BINARY}, in_source_tree());
  CHECK(result.err.empty());
  CHECK_THAT(result.out, StartsWith("Ten-year on-premise CRM, monthly view\n"));
  CHECK_THAT(result.out, Contains("\nexit 0\n"));
}

TEST_CASE("calc --format with an unknown name is a usage error (2) naming the flag",
          "[cli][calc][flags]") {
  const ProcessResult result = run_crmroi({"calc", "--format", "xml", kEshop}, in_source_tree());
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "crmroi: --format: unknown format 'xml'; expected one of table, json, jsonl, csv, "
        "markdown\nRun with --help for more information.\n");
}

TEST_CASE("calc --color with an unknown value is a usage error (2)", "[cli][calc][flags]") {
  const ProcessResult result = run_crmroi({"calc", "--color", "sometimes", kEshop});
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "crmroi: --color: unknown value 'sometimes'; expected auto, always or never\n"
        "Run with --help for more information.\n");
}

TEST_CASE("calc --color=always colours a table even into a pipe, machine formats never",
          "[cli][calc][color]") {
  const ProcessResult table = run_crmroi({"calc", "--color=always", kEshop}, in_source_tree());
  CHECK(table.exit_code == 0);
  CHECK_THAT(table.out, StartsWith("\x1b[1mDress e-shop on retailCRM\x1b[0m\n"));
  CHECK_THAT(table.out, Contains("\x1b[31mn/a — net cash flow never changes sign\x1b[0m"));
  const ProcessResult json_run =
      run_crmroi({"calc", "--color=always", "--format", "jsonl", kEshop}, in_source_tree());
  CHECK(json_run.out.find('\x1b') == std::string::npos);
}

TEST_CASE("calc colours a terminal unless NO_COLOR is set, TERM is dumb or --color=never",
          "[cli][calc][color]") {
  // script(1) gives crmroi a pseudo-terminal as standard output.
  const auto on_terminal = [](const std::map<std::string, std::string>& env,
                              const std::string& flags) {
    ProcessOptions options = in_source_tree();
    options.env = env;
    return crmroi::test::run_process(
        {"/usr/bin/script", "-qec",
         std::string(CRMROI_BINARY) + " calc " + flags + " examples/nps-survey.json", "/dev/null"},
        options);
  };
  CHECK_THAT(on_terminal({{"TERM", "xterm"}, {"NO_COLOR", ""}}, "").out,
             StartsWith("\x1b[1mQuarterly customer survey\x1b[0m"));
  CHECK_THAT(on_terminal({{"TERM", "xterm"}, {"NO_COLOR", "1"}}, "").out,
             StartsWith("Quarterly customer survey\r\n"));
  CHECK_THAT(on_terminal({{"TERM", "dumb"}, {"NO_COLOR", ""}}, "").out,
             StartsWith("Quarterly customer survey\r\n"));
  CHECK_THAT(on_terminal({{"TERM", "xterm"}, {"NO_COLOR", ""}}, "--color=never").out,
             StartsWith("Quarterly customer survey\r\n"));
}

TEST_CASE("calc without a file is a usage error (2)", "[cli][calc][flags]") {
  const ProcessResult result = run_crmroi({"calc"});
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "crmroi: calc needs a scenario file (or - for standard input)\nRun with --help for more "
        "information.\n");
}

TEST_CASE("calc --help leads with examples", "[cli][calc][help]") {
  const ProcessResult result = run_crmroi({"calc", "--help"});
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK_THAT(result.out,
             StartsWith("Full report for each scenario: costs, benefits, ROI, NPV, IRR and "
                        "payback.\n\nExamples:\n  crmroi calc examples/eshop-retailcrm.json"));
}
