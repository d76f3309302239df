// Interim: replaced by the real evaluation.
#include "crmroi/report.hpp"

namespace crmroi {
Report evaluate(const Scenario& scenario) {
  return Report{.name = scenario.name, .currency = scenario.currency};
}
}  // namespace crmroi
