// NPV, IRR, payback and PV ROI against spreadsheet functions. Expected values were computed
// independently (50-digit bisection on the NPV polynomial with Python's mpmath), so the checks
// hold to 1e-9 relative, the agreement the README's "Rounding" section promises.
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "crmroi/cash_flow.hpp"
#include "crmroi/metrics.hpp"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using crmroi::Metric;

namespace {
constexpr double kSpreadsheet = 1e-9;  // relative agreement with LibreOffice/Excel

Metric irr(const std::vector<double>& flows) { return crmroi::internal_rate_of_return(flows); }
}  // namespace

TEST_CASE("period rate from an annual 10 % is 0.797 % a month (=(1+10%)^(1/12)-1)",
          "[cash_flow][rates]") {
  CHECK_THAT(crmroi::period_rate_from_annual(0.10, 12),
             WithinRel(std::pow(1.1, 1.0 / 12.0) - 1.0, 1e-14));
  CHECK_THAT(crmroi::period_rate_from_annual(0.10, 12), WithinAbs(0.0079741404, 1e-10));
  CHECK(crmroi::period_rate_from_annual(0.10, 1) == 0.10);
  CHECK_THAT(crmroi::annualize_period_rate(crmroi::period_rate_from_annual(0.10, 4), 4),
             WithinRel(0.10, 1e-14));
  CHECK_THAT(crmroi::annualize_period_rate(0.01, 12), WithinRel(std::pow(1.01, 12) - 1, 1e-14));
}

TEST_CASE("present value matches Excel's NPV help, example 1 (=NPV(10%,-10000,3000,4200,6800))",
          "[cash_flow][npv]") {
  // Excel's NPV discounts its first value by one period: here element 0 is a zero start.
  const std::vector<double> flows = {0, -10000, 3000, 4200, 6800};
  CHECK_THAT(crmroi::present_value(flows, 0.10), WithinRel(1188.4434123352230039, kSpreadsheet));
}

TEST_CASE("present value matches Excel's NPV help, example 2 (=NPV(8%,B2:B6)+B1)",
          "[cash_flow][npv]") {
  const std::vector<double> flows = {-40000, 8000, 9200, 10000, 12000, 14500};
  CHECK_THAT(crmroi::present_value(flows, 0.08), WithinRel(1922.0615549323722009, kSpreadsheet));
  const std::vector<double> with_loss = {-40000, 8000, 9200, 10000, 12000, 14500, -9000};
  CHECK_THAT(crmroi::present_value(with_loss, 0.08),
             WithinRel(-3749.4650870155708259, kSpreadsheet));
}

TEST_CASE("present value at rate 0 is the plain sum (=SUM(v0:vn))", "[cash_flow][npv]") {
  const std::vector<double> flows = {-18000, 8300, 8300, 8300, 8300, 8300, 8300};
  CHECK(crmroi::present_value(flows, 0.0) == 31800.0);
  CHECK(crmroi::present_value({}, 0.1) == 0.0);
}

TEST_CASE("net present value is undefined at a rate of -100 % or below", "[cash_flow][npv]") {
  const std::vector<double> flows = {-100, 50, 60};
  CHECK(crmroi::net_present_value(flows, -1.0).reason() == "the discount rate is not above -100 %");
  CHECK_THAT(crmroi::net_present_value(flows, 0.1).value(),
             WithinRel(-100 + 50 / 1.1 + 60 / 1.21, 1e-14));
}

TEST_CASE("IRR matches Excel's IRR help: 8.66 % over five years (=IRR(A2:A7))",
          "[cash_flow][irr]") {
  const Metric rate = irr({-70000, 12000, 15000, 18000, 21000, 26000});
  REQUIRE(rate.is_defined());
  CHECK_THAT(rate.value(), WithinRel(0.086630948036531614293, kSpreadsheet));
}

TEST_CASE("IRR matches Excel's IRR help: -2.12 % over four years (=IRR(A2:A6))",
          "[cash_flow][irr]") {
  CHECK_THAT(irr({-70000, 12000, 15000, 18000, 21000}).value(),
             WithinRel(-0.021244848273410991031, kSpreadsheet));
}

TEST_CASE("IRR matches Excel's IRR help: -44.35 % over two years (=IRR(A2:A4,-10%))",
          "[cash_flow][irr]") {
  CHECK_THAT(irr({-70000, 12000, 15000}).value(), WithinRel(-0.4435069413347405395, kSpreadsheet));
}

TEST_CASE("IRR of monthly flows annualises (=(1+IRR(-10000,1000 x 12))^12-1 = 41.30 %)",
          "[cash_flow][irr]") {
  std::vector<double> flows(13, 1000.0);
  flows[0] = -10000;
  CHECK_THAT(irr(flows).value(), WithinRel(0.029228540769133694526, kSpreadsheet));
  const Metric annual = crmroi::annual_internal_rate_of_return(flows, 12);
  CHECK_THAT(annual.value(), WithinRel(0.41299898414961524096, kSpreadsheet));
}

TEST_CASE("IRR of the PV ROI example is 83.93 % a year (=IRR(-10000,10000,10000,10000))",
          "[cash_flow][irr]") {
  CHECK_THAT(irr({-10000, 10000, 10000, 10000}).value(),
             WithinRel(0.83928675521416113255, kSpreadsheet));
}

TEST_CASE("IRR is 0 when the flows sum to zero (=IRR(-100,50,50))", "[cash_flow][irr]") {
  CHECK(irr({-100, 50, 50}).value() == 0.0);
}

TEST_CASE("IRR is undefined when net cash flow never changes sign", "[cash_flow][irr]") {
  CHECK(irr({-100, -50, 0}).reason() == "net cash flow never changes sign");
  CHECK(irr({100, 50}).reason() == "net cash flow never changes sign");
  CHECK(irr({0, 0, 0}).reason() == "net cash flow never changes sign");
  CHECK(irr({}).reason() == "net cash flow never changes sign");
  CHECK(crmroi::internal_rate_of_return_roots(std::vector<double>{100, 50}).empty());
}

TEST_CASE("IRR is undefined when no rate makes the NPV zero (=IRR(-100,150,-100) is #NUM!)",
          "[cash_flow][irr]") {
  // -100 + 150x - 100x^2 < 0 for every x: two sign changes, no root.
  CHECK(irr({-100, 150, -100}).reason() == "no rate makes the NPV zero");
}

TEST_CASE("IRR with two roots (-100, 230, -132: 10 % and 20 %) lists both, returns 10 %",
          "[cash_flow][irr]") {
  const std::vector<double> flows = {-100, 230, -132};
  const std::vector<double> roots = crmroi::internal_rate_of_return_roots(flows);
  REQUIRE(roots.size() == 2);
  CHECK_THAT(roots[0], WithinRel(0.1, kSpreadsheet));
  CHECK_THAT(roots[1], WithinRel(0.2, kSpreadsheet));
  CHECK_THAT(irr(flows).value(), WithinRel(0.1, kSpreadsheet));
}

TEST_CASE("IRR with roots on both sides of zero returns the one closest to zero",
          "[cash_flow][irr]") {
  // (1+r) roots at -0.5 and 0.25 -> x = 2 and 0.8: 100 (x - 2)(x - 0.8) = 100x^2 - 280x + 160.
  const std::vector<double> flows = {160, -280, 100};
  const std::vector<double> roots = crmroi::internal_rate_of_return_roots(flows);
  REQUIRE(roots.size() == 2);
  CHECK_THAT(roots[0], WithinRel(-0.5, kSpreadsheet));
  CHECK_THAT(roots[1], WithinRel(0.25, kSpreadsheet));
  CHECK_THAT(irr(flows).value(), WithinRel(0.25, kSpreadsheet));
}

TEST_CASE("IRR finds two roots closer together than the sampling grid (-39 % and -31 %)",
          "[cash_flow][irr]") {
  // NPV x (1+r)^2 = 100 y^2 - 130 y + 42.09 with y = 1+r: roots y = 0.61 and 0.69, both between
  // the grid rates -0.4 and -0.3, where the NPV dips below zero and back.
  const std::vector<double> flows = {100, -130, 42.09};
  const std::vector<double> roots = crmroi::internal_rate_of_return_roots(flows);
  REQUIRE(roots.size() == 2);
  CHECK_THAT(roots[0], WithinRel(-0.39, kSpreadsheet));
  CHECK_THAT(roots[1], WithinRel(-0.31, kSpreadsheet));
  CHECK_THAT(irr(flows).value(), WithinRel(-0.31, kSpreadsheet));
}

TEST_CASE("IRR finds roots beyond the grid: near -100 % and very large rates", "[cash_flow][irr]") {
  // -1 + 1e-9 / (1+r) = 0 -> r = 1e-9 - 1 (=IRR(-1, 1e-9))
  CHECK_THAT(irr({-1, 1e-9}).value(), WithinAbs(1e-9 - 1.0, 1e-15));
  // -1 + 1e14 / (1+r) = 0 -> r = 1e14 - 1
  CHECK_THAT(irr({-1, 1e14}).value(), WithinRel(1e14 - 1.0, kSpreadsheet));
}

TEST_CASE("IRR on 37 monthly flows with leading and trailing zeros (=IRR(v0:v36))",
          "[cash_flow][irr]") {
  std::vector<double> flows(37, 2500.0);
  flows[0] = 0;
  flows[1] = -60000;
  flows[36] = 0;
  // Shifting the flows by a period or appending zeros does not move the IRR: compare with the
  // same flows without the zeros, solved for (1+r) by bisection in the test.
  const std::vector<double> trimmed(flows.begin() + 1, flows.end() - 1);
  double low = 0.0;
  double high = 1.0;
  for (int i = 0; i < 200; ++i) {
    const double mid = 0.5 * (low + high);
    (crmroi::present_value(trimmed, mid) > 0 ? low : high) = mid;
  }
  CHECK_THAT(irr(flows).value(), WithinRel(low, kSpreadsheet));
  CHECK_THAT(irr(trimmed).value(), WithinRel(low, kSpreadsheet));
}

TEST_CASE("payback interpolates inside the year: 3 + 11/19 years = 42.95 months",
          "[cash_flow][payback]") {
  // Cumulative -50, -40, -27, -11, +8.
  const std::vector<double> flows = {-50, 10, 13, 16, 19};
  const Metric years = crmroi::payback_periods(flows);
  CHECK_THAT(years.value(), WithinRel(3.0 + 11.0 / 19.0, 1e-15));
  CHECK_THAT(years.value() * 12, WithinAbs(42.95, 0.005));
}

TEST_CASE("payback is 0 when the cumulative flow is never negative", "[cash_flow][payback]") {
  CHECK(crmroi::payback_periods(std::vector<double>{0, 100, 100}).value() == 0.0);
  CHECK(crmroi::payback_periods(std::vector<double>{}).value() == 0.0);
}

TEST_CASE("payback is undefined when negative at the end: not paid back within the horizon",
          "[cash_flow][payback]") {
  CHECK(crmroi::payback_periods(std::vector<double>{-100, 30, 30}).reason() ==
        "not paid back within the horizon");
}

TEST_CASE("payback takes the last turn to >= 0 when the cumulative dips negative again",
          "[cash_flow][payback]") {
  // Cumulative -100, 20, -80, -30, 20: first turns at 0.83, dips at 2, last turns in period 4.
  const std::vector<double> flows = {-100, 120, -100, 50, 50};
  CHECK_THAT(crmroi::payback_periods(flows).value(), WithinRel(3.0 + 30.0 / 50.0, 1e-15));
  // Positive start, negative later: cumulative 10, -10, 20 -> 1 + 10/30.
  CHECK_THAT(crmroi::payback_periods(std::vector<double>{10, -20, 30}).value(),
             WithinRel(1.0 + 1.0 / 3.0, 1e-15));
}

TEST_CASE("payback counts a cumulative of exactly zero as paid back, despite rounding noise",
          "[cash_flow][payback]") {
  CHECK(crmroi::payback_periods(std::vector<double>{-10000, 5000, 5000}).value() == 2.0);
  // 0.1 + 0.2 - 0.3 is 5.55e-17 in binary, not 0: still paid back at the end of period 2.
  CHECK(crmroi::payback_periods(std::vector<double>{-0.3, 0.1, 0.2}).value() == 2.0);
}

TEST_CASE("PV ROI of the Forrester-style case is 66.28 % with a 12-month payback",
          "[cash_flow][pv_roi]") {
  // Set-up 10,000, then 5,000/yr cost and 15,000/yr benefit for 3 years at 10 %.
  const std::vector<double> costs = {10000, 5000, 5000, 5000};
  const std::vector<double> benefits = {0, 15000, 15000, 15000};
  const double pv_cost = crmroi::present_value(costs, 0.10);  // =10000+NPV(10%,5000,5000,5000)
  const double pv_benefit = crmroi::present_value(benefits, 0.10);  // =NPV(10%,15000,15000,15000)
  CHECK_THAT(pv_cost, WithinRel(22434.259954921111946, kSpreadsheet));
  CHECK_THAT(pv_benefit, WithinRel(37302.779864763335838, kSpreadsheet));
  const Metric pv_roi = crmroi::present_value_roi(pv_benefit, pv_cost);
  CHECK_THAT(pv_roi.value(), WithinRel(0.66275954454119223041, kSpreadsheet));
  CHECK_THAT(pv_roi.value() * 100, WithinAbs(66.28, 0.005));
  CHECK(crmroi::roi(45000, 25000).value() == 0.8);  // undiscounted
  const std::vector<double> net = {-10000, 10000, 10000, 10000};
  CHECK(crmroi::payback_periods(net).value() * 12 == 12.0);
}

TEST_CASE("PV ROI without costs is undefined: no costs", "[cash_flow][pv_roi]") {
  CHECK(crmroi::present_value_roi(100, 0).reason() == "no costs");
}

TEST_CASE("discounted payback discounts each flow first (=MATCH on cumulative PVs)",
          "[cash_flow][payback]") {
  const std::vector<double> net = {-10000, 10000, 10000, 10000};
  // Discounted: -10000, 9090.909, 8264.463: cumulative -909.09 after year 1.
  const double first = 10000 / 1.1;
  const double second = 10000 / 1.21;
  const Metric years = crmroi::discounted_payback_periods(net, 0.10);
  CHECK_THAT(years.value(), WithinRel(1.0 + (10000 - first) / second, 1e-14));
  CHECK(crmroi::discounted_payback_periods(net, 0.0).value() == 1.0);
  CHECK(crmroi::discounted_payback_periods(std::vector<double>{-100, 60, 50}, 0.10).reason() ==
        "not paid back within the horizon");
  CHECK(crmroi::discounted_payback_periods(net, -1.0).reason() ==
        "the discount rate is not above -100 %");
}

TEST_CASE("no metric returns inf or nan on extreme inputs", "[cash_flow][extreme]") {
  std::vector<std::vector<double>> series;
  std::vector<double> long_flows(1201, 1e15);
  long_flows[0] = -1e15;
  series.push_back(long_flows);
  std::vector<double> alternating(1201);
  for (std::size_t t = 0; t < alternating.size(); ++t) alternating[t] = t % 2 == 0 ? -1e15 : 1e15;
  series.push_back(alternating);
  std::vector<double> tiny(1201, 0.01);
  tiny[0] = -1e15;
  series.push_back(tiny);
  series.push_back({-1e15, 0.01});
  series.push_back({-0.01, 1e15});
  std::vector<double> late(1201, 0.0);
  late[0] = -1e15;
  late[1200] = 1e15;
  series.push_back(late);

  std::vector<Metric> results;
  for (const auto& flows : series) {
    results.push_back(crmroi::internal_rate_of_return(flows));
    for (const int periods : {1, 4, 12}) {
      results.push_back(crmroi::annual_internal_rate_of_return(flows, periods));
    }
    results.push_back(crmroi::payback_periods(flows));
    for (const double rate : {-0.99, -0.9999, 0.0, 1e6}) {
      results.push_back(crmroi::net_present_value(flows, rate));
      results.push_back(crmroi::discounted_payback_periods(flows, rate));
    }
    for (const double root : crmroi::internal_rate_of_return_roots(flows)) {
      CHECK(std::isfinite(root));
    }
  }
  for (const double big : {1e15, 1e-15, 0.0, -1e15}) {
    results.push_back(crmroi::roi(1e15, big));
    results.push_back(crmroi::romi_on_revenue(1e15, big));
    results.push_back(crmroi::marketing_roi(1e15, big));
    results.push_back(crmroi::marketing_expense_to_revenue(1e15, big));
    results.push_back(crmroi::cac(1e15, big));
    results.push_back(crmroi::cac_payback_months(1e15, 0, big, 0));
    results.push_back(crmroi::lead_close_rate(1e15, big));
    results.push_back(crmroi::present_value_roi(1e15, big));
    results.push_back(crmroi::ltv_simple(big, {.monthly_churn = 1e-15}));
    results.push_back(crmroi::ltv_discounted(big, {.lifetime_months = 1200}, -0.99));
    results.push_back(crmroi::ltv_discounted(big, {.monthly_churn = 1e-15}, 1e-15));
    results.push_back(
        crmroi::ltv_discounted(big, {.monthly_churn = 1.0, .lifetime_months = 1e9}, -0.99));
    results.push_back(crmroi::ltv_to_cac(crmroi::ltv_simple(1e15, {.monthly_churn = 1e-15}),
                                         Metric::defined(1e-300)));
  }
  results.push_back(crmroi::nps({.promoters = INT64_MAX, .detractors = INT64_MAX}));
  for (const Metric& result : results) {
    if (result.is_defined()) {
      CHECK(std::isfinite(result.value()));
    } else {
      CHECK_FALSE(result.reason().empty());
    }
  }
}

TEST_CASE("IRR finds the root beside a grid rate where the NPV is exactly zero (0.1 % and 0.5 %)",
          "[cash_flow][irr]") {
  // 1000 x^2 - 1994.02587462289 x + 994.0308447771138 with x = 1/(1+r) has the roots
  // x = 1/1.001 and 1/1.005 (their sum and product, by hand: 1.99402587462289 and
  // 0.9940308447771138): IRRs of 0.1 % and 0.5 %, and 0.5 % is a rate the grid samples, where
  // the NPV evaluates to exactly 0. The root closest to 0 is 0.1 %; it used to be skipped.
  const std::vector<double> flows = {994.0308447771138, -1994.02587462289, 1000};
  const std::vector<double> roots = crmroi::internal_rate_of_return_roots(flows);
  REQUIRE(roots.size() == 2);
  CHECK_THAT(roots[0], WithinRel(0.001, kSpreadsheet));
  CHECK_THAT(roots[1], WithinRel(0.005, kSpreadsheet));
  CHECK_THAT(irr(flows).value(), WithinRel(0.001, kSpreadsheet));
  // The same with the zero at the other end of the interval: roots 0.5 % and 0.9 %.
  // x = 1/1.005 and 1/1.009: 1000 x^2 - 1000 (1/1.005 + 1/1.009) x + 1000 / (1.005 x 1.009).
  const double a = 1.0 / 1.005;
  const double b = 1.0 / 1.009;
  const std::vector<double> after = {1000 * a * b, -1000 * (a + b), 1000};
  const std::vector<double> after_roots = crmroi::internal_rate_of_return_roots(after);
  REQUIRE(after_roots.size() == 2);
  CHECK_THAT(after_roots[0], WithinRel(0.005, 1e-7));
  CHECK_THAT(after_roots[1], WithinRel(0.009, 1e-7));
}

TEST_CASE("an annual IRR of 1e15 % or more is undefined with its reason",
          "[cash_flow][irr][undefined]") {
  // 1e-11 paid at month 0 and 4e14 back at month 1: a monthly rate of 4e25, annualised past 1e300.
  const Metric annual =
      crmroi::annual_internal_rate_of_return(std::vector<double>{-1e-11, 4e14}, 12);
  CHECK_FALSE(annual.is_defined());
  CHECK(annual.reason() == "too large to show (1e15 % or more): almost nothing is paid up front");
}
