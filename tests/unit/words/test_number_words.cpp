// The number wording of arithmetic strings: grouped, trailing zeros trimmed, no "-0".
#include <catch2/catch.hpp>
#include <string>

#include "crmroi/number_format.hpp"
#include "words/words_detail.hpp"

using crmroi::words_detail::money_text;
using crmroi::words_detail::number_text;
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
