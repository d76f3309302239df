// How numbers read inside the arithmetic and assumption sentences of a report.
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "crmroi/number_format.hpp"
#include "metrics/rounding.hpp"
#include "words/words_detail.hpp"

namespace crmroi::words_detail {

namespace {

/// Whole numbers below this are grouped here directly, without the general formatter.
constexpr double kFastIntegerLimit = 1e15;

/// The most characters write_arithmetic_number writes: a sign, 15 digits and 4 separators
/// (whole numbers), or a fast machine number (at most kFastNumberMaxLength) with its integer
/// digits grouped and its fraction padded to 10 places.
constexpr std::size_t kArithmeticMaxLength = 2 * rounding_detail::kFastNumberMaxLength + 16;

/// Writes `digits` (at least one) grouped by three with commas at `cursor`; returns the end.
char* put_grouped(char* cursor, const char* digits, std::size_t count) {
  const std::size_t lead = count % 3 == 0 ? 3 : count % 3;
  for (std::size_t i = 0; i < count; ++i) {
    if (i >= lead && (i - lead) % 3 == 0) *cursor++ = ',';
    *cursor++ = digits[i];
  }
  return cursor;
}

/// "1,234,567" for a whole number of magnitude below kFastIntegerLimit.
char* put_grouped_integer(char* cursor, long long value) {
  const bool negative = value < 0;
  std::array<char, 20> digits{};
  const char* const digits_end =
      std::to_chars(digits.data(), digits.data() + digits.size(), negative ? -value : value).ptr;
  if (negative) *cursor++ = '-';
  return put_grouped(cursor, digits.data(), static_cast<std::size_t>(digits_end - digits.data()));
}

/// True when `value` rounds to a whole number at `decimals` places (what the arithmetic styles
/// write), with that whole number in `whole`.
bool rounds_to_whole(double value, int decimals, double& whole) {
  // The half steps of 0 to 4 places, worked out once (the same expression: the same doubles).
  static const std::array<double, 5> kHalfSteps = [] {
    std::array<double, 5> steps{};
    for (std::size_t places = 0; places < steps.size(); ++places)
      steps[places] = 0.5 * std::pow(10.0, -static_cast<int>(places)) * (1.0 - 1e-9);
    return steps;
  }();
  whole = std::round(value);
  const double half_step = decimals >= 0 && decimals < static_cast<int>(kHalfSteps.size())
                               ? kHalfSteps[static_cast<std::size_t>(decimals)]
                               : 0.5 * std::pow(10.0, -decimals) * (1.0 - 1e-9);
  return std::abs(value) < kFastIntegerLimit && std::abs(value - whole) < half_step;
}

/// `value` in the arithmetic style (`money`: kArithmeticMoneyStyle, else kArithmeticStyle) at
/// `dest` (room for kArithmeticMaxLength characters) without the general writer: whole numbers
/// grouped directly, others from the machine style's fast writer (the same spreadsheet
/// rounding, no grouping, no trailing zeros) with their integer digits grouped and, for money,
/// the fraction padded to `decimals` places. nullptr when the fast writer leaves the value to
/// the exact path (the general writer then decides).
char* write_arithmetic_number(char* dest, double value, int decimals, bool money) {
  double whole = 0;
  if (rounds_to_whole(value, decimals, whole)) {
    if (whole == 0) {
      *dest = '0';
      return dest + 1;
    }
    return put_grouped_integer(dest, static_cast<long long>(whole));
  }
  std::array<char, rounding_detail::kFastNumberMaxLength> plain{};
  const char* const plain_end =
      rounding_detail::write_machine_number_fast(plain.data(), value, decimals);
  if (plain_end == nullptr) return nullptr;
  const char* cursor = plain.data();
  if (*cursor == '-') *dest++ = *cursor++;
  const char* integer_end = cursor;
  while (integer_end != plain_end && *integer_end != '.') ++integer_end;
  dest = put_grouped(dest, cursor, static_cast<std::size_t>(integer_end - cursor));
  if (integer_end == plain_end) return dest;  // an all-zero fraction: trimmed in both styles
  const auto shown = static_cast<int>(plain_end - integer_end) - 1;
  for (const char* c = integer_end; c != plain_end; ++c) *dest++ = *c;
  if (money) {
    for (int place = shown; place < decimals; ++place) *dest++ = '0';
  }
  return dest;
}

void append_arithmetic(std::string& out, double value, int decimals, bool money) {
  std::array<char, kArithmeticMaxLength> text{};
  if (char* end = write_arithmetic_number(text.data(), value, decimals, money)) {
    out.append(text.data(), end);
    return;
  }
  append_number(out, value, decimals, money ? kArithmeticMoneyStyle : kArithmeticStyle);
}

}  // namespace

namespace {

/// The general path (the reference the fast one is tested against): whole numbers grouped,
/// others through the styled writer.
std::string general_text(double value, int decimals, const NumberStyle& style) {
  double whole = 0;
  if (rounds_to_whole(value, decimals, whole)) {
    std::array<char, kArithmeticMaxLength> text{};
    if (whole == 0) return "0";
    return std::string(text.data(),
                       put_grouped_integer(text.data(), static_cast<long long>(whole)));
  }
  return format_number(value, decimals, style);
}

}  // namespace

std::string number_text_general(double value, int max_decimals) {
  return general_text(value, max_decimals, kArithmeticStyle);
}

std::string money_text_general(double amount, int minor_digits) {
  return general_text(amount, minor_digits, kArithmeticMoneyStyle);
}

void append_number_text(std::string& out, double value, int max_decimals) {
  append_arithmetic(out, value, max_decimals, /*money=*/false);
}

void append_money_text(std::string& out, double amount, int minor_digits) {
  append_arithmetic(out, amount, minor_digits, /*money=*/true);
}

void append_percent_text(std::string& out, double points) {
  append_arithmetic(out, points, 3, /*money=*/false);
  out.append(" %");
}

std::string number_text(double value, int max_decimals) {
  std::string text;
  append_number_text(text, value, max_decimals);
  return text;
}

std::string money_text(double amount, int minor_digits) {
  std::string text;
  append_money_text(text, amount, minor_digits);
  return text;
}

std::string percent_text(double points) {
  std::string text;
  append_percent_text(text, points);
  return text;
}

std::string months_text(int months) {
  return std::to_string(months) + (months == 1 ? " month" : " months");
}

}  // namespace crmroi::words_detail
