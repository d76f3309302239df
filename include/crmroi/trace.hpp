// How the figures of an investment case were computed: a small expression tree whose leaves are
// the scenario's inputs (by JSON pointer, with their value and provenance) and whose nodes are
// the operations on them. It is what the words (crmroi/words.hpp) read to write the arithmetic
// and assumption sentences; an `explain` or a workbook of live formulas can walk it the same way.
// See docs/numbers-and-words.md.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/provenance.hpp"

namespace crmroi {

/// A scenario input as a JSON pointer kept in parts that cost nothing to copy:
///   {"/benefits/time_savings", 0, "minutes_per_day"}.text() ->
///   "/benefits/time_savings/0/minutes_per_day"
///   {"/horizon_months"}.text() -> "/horizon_months"
///   {"/cash_flows/costs", 0, "values", 3}.text() -> "/cash_flows/costs/0/values/3"
struct InputPointer {
  std::string_view path;  ///< the block or the top-level key, e.g. "/benefits/time_savings"
  int index = -1;         ///< the element of an array block; -1 for none
  std::string_view key;   ///< the key inside the element or block; empty for none
  int element = -1;       ///< the element of an array under `key`; -1 for none

  /// The JSON pointer as text.
  [[nodiscard]] std::string text() const;
  friend bool operator==(const InputPointer&, const InputPointer&) = default;
};

/// What a term of a trace is.
enum class TermOp {
  input,     ///< a scenario input: pointer, value, provenance
  constant,  ///< a fixed number of the model (60 minutes an hour, 52/12 weeks a month, 100 %)
  add,       ///< operand 0 + operand 1
  subtract,  ///< operand 0 − operand 1
  multiply,  ///< operand 0 × operand 1
  divide,    ///< operand 0 ÷ operand 1
  minimum,   ///< the smaller of the two operands
  maximum,   ///< the larger of the two operands
  sum,       ///< operand 0 + operand 1 + ... (left to right)
  /// Σ adoption factor of the months from operand 2 to operand 3 (inclusive), under operand 0
  /// implementation months and operand 1 ramp months (see adoption_factor in crmroi/report.hpp):
  /// the months of full benefit a monthly amount earns over that span.
  adoption_months,
  /// Σ adoption factor² of the months from operand 2 to operand 3, as adoption_months: what an
  /// amount earns whose every part ramps twice (the average-order uplift on the extra orders,
  /// which ramp themselves).
  adoption_squares,
  /// operand 0 raised to operand 1 (growth over whole years: (1 + g)^(y − 1)).
  power,
};

/// The index of a term in its trace; kNoTerm for none.
using TermId = std::int32_t;
inline constexpr TermId kNoTerm = -1;

/// One term: its value as computed, and what it is made of.
struct Term {
  TermOp op = TermOp::constant;
  double value = 0;
  /// An input's key ("minutes_per_day"); for other terms what the value is ("hours_a_month",
  /// "minutes_an_hour"), or empty.
  std::string_view name;
  InputPointer pointer;                       ///< inputs only
  Provenance provenance = Provenance::given;  ///< inputs only
  /// Operations on one or two terms keep them here; longer ones (sum, adoption_months) in
  /// Trace::operands from first_operand. Read them with Trace::operands_of.
  std::array<TermId, 2> pair{kNoTerm, kNoTerm};
  std::uint32_t first_operand = 0;
  std::uint32_t operand_count = 0;
};

/// The terms a part of the report (a line, or the scenario-wide inputs) added, as the half-open
/// range [first, end) of term ids.
struct TermRange {
  TermId first = 0;
  TermId end = 0;
};

/// Terms in the order they were made: an operation's operands always come before it.
struct Trace {
  std::vector<Term> terms;
  std::vector<TermId> operands;  ///< the operands of operations on more than two terms

  [[nodiscard]] const Term& term(TermId id) const { return terms[static_cast<std::size_t>(id)]; }
  /// The value of a term; 0 for kNoTerm.
  [[nodiscard]] double value(TermId id) const { return id == kNoTerm ? 0.0 : term(id).value; }
  /// The operands of a term (empty for inputs and constants).
  [[nodiscard]] std::span<const TermId> operands_of(TermId id) const;
  /// The first term named `name` in `range` (an input by its key, another term by its name), or
  /// kNoTerm.   find(line.terms, "people") -> the id of /benefits/time_savings/0/people
  [[nodiscard]] TermId find(TermRange range, std::string_view name) const;
  /// The inputs under a term (itself if it is one), each once, in the order they were made.
  [[nodiscard]] std::vector<TermId> inputs_under(TermId id) const;
};

}  // namespace crmroi
