// Rounding and formatting of money and percentages, the one place numbers become text.
#pragma once

#include <string>
#include <string_view>

namespace crmroi {

/// Rounds half away from zero to `decimals` places, as spreadsheets' ROUND does, after
/// normalising the value to 15 significant digits (so 1.005 -> 1.01, -2.675 -> -2.68).
/// Never returns negative zero.
double round_half_away(double value, int decimals);

/// Minor-unit digits of an ISO 4217 currency code: 2 by default, 0 for JPY, KRW, ...,
/// 3 for KWD, BHD, OMR, JOD, TND, LYD, IQD.
int currency_minor_digits(std::string_view currency_code);

/// A number rounded to `decimals` for machine formats: no grouping, no trailing zeros beyond
/// what is needed, no "-0".   plain_number(1234.5, 2) -> "1234.5"; plain_number(-0.001, 2) -> "0"
std::string plain_number(double value, int decimals);

/// A number with thousands separators (",") and exactly `decimals` places, no "-0.00".
///   grouped_number(-1234567.891, 2) -> "-1,234,567.89"
std::string grouped_number(double value, int decimals);

/// Money for people: grouped, to the currency's minor unit, with the code after it.
///   format_money(-1234.5, "USD") -> "-1,234.50 USD"; format_money(1500, "JPY") -> "1,500 JPY"
std::string format_money(double amount, std::string_view currency_code);

/// A fraction shown as a percentage with two decimals: format_percent(1.766666) -> "176.67 %"
std::string format_percent(double fraction);

}  // namespace crmroi
