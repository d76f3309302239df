// Invariant checks for the fuzz targets: a broken invariant prints what broke and aborts, which
// libFuzzer reports as a crash with the input that caused it.
#pragma once

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "crmroi/metric.hpp"
#include "crmroi/problem.hpp"
#include "crmroi/report.hpp"
#include "crmroi/scenario_loader.hpp"

namespace crmroi::fuzz {

[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

inline void require(bool ok, const char* what) {
  if (!ok) fail(what);
}

inline void check_finite(double value, const char* what) { require(std::isfinite(value), what); }

inline void check_metric(const Metric& metric, const char* what) {
  if (metric.is_defined())
    check_finite(metric.value(), what);
  else
    require(!metric.reason().empty(), "an undefined metric has no reason");
}

/// A problem names a place (a line and column, or a JSON pointer) and says what was expected.
inline void check_problem(const Problem& problem) {
  require(!problem.message.empty(), "a problem has an empty message");
  if (problem.is_syntax()) {
    require(problem.column >= 1, "a syntax problem has a column below 1");
  } else {
    require(problem.line == 0 && problem.column == 0, "a scenario problem has a half position");
    require(problem.json_pointer.empty() || problem.json_pointer.front() == '/',
            "a JSON pointer does not start with '/'");
  }
}

/// Every figure of an investment case is finite; every metric finite or undefined with a reason.
inline void check_figures(const InvestmentFigures& figures) {
  check_finite(figures.total_cost, "total_cost");
  check_finite(figures.total_benefit, "total_benefit");
  check_finite(figures.net, "net");
  check_finite(figures.pv_cost, "pv_cost");
  check_finite(figures.pv_benefit, "pv_benefit");
  check_finite(figures.npv, "npv");
  check_metric(figures.roi, "roi");
  check_metric(figures.pv_roi, "pv_roi");
  check_metric(figures.irr_annual, "irr_annual");
  check_metric(figures.payback_months, "payback_months");
  check_metric(figures.discounted_payback_months, "discounted_payback_months");
  for (const auto& row : figures.periods) {
    check_finite(row.cost, "period cost");
    check_finite(row.benefit, "period benefit");
    check_finite(row.net, "period net");
    check_finite(row.cumulative, "period cumulative");
  }
}

inline void check_report(const Report& report) {
  if (report.investment) {
    check_figures(report.investment->figures);
    if (report.investment->unadjusted) check_figures(*report.investment->unadjusted);
    for (const auto& line : report.investment->cost_lines) check_finite(line.total, "cost line");
    for (const auto& line : report.investment->benefit_lines)
      check_finite(line.total, "benefit line");
  }
  for (const auto& channel : report.channels) {
    check_metric(channel.romi, "romi");
    check_metric(channel.marketing_roi, "marketing_roi");
    check_metric(channel.cac, "channel cac");
    check_metric(channel.lead_close_rate, "channel lead close rate");
  }
  if (report.acquisition) {
    check_metric(report.acquisition->cac, "cac");
    check_metric(report.acquisition->marketing_expense_to_revenue, "expense to revenue");
    check_metric(report.acquisition->lead_close_rate, "lead close rate");
  }
  if (report.unit_economics) {
    check_finite(report.unit_economics->monthly_margin, "monthly margin");
    check_metric(report.unit_economics->cac, "unit cac");
    check_metric(report.unit_economics->cac_payback_months, "cac payback");
    check_metric(report.unit_economics->ltv, "ltv");
    check_metric(report.unit_economics->ltv_discounted, "ltv discounted");
    check_metric(report.unit_economics->ltv_to_cac, "ltv to cac");
  }
  if (report.nps) check_metric(report.nps->nps, "nps");
}

/// Checks a load result: exactly one of a scenario or problems, at most the documented number of
/// problems (plus one "and N more" line), each problem well formed.
inline void check_load_result(const LoadResult& result) {
  require(result.scenario.has_value() != !result.problems.empty(),
          "a load result must hold a scenario or problems, not both or neither");
  require(result.problems.size() <= kMaxProblemsPerDocument + 1, "too many problems");
  for (const auto& problem : result.problems) check_problem(problem);
}

}  // namespace crmroi::fuzz
