// sensitivity and goal_seek (crmroi/decision.hpp) against independent arithmetic: the swings of a
// scenario linear in its inputs worked out by hand, goal seek results put back into the file, the
// break-even of the README's example against a plain bisection written here.
#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include "crmroi/decision.hpp"
#include "crmroi/range_distribution.hpp"
#include "crmroi/report.hpp"
#include "crmroi/scenario_inputs.hpp"
#include "crmroi/scenario_loader.hpp"

using namespace crmroi;

namespace {

Scenario scenario_from(const std::string& text) {
  LoadResult result = load_scenario(text);
  REQUIRE(result.problems.empty());
  return std::move(*result.scenario);
}

Scenario example_scenario(const std::string& name) {
  std::ifstream file(std::string(CRMROI_SOURCE_DIR) + "/examples/" + name);
  std::stringstream text;
  text << file.rdbuf();
  return scenario_from(text.str());
}

/// 12 months at 0 % a year: one-time cost C at the start, a monthly benefit B from month 1, so
/// NPV = net = 12 B − C, linear in both.
const char* kLinear = R"({"name": "linear", "horizon_months": 12,
  "costs": {"one_time": [{"name": "work", "amount": {"low": 40000, "likely": 45000, "high": 60000}}]},
  "benefits": {"monthly": [{"name": "saving", "amount":
    {"low": 3000, "likely": 4500, "high": 5000, "distribution": "triangular"}}]}})";

/// The metric `key` of `scenario` with the input at `pointer` set to `value` (with_input, then
/// evaluate_numbers), in the unit people write targets in (percentage points for percents).
double metric_with(const Scenario& scenario, const std::string& pointer, double value,
                   std::string_view key) {
  const WithInputResult changed = with_input(scenario, pointer, value);
  REQUIRE(changed.scenario);
  PeriodFlows workspace;
  const std::optional<HeadlineFigures> headline = evaluate_numbers(*changed.scenario, workspace);
  REQUIRE(headline);
  InvestmentFigures figures;
  static_cast<HeadlineFigures&>(figures) = *headline;
  const auto* figure = decision_metric(key);
  const Metric metric = figure->value(figures);
  REQUIRE(metric.is_defined());
  return figure->quantity == Quantity::percent ? metric.value() * 100 : metric.value();
}

bool within_target(double value, double target) {
  const double gap = std::fabs(value - target);
  return gap <= 1e-6 || gap <= 1e-9 * std::fabs(target);
}

}  // namespace

TEST_CASE("the tornado of a scenario linear in its inputs has the swings worked out by hand",
          "[decision]") {
  const Scenario scenario = scenario_from(kLinear);
  SECTION("extremes: each input at its low and high") {
    const Sensitivity tornado =
        sensitivity(scenario, {.metric = "npv", .mode = SensitivityMode::extremes});
    // Base: 12 × 4,500 − 45,000 = 9,000. Benefit 3,000..5,000: NPV −9,000..15,000, swing 24,000.
    // Cost 40,000..60,000: NPV 14,000..−6,000, swing 20,000. Shares: 24² / (24² + 20²) = 0.5902.
    CHECK(tornado.base.value() == Approx(9000).margin(1e-6));
    REQUIRE(tornado.rows.size() == 2);
    CHECK(tornado.rows[0].pointer == "/benefits/monthly/0/amount");
    CHECK(tornado.rows[0].metric_low.value() == Approx(-9000).margin(1e-6));
    CHECK(tornado.rows[0].metric_high.value() == Approx(15000).margin(1e-6));
    CHECK(tornado.rows[0].swing.value() == Approx(24000).margin(1e-6));
    CHECK(*tornado.rows[0].cumulative_share == Approx(576.0 / 976.0).epsilon(1e-12));
    CHECK(tornado.rows[1].pointer == "/costs/one_time/0/amount");
    CHECK(tornado.rows[1].metric_low.value() == Approx(14000).margin(1e-6));
    CHECK(tornado.rows[1].metric_high.value() == Approx(-6000).margin(1e-6));
    CHECK(tornado.rows[1].swing.value() == Approx(20000).margin(1e-6));
    CHECK(*tornado.rows[1].cumulative_share == 1.0);
  }
  SECTION("percentiles: each input at its P10 and P90, the NPV moving 12 (or −1) times as much") {
    const Sensitivity tornado = sensitivity(scenario, {.metric = "npv"});
    const Range benefit{3000, 4500, 5000, Distribution::triangular};
    const Range cost{40000, 45000, 60000, Distribution::pert};
    const double benefit_swing = 12 * (range_quantile(benefit, 0.9) - range_quantile(benefit, 0.1));
    const double cost_swing = range_quantile(cost, 0.9) - range_quantile(cost, 0.1);
    REQUIRE(tornado.rows.size() == 2);
    const SensitivityRow& first = tornado.rows[0];
    const SensitivityRow& second = tornado.rows[1];
    CHECK(first.swing.value() == Approx(std::max(benefit_swing, cost_swing)).epsilon(1e-12));
    CHECK(second.swing.value() == Approx(std::min(benefit_swing, cost_swing)).epsilon(1e-12));
  }
  SECTION("swing: every input ±20 %, the swing 0.4 × its value × its slope") {
    const Sensitivity tornado =
        sensitivity(scenario, {.metric = "net", .mode = SensitivityMode::swing});
    // Benefit 4,500 ± 900: net moves 12 × 1,800 = 21,600; cost 45,000 ± 9,000: 18,000. The
    // discount rate, the cost's month and the adoption's months (all 0 by default) cannot move.
    REQUIRE(tornado.rows.size() == 2);
    CHECK(tornado.rows[0].input_low == 3600);
    CHECK(tornado.rows[0].input_high == 5400);
    CHECK(tornado.rows[0].swing.value() == Approx(21600).margin(1e-6));
    CHECK(tornado.rows[1].swing.value() == Approx(18000).margin(1e-6));
    CHECK(tornado.unmoved ==
          std::vector<std::string>{"/discount_rate_percent", "/costs/one_time/0/month",
                                   "/adoption/implementation_months", "/adoption/ramp_months"});
  }
}

TEST_CASE("a tornado row whose metric is undefined at one end has no swing", "[decision]") {
  // Payback of 12 B − C: 45,000 / 4,500 = 10 months at the base. A cost of 60,000 (12 × 4,500 =
  // 54,000 < 60,000) and a benefit of 3,000 (36,000 < 45,000) never pay back in 12 months.
  const Scenario scenario = scenario_from(kLinear);
  const Sensitivity tornado =
      sensitivity(scenario, {.metric = "payback_months", .mode = SensitivityMode::extremes});
  CHECK(tornado.base.value() == Approx(10).margin(1e-9));
  REQUIRE(tornado.rows.size() == 2);
  // Both rows lack a swing: they keep the file's order, with no cumulative share.
  CHECK(tornado.rows[0].pointer == "/costs/one_time/0/amount");
  CHECK(tornado.rows[0].metric_low.value() == Approx(40000.0 / 4500).epsilon(1e-12));
  CHECK_FALSE(tornado.rows[0].metric_high.is_defined());
  CHECK_FALSE(tornado.rows[0].swing.is_defined());
  CHECK_FALSE(tornado.rows[0].cumulative_share);
  CHECK(tornado.rows[1].pointer == "/benefits/monthly/0/amount");
  CHECK_FALSE(tornado.rows[1].metric_low.is_defined());
  CHECK_FALSE(tornado.rows[1].cumulative_share);
}

TEST_CASE("goal seek results put back into the file give the target to 1e-9 relative",
          "[decision]") {
  const Scenario scenario = example_scenario("bitrix24-seed-ranges.json");
  struct Goal {
    const char* pointer;
    const char* metric;
    double target;
  };
  const Goal goals[] = {
      {"/costs/recurring/0/monthly", "npv", 0},
      {"/costs/one_time/1/amount", "npv", 500000},
      {"/benefits/order_uplift/percent", "roi_percent", 100},
      {"/discount_rate_percent", "npv", 0},
      {"/benefits/monthly/0/amount", "pv_roi_percent", 90},
      {"/business/average_order_value", "payback_months", 18},
      {"/costs/recurring/1/monthly", "irr_annual_percent", 100},
      {"/benefits/time_savings/0/minutes_per_day", "net", 3000000},
  };
  for (const Goal& goal : goals) {
    INFO(goal.pointer << " " << goal.metric << "=" << goal.target);
    const GoalSeekResult result = goal_seek(
        scenario, {.pointer = goal.pointer, .metric = goal.metric, .target = goal.target});
    REQUIRE(result.seek);
    REQUIRE(result.seek->solved);
    const double reached = metric_with(scenario, goal.pointer, *result.seek->value, goal.metric);
    CHECK(within_target(reached, goal.target));
  }
}

TEST_CASE("the break-even of the README's example matches a plain bisection", "[decision]") {
  const Scenario scenario = example_scenario("bitrix24-seed-ranges.json");
  const std::string pointer = "/costs/recurring/0/monthly";
  const GoalSeekResult result = goal_seek(scenario, {.pointer = pointer});
  REQUIRE(result.seek);
  REQUIRE(result.seek->solved);
  // NPV falls as the support contract grows: bisect [0, 1,000,000] where NPV(0) > 0 > NPV(1e6).
  double low = 0;
  double high = 1e6;
  REQUIRE(metric_with(scenario, pointer, low, "npv") > 0);
  REQUIRE(metric_with(scenario, pointer, high, "npv") < 0);
  for (int step = 0; step < 200 && high - low > 1e-9; ++step) {
    const double middle = (low + high) / 2;
    (metric_with(scenario, pointer, middle, "npv") > 0 ? low : high) = middle;
  }
  CHECK(*result.seek->value == Approx((low + high) / 2).epsilon(1e-10));
  CHECK(result.seek->better == BetterSide::below);
  CHECK(result.seek->current_value == 25000);
  CHECK(result.seek->other_solutions.empty());
}

TEST_CASE("goal seek without a solution says which way the metric stays", "[decision]") {
  const Scenario scenario = example_scenario("bitrix24-seed-ranges.json");
  const GoalSeekResult result = goal_seek(scenario, {.pointer = "/benefits/order_uplift/percent"});
  REQUIRE(result.seek);
  CHECK_FALSE(result.seek->solved);
  CHECK_FALSE(result.seek->value);
  CHECK(result.seek->no_solution == NoSolution::always_above);
  // The ceiling of an unbounded key: the larger of 1,000 and 100 × the file's 15.
  CHECK(result.seek->search_low == 0);
  CHECK(result.seek->search_high == 1500);
}

TEST_CASE("goal seek on a whole-number key gives the nearest whole value meeting the target",
          "[decision]") {
  const Scenario scenario = example_scenario("bitrix24-seed-ranges.json");
  const GoalSeekResult result = goal_seek(
      scenario,
      {.pointer = "/adoption/implementation_months", .metric = "payback_months", .target = 18});
  REQUIRE(result.seek);
  REQUIRE(result.seek->solved);
  const double months = *result.seek->value;
  CHECK(months == std::round(months));
  // The value meets the target and one month more does not.
  CHECK(metric_with(scenario, "/adoption/implementation_months", months, "payback_months") <= 18);
  CHECK(metric_with(scenario, "/adoption/implementation_months", months + 1, "payback_months") >
        18);
  CHECK(result.seek->better == BetterSide::below);
}

TEST_CASE("goal seek with a pointer that names no input lists the nearest", "[decision]") {
  const Scenario scenario = example_scenario("bitrix24-seed-ranges.json");
  const GoalSeekResult result = goal_seek(scenario, {.pointer = "/benefits/order_uplif/percent"});
  CHECK_FALSE(result.seek);
  CHECK(result.error ==
        "no numeric input at \"/benefits/order_uplif/percent\"; nearest: "
        "/benefits/order_uplift/percent, /business/gross_margin_percent, "
        "/benefits/monthly/0/amount");
}

TEST_CASE("decision_metric_names lists decision_metric_keys", "[decision]") {
  std::string joined;
  for (const std::string_view key : decision_metric_keys) {
    if (!joined.empty()) joined += ", ";
    joined += key;
    CHECK(decision_metric(key) != nullptr);
  }
  CHECK(joined == decision_metric_names);
  CHECK(decision_metric("tco") == nullptr);
}

TEST_CASE("goal seek with two solutions reports the one nearest the file's value", "[decision]") {
  // Yearly flows −100, +230, −132: NPV = −100 + 230/(1+r) − 132/(1+r)² is zero where 1 + r is
  // 1.1 or 1.2 (100 x² − 230 x + 132 = 0 with x = 1 + r), so at 10 % and at 20 % a year.
  const Scenario scenario = scenario_from(R"({"name": "two roots", "discount_rate_percent": 16,
    "cash_flows": {"period": "year", "costs": [100, 0, 132], "benefits": [0, 230, 0]}})");
  const GoalSeekResult result = goal_seek(scenario, {.pointer = "/discount_rate_percent"});
  REQUIRE(result.seek);
  REQUIRE(result.seek->solved);
  CHECK(*result.seek->value == Approx(20).epsilon(1e-12));
  REQUIRE(result.seek->other_solutions.size() == 1);
  CHECK(result.seek->other_solutions[0] == Approx(10).epsilon(1e-12));
  // Between the roots NPV is positive: above 20 % it falls below zero.
  CHECK(result.seek->better == BetterSide::below);
}
