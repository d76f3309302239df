// Numbers as text: the machine style's fast writer (JSON Lines prints hundreds of numbers a
// record) and the general writer of every other style, both over the rounding of money.cpp.
#include "crmroi/number_format.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>

#include "crmroi/money.hpp"
#include "metrics/rounding.hpp"

namespace crmroi {
namespace {

// What a value that is not finite reads as (a Metric never holds one).
constexpr std::string_view kNotANumber = "n/a";

// "00" "01" ... "99": the digits of a number two at a time.
constexpr std::array<char, 200> kDigitPairs = [] {
  std::array<char, 200> pairs{};
  for (std::size_t value = 0; value < 100; ++value) {
    pairs[2 * value] = static_cast<char>('0' + value / 10);
    pairs[2 * value + 1] = static_cast<char>('0' + value % 10);
  }
  return pairs;
}();

// 10^0 ... 10^19.
constexpr std::array<unsigned long long, 20> kUnsignedPowersOfTen = [] {
  std::array<unsigned long long, 20> powers{};
  unsigned long long power = 1;
  for (unsigned long long& entry : powers) {
    entry = power;
    power *= 10;
  }
  return powers;
}();

// The decimal digits of `value` (1 for 0): from its bit length (log10(2) ~ 1233 / 4096).
int digit_count(unsigned long long value) {
  const int bits = 64 - __builtin_clzll(value | 1);
  const int count = ((bits * 1233) >> 12) + 1;
  return value < kUnsignedPowersOfTen[static_cast<std::size_t>(count - 1)] ? count - 1 : count;
}

// Writes the last two digits of `value` just before `cursor` and drops them from `value`.
template <typename Unsigned>
char* put_pair_before(char* cursor, Unsigned& value) {
  const auto pair = static_cast<std::size_t>(value % 100) * 2;
  value /= 100;
  cursor -= 2;
  std::memcpy(cursor, &kDigitPairs[pair], 2);
  return cursor;
}

// Writes `units` x 10^-scale, its digits counted, so that it ends just before `end`, `scale`
// places after the point; two digits at a time from the last.
template <typename Unsigned>
void put_scaled_before(char* end, Unsigned units, int scale) {
  char* cursor = end;
  if (scale > 0) {
    int fraction = scale;  // digits after the point still to write (leading zeros included)
    for (; fraction >= 2; fraction -= 2) cursor = put_pair_before(cursor, units);
    if (fraction == 1) {
      *--cursor = static_cast<char>('0' + units % 10);
      units /= 10;
    }
    *--cursor = '.';
  }
  while (units >= 100) cursor = put_pair_before(cursor, units);
  if (units >= 10) {
    put_pair_before(cursor, units);
  } else {
    *--cursor = static_cast<char>('0' + units);
  }
}

// Writes `units` x 10^-scale at `dest` without trailing zeros after the point; returns the end.
// The length is worked out first and the digits written in place from the last, two at a time,
// in 32-bit arithmetic when the units fit (most amounts: its divisions by 100 are cheaper).
char* write_scaled_units(char* dest, bool negative, unsigned long long units, int scale) {
  while (scale > 0 && units % 10 == 0) {
    units /= 10;
    --scale;
  }
  if (negative) *dest++ = '-';
  const int digits = digit_count(units);
  const int integer_digits = digits > scale ? digits - scale : 1;  // "0.05": one zero
  char* const end = dest + integer_digits + (scale > 0 ? 1 + scale : 0);
  if (units <= 0xFFFFFFFFULL) {
    put_scaled_before(end, static_cast<std::uint32_t>(units), scale);
  } else {
    put_scaled_before(end, units, scale);
  }
  return end;
}

}  // namespace

namespace rounding_detail {

// The common cases of the machine style, without any decimal string:
// - zero, and whole numbers below 1e15, exactly;
// - when |value| x 10^decimals (the scaled value) is below 1e14, the product computed in binary is
//   within half an ulp of the exact one (at most 1.2e-4 below 1e12, 1.2e-3 below 1e13, 7.8e-3
//   below 1e14), and the value's 15 significant digits are within half a unit of the 15th digit
//   of it (5e-4, 5e-3, 5e-2 of the scaled value), so unless the fraction lies within a margin
//   of one half that covers both (1e-3, 1e-2, 1e-1) the two round to the same whole number of
//   10^-decimals; below 1e14 the rounded value has at most 15 digits, as the exact path keeps.
//   (Percentages of 100 % and more, with 10 decimals, scale to 1e12 and beyond.)
// - near a midpoint or large, round_fast: the value's 15 significant digits from an exact
//   product (fma) and their rounding in integer arithmetic, when it applies.
// Anything else (non-finite, 1e15 and more, below 1e-8, an exact tie at the 15th digit) is left
// to the exact digit-by-digit path.
char* write_machine_number_fast(char* dest, double value, int decimals) {
  constexpr int kMostDecimals = 10;
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
  if (decimals < 0 || decimals > kMostDecimals) return nullptr;
  const double scaled = magnitude * kPowersOfTen[static_cast<std::size_t>(decimals)];
  if (scaled < 1e14) {
    const auto whole = static_cast<unsigned long long>(scaled);  // truncation: the floor
    const double fraction = scaled - static_cast<double>(whole);
    const double margin = scaled < 1e12 ? 1e-3 : scaled < 1e13 ? 1e-2 : 1e-1;
    if (std::fabs(fraction - 0.5) >= margin) {
      const auto units = whole + (fraction > 0.5 ? 1U : 0U);
      if (units == 0) {
        *dest++ = '0';  // never "-0"
        return dest;
      }
      return write_scaled_units(dest, value < 0, units, decimals);
    }
  }
  // Near a midpoint (half cents summed month by month) or large: the 15 significant digits and
  // their rounding decided exactly in integer arithmetic, as the general writer does.
  if (const std::optional<RoundedDecimal> rounded = round_fast(value, decimals)) {
    return write_scaled_units(dest, rounded->negative, rounded->mantissa, rounded->places);
  }
  return nullptr;
}

}  // namespace rounding_detail

namespace {

// `value` in the machine style, without round trips through printf and strtod: the same spreadsheet
// rounding (half away from zero on the value's 15 significant digits), on whole numbers when that
// is exact (above) and otherwise on the decimal digits themselves. Machine formats print hundreds
// of numbers per record and JSON Lines streams tens of thousands of records a second; the unit
// tests check it agrees with the general writer.
void append_machine_number(std::string& out, double value, int decimals) {
  std::array<char, rounding_detail::kFastNumberMaxLength> fast{};
  if (char* end = rounding_detail::write_machine_number_fast(fast.data(), value, decimals)) {
    out.append(fast.data(), end);
    return;
  }
  if (!std::isfinite(value)) {
    out.append(kNotANumber);
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

// Writes a rounded, unsigned decimal `integer_digits`.`fraction_digits` in `style`: grouped, the
// fraction's zeros as the style says (`decimals` places when kept), a minus sign when `negative`
// and some digit is not zero.
void write_decimal(std::string& out, bool negative, std::string_view integer_digits,
                   std::string_view fraction_digits, int decimals, const NumberStyle& style) {
  const bool all_zero_fraction = fraction_digits.find_first_not_of('0') == std::string_view::npos;
  std::size_t shown = fraction_digits.size();
  std::size_t padding = 0;
  const auto wanted = static_cast<std::size_t>(decimals < 0 ? 0 : decimals);
  if (style.zeros == Zeros::trim || (style.zeros == Zeros::trim_whole && all_zero_fraction)) {
    while (shown > 0 && fraction_digits[shown - 1] == '0') --shown;
  } else if (shown < wanted) {
    padding = wanted - shown;
  }
  const bool zero =
      all_zero_fraction && integer_digits.find_first_not_of('0') == std::string_view::npos;
  const std::size_t count = integer_digits.size();
  const auto emit = [&](auto&& put, auto&& put_char) {
    if (negative && !zero) put_char('-');
    for (std::size_t i = 0; i < count; ++i) {
      if (i > 0 && (count - i) % 3 == 0) put(style.thousands_separator);
      put_char(integer_digits[i]);
    }
    if (shown > 0 || padding > 0) {
      put(style.decimal_point);
      put(fraction_digits.substr(0, shown));
      for (std::size_t i = 0; i < padding; ++i) put_char('0');
    }
  };
  // Composed in a local buffer and appended at once when it fits (it always does for the
  // amounts of a report); a value of hundreds of digits goes straight into `out`.
  std::array<char, 96> text{};
  const std::size_t most = 1 + count * (1 + style.thousands_separator.size()) +
                           style.decimal_point.size() + shown + padding;
  if (most > text.size()) {
    emit([&out](std::string_view part) { out.append(part); }, [&out](char c) { out.push_back(c); });
    return;
  }
  std::size_t length = 0;
  emit(
      [&text, &length](std::string_view part) {
        for (const char c : part) text[length++] = c;
      },
      [&text, &length](char c) { text[length++] = c; });
  out.append(text.data(), length);
}

// `value` rounded to `decimals` places in any style: the digits from the exact integer rounding
// when it applies, else from printf on the rounded value.
void append_styled(std::string& out, double value, int decimals, const NumberStyle& style) {
  if (!std::isfinite(value)) {
    out.append(kNotANumber);
    return;
  }
  if (decimals < 0) {
    value = round_half_away(value, decimals);
    decimals = 0;
  }
  if (const auto fast = rounding_detail::round_fast(value, decimals)) {
    std::array<char, 24> digits{};  // most significant first
    std::size_t count = 0;
    std::uint64_t mantissa = fast->mantissa;
    std::array<char, 24> reversed{};
    do {
      reversed[count++] = static_cast<char>('0' + mantissa % 10);
      mantissa /= 10;
    } while (mantissa != 0);
    const auto places = static_cast<std::size_t>(fast->places);
    while (count <= places) reversed[count++] = '0';  // at least one integer digit
    for (std::size_t i = 0; i < count; ++i) digits[i] = reversed[count - 1 - i];
    const std::string_view all(digits.data(), count);
    write_decimal(out, fast->negative, all.substr(0, count - places), all.substr(count - places),
                  decimals, style);
    return;
  }
  const double rounded = round_half_away(value, decimals);
  const std::string text = rounding_detail::fixed(
      std::fabs(rounded), rounding_detail::meaningful_decimals(rounded, decimals));
  const std::size_t point = text.find('.');
  const std::string_view all(text);
  if (point == std::string::npos) {
    write_decimal(out, rounded < 0.0, all, {}, decimals, style);
  } else {
    write_decimal(out, rounded < 0.0, all.substr(0, point), all.substr(point + 1), decimals, style);
  }
}

// True for a style the machine writer writes: no grouping, a decimal point, no trailing zeros
// (machine formats print hundreds of numbers a record: kMachineStyle is known by its address).
bool is_machine(const NumberStyle& style) {
  return &style == &kMachineStyle || (style.thousands_separator.empty() &&
                                      style.decimal_point == "." && style.zeros == Zeros::trim);
}

// The places a figure of `quantity` is written with in `style`.
int quantity_decimals(Quantity quantity, std::string_view currency, const NumberStyle& style) {
  switch (quantity) {
    case Quantity::money:
      return minor_digits(currency);
    case Quantity::count:
      return 0;
    case Quantity::percent:
    case Quantity::points:
    case Quantity::months:
    case Quantity::ratio:
      break;
  }
  return style.quantity_decimals;
}

struct QuantityWords {
  Quantity quantity;
  std::string_view name;
  std::string_view symbol;  ///< after a number for people; money: the currency code
};

constexpr std::array<QuantityWords, 6> kQuantityWords = {{
    {Quantity::money, "money", ""},
    {Quantity::percent, "percent", "%"},
    {Quantity::points, "points", "points"},
    {Quantity::months, "months", "months"},
    {Quantity::ratio, "ratio", ""},
    {Quantity::count, "count", ""},
}};

const QuantityWords& words_of(Quantity quantity) {
  for (const QuantityWords& words : kQuantityWords) {
    if (words.quantity == quantity) return words;
  }
  return kQuantityWords[4];
}

}  // namespace

std::string_view quantity_name(Quantity quantity) { return words_of(quantity).name; }

std::string_view quantity_symbol(Quantity quantity, std::string_view currency) {
  return quantity == Quantity::money ? currency : words_of(quantity).symbol;
}

void append_number(std::string& out, double value, int decimals, const NumberStyle& style) {
  if (!is_machine(style)) {
    append_styled(out, value, decimals, style);
    return;
  }
  append_machine_number(out, value, decimals);
}

void append_number(std::string& out, double value, Quantity quantity, std::string_view currency,
                   const NumberStyle& style) {
  append_number(out, quantity == Quantity::percent ? value * 100.0 : value,
                quantity_decimals(quantity, currency, style), style);
}

std::string format_number(double value, int decimals, const NumberStyle& style) {
  std::string out;
  append_number(out, value, decimals, style);
  return out;
}

std::string format_number(double value, Quantity quantity, std::string_view currency,
                          const NumberStyle& style) {
  std::string out;
  append_number(out, value, quantity, currency, style);
  return out;
}

double machine_value(double value, Quantity quantity, std::string_view currency) {
  const double shown = quantity == Quantity::percent ? value * 100.0 : value;
  return round_half_away(shown, quantity_decimals(quantity, currency, kMachineStyle));
}

}  // namespace crmroi
