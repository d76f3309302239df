// evaluate() on the analysis blocks: marketing channels, acquisition, unit economics, NPS, targets.
#include <catch2/catch.hpp>
#include <cmath>

#include "crmroi/report.hpp"
#include "report_test_scenarios.hpp"

using Catch::Matchers::WithinRel;
using crmroi::evaluate;
using crmroi::Report;
using crmroi::Scenario;

namespace {

Scenario analysis_only(const char* name) {
  Scenario scenario;
  scenario.name = name;
  return scenario;
}

double percent_2dp(double fraction) { return std::round(fraction * 10000) / 100; }

}  // namespace

TEST_CASE("ad channels: ROMI on revenue 248.92 %, 239.92 %, 25 %", "[analysis][marketing]") {
  Scenario scenario = analysis_only("ad channels");
  scenario.marketing_channels = {{.name = "Yandex.Direct", .spend = 2780, .revenue = 9700},
                                 {.name = "AdWords", .spend = 2530, .revenue = 8600},
                                 {.name = "newspaper", .spend = 4000, .revenue = 5000}};
  const Report report = evaluate(scenario);
  CHECK_FALSE(report.investment.has_value());
  REQUIRE(report.channels.size() == 3);
  CHECK(report.channels[0].name == "Yandex.Direct");
  // =(9700-2780)/2780
  CHECK_THAT(report.channels[0].romi.value(), WithinRel(2.4892086330935252, 1e-12));
  CHECK(percent_2dp(report.channels[0].romi.value()) == 248.92);
  CHECK(percent_2dp(report.channels[1].romi.value()) == 239.92);
  CHECK(percent_2dp(report.channels[2].romi.value()) == 25.0);
  CHECK(report.channels[0].marketing_roi.reason() == "no cost of goods or gross profit given");
  CHECK(report.channels[0].cac.reason() == "no new customers given");
  CHECK(report.channels[0].lead_close_rate.reason() == "no new customers given");
}

TEST_CASE("rubber ducks: marketing ROI on gross profit 260 %", "[analysis][marketing]") {
  Scenario scenario = analysis_only("rubber ducks");
  // revenue 15 x 800 x 2.50, cost of goods 15 x 800 x 1.00
  scenario.marketing_channels = {{.name = "blog",
                                  .spend = 5000,
                                  .revenue = 30000,
                                  .cost_of_goods = 12000,
                                  .new_customers = 15}};
  const crmroi::ChannelReport channel = evaluate(scenario).channels.at(0);
  // =((30000-12000)-5000)/5000
  CHECK_THAT(channel.marketing_roi.value(), WithinRel(2.6, 1e-12));
  // =(30000-5000)/5000
  CHECK_THAT(channel.romi.value(), WithinRel(5.0, 1e-12));
  // =5000/15
  CHECK_THAT(channel.cac.value(), WithinRel(5000.0 / 15.0, 1e-12));
  CHECK(channel.lead_close_rate.reason() == "no leads given");

  scenario.marketing_channels[0].cost_of_goods.reset();
  scenario.marketing_channels[0].gross_profit = 18000;
  scenario.marketing_channels[0].leads = 300;
  const crmroi::ChannelReport given = evaluate(scenario).channels.at(0);
  CHECK_THAT(given.marketing_roi.value(), WithinRel(2.6, 1e-12));
  // =15/300
  CHECK_THAT(given.lead_close_rate.value(), WithinRel(0.05, 1e-12));
}

TEST_CASE("acquisition: CAC 450,000 / 45 = 10,000, expense-to-revenue 0.15",
          "[analysis][acquisition]") {
  Scenario scenario = analysis_only("quarter");
  scenario.acquisition = crmroi::Acquisition{.sales_marketing_cost = 450000,
                                             .new_customers = 45,
                                             .marketing_expense = 210000,
                                             .revenue = 1400000};
  const crmroi::AcquisitionReport acquisition = *evaluate(scenario).acquisition;
  CHECK_THAT(acquisition.cac.value(), WithinRel(10000.0, 1e-12));
  // =210000/1400000
  CHECK_THAT(acquisition.marketing_expense_to_revenue.value(), WithinRel(0.15, 1e-12));
  CHECK(acquisition.lead_close_rate.reason() == "no leads given");

  scenario.acquisition =
      crmroi::Acquisition{.sales_marketing_cost = 1000, .new_customers = 25, .leads = 3000};
  const crmroi::AcquisitionReport leads = *evaluate(scenario).acquisition;
  // =25/3000 = 0.83 %
  CHECK_THAT(leads.lead_close_rate.value(), WithinRel(25.0 / 3000.0, 1e-12));
  CHECK(leads.marketing_expense_to_revenue.reason() == "no marketing expense given");
}

TEST_CASE("unit economics: CAC payback 15.38 months, LTV 32,500, LTV:CAC 3.25",
          "[analysis][unit_economics]") {
  Scenario scenario = analysis_only("subscription");
  scenario.unit_economics = crmroi::UnitEconomics{.monthly_revenue_per_customer = 1200,
                                                  .monthly_cost_per_customer = 550,
                                                  .cac = 10000,
                                                  .monthly_churn_percent = 2};
  const crmroi::UnitEconomicsReport unit = *evaluate(scenario).unit_economics;
  CHECK(unit.monthly_margin == 650.0);
  CHECK(unit.cac.value() == 10000.0);
  // =10000/(1200-550)
  CHECK_THAT(unit.cac_payback_months.value(), WithinRel(15.384615384615385, 1e-12));
  // =650/2%
  CHECK_THAT(unit.ltv.value(), WithinRel(32500.0, 1e-12));
  // no discount rate: =650/(1+0-0.98)
  CHECK_THAT(unit.ltv_discounted.value(), WithinRel(32500.0, 1e-9));
  CHECK_THAT(unit.ltv_to_cac.value(), WithinRel(3.25, 1e-12));
}

TEST_CASE("unit economics: discounted LTV at the scenario's monthly rate",
          "[analysis][unit_economics]") {
  Scenario scenario = analysis_only("subscription at 10 %");
  scenario.discount_rate_percent = 10;
  scenario.unit_economics = crmroi::UnitEconomics{.monthly_revenue_per_customer = 1200,
                                                  .monthly_cost_per_customer = 550,
                                                  .cac = 10000,
                                                  .monthly_churn_percent = 2};
  const crmroi::UnitEconomicsReport unit = *evaluate(scenario).unit_economics;
  // d = 1.1^(1/12)-1 ; =650/(1+d-0.98)
  CHECK_THAT(unit.ltv_discounted.value(), WithinRel(23235.745228775613, 1e-9));
  CHECK_THAT(unit.ltv.value(), WithinRel(32500.0, 1e-12));
}

TEST_CASE("unit economics: CAC from the acquisition block, else undefined \"no CAC given\"",
          "[analysis][unit_economics]") {
  Scenario scenario = analysis_only("cac sources");
  scenario.unit_economics = crmroi::UnitEconomics{.monthly_revenue_per_customer = 1200,
                                                  .monthly_cost_per_customer = 550,
                                                  .monthly_churn_percent = 2};
  const crmroi::UnitEconomicsReport without = *evaluate(scenario).unit_economics;
  CHECK(without.cac.reason() == "no CAC given");
  CHECK(without.cac_payback_months.reason() == "no CAC given");
  CHECK_FALSE(without.ltv_to_cac.is_defined());
  CHECK(without.ltv.value() == 32500.0);

  scenario.acquisition = crmroi::Acquisition{.sales_marketing_cost = 450000, .new_customers = 45};
  const crmroi::UnitEconomicsReport with = *evaluate(scenario).unit_economics;
  CHECK_THAT(with.cac.value(), WithinRel(10000.0, 1e-12));
  CHECK_THAT(with.cac_payback_months.value(), WithinRel(10000.0 / 650.0, 1e-12));
}

TEST_CASE("NPS from raw scores and from counts", "[analysis][nps]") {
  Scenario scenario = analysis_only("survey");
  scenario.nps = crmroi::NpsSurvey{.scores = std::vector<int>{10, 9, 9, 8, 7, 6, 3, 10}};
  const crmroi::NpsReport from_scores = *evaluate(scenario).nps;
  CHECK(from_scores.promoters == 4);
  CHECK(from_scores.passives == 2);
  CHECK(from_scores.detractors == 2);
  // (4 - 2) / 8 x 100
  CHECK_THAT(from_scores.nps.value(), WithinRel(25.0, 1e-12));

  scenario.nps = crmroi::NpsSurvey{.promoters = 50, .passives = 30, .detractors = 20};
  CHECK_THAT(evaluate(scenario).nps->nps.value(), WithinRel(30.0, 1e-12));
}

TEST_CASE("targets are copied into the report", "[analysis][targets]") {
  const Report report = evaluate(crmroi::test::dress_eshop());
  REQUIRE(report.targets.has_value());
  CHECK(report.targets->min_roi_percent == 100.0);
  CHECK(report.targets->max_payback_months == 12.0);
  CHECK_FALSE(report.targets->min_npv.has_value());
}
