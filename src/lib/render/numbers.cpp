// Output formats, and numbers as machine formats and people see them.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "crmroi/metrics.hpp"
#include "crmroi/money.hpp"
#include "crmroi/render.hpp"
#include "render/detail.hpp"

namespace crmroi {
namespace {

constexpr std::array<std::pair<std::string_view, OutputFormat>, 5> kFormats = {{
    {"table", OutputFormat::table},
    {"json", OutputFormat::json},
    {"jsonl", OutputFormat::jsonl},
    {"csv", OutputFormat::csv},
    {"markdown", OutputFormat::markdown},
}};

// Decimal places of machine numbers other than money: enough to agree with a spreadsheet to
// about 1e-9 (conventions).
constexpr int kMachineDecimals = 10;

// "00" "01" ... "99": the digits of a number two at a time.
constexpr std::array<char, 200> kDigitPairs = [] {
  std::array<char, 200> pairs{};
  for (std::size_t value = 0; value < 100; ++value) {
    pairs[2 * value] = static_cast<char>('0' + value / 10);
    pairs[2 * value + 1] = static_cast<char>('0' + value % 10);
  }
  return pairs;
}();

// Writes `units` x 10^-scale at `dest` without trailing zeros after the point; returns the end.
// The digits are produced two at a time from the last backwards into a small buffer.
char* write_scaled_units(char* dest, bool negative, unsigned long long units, int scale) {
  while (scale > 0 && units % 10 == 0) {
    units /= 10;
    --scale;
  }
  std::array<char, 24> digits;  // written backwards before it is read
  char* const end = digits.data() + digits.size();
  char* first = end;
  while (units >= 100) {
    const auto pair = static_cast<std::size_t>(units % 100) * 2;
    units /= 100;
    first -= 2;
    first[0] = kDigitPairs[pair];
    first[1] = kDigitPairs[pair + 1];
  }
  if (units >= 10) {
    first -= 2;
    first[0] = kDigitPairs[static_cast<std::size_t>(units) * 2];
    first[1] = kDigitPairs[static_cast<std::size_t>(units) * 2 + 1];
  } else {
    *--first = static_cast<char>('0' + units);
  }
  const auto length = static_cast<std::size_t>(end - first);
  const auto point = static_cast<std::size_t>(scale);
  if (negative) *dest++ = '-';
  if (point == 0) {
    for (const char* digit = first; digit != end; ++digit) *dest++ = *digit;
    return dest;
  }
  if (length <= point) {
    *dest++ = '0';
    *dest++ = '.';
    for (std::size_t zero = length; zero < point; ++zero) *dest++ = '0';
    for (const char* digit = first; digit != end; ++digit) *dest++ = *digit;
    return dest;
  }
  const char* const integer_end = end - point;
  for (const char* digit = first; digit != integer_end; ++digit) *dest++ = *digit;
  *dest++ = '.';
  for (const char* digit = integer_end; digit != end; ++digit) *dest++ = *digit;
  return dest;
}

}  // namespace

namespace render_detail {

// The common cases of plain_number(value, decimals), without any decimal string:
// - zero, and whole numbers below 1e15, exactly;
// - when |value| x 10^decimals is below 1e12, the product computed in binary is within 1.2e-4 of
//   the exact one and the value's 15 significant digits are within 5e-4 of it, so unless the
//   fraction lies within 1e-3 of one half both round to the same whole number of 10^-decimals.
// Anything else (non-finite, large, near a midpoint) is left to the exact digit-by-digit path.
char* write_plain_number_fast(char* dest, double value, int decimals) {
  static constexpr std::array<double, 11> kPowersOfTen = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5,
                                                          1e6, 1e7, 1e8, 1e9, 1e10};
  if (!std::isfinite(value)) return nullptr;
  if (value == 0.0) {
    *dest++ = '0';
    return dest;
  }
  const double magnitude = std::fabs(value);
  if (magnitude < 1e15) {
    const auto whole = static_cast<unsigned long long>(magnitude);  // truncation: the floor
    if (static_cast<double>(whole) == magnitude)
      return write_scaled_units(dest, value < 0, whole, 0);
  }
  if (decimals < 0 || decimals >= static_cast<int>(kPowersOfTen.size())) return nullptr;
  const double scaled = magnitude * kPowersOfTen[static_cast<std::size_t>(decimals)];
  if (!(scaled < 1e12)) return nullptr;
  const auto whole = static_cast<unsigned long long>(scaled);  // truncation: the floor
  const double fraction = scaled - static_cast<double>(whole);
  if (std::fabs(fraction - 0.5) < 1e-3) return nullptr;
  const auto units = whole + (fraction > 0.5 ? 1U : 0U);
  if (units == 0) {
    *dest++ = '0';  // never "-0"
    return dest;
  }
  return write_scaled_units(dest, value < 0, units, decimals);
}

}  // namespace render_detail

namespace {

// plain_number(value, decimals) appended to `out` without its round trips through printf and
// strtod: the same spreadsheet rounding (half away from zero on the value's 15 significant
// digits), on whole numbers when that is exact (above) and otherwise on the decimal digits
// themselves. Machine formats print hundreds of numbers per record and JSON Lines streams
// tens of thousands of records a second; the unit tests check it agrees with plain_number.
void append_plain_number(std::string& out, double value, int decimals) {
  std::array<char, render_detail::kFastNumberMaxLength> fast{};
  if (char* end = render_detail::write_plain_number_fast(fast.data(), value, decimals)) {
    out.append(fast.data(), end);
    return;
  }
  if (!std::isfinite(value)) {
    out.append(plain_number(value, decimals));
    return;
  }
  const double magnitude = std::fabs(value);
  std::array<char, 64> text{};
  // "d.dddddddddddddde+XX": the 15 significant digits a spreadsheet keeps.
  constexpr int kSignificant = 15;
  const auto printed = std::to_chars(text.data(), text.data() + text.size(), magnitude,
                                     std::chars_format::scientific, kSignificant - 1);
  std::array<char, kSignificant + 1> digits{};
  int count = 0;
  const char* cursor = text.data();
  for (; cursor != printed.ptr && *cursor != 'e'; ++cursor) {
    if (*cursor != '.') digits[static_cast<std::size_t>(count++)] = *cursor;
  }
  int exponent = 0;
  std::from_chars(cursor + 1 + (cursor[1] == '+' ? 1 : 0), printed.ptr, exponent);

  // The rounded value is `mantissa` x 10^-scale, mantissa a digit string.
  std::string mantissa;
  int scale = 0;
  const int kept = exponent + decimals + 1;  // digits whose place value is >= 10^-decimals
  if (kept >= kSignificant) {
    mantissa.assign(digits.data(), kSignificant);
    scale = kSignificant - 1 - exponent;
  } else if (kept >= 0) {
    mantissa.assign(digits.data(), static_cast<std::size_t>(kept));
    scale = decimals;
    if (digits[static_cast<std::size_t>(kept)] >= '5') {  // half away from zero
      std::size_t position = mantissa.size();
      while (position > 0 && mantissa[position - 1] == '9') mantissa[--position] = '0';
      if (position == 0) {
        mantissa.insert(mantissa.begin(), '1');
      } else {
        ++mantissa[position - 1];
      }
    }
  }
  while (!mantissa.empty() && mantissa.front() == '0') mantissa.erase(mantissa.begin());
  if (mantissa.empty()) {
    out.push_back('0');
    return;
  }
  while (scale > 0 && mantissa.back() == '0') {
    mantissa.pop_back();
    --scale;
  }
  if (value < 0) out.push_back('-');
  if (scale <= 0) {
    out.append(mantissa).append(static_cast<std::size_t>(-scale), '0');
  } else if (mantissa.size() > static_cast<std::size_t>(scale)) {
    const std::size_t integer_digits = mantissa.size() - static_cast<std::size_t>(scale);
    out.append(mantissa, 0, integer_digits).append(".").append(mantissa, integer_digits);
  } else {
    out.append("0.")
        .append(static_cast<std::size_t>(scale) - mantissa.size(), '0')
        .append(mantissa);
  }
}

// The unit shown after a number for people.
std::string human_unit(Quantity quantity, std::string_view currency) {
  switch (quantity) {
    case Quantity::money:
      return std::string(currency);
    case Quantity::percent:
      return std::string("%");
    case Quantity::points:
      return std::string("points");
    case Quantity::months:
      return std::string("months");
    case Quantity::ratio:
    case Quantity::count:
      break;
  }
  return std::string();
}

// currency_minor_digits of the last currency asked for: a record prints tens of amounts in one
// currency, and JSON Lines prints many records.
int minor_digits(std::string_view currency) {
  thread_local std::string last_currency;
  thread_local int last_digits = currency_minor_digits("");
  if (currency != last_currency) {
    last_currency.assign(currency);
    last_digits = currency_minor_digits(currency);
  }
  return last_digits;
}

}  // namespace

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  for (const auto& [format_name, format] : kFormats) {
    if (name == format_name) return format;
  }
  return std::nullopt;
}

std::string_view output_format_name(OutputFormat format) {
  for (const auto& [format_name, candidate] : kFormats) {
    if (candidate == format) return format_name;
  }
  return "table";
}

std::string_view record_separator(OutputFormat format) {
  switch (format) {
    case OutputFormat::table:
    case OutputFormat::markdown:
      return "\n";
    case OutputFormat::json:
    case OutputFormat::jsonl:
    case OutputFormat::csv:
      return "";
  }
  return "";
}

void append_machine_number(std::string& out, double value, Quantity quantity,
                           std::string_view currency) {
  switch (quantity) {
    case Quantity::money:
      append_plain_number(out, value, minor_digits(currency));
      return;
    case Quantity::percent:
      append_plain_number(out, value * 100.0, kMachineDecimals);
      return;
    case Quantity::points:
    case Quantity::months:
    case Quantity::ratio:
      append_plain_number(out, value, kMachineDecimals);
      return;
    case Quantity::count:
      append_plain_number(out, value, 0);
      return;
  }
  append_plain_number(out, value, kMachineDecimals);
}

std::string machine_number(double value, Quantity quantity, std::string_view currency) {
  std::string out;
  append_machine_number(out, value, quantity, currency);
  return out;
}

HumanValue human_value(const Metric& metric, Quantity quantity, std::string_view currency) {
  HumanValue result;
  if (!metric.is_defined()) {
    // fmt, not operator+: g++ 12 warns falsely here (-Wrestrict, GCC bug 105329).
    result.number = fmt::format("n/a — {}", metric.reason());
    result.undefined = true;
    return result;
  }
  const double value = metric.value();
  switch (quantity) {
    case Quantity::money:
      result.number = grouped_number(value, currency_minor_digits(currency));
      break;
    case Quantity::percent:
      result.number = grouped_number(value * 100.0, 2);
      break;
    case Quantity::points:
    case Quantity::months:
    case Quantity::ratio:
      result.number = grouped_number(value, 2);
      break;
    case Quantity::count:
      result.number = grouped_number(value, 0);
      break;
  }
  result.unit = human_unit(quantity, currency);
  result.negative = !result.number.empty() && result.number.front() == '-';
  return result;
}

std::string human_text(const Metric& metric, Quantity quantity, std::string_view currency) {
  HumanValue value = human_value(metric, quantity, currency);
  if (value.unit.empty()) return std::move(value.number);
  return value.number + " " + value.unit;
}

std::string quantity_unit(Quantity quantity, std::string_view currency) {
  switch (quantity) {
    case Quantity::money:
      return std::string(currency);
    case Quantity::percent:
      return "percent";
    case Quantity::points:
      return "points";
    case Quantity::months:
      return "months";
    case Quantity::ratio:
      return "ratio";
    case Quantity::count:
      return "count";
  }
  return "";
}

}  // namespace crmroi
