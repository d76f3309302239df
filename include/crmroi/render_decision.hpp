// The output of crmroi sensitivity (the tornado) and crmroi solve (goal seek) in every format.
#pragma once

#include <optional>
#include <string>

#include "crmroi/decision.hpp"
#include "crmroi/render.hpp"

namespace crmroi {

/// Where a scenario came from, for the head of a record.
struct DecisionSource {
  std::string source;
  std::optional<long> line;  ///< JSON Lines input
  std::string scenario;      ///< the scenario's name
  std::string currency;
};

/// One scenario's tornado in `format`, ending with a newline:
/// - json / jsonl: {format_version, crmroi_version, source, line?, scenario, currency, metric,
///   mode, swing_percent?, base, rows: [{pointer, label, input_low, input_base, input_high,
///   metric_low, metric_high, swing, cumulative_share}], unmoved_inputs, notes}; percent metrics
///   in percentage points; an undefined value is null with its reason in notes;
/// - csv: one row per input under sensitivity_csv_header();
/// - markdown: a "##" section with the rows;
/// - table: the rows, then the tornado: one bar per input centred on the base, as wide as
///   options.width allows (80 columns when it is 0).
std::string render_sensitivity(const DecisionSource& source, const Sensitivity& sensitivity,
                               OutputFormat format, const RenderOptions& options);

/// "source,line,scenario,metric,mode,base,rank,pointer,label,input_low,input_base,input_high,
///  metric_low,metric_high,swing,cumulative_share,unit,note\n"
std::string sensitivity_csv_header();

/// One goal seek in `format`, ending with a newline:
/// - json / jsonl: {format_version, crmroi_version, source, line?, scenario, currency, pointer,
///   label, metric, target, solved, value, current_value, metric_at_value, better,
///   other_solutions, note, search_low, search_high, integer, notes}; `value`, `better` and
///   `metric_at_value` are null when not solved, `note` null when there is nothing to add;
///   input values carry every digit (the shortest text that reads back as the same double);
/// - csv: one row under goal_seek_csv_header();
/// - markdown / table: the answer in a sentence, then the numbers.
std::string render_goal_seek(const DecisionSource& source, const GoalSeek& seek,
                             OutputFormat format, const RenderOptions& options);

/// "source,line,scenario,pointer,metric,target,solved,value,current_value,metric_at_value,
///  better,other_solutions,note\n"
std::string goal_seek_csv_header();

/// The answer in words: "order uplift must be at least 1.84 % for NPV ≥ 0; the
/// file says 15 %", or why there is none: "NPV stays below 0 for every order uplift from 0
/// to 3,000 % (closest: -1,234.56 RUB at 3,000 %)". A value is rounded to two
/// decimals towards the side that meets the target.
std::string goal_seek_sentence(const GoalSeek& seek, std::string_view currency);

/// The note of a goal seek, or empty: several solutions ("1 other value also gives NPV = 0:
/// 87.3 %; the one nearest the file's value is reported"), a whole-number key, no solution
/// (the sentence).
std::string goal_seek_note(const GoalSeek& seek, std::string_view currency);

}  // namespace crmroi
