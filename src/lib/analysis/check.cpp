// check: which thresholds apply to a scenario and whether its figures meet them (kTargets).
#include "crmroi/analysis.hpp"

namespace crmroi {

Targets effective_targets(const std::optional<Targets>& file_targets, const Targets& flags) {
  Targets targets = file_targets.value_or(Targets{});
  for (const TargetDefinition& target : kTargets) {
    if (flags.*target.threshold) targets.*target.threshold = flags.*target.threshold;
  }
  return targets;
}

bool has_no_targets(const Targets& targets) {
  for (const TargetDefinition& target : kTargets) {
    if (targets.*target.threshold) return false;
  }
  return true;
}

std::string_view check_status_name(CheckStatus status) {
  constexpr std::string_view kNames[] = {"pass", "miss", "skip"};
  return kNames[static_cast<int>(status)];
}

namespace {

/// True when `actual` meets `threshold` as check judges it: both rounded as the machine formats
/// print them; an undefined figure never does.
bool meets(const TargetDefinition& target, const FigureDefinition<InvestmentFigures>& figure,
           const Metric& actual, double threshold, std::string_view currency) {
  if (!actual.is_defined()) return false;
  const double have = machine_value(actual.value(), figure.quantity, currency);
  const double need = machine_value(target_value(target, threshold), figure.quantity, currency);
  return target.requirement == Requirement::at_least ? have >= need : have <= need;
}

}  // namespace

std::vector<TargetVerdict> target_verdicts(const Report& report) {
  std::vector<TargetVerdict> verdicts;
  if (!report.targets || !report.investment) return verdicts;
  for (const TargetDefinition& target : kTargets) {
    const std::optional<double>& threshold = (*report.targets).*target.threshold;
    if (!threshold) continue;
    const FigureDefinition<InvestmentFigures>& figure = *find_investment_figure(target.figure);
    const Metric actual = figure.value(report.investment->figures);
    verdicts.push_back({target.key, target.label, figure.phrase, actual, *threshold,
                        figure.quantity,
                        meets(target, figure, actual, *threshold, report.currency)});
  }
  return verdicts;
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
  for (const TargetDefinition& target : kTargets) {
    const std::optional<double>& threshold = result.targets.*target.threshold;
    if (!threshold) continue;
    const FigureDefinition<InvestmentFigures>& figure = *find_investment_figure(target.figure);
    TargetMiss miss{std::string(figure.key), std::string(figure.phrase),
                    figure.value(figures),   *threshold,
                    target.requirement,      figure.quantity};
    if (meets(target, figure, miss.actual, *threshold, currency)) continue;
    result.misses.push_back(std::move(miss));
  }
  result.status = result.misses.empty() ? CheckStatus::pass : CheckStatus::miss;
  return result;
}

}  // namespace crmroi
