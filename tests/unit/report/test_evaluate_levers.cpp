// The seeds' other levers (SPEC section 5): the conversion uplift, the average-order uplift and
// cost reductions, evaluated and worded. Every expected number is worked by hand in the comment
// beside it, with the spreadsheet formula that gives it.
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
