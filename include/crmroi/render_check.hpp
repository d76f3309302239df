// `crmroi check`: the verdicts of check_report (analysis.hpp) as text for people, CI logs and
// pull-request comments. Pure functions, no I/O.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "crmroi/analysis.hpp"
#include "crmroi/render.hpp"

namespace crmroi {

/// One miss for people: "ROI 45.00 % < required 50.00 %", "payback 18.20 months > allowed 12.00
/// months", "payback n/a — not paid back within the horizon, required ≤ 12.00 months". When the
/// two numbers would read the same with two decimals they are shown with up to ten.
std::string describe_miss(const TargetMiss& miss, std::string_view currency);

/// One scenario's verdict in a format that streams, ending with a newline:
/// - table: "PASS  name (source)", "MISS  name (source): miss; miss", "SKIP  name (source): no
///   targets" (source "<stdin>:7" for JSON Lines; PASS green, MISS red, SKIP dim with colour);
/// - jsonl: one line {"format_version","source","line","scenario","currency","status","targets",
///   "misses":[{"metric","actual","required","comparison"}],"reason"(skip only),"notes"};
/// - csv: rows under check_csv_header(): one per miss, one for a pass or a skip.
/// json and markdown are documents over all scenarios (render_check_document); asked for a
/// record they give the jsonl one.
std::string render_check_record(const CheckedScenario& checked, OutputFormat format, bool color);

/// True when `format` is one document over all verdicts (json, markdown), which opens with the
/// outcome: the verdicts are kept until the end. The other formats stream a record a scenario.
bool check_is_document(OutputFormat format);

/// The header `format` puts before the first check record: check_csv_header() for csv, "" for
/// the others.
std::string check_header(OutputFormat format);

/// The CSV header of check: "source,line,scenario,status,metric,actual,required,comparison,note\n".
std::string check_csv_header();

/// All verdicts as one document, ending with a newline. `inputs_ok` is false when some input
/// could not be read or was invalid (its messages went to standard error): the run has not
/// passed then.
/// - json: {"format_version":1,"passed":bool,"scenarios":[the jsonl record of each, without its
///   format_version]}, pretty;
/// - markdown: a "###" heading with the outcome ("✅ all 3 scenarios met their targets", "❌ 1
///   of 3 scenarios missed their targets") and a table with one row per scenario (✅, ❌ or ➖),
///   for a pull-request comment.
/// Other formats give the concatenated records of render_check_record (csv with its header).
std::string render_check_document(const std::vector<CheckedScenario>& checked, OutputFormat format,
                                  bool inputs_ok);

}  // namespace crmroi
