// Smoke tests of the binary: --help and --version.
#include <catch2/catch.hpp>

#include "run_process.hpp"

using Catch::Matchers::Contains;
using crmroi::test::run_crmroi;

TEST_CASE("version flag prints one line with the version of CMake's project() and exits 0",
          "[cli][smoke]") {
  const auto result = run_crmroi({"--version"});
  CHECK(result.exit_code == 0);
  CHECK(result.out == "crmroi " CRMROI_VERSION "\n");
  CHECK(result.err.empty());
}

TEST_CASE("help flag leads with examples and lists the exit codes", "[cli][smoke]") {
  const auto result = run_crmroi({"--help"});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Contains("Examples:"));
  CHECK_THAT(result.out, Contains("crmroi calc examples/eshop-retailcrm.json"));
  CHECK_THAT(result.out, Contains("3 invalid input data"));
}

TEST_CASE("no command is a usage error (2) listing the commands", "[cli][smoke]") {
  const auto result = run_crmroi({});
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "crmroi: a command is required; expected one of init, calc, compare, check, validate, "
        "simulate, sensitivity, solve, schema, metric\nRun with --help for more information.\n");
}

TEST_CASE("an unknown flag is a usage error naming the flag", "[cli][smoke]") {
  const auto result = run_crmroi({"schema", "--frobnicate"});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Contains("--frobnicate"));
}

TEST_CASE("an unknown subcommand is a usage error naming it and the known ones", "[cli][smoke]") {
  const auto result = run_crmroi({"frobnicate", "a.json"});
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(
      result.err ==
      "crmroi: unknown command 'frobnicate'; expected one of init, calc, compare, check, validate, "
      "simulate, sensitivity, solve, schema, metric\nRun with --help for more information.\n");
}

TEST_CASE("help lists each subcommand with a one-line summary", "[cli][smoke]") {
  const auto result = run_crmroi({"--help"});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Contains("\n  calc                        Full report for each scenario: "
                                  "costs, benefits, ROI, NPV, IRR and payback.\n"));
  CHECK_THAT(result.out, Contains("\n  schema                      Print the JSON Schema of "
                                  "scenario files, for editors and validators.\n"));
}

TEST_CASE("help and version into a full disk are I/O errors (4)", "[cli][smoke]") {
  crmroi::test::ProcessOptions options;
  options.stdout_path = "/dev/full";
  for (const char* flag : {"--help", "--version"}) {
    INFO(flag);
    const auto result = run_crmroi({flag}, options);
    CHECK(result.exit_code == 4);
    CHECK(result.err == "crmroi: cannot write to standard output: No space left on device\n");
  }
}
