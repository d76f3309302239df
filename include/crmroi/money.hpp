// Rounding of money and other figures as spreadsheets round them; number_format.hpp writes them.
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

}  // namespace crmroi
