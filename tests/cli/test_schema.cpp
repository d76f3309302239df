// End-to-end tests of `crmroi schema`.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "run_process.hpp"

using Catch::Matchers::StartsWith;
using crmroi::test::ProcessOptions;
using crmroi::test::ProcessResult;
using crmroi::test::read_file;
using crmroi::test::run_crmroi;
using crmroi::test::source_path;

TEST_CASE("schema prints schema/scenario.schema.json byte for byte", "[cli][schema]") {
  const ProcessResult result = run_crmroi({"schema"});
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK(result.out == read_file(source_path("schema/scenario.schema.json")));
  CHECK(nlohmann::json::parse(result.out).contains("$schema"));
}

TEST_CASE("schema into a full disk is an I/O error (4)", "[cli][schema]") {
  ProcessOptions options;
  options.stdout_path = "/dev/full";
  const ProcessResult result = run_crmroi({"schema"}, options);
  CHECK(result.exit_code == 4);
  CHECK(result.err == "crmroi: cannot write to standard output: No space left on device\n");
}

TEST_CASE("schema takes no file", "[cli][schema]") {
  const ProcessResult result = run_crmroi({"schema", "extra.json"});
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "crmroi: schema: unexpected argument 'extra.json'\n"
        "Run with --help for more information.\n");
}

TEST_CASE("schema --help leads with examples", "[cli][schema][help]") {
  const ProcessResult result = run_crmroi({"schema", "--help"});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, StartsWith("Print the JSON Schema of scenario files, for editors and "
                                    "validators.\n\nExamples:\n  crmroi schema > "));
}
