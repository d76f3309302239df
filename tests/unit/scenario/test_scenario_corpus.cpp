// The scenario corpus (tests/data/scenarios): every valid/*.json loads, every invalid/**/*.json
// gives at least one problem. The JSON Schema is checked against the same corpus by
// tests/schema/check_schema.py.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "scenario_test_support.hpp"

using namespace crmroi;
namespace fs = std::filesystem;

namespace {

const fs::path kCorpus = fs::path(CRMROI_SOURCE_DIR) / "tests" / "data" / "scenarios";

std::vector<fs::path> json_files(const fs::path& directory, bool recursive) {
  std::vector<fs::path> files;
  const auto add = [&](const fs::directory_entry& entry) {
    if (entry.is_regular_file() && entry.path().extension() == ".json")
      files.push_back(entry.path());
  };
  if (recursive) {
    for (const auto& entry : fs::recursive_directory_iterator(directory)) add(entry);
  } else {
    for (const auto& entry : fs::directory_iterator(directory)) add(entry);
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("every scenario in the valid corpus loads without problems", "[scenario][corpus]") {
  const auto files = json_files(kCorpus / "valid", false);
  CHECK(files.size() >= 15);
  for (const auto& file : files) {
    const LoadResult result = load_scenario(read_bytes(file));
    INFO(file.filename().string() << ": " << Catch::Detail::stringify(result.problems));
    CHECK(result.scenario.has_value());
    CHECK(result.problems.empty());
  }
}

TEST_CASE("every scenario in the invalid corpus gives at least one problem", "[scenario][corpus]") {
  const auto files = json_files(kCorpus / "invalid", true);
  CHECK(files.size() >= 80);
  for (const auto& file : files) {
    const LoadResult result = load_scenario(read_bytes(file));
    INFO(fs::relative(file, kCorpus).string());
    CHECK_FALSE(result.scenario.has_value());
    CHECK_FALSE(result.problems.empty());
  }
}

TEST_CASE("syntax files of the corpus give syntax problems, the others pointer problems",
          "[scenario][corpus]") {
  for (const char* kind : {"syntax", "schema", "semantic"}) {
    for (const auto& file : json_files(kCorpus / "invalid" / kind, false)) {
      if (file.filename() == "top-level-array.json") continue;  // a syntax-like problem at 1:1
      const LoadResult result = load_scenario(read_bytes(file));
      INFO(fs::relative(file, kCorpus).string()
           << ": " << Catch::Detail::stringify(result.problems));
      REQUIRE_FALSE(result.problems.empty());
      CHECK(result.problems.front().is_syntax() == (std::string(kind) == "syntax"));
    }
  }
}
