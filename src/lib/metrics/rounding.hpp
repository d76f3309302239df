// Internals of the metrics unit shared by the rounding (money.cpp) and the number writer
// (number_format.cpp); not part of the public API.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>

namespace crmroi::rounding_detail {

/// 10^0 ... 10^22, all exact doubles.
inline constexpr std::array<double, 23> kPowersOfTen = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/// floor(std::log10(magnitude)) for a finite magnitude > 0, to the same integer, without the
/// logarithm for 1e-8 <= magnitude < 1e15 unless it lies within 1e-12 of a power of ten: the
/// binary exponent gives floor(log10) or one less, one comparison with a power of ten settles it.
/// Away from a power of ten, log10 is further from an integer (4e-13) than std::log10 can err (a
/// unit in the last place of at most 15), so the two floors agree; near one, std::log10 decides,
/// as it always did. Money is rounded several times a figure: the logarithm was most of it.
///   floor_log10(999.5) -> 2,   floor_log10(0.05) -> -2
inline int floor_log10(double magnitude) {
  // 10^-9 ... 10^16 (the negative ones the doubles nearest them).
  static constexpr std::array<double, 26> kPowers = {
      1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0,  1e1,  1e2,  1e3,
      1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16};
  constexpr int kLowest = -9;
  const auto exact = [magnitude] { return static_cast<int>(std::floor(std::log10(magnitude))); };
  if (!(magnitude >= 1e-8 && magnitude < 1e15)) return exact();
  int exponent = 0;
  std::frexp(magnitude, &exponent);  // magnitude in [2^(exponent - 1), 2^exponent)
  // log10(magnitude) in [(exponent - 1) log10(2), exponent log10(2)): floor it, or one less.
  int floor = static_cast<int>(std::floor((exponent - 1) * 0.30102999566398120));
  const auto power = [](int k) { return kPowers[static_cast<std::size_t>(k - kLowest)]; };
  if (magnitude >= power(floor + 1)) ++floor;
  if (magnitude < power(floor) * (1 + 1e-12) || magnitude > power(floor + 1) * (1 - 1e-12)) {
    return exact();
  }
  return floor;
}

/// A rounded value as a decimal: (negative ? -1 : 1) x mantissa / 10^places.
struct RoundedDecimal {
  std::uint64_t mantissa = 0;
  int places = 0;
  bool negative = false;  ///< never set for a mantissa of 0
};

/// `value` normalised to 15 significant digits and rounded half away from zero to `decimals`
/// places, exactly, in integer arithmetic; nullopt when this fast path does not apply (decimals
/// outside 0..15, |value| below 1e-8 or from 1e15, an exact tie at the 15th digit).
std::optional<RoundedDecimal> round_fast(double value, int decimals);

/// Digits after the decimal point worth printing for an already rounded value: at most
/// `decimals`, and no more than the 15 significant digits the value carries (so 0.1 never
/// shows its binary tail).
int meaningful_decimals(double rounded, int decimals);

/// Fixed-point text of a non-negative value with exactly `decimals` places (printf's "%.*f").
std::string fixed(double magnitude, int decimals);

/// The most characters write_machine_number_fast writes.
inline constexpr std::size_t kFastNumberMaxLength = 24;

/// `value` rounded to `decimals` places in the machine style (no grouping, no trailing zeros,
/// never "-0") written at `dest` (room for kFastNumberMaxLength characters) for the cases that
/// need no decimal string (zero, whole numbers, values whose scaled fraction is clearly off a
/// rounding midpoint, and the others round_fast decides); returns the end, or nullptr when the
/// value needs the exact path. JSON Lines writes hundreds of numbers a record.
char* write_machine_number_fast(char* dest, double value, int decimals);

}  // namespace crmroi::rounding_detail
