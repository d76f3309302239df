// Hand-built reports for the renderer tests (no dependency on the scenario loader or evaluate).
#pragma once

#include "crmroi/render.hpp"

namespace crmroi::test {

/// The README's dress e-shop (examples/eshop-retailcrm.json): 18,000 cost, 49,800 benefit over 6
/// months, no discounting.
inline SourcedReport eshop_report() {
  InvestmentReport investment;
  investment.horizon_months = 6;
  InvestmentFigures& figures = investment.figures;
  figures.total_cost = 18000;
  figures.total_benefit = 49800;
  figures.net = 31800;
  figures.roi = Metric::defined(31800.0 / 18000.0);
  figures.pv_cost = 18000;
  figures.pv_benefit = 49800;
  figures.pv_roi = Metric::defined(31800.0 / 18000.0);
  figures.npv = 31800;
  figures.irr_annual = Metric::undefined("net cash flow never changes sign");
  figures.payback_months = Metric::defined(0);
  figures.discounted_payback_months = Metric::defined(0);
  figures.periods.push_back({0, 0, 0, 0, 0, 0});
  for (int month = 1; month <= 6; ++month) {
    figures.periods.push_back({month, month, 3000, 8300, 5300, 5300.0 * month});
  }
  investment.cost_lines.push_back({"subscription, 10 per order", "recurring",
                                   "3,000 a month × 6 months", 3000, 0, 18000, 18000});
  investment.benefit_lines.push_back({"order operator", "time_savings",
                                      "1 person × 40 min/day × 30 days × 190/h = 3,800 a month",
                                      3800, 0, 22800, 22800});
  investment.benefit_lines.push_back({"order uplift", "order_uplift",
                                      "5 % of 300 orders × 300 = 4,500 a month", 4500, 0, 27000,
                                      27000});
  Report report;
  report.name = "Dress e-shop on retailCRM";
  report.currency = "RUB";
  report.investment = investment;
  report.targets = Targets{100.0, 12.0, std::nullopt};
  return {"examples/eshop-retailcrm.json", std::nullopt, report};
}

/// A losing, risk-adjusted yearly case with an awkward name (a formula, an escape character), and
/// analysis blocks with undefined metrics.
inline SourcedReport troubled_report() {
  InvestmentReport investment;
  investment.period = Period::year;
  investment.months_per_period = 12;
  investment.horizon_months = 24;
  investment.annual_discount_rate = 0.1;
  investment.risk_adjusted = true;
  InvestmentFigures figures;
  figures.total_cost = 1234567.891;
  figures.total_benefit = 1000000;
  figures.net = -234567.891;
  figures.roi = Metric::defined(-234567.891 / 1234567.891);
  figures.pv_cost = 1200000;
  figures.pv_benefit = 900000.004;
  figures.pv_roi = Metric::defined(-0.25);
  figures.npv = -0.001;  // rounds to zero: never "-0"
  figures.irr_annual = Metric::undefined("no rate makes the net present value zero");
  figures.payback_months = Metric::undefined("not paid back within the horizon");
  figures.discounted_payback_months = Metric::undefined("not paid back within the horizon");
  figures.periods = {{0, 0, 1000000, 0, -1000000, -1000000},
                     {1, 12, 117283.9455, 500000, 382716.0545, -617283.9455},
                     {2, 24, 117283.9455, 500000, 382716.0545, -234567.891}};
  InvestmentFigures unadjusted = figures;
  unadjusted.total_cost = 1122334.45;
  unadjusted.net = -122334.45;
  unadjusted.roi = Metric::defined(-122334.45 / 1122334.45);
  unadjusted.irr_annual = Metric::defined(-0.0512345678901);
  investment.figures = figures;
  investment.unadjusted = unadjusted;
  investment.cost_lines.push_back({"=HYPERLINK(\"x\")", "one_time", "1,000,000 once, in month 0",
                                   1000000, 10, 1100000, 1000000});
  investment.benefit_lines.push_back({"savings | 50 %", "monthly", "", 0, 0, 1000000, 1000000});
  investment.assumptions = {"explicit yearly cash flows", "risk: costs +10 %"};

  Report report;
  report.name = "Bad\x1b[31m plan, \"v2\"";
  report.currency = "USD";
  report.investment = investment;
  report.channels.push_back({"Direct", Metric::defined(6920.0 / 2780.0),
                             Metric::undefined("no cost_of_goods or gross_profit given"),
                             Metric::undefined("no new customers"), Metric::undefined("no leads")});
  report.acquisition = AcquisitionReport{Metric::defined(10000), Metric::defined(0.15),
                                         Metric::defined(25.0 / 3000.0)};
  report.unit_economics = UnitEconomicsReport{650,
                                              Metric::defined(10000),
                                              Metric::defined(10000.0 / 650.0),
                                              Metric::defined(32500),
                                              Metric::defined(31000.5),
                                              Metric::defined(3.25)};
  report.nps = NpsReport{60, 25, 15, Metric::defined(45)};
  return {"<stdin>", 7L, report};
}

}  // namespace crmroi::test
