// The words of a report: the sentences that show how each figure of an investment case was
// made, written from the numbers and the trace that evaluate (crmroi/report.hpp) returns. The
// numbers never depend on the words; a caller asks only for the sentences it shows.
// See docs/numbers-and-words.md.
#pragma once

#include "crmroi/report.hpp"

namespace crmroi {

/// Which sentences words_for_report writes.
struct Wording {
  bool arithmetic = true;   ///< each line's LineBreakdown::arithmetic
  bool assumptions = true;  ///< InvestmentReport::assumptions
};

/// Writes the English sentences of `report`'s investment case (if it has one) from its trace:
///   arithmetic of a time saving  "1 person × 40 min/day × 30 days × 190/h = 3,800 a month"
///   an assumption                "discount rate 10 % a year = 0.797 % a month"
void words_for_report(Report& report, const Wording& wording = {});

}  // namespace crmroi
