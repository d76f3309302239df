// `crmroi compare`: scenarios side by side (one column each, the best value of each row marked),
// and the same figures as one machine record per scenario. Pure functions, no I/O.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/render.hpp"
#include "crmroi/report.hpp"

namespace crmroi {

/// The order of the columns: as given, or best first by one figure.
enum class CompareSort {
  none,     ///< the input order
  roi,      ///< roi_percent, highest first
  npv,      ///< npv, highest first
  payback,  ///< payback_months, shortest first
  tco,      ///< total cost of ownership, lowest first
};

/// The --sort names for help and error messages.
inline constexpr std::string_view kCompareSortNames = "roi, npv, payback, tco";

/// The sort named on the command line: parse_compare_sort("npv") -> CompareSort::npv; nullopt for
/// an unknown name.
std::optional<CompareSort> parse_compare_sort(std::string_view name);

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
};

/// The compare entry of a report; nullopt when the scenario has no investment case (nothing to
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
/// print them (money to the minor unit, percentages and months to 10 decimal places).
std::vector<CompareGroup> compare_groups(const std::vector<CompareEntry>& entries,
                                         CompareSort sort);

/// The comparison of `entries` in `format`, ending with a newline (empty when there are none):
/// - table: per currency a block with one column per scenario (its name, wrapped), rows for the
///   horizon, the discount rate, total cost (TCO), total benefit, net, ROI, PV ROI, NPV, IRR,
///   payback and discounted payback, then every cost and benefit line matched by name (blank
///   where a scenario lacks the line); the best value of each row marked " *" (green with
///   colour) wherever two or more scenarios have a value (ties all marked; none when every
///   scenario has the same value and none is n/a); undefined values "n/a" with the reasons
///   under the table;
/// - markdown: the same per currency as a "##" section with a pipe table, the best value bold;
/// - json, jsonl, csv: one record per scenario (render_compare_record), grouped by currency, in
///   column order; csv starts with compare_csv_header().
std::string render_compare(const std::vector<CompareEntry>& entries, CompareSort sort,
                           OutputFormat format, const RenderOptions& options);

/// One scenario as a machine record, ending with a newline: json (pretty) or jsonl (one line)
/// holds format_version, crmroi_version, source, line (JSON Lines only), scenario, currency, rank
/// (when sorted), horizon_months, period, discount_rate_percent, risk_adjusted, the headline
/// figures of calc (total_cost ... discounted_payback_months), cost_lines, benefit_lines and notes;
/// csv is one row under compare_csv_header(). Other formats give the jsonl record.
std::string render_compare_record(const CompareEntry& entry, OutputFormat format,
                                  std::optional<int> rank);

/// The header of compare's CSV: "source,line,scenario,currency,rank,horizon_months,...,notes\n".
/// The rank column is always there (empty without --sort) so that scripts see one layout.
std::string compare_csv_header();

}  // namespace crmroi
