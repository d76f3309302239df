// Warnings about a valid scenario document: values that are legal but probably mistaken
// (internal to the scenario unit; load_scenario returns them in LoadResult::warnings).
#pragma once

#include <vector>

#include "crmroi/problem.hpp"
#include "scenario/json_document.hpp"

namespace crmroi::scenario_detail {

/// The warnings of a document that loaded as a valid scenario, in document order:
/// - a percentage that is rarely below 1 % (gross_margin_percent, realization_percent,
///   risk_percent, costs_percent, benefits_percent, discount_rate_percent, min_roi_percent)
///   given as a fraction between 0 and 1 while another percentage of the file is 1 or more, so
///   the file writes points: "0.3 means 0.3 %: keys ending in _percent hold percentage points,
///   as /discount_rate_percent (10) does here; did you mean 30?";
/// - no "currency" in a file with amounts (USD is taken).
/// Comments (keys starting with "_") are not looked into.
std::vector<Problem> document_warnings(const JsonDocument& document);

}  // namespace crmroi::scenario_detail
