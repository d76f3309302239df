// Escaping of user text for terminals, CSV, Markdown and JSON.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "render/escape.hpp"

using crmroi::append_json_string;
using crmroi::csv_field;
using crmroi::display_width;
using crmroi::escape_control_characters;
using crmroi::markdown_text;

TEST_CASE("escape_control_characters shows an escape character as backslash-u 001b",
          "[render][escape]") {
  CHECK(escape_control_characters("a\x1b[31mb") == "a\\u001b[31mb");
  CHECK(escape_control_characters("tab\there") == "tab\\u0009here");
  CHECK(escape_control_characters("line\nbreak\r") == "line\\u000abreak\\u000d");
  CHECK(escape_control_characters("del\x7f") == "del\\u007f");
}

TEST_CASE("escape_control_characters keeps UTF-8 text and escapes C1 controls and bidi overrides",
          "[render][escape]") {
  CHECK(escape_control_characters("Магазин платьев — ×") == "Магазин платьев — ×");
  CHECK(escape_control_characters("a\xc2\x9b"
                                  "b") == "a\\u009bb");  // C1 CSI
  CHECK(escape_control_characters("a\xe2\x80\xae"
                                  "b") == "a\\u202eb");  // RIGHT-TO-LEFT OVERRIDE
  CHECK(escape_control_characters("a\xe2\x80\xa8"
                                  "b") == "a\\u2028b");  // LINE SEPARATOR
}

TEST_CASE(
    "escape_control_characters shows bytes that are not UTF-8 as backslash-x and two hex digits",
    "[render][escape]") {
  CHECK(escape_control_characters("a\xff"
                                  "b") == "a\\xffb");
  CHECK(escape_control_characters("\xd0") == "\\xd0");                    // truncated sequence
  CHECK(escape_control_characters("\xc0\xaf") == "\\xc0\\xaf");           // overlong '/'
  CHECK(escape_control_characters("\xed\xa0\x80") == "\\xed\\xa0\\x80");  // surrogate
}

TEST_CASE("csv_field quotes commas and quotes as RFC 4180 says", "[render][csv]") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a, b") == "\"a, b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("") == "");
}

TEST_CASE("csv_field neutralises text starting with = + - @ against formula injection",
          "[render][csv]") {
  CHECK(csv_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csv_field("+1") == "'+1");
  CHECK(csv_field("-cmd") == "'-cmd");
  CHECK(csv_field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_field("a=b") == "a=b");
}

TEST_CASE("csv_field never lets a newline or control character through", "[render][csv]") {
  CHECK(csv_field("two\nlines") == "two\\u000alines");
  CHECK(csv_field("\t=1") == "\\u0009=1");
}

TEST_CASE("markdown_text escapes pipes and Markdown punctuation", "[render][markdown]") {
  CHECK(markdown_text("a|b") == "a\\|b");
  CHECK(markdown_text("*bold* _x_ [l](u) <b> `c` & \\") ==
        "\\*bold\\* \\_x\\_ \\[l\\](u) \\<b\\> \\`c\\` \\& \\\\");
  CHECK(markdown_text("esc\x1b") == "esc\\\\u001b");
}

TEST_CASE("append_json_string escapes quotes, backslashes and control characters",
          "[render][json]") {
  std::string out;
  append_json_string(out, "a\"b\\c\nd\x01\x7f—");
  CHECK(out == "\"a\\\"b\\\\c\\nd\\u0001\\u007f—\"");
}

TEST_CASE("append_json_string replaces bytes that are not UTF-8 with U+FFFD", "[render][json]") {
  std::string out;
  append_json_string(out, "bad\xff.json");
  CHECK(out == "\"bad\\ufffd.json\"");
}

TEST_CASE("escaping finds a character at any place of a long text (eight bytes at a time)",
          "[render][escape][json]") {
  // Each character that needs an escape, and some that do not, at every place of a 20-byte
  // ASCII text, so that it falls in the first, a middle and the last word and in the tail.
  struct Case {
    std::string character;
    std::string for_terminal;  // escape_control_characters
    std::string for_json;      // append_json_string
  };
  const std::vector<Case> cases = {{"\x1b", "\\u001b", "\\u001b"},
                                   {"\x1f", "\\u001f", "\\u001f"},
                                   {"\x7f", "\\u007f", "\\u007f"},
                                   {"\"", "\"", "\\\""},
                                   {"\\", "\\", "\\\\"},
                                   {" ", " ", " "},
                                   {"~", "~", "~"},
                                   {"\xff", "\\xff", "\\ufffd"},
                                   {"é", "é", "é"},
                                   {"—", "—", "—"},
                                   {"\xc2\x85", "\\u0085", "\xc2\x85"}};
  const std::string text(20, 'a');
  for (const Case& c : cases) {
    for (std::size_t place = 0; place <= text.size(); ++place) {
      const std::string input = text.substr(0, place) + c.character + text.substr(place);
      INFO("character " << c.for_terminal << " at " << place);
      CHECK(escape_control_characters(input) ==
            text.substr(0, place) + c.for_terminal + text.substr(place));
      std::string out;
      append_json_string(out, input);
      CHECK(out == "\"" + text.substr(0, place) + c.for_json + text.substr(place) + "\"");
    }
  }
}

TEST_CASE("display_width counts characters, wide ones twice, combining marks not at all",
          "[render][table]") {
  CHECK(display_width("n/a — x") == 7);
  CHECK(display_width("Привет") == 6);
  CHECK(display_width("日本") == 4);
  CHECK(display_width("e\xcc\x81") == 1);  // e + COMBINING ACUTE ACCENT
}
