// The JSON writer: compact and pretty layout, its buffer (pieces of every size in order, the
// string complete once the outermost value ends), numbers in the machine style.
#include <catch2/catch.hpp>
#include <string>

#include "render/json_writer.hpp"

using crmroi::JsonWriter;
using crmroi::Quantity;

TEST_CASE("the JSON writer writes compact JSON, complete once the outermost value ends",
          "[render][json]") {
  std::string out = "before ";
  JsonWriter json(out, JsonWriter::Style::compact);
  json.begin_object();
  json.string_member("name", "Dress \"e-shop\"");
  json.key("line");
  json.int_value(-9223372036854775807LL - 1);
  json.key("flags");
  json.begin_array();
  json.bool_value(true);
  json.null_value();
  json.raw_value("1.5");
  json.end_array();
  json.key("empty");
  json.begin_object();
  json.end_object();
  json.key(std::string_view("k\ney"));  // a key from the input is escaped
  json.string_value("");
  json.end_object();
  CHECK(out ==
        "before {\"name\":\"Dress \\\"e-shop\\\"\",\"line\":-9223372036854775808,"
        "\"flags\":[true,null,1.5],\"empty\":{},\"k\\ney\":\"\"}");
}

TEST_CASE("the JSON writer keeps every piece in order, short and long, across its buffer",
          "[render][json]") {
  // 1,000 members (about 20 KB, ten times the writer's buffer), with strings of 3,000 bytes
  // (written past the buffer) and strings that need escapes among them.
  std::string out;
  std::string expected = "{";
  {
    JsonWriter json(out, JsonWriter::Style::compact);
    json.begin_object();
    for (int i = 0; i < 1000; ++i) {
      const std::string name = "key" + std::to_string(i);
      if (i > 0) expected += ',';
      expected += "\"" + name + "\":";
      json.key(name);
      if (i % 100 == 7) {
        const std::string long_text(3000, static_cast<char>('a' + i % 26));
        json.string_value(long_text);
        expected += "\"" + long_text + "\"";
      } else if (i % 10 == 3) {
        json.string_value("tab\there \xe2\x80\xa8");
        expected += "\"tab\\there \\u2028\"";
      } else {
        json.int_value(i);
        expected += std::to_string(i);
      }
    }
    json.end_object();
    expected += "}";
    CHECK(out == expected);
  }
  CHECK(out == expected);
}

TEST_CASE("the JSON writer writes pretty JSON with two spaces a level, also very deep",
          "[render][json]") {
  std::string out;
  JsonWriter json(out, JsonWriter::Style::pretty);
  json.begin_object();
  json.key("a");
  json.begin_array();
  json.int_value(1);
  json.begin_object();
  json.end_object();
  json.end_array();
  json.key("b");
  json.string_value("x");
  json.end_object();
  CHECK(out == "{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": \"x\"\n}");

  // 400 levels: an indent of 800 spaces, more than a quarter of the writer's buffer.
  std::string deep;
  JsonWriter nested(deep, JsonWriter::Style::pretty);
  std::string expected;
  for (std::size_t level = 0; level < 400; ++level) {
    nested.begin_array();
    expected += "[\n" + std::string(2 * (level + 1), ' ');
  }
  nested.int_value(0);
  expected += "0";
  for (std::size_t level = 400; level-- > 0;) {
    nested.end_array();
    expected += "\n" + std::string(2 * level, ' ') + "]";
  }
  CHECK(deep == expected);
}

TEST_CASE("the JSON writer writes a value at the top level at once", "[render][json]") {
  std::string out;
  JsonWriter json(out, JsonWriter::Style::compact);
  json.string_value("alone");
  CHECK(out == "\"alone\"");
  out += '\n';
  json.number_value(0.125, Quantity::percent, "USD");
  CHECK(out == "\"alone\"\n12.5");
}

TEST_CASE("the JSON writer rounds money to each currency's minor unit, one after another",
          "[render][json]") {
  std::string out;
  JsonWriter json(out, JsonWriter::Style::compact);
  json.begin_array();
  json.number_value(1234.565, Quantity::money, "USD");  // a midpoint: the exact path
  json.number_value(1234.5, Quantity::money, "JPY");    // no minor unit
  json.number_value(1.0005, Quantity::money, "KWD");    // three places, a midpoint
  json.number_value(2.5, Quantity::money, "USD");
  json.number_value(2.5, Quantity::money, "EURO");  // not a code: two places
  json.number_value(7.5, Quantity::count, "USD");
  json.number_value(1.0 / 3.0, Quantity::ratio, "USD");
  json.number_value(1.0 / 0.0, Quantity::money, "USD");
  json.end_array();
  CHECK(out == "[1234.57,1235,1.001,2.5,2.5,8,0.3333333333,null]");
}
