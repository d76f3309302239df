// The table fits the terminal: every example at 60, 80, 100 and 120 columns has no line longer
// than the width (counted in characters, not bytes) and shows every amount whole on one line;
// the width comes from --width, else COLUMNS, else 100 when the output is not a terminal.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "run_process.hpp"

using crmroi::test::ProcessOptions;
using crmroi::test::ProcessResult;
using crmroi::test::run_crmroi;
using crmroi::test::source_path;

namespace {

// Characters (UTF-8 code points) of a line.
std::size_t characters(const std::string& line) {
  std::size_t count = 0;
  for (const char c : line) {
    if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u) ++count;
  }
  return count;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

// An amount as the table writes it, worked out here: grouped by threes, two decimals.
std::string grouped(double amount) {
  const bool negative = amount < 0;
  const long long cents = std::llround(std::fabs(amount) * 100);
  std::string whole = std::to_string(cents / 100);
  for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3) {
    whole.insert(static_cast<std::size_t>(i), ",");
  }
  const long long fraction = cents % 100;
  return (negative ? "-" : "") + whole + (fraction < 10 ? ".0" : ".") + std::to_string(fraction);
}

// The examples as relative paths ("examples/eshop-retailcrm.json"), run from the source folder:
// the report's header names the file, and a path longer than the width has nowhere to break.
std::vector<std::string> examples() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(source_path("examples"))) {
    if (entry.path().extension() == ".json") {
      files.push_back("examples/" + entry.path().filename().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

ProcessResult run_in_sources(const std::vector<std::string>& args) {
  ProcessOptions options;
  options.working_directory = source_path("");
  options.env["COLUMNS"] = "";
  return run_crmroi(args, options);
}

}  // namespace

TEST_CASE("every example fits 60, 80, 100 and 120 columns, amounts whole on one line",
          "[cli][table][width]") {
  for (const std::string& file : examples()) {
    const ProcessResult json = run_in_sources({"calc", "--format", "json", file});
    REQUIRE(json.exit_code == 0);
    const nlohmann::json report = nlohmann::json::parse(json.out);
    for (const int width : {60, 80, 100, 120}) {
      INFO(file << " at " << width);
      for (const char* monthly : {"--color=never", "--monthly"}) {
        const ProcessResult table =
            run_in_sources({"calc", "--width", std::to_string(width), monthly, file});
        CHECK(table.exit_code == 0);
        for (const std::string& line : lines_of(table.out)) {
          INFO(line);
          CHECK(characters(line) <= static_cast<std::size_t>(width));
        }
        if (!report.contains("total_cost")) continue;
        for (const char* key : {"total_cost", "total_benefit", "net", "npv"}) {
          const std::string amount = grouped(report.at(key).get<double>()) + " " +
                                     report.at("currency").get<std::string>();
          INFO(key << " " << amount);
          CHECK(table.out.find(amount) != std::string::npos);
        }
        for (const auto& line : report.at("cost_lines")) {
          CHECK(table.out.find(grouped(line.at("total").get<double>())) != std::string::npos);
        }
      }
    }
  }
}

TEST_CASE("compare fits the width in blocks of columns and says so", "[cli][table][width]") {
  std::vector<std::string> args = {"compare", "--width", "60"};
  for (const std::string& file : examples()) {
    if (file.find("autoparts-") != std::string::npos) args.push_back(file);
  }
  const ProcessResult result = run_in_sources(args);
  CHECK(result.exit_code == 0);
  for (const std::string& line : lines_of(result.out)) {
    INFO(line);
    CHECK(characters(line) <= 60);
  }
  CHECK(result.out.find("3 scenarios do not fit in 60 columns: in blocks of 1\n") !=
        std::string::npos);
  CHECK(result.out.find("scenarios 3\u20133 of 3\n") != std::string::npos);
  // By hand: NPV of retailCRM is 1,253,296.15 (README); it is in the table whole.
  CHECK(result.out.find("1,253,296.15 *") != std::string::npos);
}

TEST_CASE("the width: --width, else COLUMNS, else 100 off a terminal", "[cli][table][width]") {
  const std::string file = source_path("examples/autoparts-retailcrm.json");
  const auto widest = [](const std::string& text) {
    std::size_t most = 0;
    for (const std::string& line : lines_of(text)) most = std::max(most, characters(line));
    return most;
  };
  ProcessOptions columns;
  columns.env["COLUMNS"] = "70";
  CHECK(widest(run_crmroi({"calc", file}, columns).out) <= 70);
  CHECK(widest(run_crmroi({"calc", "--width", "120", file}, columns).out) > 100);
  ProcessOptions none;
  none.env["COLUMNS"] = "";
  const std::size_t plain = widest(run_crmroi({"calc", file}, none).out);
  CHECK(plain <= 100);
  CHECK(plain > 80);
  const ProcessResult bad = run_crmroi({"calc", "--width", "5", file});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err ==
        "crmroi: --width: expected a number of columns from 20 to 1000, found '5'\n"
        "Run with --help for more information.\n");
}

TEST_CASE("compare --top N keeps the N best, and --sort takes irr and pv_roi", "[cli][compare]") {
  std::vector<std::string> files;
  for (const std::string& file : examples()) {
    if (file.find("autoparts-") != std::string::npos) files.push_back(file);
  }
  std::vector<std::string> args = {"compare", "--format", "csv", "--sort", "irr", "--top", "2"};
  args.insert(args.end(), files.begin(), files.end());
  const ProcessResult irr = run_in_sources(args);
  CHECK(irr.exit_code == 0);
  // IRRs (README): retailCRM 9,073.42 %, cloud 246.89 %, on-premise 169.75 %: the best two.
  CHECK(irr.out.find("Auto-parts e-shop on retailCRM") != std::string::npos);
  CHECK(irr.out.find("Auto-parts e-shop on Bitrix24 cloud") != std::string::npos);
  CHECK(irr.out.find("on-premise") == std::string::npos);
  args = {"compare", "--format", "jsonl", "--sort", "pv_roi", "--top", "1"};
  args.insert(args.end(), files.begin(), files.end());
  const ProcessResult pv_roi = run_in_sources(args);
  // PV ROIs (README): retailCRM 291.51 %, on-premise 261.40 %, cloud 233.72 %.
  CHECK(std::count(pv_roi.out.begin(), pv_roi.out.end(), '\n') == 1);
  CHECK(pv_roi.out.find("\"scenario\":\"Auto-parts e-shop on retailCRM\"") != std::string::npos);
  CHECK(pv_roi.out.find("\"rank\":1") != std::string::npos);
}

TEST_CASE("a long Cyrillic line name fits 80 columns, counted in characters",
          "[cli][table][width]") {
  // 60 Cyrillic characters (120 bytes) as a line name; the amount stays whole on the name's line.
  const std::string name =
      "\u041f\u043e\u0434\u043f\u0438\u0441\u043a\u0430 \u043d\u0430 CRM \u0434\u043b\u044f "
      "\u043e\u0442\u0434\u0435\u043b\u0430 \u043f\u0440\u043e\u0434\u0430\u0436 \u0438 "
      "\u0441\u043b\u0443\u0436\u0431\u044b \u043f\u043e\u0434\u0434\u0435\u0440\u0436\u043a\u0438";
  ProcessOptions options;
  options.stdin_text = R"({"name": "w", "currency": "RUB", "horizon_months": 12, "costs":
    {"recurring": [{"name": ")" +
                       name + R"(", "monthly": 2490.5}]},
    "benefits": {"monthly": [{"name": "b", "amount": 5000}]}})";
  const ProcessResult result = run_crmroi({"calc", "--width", "80", "-"}, options);
  CHECK(result.exit_code == 0);
  for (const std::string& line : lines_of(result.out)) {
    INFO(line);
    CHECK(characters(line) <= 80);
  }
  // 12 x 2,490.50 = 29,886.00, by hand.
  CHECK(result.out.find("29,886.00 RUB") != std::string::npos);
}
