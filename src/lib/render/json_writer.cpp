// A small streaming JSON writer: keys in the order written, pretty or compact, no DOM.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

#include "crmroi/money.hpp"
#include "crmroi/render.hpp"
#include "crmroi/version.hpp"
#include "metrics/rounding.hpp"
#include "render/detail.hpp"
#include "render/escape.hpp"
#include "render/json_writer.hpp"

namespace crmroi {

JsonWriter::JsonWriter(std::string& out, Style style) : out_(out), style_(style) {
  levels_.reserve(8);
}

void JsonWriter::flush() {
  if (used_ == 0) return;
  out_.append(buffer_.data(), used_);
  used_ = 0;
}

void JsonWriter::put(std::string_view text) {
  if (text.size() > buffer_.size() / 4) {
    flush();
    out_.append(text);
    return;
  }
  char* dest = room(text.size());
  std::memcpy(dest, text.data(), text.size());
  used_ += text.size();
}

void JsonWriter::newline_and_indent() {
  const std::size_t indent = levels_.size() * 2;
  if (indent + 1 > buffer_.size() / 4) {
    put('\n');
    flush();
    out_.append(indent, ' ');
    return;
  }
  char* dest = room(indent + 1);
  *dest = '\n';
  std::memset(dest + 1, ' ', indent);
  used_ += indent + 1;
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level& level = levels_.back();
  if (level.count > 0) put(',');
  if (style_ == Style::pretty) newline_and_indent();
  ++level.count;
}

void JsonWriter::open(char bracket, bool is_array) {
  before_value();
  put(bracket);
  levels_.push_back({is_array, 0});
}

void JsonWriter::close(char bracket) {
  const bool had_members = levels_.back().count > 0;
  levels_.pop_back();
  if (had_members && style_ == Style::pretty) newline_and_indent();
  put(bracket);
  after_value();
}

void JsonWriter::begin_object() { open('{', false); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('[', true); }
void JsonWriter::end_array() { close(']'); }

namespace {

// Keys up to this length that need no escaping go out in one piece (compact style).
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

// A compact key that needs no escaping: the comma, the quoted name and the colon in one piece
// (JSON Lines writes hundreds of keys a record).
void JsonWriter::plain_key(std::string_view name) {
  Level& level = levels_.back();
  char* dest = room(name.size() + 4);
  if (level.count > 0) *dest++ = ',';
  ++level.count;
  after_key_ = true;
  *dest++ = '"';
  std::memcpy(dest, name.data(), name.size());
  dest += name.size();
  *dest++ = '"';
  *dest++ = ':';
  filled_to(dest);
}

void JsonWriter::escaped_key(std::string_view name) {
  Level& level = levels_.back();
  if (level.count > 0) put(',');
  ++level.count;
  after_key_ = true;
  if (style_ == Style::pretty) newline_and_indent();
  string_literal(name);
  put(style_ == Style::pretty ? std::string_view(": ") : std::string_view(":"));
}

void JsonWriter::string_literal(std::string_view text) {
  const std::size_t most = json_string_max_length(text.size());
  if (most > buffer_.size() / 4) {
    flush();
    append_json_string(out_, text);
    return;
  }
  filled_to(write_json_string(room(most), text));
}

void JsonWriter::string_value(std::string_view text) {
  before_value();
  string_literal(text);
  after_value();
}

void JsonWriter::raw_value(std::string_view literal) {
  before_value();
  put(literal);
  after_value();
}

void JsonWriter::int_value(long long number) {
  before_value();
  constexpr std::size_t kMostDigits = 20;  // "-9223372036854775808"
  char* dest = room(kMostDigits);
  filled_to(std::to_chars(dest, dest + kMostDigits, number).ptr);
  after_value();
}

int JsonWriter::money_decimals(std::string_view currency) {
  if (currency.size() != 3) return currency_minor_digits(currency);
  std::uint32_t code = 0;
  std::memcpy(&code, currency.data(), 3);
  if (code != money_currency_) {
    money_currency_ = code;
    money_decimals_ = currency_minor_digits(currency);
  }
  return money_decimals_;
}

void JsonWriter::number_value(double value, Quantity quantity, std::string_view currency) {
  before_value();
  // The figures are defined before any renderer sees them (Metric); this only keeps the JSON
  // valid should a bare non-finite number ever reach it.
  if (!std::isfinite(value)) {
    put("null");
    after_value();
    return;
  }
  // As append_number in kMachineStyle: percentages as points, money to the currency's minor
  // unit, counts whole, the rest to the style's places; the fast writer when it can.
  const double shown = quantity == Quantity::percent ? value * 100.0 : value;
  int decimals = kMachineStyle.quantity_decimals;
  if (quantity == Quantity::money) {
    decimals = money_decimals(currency);
  } else if (quantity == Quantity::count) {
    decimals = 0;
  }
  if (char* end = rounding_detail::write_machine_number_fast(
          room(rounding_detail::kFastNumberMaxLength), shown, decimals)) {
    filled_to(end);
  } else {
    std::string text;
    append_number(text, shown, decimals, kMachineStyle);
    put(text);
  }
  after_value();
}

void JsonWriter::bool_value(bool value) {
  before_value();
  put(value ? std::string_view("true") : std::string_view("false"));
  after_value();
}

void JsonWriter::null_value() {
  before_value();
  put("null");
  after_value();
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
