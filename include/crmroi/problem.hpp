// A problem found in an input file: where it is and what was expected.
#pragma once

#include <string>

namespace crmroi {

/// One problem of an input. Syntax problems carry a 1-based line and column; scenario problems
/// carry a JSON pointer ("" is the whole document).
///   {.line = 3, .column = 14, .message = "expected ',' or '}' after an object member"}
///   {.json_pointer = "/horizon_months", .message = "expected an integer, found 1.5"}
struct Problem {
  int line = 0;    ///< 0 when not a syntax problem
  int column = 0;  ///< 0 when not a syntax problem
  std::string json_pointer;
  std::string message;

  [[nodiscard]] bool is_syntax() const { return line > 0; }
  friend bool operator==(const Problem&, const Problem&) = default;
};

}  // namespace crmroi
