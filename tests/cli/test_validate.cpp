// End-to-end tests of `crmroi validate`: "FILE: ok" on standard output, problems on standard error.
#include <catch2/catch.hpp>
#include <string>

#include "run_process.hpp"

using Catch::Matchers::StartsWith;
using crmroi::test::ProcessOptions;
using crmroi::test::ProcessResult;
using crmroi::test::run_crmroi;
using crmroi::test::source_path;
using crmroi::test::temporary_directory;
using crmroi::test::write_file;

namespace {

ProcessOptions in_source_tree() {
  ProcessOptions options;
  options.working_directory = source_path("");
  return options;
}

}  // namespace

TEST_CASE("validate prints FILE: ok for each valid file and exits 0", "[cli][validate]") {
  const ProcessResult result = run_crmroi(
      {"validate", "examples/eshop-retailcrm.json", "examples/nps-survey.json"}, in_source_tree());
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK(result.out == "examples/eshop-retailcrm.json: ok\nexamples/nps-survey.json: ok\n");
}

TEST_CASE("validate reports every problem of a bad file on stderr and exits 3", "[cli][validate]") {
  const std::string directory = temporary_directory();
  const std::string bad = directory + "/bad.json";
  write_file(bad, R"({"name": "x", "horizon_months": 0, "currency": 5, "costs": {}})");
  const ProcessResult result =
      run_crmroi({"validate", "examples/eshop-retailcrm.json", bad}, in_source_tree());
  CHECK(result.exit_code == 3);
  CHECK(result.out == "examples/eshop-retailcrm.json: ok\n");
  CHECK(result.err == "crmroi: " + bad +
                          ": at /horizon_months: expected an integer from 1 to 1200, found 0\n" +
                          "crmroi: " + bad + ": at /currency: expected a string, found 5\n");
}

TEST_CASE("validate reports a syntax error at its line and column", "[cli][validate]") {
  const std::string directory = temporary_directory();
  const std::string bad = directory + "/syntax.json";
  write_file(bad, "{\n  \"name\": \"x\"\n  \"nps\": {}\n}\n");
  const ProcessResult result = run_crmroi({"validate", bad});
  CHECK(result.exit_code == 3);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, StartsWith("crmroi: " + bad + ":3:3: "));
}

TEST_CASE("validate on a missing file exits 4", "[cli][validate]") {
  const ProcessResult result = run_crmroi({"validate", "no-such.json"}, in_source_tree());
  CHECK(result.exit_code == 4);
  CHECK(result.out.empty());
  CHECK(result.err == "crmroi: no-such.json: cannot read: No such file or directory\n");
}

TEST_CASE("validate - names each good JSON Lines line", "[cli][validate][jsonl]") {
  ProcessOptions options;
  options.stdin_text = R"({"name": "a", "nps": {"scores": [9, 10, 3]}})"
                       "\n"
                       R"({"name": "b", "nps": {"scores": [11]}})"
                       "\n"
                       R"({"name": "c", "nps": {"scores": [7]}})"
                       "\n";
  const ProcessResult result = run_crmroi({"validate", "-"}, options);
  CHECK(result.exit_code == 3);
  CHECK(result.out == "<stdin>:1: ok\n<stdin>:3: ok\n");
  CHECK_THAT(result.err, StartsWith("crmroi: <stdin>:2: at /nps/scores/0: "));
}

TEST_CASE("validate --help leads with examples", "[cli][validate][help]") {
  const ProcessResult result = run_crmroi({"validate", "--help"});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, StartsWith("Check scenario files only: \"FILE: ok\" for each valid one, "
                                    "every problem of the others.\n\nExamples:\n"));
}
