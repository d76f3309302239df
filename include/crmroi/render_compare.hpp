// `crmroi compare`: scenarios side by side (one column each, the best value of each row marked),
// and the same figures as one machine record per scenario. The decisions (groups, ranks, best
// values) are the analysis unit's (analysis.hpp); these lay them out. Pure functions, no I/O.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/analysis.hpp"
#include "crmroi/render.hpp"

namespace crmroi {

/// The comparison of `entries` in `format`, ending with a newline (empty when there are none):
/// - table: per currency a block with one column per scenario (its name, wrapped) and the rows of
///   compare_blocks; the best value of each row marked " *" (green with colour); undefined
///   values "n/a" with the reasons under the table;
/// - markdown: the same per currency as a "##" section with a pipe table, the best value bold;
/// - json, jsonl, csv: one record per scenario (render_compare_record), grouped by currency, in
///   column order; csv starts with compare_csv_header().
std::string render_compare(const std::vector<CompareEntry>& entries, CompareSort sort,
                           OutputFormat format, const RenderOptions& options);

/// Receives the text of a comparison a piece at a time; returns false to stop (a reader that went
/// away).
using CompareWrite = std::function<bool(std::string_view)>;

/// render_compare handed to `write` a piece at a time, so that the whole text is never held: a
/// record at a time (json, jsonl, csv; the CSV header first), a block of columns (table) or a
/// row (markdown). Stops when `write` returns false and then returns false.
bool write_compare(const std::vector<CompareEntry>& entries, CompareSort sort, OutputFormat format,
                   const RenderOptions& options, const CompareWrite& write);

/// The records of render_compare one at a time (json, jsonl, csv; the CSV header first), each
/// handed to `write` as soon as it is made, so that no more than one is held; stops when
/// `write` returns false (a reader that went away) and then returns false.
bool for_each_compare_record(const std::vector<CompareEntry>& entries, CompareSort sort,
                             OutputFormat format, const CompareWrite& write);

/// True when `format` writes one record per scenario (json, jsonl, csv), which can stream as the
/// scenarios are read when no sort has to rank them first.
bool compare_has_records(OutputFormat format);

/// One scenario as a machine record, ending with a newline: json (pretty) or jsonl (one line)
/// holds format_version, crmroi_version, source, line (JSON Lines only), scenario, currency, rank
/// (when sorted), horizon_months, period, discount_rate_percent, risk_adjusted, the figures of
/// kInvestmentFigures (total_cost ... discounted_payback_months), cost_lines, benefit_lines,
/// unadjusted (when risk-adjusted) and notes; csv is one row under compare_csv_header(). Other
/// formats give the jsonl record.
std::string render_compare_record(const CompareEntry& entry, OutputFormat format,
                                  std::optional<int> rank);

/// The header `format` puts before the first compare record: compare_csv_header() for csv, ""
/// for the others.
std::string compare_header(OutputFormat format);

/// The header of compare's CSV: "source,line,scenario,currency,rank,horizon_months,...,notes\n".
/// The rank column is always there (empty without --sort) so that scripts see one layout.
std::string compare_csv_header();

}  // namespace crmroi
