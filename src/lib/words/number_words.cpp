// How numbers read inside the arithmetic and assumption sentences of a report.
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

#include "crmroi/number_format.hpp"
#include "words/words_detail.hpp"

namespace crmroi::words_detail {

namespace {

/// Whole numbers below this are grouped here directly, without the general formatter.
constexpr double kFastIntegerLimit = 1e15;

/// "1,234,567" for a whole number of magnitude below kFastIntegerLimit, composed in a local
/// buffer (the arithmetic sentences of a report hold dozens of numbers).
std::string grouped_integer(long long value) {
  const bool negative = value < 0;
  std::array<char, 20> digits{};
  const char* const digits_end =
      std::to_chars(digits.data(), digits.data() + digits.size(), negative ? -value : value).ptr;
  const auto count = static_cast<std::size_t>(digits_end - digits.data());
  std::array<char, 28> text{};
  char* cursor = text.data();
  if (negative) *cursor++ = '-';
  const std::size_t lead = count % 3 == 0 ? 3 : count % 3;
  for (std::size_t i = 0; i < count; ++i) {
    if (i >= lead && (i - lead) % 3 == 0) *cursor++ = ',';
    *cursor++ = digits[i];
  }
  return std::string(text.data(), cursor);
}

/// The text of `value` when it rounds to a whole number at `decimals` places (what the
/// arithmetic styles write); nothing otherwise.
std::optional<std::string> whole_number_text(double value, int decimals) {
  // The half steps of 0 to 4 places, worked out once (the same expression: the same doubles).
  static const std::array<double, 5> kHalfSteps = [] {
    std::array<double, 5> steps{};
    for (std::size_t places = 0; places < steps.size(); ++places)
      steps[places] = 0.5 * std::pow(10.0, -static_cast<int>(places)) * (1.0 - 1e-9);
    return steps;
  }();
  const double whole = std::round(value);
  const double half_step = decimals >= 0 && decimals < static_cast<int>(kHalfSteps.size())
                               ? kHalfSteps[static_cast<std::size_t>(decimals)]
                               : 0.5 * std::pow(10.0, -decimals) * (1.0 - 1e-9);
  if (std::abs(value) < kFastIntegerLimit && std::abs(value - whole) < half_step) {
    return whole == 0 ? "0" : grouped_integer(static_cast<long long>(whole));
  }
  return std::nullopt;
}

}  // namespace

std::string number_text(double value, int max_decimals) {
  // Fast path, the common case of arithmetic strings: whole numbers are grouped here.
  if (std::optional<std::string> whole = whole_number_text(value, max_decimals)) {
    return std::move(*whole);
  }
  return format_number(value, max_decimals, kArithmeticStyle);
}

std::string money_text(double amount, int minor_digits) {
  if (std::optional<std::string> whole = whole_number_text(amount, minor_digits)) {
    return std::move(*whole);
  }
  return format_number(amount, minor_digits, kArithmeticMoneyStyle);
}

std::string percent_text(double points) { return number_text(points, 3) + " %"; }

std::string months_text(int months) {
  return std::to_string(months) + (months == 1 ? " month" : " months");
}

}  // namespace crmroi::words_detail
