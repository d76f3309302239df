// Scenario loading, the good path: the README example and every block of the format arrive as the
// typed values of include/crmroi/scenario.hpp, with the defaults of docs/scenario-format.md.
#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "scenario_test_support.hpp"

using namespace crmroi;
using namespace crmroi::test;

TEST_CASE("the README's scenario example loads into the expected typed values",
          "[scenario][values]") {
  const Scenario s = scenario_of(kSpecExample);
  CHECK(s.name == "Dress e-shop on retailCRM");
  CHECK(s.currency == "RUB");
  CHECK(s.horizon_months == 6);
  CHECK(s.discount_rate_percent == 0);
  REQUIRE(s.business);
  CHECK(s.business->orders_per_month == 300);
  CHECK(s.business->profit_per_order == 300);
  CHECK_FALSE(s.business->average_order_value);
  REQUIRE(s.costs);
  CHECK(s.costs->one_time.empty());
  REQUIRE(s.costs->recurring.size() == 1);
  const RecurringCost& subscription = s.costs->recurring[0];
  CHECK(subscription.name == "subscription, 10 per order");
  CHECK(subscription.basis == RecurringBasis::monthly);
  CHECK(subscription.monthly == 3000);
  CHECK(subscription.start_month == 1);
  CHECK(subscription.end_month == 6);
  CHECK_FALSE(subscription.risk_percent);
  REQUIRE(s.benefits);
  REQUIRE(s.benefits->time_savings.size() == 1);
  const TimeSaving& operator_time = s.benefits->time_savings[0];
  CHECK(operator_time.name == "order operator");
  CHECK(operator_time.people == 1);
  CHECK(operator_time.unit == TimeUnit::minutes_per_day);
  CHECK(operator_time.amount == 40);
  CHECK(operator_time.days_per_month == 30);
  CHECK(operator_time.hourly_cost == 190);
  CHECK(operator_time.realization_percent == 100);
  REQUIRE(s.benefits->order_uplift);
  CHECK(s.benefits->order_uplift->percent == 5);
  CHECK_FALSE(s.benefits->order_uplift->orders_per_month);
  CHECK(s.benefits->monthly.empty());
  CHECK(s.adoption.implementation_months == 0);
  CHECK(s.adoption.ramp_months == 0);
  CHECK_FALSE(s.risk);
  CHECK_FALSE(s.cash_flows);
  REQUIRE(s.targets);
  CHECK(s.targets->min_roi_percent == 100);
  CHECK(s.targets->max_payback_months == 12);
  CHECK_FALSE(s.targets->min_npv);
  CHECK(s.marketing_channels.empty());
  CHECK_FALSE(s.acquisition);
  CHECK_FALSE(s.unit_economics);
  CHECK_FALSE(s.nps);
  CHECK(s.has_investment_case());
}

TEST_CASE("omitted keys take the defaults of docs/scenario-format.md", "[scenario][values]") {
  const Scenario s = scenario_of(R"({
    "name": "defaults", "horizon_months": 12,
    "costs": {"one_time": [{"name": "setup", "amount": 100}],
              "recurring": [{"name": "hosting", "monthly": 20}]},
    "benefits": {"time_savings": [{"hours_per_day": 1, "hourly_cost": 10}]}})");
  CHECK(s.currency == "USD");
  CHECK(s.discount_rate_percent == 0);
  CHECK(s.costs->one_time[0].month == 0);
  CHECK(s.costs->recurring[0].start_month == 1);
  CHECK(s.costs->recurring[0].end_month == 12);
  const TimeSaving& saving = s.benefits->time_savings[0];
  CHECK(saving.name == "time saving 1");
  CHECK(saving.people == 1);
  CHECK(saving.unit == TimeUnit::hours_per_day);
  CHECK(saving.days_per_month == 21);
  CHECK(saving.realization_percent == 100);
  CHECK_FALSE(saving.risk_percent);
  CHECK(s.adoption.implementation_months == 0);
  CHECK(s.adoption.ramp_months == 0);
  CHECK_FALSE(s.risk);
  CHECK_FALSE(s.targets);
  CHECK_FALSE(s.business);
}

TEST_CASE("cost lines: one-time month, the three recurring bases, months and risk",
          "[scenario][values]") {
  const Scenario s = scenario_of(R"({
    "name": "costs", "horizon_months": 24,
    "business": {"orders_per_month": 250.5, "average_order_value": 40, "gross_margin_percent": 30},
    "costs": {
      "one_time": [{"name": "migration", "amount": 12000.5, "month": 2, "risk_percent": 20}],
      "recurring": [{"name": "hosting", "monthly": 300, "start_month": 0, "end_month": 24},
                    {"name": "seats", "per_user": 20, "users": 15, "start_month": 3, "risk_percent": 5},
                    {"name": "order fee", "per_order": 0.1, "end_month": 18}]}})");
  const auto& one_time = s.costs->one_time.at(0);
  CHECK(one_time.amount == 12000.5);
  CHECK(one_time.month == 2);
  CHECK(one_time.risk_percent == 20);
  const auto& hosting = s.costs->recurring.at(0);
  CHECK(hosting.basis == RecurringBasis::monthly);
  CHECK(hosting.start_month == 0);
  CHECK(hosting.end_month == 24);
  const auto& seats = s.costs->recurring.at(1);
  CHECK(seats.basis == RecurringBasis::per_user);
  CHECK(seats.per_user == 20);
  CHECK(seats.users == 15);
  CHECK(seats.start_month == 3);
  CHECK(seats.end_month == 24);
  CHECK(seats.risk_percent == 5);
  const auto& fee = s.costs->recurring.at(2);
  CHECK(fee.basis == RecurringBasis::per_order);
  CHECK(fee.per_order == 0.1);
  CHECK(fee.end_month == 18);
  CHECK(s.business->orders_per_month == 250.5);
  CHECK(s.business->average_order_value == 40);
  CHECK(s.business->gross_margin_percent == 30);
  CHECK_FALSE(s.business->profit_per_order);
}

TEST_CASE("benefit lines: every time unit, realization, uplift in orders, monthly benefits",
          "[scenario][values]") {
  const Scenario s = scenario_of(R"({
    "name": "benefits", "horizon_months": 12,
    "business": {"profit_per_order": 50},
    "benefits": {
      "time_savings": [
        {"name": "a", "people": 2.5, "minutes_per_day": 30, "days_per_month": 22, "hourly_cost": 25,
         "realization_percent": 70, "risk_percent": 10},
        {"name": "b", "hours_per_day": 0.5, "hourly_cost": 15},
        {"name": "c", "hours_per_week": 3, "hourly_cost": 40},
        {"hours_per_month": 6, "hourly_cost": 60}],
      "order_uplift": {"orders_per_month": 40, "risk_percent": 15},
      "monthly": [{"name": "retired legacy system", "amount": 800, "risk_percent": 0}]},
    "adoption": {"implementation_months": 2, "ramp_months": 4},
    "risk": {"costs_percent": 10, "benefits_percent": 20}})");
  const auto& savings = s.benefits->time_savings;
  REQUIRE(savings.size() == 4);
  CHECK(savings[0].people == 2.5);
  CHECK(savings[0].days_per_month == 22);
  CHECK(savings[0].realization_percent == 70);
  CHECK(savings[0].risk_percent == 10);
  CHECK(savings[1].unit == TimeUnit::hours_per_day);
  CHECK(savings[1].amount == 0.5);
  CHECK(savings[2].unit == TimeUnit::hours_per_week);
  CHECK(savings[2].amount == 3);
  CHECK(savings[3].unit == TimeUnit::hours_per_month);
  CHECK(savings[3].amount == 6);
  CHECK(savings[3].name == "time saving 4");
  CHECK(s.benefits->order_uplift->orders_per_month == 40);
  CHECK_FALSE(s.benefits->order_uplift->percent);
  CHECK(s.benefits->order_uplift->risk_percent == 15);
  REQUIRE(s.benefits->monthly.size() == 1);
  CHECK(s.benefits->monthly[0].name == "retired legacy system");
  CHECK(s.benefits->monthly[0].amount == 800);
  CHECK(s.benefits->monthly[0].risk_percent == 0);
  CHECK(s.adoption.implementation_months == 2);
  CHECK(s.adoption.ramp_months == 4);
  REQUIRE(s.risk);
  CHECK(s.risk->costs_percent == 10);
  CHECK(s.risk->benefits_percent == 20);
}

TEST_CASE("explicit cash flows: period, arrays and the derived horizon", "[scenario][values]") {
  SECTION("yearly: 3 periods are 36 months") {
    const Scenario s = scenario_of(R"({"name": "TEI", "discount_rate_percent": 10,
      "cash_flows": {"period": "year", "costs": [10000, 5000, 5000, 5000],
                     "benefits": [0, 15000, 15000, 15000]}})");
    REQUIRE(s.cash_flows);
    CHECK(s.cash_flows->period == Period::year);
    CHECK(s.cash_flows->costs == std::vector<double>{10000, 5000, 5000, 5000});
    CHECK(s.cash_flows->benefits == std::vector<double>{0, 15000, 15000, 15000});
    CHECK(s.horizon_months == 36);
    CHECK(s.discount_rate_percent == 10);
    CHECK(s.has_investment_case());
  }
  SECTION("quarterly, with a horizon that agrees") {
    const Scenario s = scenario_of(R"({"name": "Q", "horizon_months": 6,
      "cash_flows": {"period": "quarter", "costs": [1, 2, 3], "benefits": [0, 4, 5]}})");
    CHECK(s.cash_flows->period == Period::quarter);
    CHECK(s.horizon_months == 6);
  }
  SECTION("monthly") {
    const Scenario s = scenario_of(
        R"({"name": "M", "cash_flows": {"period": "month", "costs": [1, 2], "benefits": [0, 4]}})");
    CHECK(s.cash_flows->period == Period::month);
    CHECK(s.horizon_months == 1);
  }
}

TEST_CASE("analysis blocks: marketing channels, acquisition, unit economics, NPS",
          "[scenario][values]") {
  const Scenario s = scenario_of(R"({
    "name": "analysis", "currency": "RUB",
    "marketing": {"channels": [
      {"name": "Direct", "spend": 2780, "revenue": 9700, "leads": 120, "new_customers": 12},
      {"name": "ducks", "spend": 5000, "revenue": 30000, "gross_profit": 18000},
      {"name": "newspaper", "spend": 4000, "revenue": 5000, "cost_of_goods": 2000}]},
    "acquisition": {"sales_marketing_cost": 450000, "new_customers": 45, "marketing_expense": 210000,
                    "revenue": 1400000, "leads": 3000},
    "unit_economics": {"monthly_revenue_per_customer": 1200, "monthly_cost_per_customer": 550,
                       "cac": 10000, "upfront_payment": 500, "monthly_churn_percent": 2},
    "nps": {"promoters": 60, "passives": 25, "detractors": 15}})");
  REQUIRE(s.marketing_channels.size() == 3);
  CHECK(s.marketing_channels[0].name == "Direct");
  CHECK(s.marketing_channels[0].spend == 2780);
  CHECK(s.marketing_channels[0].revenue == 9700);
  CHECK(s.marketing_channels[0].leads == 120);
  CHECK(s.marketing_channels[0].new_customers == 12);
  CHECK(s.marketing_channels[1].gross_profit == 18000);
  CHECK_FALSE(s.marketing_channels[1].cost_of_goods);
  CHECK(s.marketing_channels[2].cost_of_goods == 2000);
  REQUIRE(s.acquisition);
  CHECK(s.acquisition->sales_marketing_cost == 450000);
  CHECK(s.acquisition->new_customers == 45);
  CHECK(s.acquisition->marketing_expense == 210000);
  CHECK(s.acquisition->revenue == 1400000);
  CHECK(s.acquisition->leads == 3000);
  REQUIRE(s.unit_economics);
  CHECK(s.unit_economics->monthly_revenue_per_customer == 1200);
  CHECK(s.unit_economics->monthly_cost_per_customer == 550);
  CHECK(s.unit_economics->cac == 10000);
  CHECK(s.unit_economics->upfront_payment == 500);
  CHECK(s.unit_economics->monthly_churn_percent == 2);
  CHECK_FALSE(s.unit_economics->lifetime_months);
  REQUIRE(s.nps);
  CHECK(s.nps->promoters == 60);
  CHECK(s.nps->passives == 25);
  CHECK(s.nps->detractors == 15);
  CHECK_FALSE(s.nps->scores);
  CHECK_FALSE(s.horizon_months);
  CHECK_FALSE(s.has_investment_case());
}

TEST_CASE("NPS from raw scores, and unit economics with a lifetime", "[scenario][values]") {
  const Scenario s = scenario_of(R"({"name": "scores", "nps": {"scores": [10, 9, 8, 7, 6, 0]},
    "unit_economics": {"monthly_revenue_per_customer": 100, "monthly_cost_per_customer": 40,
                       "lifetime_months": 30.5}})");
  REQUIRE(s.nps->scores);
  CHECK(*s.nps->scores == std::vector<int>{10, 9, 8, 7, 6, 0});
  CHECK_FALSE(s.nps->promoters);
  CHECK(s.unit_economics->lifetime_months == 30.5);
}

TEST_CASE("$schema at the top level and keys starting with _ anywhere are ignored",
          "[scenario][values]") {
  const Scenario s =
      scenario_of(R"({"$schema": "https://example.invalid/s.json", "_note": [1, {"x": 2}],
    "name": "comments", "nps": {"_source": "survey", "scores": [9]},
    "marketing": {"channels": [{"_c": null, "name": "a", "spend": 1, "revenue": 2}]}})");
  CHECK(s.name == "comments");
  CHECK(s.marketing_channels.size() == 1);
}

TEST_CASE("whole numbers written with a fraction part or an exponent are integers",
          "[scenario][values]") {
  const Scenario s = scenario_of(R"({"name": "ints", "horizon_months": 12.0,
    "costs": {"one_time": [{"name": "a", "amount": 1, "month": 1e0}],
              "recurring": [{"name": "b", "per_user": 2, "users": 3.0}]},
    "nps": {"promoters": 1.0e1, "passives": 0, "detractors": 2}})");
  CHECK(s.horizon_months == 12);
  CHECK(s.costs->one_time[0].month == 1);
  CHECK(s.costs->recurring[0].users == 3);
  CHECK(s.nps->promoters == 10);
}

TEST_CASE("the limits themselves are accepted", "[scenario][values]") {
  std::string name;
  for (int i = 0; i < 200; ++i) name += "\xd0\xa6";  // 200 Cyrillic letters, 400 bytes
  const Scenario s = scenario_of(R"({"name": ")" + name + R"(", "horizon_months": 1200,
    "discount_rate_percent": 1000,
    "costs": {"one_time": [{"name": "x", "amount": 1e15, "month": 1200}]},
    "benefits": {"time_savings": [{"minutes_per_day": 1440, "days_per_month": 31, "hourly_cost": 0,
                                   "realization_percent": 0, "risk_percent": 100}]}})");
  CHECK(s.name == name);
  CHECK(s.horizon_months == 1200);
  CHECK(s.discount_rate_percent == 1000);
  CHECK(s.costs->one_time[0].amount == 1e15);
  CHECK(s.costs->one_time[0].month == 1200);
  CHECK(scenario_of(R"({"name": "n", "horizon_months": 1, "discount_rate_percent": -99.99,
                        "benefits": {}})")
            .discount_rate_percent == -99.99);
}

TEST_CASE("a negative zero is read as zero", "[scenario][values]") {
  const Scenario s =
      scenario_of(R"({"name": "z", "horizon_months": 1, "discount_rate_percent": -0.0,
    "costs": {"one_time": [{"name": "a", "amount": -0.0}]}})");
  CHECK_FALSE(std::signbit(s.costs->one_time[0].amount));
  CHECK_FALSE(std::signbit(s.discount_rate_percent));
}
