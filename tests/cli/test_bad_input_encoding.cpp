// Bad input, family "encoding and bytes": byte-order marks, UTF-16, text that is not UTF-8,
// binary garbage, a NUL after a valid object, control characters in names (never echoed raw into
// a terminal, CSV or markdown) and spreadsheet formulas in names (never a live formula in CSV).
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "run_process.hpp"
#include "test_bad_input_support.hpp"

using Catch::Matchers::Contains;
using crmroi::test::ProcessOptions;
using crmroi::test::run_crmroi;
using namespace crmroi::test::bad_input;

namespace {

/// A minimal valid scenario with `name_json` (already a JSON string literal, quotes included) as
/// its name and as the name of its cost line and of a marketing channel, so that every renderer
/// shows it.
std::string scenario_named(const std::string& name_json) {
  return R"({"name": )" + name_json + R"(, "currency": "EUR", "horizon_months": 2,
  "costs": {"one_time": [{"name": )" +
         name_json + R"(, "amount": 100}]},
  "benefits": {"monthly": [{"name": )" +
         name_json + R"(, "amount": 80}]},
  "marketing": {"channels": [{"name": )" +
         name_json + R"(, "spend": 10, "revenue": 30}]}})";
}

/// `text` encoded as UTF-16 (ASCII only), little or big endian, with or without a byte-order mark.
std::string utf16(const std::string& text, bool little_endian, bool with_bom) {
  std::string bytes;
  if (with_bom) bytes += little_endian ? "\xff\xfe" : "\xfe\xff";
  for (const char c : text) {
    if (little_endian) {
      bytes += c;
      bytes += '\0';
    } else {
      bytes += '\0';
      bytes += c;
    }
  }
  return bytes;
}

/// Deterministic pseudo-random bytes (a linear congruential generator).
std::string garbage(std::size_t size, std::uint32_t seed) {
  std::string bytes(size, '\0');
  std::uint32_t state = seed;
  for (auto& byte : bytes) {
    state = state * 1664525u + 1013904223u;
    byte = static_cast<char>(state >> 24);
  }
  return bytes;
}

/// Splits CSV text (RFC 4180: quoted fields may hold commas, quotes and newlines) into cells.
std::vector<std::string> csv_cells(const std::string& text) {
  std::vector<std::string> cells;
  std::string cell;
  bool quoted = false;
  bool cell_was_quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      quoted = true;
      cell_was_quoted = true;
    } else if (c == ',' || c == '\n') {
      if (!cell.empty() && cell.back() == '\r') cell.pop_back();
      cells.push_back(cell);
      cell.clear();
      cell_was_quoted = false;
    } else {
      cell += c;
    }
  }
  if (!cell.empty() || cell_was_quoted) cells.push_back(cell);
  return cells;
}

bool looks_like_number(const std::string& cell) {
  if (cell.empty()) return false;
  std::size_t used = 0;
  try {
    (void)std::stod(cell, &used);
  } catch (...) {
    return false;
  }
  return used == cell.size();
}

}  // namespace

TEST_CASE("a UTF-8 byte-order mark before the object is accepted", "[cli][bad_input][encoding]") {
  const std::string path = scratch_file("bom.json", "\xef\xbb\xbf" + good_scenario_text());
  const auto result = run_crmroi({"calc", "--format", "jsonl", path});
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK_THAT(result.out, Contains("\"roi_percent\":176.6666666667"));
}

TEST_CASE("a UTF-8 byte-order mark on standard input is accepted", "[cli][bad_input][encoding]") {
  ProcessOptions options;
  options.stdin_text = "\xef\xbb\xbf" + good_scenario_text();
  const auto result = run_crmroi({"calc", "--format", "jsonl", "-"}, options);
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Contains("\"source\":\"<stdin>\""));
}

TEST_CASE("two byte-order marks, or one after whitespace, are invalid data",
          "[cli][bad_input][encoding]") {
  for (const std::string& prefix :
       {std::string("\xef\xbb\xbf\xef\xbb\xbf"), std::string(" \xef\xbb\xbf")}) {
    const std::string path = scratch_file("bom-twice.json", prefix + good_scenario_text());
    check_failure(run_crmroi({"calc", path}), kInvalidData, "crmroi: " + path + ":1:");
  }
}

TEST_CASE("UTF-16 files are invalid data with a message that names the encoding",
          "[cli][bad_input][encoding]") {
  const std::string text = good_scenario_text();
  for (const bool little_endian : {true, false}) {
    for (const bool with_bom : {true, false}) {
      const std::string path = scratch_file("utf16.json", utf16(text, little_endian, with_bom));
      INFO("little endian " << little_endian << ", BOM " << with_bom);
      const auto result = run_crmroi({"calc", path});
      check_failure(result, kInvalidData, "crmroi: " + path + ":1:");
      CHECK_THAT(result.err, Contains("UTF-8"));
    }
  }
}

TEST_CASE("text that is not UTF-8 is invalid data naming the place", "[cli][bad_input][encoding]") {
  struct Case {
    const char* label;
    std::string name_bytes;  // inside the JSON string of the name, on line 1
  };
  const std::vector<Case> cases = {
      {"Latin-1 e acute", "Caf\xe9"},      {"Windows-1251 Cyrillic", "\xcf\xf0\xe8\xec\xe5\xf0"},
      {"overlong slash", "a\xc0\xaf"},     {"UTF-8-encoded surrogate", "a\xed\xa0\x80"},
      {"truncated sequence", "a\xe2\x82"}, {"code point above U+10FFFF", "a\xf4\x90\x80\x80"},
      {"lone continuation byte", "a\x80"},
  };
  for (const auto& c : cases) {
    INFO(c.label);
    const std::string path = scratch_file(
        "not-utf8.json", "{\"name\": \"" + c.name_bytes + "\", \"nps\": {\"scores\": [9]}}");
    const auto result = run_crmroi({"calc", path});
    check_failure(result, kInvalidData, "crmroi: " + path + ":1:");
    CHECK_THAT(result.err, Contains("UTF-8"));
  }
}

TEST_CASE("an escaped lone surrogate in a name is invalid data", "[cli][bad_input][encoding]") {
  for (const std::string& escape :
       {std::string(R"(\ud800)"), std::string(R"(\udc00x)"), std::string(R"(\ud800\u0041)")}) {
    INFO(escape);
    const std::string path = scratch_file(
        "lone-surrogate.json", "{\"name\": \"a" + escape + "\", \"nps\": {\"scores\": [9]}}");
    check_failure(run_crmroi({"calc", path}), kInvalidData, "crmroi: " + path + ":1:");
  }
}

TEST_CASE("binary garbage is invalid data, never a crash", "[cli][bad_input][encoding]") {
  for (std::uint32_t seed = 1; seed <= 8; ++seed) {
    INFO("seed " << seed);
    const std::string path = scratch_file("garbage.bin", garbage(4096, seed));
    check_failure(run_crmroi({"calc", path}), kInvalidData, "crmroi: " + path + ":");
  }
  SECTION("the crmroi binary itself") {
    check_failure(run_crmroi({"calc", CRMROI_BINARY}), kInvalidData,
                  std::string("crmroi: ") + CRMROI_BINARY + ":");
  }
  SECTION("a gzip header") {
    const std::string path =
        scratch_file("scenario.json.gz", std::string("\x1f\x8b\x08\x00\x00\x00", 6));
    check_failure(run_crmroi({"calc", path}), kInvalidData, "crmroi: " + path + ":1:1: ");
  }
}

TEST_CASE("a NUL byte after a valid object is invalid data", "[cli][bad_input][encoding]") {
  const std::string text = good_scenario_text();  // 19 lines, ends with "}\n"
  SECTION("right after the closing brace") {
    const std::size_t brace = text.rfind('}');
    std::string content = text.substr(0, brace + 1);
    content.push_back('\0');
    content.append(text, brace + 1);
    const std::string path = scratch_file("nul-after.json", content);
    check_failure(run_crmroi({"calc", path}), kInvalidData, "crmroi: " + path + ":19:2: ");
  }
  SECTION("at the very end of the file") {
    const std::string path = scratch_file("nul-end.json", text + std::string(1, '\0'));
    check_failure(run_crmroi({"calc", path}), kInvalidData, "crmroi: " + path + ":20:1: ");
  }
  SECTION("on standard input") {
    ProcessOptions options;
    options.stdin_text = text + std::string(1, '\0');
    check_failure(run_crmroi({"calc", "-"}, options), kInvalidData, "crmroi: <stdin>:");
  }
  SECTION("inside a string") {
    const std::string path = scratch_file(
        "nul-inside.json", std::string("{\"name\": \"a\0b\", \"nps\": {\"scores\": [9]}}", 40));
    check_failure(run_crmroi({"calc", path}), kInvalidData, "crmroi: " + path + ":1:");
  }
}

TEST_CASE("control characters in names never reach the output raw", "[cli][bad_input][encoding]") {
  // ESC sequences that would recolour or retitle a terminal, a BEL, a backspace, DEL, a C1 CSI.
  const std::string name = R"("evil\u001b[31mred\u001b]0;pwned\u0007\b\r\u007f\u009b2J")";
  const std::string path = scratch_file("control-names.json", scenario_named(name));
  for (const char* format : {"table", "json", "jsonl", "csv", "markdown"}) {
    INFO("format " << format);
    const auto result = run_crmroi({"calc", "--format", format, path});
    INFO("stderr: " << result.err);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Contains("evil"));
    const std::string kind = format;
    if (kind == "json" || kind == "jsonl") {
      // JSON escapes every C0 control; DEL and C1 are legal raw JSON, but none may be a raw ESC.
      CHECK(std::none_of(result.out.begin(), result.out.end(),
                         [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\n'; }));
    } else {
      CHECK_FALSE(has_raw_control_bytes(result.out));
    }
  }
  SECTION("compare shows them escaped too") {
    const auto result = run_crmroi({"compare", path, fixture("good.json")});
    CHECK(result.exit_code == 0);
    CHECK_FALSE(has_raw_control_bytes(result.out));
  }
}

TEST_CASE("a newline or a pipe in a name does not break a markdown or table row",
          "[cli][bad_input][encoding]") {
  const auto plain = run_crmroi({"calc", "--format", "markdown",
                                 scratch_file("plain-name.json", scenario_named(R"("a b c")"))});
  REQUIRE(plain.exit_code == 0);
  const std::string path = scratch_file("newline-name.json", scenario_named(R"("a\nb|c")"));
  for (const char* format : {"markdown", "table"}) {
    INFO("format " << format);
    const auto result = run_crmroi({"calc", "--format", format, path});
    CHECK(result.exit_code == 0);
    if (std::string(format) == "markdown") {
      CHECK(line_count(result.out) == line_count(plain.out));
      CHECK_THAT(result.out, Contains("\\|"));
    }
    CHECK_THAT(result.out, !Contains("a\nb"));
  }
}

TEST_CASE("control characters in keys, values and file names are escaped in messages",
          "[cli][bad_input][encoding]") {
  SECTION("an unknown key with an escape sequence") {
    const std::string path = scratch_file(
        "control-key.json", R"({"name": "x", "nps": {"scores": [9]}, "evil\u001b[2Jkey": 1})");
    const auto result = run_crmroi({"calc", path});
    check_failure(result, kInvalidData, "crmroi: " + path + ": at /evil");
  }
  SECTION("a wrong value with an escape sequence") {
    const std::string path =
        scratch_file("control-value.json",
                     R"({"name": "x", "currency": "\u001b[2J\u0007", "nps": {"scores": [9]}})");
    check_failure(run_crmroi({"calc", path}), kInvalidData, "crmroi: " + path + ": at /currency: ");
  }
  SECTION("a missing file whose name holds an escape sequence") {
    const std::string path = scratch_directory() + "/evil\x1b[31m\x07name.json";
    check_failure(run_crmroi({"calc", path}), 4, "crmroi: " + scratch_directory() + "/evil");
  }
  SECTION("a raw control character inside a JSON string is a syntax error, not echoed") {
    const std::string path =
        scratch_file("raw-control.json", "{\"name\": \"a\x1b[2Jb\", \"nps\": {\"scores\": [9]}}");
    check_failure(run_crmroi({"calc", path}), kInvalidData, "crmroi: " + path + ":1:");
  }
}

TEST_CASE("spreadsheet formulas in names are not live formulas in CSV", "[cli][bad_input][csv]") {
  const std::vector<std::string> names = {
      R"x("=HYPERLINK(\"http://example.invalid\",\"click\")")x",
      R"x("+SUM(A1:A9)")x",
      R"x("-2+3+cmd|' /C calc'!A0")x",
      R"x("@SUM(1+1)")x",
      R"x("\t=1+1")x",
      R"x("\r=1+1")x",
  };
  for (const auto& name : names) {
    INFO("name " << name);
    const std::string path = scratch_file("formula.json", scenario_named(name));
    for (const char* command : {"calc", "compare"}) {
      INFO("command " << command);
      const auto result = run_crmroi({command, "--format", "csv", path});
      INFO("stdout: " << result.out);
      INFO("stderr: " << result.err);
      CHECK(result.exit_code == 0);
      const auto cells = csv_cells(result.out);
      REQUIRE_FALSE(cells.empty());
      for (const auto& cell : cells) {
        if (cell.empty() || looks_like_number(cell)) continue;
        INFO("cell [" << cell << "]");
        const char first = cell.front();
        CHECK(first != '=');
        CHECK(first != '+');
        CHECK(first != '-');
        CHECK(first != '@');
        CHECK(first != '\t');
        CHECK(first != '\r');
      }
    }
  }
}
