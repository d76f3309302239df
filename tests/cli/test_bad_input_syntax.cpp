// Bad input, family "JSON syntax": truncated documents, trailing commas, comments, single quotes,
// NaN/Infinity, out-of-range numbers, deep nesting, duplicate keys, two documents in one file, a
// top level that is not an object, and a bad line in the middle of JSON Lines on standard input.
// Syntax errors are reported as `crmroi: FILE:LINE:COLUMN: message`.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "run_process.hpp"
#include "test_bad_input_support.hpp"

using Catch::Matchers::Contains;
using crmroi::test::ProcessOptions;
using crmroi::test::run_crmroi;
using namespace crmroi::test::bad_input;

namespace {

struct SyntaxCase {
  const char* label;
  std::string text;
  int line;  ///< the line of the place the message must name
};

/// Runs `calc` on `text` in a file and checks exit 3 with `crmroi: FILE:LINE:COLUMN: ` of `line`.
void check_syntax_error(const SyntaxCase& c) {
  INFO(c.label << ": " << c.text.substr(0, 200));
  const std::string path = scratch_file("syntax.json", c.text);
  const auto result = run_crmroi({"calc", path});
  check_failure(result, kInvalidData, "crmroi: " + path + ":" + std::to_string(c.line) + ":");
  CHECK(err_matches(
      result, "^crmroi: " + regex_escape(path) + ":" + std::to_string(c.line) + ":[0-9]+: [^ ]"));
}

/// A valid scenario with `member` (a JSON member text such as `"_note": 1`) added at the end.
std::string good_with(const std::string& member) {
  std::string text = good_scenario_text();
  text.insert(text.rfind('}'), ",\n  " + member + "\n");
  return text;
}

std::string nested_arrays(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

std::string nested_objects(std::size_t depth) {
  std::string text;
  for (std::size_t i = 0; i < depth; ++i) text += "{\"a\":";
  text += "1";
  text += std::string(depth, '}');
  return text;
}

}  // namespace

TEST_CASE("truncated documents are syntax errors at the end of the text",
          "[cli][bad_input][syntax]") {
  const std::string good = good_scenario_text();
  const std::string half = good.substr(0, good.size() / 2);
  const std::vector<SyntaxCase> cases = {
      {"just an opening brace", "{", 1},
      {"open object after a member", R"({"name": "x", "horizon_months": 6)", 1},
      {"inside a string", R"({"name": "Dress e-sh)", 1},
      {"after a colon", R"({"name": )", 1},
      {"inside a number", R"({"name": "x", "horizon_months": 1)", 1},
      {"inside a literal", R"({"name": "x", "risk": tr)", 1},
      {"inside an escape", R"({"name": "x\u00)", 1},
      {"half of the good scenario", half,
       static_cast<int>(std::count(half.begin(), half.end(), '\n')) + 1},
      {"the good scenario without its last brace", good.substr(0, good.rfind('}')), 19},
  };
  for (const auto& c : cases) check_syntax_error(c);
}

TEST_CASE("trailing commas are syntax errors", "[cli][bad_input][syntax]") {
  const std::vector<SyntaxCase> cases = {
      {"after the last member (the comma is the place)",
       "{\"name\": \"x\",\n \"horizon_months\": 6,\n}", 2},
      {"in an array", R"({"name": "x", "nps": {"scores": [9, 10,]}})", 1},
      {"two commas", R"({"name": "x",, "horizon_months": 6})", 1},
      {"a leading comma", R"({, "name": "x"})", 1},
  };
  for (const auto& c : cases) check_syntax_error(c);
}

TEST_CASE("comments are syntax errors (use keys starting with _ instead)",
          "[cli][bad_input][syntax]") {
  const std::vector<SyntaxCase> cases = {
      {"a line comment first", "// scenario\n{\"name\": \"x\"}", 1},
      {"a line comment after a member", "{\"name\": \"x\", // the name\n \"horizon_months\": 6}",
       1},
      {"a block comment", "{\"name\": \"x\" /* the name */}", 1},
      {"a hash comment", "# scenario\n{\"name\": \"x\"}", 1},
  };
  for (const auto& c : cases) check_syntax_error(c);
}

TEST_CASE("single quotes, bare keys and other JavaScript-isms are syntax errors",
          "[cli][bad_input][syntax]") {
  const std::vector<SyntaxCase> cases = {
      {"single-quoted key and value", "{'name': 'x'}", 1},
      {"single-quoted value", "{\"name\": 'x'}", 1},
      {"a bare key", "{name: \"x\"}", 1},
      {"a hexadecimal number", R"({"name": "x", "horizon_months": 0x10})", 1},
      {"a leading zero", R"({"name": "x", "horizon_months": 012})", 1},
      {"a leading plus", R"({"name": "x", "horizon_months": +12})", 1},
      {"a leading dot", R"({"name": "x", "discount_rate_percent": .5})", 1},
      {"a trailing dot", R"({"name": "x", "discount_rate_percent": 5.})", 1},
      {"undefined", R"({"name": "x", "discount_rate_percent": undefined})", 1},
      {"a capitalised literal", R"({"name": "x", "risk": True})", 1},
      {"a raw tab in a string", "{\"name\": \"a\tb\"}", 1},
      {"a raw newline in a string", "{\"name\": \"a\nb\"}", 1},
      {"an invalid escape", R"({"name": "a\qb"})", 1},
  };
  for (const auto& c : cases) check_syntax_error(c);
}

TEST_CASE("NaN and Infinity literals are syntax errors", "[cli][bad_input][syntax]") {
  for (const char* literal : {"NaN", "nan", "Infinity", "-Infinity", "inf", "-inf"}) {
    check_syntax_error(
        {literal, std::string("{\"name\": \"x\",\n \"discount_rate_percent\": ") + literal + "}",
         2});
  }
}

TEST_CASE("numbers beyond double range are invalid data naming the place, never inf",
          "[cli][bad_input][syntax]") {
  for (const char* number : {"1e400", "-1e400", "1E+999", "123456789e999"}) {
    INFO(number);
    const std::string path = scratch_file(
        "huge-number.json", std::string("{\"name\": \"x\",\n \"discount_rate_percent\": ") +
                                number + ",\n \"nps\": {\"scores\": [9]}}");
    const auto result = run_crmroi({"calc", path});
    check_failure(result, kInvalidData, "crmroi: " + path + ":2:");
    CHECK_THAT(result.err, Contains(number));
  }
}

TEST_CASE("a very long integer literal is handled, not a crash", "[cli][bad_input][syntax]") {
  // 400 digits: beyond every integer type and parsed as a double of about 1e399, out of range.
  const std::string path = scratch_file(
      "long-integer.json",
      "{\"name\": \"x\", \"horizon_months\": " + std::string(400, '9') + ", \"costs\": {}}");
  check_failure(run_crmroi({"calc", path}), kInvalidData, "crmroi: " + path + ":");
}

TEST_CASE("nesting 100000 deep is invalid data, never a crash", "[cli][bad_input][syntax]") {
  const std::vector<SyntaxCase> cases = {
      {"arrays at the top level", nested_arrays(100000), 1},
      {"objects at the top level", nested_objects(100000), 1},
      {"arrays under a comment key", good_with("\"_deep\": " + nested_arrays(100000)), 20},
      {"objects under a known key", good_with("\"nps\": " + nested_objects(100000)), 20},
      {"unclosed arrays", std::string(100000, '['), 1},
  };
  for (const auto& c : cases) {
    INFO(c.label);
    const std::string path = scratch_file("deep.json", c.text);
    const auto result = run_crmroi({"calc", path});
    check_failure(result, kInvalidData, "crmroi: " + path + ":" + std::to_string(c.line) + ":");
    CHECK_THAT(result.err, Contains("64"));
  }
}

TEST_CASE("nesting of 64 levels is accepted, 65 is refused", "[cli][bad_input][syntax]") {
  // The top-level object is level 1, the comment's array level 2, ... so 62 more arrays make 64.
  const std::string at_limit =
      scratch_file("depth-64.json", good_with("\"_deep\": " + nested_arrays(63)));
  const auto accepted = run_crmroi({"calc", "--format", "jsonl", at_limit});
  INFO("stderr: " << accepted.err);
  CHECK(accepted.exit_code == 0);
  const std::string over =
      scratch_file("depth-65.json", good_with("\"_deep\": " + nested_arrays(64)));
  check_failure(run_crmroi({"calc", over}), kInvalidData, "crmroi: " + over + ":20:");
}

TEST_CASE("duplicate keys are invalid data naming the key", "[cli][bad_input][syntax]") {
  SECTION("at the top level") {
    const std::string path = scratch_file(
        "duplicate.json", "{\"name\": \"a\",\n \"nps\": {\"scores\": [9]},\n \"name\": \"b\"}");
    const auto result = run_crmroi({"calc", path});
    check_failure(result, kInvalidData, "crmroi: " + path + ":");
    CHECK_THAT(result.err, Contains("duplicate"));
    CHECK_THAT(result.err, Contains("name"));
  }
  SECTION("nested, with the same value") {
    const std::string path = scratch_file(
        "duplicate-nested.json",
        R"({"name": "a", "nps": {"promoters": 1, "passives": 1, "detractors": 1, "promoters": 1}})");
    const auto result = run_crmroi({"calc", path});
    check_failure(result, kInvalidData, "crmroi: " + path + ":");
    CHECK_THAT(result.err, Contains("duplicate"));
    CHECK_THAT(result.err, Contains("promoters"));
  }
  SECTION("comment keys may not repeat either") {
    const std::string path =
        scratch_file("duplicate-comment.json", good_with("\"_note\": 1,\n  \"_note\": 2"));
    const auto result = run_crmroi({"calc", path});
    check_failure(result, kInvalidData, "crmroi: " + path + ":");
    CHECK_THAT(result.err, Contains("_note"));
  }
  SECTION("keys equal after unescaping") {
    const std::string path = scratch_file(
        "duplicate-escaped.json", R"({"name": "a", "n\u0061me": "b", "nps": {"scores": [9]}})");
    const auto result = run_crmroi({"calc", path});
    check_failure(result, kInvalidData, "crmroi: " + path + ":");
    CHECK_THAT(result.err, Contains("duplicate"));
  }
}

TEST_CASE("two documents in one file are invalid data", "[cli][bad_input][syntax]") {
  const std::string one = R"({"name": "a", "nps": {"scores": [9]}})";
  const std::vector<SyntaxCase> cases = {
      {"back to back", one + one, 1},
      {"on two lines (JSON Lines in a file)", one + "\n" + one + "\n", 2},
      {"an object then a number", one + " 1", 1},
      {"an object then a stray brace", one + "}", 1},
  };
  for (const auto& c : cases) check_syntax_error(c);
}

TEST_CASE("a top level that is not an object is invalid data", "[cli][bad_input][syntax]") {
  for (const std::string& text :
       {std::string("[]"), std::string(R"([{"name": "a", "nps": {"scores": [9]}}])"),
        std::string(R"("a scenario")"), std::string("42"), std::string("null"),
        std::string("true")}) {
    INFO(text);
    const std::string path = scratch_file("not-object.json", text);
    const auto result = run_crmroi({"calc", path});
    check_failure(result, kInvalidData, "crmroi: " + path + ":");
    CHECK_THAT(result.err, Contains("object"));
  }
}

TEST_CASE("a bad line in the middle of JSON Lines on stdin: the other lines are still reported",
          "[cli][bad_input][jsonl]") {
  const std::string first =
      R"({"name": "first", "nps": {"promoters": 6, "passives": 2, "detractors": 2}})";
  const std::string third =
      R"({"name": "third", "nps": {"promoters": 1, "passives": 2, "detractors": 7}})";

  SECTION("a syntax error on line 2") {
    ProcessOptions options;
    options.stdin_text = first + "\n{\"name\": \"second\",, }\n" + third + "\n";
    const auto result = run_crmroi({"calc", "--format", "jsonl", "-"}, options);
    INFO("stderr: " << result.err);
    CHECK(result.exit_code == kInvalidData);
    CHECK(err_matches(result, R"(^crmroi: <stdin>:2:[0-9]+: )"));
    CHECK(line_count(result.err) == 1);
    const auto lines = lines_of(result.out);
    REQUIRE(lines.size() == 2);
    CHECK_THAT(lines[0], Contains("\"scenario\":\"first\""));
    CHECK_THAT(lines[0], Contains("\"line\":1"));
    CHECK_THAT(lines[1], Contains("\"scenario\":\"third\""));
    CHECK_THAT(lines[1], Contains("\"line\":3"));
  }
  SECTION("a scenario error on line 2") {
    ProcessOptions options;
    options.stdin_text = first + "\n" + R"({"name": "second", "horizon_months": 0, "costs": {}})" +
                         "\n" + third + "\n";
    const auto result = run_crmroi({"calc", "--format", "jsonl", "-"}, options);
    INFO("stderr: " << result.err);
    CHECK(result.exit_code == kInvalidData);
    CHECK_THAT(result.err, Contains("crmroi: <stdin>:2: at /horizon_months: "));
    CHECK(line_count(result.out) == 2);
  }
  SECTION("garbage bytes and a NUL on lines 2 and 3") {
    ProcessOptions options;
    options.stdin_text =
        first + "\n\xff\xfe garbage\n" + std::string("{}\0", 3) + "\n" + third + "\n";
    const auto result = run_crmroi({"calc", "--format", "jsonl", "-"}, options);
    INFO("stderr: " << result.err);
    CHECK(result.exit_code == kInvalidData);
    CHECK_THAT(result.err, Contains("crmroi: <stdin>:2:"));
    CHECK_THAT(result.err, Contains("crmroi: <stdin>:3:"));
    CHECK(line_count(result.out) == 2);
  }
  SECTION("the table format too prints the good lines") {
    ProcessOptions options;
    options.stdin_text = first + "\n[1, 2]\n" + third + "\n";
    const auto result = run_crmroi({"calc", "-"}, options);
    CHECK(result.exit_code == kInvalidData);
    CHECK_THAT(result.out, Contains("first"));
    CHECK_THAT(result.out, Contains("third"));
    CHECK_THAT(result.err, Contains("crmroi: <stdin>:2:"));
  }
  SECTION("Windows line endings are accepted") {
    ProcessOptions options;
    options.stdin_text = first + "\r\n" + third + "\r\n";
    const auto result = run_crmroi({"calc", "--format", "jsonl", "-"}, options);
    INFO("stderr: " << result.err);
    CHECK(result.exit_code == 0);
    CHECK(line_count(result.out) == 2);
  }
}
