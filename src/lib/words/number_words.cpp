// How numbers read inside the arithmetic and assumption sentences of a report.
#include <array>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>

#include "crmroi/number_format.hpp"
#include "words/words_detail.hpp"

namespace crmroi::words_detail {

namespace {

/// Whole numbers below this are grouped here directly, without the general formatter.
constexpr double kFastIntegerLimit = 1e15;

/// "1,234,567" for a whole number of magnitude below kFastIntegerLimit.
std::string grouped_integer(long long value) {
  const bool negative = value < 0;
  std::string digits = std::to_string(negative ? -value : value);
  std::string text;
  text.reserve(digits.size() + digits.size() / 3 + 1);
  if (negative) text.push_back('-');
  const std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i >= lead && (i - lead) % 3 == 0) text.push_back(',');
    text.push_back(digits[i]);
  }
  return text;
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
  if (std::optional<std::string> whole = whole_number_text(value, max_decimals)) return *whole;
  return format_number(value, max_decimals, kArithmeticStyle);
}

std::string money_text(double amount, int minor_digits) {
  if (std::optional<std::string> whole = whole_number_text(amount, minor_digits)) return *whole;
  return format_number(amount, minor_digits, kArithmeticMoneyStyle);
}

std::string percent_text(double points) { return number_text(points, 3) + " %"; }

std::string months_text(int months) {
  return std::to_string(months) + (months == 1 ? " month" : " months");
}

}  // namespace crmroi::words_detail
