// A JSON writer straight into a string (internal to the render unit).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/metric.hpp"
#include "crmroi/number_format.hpp"

namespace crmroi {

/// Writes JSON into a string, either pretty (2-space indent, one member per line, the layout of
/// `jq .`) or compact (one line, no spaces). Keys are written in the order given.
///
/// The text is composed in a buffer of the writer's own and appended to the string in blocks (a
/// JSON Lines record is hundreds of small pieces): the string holds all of it once the outermost
/// value is complete, at flush(), and when the writer goes away. Append to the string yourself
/// only then (the newline after a record).
///
///   std::string out;
///   JsonWriter json(out, JsonWriter::Style::compact);
///   json.begin_object(); json.key("roi_percent"); json.raw_value("176.67"); json.end_object();
///   // out == "{\"roi_percent\":176.67}"
class JsonWriter {
 public:
  enum class Style { pretty, compact };
  JsonWriter(std::string& out, Style style);
  ~JsonWriter() { flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;
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
  /// key + whole number, the key a string literal in our code (as for key above):
  ///   json.int_member("month", 3);  // "month": 3
  template <std::size_t N>
  void int_member(const char (&name)[N], long long number) {
    key(name);
    int_value(number);
  }
  template <std::size_t N>
  void bool_member(const char (&name)[N], bool value) {
    key(name);
    bool_value(value);
  }
  /// key + a figure in the machine style, the key a string literal or from a table in our code.
  void number_member(std::string_view name, double value, Quantity quantity,
                     std::string_view currency) {
    literal_key(name);
    number_value(value, quantity, currency);
  }

  /// key + an array of objects, one for each of `items`, their members written by
  /// write_members(item), the key a string literal or from a table in our code:
  ///   json.object_array("rows", rows, [&](const Row& row) { json.int_member("month", row.month);
  ///   });
  ///   // "rows": [{"month": 1}, {"month": 2}]
  template <typename Items, typename WriteMembers>
  void object_array(std::string_view name, const Items& items, WriteMembers&& write_members) {
    literal_key(name);
    begin_array();
    for (const auto& item : items) {
      begin_object();
      write_members(item);
      end_object();
    }
    end_array();
  }

  /// key + value for a metric: a number, or null with "<path>: <reason>" added to `notes`.
  void metric_member(std::string_view name, const Metric& metric, Quantity quantity,
                     std::string_view currency, std::string_view note_path,
                     std::vector<std::string>& notes);

  /// Appends the text composed so far to the string.
  void flush();

 private:
  void before_value();
  /// After a value: the string gets the text when the value was the outermost one.
  void after_value() {
    if (levels_.empty()) flush();
  }
  void open(char bracket, bool is_array);
  void close(char bracket);
  void newline_and_indent();
  void literal_key(std::string_view name);
  void plain_key(std::string_view name);
  void escaped_key(std::string_view name);
  /// `text` as a JSON string literal with its quotes.
  void string_literal(std::string_view text);
  /// The places of money in `currency` (the last currency's, remembered).
  int money_decimals(std::string_view currency);

  /// Room for `bytes` more in the buffer (flushing it when needed; at most kBufferBytes).
  char* room(std::size_t bytes) {
    if (buffer_.size() - used_ < bytes) flush();
    return buffer_.data() + used_;
  }
  /// The buffer filled up to `end` (a pointer into the room given).
  void filled_to(const char* end) { used_ = static_cast<std::size_t>(end - buffer_.data()); }
  void put(char c) {
    *room(1) = c;
    ++used_;
  }
  /// Text of any length: through the buffer when short, straight to the string otherwise.
  void put(std::string_view text);

  struct Level {
    bool is_array = false;
    int count = 0;
  };
  static constexpr std::size_t kBufferBytes = 2048;
  std::string& out_;
  Style style_;
  std::vector<Level> levels_;
  bool after_key_ = false;
  std::uint32_t money_currency_ = 0;       ///< the last three-letter currency, its bytes packed
  int money_decimals_ = 2;                 ///< its places ("\0\0\0", the code 0, has 2)
  std::size_t used_ = 0;                   ///< bytes of buffer_ not yet in out_
  std::array<char, kBufferBytes> buffer_;  // NOLINT: only the used part is read
};

namespace render_detail {

/// The members every JSON record (calc, compare, check) starts with: "format_version": 1 (the
/// record layout, kJsonFormatVersion) and "crmroi_version": "0.2.0" (the program that wrote it).
void write_record_versions(JsonWriter& json);

}  // namespace render_detail

}  // namespace crmroi
