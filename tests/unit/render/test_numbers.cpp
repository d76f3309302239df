// Numbers for machine formats and for people; output format names.
#include <array>
#include <catch2/catch.hpp>
#include <cmath>
#include <optional>
#include <random>
#include <string>

#include "crmroi/money.hpp"
#include "crmroi/render.hpp"
#include "metrics/rounding.hpp"
#include "render/detail.hpp"

using crmroi::Metric;
using crmroi::OutputFormat;
using crmroi::parse_output_format;
using crmroi::Quantity;
using crmroi::render_detail::human_text;
using crmroi::render_detail::human_value;

namespace {

// A figure in the machine style (its fast writer, and the exact digit path behind it).
std::string machine_number(double value, Quantity quantity, std::string_view currency) {
  return crmroi::format_number(value, quantity, currency, crmroi::kMachineStyle);
}

// The machine style's text written by the general writer of the other styles (a decimal comma
// turned back into a point): the spreadsheet rounding the fast writer must reproduce.
std::string plain_number(double value, int decimals) {
  std::string text =
      crmroi::format_number(value, decimals, {"", ",", crmroi::Zeros::trim, decimals});
  for (char& c : text) {
    if (c == ',') c = '.';
  }
  return text;
}

}  // namespace

TEST_CASE("machine_number rounds money to the currency's minor unit", "[render][numbers]") {
  CHECK(machine_number(18000, Quantity::money, "RUB") == "18000");
  CHECK(machine_number(1234.565, Quantity::money, "USD") == "1234.57");  // =ROUND(1234.565; 2)
  CHECK(machine_number(-2.675, Quantity::money, "USD") == "-2.68");      // half away from zero
  CHECK(machine_number(1500.5, Quantity::money, "JPY") == "1501");
  CHECK(machine_number(1.2345, Quantity::money, "KWD") == "1.235");
  CHECK(machine_number(1e15, Quantity::money, "USD") == "1000000000000000");
}

TEST_CASE("machine_number shows percentages as points with 10 decimals", "[render][numbers]") {
  CHECK(machine_number(31800.0 / 18000.0, Quantity::percent, "RUB") == "176.6666666667");
  CHECK(machine_number(0.25, Quantity::percent, "RUB") == "25");
  CHECK(machine_number(25.0 / 3000.0, Quantity::percent, "RUB") == "0.8333333333");
}

TEST_CASE("machine_number gives months, ratios and points 10 decimals, counts none",
          "[render][numbers]") {
  CHECK(machine_number(10000.0 / 650.0, Quantity::months, "") == "15.3846153846");
  CHECK(machine_number(3.25, Quantity::ratio, "") == "3.25");
  CHECK(machine_number(-100.0 / 3.0, Quantity::points, "") == "-33.3333333333");
  CHECK(machine_number(42, Quantity::count, "") == "42");
}

TEST_CASE("machine_number never prints -0", "[render][numbers]") {
  CHECK(machine_number(-0.001, Quantity::money, "USD") == "0");
  CHECK(machine_number(-0.0, Quantity::money, "USD") == "0");
  CHECK(machine_number(-1e-13, Quantity::percent, "USD") == "0");  // -0.00000000001 points
  CHECK(machine_number(-0.4, Quantity::count, "") == "0");
}

TEST_CASE("the machine style's fast writer agrees with the general writer on a million values",
          "[render][numbers]") {
  std::mt19937_64 generator(20240601);
  std::uniform_real_distribution<double> mantissa(-10.0, 10.0);
  std::uniform_int_distribution<int> exponent(-12, 14);
  const std::string currencies[] = {"USD", "JPY", "KWD"};
  int mismatches = 0;
  for (int i = 0; i < 1000000; ++i) {
    double value = mantissa(generator) * std::pow(10.0, exponent(generator));
    if (i % 7 == 0) value = std::round(value * 1000.0) / 1000.0 + 0.0005;  // midpoints
    const std::string& currency = currencies[static_cast<std::size_t>(i) % 3];
    const int digits = crmroi::currency_minor_digits(currency);
    if (machine_number(value, Quantity::money, currency) != plain_number(value, digits) ||
        machine_number(value, Quantity::ratio, currency) != plain_number(value, 10) ||
        machine_number(value, Quantity::count, currency) != plain_number(value, 0)) {
      if (++mismatches <= 5) FAIL_CHECK("value " << value << " (" << currency << ")");
    }
  }
  CHECK(mismatches == 0);
}

TEST_CASE(
    "the fast writer agrees with the general writer near the midpoints of 10 decimals from "
    "100 to 10,000",
    "[render][numbers]") {
  // Values of 15 and more significant digits whose 11th decimal is 5, a few ulps either side:
  // scaled by 1e10 they lie from 1e12 to 1e14, where the fast path's margin grows.
  std::mt19937_64 generator(20241124);
  std::uniform_int_distribution<long long> digits(1'000'000'000'000, 99'999'999'999'999);
  std::uniform_int_distribution<int> ulps(-3, 3);
  int mismatches = 0;
  for (int i = 0; i < 300000; ++i) {
    const long long midpoint = digits(generator) * 10 + 5;  // 14 to 15 digits ending in 5
    double value = static_cast<double>(midpoint) / 1e11;
    const int steps = ulps(generator);
    for (int step = 0; step < std::abs(steps); ++step)
      value = std::nextafter(value, steps > 0 ? 1e300 : -1e300);
    if (i % 2 == 1) value = -value;
    if (machine_number(value, Quantity::ratio, "USD") != plain_number(value, 10)) {
      if (++mismatches <= 5) FAIL_CHECK("value " << value);
    }
  }
  CHECK(mismatches == 0);
}

TEST_CASE("human_value splits number and unit for tables", "[render][numbers]") {
  const auto money = human_value(Metric::defined(-1234567.891), Quantity::money, "RUB");
  CHECK(money.number == "-1,234,567.89");
  CHECK(money.unit == "RUB");
  CHECK(money.negative);
  CHECK_FALSE(money.undefined);
  const auto percent = human_value(Metric::defined(31800.0 / 18000.0), Quantity::percent, "RUB");
  CHECK(percent.number == "176.67");
  CHECK(percent.unit == "%");
  CHECK(human_value(Metric::defined(15.3846), Quantity::months, "").unit == "months");
  CHECK(human_value(Metric::defined(1500), Quantity::count, "").number == "1,500");
}

TEST_CASE("human_text shows undefined metrics as n/a with the reason", "[render][numbers]") {
  CHECK(human_text(Metric::undefined("no new customers"), Quantity::money, "USD") ==
        "n/a — no new customers");
  CHECK(human_text(Metric::defined(-0.001), Quantity::money, "USD") == "0.00 USD");
  CHECK(human_text(Metric::defined(3.25), Quantity::ratio, "USD") == "3.25");
}

TEST_CASE("output formats are parsed by their exact lower-case names", "[render][format]") {
  CHECK(parse_output_format("table") == OutputFormat::table);
  CHECK(parse_output_format("json") == OutputFormat::json);
  CHECK(parse_output_format("jsonl") == OutputFormat::jsonl);
  CHECK(parse_output_format("csv") == OutputFormat::csv);
  CHECK(parse_output_format("markdown") == OutputFormat::markdown);
  CHECK_FALSE(parse_output_format("JSON").has_value());
  CHECK_FALSE(parse_output_format("").has_value());
  CHECK(crmroi::output_format_name(OutputFormat::jsonl) == "jsonl");
}

TEST_CASE("records are separated by a blank line in tables and markdown only", "[render][format]") {
  CHECK(crmroi::record_separator(OutputFormat::table) == "\n");
  CHECK(crmroi::record_separator(OutputFormat::markdown) == "\n");
  CHECK(crmroi::record_separator(OutputFormat::json).empty());
  CHECK(crmroi::record_separator(OutputFormat::jsonl).empty());
  CHECK(crmroi::record_separator(OutputFormat::csv).empty());
}

TEST_CASE(
    "the machine style's fast writer agrees with the general writer on amounts that carry binary "
    "noise",
    "[render][numbers]") {
  // The fast whole-number path (write_machine_number_fast) handles these: sums of cents such as
  // 0.1 + 0.2, thirds, and values either side of the 1e12 scaled limit. the general writer is the
  // spreadsheet rounding it must reproduce (=ROUND(x; 2) on 15 significant digits).
  std::mt19937_64 generator(20261124);
  std::uniform_int_distribution<long long> cents(-100000000000LL, 100000000000LL);
  std::uniform_int_distribution<int> parts(1, 12);
  int mismatches = 0;
  for (int i = 0; i < 300000; ++i) {
    const double amount = static_cast<double>(cents(generator)) / 100.0;
    const double noisy = amount / parts(generator) * 3.0 + 0.1 + 0.2;
    for (const double value : {amount, noisy, amount + 0.005, noisy / 7.0, noisy * 1e-9}) {
      if (machine_number(value, Quantity::money, "USD") != plain_number(value, 2) ||
          machine_number(value, Quantity::money, "JPY") != plain_number(value, 0) ||
          machine_number(value, Quantity::ratio, "USD") != plain_number(value, 10)) {
        if (++mismatches <= 5) FAIL_CHECK("value " << value);
      }
    }
  }
  CHECK(mismatches == 0);
}

TEST_CASE(
    "the fast number path decides values near a rounding midpoint exactly or leaves them "
    "to the exact path",
    "[render][numbers]") {
  std::array<char, crmroi::rounding_detail::kFastNumberMaxLength> text{};
  const auto fast = [&](double value, int decimals) -> std::optional<std::string> {
    char* end = crmroi::rounding_detail::write_machine_number_fast(text.data(), value, decimals);
    if (end == nullptr) return std::nullopt;
    return std::string(text.data(), end);
  };
  CHECK(fast(9460.8, 2) == "9460.8");
  CHECK(fast(-0.05, 2) == "-0.05");
  CHECK(fast(-0.004, 2) == "0");  // never "-0"
  CHECK(fast(18000, 2) == "18000");
  CHECK(fast(-999999999999999.0, 2) == "-999999999999999");
  CHECK(fast(0.6862, 10) == "0.6862");
  // Leading zeros after the point, an odd number of places, a carry into a new digit.
  CHECK(fast(0.005, 3) == "0.005");
  CHECK(fast(-1e-10, 10) == "-0.0000000001");
  CHECK(fast(123.4, 3) == "123.4");
  CHECK(fast(10.101, 3) == "10.101");
  CHECK(fast(99.999, 2) == "100");
  CHECK(fast(-7, 2) == "-7");
  CHECK(fast(12345678901234, 0) == "12345678901234");
  // Scaled from 1e12 to 1e14 (percentages of 100 % and more with 10 decimals): the margin grows
  // with the half unit of the 15th significant digit.
  CHECK(fast(108.0840721638, 10) == "108.0840721638");
  CHECK(fast(-5000.12345678, 10) == "-5000.12345678");
  // Near a midpoint or large: the 15 significant digits rounded half away from zero (round_fast).
  CHECK(fast(2.675, 2) == "2.68");  // 2.67499999999999982236431605997495353221893310546875
  CHECK(fast(0.125, 2) == "0.13");  // an exact midpoint
  CHECK(fast(-0.125, 2) == "-0.13");
  CHECK(fast(-8617.805, 2) == "-8617.81");                  // a sum of half cents
  CHECK(fast(3405380.4750000001, 2) == "3405380.48");       // 15 digits: 3405380.47500000
  CHECK(fast(1e13 + 0.5, 2) == "10000000000000.5");         // scaled beyond 1e14
  CHECK(fast(123.45678901234951, 10) == "123.4567890124");  // 15 digits: 123.456789012350
  CHECK(fast(5000.123456789549, 10) == "5000.1234567896");  // 15 digits: 5000.12345678955
  CHECK(fast(99999.123456789, 10) == "99999.123456789");    // scaled beyond 1e14
  // Left to the exact path: not finite, 1e15 and more with a fraction, more than 10 places.
  CHECK(fast(std::nan(""), 2) == std::nullopt);
  CHECK(fast(1e15 + 0.5, 2) == std::nullopt);
  CHECK(fast(0.1234567890123, 12) == std::nullopt);
  // The exact path rounds half away from zero on 15 significant digits, as a spreadsheet.
  CHECK(machine_number(2.675, Quantity::money, "USD") == "2.68");
  CHECK(machine_number(0.125, Quantity::money, "USD") == "0.13");
  CHECK(machine_number(-0.125, Quantity::money, "USD") == "-0.13");
  CHECK(machine_number(1e13 + 0.5, Quantity::money, "USD") == "10000000000000.5");
  CHECK(machine_number(123.45678901234951, Quantity::ratio, "USD") == "123.4567890124");
  CHECK(machine_number(5000.123456789549, Quantity::ratio, "USD") == "5000.1234567896");
}
