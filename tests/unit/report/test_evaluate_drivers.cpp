// crmroi::test::evaluate_and_word() on driver scenarios (costs and benefits): the figures, each
// line's arithmetic and the assumptions. Expected values are worked by hand or computed
// independently (python3), with the spreadsheet formula that gives the same number.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "crmroi/report.hpp"
#include "crmroi/scenario_loader.hpp"
#include "report_test_scenarios.hpp"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using crmroi::adoption_factor;
using crmroi::InvestmentFigures;
using crmroi::Report;
using crmroi::Scenario;

namespace {

bool contains(const std::vector<std::string>& texts, const std::string& text) {
  return std::find(texts.begin(), texts.end(), text) != texts.end();
}

/// A one-year scenario with nothing in it yet.
Scenario one_year(const char* name) {
  Scenario scenario;
  scenario.name = name;
  scenario.currency = "RUB";
  scenario.horizon_months = 12;
  scenario.costs = crmroi::Costs{};
  scenario.benefits = crmroi::Benefits{};
  return scenario;
}

}  // namespace

TEST_CASE("dress e-shop: total cost 18,000, benefit 49,800, ROI 176.67 %, payback 0", "[drivers]") {
  const Report report = crmroi::test::evaluate_and_word(crmroi::test::dress_eshop());
  REQUIRE(report.investment.has_value());
  const crmroi::InvestmentReport& investment = *report.investment;
  const InvestmentFigures& figures = investment.figures;
  CHECK(report.name == "Dress e-shop on retailCRM");
  CHECK(report.currency == "RUB");
  CHECK(investment.horizon_months == 6);
  CHECK_FALSE(investment.risk_adjusted);
  CHECK_FALSE(investment.unadjusted.has_value());
  // =SUM(cost months 0..6) = 3000*6 ; =SUM(benefit) = (3800+4500)*6
  CHECK_THAT(figures.total_cost, WithinRel(18000.0, 1e-12));
  CHECK_THAT(figures.total_benefit, WithinRel(49800.0, 1e-12));
  CHECK_THAT(figures.net, WithinRel(31800.0, 1e-12));
  // =(49800-18000)/18000
  REQUIRE(figures.roi.is_defined());
  CHECK_THAT(figures.roi.value(), WithinRel((49800.0 - 18000.0) / 18000.0, 1e-12));
  CHECK(std::round(figures.roi.value() * 10000) / 100 == 176.67);
  // No discounting: PV ROI equals ROI, NPV equals net.
  CHECK_THAT(figures.pv_roi.value(), WithinRel(figures.roi.value(), 1e-12));
  CHECK_THAT(figures.npv, WithinRel(31800.0, 1e-12));
  REQUIRE(figures.payback_months.is_defined());
  CHECK(figures.payback_months.value() == 0.0);
  REQUIRE(figures.periods.size() == 7);
  CHECK(figures.periods[0].cost == 0.0);
  CHECK(figures.periods[0].benefit == 0.0);
  CHECK_THAT(figures.periods[1].benefit, WithinRel(8300.0, 1e-12));
  CHECK_THAT(figures.periods[6].cumulative, WithinRel(31800.0, 1e-12));
}

TEST_CASE("dress e-shop: each line's arithmetic and total", "[drivers][arithmetic]") {
  const crmroi::InvestmentReport investment =
      *crmroi::test::evaluate_and_word(crmroi::test::dress_eshop()).investment;
  REQUIRE(investment.cost_lines.size() == 1);
  CHECK(investment.cost_lines[0].name == "subscription, 10 per order");
  CHECK(investment.cost_lines[0].kind == "recurring");
  CHECK(investment.cost_lines[0].arithmetic == "3,000 a month, months 1\u20136 = 18,000");
  CHECK(investment.cost_lines[0].full_amount == 3000.0);
  CHECK_THAT(investment.cost_lines[0].total, WithinRel(18000.0, 1e-12));

  REQUIRE(investment.benefit_lines.size() == 2);
  const crmroi::LineBreakdown& time = investment.benefit_lines[0];
  CHECK(time.name == "order operator");
  CHECK(time.kind == "time_savings");
  // 1 x 40/60 h x 30 days x 190/h
  CHECK(time.arithmetic ==
        "1 person \u00d7 40 min/day \u00d7 30 days \u00d7 190/h = 3,800 a month");
  CHECK_THAT(time.full_amount, WithinRel(3800.0, 1e-12));
  CHECK_THAT(time.total, WithinRel(22800.0, 1e-12));

  const crmroi::LineBreakdown& orders = investment.benefit_lines[1];
  CHECK(orders.name == "order uplift");
  CHECK(orders.kind == "order_uplift");
  CHECK(orders.arithmetic ==
        "5 % of 300 orders = 15 extra orders a month \u00d7 300 profit per order = 4,500 a month");
  CHECK_THAT(orders.total, WithinRel(27000.0, 1e-12));
  CHECK_THAT(orders.total_unadjusted, WithinRel(27000.0, 1e-12));
}

TEST_CASE("dress e-shop: assumptions name the defaults it relied on", "[drivers][assumptions]") {
  const crmroi::InvestmentReport investment =
      *crmroi::test::evaluate_and_word(crmroi::test::dress_eshop()).investment;
  CHECK(contains(investment.assumptions,
                 "adoption: full benefit from month 1 (no implementation or ramp-up period)"));
  CHECK(contains(investment.assumptions,
                 "discount rate 0 % a year: present values equal the undiscounted totals"));
  CHECK(contains(investment.assumptions,
                 "realization: 100 % (default) for \"order operator\": every hour saved counts as "
                 "useful work (Nucleus Research suggests 50 % when unsure)"));
}

TEST_CASE("days_per_month 21 given in the file is not called a default, left out it is",
          "[drivers][assumptions]") {
  const auto with_days = [](std::string_view days) {
    return R"({"name": "days", "horizon_months": 12, "benefits": {"time_savings": [
        {"name": "managers", "hours_per_day": 1, "hourly_cost": 100)" +
           std::string(days) + "}]}}";
  };
  const auto assumptions = [](const std::string& text) {
    const crmroi::LoadResult loaded = crmroi::load_scenario(text);
    REQUIRE(loaded.scenario.has_value());
    return crmroi::test::evaluate_and_word(*loaded.scenario).investment->assumptions;
  };
  const std::string note = "days per month: 21 (default) for \"managers\"";
  CHECK(contains(assumptions(with_days("")), note));
  CHECK_FALSE(contains(assumptions(with_days(R"(, "days_per_month": 21)")), note));
  const auto given = assumptions(with_days(R"(, "days_per_month": 21)"));
  CHECK(std::none_of(given.begin(), given.end(),
                     [](const std::string& text) { return text.starts_with("days per month"); }));
}

TEST_CASE("days per month default and discount rate per month are stated as assumptions",
          "[drivers][assumptions]") {
  Scenario scenario = one_year("assumptions");
  scenario.discount_rate_percent = 10;
  scenario.adoption = {.implementation_months = 2, .ramp_months = 3};
  scenario.benefits->time_savings.push_back({.name = "managers",
                                             .people = 5,
                                             .unit = crmroi::TimeUnit::hours_per_day,
                                             .amount = 1,
                                             .hourly_cost = 100});
  const crmroi::InvestmentReport investment = *crmroi::test::evaluate_and_word(scenario).investment;
  CHECK(contains(investment.assumptions, "days per month: 21 (default) for \"managers\""));
  // (1.10)^(1/12)-1 = 0.797 %
  CHECK(contains(investment.assumptions, "discount rate 10 % a year = 0.797 % a month"));
  CHECK(contains(investment.assumptions,
                 "adoption: benefits start after 2 months of implementation and reach full over 3 "
                 "months (month 3 earns 1/3, full from month 5)"));
  REQUIRE(investment.benefit_lines.size() == 1);
  CHECK(investment.benefit_lines[0].arithmetic ==
        "5 people \u00d7 1 h/day \u00d7 21 days \u00d7 100/h = 10,500 a month");
}

TEST_CASE("NPV, IRR and payback of a monthly driver scenario agree with the spreadsheet",
          "[drivers][spreadsheet]") {
  // 24 months at 12 %/year; 250,000 set-up in month 0, 20,000 training in month 1, 4,000/month
  // subscription and 10 users x 300/month from month 1; benefits 6,000/month retired legacy system
  // plus 4 people x 3 h/week x 52/12 x 600/h x 80 % = 24,960/month, after 2 months of
  // implementation and a 3-month ramp.
  Scenario scenario;
  scenario.name = "monthly drivers";
  scenario.horizon_months = 24;
  scenario.discount_rate_percent = 12;
  scenario.costs = crmroi::Costs{
      .one_time = {{.name = "set-up", .amount = 250000, .month = 0},
                   {.name = "training", .amount = 20000, .month = 1}},
      .recurring = {
          {.name = "subscription", .basis = crmroi::RecurringBasis::monthly, .monthly = 4000},
          {.name = "seats",
           .basis = crmroi::RecurringBasis::per_user,
           .per_user = 300,
           .users = 10}}};
  scenario.benefits =
      crmroi::Benefits{.time_savings = {{.name = "sales reps",
                                         .people = 4,
                                         .unit = crmroi::TimeUnit::hours_per_week,
                                         .amount = 3,
                                         .hourly_cost = 600,
                                         .realization_percent = 80}},
                       .monthly = {{.name = "retired legacy system", .amount = 6000}}};
  scenario.adoption = {.implementation_months = 2, .ramp_months = 3};

  const InvestmentFigures figures = crmroi::test::evaluate_and_word(scenario).investment->figures;
  CHECK_THAT(figures.total_cost, WithinRel(438000.0, 1e-12));
  CHECK_THAT(figures.total_benefit, WithinRel(650160.0, 1e-12));
  // r = (1.12)^(1/12)-1 ;  =v0+NPV(r, v1:v24) on the net flows (python3, independent)
  CHECK_THAT(figures.npv, WithinRel(151239.9519878945, 1e-9));
  CHECK_THAT(figures.pv_cost, WithinRel(419424.5948210740, 1e-9));
  CHECK_THAT(figures.pv_benefit, WithinRel(570664.5468089684, 1e-9));
  // =(pv_benefit-pv_cost)/pv_cost
  CHECK_THAT(figures.pv_roi.value(), WithinRel(0.360589135342464, 1e-9));
  CHECK_THAT(figures.roi.value(), WithinRel(0.484383561643836, 1e-9));
  // =(1+IRR(v0:v24))^12-1
  REQUIRE(figures.irr_annual.is_defined());
  CHECK_THAT(figures.irr_annual.value(), WithinRel(0.658014054362711, 1e-9));
  // cumulative -18,200 at month 5, +43,200 at month 6... last crossing: month 14 -> 15
  REQUIRE(figures.payback_months.is_defined());
  CHECK_THAT(figures.payback_months.value(), WithinRel(15.1452420701169, 1e-9));
  REQUIRE(figures.discounted_payback_months.is_defined());
  CHECK_THAT(figures.discounted_payback_months.value(), WithinRel(16.3302159250438, 1e-9));
  CHECK_THAT(figures.periods[4].cumulative, WithinRel(-267040.0, 1e-12));
}

TEST_CASE("adoption factor: nothing during implementation, then a linear ramp to full",
          "[drivers][adoption]") {
  const crmroi::Adoption adoption{.implementation_months = 2, .ramp_months = 3};
  CHECK(adoption_factor(adoption, 0) == 0.0);
  CHECK(adoption_factor(adoption, 1) == 0.0);
  CHECK(adoption_factor(adoption, 2) == 0.0);
  CHECK_THAT(adoption_factor(adoption, 3), WithinRel(1.0 / 3.0, 1e-15));
  CHECK_THAT(adoption_factor(adoption, 4), WithinRel(2.0 / 3.0, 1e-15));
  CHECK(adoption_factor(adoption, 5) == 1.0);
  CHECK(adoption_factor(adoption, 30) == 1.0);
  CHECK(adoption_factor({.implementation_months = 2, .ramp_months = 0}, 3) == 1.0);
  CHECK(adoption_factor({.implementation_months = 0, .ramp_months = 0}, 0) == 0.0);
  CHECK(adoption_factor({.implementation_months = 0, .ramp_months = 0}, 1) == 1.0);
}

TEST_CASE("adoption ramp scales each month's benefit", "[drivers][adoption]") {
  Scenario scenario = one_year("ramp");
  scenario.adoption = {.implementation_months = 2, .ramp_months = 4};
  scenario.benefits->monthly.push_back({.name = "saving", .amount = 1000});
  const InvestmentFigures figures = crmroi::test::evaluate_and_word(scenario).investment->figures;
  CHECK(figures.periods[0].benefit == 0.0);
  CHECK(figures.periods[1].benefit == 0.0);
  CHECK(figures.periods[2].benefit == 0.0);
  CHECK_THAT(figures.periods[3].benefit, WithinRel(250.0, 1e-12));
  CHECK_THAT(figures.periods[4].benefit, WithinRel(500.0, 1e-12));
  CHECK_THAT(figures.periods[5].benefit, WithinRel(750.0, 1e-12));
  CHECK_THAT(figures.periods[6].benefit, WithinRel(1000.0, 1e-12));
  // 1000 x (0.25 + 0.5 + 0.75 + 7 full months)
  CHECK_THAT(figures.total_benefit, WithinRel(8500.0, 1e-12));
}

TEST_CASE("per-user and per-order costs, the uplift's extra orders following the ramp",
          "[drivers][costs]") {
  Scenario scenario = one_year("per user and per order");
  scenario.business = crmroi::Business{.orders_per_month = 300, .profit_per_order = 300};
  scenario.adoption = {.implementation_months = 2, .ramp_months = 4};
  scenario.costs->recurring = {
      {.name = "seats", .basis = crmroi::RecurringBasis::per_user, .per_user = 1500, .users = 12},
      {.name = "order fee", .basis = crmroi::RecurringBasis::per_order, .per_order = 10}};
  scenario.benefits->order_uplift = crmroi::OrderUplift{.percent = 5};

  const crmroi::InvestmentReport investment = *crmroi::test::evaluate_and_word(scenario).investment;
  REQUIRE(investment.cost_lines.size() == 2);
  CHECK(investment.cost_lines[0].arithmetic ==
        "12 users \u00d7 1,500 a month, months 1\u201312 = 216,000");
  CHECK_THAT(investment.cost_lines[0].total, WithinRel(216000.0, 1e-12));
  // 10 x (300 x 12 months + 15 extra x (0.25 + 0.5 + 0.75 + 7))
  CHECK(investment.cost_lines[1].arithmetic ==
        "10 per order \u00d7 up to 315 orders a month (300 + 15 extra as adoption ramps up), "
        "months 1\u201312 = 37,275");
  CHECK_THAT(investment.cost_lines[1].total, WithinRel(37275.0, 1e-12));
  CHECK(investment.cost_lines[1].full_amount == 3150.0);
  const InvestmentFigures& figures = investment.figures;
  CHECK_THAT(figures.periods[1].cost, WithinRel(18000.0 + 3000.0, 1e-12));
  // month 3: 18,000 + 10 x (300 + 15 x 0.25)
  CHECK_THAT(figures.periods[3].cost, WithinRel(21037.5, 1e-12));
  CHECK_THAT(figures.periods[12].cost, WithinRel(21150.0, 1e-12));
  CHECK_THAT(figures.total_cost, WithinRel(253275.0, 1e-12));
}

TEST_CASE("per-order fee at full adoption shows all orders of the month", "[drivers][costs]") {
  Scenario scenario = crmroi::test::dress_eshop();
  scenario.costs->recurring = {
      {.name = "SaaS Flexible", .basis = crmroi::RecurringBasis::per_order, .per_order = 10}};
  const crmroi::InvestmentReport investment = *crmroi::test::evaluate_and_word(scenario).investment;
  CHECK(investment.cost_lines[0].arithmetic ==
        "10 per order \u00d7 315 orders a month (300 + 15 extra), months 1\u20136 = 18,900");
  CHECK_THAT(investment.figures.total_cost, WithinRel(18900.0, 1e-12));
}

TEST_CASE("realization lowers a time saving", "[drivers][benefits]") {
  Scenario scenario = one_year("realization");
  scenario.benefits->time_savings.push_back({.name = "sales reps",
                                             .people = 3,
                                             .unit = crmroi::TimeUnit::hours_per_day,
                                             .amount = 2,
                                             .days_per_month = 20,
                                             .hourly_cost = 500,
                                             .realization_percent = 50});
  const crmroi::InvestmentReport investment = *crmroi::test::evaluate_and_word(scenario).investment;
  // 3 x 2 h x 20 days x 500/h x 50 %
  CHECK(investment.benefit_lines[0].arithmetic ==
        "3 people \u00d7 2 h/day \u00d7 20 days \u00d7 500/h \u00d7 50 % realised = 30,000 a "
        "month");
  CHECK_THAT(investment.figures.total_benefit, WithinRel(360000.0, 1e-12));
}

TEST_CASE("order uplift from orders a month and a margin on the average order",
          "[drivers][benefits]") {
  Scenario scenario = one_year("uplift");
  scenario.business = crmroi::Business{.average_order_value = 2000, .gross_margin_percent = 25};
  scenario.benefits->order_uplift = crmroi::OrderUplift{.orders_per_month = 40};
  const crmroi::InvestmentReport investment = *crmroi::test::evaluate_and_word(scenario).investment;
  // 40 x 2000 x 25 %
  CHECK(investment.benefit_lines[0].arithmetic ==
        "40 extra orders a month \u00d7 500 profit per order (2,000 \u00d7 25 % margin) = "
        "20,000 a month");
  CHECK_THAT(investment.figures.total_benefit, WithinRel(240000.0, 1e-12));
  CHECK(contains(investment.assumptions,
                 "profit per order: 2,000 average order \u00d7 25 % gross margin = 500"));
}

TEST_CASE("start_month and end_month bound a recurring cost, one-time costs fall in their month",
          "[drivers][costs]") {
  Scenario scenario = one_year("windows");
  scenario.costs->one_time = {{.name = "migration", .amount = 5000, .month = 3}};
  scenario.costs->recurring = {{.name = "pilot",
                                .basis = crmroi::RecurringBasis::monthly,
                                .monthly = 2000,
                                .start_month = 4,
                                .end_month = 9},
                               {.name = "late",
                                .basis = crmroi::RecurringBasis::monthly,
                                .monthly = 1000,
                                .start_month = 10,
                                .end_month = 20},
                               {.name = "never",
                                .basis = crmroi::RecurringBasis::monthly,
                                .monthly = 700,
                                .start_month = 13}};
  const crmroi::InvestmentReport investment = *crmroi::test::evaluate_and_word(scenario).investment;
  CHECK(investment.cost_lines[0].arithmetic == "5,000 once in month 3");
  CHECK(investment.cost_lines[1].arithmetic == "2,000 a month, months 4\u20139 = 12,000");
  // Months 10-20 on a 12-month horizon: months 13-20 are not counted, and the line says so.
  CHECK(investment.cost_lines[2].arithmetic ==
        "1,000 a month, months 10\u201312 = 3,000; months 13\u201320 are after the 12-month "
        "horizon: not counted");
  CHECK(investment.cost_lines[3].arithmetic ==
        "700 a month, from month 13: after the 12-month horizon, not counted");
  CHECK(investment.cost_lines[3].total == 0.0);
  const InvestmentFigures& figures = investment.figures;
  CHECK(figures.periods[3].cost == 5000.0);
  CHECK(figures.periods[4].cost == 2000.0);
  CHECK(figures.periods[9].cost == 2000.0);
  CHECK(figures.periods[10].cost == 1000.0);
  CHECK(figures.periods[12].cost == 1000.0);
  CHECK_THAT(figures.total_cost, WithinRel(20000.0, 1e-12));
}

TEST_CASE("risk raises costs and lowers benefits: the headline is adjusted, unadjusted kept",
          "[drivers][risk]") {
  Scenario scenario = one_year("risk");
  scenario.risk = crmroi::Risk{.costs_percent = 10, .benefits_percent = 20};
  scenario.costs->one_time = {{.name = "set-up", .amount = 100000}};
  scenario.costs->recurring = {{.name = "subscription",
                                .basis = crmroi::RecurringBasis::monthly,
                                .monthly = 5000,
                                .risk_percent = 0}};
  scenario.benefits->monthly = {{.name = "legacy system retired", .amount = 20000}};
  scenario.benefits->time_savings = {{.name = "finance",
                                      .unit = crmroi::TimeUnit::hours_per_month,
                                      .amount = 10,
                                      .hourly_cost = 100,
                                      .risk_percent = 50}};

  const crmroi::InvestmentReport investment = *crmroi::test::evaluate_and_word(scenario).investment;
  REQUIRE(investment.risk_adjusted);
  REQUIRE(investment.unadjusted.has_value());
  // adjusted: 100,000 x 1.1 + 5,000 x 12 ; 12 x (20,000 x 0.8 + 1,000 x 0.5)
  CHECK_THAT(investment.figures.total_cost, WithinRel(170000.0, 1e-12));
  CHECK_THAT(investment.figures.total_benefit, WithinRel(198000.0, 1e-12));
  CHECK_THAT(investment.figures.roi.value(), WithinRel(28000.0 / 170000.0, 1e-12));
  // unadjusted: 160,000 and 252,000
  CHECK_THAT(investment.unadjusted->total_cost, WithinRel(160000.0, 1e-12));
  CHECK_THAT(investment.unadjusted->total_benefit, WithinRel(252000.0, 1e-12));
  CHECK_THAT(investment.unadjusted->roi.value(), WithinRel(0.575, 1e-12));

  CHECK(investment.cost_lines[0].risk_percent == 10.0);
  CHECK(investment.cost_lines[0].arithmetic == "100,000 once in month 0, plus 10 % risk = 110,000");
  CHECK_THAT(investment.cost_lines[0].total, WithinRel(110000.0, 1e-12));
  CHECK(investment.cost_lines[0].total_unadjusted == 100000.0);
  CHECK(investment.cost_lines[1].risk_percent == 0.0);
  CHECK(investment.cost_lines[1].arithmetic == "5,000 a month, months 1\u201312 = 60,000");
  CHECK(investment.benefit_lines[0].arithmetic ==
        "1 person \u00d7 10 h/month \u00d7 100/h = 1,000 a month, less 50 % risk = 500 a month");
  CHECK(investment.benefit_lines[1].arithmetic ==
        "20,000 a month, less 20 % risk = 16,000 a month");
  CHECK_THAT(investment.benefit_lines[1].total, WithinRel(192000.0, 1e-12));
  CHECK_THAT(investment.benefit_lines[1].total_unadjusted, WithinRel(240000.0, 1e-12));
  CHECK(contains(investment.assumptions,
                 "risk: costs raised by 10 %, benefits lowered by 20 % unless a line sets its own "
                 "risk_percent"));
}

TEST_CASE("a line's own risk_percent alone makes the report risk-adjusted", "[drivers][risk]") {
  Scenario scenario = crmroi::test::dress_eshop();
  scenario.benefits->order_uplift->risk_percent = 50;
  const crmroi::InvestmentReport investment = *crmroi::test::evaluate_and_word(scenario).investment;
  REQUIRE(investment.risk_adjusted);
  // 3,800 x 6 + 4,500 x 50 % x 6
  CHECK_THAT(investment.figures.total_benefit, WithinRel(36300.0, 1e-12));
  CHECK_THAT(investment.unadjusted->total_benefit, WithinRel(49800.0, 1e-12));
}

TEST_CASE("no costs: ROI and PV ROI undefined \"no costs\", never inf or nan",
          "[drivers][undefined]") {
  Scenario scenario = one_year("benefits only");
  scenario.benefits->monthly = {{.name = "saving", .amount = 1000}};
  const InvestmentFigures figures = crmroi::test::evaluate_and_word(scenario).investment->figures;
  CHECK(figures.total_cost == 0.0);
  CHECK_FALSE(figures.roi.is_defined());
  CHECK(figures.roi.reason() == "no costs");
  CHECK_FALSE(figures.pv_roi.is_defined());
  CHECK(figures.pv_roi.reason() == "no costs");
  CHECK(figures.payback_months.value() == 0.0);
  CHECK_FALSE(figures.irr_annual.is_defined());
  CHECK(figures.irr_annual.reason() == "net cash flow never changes sign");
}

TEST_CASE("never paid back: payback undefined \"not paid back within the horizon\"",
          "[drivers][undefined]") {
  Scenario scenario = one_year("slow");
  scenario.costs->one_time = {{.name = "set-up", .amount = 100000}};
  scenario.benefits->monthly = {{.name = "saving", .amount = 1000}};
  const InvestmentFigures figures = crmroi::test::evaluate_and_word(scenario).investment->figures;
  CHECK_FALSE(figures.payback_months.is_defined());
  CHECK(figures.payback_months.reason() == "not paid back within the horizon");
  CHECK_FALSE(figures.discounted_payback_months.is_defined());
  CHECK(figures.discounted_payback_months.reason() == "not paid back within the horizon");
  // =(12000-100000)/100000
  CHECK_THAT(figures.roi.value(), WithinRel(-0.88, 1e-12));
}

TEST_CASE("costs only: IRR undefined because the net flow never changes sign",
          "[drivers][undefined]") {
  Scenario scenario = one_year("costs only");
  scenario.costs->recurring = {
      {.name = "subscription", .basis = crmroi::RecurringBasis::monthly, .monthly = 500}};
  const InvestmentFigures figures = crmroi::test::evaluate_and_word(scenario).investment->figures;
  CHECK_FALSE(figures.irr_annual.is_defined());
  CHECK(figures.irr_annual.reason() == "net cash flow never changes sign");
  CHECK_THAT(figures.roi.value(), WithinAbs(-1.0, 1e-12));
  CHECK_FALSE(figures.payback_months.is_defined());
}

TEST_CASE("amounts with cents keep the currency's two decimals in the arithmetic",
          "[drivers][arithmetic]") {
  Scenario scenario = one_year("cents");
  scenario.currency = "USD";
  scenario.costs->one_time = {{.name = "training", .amount = 3125, .risk_percent = 10}};
  scenario.benefits->time_savings = {{.name = "sales managers",
                                      .people = 20,
                                      .unit = crmroi::TimeUnit::hours_per_week,
                                      .amount = 2,
                                      .hourly_cost = 25,
                                      .realization_percent = 70}};
  const crmroi::InvestmentReport investment = *crmroi::test::evaluate_and_word(scenario).investment;
  // =3125*1.1
  CHECK(investment.cost_lines[0].arithmetic == "3,125 once in month 0, plus 10 % risk = 3,437.50");
  // =20*2*52/12*25*70%
  CHECK(
      investment.benefit_lines[0].arithmetic ==
      "20 people \u00d7 2 h/week \u00d7 52/12 weeks \u00d7 25/h \u00d7 70 % realised = 3,033.33 a "
      "month");
  CHECK(contains(investment.assumptions, "weeks per month: 52/12 = 4.333 for \"sales managers\""));
}

TEST_CASE("evaluate writes no sentences, and the words leave the figures untouched",
          "[drivers][assumptions]") {
  const Scenario scenario = crmroi::test::dress_eshop();
  const Report full = crmroi::test::evaluate_and_word(scenario);
  const Report lean = crmroi::evaluate(scenario);
  REQUIRE(full.investment);
  REQUIRE(lean.investment);
  CHECK(full.investment->assumptions.size() == 4);
  CHECK(lean.investment->assumptions.empty());
  CHECK(lean.investment->figures.total_benefit == 49800);  // the figures are untouched
  CHECK(lean.investment->figures.roi == full.investment->figures.roi);
  CHECK(lean.investment->figures.periods.size() == full.investment->figures.periods.size());
  REQUIRE(lean.investment->benefit_lines.size() == full.investment->benefit_lines.size());
  CHECK(lean.investment->benefit_lines[0].arithmetic.empty());
  CHECK(full.investment->benefit_lines[0].arithmetic ==
        "1 person \u00d7 40 min/day \u00d7 30 days \u00d7 190/h = 3,800 a month");
}
