// JSON text in, typed and validated Scenario out, or every problem of the text at once.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "crmroi/problem.hpp"
#include "crmroi/scenario.hpp"

namespace crmroi {

/// Limits of the loader, documented in the README.
inline constexpr int kMaxNestingDepth = 64;
inline constexpr int kMaxHorizonMonths = 1200;
inline constexpr double kMaxMoneyAmount = 1e15;
inline constexpr std::size_t kMaxProblemsPerDocument = 100;
/// Elements of one array of lines (costs.one_time, costs.recurring, benefits.time_savings,
/// benefits.monthly, marketing.channels).
inline constexpr std::size_t kMaxLinesPerBlock = 10'000;
/// Elements of nps.scores.
inline constexpr std::size_t kMaxNpsScores = 10'000'000;
/// JSON values (numbers, strings, objects, arrays, ...) in one document, comments included:
/// the scores, the lines and room for the rest. Parsing stops at the first value over it, so a
/// document's memory stays bounded (about 24 bytes a value besides its text).
inline constexpr std::size_t kMaxDocumentValues = 12'000'000;

/// Either a scenario or the problems that stop it (never both). A valid scenario may come with
/// warnings: values that are legal but probably mistaken, each with its JSON pointer:
///   {.json_pointer = "/business/gross_margin_percent",
///    .message = "0.3 means 0.3 %: keys ending in _percent hold percentage points, as
///                /discount_rate_percent (10) does here; did you mean 30?"}
///   {.json_pointer = "/currency", .message = "no currency given: amounts are taken as USD ..."}
struct LoadResult {
  std::optional<Scenario> scenario;
  std::vector<Problem> problems;
  std::vector<Problem> warnings;
};

/// Parses and validates one scenario document. Strict JSON: exactly one object, UTF-8 (an initial
/// byte-order mark is skipped), no duplicate keys, nesting at most kMaxNestingDepth, no trailing
/// bytes (a NUL included). Unknown keys are problems with a "did you mean" hint, except a
/// top-level "$schema" and keys starting with "_". Syntax problems have line and column; all
/// scenario problems of the document are reported, each with its JSON pointer.
LoadResult load_scenario(std::string_view json_text);

/// True when `text` is one complete JSON value and nothing but whitespace around it: how the
/// first line of standard input tells JSON Lines from one document spread over lines.
///   is_json_value(R"({"name": "a"})") -> true;   is_json_value("{") -> false
bool is_json_value(std::string_view text);

}  // namespace crmroi
