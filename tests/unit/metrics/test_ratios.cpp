// The ratios of the README's "The formulas" table, on the worked examples of the seeds. Each test
// names the spreadsheet formula that gives the same number.
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "crmroi/metrics.hpp"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using crmroi::CustomerLifetime;
using crmroi::Metric;
using crmroi::NpsCounts;

namespace {
constexpr double kRelative = 1e-12;
}

TEST_CASE("ROI of the dress e-shop is 176.67 % (=(49800-18000)/18000)", "[metrics][roi]") {
  const Metric roi = crmroi::roi(49800, 18000);
  REQUIRE(roi.is_defined());
  CHECK_THAT(roi.value(), WithinRel(31800.0 / 18000.0, kRelative));
  CHECK_THAT(roi.value() * 100, WithinAbs(176.67, 0.005));
}

TEST_CASE("ROI without investment is undefined: no investment", "[metrics][roi]") {
  const Metric roi = crmroi::roi(100, 0);
  CHECK_FALSE(roi.is_defined());
  CHECK(roi.reason() == "no investment");
}

TEST_CASE("ROI of a loss is negative (=(5000-8000)/8000 = -37.5 %)", "[metrics][roi]") {
  CHECK(crmroi::roi(5000, 8000).value() == -0.375);
}

TEST_CASE("ROMI of the three advertising channels (=(revenue-cost)/cost)", "[metrics][romi]") {
  CHECK_THAT(crmroi::romi_on_revenue(9700, 2780).value(), WithinRel(6920.0 / 2780.0, kRelative));
  CHECK_THAT(crmroi::romi_on_revenue(9700, 2780).value() * 100, WithinAbs(248.92, 0.005));
  CHECK_THAT(crmroi::romi_on_revenue(8600, 2530).value() * 100, WithinAbs(239.92, 0.005));
  CHECK(crmroi::romi_on_revenue(5000, 4000).value() == 0.25);
}

TEST_CASE("ROMI of a channel that cost nothing is undefined: no channel cost", "[metrics][romi]") {
  CHECK(crmroi::romi_on_revenue(5000, 0).reason() == "no channel cost");
}

TEST_CASE("marketing ROI of the rubber ducks is 260 % (=(15*800*(2.5-1)-5000)/5000)",
          "[metrics][marketing_roi]") {
  const double profit = crmroi::gross_profit(15 * 800 * 2.50, 15 * 800 * 1.00);
  CHECK(profit == 18000.0);
  CHECK(crmroi::marketing_roi(profit, 5000).value() == 2.6);
}

TEST_CASE("marketing ROI without investment is undefined: no marketing investment",
          "[metrics][marketing_roi]") {
  CHECK(crmroi::marketing_roi(18000, 0).reason() == "no marketing investment");
}

TEST_CASE("marketing expense-to-revenue: 0.15 and Google's 0.12 (=1.01/8.58)",
          "[metrics][expense_to_revenue]") {
  CHECK_THAT(crmroi::marketing_expense_to_revenue(210000, 1400000).value(),
             WithinRel(0.15, kRelative));
  const Metric google = crmroi::marketing_expense_to_revenue(1.01e9, 8.58e9);
  CHECK_THAT(google.value(), WithinRel(1.01 / 8.58, kRelative));
  CHECK_THAT(google.value(), WithinAbs(0.1177, 0.00005));
}

TEST_CASE("marketing expense-to-revenue without revenue is undefined: no revenue",
          "[metrics][expense_to_revenue]") {
  CHECK(crmroi::marketing_expense_to_revenue(1000, 0).reason() == "no revenue");
}

TEST_CASE("CAC is 10,000 (=450000/45)", "[metrics][cac]") {
  CHECK(crmroi::cac(450000, 45).value() == 10000.0);
}

TEST_CASE("CAC without new customers is undefined: no new customers", "[metrics][cac]") {
  const Metric cac = crmroi::cac(450000, 0);
  CHECK_FALSE(cac.is_defined());
  CHECK(cac.reason() == "no new customers");
}

TEST_CASE("CAC payback is 15.38 months (=(10000-0)/(1200-550))", "[metrics][cac_payback]") {
  const Metric payback = crmroi::cac_payback_months(10000, 0, 1200, 550);
  CHECK_THAT(payback.value(), WithinRel(10000.0 / 650.0, kRelative));
  CHECK_THAT(payback.value(), WithinAbs(15.38, 0.005));
}

TEST_CASE("CAC payback subtracts the upfront payment (=(10000-3500)/650 = 10)",
          "[metrics][cac_payback]") {
  CHECK(crmroi::cac_payback_months(10000, 3500, 1200, 550).value() == 10.0);
}

TEST_CASE("CAC payback is 0 when the upfront payment covers the CAC", "[metrics][cac_payback]") {
  CHECK(crmroi::cac_payback_months(10000, 10000, 1200, 550).value() == 0.0);
  CHECK(crmroi::cac_payback_months(10000, 12000, 500, 550).value() == 0.0);
}

TEST_CASE(
    "CAC payback with a margin <= 0 is undefined: monthly margin per customer is not positive",
    "[metrics][cac_payback]") {
  CHECK(crmroi::cac_payback_months(10000, 0, 550, 550).reason() ==
        "monthly margin per customer is not positive");
  CHECK(crmroi::cac_payback_months(10000, 0, 500, 550).reason() ==
        "monthly margin per customer is not positive");
}

TEST_CASE("simple LTV is 32,500 for margin 650 and churn 2 % (=650/0.02)", "[metrics][ltv]") {
  CHECK_THAT(crmroi::ltv_simple(650, {.monthly_churn = 0.02}).value(), WithinRel(32500.0, 1e-15));
}

TEST_CASE("simple LTV uses the lifetime only without churn (=650*24)", "[metrics][ltv]") {
  CHECK(crmroi::ltv_simple(650, {.lifetime_months = 24}).value() == 15600.0);
  CHECK_THAT(crmroi::ltv_simple(650, {.monthly_churn = 0.02, .lifetime_months = 24}).value(),
             WithinRel(32500.0, 1e-15));
  CHECK(crmroi::ltv_simple(650, {.monthly_churn = 0.0, .lifetime_months = 24}).value() == 15600.0);
}

TEST_CASE("simple LTV is undefined with zero churn and no lifetime, or with neither",
          "[metrics][ltv]") {
  CHECK(crmroi::ltv_simple(650, {.monthly_churn = 0.0}).reason() ==
        "churn is zero and no lifetime is given: the lifetime is unbounded");
  CHECK(crmroi::ltv_simple(650, {}).reason() == "neither churn nor lifetime is given");
  CHECK(crmroi::ltv_simple(650, {.monthly_churn = 1.5}).reason() ==
        "monthly churn is not between 0 and 100 %");
  CHECK(crmroi::ltv_simple(650, {.lifetime_months = -1}).reason() ==
        "customer lifetime is negative");
}

TEST_CASE("discounted LTV without discount and lifetime equals the simple LTV (=650/0.02)",
          "[metrics][ltv]") {
  CHECK_THAT(crmroi::ltv_discounted(650, {.monthly_churn = 0.02}, 0.0).value(),
             WithinRel(32500.0, kRelative));
}

TEST_CASE("discounted LTV over an endless lifetime is margin / (1 + d - rho)", "[metrics][ltv]") {
  // rho = 0.98, d = 0.01: 650 / 0.03
  CHECK_THAT(crmroi::ltv_discounted(650, {.monthly_churn = 0.02}, 0.01).value(),
             WithinRel(650.0 / 0.03, kRelative));
  // No churn: a perpetuity, margin / d.
  CHECK_THAT(crmroi::ltv_discounted(650, {}, 0.01).value(), WithinRel(65000.0, kRelative));
}

TEST_CASE(
    "discounted LTV over a finite lifetime matches the term-by-term sum "
    "(=SUMPRODUCT(650*0.98^(t-1)/1.01^t))",
    "[metrics][ltv]") {
  for (const double months : {1.0, 12.0, 36.0, 120.0}) {
    for (const double churn : {0.0, 0.02, 0.5, 1.0}) {
      for (const double rate : {0.0, 0.008, 0.05, -0.005}) {
        double sum = 0.0;
        for (int t = 1; t <= static_cast<int>(months); ++t) {
          sum += 650.0 * std::pow(1.0 - churn, t - 1) / std::pow(1.0 + rate, t);
        }
        const Metric ltv =
            crmroi::ltv_discounted(650, {.monthly_churn = churn, .lifetime_months = months}, rate);
        INFO("months " << months << " churn " << churn << " rate " << rate);
        REQUIRE(ltv.is_defined());
        CHECK_THAT(ltv.value(), WithinRel(sum, 1e-12));
      }
    }
  }
}

TEST_CASE("discounted LTV with only a lifetime and no discount is margin x lifetime",
          "[metrics][ltv]") {
  CHECK_THAT(crmroi::ltv_discounted(650, {.lifetime_months = 24}, 0.0).value(),
             WithinRel(15600.0, kRelative));
  CHECK(crmroi::ltv_discounted(650, {.lifetime_months = 0}, 0.01).value() == 0.0);
}

TEST_CASE("discounted LTV that does not converge is undefined with the reason", "[metrics][ltv]") {
  CHECK(crmroi::ltv_discounted(650, {}, 0.0).reason() ==
        "the value of an endless customer does not converge (churn plus discount rate is not "
        "positive)");
  CHECK(crmroi::ltv_discounted(650, {.monthly_churn = 0.01}, -0.02).reason() ==
        "the value of an endless customer does not converge (churn plus discount rate is not "
        "positive)");
  CHECK(crmroi::ltv_discounted(650, {.monthly_churn = 0.02}, -1.0).reason() ==
        "the discount rate is not above -100 %");
}

TEST_CASE("LTV:CAC divides and rates against 3 and 5 (=32500/10000 = 3.25)", "[metrics][ltv]") {
  const Metric ratio = crmroi::ltv_to_cac(Metric::defined(32500), Metric::defined(10000));
  CHECK(ratio.value() == 3.25);
  CHECK(std::string(crmroi::ltv_to_cac_rating(ratio)) == "healthy");
  CHECK(std::string(crmroi::ltv_to_cac_rating(Metric::defined(5.0))) == "strong");
  CHECK(std::string(crmroi::ltv_to_cac_rating(Metric::defined(2.99))) == "weak");
  CHECK(std::string(crmroi::ltv_to_cac_rating(Metric::undefined("x"))).empty());
}

TEST_CASE("LTV:CAC passes on why LTV or CAC is undefined", "[metrics][ltv]") {
  CHECK(crmroi::ltv_to_cac(Metric::undefined("neither churn nor lifetime is given"),
                           Metric::defined(1))
            .reason() == "LTV is undefined: neither churn nor lifetime is given");
  CHECK(crmroi::ltv_to_cac(Metric::defined(1), Metric::undefined("no new customers")).reason() ==
        "CAC is undefined: no new customers");
  CHECK(crmroi::ltv_to_cac(Metric::defined(1), Metric::defined(0)).reason() == "CAC is zero");
}

TEST_CASE("lead close rate is 0.83 % (=25/3000, one customer per 120 leads)",
          "[metrics][close_rate]") {
  const Metric rate = crmroi::lead_close_rate(25, 3000);
  CHECK_THAT(rate.value(), WithinRel(1.0 / 120.0, kRelative));
  CHECK_THAT(rate.value() * 100, WithinAbs(0.83, 0.005));
}

TEST_CASE("lead close rate without leads is undefined: no leads", "[metrics][close_rate]") {
  CHECK(crmroi::lead_close_rate(25, 0).reason() == "no leads");
}

TEST_CASE("NPS counts scores 9-10 as promoters, 7-8 passives, 0-6 detractors", "[metrics][nps]") {
  const std::vector<int> scores = {10, 9, 9, 8, 7, 6, 3, 0};
  const NpsCounts counts = crmroi::nps_counts_from_scores(scores);
  CHECK(counts.promoters == 3);
  CHECK(counts.passives == 2);
  CHECK(counts.detractors == 3);
}

TEST_CASE("NPS of 10,9,9,8,7,6,3 is 14.29 points (=(3-2)/7*100)", "[metrics][nps]") {
  const std::vector<int> scores = {10, 9, 9, 8, 7, 6, 3};
  const Metric score = crmroi::nps(crmroi::nps_counts_from_scores(scores));
  CHECK_THAT(score.value(), WithinRel(100.0 / 7.0, kRelative));
  CHECK_THAT(score.value(), WithinAbs(14.29, 0.005));
}

TEST_CASE("NPS spans -100 to +100 points", "[metrics][nps]") {
  CHECK(crmroi::nps({.promoters = 10}).value() == 100.0);
  CHECK(crmroi::nps({.detractors = 4}).value() == -100.0);
  CHECK(crmroi::nps({.passives = 4}).value() == 0.0);
  CHECK(crmroi::nps({.promoters = 50, .passives = 30, .detractors = 20}).value() == 30.0);
}

TEST_CASE("NPS with no answers is undefined: no answers", "[metrics][nps]") {
  CHECK(crmroi::nps({}).reason() == "no answers");
  CHECK(crmroi::nps({.promoters = -1, .detractors = 1}).reason() ==
        "a count of answers is negative");
}
