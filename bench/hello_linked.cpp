// The start-up floor of a crmroi process: a hello world linked against the same libraries as
// crmroi (fmt, CLI11, nlohmann/json), each really used so that it is linked in and initialised.
// scripts/bench compares one `crmroi calc` on one file with this program's wall time.
#include <fmt/core.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <string>

int main(int argc, char** argv) {
  CLI::App app{"hello_linked: prints a greeting (benchmark baseline)", "hello_linked"};
  std::string name = "world";
  app.add_option("--name", name, "Who to greet");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error);
  }
  const auto greeting = nlohmann::json::parse(R"({"greeting": "hello"})");
  fmt::print("{}, {}\n", greeting.at("greeting").get<std::string>(), name);
  return 0;
}
