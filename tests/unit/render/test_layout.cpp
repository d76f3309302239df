// The text table layout and the JSON writer.
#include <catch2/catch.hpp>

#include "render/json_writer.hpp"
#include "render/text_table.hpp"

using crmroi::Align;
using crmroi::Cell;
using crmroi::Emphasis;
using crmroi::JsonWriter;
using crmroi::TextTable;

TEST_CASE("a text table right-aligns amounts and never leaves trailing spaces", "[render][table]") {
  TextTable table({Align::left, Align::right});
  table.add_row({{"ROI"}, {"176.67 %"}});
  table.add_row({{"NPV"}, {"31,800.00 RUB"}});
  CHECK(table.render(false) == "ROI       176.67 %\nNPV  31,800.00 RUB\n");
}

TEST_CASE("a text table rules only the chosen columns and honours a narrow gap",
          "[render][table]") {
  TextTable table({Align::left, Align::right, Align::left});
  table.set_gap(2, 1);
  table.add_row({{"Total"}, {"1,000.00"}, {"RUB"}});
  table.add_rule({1, 2});
  table.add_row({{"Net"}, {"-50.00"}, {"RUB"}});
  CHECK(table.render(false, "  ") ==
        "  Total  1,000.00 RUB\n"
        "         ──────── ───\n"
        "  Net      -50.00 RUB\n");
}

TEST_CASE("an overflow cell does not widen its column", "[render][table]") {
  TextTable table({Align::left, Align::right});
  table.add_heading("Return on investment");
  table.add_row({{"ROI"}, {"5.00 %"}});
  table.add_row({{"IRR"}, {"n/a — net cash flow never changes sign", Emphasis::negative, true}});
  CHECK(table.render(false) ==
        "Return on investment\n"
        "ROI  5.00 %\n"
        "IRR  n/a — net cash flow never changes sign\n");
}

TEST_CASE("a text table aligns by characters, not bytes", "[render][table]") {
  TextTable table({Align::left, Align::right});
  table.add_row({{"Выручка"}, {"1"}});
  table.add_row({{"x"}, {"22"}});
  CHECK(table.render(false) == "Выручка   1\nx        22\n");
}

TEST_CASE("colour is added only when asked, around the text and not its padding",
          "[render][table]") {
  TextTable table({Align::left, Align::right});
  table.add_heading("Totals");
  table.add_row({{"Net"}, {"-5.00", Emphasis::negative}});
  table.add_row({{"Gain"}, {"10.00"}});
  CHECK(table.render(true) ==
        "\x1b[1mTotals\x1b[0m\n"
        "Net   \x1b[31m-5.00\x1b[0m\n"
        "Gain  10.00\n");
  CHECK(table.render(false) == "Totals\nNet   -5.00\nGain  10.00\n");
  CHECK(crmroi::paint("ok", Emphasis::positive, true) == "\x1b[32mok\x1b[0m");
  CHECK(crmroi::paint("ok", Emphasis::positive, false) == "ok");
}

TEST_CASE("the JSON writer writes compact JSON in key order", "[render][json]") {
  std::string out;
  JsonWriter json(out, JsonWriter::Style::compact);
  json.begin_object();
  json.key("b");
  json.int_value(-1);
  json.key("a");
  json.begin_array();
  json.string_value("x");
  json.null_value();
  json.bool_value(true);
  json.raw_value("1.5");
  json.end_array();
  json.key("empty");
  json.begin_object();
  json.end_object();
  json.end_object();
  CHECK(out == R"({"b":-1,"a":["x",null,true,1.5],"empty":{}})");
}

TEST_CASE("the JSON writer indents pretty JSON by two spaces like jq", "[render][json]") {
  std::string out;
  JsonWriter json(out, JsonWriter::Style::pretty);
  json.begin_object();
  json.key("lines");
  json.begin_array();
  json.begin_object();
  json.key("name");
  json.string_value("a");
  json.end_object();
  json.end_array();
  json.key("notes");
  json.begin_array();
  json.end_array();
  json.end_object();
  CHECK(out == "{\n  \"lines\": [\n    {\n      \"name\": \"a\"\n    }\n  ],\n  \"notes\": []\n}");
}

TEST_CASE("a metric member is a number, or null with its note", "[render][json]") {
  std::string out;
  std::vector<std::string> notes;
  JsonWriter json(out, JsonWriter::Style::compact);
  json.begin_object();
  json.metric_member("roi_percent", crmroi::Metric::defined(0.5), crmroi::Quantity::percent, "USD",
                     "roi_percent", notes);
  json.metric_member("cac", crmroi::Metric::undefined("no new customers"), crmroi::Quantity::money,
                     "USD", "acquisition.cac", notes);
  json.end_object();
  CHECK(out == R"({"roi_percent":50,"cac":null})");
  CHECK(notes == std::vector<std::string>{"acquisition.cac: no new customers"});
}

TEST_CASE("the JSON writer escapes keys that need it, compact and pretty", "[render][json]") {
  const std::string long_key(61, 'k');  // longer than the one-append path takes
  std::string compact;
  JsonWriter json(compact, JsonWriter::Style::compact);
  json.begin_object();
  json.key(std::string_view("plain"));
  json.int_value(1);
  json.key(std::string_view("say \"hi\"\\\n"));
  json.int_value(2);
  json.key(std::string_view(long_key));
  json.int_value(3);
  json.key("literal");
  json.int_value(4);
  json.end_object();
  CHECK(compact == R"({"plain":1,"say \"hi\"\\\n":2,")" + long_key + R"(":3,"literal":4})");

  std::string pretty;
  JsonWriter indented(pretty, JsonWriter::Style::pretty);
  indented.begin_object();
  indented.key(std::string_view("a\tb"));
  indented.int_value(1);
  indented.key("literal");
  indented.int_value(2);
  indented.end_object();
  CHECK(pretty == "{\n  \"a\\tb\": 1,\n  \"literal\": 2\n}");
}
