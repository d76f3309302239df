// A small streaming JSON writer: keys in the order written, pretty or compact, no DOM.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

#include "crmroi/render.hpp"
#include "crmroi/version.hpp"
#include "render/detail.hpp"
#include "render/escape.hpp"
#include "render/json_writer.hpp"

namespace crmroi {

JsonWriter::JsonWriter(std::string& out, Style style) : out_(out), style_(style) {
  levels_.reserve(8);
}

void JsonWriter::newline_and_indent() {
  out_.push_back('\n');
  out_.append(levels_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level& level = levels_.back();
  if (level.count > 0) out_.push_back(',');
  if (style_ == Style::pretty) newline_and_indent();
  ++level.count;
}

void JsonWriter::open(char bracket, bool is_array) {
  before_value();
  out_.push_back(bracket);
  levels_.push_back({is_array, 0});
}

void JsonWriter::close(char bracket) {
  const bool had_members = levels_.back().count > 0;
  levels_.pop_back();
  if (had_members && style_ == Style::pretty) newline_and_indent();
  out_.push_back(bracket);
}

void JsonWriter::begin_object() { open('{', false); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('[', true); }
void JsonWriter::end_array() { close(']'); }

namespace {

// Keys up to this length that need no escaping go out in one append (compact style).
constexpr std::size_t kLongestPlainKey = 60;

// Printable ASCII without quotes or backslashes, as all of the record's own keys are.
bool needs_no_escaping(std::string_view name) {
  return std::all_of(name.begin(), name.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 && byte < 0x7F && byte != '"' && byte != '\\';
  });
}

}  // namespace

void JsonWriter::key(std::string_view name) {
  if (style_ == Style::compact && name.size() <= kLongestPlainKey && needs_no_escaping(name)) {
    plain_key(name);
  } else {
    escaped_key(name);
  }
}

void JsonWriter::literal_key(std::string_view name) {
  if (style_ == Style::compact && name.size() <= kLongestPlainKey) {
    plain_key(name);
  } else {
    escaped_key(name);
  }
}

// A compact key that needs no escaping: the comma, the quoted name and the colon in one append
// (JSON Lines writes hundreds of keys a record).
void JsonWriter::plain_key(std::string_view name) {
  Level& level = levels_.back();
  std::array<char, kLongestPlainKey + 4> buffer;  // NOLINT: only the written part is read
  std::size_t length = 0;
  if (level.count > 0) buffer[length++] = ',';
  ++level.count;
  after_key_ = true;
  buffer[length++] = '"';
  std::memcpy(buffer.data() + length, name.data(), name.size());
  length += name.size();
  buffer[length++] = '"';
  buffer[length++] = ':';
  out_.append(buffer.data(), length);
}

void JsonWriter::escaped_key(std::string_view name) {
  Level& level = levels_.back();
  if (level.count > 0) out_.push_back(',');
  ++level.count;
  after_key_ = true;
  if (style_ == Style::pretty) newline_and_indent();
  append_json_string(out_, name);
  out_.append(style_ == Style::pretty ? ": " : ":");
}

void JsonWriter::string_value(std::string_view text) {
  before_value();
  append_json_string(out_, text);
}

void JsonWriter::raw_value(std::string_view literal) {
  before_value();
  out_.append(literal);
}

void JsonWriter::int_value(long long number) {
  before_value();
  std::array<char, 24> digits{};
  const auto printed = std::to_chars(digits.data(), digits.data() + digits.size(), number);
  out_.append(digits.data(), printed.ptr);
}

void JsonWriter::number_value(double value, Quantity quantity, std::string_view currency) {
  before_value();
  // The figures are defined before any renderer sees them (Metric); this only keeps the JSON
  // valid should a bare non-finite number ever reach it.
  if (!std::isfinite(value)) {
    out_.append("null");
    return;
  }
  append_number(out_, value, quantity, currency, kMachineStyle);
}

void JsonWriter::bool_value(bool value) {
  before_value();
  out_.append(value ? "true" : "false");
}

void JsonWriter::null_value() {
  before_value();
  out_.append("null");
}

void JsonWriter::metric_member(std::string_view name, const Metric& metric, Quantity quantity,
                               std::string_view currency, std::string_view note_path,
                               std::vector<std::string>& notes) {
  key(name);
  if (metric.is_defined()) {
    number_value(metric.value(), quantity, currency);
    return;
  }
  null_value();
  std::string note;
  note.reserve(note_path.size() + 2 + metric.reason().size());
  note.append(note_path).append(": ").append(metric.reason());
  notes.push_back(std::move(note));
}

namespace render_detail {

void write_record_versions(JsonWriter& json) {
  json.key("format_version");
  json.int_value(kJsonFormatVersion);
  json.key("crmroi_version");
  json.string_value(kVersion);
}

}  // namespace render_detail

}  // namespace crmroi
