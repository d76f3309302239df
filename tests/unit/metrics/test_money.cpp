// Rounding: spreadsheet ROUND semantics and the currencies' minor units.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>

#include "crmroi/money.hpp"
#include "metrics/rounding.hpp"

using crmroi::currency_minor_digits;
using crmroi::round_half_away;

TEST_CASE("round_half_away rounds x.xx5 up like =ROUND(x, 2)", "[money][round]") {
  CHECK(round_half_away(1.005, 2) == 1.01);  // binary 1.00499999999999989...
  CHECK(round_half_away(2.675, 2) == 2.68);  // binary 2.67499999999999982...
  CHECK(round_half_away(0.125, 2) == 0.13);
  CHECK(round_half_away(1.015, 2) == 1.02);
  CHECK(round_half_away(0.285, 2) == 0.29);
  CHECK(round_half_away(1.0049, 2) == 1.0);
}

TEST_CASE("round_half_away rounds negative midpoints away from zero", "[money][round]") {
  CHECK(round_half_away(-1.005, 2) == -1.01);
  CHECK(round_half_away(-2.675, 2) == -2.68);
  CHECK(round_half_away(-0.5, 0) == -1.0);
  CHECK(round_half_away(-2.5, 0) == -3.0);
  CHECK(round_half_away(2.5, 0) == 3.0);
}

TEST_CASE("round_half_away never returns negative zero", "[money][round]") {
  const double small_negative = round_half_away(-0.004, 2);
  CHECK(small_negative == 0.0);
  CHECK_FALSE(std::signbit(small_negative));
  CHECK_FALSE(std::signbit(round_half_away(-0.0, 2)));
  CHECK_FALSE(std::signbit(round_half_away(-1e-300, 2)));
  CHECK_FALSE(std::signbit(round_half_away(-0.49, 0)));
}

TEST_CASE("round_half_away normalises large values to 15 significant digits", "[money][round]") {
  // 123456789012.345 has exactly 15 significant digits: the 5 is real, so it rounds up.
  CHECK(round_half_away(123456789012.345, 2) == 123456789012.35);
  // 1234567890123.345 has 16: at 15 digits it is 1234567890123.34 (the double is ...3.344970...).
  CHECK(round_half_away(1234567890123.345, 2) == 1234567890123.34);
  // 1e15 + 0.005 is the double 1e15 exactly; nothing to round.
  CHECK(round_half_away(1e15 + 0.005, 2) == 1e15);
  CHECK(round_half_away(999999999999999.0, 2) == 999999999999999.0);
  CHECK(round_half_away(-9.99999999999999e14, 0) == -9.99999999999999e14);
  CHECK(round_half_away(1e300, 2) == 1e300);
}

TEST_CASE("round_half_away handles zero and negative decimal places like =ROUND(x, -2)",
          "[money][round]") {
  CHECK(round_half_away(1250.0, -2) == 1300.0);
  CHECK(round_half_away(-1249.0, -2) == -1200.0);
  CHECK(round_half_away(49.0, -2) == 0.0);
  CHECK(round_half_away(50.0, -2) == 100.0);
  CHECK(round_half_away(0.5, 0) == 1.0);
  CHECK(round_half_away(0.000000005, 8) == 0.00000001);
}

TEST_CASE("round_half_away carries a rounded-up digit into the next place", "[money][round]") {
  CHECK(round_half_away(9.995, 2) == 10.0);
  CHECK(round_half_away(-99.995, 2) == -100.0);
  CHECK(round_half_away(0.9999999999995, 12) == 1.0);
}

TEST_CASE("round_half_away passes non-finite values through unchanged", "[money][round]") {
  CHECK(std::isinf(round_half_away(std::numeric_limits<double>::infinity(), 2)));
  CHECK(std::isnan(round_half_away(std::numeric_limits<double>::quiet_NaN(), 2)));
}

TEST_CASE("currency_minor_digits follows ISO 4217", "[money][currency]") {
  CHECK(currency_minor_digits("USD") == 2);
  CHECK(currency_minor_digits("RUB") == 2);
  CHECK(currency_minor_digits("EUR") == 2);
  CHECK(currency_minor_digits("JPY") == 0);
  CHECK(currency_minor_digits("KRW") == 0);
  CHECK(currency_minor_digits("VND") == 0);
  CHECK(currency_minor_digits("CLP") == 0);
  CHECK(currency_minor_digits("ISK") == 0);
  CHECK(currency_minor_digits("UGX") == 0);
  CHECK(currency_minor_digits("KWD") == 3);
  CHECK(currency_minor_digits("BHD") == 3);
  CHECK(currency_minor_digits("OMR") == 3);
  CHECK(currency_minor_digits("JOD") == 3);
  CHECK(currency_minor_digits("TND") == 3);
  CHECK(currency_minor_digits("LYD") == 3);
  CHECK(currency_minor_digits("IQD") == 3);
  CHECK(currency_minor_digits("CLF") == 4);
  CHECK(currency_minor_digits("jpy") == 0);
  CHECK(currency_minor_digits("") == 2);
}

TEST_CASE("floor_log10 is floor(std::log10) on 1,000,000 magnitudes and beside every power of ten",
          "[money][round]") {
  // The rounding's floor(log10) without the logarithm must be std::log10's floor to the integer
  // (the rounding's bits depend on it): log-uniform magnitudes over 1e-10 .. 1e17 from a fixed
  // seed, and the 8 doubles on either side of each power of ten from 1e-9 to 1e16.
  std::mt19937_64 engine(20261203);
  const auto expected = [](double x) { return static_cast<int>(std::floor(std::log10(x))); };
  int checked = 0;
  for (int i = 0; i < 1000000; ++i) {
    const double unit = static_cast<double>(engine() >> 11) * 0x1p-53;
    const double x = std::pow(10.0, -10.0 + 27.0 * unit);
    if (crmroi::rounding_detail::floor_log10(x) != expected(x)) {
      FAIL_CHECK("floor_log10(" << x << ")");
    }
    ++checked;
  }
  for (int k = -9; k <= 16; ++k) {
    double below = std::pow(10.0, k);
    double above = below;
    for (int step = 0; step < 8; ++step) {
      CHECK(crmroi::rounding_detail::floor_log10(below) == expected(below));
      CHECK(crmroi::rounding_detail::floor_log10(above) == expected(above));
      below = std::nextafter(below, 0.0);
      above = std::nextafter(above, 1e300);
    }
  }
  CHECK(checked == 1000000);
  CHECK(crmroi::rounding_detail::floor_log10(999.5) == 2);
  CHECK(crmroi::rounding_detail::floor_log10(0.05) == -2);
  CHECK(crmroi::rounding_detail::floor_log10(1e300) == 300);
}
