// Decisions on evaluated reports, apart from how they are shown: whether a scenario meets its
// targets (check), and how scenarios compare (compare: groups by currency, ranks, the best value
// of each row). Renderers lay these out; they decide nothing. Pure functions, no I/O.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/figures.hpp"
#include "crmroi/metric.hpp"
#include "crmroi/report.hpp"
#include "crmroi/scenario.hpp"

namespace crmroi {

/// A report and where it came from: a file path or "<stdin>", and the input line for JSON Lines.
struct SourcedReport {
  std::string source;
  std::optional<long> line;
  Report report;
};

// ---------------------------------------------------------------------------------------------
// check

/// The targets that apply to a scenario: each threshold given in `flags` replaces the file's,
/// the others stay.   {min_roi 100, max_payback 18} + flags {min_roi 50} -> {50, 18}
Targets effective_targets(const std::optional<Targets>& file_targets, const Targets& flags);

/// True when no threshold is set.
bool has_no_targets(const Targets& targets);

enum class CheckStatus { pass, miss, skip };

/// "pass", "miss" or "skip".
std::string_view check_status_name(CheckStatus status);

/// One target a scenario missed.
struct TargetMiss {
  std::string metric;   ///< the figure's JSON key: "roi_percent", "payback_months", "npv"
  std::string label;    ///< the figure in a sentence: "ROI", "payback", "NPV"
  Metric actual;        ///< as a Quantity of its kind (ROI a fraction); undefined misses always
  double required = 0;  ///< in the target's own unit: ROI in percentage points, months, money
  Requirement requirement = Requirement::at_least;
  Quantity quantity = Quantity::money;
};

/// The verdict on one scenario.
struct CheckResult {
  CheckStatus status = CheckStatus::skip;
  std::string skip_reason;  ///< "no targets" or "no investment case (...)" when skipped
  Targets targets;          ///< the thresholds applied
  std::vector<TargetMiss> misses;
};

/// Checks a report against its targets (kTargets) with `flags` overriding them
/// (effective_targets). A figure meets its threshold when, rounded as the machine formats print
/// it (machine_value), it is at least the minimum (at most the maximum); an undefined figure
/// (payback not within the horizon, ROI without costs) is a miss. Uses the headline figures,
/// risk-adjusted when the scenario sets a risk. Skips, with the reason, a scenario without any
/// threshold ("no targets") and one without an investment case.
///   check_report(dress_eshop, {.min_roi_percent = 200}).misses[0].label == "ROI"
CheckResult check_report(const Report& report, const Targets& flags);

/// One threshold of a scenario's targets beside its figure, and whether the figure meets it.
struct TargetVerdict {
  std::string_view key;     ///< the key under "targets": "min_roi_percent"
  std::string_view label;   ///< "Minimum ROI"
  std::string_view phrase;  ///< the figure in a sentence: "ROI"
  Metric actual;            ///< the figure, as a Quantity of its kind (ROI a fraction)
  double threshold = 0;     ///< in the target's own unit: ROI in percentage points, months, money
  Quantity quantity = Quantity::money;
  bool met = false;  ///< the verdict of check: rounded as printed; an undefined figure misses
};

/// Each threshold of a report's own targets (no flags), in the order of kTargets, with its
/// figure and whether it is met: the verdict check_report gives. Empty without targets or an
/// investment case.
///   target_verdicts(dress_eshop)[0] -> {"min_roi_percent", "Minimum ROI", "ROI", 1.7667, 100,
///                                       percent, met}
std::vector<TargetVerdict> target_verdicts(const Report& report);

/// A checked scenario and where it came from.
struct CheckedScenario {
  std::string source;        ///< a file path or "<stdin>"
  std::optional<long> line;  ///< the input line for JSON Lines
  std::string scenario;
  std::string currency;
  CheckResult result;
  /// The scenario's ranged inputs (the check used their likely values).
  std::vector<RangedInput> ranged_inputs;
};

// ---------------------------------------------------------------------------------------------
// compare

/// The order of the columns: as given, or best first by one figure.
enum class CompareSort {
  none,     ///< the input order
  roi,      ///< roi_percent, highest first
  npv,      ///< npv, highest first
  payback,  ///< payback_months, shortest first
  tco,      ///< total cost of ownership, lowest first
  irr,      ///< irr_annual_percent, highest first
  pv_roi,   ///< pv_roi_percent, highest first
};

/// The --sort names for help and error messages.
inline constexpr std::string_view kCompareSortNames = "roi, npv, payback, tco, irr, pv_roi";

/// The sort named on the command line: parse_compare_sort("npv") -> CompareSort::npv; nullopt for
/// an unknown name.
std::optional<CompareSort> parse_compare_sort(std::string_view name);

/// The investment figure a sort orders by (its key, phrase and better direction);
/// nullptr for none.   compare_sort_figure(CompareSort::tco)->key == "tco"
const FigureDefinition<InvestmentFigures>* compare_sort_figure(CompareSort sort);

/// The JSON key a sort orders by: compare_sort_key(CompareSort::tco) -> "tco"; "" for none.
std::string_view compare_sort_key(CompareSort sort);

/// What compare keeps of one scenario: its investment case without the month-by-month cash flow,
/// so that thousands of scenarios fit in little memory.
struct CompareEntry {
  std::string source;        ///< a file path or "<stdin>"
  std::optional<long> line;  ///< the input line for JSON Lines
  std::string scenario;
  std::string currency;
  InvestmentReport investment;  ///< figures.periods (and unadjusted periods) left empty
  /// The scenario's ranged inputs (its figures use their likely values).
  std::vector<RangedInput> ranged_inputs;
};

/// The compare entry of a scenario's report; nullopt when it has no investment case (nothing to
/// compare: only analysis blocks).
std::optional<CompareEntry> compare_entry(const SourcedReport& sourced);

/// The scenarios of one currency, in column order. Scenarios in different currencies are never
/// compared with each other: each currency is its own group, groups in order of first appearance.
struct CompareGroup {
  std::string currency;
  std::vector<std::size_t> columns;  ///< indexes into the entries, in column order
  /// With a sort: the rank of each column (1 = best; ties share a rank, "1, 1, 3"; a scenario
  /// whose sort figure is undefined ranks after every defined one). Empty without a sort.
  std::vector<int> ranks;
};

/// Groups entries by currency and orders each group: the input order, or best first by the sort
/// figure (undefined last, ties in input order). Figures are compared as the machine formats
/// print them (machine_value).
std::vector<CompareGroup> compare_groups(const std::vector<CompareEntry>& entries,
                                         CompareSort sort);

/// One cell of a comparison.
struct CompareCell {
  bool present = false;  ///< false: the scenario has no such line (a blank cell)
  Metric value;          ///< the figure, when `text` is empty
  std::string text;      ///< a cell that is not a figure ("36 months", "yes"), not escaped
  bool best = false;     ///< the best of its row
};

/// What a row of a comparison shows of each scenario.
enum class CompareRowKind {
  heading,        ///< a section heading ("Costs"); no cells
  horizon,        ///< "36 months"
  rate,           ///< the annual discount rate
  risk_adjusted,  ///< "yes" or "no"
  figure,         ///< a figure of kInvestmentFigures (figure_index)
  cost_line,      ///< the occurrence-th cost line called `label`
  benefit_line,   ///< the occurrence-th benefit line called `label`
};

/// One row of a comparison: a heading, or a figure (or line) with one cell per column. The cells
/// are not kept: compare_cell makes any of them from the scenario, so that a comparison of
/// 100,000 scenarios holds no grid of cells (a table renders a few columns at a time).
struct CompareRow {
  bool heading = false;  ///< a section heading ("Costs"); no cells
  bool line = false;     ///< a cost or benefit line (indented under its heading)
  std::string label;     ///< not escaped
  Quantity quantity = Quantity::money;
  Better better = Better::neither;
  CompareRowKind kind = CompareRowKind::heading;
  std::size_t figure_index = 0;  ///< figure: its index in kInvestmentFigures
  int occurrence = 0;            ///< a line: 0 for the first line of its name in a scenario
  /// The value (as printed: machine_value) of the cells marked best; nullopt when none is.
  std::optional<double> best;
};

/// The comparison of the scenarios of one currency.
struct CompareBlock {
  std::string currency;
  std::vector<const CompareEntry*> columns;
  std::vector<CompareRow> rows;
  std::vector<std::string> notes;  ///< "the horizons differ ...", not escaped
};

/// The comparison of `entries`, one block per currency (compare_groups): rows for the horizon,
/// the discount rate, whether risk-adjusted (when any is), the totals and headline figures of
/// kInvestmentFigures, then every cost and benefit line matched by name and occurrence (a blank
/// cell where a scenario lacks it). In each row whose figure has a direction the best cells are
/// marked: among the defined values compared as printed, when two or more scenarios have one;
/// ties are all marked; a row of equal values marks none unless some scenario's value there is
/// undefined.
std::vector<CompareBlock> compare_blocks(const std::vector<CompareEntry>& entries,
                                         CompareSort sort);

/// The cell of `row` for the scenario in `column` of `block` (a blank cell, present false, where
/// the scenario has no such line), its best mark set from row.best.
CompareCell compare_cell(const CompareBlock& block, const CompareRow& row, std::size_t column);

}  // namespace crmroi
