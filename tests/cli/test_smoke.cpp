// Smoke tests of the binary: --help and --version.
#include <catch2/catch.hpp>

#include "run_process.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using crmroi::test::run_crmroi;

TEST_CASE("version flag prints one line with the version and exits 0", "[cli][smoke]") {
  const auto result = run_crmroi({"--version"});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, StartsWith("crmroi 0."));
  CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 1);
  CHECK(result.err.empty());
}

TEST_CASE("help flag leads with examples and lists the exit codes", "[cli][smoke]") {
  const auto result = run_crmroi({"--help"});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Contains("Examples:"));
  CHECK_THAT(result.out, Contains("crmroi calc examples/eshop-retailcrm.json"));
  CHECK_THAT(result.out, Contains("3 invalid input data"));
}

TEST_CASE("no subcommand is a usage error with exit code 2", "[cli][smoke]") {
  const auto result = run_crmroi({});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Contains("subcommand"));
}

TEST_CASE("an unknown flag is a usage error naming the flag", "[cli][smoke]") {
  const auto result = run_crmroi({"schema", "--frobnicate"});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Contains("--frobnicate"));
}
