// A JSON writer straight into a string (internal to the render unit).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/metric.hpp"
#include "crmroi/number_format.hpp"

namespace crmroi {

/// Writes JSON straight into a string, either pretty (2-space indent, one member per line, the
/// layout of `jq .`) or compact (one line, no spaces). Keys are written in the order given.
///
///   std::string out;
///   JsonWriter json(out, JsonWriter::Style::compact);
///   json.begin_object(); json.key("roi_percent"); json.raw_value("176.67"); json.end_object();
///   // out == "{\"roi_percent\":176.67}"
class JsonWriter {
 public:
  enum class Style { pretty, compact };
  JsonWriter(std::string& out, Style style);
  [[nodiscard]] Style style() const { return style_; }

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  /// The key of the next member; must be inside an object.
  void key(std::string_view name);
  /// A key written as a string literal in our code: printable ASCII without quotes or
  /// backslashes, so it is written without looking for characters to escape.
  template <std::size_t N>
  void key(const char (&name)[N]) {
    literal_key(std::string_view(name, N - 1));
  }
  /// A key from a table in our code (the table of figures): printable ASCII without quotes or
  /// backslashes, as a test checks, so it is written without looking for characters to escape.
  void table_key(std::string_view name) { literal_key(name); }
  void string_value(std::string_view text);
  /// A number (or any JSON literal) already formatted.
  void raw_value(std::string_view literal);
  void int_value(long long number);
  /// A figure in the machine style (append_number with kMachineStyle).
  void number_value(double value, Quantity quantity, std::string_view currency);
  void bool_value(bool value);
  void null_value();

  /// key + string value, the key a string literal in our code (as for key above):
  ///   json.string_member("scenario", "Dress e-shop");  // "scenario": "Dress e-shop"
  template <std::size_t N>
  void string_member(const char (&name)[N], std::string_view text) {
    key(name);
    string_value(text);
  }
  /// key + a figure in the machine style, the key a string literal or from a table in our code.
  void number_member(std::string_view name, double value, Quantity quantity,
                     std::string_view currency) {
    literal_key(name);
    number_value(value, quantity, currency);
  }

  /// key + value for a metric: a number, or null with "<path>: <reason>" added to `notes`.
  void metric_member(std::string_view name, const Metric& metric, Quantity quantity,
                     std::string_view currency, std::string_view note_path,
                     std::vector<std::string>& notes);

 private:
  void before_value();
  void open(char bracket, bool is_array);
  void close(char bracket);
  void newline_and_indent();
  void literal_key(std::string_view name);
  void plain_key(std::string_view name);
  void escaped_key(std::string_view name);

  struct Level {
    bool is_array = false;
    int count = 0;
  };
  std::string& out_;
  Style style_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

namespace render_detail {

/// The members every JSON record (calc, compare, check) starts with: "format_version": 1 (the
/// record layout, kJsonFormatVersion) and "crmroi_version": "0.2.0" (the program that wrote it).
void write_record_versions(JsonWriter& json);

}  // namespace render_detail

}  // namespace crmroi
