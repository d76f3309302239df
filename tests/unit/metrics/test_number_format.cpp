// Numbers as text: each named style of append_number over the spreadsheet rounding, with the
// cases spreadsheets and fmt get wrong (x.xx5, negative midpoints, negative zero, large values).
#include <catch2/catch.hpp>

#include <limits>
#include <string>

#include "crmroi/number_format.hpp"

using namespace crmroi;

namespace {

std::string machine(double value, int decimals) {
  return format_number(value, decimals, kMachineStyle);
}
std::string table(double value, int decimals) {
  return format_number(value, decimals, kTableStyle);
}
std::string money(double amount, std::string_view currency) {
  return format_number(amount, Quantity::money, currency, kTableStyle) + " " +
         std::string(currency);
}
std::string percent(double fraction) {
  return format_number(fraction, Quantity::percent, "", kTableStyle) + " %";
}

}  // namespace

TEST_CASE("the machine style prints rounded numbers without grouping or trailing zeros",
          "[number_format][machine]") {
  CHECK(machine(1234.5, 2) == "1234.5");
  CHECK(machine(10000.0, 2) == "10000");
  CHECK(machine(1.005, 2) == "1.01");
  CHECK(machine(-1.005, 2) == "-1.01");
  CHECK(machine(1.7666666666666666, 10) == "1.7666666667");
  CHECK(machine(0.1, 10) == "0.1");
  CHECK(machine(1e15, 2) == "1000000000000000");
  CHECK(machine(123456789012.345, 2) == "123456789012.35");
  CHECK(machine(0.5, 0) == "1");
}

TEST_CASE("the machine style never prints -0", "[number_format][machine]") {
  CHECK(machine(-0.001, 2) == "0");
  CHECK(machine(-0.0, 2) == "0");
  CHECK(machine(-0.004, 2) == "0");
  CHECK(machine(-0.005, 2) == "-0.01");
}

TEST_CASE("the machine style prints n/a for non-finite values", "[number_format][machine]") {
  CHECK(machine(std::numeric_limits<double>::infinity(), 2) == "n/a");
  CHECK(machine(std::numeric_limits<double>::quiet_NaN(), 2) == "n/a");
}

TEST_CASE("the table style groups thousands and keeps exactly the decimals",
          "[number_format][table]") {
  CHECK(table(-1234567.891, 2) == "-1,234,567.89");
  CHECK(table(1234567.891, 2) == "1,234,567.89");
  CHECK(table(999.995, 2) == "1,000.00");
  CHECK(table(100.0, 2) == "100.00");
  CHECK(table(123456.0, 0) == "123,456");
  CHECK(table(-123456.0, 0) == "-123,456");
  CHECK(table(-12.5, 0) == "-13");
  CHECK(table(1e15, 2) == "1,000,000,000,000,000.00");
  CHECK(table(0.1, 3) == "0.100");
}

TEST_CASE("the table style never prints -0.00", "[number_format][table]") {
  CHECK(table(-0.001, 2) == "0.00");
  CHECK(table(-0.0, 2) == "0.00");
  CHECK(table(-0.4, 0) == "0");
}

TEST_CASE("money in the table style rounds to the currency's minor unit",
          "[number_format][table]") {
  CHECK(money(-1234.5, "USD") == "-1,234.50 USD");
  CHECK(money(49800, "RUB") == "49,800.00 RUB");
  CHECK(money(1500, "JPY") == "1,500 JPY");
  CHECK(money(1500.5, "JPY") == "1,501 JPY");
  CHECK(money(-1500.5, "JPY") == "-1,501 JPY");
  CHECK(money(1234.5675, "KWD") == "1,234.568 KWD");
  CHECK(money(-0.0004, "KWD") == "0.000 KWD");
  CHECK(money(2.675, "EUR") == "2.68 EUR");
}

TEST_CASE("a percent in the table style shows a fraction as a percentage with two decimals",
          "[number_format][table]") {
  CHECK(percent(49800.0 / 18000.0 - 1.0) == "176.67 %");
  CHECK(percent(0.25) == "25.00 %");
  CHECK(percent(-0.00001) == "0.00 %");
  CHECK(percent(123.456789) == "12,345.68 %");
  CHECK(percent(0.145) == "14.50 %");
}

TEST_CASE("the arithmetic style groups and drops trailing zeros", "[number_format][arithmetic]") {
  CHECK(format_number(3800, 2, kArithmeticStyle) == "3,800");
  CHECK(format_number(1234.5, 2, kArithmeticStyle) == "1,234.5");
  CHECK(format_number(2.675, 2, kArithmeticStyle) == "2.68");
  CHECK(format_number(0.1 + 0.2, 3, kArithmeticStyle) == "0.3");
  CHECK(format_number(-0.0004, 3, kArithmeticStyle) == "0");
}

TEST_CASE("the arithmetic money style keeps the minor unit only when it is not zero",
          "[number_format][arithmetic]") {
  CHECK(format_number(3800, 2, kArithmeticMoneyStyle) == "3,800");
  CHECK(format_number(3800.5, 2, kArithmeticMoneyStyle) == "3,800.50");
  CHECK(format_number(3799.999, 2, kArithmeticMoneyStyle) == "3,800");
  CHECK(format_number(-0.001, 2, kArithmeticMoneyStyle) == "0");
  CHECK(format_number(1234.5675, 3, kArithmeticMoneyStyle) == "1,234.568");
}

TEST_CASE("the Russian table style groups with a no-break space and writes a decimal comma",
          "[number_format][russian]") {
  CHECK(format_number(18000, Quantity::money, "RUB", kRussianTableStyle) == "18\u00a0000,00");
  CHECK(format_number(-1234567.891, 2, kRussianTableStyle) == "-1\u00a0234\u00a0567,89");
  CHECK(format_number(0.25, Quantity::percent, "RUB", kRussianTableStyle) == "25,00");
}

TEST_CASE("a figure's quantity decides its places and scale in each style",
          "[number_format][quantity]") {
  CHECK(format_number(1.7666666666666666, Quantity::percent, "RUB", kMachineStyle) ==
        "176.6666666667");
  CHECK(format_number(1.7666666666666666, Quantity::percent, "RUB", kTableStyle) == "176.67");
  CHECK(format_number(1500.5, Quantity::money, "JPY", kMachineStyle) == "1501");
  CHECK(format_number(1.2345, Quantity::money, "KWD", kTableStyle) == "1.235");
  CHECK(format_number(10000.0 / 650.0, Quantity::months, "", kTableStyle) == "15.38");
  CHECK(format_number(1500, Quantity::count, "", kTableStyle) == "1,500");
  CHECK(format_number(-100.0 / 3.0, Quantity::points, "", kMachineStyle) == "-33.3333333333");
}

TEST_CASE("quantities have a name and a symbol for people", "[number_format][quantity]") {
  CHECK(quantity_name(Quantity::money) == "money");
  CHECK(quantity_name(Quantity::percent) == "percent");
  CHECK(quantity_name(Quantity::count) == "count");
  CHECK(quantity_symbol(Quantity::money, "RUB") == "RUB");
  CHECK(quantity_symbol(Quantity::percent, "RUB") == "%");
  CHECK(quantity_symbol(Quantity::months, "RUB") == "months");
  CHECK(quantity_symbol(Quantity::ratio, "RUB").empty());
}

TEST_CASE("machine_value is the number the machine style prints", "[number_format][machine]") {
  CHECK(machine_value(31800.0 / 18000.0, Quantity::percent, "RUB") == 176.6666666667);
  CHECK(machine_value(2.675, Quantity::money, "USD") == 2.68);
  CHECK(machine_value(1500.5, Quantity::money, "JPY") == 1501);
  CHECK(machine_value(0.4, Quantity::count, "") == 0);
  CHECK(machine_value(10000.0 / 650.0, Quantity::months, "") == 15.3846153846);
}
