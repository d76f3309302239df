// The number wording of arithmetic strings: grouped, trailing zeros trimmed, no "-0".
#include <catch2/catch.hpp>
#include <cmath>
#include <random>
#include <string>

#include "crmroi/number_format.hpp"
#include "words/words_detail.hpp"

using crmroi::words_detail::money_text;
using crmroi::words_detail::money_text_general;
using crmroi::words_detail::number_text;
using crmroi::words_detail::number_text_general;
using crmroi::words_detail::percent_text;

namespace {

/// The table style with its needless zeros trimmed: what number_text must always give.
std::string trimmed_grouped(double value, int decimals) {
  std::string text = crmroi::format_number(value, decimals, crmroi::kTableStyle);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text == "-0" ? "0" : text;
}

}  // namespace

TEST_CASE("number_text groups thousands and trims needless decimals", "[text]") {
  CHECK(number_text(3800.0, 2) == "3,800");
  CHECK(number_text(40.0 / 60.0 * 30.0 * 190.0, 2) == "3,800");
  CHECK(number_text(-1234567.0, 2) == "-1,234,567");
  CHECK(number_text(197640.0, 2) == "197,640");
  CHECK(number_text(0.5, 2) == "0.5");
  CHECK(number_text(1516.666666, 2) == "1,516.67");
  CHECK(number_text(52.0 / 12.0, 3) == "4.333");
  CHECK(number_text(2.995, 2) == "3");
  CHECK(number_text(999999.996, 2) == "1,000,000");
  CHECK(number_text(-0.0001, 2) == "0");
  CHECK(number_text(0.0, 0) == "0");
  CHECK(number_text(123.0, 0) == "123");
  CHECK(percent_text(12.5) == "12.5 %");
  CHECK(percent_text(10.0) == "10 %");
}

TEST_CASE("number_text agrees with the table style, zeros trimmed, across magnitudes", "[text]") {
  const double values[] = {0,           1,        999,    1000,        1000.5,    1e6 - 0.004,
                           1e6 - 0.006, 2.675,    -2.675, 1.005,       12345.678, 1e12 + 0.25,
                           -999.995,    0.004999, 0.005,  123456789.0, 7.1e14,    -3.3333333};
  for (double value : values) {
    for (int decimals = 0; decimals <= 3; ++decimals) {
      INFO(value << " with " << decimals << " decimals");
      CHECK(number_text(value, decimals) == trimmed_grouped(value, decimals));
    }
  }
}

TEST_CASE("money_text drops the decimals of whole amounts only", "[text]") {
  CHECK(money_text(3800.0, 2) == "3,800");
  CHECK(money_text(3437.5, 2) == "3,437.50");
  CHECK(money_text(3033.333333, 2) == "3,033.33");
  CHECK(money_text(1234.5678, 3) == "1,234.568");
  CHECK(money_text(1500.4, 0) == "1,500");
  CHECK(money_text(-0.001, 2) == "0");
}

TEST_CASE("the arithmetic fast path writes every value exactly as the general writer, whole or not",
          "[text]") {
  // number_text and money_text write values that do not round to a whole number from the
  // machine style's fast writer, grouped and (money) padded; the reference is the general
  // writer in the arithmetic styles. Sums of cents with binary noise, thirds, midpoints of the
  // places asked for, tiny and huge magnitudes, both signs.
  std::mt19937_64 generator(20261202);
  std::uniform_int_distribution<long long> cents(-100000000000LL, 100000000000LL);
  std::uniform_int_distribution<int> parts(1, 12);
  std::uniform_real_distribution<double> unit(-1.0, 1.0);
  std::uniform_int_distribution<int> exponent(-9, 16);
  int mismatches = 0;
  const auto check = [&mismatches](double value) {
    for (int decimals = 0; decimals <= 4; ++decimals) {
      if (number_text(value, decimals) != number_text_general(value, decimals)) {
        if (++mismatches <= 5) FAIL_CHECK("number_text " << value << " at " << decimals);
      }
    }
    for (const int minor : {0, 2, 3}) {
      if (money_text(value, minor) != money_text_general(value, minor)) {
        if (++mismatches <= 5) FAIL_CHECK("money_text " << value << " at " << minor);
      }
    }
  };
  for (int i = 0; i < 400000; ++i) {
    const double amount = static_cast<double>(cents(generator)) / 100.0;
    const double noisy = amount / parts(generator) * 3.0 + 0.1 + 0.2;
    const double scaled = unit(generator) * std::pow(10.0, exponent(generator));
    for (const double value : {amount, noisy, amount + 0.005, noisy / 7.0, scaled}) check(value);
  }
  for (const double value :
       {0.0, -0.0, 0.5, -0.5, 0.0005, -0.0005, 2.675, -2.675, 1.005, 0.125, 999.9995, 1e15 - 0.5,
        1e15 + 2, -1e15 - 0.25, 1e-9, 1e20, std::nan(""), HUGE_VAL, -HUGE_VAL}) {
    check(value);
  }
  CHECK(mismatches == 0);
}

TEST_CASE("number_text, money_text and percent_text append as they return", "[text]") {
  std::string text = "x ";
  crmroi::words_detail::append_money_text(text, 3437.5, 2);
  text += " ";
  crmroi::words_detail::append_number_text(text, 1516.666666, 2);
  text += " ";
  crmroi::words_detail::append_percent_text(text, 12.5);
  CHECK(text == "x 3,437.50 1,516.67 12.5 %");
  CHECK(money_text(-1234567.891, 2) == "-1,234,567.89");
  CHECK(money_text(-0.5, 2) == "-0.50");
  CHECK(money_text(0.05, 3) == "0.050");
  CHECK(number_text(-0.0449, 2) == "-0.04");
  CHECK(number_text(1234.5678, 4) == "1,234.5678");
}
