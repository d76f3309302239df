// The seeds' other levers (README.md, "The seeds' other levers"): the conversion uplift, the
// average-order uplift and cost reductions, evaluated and worded. Every expected number is worked
// by hand in the comment beside it, with the spreadsheet formula that gives it.
#include <catch2/catch.hpp>

#include <cstring>
#include <string>
#include <string_view>

#include "crmroi/report.hpp"
#include "crmroi/scenario_loader.hpp"
#include "report_test_scenarios.hpp"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using crmroi::InvestmentReport;
using crmroi::LineBreakdown;
using crmroi::Scenario;

namespace {

Scenario load(std::string_view text) {
  crmroi::LoadResult loaded = crmroi::load_scenario(text);
  INFO("problems: " << Catch::Detail::stringify(loaded.problems.size()));
  REQUIRE(loaded.scenario.has_value());
  return std::move(*loaded.scenario);
}

InvestmentReport worded(std::string_view text) {
  return *crmroi::test::evaluate_and_word(load(text)).investment;
}

const LineBreakdown& line_of(const std::vector<LineBreakdown>& lines, std::string_view kind) {
  for (const LineBreakdown& line : lines)
    if (line.kind == kind) return line;
  FAIL("no line of kind " << kind);
  throw;
}

bool identical_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// A shop of 1,000 orders a month at 1,125 profit each; 1,500 leads a month closed at 20 %.
constexpr std::string_view kShop = R"({
  "name": "levers", "currency": "RUB", "horizon_months": 12,
  "business": { "orders_per_month": 1000, "profit_per_order": 1125,
                "leads_per_month": 1500, "close_rate_percent": 20 },
  "costs": { "recurring": [ { "name": "fee", "per_order": 5 } ] },
  "benefits": { "conversion_uplift": { "points": 1.5 } }
})";

}  // namespace

TEST_CASE("conversion uplift in points: 1,500 leads x 1.5 points = 22.5 extra orders a month",
          "[drivers][levers]") {
  const InvestmentReport investment = worded(kShop);
  const LineBreakdown& line = line_of(investment.benefit_lines, "conversion_uplift");
  CHECK(line.name == "conversion uplift");
  // =1500*1.5/100*1125 = 25,312.50 a month; =12*25312.5 = 303,750
  CHECK(line.full_amount == 25312.5);
  CHECK(line.total == 303750.0);
  CHECK(line.arithmetic ==
        "1,500 leads \u00d7 1.5 points = 22.5 extra orders a month \u00d7 1,125 profit per order = "
        "25,312.50 a month \u00d7 12 months = 303,750");
  // The per-order fee is charged on the extra orders too: =5*(1000+22.5) = 5,112.50 a month.
  const LineBreakdown& fee = investment.cost_lines.at(0);
  CHECK(fee.total == 12 * 5112.5);
  CHECK(
      fee.arithmetic ==
      "5 per order \u00d7 1,022.5 orders a month (1,000 + 22.5 extra), months 1\u201312 = 61,350");
  CHECK(investment.figures.total_benefit == 303750.0);
  CHECK(investment.figures.total_cost == 61350.0);
}

TEST_CASE("conversion uplift in percent: 10 % of a 20 % close rate is 2 points, with its risk",
          "[drivers][levers]") {
  std::string text(kShop);
  text.replace(text.find(R"({ "points": 1.5 })"), 17, R"({ "percent": 10, "risk_percent": 20 })");
  const InvestmentReport investment = worded(text);
  const LineBreakdown& line = line_of(investment.benefit_lines, "conversion_uplift");
  // =1500*(20*10/100)/100 = 30 extra orders; =30*1125 = 33,750 a month; less 20 %: 27,000;
  // =12*27000 = 324,000
  CHECK(line.full_amount == 33750.0);
  CHECK(line.risk_percent == 20.0);
  CHECK(line.total_unadjusted == 405000.0);
  CHECK(line.total == 324000.0);
  CHECK(line.arithmetic ==
        "1,500 leads \u00d7 2 points (10 % of the 20 % close rate) = 30 extra orders a month "
        "\u00d7 1,125 profit per order = 33,750 a month, less 20 % risk = 27,000 a month \u00d7 "
        "12 months = 324,000");
  CHECK(investment.risk_adjusted);
  // The fee follows the extra orders, not the uplift's risk: =12*5*(1000+30) = 61,800.
  CHECK(investment.cost_lines.at(0).total == 61800.0);
}

TEST_CASE("both uplifts' extra orders add up, and the average order uplift earns on all orders",
          "[drivers][levers]") {
  // 36 months, 3 of implementation, then a 4-month ramp: the adoption factors of months 4..7 are
  // 1/4, 2/4, 3/4, 1, full from month 7; Σ factor = 0.25+0.5+0.75+1+29 = 31.5 and
  // Σ factor² = 1/16+4/16+9/16+1+29 = 30.875.
  const InvestmentReport investment = worded(R"({
    "name": "levers", "currency": "RUB", "horizon_months": 36,
    "business": { "orders_per_month": 1000, "profit_per_order": 1125,
                  "leads_per_month": 1500, "close_rate_percent": 20 },
    "costs": { "recurring": [ { "name": "fee", "per_order": 5 } ] },
    "benefits": { "order_uplift": { "percent": 3 },
                  "conversion_uplift": { "points": 1.5 },
                  "average_order_uplift": { "percent": 4, "risk_percent": 20 } },
    "adoption": { "implementation_months": 3, "ramp_months": 4 }
  })");
  const LineBreakdown& uplift = line_of(investment.benefit_lines, "order_uplift");
  const LineBreakdown& conversion = line_of(investment.benefit_lines, "conversion_uplift");
  const LineBreakdown& average = line_of(investment.benefit_lines, "average_order_uplift");
  // Order uplift: 3 % of 1,000 = 30 extra orders x 1,125 = 33,750 a month x 31.5 = 1,063,125.
  CHECK(uplift.total == 1063125.0);
  CHECK(uplift.arithmetic ==
        "3 % of 1,000 orders = 30 extra orders a month \u00d7 1,125 profit per order = 33,750 a "
        "month");
  // Conversion: 22.5 extra orders x 1,125 = 25,312.50 a month x 31.5 = 797,343.75.
  CHECK(conversion.total == 797343.75);
  CHECK(conversion.arithmetic ==
        "1,500 leads \u00d7 1.5 points = 22.5 extra orders a month \u00d7 1,125 profit per order "
        "= 25,312.50 a month \u00d7 31.5 effective months = 797,343.75");
  // Average order: 4 % x 1,125 = 45 more per order, on 1,000 + 30 + 22.5 = 1,052.5 orders:
  // 47,362.50 a month at full adoption; less 20 % risk: 37,890. Over the horizon the baseline
  // part ramps once (45 x 1,000 x 0.8 = 36,000 x 31.5 = 1,134,000) and the extra orders' part
  // twice (45 x 52.5 x 0.8 = 1,890 x 30.875 = 58,353.75): 1,192,353.75.
  CHECK(average.full_amount == 47362.5);
  CHECK_THAT(average.total, WithinAbs(1192353.75, 1e-8));
  CHECK_THAT(average.total_unadjusted, WithinAbs(1192353.75 / 0.8, 1e-8));
  CHECK(average.arithmetic ==
        "4 % \u00d7 1,125 profit per order = 45 more per order \u00d7 1,052.5 orders a month "
        "(1,000 + 52.5 extra) = 47,362.50 a month, less 20 % risk = 37,890 a month; 36,000 on "
        "the baseline orders \u00d7 31.5 effective months + 1,890 on the extra orders \u00d7 "
        "30.88 (they ramp up too) = 1,192,353.75");
  // Month 4 (factor 1/4): order uplift 0.25*33,750 = 8,437.50; conversion 0.25*25,312.50 =
  // 6,328.125; average order 0.25*0.8*45*(1000 + 0.25*52.5) = 9,118.125; together 23,883.75.
  CHECK_THAT(investment.figures.periods.at(4).benefit, WithinAbs(23883.75, 1e-9));
  // The fee in month 4: =5*(1000+0.25*52.5) = 5,065.625; before go-live on the baseline only.
  CHECK_THAT(investment.figures.periods.at(4).cost, WithinAbs(5065.625, 1e-9));
  CHECK(investment.figures.periods.at(2).cost == 5000.0);
  // Month 10 (full): 33,750 + 25,312.50 + 37,890 = 96,952.50; fee 5 x 1,052.5 = 5,262.50.
  CHECK_THAT(investment.figures.periods.at(10).benefit, WithinAbs(96952.5, 1e-9));
  CHECK_THAT(investment.figures.periods.at(10).cost, WithinAbs(5262.5, 1e-9));
  // The lines add up to the total benefit: =1063125+797343.75+1192353.75 = 3,052,822.50.
  CHECK_THAT(investment.figures.total_benefit, WithinAbs(3052822.5, 1e-6));
}

TEST_CASE("average order uplift without extra orders: profit per order x percent on the baseline",
          "[drivers][levers]") {
  const InvestmentReport investment = worded(R"({
    "name": "check", "currency": "RUB", "horizon_months": 12,
    "business": { "orders_per_month": 400, "average_order_value": 3000,
                  "gross_margin_percent": 20 },
    "benefits": { "average_order_uplift": { "percent": 4 } }
  })");
  const LineBreakdown& line = investment.benefit_lines.at(0);
  // Profit per order 3,000 x 20 % = 600; 4 % more = 24 a order x 400 = 9,600 a month (the seed's
  // "+3-5 % average check and markup" of examples/bitrix24-seed-ranges.json); x 12 = 115,200.
  CHECK(line.total == 115200.0);
  CHECK(line.arithmetic ==
        "4 % \u00d7 600 profit per order (3,000 \u00d7 20 % margin) = 24 more per order \u00d7 "
        "400 orders a month = 9,600 a month \u00d7 12 months = 115,200");
  CHECK(investment.assumptions.at(3) ==
        "profit per order: 3,000 average order \u00d7 20 % gross margin = 600");
}

TEST_CASE("cost reductions: monthly cost x percent cut, with risk and the adoption ramp",
          "[drivers][levers]") {
  const InvestmentReport investment = worded(R"({
    "name": "admin", "currency": "RUB", "horizon_months": 12,
    "costs": { "one_time": [ { "name": "setup", "amount": 50000 } ] },
    "benefits": { "cost_reductions": [
      { "name": "administrative costs", "monthly_cost": 60000, "percent": 15 },
      { "name": "call centre", "monthly_cost": 40000, "percent": 10, "risk_percent": 25 } ] },
    "adoption": { "ramp_months": 2 }
  })");
  // Ramp of 2 months: factors 1/2, 1, 1, ...: Σ = 11.5 effective months.
  const LineBreakdown& admin = investment.benefit_lines.at(0);
  CHECK(admin.kind == "cost_reduction");
  // =60000*15/100 = 9,000 a month; x 11.5 = 103,500
  CHECK(admin.total == 103500.0);
  CHECK(admin.arithmetic ==
        "15 % of 60,000 a month = 9,000 a month \u00d7 11.5 effective months = 103,500");
  const LineBreakdown& call_centre = investment.benefit_lines.at(1);
  // =40000*10/100 = 4,000 a month, less 25 % = 3,000; x 11.5 = 34,500
  CHECK(call_centre.total == 34500.0);
  CHECK(call_centre.arithmetic ==
        "10 % of 40,000 a month = 4,000 a month, less 25 % risk = 3,000 a month \u00d7 11.5 "
        "effective months = 34,500");
  // Month 1: (9,000 + 3,000) / 2 = 6,000; month 2: 12,000.
  CHECK(investment.figures.periods.at(1).benefit == 6000.0);
  CHECK(investment.figures.periods.at(2).benefit == 12000.0);
  // ROI = (138,000 - 50,000) / 50,000 = 176 %   =(103500+34500-50000)/50000
  CHECK_THAT(investment.figures.roi.value(), WithinRel(1.76, 1e-12));
}

TEST_CASE("the new levers give the same figures on the numbers-only path, to the bit",
          "[drivers][levers][numbers]") {
  const Scenario scenario = load(R"({
    "name": "every lever", "currency": "RUB", "horizon_months": 40, "discount_rate_percent": 12,
    "business": { "orders_per_month": 1000, "average_order_value": 5625,
                  "gross_margin_percent": 20, "leads_per_month": 1500,
                  "close_rate_percent": 20 },
    "costs": { "one_time": [ { "name": "setup", "amount": 900000 } ],
               "recurring": [ { "name": "fee", "per_order": 5, "risk_percent": 10 } ] },
    "benefits": { "order_uplift": { "orders_per_month": 12 },
                  "conversion_uplift": { "percent": 7.5, "risk_percent": 15 },
                  "average_order_uplift": { "percent": 3.5 },
                  "cost_reductions": [ { "name": "paper", "monthly_cost": 12345.67,
                                         "percent": 12.5 } ] },
    "adoption": { "implementation_months": 2, "ramp_months": 5 }
  })");
  const crmroi::Report report = crmroi::evaluate(scenario);
  crmroi::PeriodFlows workspace;
  const auto numbers = crmroi::evaluate_numbers(scenario, workspace);
  REQUIRE(numbers.has_value());
  const crmroi::InvestmentFigures& full = report.investment->figures;
  CHECK(identical_bits(numbers->total_cost, full.total_cost));
  CHECK(identical_bits(numbers->total_benefit, full.total_benefit));
  CHECK(identical_bits(numbers->npv, full.npv));
  CHECK(identical_bits(numbers->irr_annual.value(), full.irr_annual.value()));
  CHECK(identical_bits(numbers->payback_months.value(), full.payback_months.value()));
  // The lines' totals (from the trace) add up to the flows' total benefit.
  double lines = 0;
  for (const LineBreakdown& line : report.investment->benefit_lines) lines += line.total;
  CHECK_THAT(lines, WithinRel(full.total_benefit, 1e-12));
}

// ---- growth_percent_per_year (README.md, "The seeds' other levers"): month m is in year
// ⌊(m − 1)/12⌋ + 1 and earns or pays the amount × (1 + g)^(y − 1); month 0 counts with year 1.
// As a spreadsheet's yearly columns: =B2*(1+$g)^(YEAR-1).

TEST_CASE("a recurring cost that grows 10 % a year pays 1,000, 1,100, 1,210 a month",
          "[drivers][growth]") {
  const InvestmentReport investment = worded(R"({
    "name": "escalation", "currency": "RUB", "horizon_months": 36,
    "costs": { "one_time": [ { "name": "setup", "amount": 5000 } ],
               "recurring": [ { "name": "subscription", "monthly": 1000,
                                "growth_percent_per_year": 10, "risk_percent": 10 } ] },
    "benefits": { "monthly": [ { "name": "saving", "amount": 2000 } ] }
  })");
  const LineBreakdown& setup = investment.cost_lines.at(0);
  CHECK(setup.total == 5000.0);  // one-time costs do not grow
  const LineBreakdown& subscription = investment.cost_lines.at(1);
  // =12*1000 + 12*1000*1.1 + 12*1000*1.1^2 = 12,000 + 13,200 + 14,520 = 39,720; +10 %: 43,692
  CHECK_THAT(subscription.total_unadjusted, WithinAbs(39720.0, 1e-9));
  CHECK_THAT(subscription.total, WithinAbs(43692.0, 1e-9));
  CHECK(subscription.arithmetic ==
        "1,000 a month, months 1\u201336, growing 10 % a year: 12,000 + 13,200 + 14,520 = "
        "39,720, plus 10 % risk = 43,692");
  // Month 12 is still year 1; month 13 starts year 2; month 25 year 3 (risk included).
  CHECK_THAT(investment.figures.periods.at(12).cost, WithinAbs(1100.0, 1e-9));
  CHECK_THAT(investment.figures.periods.at(13).cost, WithinAbs(1210.0, 1e-9));
  CHECK_THAT(investment.figures.periods.at(25).cost, WithinAbs(1331.0, 1e-9));
  CHECK_THAT(investment.figures.total_cost, WithinAbs(5000.0 + 43692.0, 1e-9));
}

TEST_CASE("a partial last year and a start in month 0 count their own months",
          "[drivers][growth]") {
  const InvestmentReport investment = worded(R"({
    "name": "partial", "currency": "RUB", "horizon_months": 30,
    "costs": { "recurring": [
      { "name": "hosting", "monthly": 1000, "growth_percent_per_year": 10 },
      { "name": "licence", "monthly": 100, "start_month": 0, "end_month": 13,
        "growth_percent_per_year": 50 } ] }
  })");
  // Years 1, 2 and months 25–30 of year 3: =12*1000 + 12*1100 + 6*1210 = 32,460
  CHECK_THAT(investment.cost_lines.at(0).total, WithinAbs(32460.0, 1e-9));
  CHECK(investment.cost_lines.at(0).arithmetic ==
        "1,000 a month, months 1\u201330, growing 10 % a year: 12,000 + 13,200 + 7,260 = 32,460");
  // Months 0–12 (13 months) at 100, month 13 at 150: =13*100 + 150 = 1,450
  CHECK_THAT(investment.cost_lines.at(1).total, WithinAbs(1450.0, 1e-9));
  CHECK(investment.cost_lines.at(1).arithmetic ==
        "100 a month, months 0\u201313, growing 50 % a year: 1,300 + 150 = 1,450");
}

TEST_CASE("the business grows its orders: per-order fees and a percent uplift follow",
          "[drivers][growth]") {
  constexpr std::string_view kGrowing = R"({
    "name": "growing shop", "currency": "RUB", "horizon_months": 24,
    "business": { "orders_per_month": 100, "profit_per_order": 50,
                  "growth_percent_per_year": 10 },
    "costs": { "recurring": [ { "name": "fee", "per_order": 2 } ] },
    "benefits": { "order_uplift": { "percent": 10 } }
  })";
  const InvestmentReport investment = worded(kGrowing);
  // Year 1: 100 orders + 10 extra; year 2: 110 + 11.
  // Fee: =12*2*(100+10) + 12*2*(110+11) = 2,640 + 2,904 = 5,544
  const LineBreakdown& fee = investment.cost_lines.at(0);
  CHECK_THAT(fee.total, WithinAbs(5544.0, 1e-9));
  CHECK(fee.arithmetic ==
        "2 per order \u00d7 110 orders a month (100 + 10 extra), months 1\u201324, orders growing "
        "10 % a year: 2,640 + 2,904 = 5,544");
  // Uplift: =12*10*50 + 12*11*50 = 6,000 + 6,600 = 12,600
  const LineBreakdown& uplift = investment.benefit_lines.at(0);
  CHECK_THAT(uplift.total, WithinAbs(12600.0, 1e-9));
  CHECK(uplift.arithmetic ==
        "10 % of 100 orders = 10 extra orders a month \u00d7 50 profit per order = 500 a month, "
        "orders growing 10 % a year: 500 \u00d7 12 months + 550 \u00d7 12 = 12,600");

  // An uplift given as orders_per_month stays as given; the fee on the baseline still grows:
  // fee =12*2*(100+10) + 12*2*(110+10) = 2,640 + 2,880 = 5,520; uplift =24*10*50 = 12,000
  std::string fixed(kGrowing);
  fixed.replace(fixed.find(R"({ "percent": 10 })"), 17, R"({ "orders_per_month": 10 })");
  const InvestmentReport as_given = worded(fixed);
  CHECK_THAT(as_given.cost_lines.at(0).total, WithinAbs(5520.0, 1e-9));
  CHECK(as_given.benefit_lines.at(0).total == 12000.0);
  CHECK(as_given.benefit_lines.at(0).arithmetic ==
        "10 extra orders a month \u00d7 50 profit per order = 500 a month");
}

TEST_CASE("growing benefits: a time saving with a ramp, a cost reduction that wears off",
          "[drivers][growth]") {
  const InvestmentReport investment = worded(R"({
    "name": "growing benefits", "currency": "RUB", "horizon_months": 36,
    "benefits": {
      "time_savings": [ { "name": "managers", "people": 4, "hours_per_month": 10,
                          "hourly_cost": 500, "growth_percent_per_year": 10 } ],
      "cost_reductions": [ { "name": "paper", "monthly_cost": 60000, "percent": 15,
                             "growth_percent_per_year": -10, "risk_percent": 20 } ] },
    "adoption": { "implementation_months": 3, "ramp_months": 4 }
  })");
  // Year 1 earns 0.25 + 0.5 + 0.75 + 6 = 7.5 effective months (months 4–12), years 2 and 3 12.
  // Managers: 4 x 10 x 500 = 20,000 a month: =20000*7.5 + 22000*12 + 24200*12 = 704,400
  const LineBreakdown& managers = investment.benefit_lines.at(0);
  CHECK_THAT(managers.total, WithinAbs(704400.0, 1e-9));
  CHECK(managers.arithmetic ==
        "4 people \u00d7 10 h/month \u00d7 500/h = 20,000 a month, growing 10 % a year: 20,000 "
        "\u00d7 7.5 effective months + 22,000 \u00d7 12 + 24,200 \u00d7 12 = 704,400");
  // Paper: 15 % of 60,000 = 9,000, less 20 % = 7,200 a month, falling 10 % a year:
  // =7200*7.5 + 6480*12 + 5832*12 = 54,000 + 77,760 + 69,984 = 201,744
  const LineBreakdown& paper = investment.benefit_lines.at(1);
  CHECK_THAT(paper.total, WithinAbs(201744.0, 1e-9));
  CHECK(paper.arithmetic ==
        "15 % of 60,000 a month = 9,000 a month, less 20 % risk = 7,200 a month, falling 10 % a "
        "year: 7,200 \u00d7 7.5 effective months + 6,480 \u00d7 12 + 5,832 \u00d7 12 = 201,744");
  // Month 5 (factor 1/2): =0.5*(20000 + 7200) = 13,600; month 30: =24200 + 5832 = 30,032
  CHECK_THAT(investment.figures.periods.at(5).benefit, WithinAbs(13600.0, 1e-9));
  CHECK_THAT(investment.figures.periods.at(30).benefit, WithinAbs(30032.0, 1e-9));
}

TEST_CASE("the average-order uplift grows with the business's orders, year by year",
          "[drivers][growth]") {
  const InvestmentReport investment = worded(R"({
    "name": "check", "currency": "RUB", "horizon_months": 24,
    "business": { "orders_per_month": 400, "profit_per_order": 600,
                  "growth_percent_per_year": 25 },
    "benefits": { "average_order_uplift": { "percent": 4 } }
  })");
  // 4 % of 600 = 24 more per order x 400 = 9,600 a month, then 500 orders: 12,000 a month:
  // =12*9600 + 12*12000 = 115,200 + 144,000 = 259,200
  const LineBreakdown& line = investment.benefit_lines.at(0);
  CHECK_THAT(line.total, WithinAbs(259200.0, 1e-9));
  CHECK(line.arithmetic ==
        "4 % \u00d7 600 profit per order = 24 more per order \u00d7 400 orders a month = 9,600 a "
        "month, orders growing 25 % a year: 115,200 + 144,000 = 259,200");
}

TEST_CASE("growing lines give the same figures on the numbers-only path, to the bit",
          "[drivers][growth][numbers]") {
  const Scenario scenario = load(R"({
    "name": "everything grows", "currency": "RUB", "horizon_months": 61, "discount_rate_percent": 9,
    "business": { "orders_per_month": 1000, "profit_per_order": 1125, "leads_per_month": 1500,
                  "close_rate_percent": 20, "growth_percent_per_year": 12.5 },
    "costs": { "one_time": [ { "name": "setup", "amount": 900000 } ],
               "recurring": [ { "name": "fee", "per_order": 5, "growth_percent_per_year": 3 },
                              { "name": "seats", "per_user": 900, "users": 12,
                                "start_month": 0, "growth_percent_per_year": 20 } ] },
    "benefits": { "time_savings": [ { "name": "staff", "hours_per_week": 7, "hourly_cost": 700,
                                      "growth_percent_per_year": 4 } ],
                  "order_uplift": { "orders_per_month": 12, "risk_percent": 5 },
                  "conversion_uplift": { "points": 0.75 },
                  "average_order_uplift": { "percent": 3.5, "risk_percent": 10 },
                  "monthly": [ { "name": "legacy", "amount": 3000, "growth_percent_per_year": 7 } ],
                  "cost_reductions": [ { "name": "paper", "monthly_cost": 12345.67, "percent": 12.5,
                                         "growth_percent_per_year": -15 } ] },
    "adoption": { "implementation_months": 2, "ramp_months": 5 }
  })");
  const crmroi::Report report = crmroi::evaluate(scenario);
  crmroi::PeriodFlows workspace;
  const auto numbers = crmroi::evaluate_numbers(scenario, workspace);
  REQUIRE(numbers.has_value());
  const crmroi::InvestmentFigures& full = report.investment->figures;
  CHECK(identical_bits(numbers->total_cost, full.total_cost));
  CHECK(identical_bits(numbers->total_benefit, full.total_benefit));
  CHECK(identical_bits(numbers->npv, full.npv));
  CHECK(identical_bits(numbers->irr_annual.value(), full.irr_annual.value()));
  // The lines' totals (from the trace, year by year) add up to the flows' totals.
  double benefits = 0;
  for (const LineBreakdown& line : report.investment->benefit_lines) benefits += line.total;
  CHECK_THAT(benefits, WithinRel(full.total_benefit, 1e-12));
  double costs = 0;
  for (const LineBreakdown& line : report.investment->cost_lines) costs += line.total;
  CHECK_THAT(costs, WithinRel(full.total_cost, 1e-12));
}

// ---- named lines of explicit cash flows (README.md, "The seeds' other levers"), as a TEI study's
// tables.

TEST_CASE("named cash-flow lines: each with its risk, its total and its present value",
          "[cash_flows][lines]") {
  const crmroi::Report report = crmroi::test::evaluate_and_word(load(R"({
    "name": "TEI", "currency": "USD", "discount_rate_percent": 10,
    "cash_flows": { "period": "year",
      "costs": [ { "name": "Licences", "values": [0, 50000, 50000, 50000] },
                 { "name": "Implementation", "values": [120000, 20000, 0, 0],
                   "risk_percent": 10 } ],
      "benefits": [ { "name": "Productivity", "values": [0, 100000, 150000, 180000],
                      "risk_percent": 15 },
                    { "name": "Retired system", "values": [0, 40000, 40000, 40000] } ] },
    "risk": { "costs_percent": 5, "benefits_percent": 10 }
  })"));
  const InvestmentReport& investment = *report.investment;
  CHECK(investment.risk_adjusted);
  CHECK(investment.horizon_months == 36);
  REQUIRE(investment.cost_lines.size() == 2);
  REQUIRE(investment.benefit_lines.size() == 2);
  // Licences, the default 5 %: =150000*1.05 = 157,500; PV =1.05*NPV(10%, 50000, 50000, 50000)
  // = 1.05 * (45,454.545 + 41,322.314 + 37,565.740) = 130,559.73
  const LineBreakdown& licences = investment.cost_lines[0];
  CHECK(licences.name == "Licences");
  CHECK(licences.kind == "cash_flows");
  CHECK(licences.total == 157500.0);
  REQUIRE(licences.present_value.has_value());
  CHECK_THAT(licences.present_value->value(), WithinAbs(130559.7295266717, 1e-6));
  CHECK(licences.arithmetic ==
        "0 + 50,000 + 50,000 + 50,000 = 150,000, plus 5 % risk = 157,500; present value "
        "130,559.73");
  // Implementation, its own 10 %: =140000*1.1 = 154,000; PV =1.1*(120000 + 20000/1.1) = 152,000
  const LineBreakdown& implementation = investment.cost_lines[1];
  CHECK(implementation.risk_percent == 10.0);
  CHECK_THAT(implementation.total, WithinAbs(154000.0, 1e-9));
  CHECK_THAT(implementation.present_value->value(), WithinAbs(152000.0, 1e-9));
  // Productivity, its own 15 %: =430000*0.85 = 365,500;
  // PV =0.85*(100000/1.1 + 150000/1.1^2 + 180000/1.1^3) = 0.85*350,112.70 = 297,595.79
  const LineBreakdown& productivity = investment.benefit_lines[0];
  CHECK_THAT(productivity.total, WithinAbs(365500.0, 1e-9));
  CHECK_THAT(productivity.present_value->value(), WithinAbs(297595.7926371149, 1e-6));
  // The period flows are the lines added up, each with its risk: year 1 costs
  // =50000*1.05 + 20000*1.1 = 74,500; benefits =100000*0.85 + 40000*0.9 = 121,000.
  CHECK_THAT(investment.figures.periods.at(1).cost, WithinAbs(74500.0, 1e-9));
  CHECK_THAT(investment.figures.periods.at(1).benefit, WithinAbs(121000.0, 1e-9));
  // The lines' present values add up to the present values of the flows.
  CHECK_THAT(licences.present_value->value() + implementation.present_value->value(),
             WithinRel(investment.figures.pv_cost, 1e-12));
  CHECK_THAT(
      productivity.present_value->value() + investment.benefit_lines[1].present_value->value(),
      WithinRel(investment.figures.pv_benefit, 1e-12));
  CHECK(investment.assumptions.at(3) ==
        "risk: costs raised by 5 %, benefits lowered by 10 % unless a line sets its own "
        "risk_percent");
}

TEST_CASE("a named line's own risk makes the case risk-adjusted without a top-level risk",
          "[cash_flows][lines]") {
  const Scenario scenario = load(R"({
    "name": "one risky line", "currency": "USD",
    "cash_flows": { "period": "quarter",
      "costs": [ 1000, 0, 0, 0, 0 ],
      "benefits": [ { "name": "sales", "values": [0, 400, 400, 400, 400], "risk_percent": 25 } ] }
  })");
  const crmroi::Report report = crmroi::test::evaluate_and_word(scenario);
  const InvestmentReport& investment = *report.investment;
  CHECK(investment.risk_adjusted);
  REQUIRE(investment.unadjusted.has_value());
  CHECK(investment.cost_lines.at(0).name == "costs");  // the plain array is one line, as before
  CHECK_FALSE(investment.cost_lines.at(0).present_value.has_value());
  // =1600*0.75 = 1,200 against 1,000: ROI 20 %; unadjusted 60 %
  CHECK(investment.figures.total_benefit == 1200.0);
  CHECK_THAT(investment.figures.roi.value(), WithinRel(0.2, 1e-12));
  CHECK_THAT(investment.unadjusted->roi.value(), WithinRel(0.6, 1e-12));
  CHECK(investment.assumptions.back() ==
        "headline figures are risk-adjusted; \"unadjusted\" holds them before risk");
  crmroi::PeriodFlows workspace;
  const auto numbers = crmroi::evaluate_numbers(scenario, workspace);
  REQUIRE(numbers.has_value());
  CHECK(identical_bits(numbers->npv, investment.figures.npv));
  CHECK(identical_bits(numbers->total_benefit, investment.figures.total_benefit));
}

// ---- lines outside months 0…H: not counted, and their arithmetic says so (README.md, "The seeds'
// other levers").

TEST_CASE("lines after the horizon load and are not counted, and their arithmetic says so",
          "[drivers][horizon]") {
  const InvestmentReport investment = worded(R"({
    "name": "short variant", "currency": "RUB", "horizon_months": 12,
    "costs": { "one_time": [ { "name": "second phase", "amount": 90000, "month": 18 } ],
               "recurring": [ { "name": "contract", "monthly": 50, "start_month": 6,
                                "end_month": 13 },
                              { "name": "renewal", "monthly": 100, "start_month": 20 },
                              { "name": "last month", "monthly": 10, "start_month": 12,
                                "end_month": 24 } ] },
    "benefits": { "monthly": [ { "name": "saving", "amount": 500 } ] }
  })");
  const auto& costs = investment.cost_lines;
  CHECK(costs.at(0).total == 0.0);
  CHECK(costs.at(0).arithmetic == "90,000 in month 18, outside the 12-month horizon: not counted");
  // Months 6–12 of 6–13: =7*50 = 350
  CHECK(costs.at(1).total == 350.0);
  CHECK(costs.at(1).arithmetic ==
        "50 a month, months 6\u201312 = 350; month 13 is after the 12-month horizon: not counted");
  CHECK(costs.at(2).total == 0.0);
  CHECK(costs.at(2).arithmetic ==
        "100 a month, from month 20: after the 12-month horizon, not counted");
  CHECK(costs.at(3).arithmetic ==
        "10 a month, month 12 = 10; months 13\u201324 are after the 12-month horizon: not counted");
  CHECK(investment.figures.total_cost == 360.0);
}
