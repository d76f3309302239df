// `crmroi check`: each scenario against its targets (from the file, overridden by flags), and the
// verdicts as text for people, CI logs and pull-request comments. Pure functions, no I/O.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/metric.hpp"
#include "crmroi/render.hpp"
#include "crmroi/report.hpp"
#include "crmroi/scenario.hpp"

namespace crmroi {

/// The targets that apply to a scenario: each threshold given in `flags` replaces the file's,
/// the others stay.   {min_roi 100, max_payback 18} + flags {min_roi 50} -> {50, 18}
Targets effective_targets(const std::optional<Targets>& file_targets, const Targets& flags);

/// True when no threshold is set.
bool has_no_targets(const Targets& targets);

enum class CheckStatus { pass, miss, skip };

/// "pass", "miss" or "skip".
std::string_view check_status_name(CheckStatus status);

/// How a figure must relate to its threshold.
enum class Requirement {
  at_least,  ///< ">=": minimum ROI, minimum NPV
  at_most,   ///< "<=": maximum payback
};

/// One target a scenario missed.
struct TargetMiss {
  std::string metric;   ///< the JSON key: "roi_percent", "payback_months", "npv"
  std::string label;    ///< for people: "ROI", "payback", "NPV"
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

/// Checks a report against its targets with `flags` overriding them (effective_targets). A figure
/// meets its threshold when, rounded as the machine formats print it (percentages and months to
/// 10 decimal places, money to the minor unit), it is at least the minimum (at most the maximum);
/// an undefined figure (payback not within the horizon, ROI without costs) is a miss. Uses the
/// headline figures, risk-adjusted when the scenario sets a risk.
/// Skips, with the reason, a scenario without any threshold ("no targets") and one without an
/// investment case (only flags can give it thresholds: a file cannot hold targets without one).
CheckResult check_report(const Report& report, const Targets& flags);

/// A checked scenario and where it came from.
struct CheckedScenario {
  std::string source;        ///< a file path or "<stdin>"
  std::optional<long> line;  ///< the input line for JSON Lines
  std::string scenario;
  std::string currency;
  CheckResult result;
};

/// One miss for people: "ROI 45.00 % < required 50.00 %", "payback 18.20 months > allowed 12.00
/// months", "payback n/a — not paid back within the horizon, required ≤ 12.00 months". When the
/// two numbers would read the same with two decimals they are shown with up to ten.
std::string describe_miss(const TargetMiss& miss, std::string_view currency);

/// One scenario's verdict in a format that streams, ending with a newline:
/// - table: "PASS  name (source)", "MISS  name (source): miss; miss", "SKIP  name (source): no
///   targets" (source "<stdin>:7" for JSON Lines; PASS green, MISS red, SKIP dim with colour);
/// - jsonl: one line {"format_version","crmroi_version","source","line","scenario","currency",
///   "status","targets","misses":[{"metric","actual","required","comparison"}],
///   "reason"(skip only),"notes"};
/// - csv: rows under check_csv_header(): one per miss, one for a pass or a skip.
/// json and markdown are documents over all scenarios: render_check_document.
std::string render_check_record(const CheckedScenario& checked, OutputFormat format, bool color);

/// The CSV header of check: "source,line,scenario,status,metric,actual,required,comparison,note\n".
std::string check_csv_header();

/// All verdicts as one document, ending with a newline. `inputs_ok` is false when some input
/// could not be read or was invalid (its messages went to standard error): the run has not
/// passed then.
/// - json: {"format_version":1,"crmroi_version","passed":bool,"scenarios":[the jsonl record of
///   each, without its format_version and crmroi_version]}, pretty;
/// - markdown: a "###" heading with the outcome ("✅ all 3 scenarios met their targets", "❌ 1
///   of 3 scenarios missed their targets") and a table with one row per scenario (✅, ❌ or ➖),
///   for a pull-request comment.
/// Other formats give the concatenated records of render_check_record (csv with its header).
std::string render_check_document(const std::vector<CheckedScenario>& checked, OutputFormat format,
                                  bool inputs_ok);

}  // namespace crmroi
