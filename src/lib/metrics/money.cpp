// Rounding of numbers: spreadsheet-style ROUND (half away from zero on the value normalised to 15
// significant digits), exactly, with a fast path in integer arithmetic; the currencies' minor
// units. number_format.cpp writes the rounded values as text.
#include "crmroi/money.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "metrics/rounding.hpp"

namespace crmroi {
namespace {

// Significant digits a spreadsheet keeps (Excel and LibreOffice show and round on 15).
constexpr int kSignificantDigits = 15;

// Decimal digits of |value| rounded to 15 significant digits: digits[0..14] and the decimal
// exponent of digits[0], so |value| ~= d0.d1d2...d14 x 10^exponent.
struct DecimalDigits {
  std::array<int, kSignificantDigits> digits{};
  int exponent = 0;
};

DecimalDigits decimal_digits(double magnitude) {
  // "%.14e" prints exactly 15 significant digits, correctly rounded: "d.dddddddddddddde+XX".
  std::array<char, 40> text{};
  std::snprintf(text.data(), text.size(), "%.14e", magnitude);
  DecimalDigits result;
  int count = 0;
  const char* cursor = text.data();
  for (; *cursor != '\0' && *cursor != 'e'; ++cursor) {
    if (*cursor >= '0' && *cursor <= '9' && count < kSignificantDigits) {
      result.digits[static_cast<std::size_t>(count++)] = *cursor - '0';
    }
  }
  if (*cursor == 'e') result.exponent = static_cast<int>(std::strtol(cursor + 1, nullptr, 10));
  return result;
}

// The double nearest to mantissa x 10^exponent (correctly rounded by strtod).
double from_decimal(long long mantissa, int exponent) {
  std::array<char, 48> text{};
  std::snprintf(text.data(), text.size(), "%llde%d", mantissa, exponent);
  return std::strtod(text.data(), nullptr);
}

}  // namespace

namespace rounding_detail {

// Digits after the decimal point worth printing for an already rounded value: at most
// `decimals`, and no more than the 15 significant digits the value carries (so 0.1 never
// shows its binary tail).
int meaningful_decimals(double rounded, int decimals) {
  if (decimals <= 0 || rounded == 0.0) return decimals < 0 ? 0 : decimals;
  const int exponent = decimal_digits(std::fabs(rounded)).exponent;
  const int available = kSignificantDigits - 1 - exponent;
  if (available < 0) return 0;
  return available < decimals ? available : decimals;
}

// printf's fixed-point text of a non-negative value with exactly `decimals` places.
static std::string printf_fixed(double magnitude, int decimals) {
  const int length = std::snprintf(nullptr, 0, "%.*f", decimals, magnitude);
  std::string text(static_cast<std::size_t>(length) + 1, '\0');
  std::snprintf(text.data(), text.size(), "%.*f", decimals, magnitude);
  text.resize(static_cast<std::size_t>(length));
  return text;
}

// Fixed-point text of a non-negative value with exactly `decimals` places; a value of 1e15 or
// more shows its 15 significant digits and zeros after them, never its binary tail (1.2e22 is
// "12000000000000000000000", not "...0000139372").
std::string fixed(double magnitude, int decimals) {
  if (!(magnitude >= 1e15) || !std::isfinite(magnitude)) return printf_fixed(magnitude, decimals);
  const DecimalDigits decimal = decimal_digits(magnitude);
  std::string text;
  for (const int digit : decimal.digits) text.push_back(static_cast<char>('0' + digit));
  text.append(static_cast<std::size_t>(decimal.exponent - (kSignificantDigits - 1)), '0');
  if (decimals > 0) text.append(1, '.').append(static_cast<std::size_t>(decimals), '0');
  return text;
}

// ---- Fast path: the same rounding in integer arithmetic, for the values money and percentages
// take (1e-8 <= |value| < 1e15, 0 to 15 decimals). The slow path above (printf and strtod)
// handles the rest, and the cases the fast path cannot decide exactly.

constexpr std::array<std::uint64_t, 17> kIntegerPowersOfTen = {1ULL,
                                                               10ULL,
                                                               100ULL,
                                                               1000ULL,
                                                               10000ULL,
                                                               100000ULL,
                                                               1000000ULL,
                                                               10000000ULL,
                                                               100000000ULL,
                                                               1000000000ULL,
                                                               10000000000ULL,
                                                               100000000000ULL,
                                                               1000000000000ULL,
                                                               10000000000000ULL,
                                                               100000000000000ULL,
                                                               1000000000000000ULL,
                                                               10000000000000000ULL};

// `value` normalised to 15 significant digits and rounded half away from zero to `decimals`
// places, exactly; nullopt when the fast path does not apply.
std::optional<RoundedDecimal> round_fast(double value, int decimals) {
  if (decimals < 0 || decimals > 15 || !std::isfinite(value)) return std::nullopt;
  RoundedDecimal result;
  if (value == 0.0) {
    result.places = decimals;
    return result;
  }
  const double magnitude = std::fabs(value);
  if (magnitude < 1e-8 || magnitude >= 1e15) return std::nullopt;
  // Scale to a 15-digit integer part: magnitude x 10^shift in [1e14, 1e15).
  int shift = 14 - floor_log10(magnitude);
  if (shift < 0 || shift > 22) return std::nullopt;
  double scaled = magnitude * kPowersOfTen[static_cast<std::size_t>(shift)];
  if (scaled < 1e14 && shift < 22) {
    ++shift;
    scaled = magnitude * kPowersOfTen[static_cast<std::size_t>(shift)];
  } else if (scaled >= 1e15 && shift > 0) {
    --shift;
    scaled = magnitude * kPowersOfTen[static_cast<std::size_t>(shift)];
  }
  if (scaled < 1e14 || scaled >= 1e15) return std::nullopt;
  // `scaled` is the product rounded; fma gives its rounding error exactly, so the 15th digit is
  // decided on the exact product magnitude x 10^shift (an exact tie goes to the slow path,
  // which rounds it as printf does).
  const double power = kPowersOfTen[static_cast<std::size_t>(shift)];
  const double error = std::fma(magnitude, power, -scaled);
  const double whole = std::floor(scaled);
  const double above_half = (scaled - (whole + 0.5)) + error;  // sign is exact
  if (above_half == 0.0) return std::nullopt;
  std::uint64_t digits = static_cast<std::uint64_t>(whole) + (above_half > 0.0 ? 1 : 0);
  // Now magnitude ~= digits / 10^shift with 15 significant digits; drop the places beyond
  // `decimals`, half away from zero.
  int places = shift;
  if (shift > decimals) {
    const int dropped = shift - decimals;
    if (dropped > 16) {
      digits = 0;
    } else {
      const std::uint64_t unit = kIntegerPowersOfTen[static_cast<std::size_t>(dropped)];
      const std::uint64_t remainder = digits % unit;
      digits /= unit;
      if (remainder >= unit / 2) ++digits;
    }
    places = decimals;
  }
  result.mantissa = digits;
  result.places = places;
  result.negative = value < 0.0 && digits != 0;
  return result;
}

}  // namespace rounding_detail

using rounding_detail::kPowersOfTen;
using rounding_detail::meaningful_decimals;
using rounding_detail::round_fast;

double round_half_away(double value, int decimals) {
  if (const auto fast = round_fast(value, decimals)) {
    // Both exact doubles (mantissa < 2^53, 10^places <= 10^22): the quotient is correctly rounded.
    const double magnitude =
        static_cast<double>(fast->mantissa) / kPowersOfTen[static_cast<std::size_t>(fast->places)];
    return fast->negative ? -magnitude : magnitude;
  }
  if (!std::isfinite(value) || value == 0.0) return value == 0.0 ? 0.0 : value;
  const bool negative = value < 0.0;
  const DecimalDigits decimal = decimal_digits(std::fabs(value));
  // Digits kept: those whose place value is at least 10^-decimals.
  const int kept = decimal.exponent + decimals + 1;
  double magnitude = 0.0;
  if (kept >= kSignificantDigits) {
    // Nothing to round away: the value normalised to 15 significant digits.
    long long mantissa = 0;
    for (const int digit : decimal.digits) mantissa = mantissa * 10 + digit;
    magnitude = from_decimal(mantissa, decimal.exponent - (kSignificantDigits - 1));
  } else if (kept >= 0) {
    long long mantissa = 0;
    for (int i = 0; i < kept; ++i)
      mantissa = mantissa * 10 + decimal.digits[static_cast<std::size_t>(i)];
    if (decimal.digits[static_cast<std::size_t>(kept)] >= 5) ++mantissa;  // half away from zero
    magnitude = from_decimal(mantissa, -decimals);
  }
  // kept < 0: the value is below half a unit of the last place, rounds to zero.
  if (magnitude == 0.0) return 0.0;  // never negative zero
  return negative ? -magnitude : magnitude;
}

int currency_minor_digits(std::string_view currency_code) {
  if (currency_code.size() != 3) return 2;
  std::array<char, 3> code{};
  for (std::size_t i = 0; i < 3; ++i) {
    const char c = currency_code[i];
    code[i] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  const std::string_view upper(code.data(), code.size());
  // ISO 4217 currencies without a minor unit in use.
  static constexpr std::array<std::string_view, 17> kNoMinorUnit = {
      "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
      "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"};
  static constexpr std::array<std::string_view, 7> kThreeDigits = {"BHD", "IQD", "JOD", "KWD",
                                                                   "LYD", "OMR", "TND"};
  static constexpr std::array<std::string_view, 2> kFourDigits = {"CLF", "UYW"};
  for (const auto candidate : kNoMinorUnit) {
    if (upper == candidate) return 0;
  }
  for (const auto candidate : kThreeDigits) {
    if (upper == candidate) return 3;
  }
  for (const auto candidate : kFourDigits) {
    if (upper == candidate) return 4;
  }
  return 2;
}

}  // namespace crmroi
