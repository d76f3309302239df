// check: which thresholds apply to a scenario, whether it meets them, and each miss in words.
#include <fmt/format.h>

#include "crmroi/money.hpp"
#include "crmroi/render_check.hpp"
#include "render/compare_detail.hpp"

namespace crmroi {
namespace {

using compare_detail::comparable_value;

// Up to ten decimals, trailing zeros dropped, with the unit of human_text.
std::string precise_text(double value, Quantity quantity, std::string_view currency) {
  const double shown = quantity == Quantity::percent ? value * 100.0 : value;
  const HumanValue unit = human_value(Metric::defined(value), quantity, currency);
  const std::string number = plain_number(shown, 10);
  return unit.unit.empty() ? number : number + " " + unit.unit;
}

// The threshold as a value of the figure's Quantity (ROI targets are percentage points, the
// figure a fraction).
double threshold_value(const TargetMiss& miss) {
  return miss.quantity == Quantity::percent ? miss.required / 100.0 : miss.required;
}

}  // namespace

Targets effective_targets(const std::optional<Targets>& file_targets, const Targets& flags) {
  Targets targets = file_targets.value_or(Targets{});
  if (flags.min_roi_percent) targets.min_roi_percent = flags.min_roi_percent;
  if (flags.max_payback_months) targets.max_payback_months = flags.max_payback_months;
  if (flags.min_npv) targets.min_npv = flags.min_npv;
  return targets;
}

bool has_no_targets(const Targets& targets) {
  return !targets.min_roi_percent && !targets.max_payback_months && !targets.min_npv;
}

std::string_view check_status_name(CheckStatus status) {
  switch (status) {
    case CheckStatus::pass:
      return "pass";
    case CheckStatus::miss:
      return "miss";
    case CheckStatus::skip:
      return "skip";
  }
  return "skip";
}

CheckResult check_report(const Report& report, const Targets& flags) {
  CheckResult result;
  result.targets = effective_targets(report.targets, flags);
  if (has_no_targets(result.targets)) {
    result.status = CheckStatus::skip;
    result.skip_reason = "no targets";
    return result;
  }
  if (!report.investment) {
    result.status = CheckStatus::skip;
    result.skip_reason = "no investment case (costs, benefits or cash_flows) to check";
    return result;
  }
  const InvestmentFigures& figures = report.investment->figures;
  const std::string_view currency = report.currency;
  const auto check = [&](std::string metric, std::string label, const Metric& actual,
                         Quantity quantity, double required, Requirement requirement) {
    TargetMiss miss{std::move(metric), std::move(label), actual, required, requirement, quantity};
    if (actual.is_defined()) {
      const double have = comparable_value(actual.value(), quantity, currency);
      const double need = comparable_value(threshold_value(miss), quantity, currency);
      if (requirement == Requirement::at_least ? have >= need : have <= need) return;
    }
    result.misses.push_back(std::move(miss));
  };
  const Targets& targets = result.targets;
  if (targets.min_roi_percent) {
    check("roi_percent", "ROI", figures.roi, Quantity::percent, *targets.min_roi_percent,
          Requirement::at_least);
  }
  if (targets.max_payback_months) {
    check("payback_months", "payback", figures.payback_months, Quantity::months,
          *targets.max_payback_months, Requirement::at_most);
  }
  if (targets.min_npv) {
    check("npv", "NPV", Metric::defined(figures.npv), Quantity::money, *targets.min_npv,
          Requirement::at_least);
  }
  result.status = result.misses.empty() ? CheckStatus::pass : CheckStatus::miss;
  return result;
}

std::string describe_miss(const TargetMiss& miss, std::string_view currency) {
  const bool at_least = miss.requirement == Requirement::at_least;
  const Metric required = Metric::defined(threshold_value(miss));
  std::string required_text = human_text(required, miss.quantity, currency);
  if (!miss.actual.is_defined()) {
    return fmt::format("{} n/a — {}, required {} {}", miss.label, miss.actual.reason(),
                       at_least ? "≥" : "≤", required_text);
  }
  std::string actual_text = human_text(miss.actual, miss.quantity, currency);
  if (actual_text == required_text) {
    actual_text = precise_text(miss.actual.value(), miss.quantity, currency);
    required_text = precise_text(required.value(), miss.quantity, currency);
  }
  return fmt::format("{} {} {} {} {}", miss.label, actual_text, at_least ? "<" : ">",
                     at_least ? "required" : "allowed", required_text);
}

}  // namespace crmroi
