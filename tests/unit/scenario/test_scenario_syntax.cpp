// Scenario loading, the JSON text itself: syntax problems with 1-based line and column (columns
// count characters after the last newline), encodings, nesting depth, duplicate keys, trailing
// bytes.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "scenario_test_support.hpp"

using namespace crmroi;
using namespace crmroi::test;
using Problems = std::vector<Problem>;

namespace {

/// A valid analysis-only scenario, to wrap or extend.
const std::string kSmall = R"({"name": "x", "nps": {"scores": [9]}})";

std::string repeat(const std::string& text, int times) {
  std::string result;
  for (int i = 0; i < times; ++i) result += text;
  return result;
}

}  // namespace

TEST_CASE("empty or whitespace-only text is an empty file", "[scenario][syntax]") {
  const Problems empty{syntax(1, 1, "the file is empty; expected a JSON object")};
  CHECK(problems_of("") == empty);
  CHECK(problems_of(" \n\t\r\n") == empty);
  CHECK(problems_of("\xef\xbb\xbf") == empty);
}

TEST_CASE("truncated text: unexpected end of input, at the end", "[scenario][syntax]") {
  CHECK(problems_of(R"({"name": "x")") ==
        Problems{syntax(1, 13, "unexpected end of input; expected '}'")});
  CHECK(problems_of(R"({"name": )") ==
        Problems{syntax(1, 10, "unexpected end of input; expected a value")});
  CHECK(problems_of(R"({"name": "Dress)") ==
        Problems{syntax(1, 16, "unexpected end of input in a string; missing closing quote")});
  CHECK(problems_of("{\"name\": \"x\",\n") ==
        Problems{syntax(2, 1, "unexpected end of input; expected a key in double quotes")});
}

TEST_CASE("trailing commas point at the comma", "[scenario][syntax]") {
  CHECK(problems_of("{\"name\": \"x\",\n \"horizon_months\": 6,\n}") ==
        Problems{syntax(2, 21, "trailing comma")});
  CHECK(problems_of(R"({"a": [9, 10,]})") == Problems{syntax(1, 13, "trailing comma")});
  CHECK(problems_of("{\r\n  \"name\": 1,\r\n}") == Problems{syntax(2, 12, "trailing comma")});
}

TEST_CASE("missing commas and colons", "[scenario][syntax]") {
  CHECK(problems_of(R"({"name": "x" "nps": 1})") ==
        Problems{syntax(1, 14, "missing ',' between object members")});
  CHECK(problems_of(R"({"a": [1 2]})") ==
        Problems{syntax(1, 10, "missing ',' between array elements")});
  CHECK(problems_of(R"({"a" 1})") == Problems{syntax(1, 6, "unexpected number; expected ':'")});
  CHECK(problems_of(R"({"a": 1,, "b": 2})") ==
        Problems{syntax(1, 9, "unexpected ','; expected a key in double quotes")});
}

TEST_CASE("NaN, Infinity, comments and single quotes are invalid literals", "[scenario][syntax]") {
  const std::string nan_message = "invalid literal; NaN and Infinity are not JSON numbers";
  for (const char* literal : {"NaN", "nan", "Infinity", "-Infinity", "inf", "-inf"}) {
    INFO(literal);
    CHECK(problems_of(std::string("{\"name\": \"x\",\n \"discount_rate_percent\": ") + literal +
                      "}") == Problems{syntax(2, 27, nan_message)});
  }
  const std::string comment =
      "invalid literal; JSON has no comments (use a key starting with \"_\")";
  CHECK(problems_of(R"({"name": "x" /* c */})") == Problems{syntax(1, 14, comment)});
  CHECK(problems_of("// scenario\n" + kSmall) == Problems{syntax(1, 1, comment)});
  CHECK(problems_of("{'name': 'x'}") ==
        Problems{syntax(1, 2, "invalid literal; strings and keys take double quotes")});
  CHECK(problems_of("{\"name\": \xe2\x80\x9cx\xe2\x80\x9d}") ==
        Problems{syntax(1, 10, "invalid literal; strings and keys take straight double quotes")});
  CHECK(problems_of(R"({"name": True})") == Problems{syntax(1, 10, "invalid literal")});
}

TEST_CASE("numbers: out of range, leading zeros, bad forms", "[scenario][syntax]") {
  CHECK(problems_of("{\"name\": \"x\",\n \"discount_rate_percent\": 1e400}") ==
        Problems{syntax(2, 27, "number out of range: 1e400")});
  CHECK(problems_of("{\"name\": \"x\",\n \"discount_rate_percent\": -1e400}") ==
        Problems{syntax(2, 27, "number out of range: -1e400")});
  CHECK(problems_of(R"({"horizon_months": 012})") ==
        Problems{syntax(1, 20, "numbers cannot have leading zeros")});
  CHECK(problems_of(R"({"a": 5.})") ==
        Problems{syntax(1, 9, "invalid number; expected digit after '.'")});
}

TEST_CASE("strings: raw control characters and bad escapes", "[scenario][syntax]") {
  CHECK(problems_of("{\"name\": \"a\nb\"}") ==
        Problems{syntax(1, 12, "control character U+000A (LF) must be escaped to \\u000A or \\n")});
  CHECK(problems_of(R"({"name": "a\qb"})") ==
        Problems{syntax(1, 13, "invalid escape sequence after a backslash")});
  CHECK(problems_of(std::string("{\"name\": \"a\0b\"}", 15)) ==
        Problems{syntax(1, 12, "control character U+0000 (NUL) must be escaped to \\u0000")});
}

TEST_CASE("ill-formed UTF-8 is reported at the start of the broken sequence",
          "[scenario][syntax]") {
  const Problems in_string{syntax(1, 14, "ill-formed UTF-8 in a string; save the file as UTF-8")};
  CHECK(problems_of("{\"name\": \"Caf\xe9\"}") == in_string);          // Latin-1
  CHECK(problems_of("{\"name\": \"Caf\xe2\x82\"}") == in_string);      // truncated sequence
  CHECK(problems_of("{\"name\": \"Caf\xed\xa0\x80\"}") == in_string);  // encoded surrogate
  CHECK(problems_of("{\"name\": \"Caf\xc0\xaf\"}") == in_string);      // overlong
  CHECK(problems_of("{\"name\": \"Caf\x80\"}") == in_string);          // lone continuation
  // Columns count characters: "é" is one column though two bytes.
  CHECK(problems_of("{\"name\": \"\xc3\xa9\xff\"}") ==
        Problems{syntax(1, 12, "ill-formed UTF-8 in a string; save the file as UTF-8")});
  CHECK(problems_of("{\"name\": \xff}") ==
        Problems{syntax(1, 10, "ill-formed UTF-8; save the file as UTF-8")});
}

TEST_CASE("the top level must be one JSON object", "[scenario][syntax]") {
  CHECK(problems_of("[1, 2]") ==
        Problems{syntax(
            1, 1,
            "expected a JSON object at the top level, found an array; one scenario per file, or "
            "JSON Lines: jq -c '.[]'")});
  CHECK(problems_of("  \n [" + kSmall + "]") ==
        Problems{syntax(
            2, 2,
            "expected a JSON object at the top level, found an array; one scenario per file, or "
            "JSON Lines: jq -c '.[]'")});
  CHECK(problems_of(R"("a scenario")") ==
        Problems{syntax(1, 1, "expected a JSON object at the top level, found \"a scenario\"")});
  CHECK(problems_of("42") ==
        Problems{syntax(1, 1, "expected a JSON object at the top level, found 42")});
  CHECK(problems_of("null") ==
        Problems{syntax(1, 1, "expected a JSON object at the top level, found null")});
  CHECK(problems_of("true 1") ==
        Problems{syntax(1, 1, "expected a JSON object at the top level, found true")});
}

TEST_CASE("no text after the object: a second object, a stray brace, a NUL byte",
          "[scenario][syntax]") {
  CHECK(problems_of(kSmall + "\n" + kSmall + "\n") ==
        Problems{syntax(2, 1, "unexpected text after the JSON object")});
  CHECK(problems_of(kSmall + " 1") == Problems{syntax(1, static_cast<int>(kSmall.size()) + 2,
                                                      "unexpected text after the JSON object")});
  CHECK(problems_of(kSmall + "}") == Problems{syntax(1, static_cast<int>(kSmall.size()) + 1,
                                                     "unexpected text after the JSON object")});
  CHECK(problems_of(kSmall + std::string(1, '\0')) ==
        Problems{syntax(1, static_cast<int>(kSmall.size()) + 1,
                        "unexpected NUL byte after the JSON object")});
  CHECK(problems_of(kSmall + "\n" + std::string(1, '\0') + "garbage") ==
        Problems{syntax(2, 1, "unexpected NUL byte after the JSON object")});
  CHECK(problems_of(std::string("{\"name\": \"x\",\0 \"a\": 1}", 22)) ==
        Problems{syntax(1, 14, "unexpected NUL byte")});
}

TEST_CASE("a UTF-8 byte-order mark is skipped, and not counted in columns", "[scenario][syntax]") {
  CHECK(scenario_of("\xef\xbb\xbf" + kSmall).name == "x");
  CHECK(problems_of("\xef\xbb\xbf{\"a\": x}") == Problems{syntax(1, 7, "invalid literal")});
  CHECK(problems_of("\xef\xbb\xbf\xef\xbb\xbf" + kSmall) ==
        Problems{syntax(1, 1, "unexpected byte-order mark")});
  CHECK(problems_of(" \xef\xbb\xbf" + kSmall) ==
        Problems{syntax(1, 2, "unexpected byte-order mark")});
  // The two bytes of the broken mark are one (broken) character.
  CHECK(problems_of("\xef\xbb{}") == Problems{syntax(1, 2, "incomplete UTF-8 byte-order mark")});
}

TEST_CASE("UTF-16 and UTF-32 text is recognised up front", "[scenario][syntax]") {
  const auto utf16 = [](const std::string& text, bool little_endian) {
    std::string bytes;
    for (const char c : text) {
      bytes += little_endian ? c : '\0';
      bytes += little_endian ? '\0' : c;
    }
    return bytes;
  };
  const Problems utf16_problem{syntax(1, 1, "the file is UTF-16 text; save it as UTF-8")};
  CHECK(problems_of(utf16(kSmall, true)) == utf16_problem);
  CHECK(problems_of(utf16(kSmall, false)) == utf16_problem);
  CHECK(problems_of("\xff\xfe" + utf16(kSmall, true)) == utf16_problem);
  CHECK(problems_of("\xfe\xff" + utf16(kSmall, false)) == utf16_problem);
  const Problems utf32_problem{syntax(1, 1, "the file is UTF-32 text; save it as UTF-8")};
  CHECK(problems_of(std::string("{\0\0\0}\0\0\0", 8)) == utf32_problem);
  CHECK(problems_of(std::string("\0\0\0{\0\0\0}", 8)) == utf32_problem);
  CHECK(problems_of(std::string("\xff\xfe\0\0{\0\0\0", 8)) == utf32_problem);
}

TEST_CASE("one NUL byte before UTF-8 text is an unexpected NUL byte, not UTF-16",
          "[scenario][syntax]") {
  // A JSON Lines line that starts with a NUL: in UTF-16 the second character would have its NUL
  // too ("\0{\0\""), here it does not.
  CHECK(problems_of(std::string("\0", 1) + kSmall) ==
        Problems{syntax(1, 1, "unexpected NUL byte")});
  CHECK(problems_of(std::string("{\0\"a\": 1}", 9)) ==
        Problems{syntax(1, 2, "unexpected NUL byte")});
}

TEST_CASE("nesting deeper than 64 levels is a problem at the 65th level, however deep",
          "[scenario][syntax]") {
  const std::string depth_problem = "nesting deeper than 64 levels";
  SECTION("64 levels are accepted") {
    // The top-level object is level 1, the comment's arrays levels 2 to 64.
    CHECK(scenario_of(R"({"name": "x", "_deep": )" + std::string(63, '[') + std::string(63, ']') +
                      R"(, "nps": {"scores": [9]}})")
              .name == "x");
  }
  SECTION("65 levels are refused") {
    CHECK(problems_of(R"({"name": "x", "_deep": )" + std::string(64, '[') + std::string(64, ']') +
                      R"(, "nps": {"scores": [9]}})") == Problems{syntax(1, 87, depth_problem)});
  }
  SECTION("100000 nested arrays inside the object") {
    CHECK(problems_of(R"({"name": "x", "_deep": )" + std::string(100000, '[') +
                      std::string(100000, ']') + "}") == Problems{syntax(1, 87, depth_problem)});
  }
  SECTION("100000 nested objects") {
    CHECK(problems_of(repeat(R"({"a":)", 100000) + "1" + std::string(100000, '}')) ==
          Problems{syntax(1, 321, depth_problem)});
  }
  SECTION("100000 unclosed arrays at the top level") {
    CHECK(problems_of(std::string(100000, '[')) ==
          Problems{syntax(1, 1,
                          "expected a JSON object at the top level, found an array; one scenario "
                          "per file, or "
                          "JSON Lines: jq -c '.[]'"),
                   syntax(1, 65, depth_problem)});
  }
}

TEST_CASE("duplicate keys are problems at the object's pointer (the key's at the top level)",
          "[scenario][syntax]") {
  CHECK(problems_of(R"({"name": "a", "nps": {"scores": [9]}, "name": "b"})") ==
        Problems{at("/name", "duplicate key \"name\"")});
  CHECK(problems_of(R"({"name": "x", "marketing": {"channels": [
                        {"name": "a", "spend": 1, "revenue": 2, "spend": 3}]}})") ==
        Problems{at("/marketing/channels/0", "duplicate key \"spend\"")});
  CHECK(problems_of(R"({"name": "a", "n\u0061me": "b", "nps": {"scores": [9]}})") ==
        Problems{at("/name", "duplicate key \"name\"")});
  CHECK(problems_of(R"({"name": "a", "_x": {"k": 1, "k": 2}, "nps": {"scores": [9]}})") ==
        Problems{at("/_x", "duplicate key \"k\"")});
  SECTION("each repeat once; keys alike in length and first and last bytes are not repeats") {
    CHECK(problems_of(R"({"name": "a", "nps": {"scores": [9]}, "_abc": 1, "_axc": 2, "_abc": 3,
                         "_abc": 4, "": 1, "": 2})") ==
          Problems{at("/_abc", "duplicate key \"_abc\""), at("/_abc", "duplicate key \"_abc\""),
                   at("/", "unknown key \"\""), at("/", "duplicate key \"\"")});
  }
  SECTION("in a large object") {
    std::string text = R"({"name": "a", "nps": {"scores": [9]})";
    for (int i = 0; i < 40; ++i) text += ", \"_k" + std::to_string(i) + "\": 1";
    text += R"(, "_k5": 2, "_k39": 3})";
    CHECK(problems_of(text) ==
          Problems{at("/_k5", "duplicate key \"_k5\""), at("/_k39", "duplicate key \"_k39\"")});
  }
  SECTION("reported with the other problems of the file") {
    CHECK(problems_of(R"({"name": "a", "currency": "usd", "nps": {"scores": [9]}, "name": "b"})") ==
          Problems{at("/currency",
                      "expected a three-letter ISO 4217 currency code in capitals such as \"USD\", "
                      "found \"usd\""),
                   at("/name", "duplicate key \"name\"")});
  }
}

TEST_CASE("syntax problems carry a line and column and no pointer", "[scenario][syntax]") {
  const Problems problems = problems_of("{\n  \"name\": \"x\",\n  \"nps\": [1 2]\n}");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].is_syntax());
  CHECK(problems[0].json_pointer.empty());
  CHECK(problems[0] == syntax(3, 13, "missing ',' between array elements"));
}

TEST_CASE("is_json_value accepts one complete JSON value and nothing else", "[scenario][syntax]") {
  CHECK(crmroi::is_json_value(R"({"name": "a", "horizon_months": 6})"));
  CHECK(crmroi::is_json_value("  {}  "));
  CHECK_FALSE(crmroi::is_json_value("{"));  // a document spread over lines
  CHECK_FALSE(crmroi::is_json_value(R"({"name": "a",)"));
  CHECK_FALSE(crmroi::is_json_value("{} {}"));  // two values
  CHECK_FALSE(crmroi::is_json_value(R"({"a": NaN})"));
}

TEST_CASE("documents loaded one after another share nothing (a large one between small ones)",
          "[scenario][syntax]") {
  // The loader keeps one document's memory for the next on the same thread, and lets it go
  // after a document of more than 1 MiB.
  std::string large = R"({"name": "big", "nps": {"scores": [9]})";
  for (int i = 0; i < 60000; ++i) large += ", \"_k" + std::to_string(i) + "\": [1, 2]";
  large += "}";
  REQUIRE(large.size() > 1'000'000);
  CHECK(problems_of(R"({"name": "a", "nps": {"scores": [9]}, "name": "b"})") ==
        Problems{at("/name", "duplicate key \"name\"")});
  const LoadResult big = load_scenario(large);
  REQUIRE(big.scenario);
  CHECK(big.scenario->name == "big");
  const LoadResult small = load_scenario(kSmall);
  REQUIRE(small.scenario);
  CHECK(small.scenario->name == "x");
  CHECK(small.problems.empty());
  CHECK(problems_of(R"({"name": "x" "nps": 1})") ==
        Problems{syntax(1, 14, "missing ',' between object members")});
}
