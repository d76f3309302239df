// Numbers as text: one writer with named styles over the spreadsheet rounding of money.hpp (half
// away from zero on the value normalised to 15 significant digits). Every number crmroi prints
// goes through append_number.
#pragma once

#include <string>
#include <string_view>

namespace crmroi {

/// What a number measures; decides its places, its scaling and its unit.
enum class Quantity {
  money,    ///< in the report's currency, to its minor unit
  percent,  ///< a fraction shown as percentage points (0.25 -> 25)
  points,   ///< already in points (NPS, -100..100; a target's percentage points)
  months,
  ratio,  ///< a plain ratio (LTV:CAC 3.2, expense-to-revenue 0.15)
  count,  ///< a whole number of things
};

/// The name of a quantity: "money", "percent", "points", "months", "ratio", "count".
std::string_view quantity_name(Quantity quantity);

/// The unit people read after a number of `quantity`: the currency code for money, "%",
/// "points", "months"; "" for ratios and counts.
///   quantity_symbol(Quantity::percent, "RUB") -> "%"
std::string_view quantity_symbol(Quantity quantity, std::string_view currency);

/// How the trailing zeros of the fraction are written.
enum class Zeros {
  keep,        ///< exactly the places asked for: "18,000.00"
  trim,        ///< none: "176.6666666667", "1.5", "3"
  trim_whole,  ///< the fraction only when it is not all zeros: "3,800", "3,800.50"
};

/// How numbers are written. Rounding is always the spreadsheet's; a result never reads "-0".
struct NumberStyle {
  std::string_view thousands_separator;  ///< between groups of three integer digits; "" none
  std::string_view decimal_point;
  Zeros zeros;
  /// Places of a percentage, months, points or a ratio (money: the currency's minor unit,
  /// counts: none).
  int quantity_decimals;
};

/// JSON, JSON Lines and CSV: no grouping, no trailing zeros; percentages, months, points and
/// ratios to 10 places.   1.7666666666666666 as a percent -> "176.6666666667"
inline constexpr NumberStyle kMachineStyle{"", ".", Zeros::trim, 10};
/// Tables for people: grouped, exactly two places.   -1234567.891 as money in RUB ->
/// "-1,234,567.89"
inline constexpr NumberStyle kTableStyle{",", ".", Zeros::keep, 2};
/// Inside the arithmetic sentences of a report: grouped, no trailing zeros.   3800 -> "3,800"
inline constexpr NumberStyle kArithmeticStyle{",", ".", Zeros::trim, 3};
/// Amounts inside the arithmetic sentences: grouped, the minor unit only when it is not zero.
///   3800 -> "3,800", 3800.5 -> "3,800.50"
inline constexpr NumberStyle kArithmeticMoneyStyle{",", ".", Zeros::trim_whole, 2};
/// Tables for Russian readers: groups apart by a no-break space, a decimal comma.
///   18000 as money -> "18 000,00"
inline constexpr NumberStyle kRussianTableStyle{"\u00a0", ",", Zeros::keep, 2};

/// Appends `value` rounded to `decimals` places (negative: to tens, hundreds, ...) in `style`.
/// A value that is not finite is written "n/a" (a Metric never holds one).
///   append_number(out, 1.005, 2, kTableStyle)          // "1.01"
///   append_number(out, -0.001, 2, kMachineStyle)       // "0"
///   append_number(out, 1234.5, 2, kMachineStyle)       // "1234.5"
void append_number(std::string& out, double value, int decimals, const NumberStyle& style);

/// Appends a figure of `quantity`: a percent as percentage points, money to the minor unit of
/// `currency`, counts whole, the rest to the style's places. No unit.
///   append_number(out, 1.7666, Quantity::percent, "RUB", kTableStyle)  // "176.66"
///   append_number(out, 1500, Quantity::money, "JPY", kTableStyle)      // "1,500"
void append_number(std::string& out, double value, Quantity quantity, std::string_view currency,
                   const NumberStyle& style);

/// append_number into a new string.   format_number(1234.5, 2, kTableStyle) -> "1,234.50"
std::string format_number(double value, int decimals, const NumberStyle& style);
/// append_number of a figure into a new string.
std::string format_number(double value, Quantity quantity, std::string_view currency,
                          const NumberStyle& style);

/// A figure as the machine formats print it, as a number: what compare and check decide on, so
/// that their verdicts agree with the JSON people read.
///   machine_value(1.7666666666666666, Quantity::percent, "RUB") == 176.6666666667
double machine_value(double value, Quantity quantity, std::string_view currency);

}  // namespace crmroi
