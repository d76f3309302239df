// Where an input's value came from: the scenario records it (crmroi/scenario_inputs.hpp), the
// trace of an evaluation carries it on its leaves (crmroi/trace.hpp).
#pragma once

#include <cstdint>

namespace crmroi {

/// Where an input's value came from.
///   "days_per_month": 21 in the file            -> given
///   no "days_per_month" (21 by default)        -> defaulted
///   no "horizon_months" beside "cash_flows"    -> derived (the flows' span)
enum class Provenance : std::uint8_t {
  given,      ///< written in the scenario file
  defaulted,  ///< left out of the file: the format's default
  derived,    ///< worked out from other inputs (such as an end month that defaults to the horizon)
};

}  // namespace crmroi
