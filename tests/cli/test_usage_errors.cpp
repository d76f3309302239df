// Usage errors in crmroi's own words (never CLI11's "At Most 1 required but received 2"), a blank
// line before "Usage:" in every help, and -V / --version on every command.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "run_process.hpp"

using Catch::Matchers::Contains;
using crmroi::test::ProcessResult;
using crmroi::test::run_crmroi;

namespace {

constexpr const char* kHint = "Run with --help for more information.\n";

// Runs crmroi and requires a usage error (2) with nothing on standard output.
std::string usage_error(const std::vector<std::string>& args) {
  const ProcessResult result = run_crmroi(args);
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  return result.err;
}

}  // namespace

TEST_CASE("usage errors are worded by crmroi, exit 2", "[cli][usage]") {
  const std::string hint = kHint;
  CHECK(usage_error({"calc", "--format", "json", "--format", "csv", "a.json"}) ==
        "crmroi: --format was given 2 times; give it once\n" + hint);
  CHECK(usage_error({"metric", "irr", "--period", "month", "--period", "year", "--", "-1", "2"}) ==
        "crmroi: --period was given 2 times; give it once\n" + hint);
  CHECK(usage_error({"calc", "--format"}) == "crmroi: --format needs a value (FORMAT)\n" + hint);
  CHECK(usage_error({"calc", "-o"}) == "crmroi: --output needs a value (FILE)\n" + hint);
  CHECK(usage_error({"calc", "--frob", "a.json"}) ==
        "crmroi: calc: unknown option '--frob'\n" + hint);
  CHECK(usage_error({"calc"}) ==
        "crmroi: calc needs a scenario file (or - for standard input)\n" + hint);
  CHECK(usage_error({"metric", "cac", "--customers", "4"}) ==
        "crmroi: metric cac needs --cost\n" + hint);
  CHECK(usage_error({"metric", "roi", "--gain", "1", "--investment", "2", "extra", "more"}) ==
        "crmroi: metric roi: unexpected arguments 'extra', 'more'\n" + hint);
  CHECK(usage_error({"schema", "a.json"}) ==
        "crmroi: schema: unexpected argument 'a.json'\n" + hint);
  CHECK(usage_error({"metric", "nps", "--scores", "9", "--promoters", "1"}) ==
        "crmroi: --scores and --promoters cannot be used together\n" + hint);
  CHECK(usage_error({"--frob"}) == "crmroi: unknown option '--frob'\n" + hint);
  CHECK(usage_error({"metric", "--frob"}) == "crmroi: metric: unknown option '--frob'\n" + hint);
}

TEST_CASE("no usage error shows CLI11's own wording", "[cli][usage]") {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"calc", "--format", "json", "--format", "csv", "a.json"},
           {"calc", "--color"},
           {"compare", "--sort", "npv", "--sort", "roi", "a.json"},
           {"check", "--min-roi", "1", "--min-roi", "2", "a.json"},
           {"calc", "--monthly=maybe", "a.json"},
           {"init", "--kind"},
           {"init", "extra"},
           {"metric", "cac", "--cost"},
       }) {
    const std::string err = usage_error(args);
    INFO(err);
    for (const char* cli11 : {"At Most", "At least", "required but received", "not expected",
                              "is required", "Could not convert", "excludes", "REQUIRED"}) {
      CHECK_THAT(err, !Contains(cli11));
    }
  }
}

TEST_CASE("every help has a blank line before Usage:", "[cli][usage][help]") {
  for (const std::vector<std::string>& command : std::vector<std::vector<std::string>>{
           {},
           {"init"},
           {"calc"},
           {"compare"},
           {"check"},
           {"validate"},
           {"schema"},
           {"metric"},
           {"metric", "roi"},
           {"metric", "romi"},
           {"metric", "marketing-roi"},
           {"metric", "expense-to-revenue"},
           {"metric", "cac"},
           {"metric", "cac-payback"},
           {"metric", "ltv"},
           {"metric", "ltv-to-cac"},
           {"metric", "close-rate"},
           {"metric", "nps"},
           {"metric", "npv"},
           {"metric", "irr"},
           {"metric", "payback"},
           {"metric", "pv-roi"},
       }) {
    std::vector<std::string> args = command;
    args.push_back("--help");
    const ProcessResult help = run_crmroi(args);
    INFO(help.out);
    CHECK(help.exit_code == 0);
    const std::size_t usage = help.out.find("\nUsage: crmroi");
    REQUIRE(usage != std::string::npos);
    CHECK(help.out.substr(usage - 1, 2) == "\n\n");
    CHECK(help.out.find("\n\n\nUsage:") == std::string::npos);
  }
}

TEST_CASE("crmroi -V and --version print the version on every command, exit 0", "[cli][version]") {
  const ProcessResult top = run_crmroi({"--version"});
  CHECK(top.exit_code == 0);
  CHECK_THAT(top.out, Catch::Matchers::StartsWith("crmroi "));
  CHECK(top.out.back() == '\n');
  CHECK(top.out.find('\n') == top.out.size() - 1);  // one line
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"-V"},
                                             {"calc", "--version"},
                                             {"calc", "-V"},
                                             {"compare", "-V"},
                                             {"init", "-V"},
                                             {"metric", "irr", "--version"}}) {
    const ProcessResult result = run_crmroi(args);
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK(result.out == top.out);
  }
}
