// Output formats, and numbers as machine formats and people see them.
#include <array>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "crmroi/metrics.hpp"
#include "crmroi/money.hpp"
#include "crmroi/render.hpp"

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

// plain_number(value, decimals) computed without its round trips through printf and strtod:
// the same spreadsheet rounding (half away from zero on the value's 15 significant digits) done
// on the decimal digits themselves. Machine formats print tens of numbers per record and JSON
// Lines must stream 100,000 records a second; the unit tests check it agrees with plain_number.
std::string fast_plain_number(double value, int decimals) {
  if (!std::isfinite(value)) return plain_number(value, decimals);
  if (value == 0.0) return "0";
  const double magnitude = std::fabs(value);
  std::array<char, 64> text{};
  if (magnitude < 1e15 && magnitude == std::floor(magnitude)) {  // exact integer
    const auto integer = static_cast<long long>(value);
    const auto result = std::to_chars(text.data(), text.data() + text.size(), integer);
    return std::string(text.data(), result.ptr);
  }
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
  if (mantissa.empty()) return "0";
  while (scale > 0 && mantissa.back() == '0') {
    mantissa.pop_back();
    --scale;
  }
  std::string out;
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
  return out;
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

std::string machine_number(double value, Quantity quantity, std::string_view currency) {
  switch (quantity) {
    case Quantity::money:
      return fast_plain_number(value, minor_digits(currency));
    case Quantity::percent:
      return fast_plain_number(value * 100.0, kMachineDecimals);
    case Quantity::points:
    case Quantity::months:
    case Quantity::ratio:
      return fast_plain_number(value, kMachineDecimals);
    case Quantity::count:
      return fast_plain_number(value, 0);
  }
  return fast_plain_number(value, kMachineDecimals);
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
