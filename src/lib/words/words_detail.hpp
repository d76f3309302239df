// Internal to the words unit: how numbers read inside sentences.
#pragma once

#include <string>

namespace crmroi::words_detail {

/// A number for arithmetic strings: grouped, at most `max_decimals` places, trailing zeros
/// dropped.   number_text(3800.0, 2) -> "3,800"; number_text(4.3333, 3) -> "4.333"
std::string number_text(double value, int max_decimals);

/// Money for arithmetic strings: whole amounts without decimals, others with the currency's
/// minor digits.   money_text(3800.0, 2) -> "3,800"; money_text(3437.5, 2) -> "3,437.50"
std::string money_text(double amount, int minor_digits);

/// A percentage given in points, trailing zeros dropped: percent_text(12.5) -> "12.5 %"
std::string percent_text(double points);

/// The same, appended to `out` (the sentences compose dozens of numbers a report).
void append_number_text(std::string& out, double value, int max_decimals);
void append_money_text(std::string& out, double amount, int minor_digits);
void append_percent_text(std::string& out, double points);

/// number_text and money_text as they were written before their fast path (whole numbers
/// grouped directly, every other value by the general writer): the reference the unit tests
/// hold the fast path to.
std::string number_text_general(double value, int max_decimals);
std::string money_text_general(double amount, int minor_digits);

/// "1 month", "3 months".
std::string months_text(int months);

}  // namespace crmroi::words_detail
