// Golden tests of the calc renderers on a hand-built report with the edge cases no example has (a
// risk-adjusted loss, names to escape, negative figures, yearly periods): every format, byte for
// byte. The ordinary reports are the golden files of real runs, tests/golden/calc/.
#include <catch2/catch.hpp>

#include "crmroi/render.hpp"
#include "crmroi/version.hpp"
#include "sample_reports.hpp"

using crmroi::calc_csv_header;
using crmroi::OutputFormat;
using crmroi::render_calc;
using crmroi::RenderOptions;
using crmroi::test::troubled_report;

namespace {

RenderOptions monthly() {
  RenderOptions options;
  options.monthly = true;
  return options;
}

}  // namespace

TEST_CASE(
    "table: a risk-adjusted yearly loss with adjusted beside unadjusted, escaped names, negatives "
    "grouped, no -0, n/a with reasons, the cash flow by year",
    "[render][calc][table]") {
  CHECK(render_calc(troubled_report(), OutputFormat::table, monthly()) ==
        R"golden(Bad\u001b[31m plan, "v2"
<stdin>:7 · 2 years (24 months) · discount rate 10.00 % a year · risk-adjusted · amounts in USD

                                                         risk-adjusted      risk    unadjusted
Costs
  =HYPERLINK("x")            1,000,000 once, in month 0   1,100,000.00 USD  10 %  1,000,000.00 USD
Benefits
  savings | 50 %                                          1,000,000.00 USD        1,000,000.00 USD
                                                         ───────────── ───        ──────────── ───
  Total cost (TCO)                                        1,234,567.89 USD        1,122,334.45 USD
  Total benefit                                           1,000,000.00 USD        1,000,000.00 USD
  Net                                                      -234,567.89 USD         -122,334.45 USD
  Present value of costs                                  1,200,000.00 USD        1,200,000.00 USD
  Present value of benefits                                 900,000.00 USD          900,000.00 USD

Cash flow by year (USD)
  year  month          cost     benefit            net     cumulative
     0      0  1,000,000.00        0.00  -1,000,000.00  -1,000,000.00
     1     12    117,283.95  500,000.00     382,716.05    -617,283.95
     2     24    117,283.95  500,000.00     382,716.05    -234,567.89

Year by year (USD)
                    Initial       Year 1       Year 2         Total  Present value
  Costs        1,000,000.00   117,283.95   117,283.94  1,234,567.89   1,200,000.00
  Benefits             0.00   500,000.00   500,000.00  1,000,000.00     900,000.00
  Net         -1,000,000.00   382,716.05   382,716.06   -234,567.89           0.00
  Cumulative  -1,000,000.00  -617,283.95  -234,567.89

Marketing channel: Direct
  ROMI (revenue basis)                   248.92 %
  Marketing ROI (gross profit basis)  n/a — no cost_of_goods or gross_profit given
  CAC                                 n/a — no new customers
  Lead close rate                     n/a — no leads

Customer acquisition
  CAC                                 10,000.00 USD
  Marketing expense to revenue             0.15
  Lead close rate                          0.83 %

Unit economics
  Monthly margin per customer            650.00 USD
  CAC                                 10,000.00 USD
  CAC payback                             15.38 months
  LTV                                 32,500.00 USD
  LTV (discounted)                    31,000.50 USD
  LTV:CAC                                  3.25 (healthy)

Net Promoter Score
  Promoters (9–10)                           60
  Passives (7–8)                             25
  Detractors (0–6)                           15
  NPS                                     45.00 points

Assumptions
  explicit yearly cash flows
  risk: costs +10 %

Return on investment
                      risk-adjusted      unadjusted
  ROI                        -19.00 %        -10.90 %
  PV ROI                     -25.00 %        -25.00 %
  NPV                          0.00 USD        0.00 USD
  IRR (annual)                  n/a           -5.12 %    — no rate makes the net present value zero
  Payback                       n/a             n/a      — not paid back within the horizon
  Discounted payback            n/a             n/a      — not paid back within the horizon
)golden");
}

TEST_CASE("json: a risk-adjusted loss with unadjusted figures, periods, analysis blocks and notes",
          "[render][calc][json]") {
  CHECK(render_calc(troubled_report(), OutputFormat::json, RenderOptions{}) == R"golden({
  "format_version": 1,
  "crmroi_version": ")golden" CRMROI_VERSION_STRING R"golden(",
  "source": "<stdin>",
  "line": 7,
  "scenario": "Bad\u001b[31m plan, \"v2\"",
  "currency": "USD",
  "horizon_months": 24,
  "period": "year",
  "discount_rate_percent": 10,
  "risk_adjusted": true,
  "total_cost": 1234567.89,
  "total_benefit": 1000000,
  "net": -234567.89,
  "tco": 1234567.89,
  "roi_percent": -18.9999993285,
  "pv_cost": 1200000,
  "pv_benefit": 900000,
  "pv_roi_percent": -25,
  "npv": 0,
  "irr_annual_percent": null,
  "payback_months": null,
  "discounted_payback_months": null,
  "cost_lines": [
    {
      "name": "=HYPERLINK(\"x\")",
      "kind": "one_time",
      "arithmetic": "1,000,000 once, in month 0",
      "total": 1100000
    }
  ],
  "benefit_lines": [
    {
      "name": "savings | 50 %",
      "kind": "monthly",
      "arithmetic": "",
      "total": 1000000
    }
  ],
  "unadjusted": {
    "total_cost": 1122334.45,
    "total_benefit": 1000000,
    "net": -122334.45,
    "tco": 1122334.45,
    "roi_percent": -10.89999955,
    "pv_cost": 1200000,
    "pv_benefit": 900000,
    "pv_roi_percent": -25,
    "npv": 0,
    "irr_annual_percent": -5.123456789,
    "payback_months": null,
    "discounted_payback_months": null
  },
  "periods": [
    {
      "period": 0,
      "month": 0,
      "cost": 1000000,
      "benefit": 0,
      "net": -1000000,
      "cumulative": -1000000
    },
    {
      "period": 1,
      "month": 12,
      "cost": 117283.95,
      "benefit": 500000,
      "net": 382716.05,
      "cumulative": -617283.95
    },
    {
      "period": 2,
      "month": 24,
      "cost": 117283.95,
      "benefit": 500000,
      "net": 382716.05,
      "cumulative": -234567.89
    }
  ],
  "years": [
    {
      "year": 0,
      "first_month": 0,
      "last_month": 0,
      "cost": 1000000,
      "benefit": 0,
      "net": -1000000,
      "cumulative": -1000000,
      "pv_cost": 1000000,
      "pv_benefit": 0
    },
    {
      "year": 1,
      "first_month": 1,
      "last_month": 12,
      "cost": 117283.95,
      "benefit": 500000,
      "net": 382716.05,
      "cumulative": -617283.95,
      "pv_cost": 106621.77,
      "pv_benefit": 454545.45
    },
    {
      "year": 2,
      "first_month": 13,
      "last_month": 24,
      "cost": 117283.94,
      "benefit": 500000,
      "net": 382716.06,
      "cumulative": -234567.89,
      "pv_cost": 93378.23,
      "pv_benefit": 445454.55
    }
  ],
  "marketing": {
    "channels": [
      {
        "name": "Direct",
        "romi_percent": 248.9208633094,
        "marketing_roi_percent": null,
        "cac": null,
        "lead_close_rate_percent": null
      }
    ]
  },
  "acquisition": {
    "cac": 10000,
    "marketing_expense_to_revenue": 0.15,
    "lead_close_rate_percent": 0.8333333333
  },
  "unit_economics": {
    "monthly_margin": 650,
    "cac": 10000,
    "cac_payback_months": 15.3846153846,
    "ltv": 32500,
    "ltv_discounted": 31000.5,
    "ltv_to_cac": 3.25
  },
  "nps": {
    "nps": 45,
    "promoters": 60,
    "passives": 25,
    "detractors": 15
  },
  "notes": [
    "irr_annual_percent: no rate makes the net present value zero",
    "payback_months: not paid back within the horizon",
    "discounted_payback_months: not paid back within the horizon",
    "unadjusted.payback_months: not paid back within the horizon",
    "unadjusted.discounted_payback_months: not paid back within the horizon",
    "marketing.channels[Direct].marketing_roi_percent: no cost_of_goods or gross_profit given",
    "marketing.channels[Direct].cac: no new customers",
    "marketing.channels[Direct].lead_close_rate_percent: no leads"
  ]
}
)golden");
}

TEST_CASE("jsonl: one compact line per record with the input line number",
          "[render][calc][jsonl]") {
  CHECK(
      render_calc(troubled_report(), OutputFormat::jsonl, RenderOptions{}) ==
      R"golden({"format_version":1,"crmroi_version":")golden" CRMROI_VERSION_STRING
      R"golden(","source":"<stdin>","line":7,"scenario":"Bad\u001b[31m plan, \"v2\"","currency":"USD","horizon_months":24,"period":"year","discount_rate_percent":10,"risk_adjusted":true,"total_cost":1234567.89,"total_benefit":1000000,"net":-234567.89,"tco":1234567.89,"roi_percent":-18.9999993285,"pv_cost":1200000,"pv_benefit":900000,"pv_roi_percent":-25,"npv":0,"irr_annual_percent":null,"payback_months":null,"discounted_payback_months":null,"cost_lines":[{"name":"=HYPERLINK(\"x\")","kind":"one_time","arithmetic":"1,000,000 once, in month 0","total":1100000}],"benefit_lines":[{"name":"savings | 50 %","kind":"monthly","arithmetic":"","total":1000000}],"unadjusted":{"total_cost":1122334.45,"total_benefit":1000000,"net":-122334.45,"tco":1122334.45,"roi_percent":-10.89999955,"pv_cost":1200000,"pv_benefit":900000,"pv_roi_percent":-25,"npv":0,"irr_annual_percent":-5.123456789,"payback_months":null,"discounted_payback_months":null},"periods":[{"period":0,"month":0,"cost":1000000,"benefit":0,"net":-1000000,"cumulative":-1000000},{"period":1,"month":12,"cost":117283.95,"benefit":500000,"net":382716.05,"cumulative":-617283.95},{"period":2,"month":24,"cost":117283.95,"benefit":500000,"net":382716.05,"cumulative":-234567.89}],"years":[{"year":0,"first_month":0,"last_month":0,"cost":1000000,"benefit":0,"net":-1000000,"cumulative":-1000000,"pv_cost":1000000,"pv_benefit":0},{"year":1,"first_month":1,"last_month":12,"cost":117283.95,"benefit":500000,"net":382716.05,"cumulative":-617283.95,"pv_cost":106621.77,"pv_benefit":454545.45},{"year":2,"first_month":13,"last_month":24,"cost":117283.94,"benefit":500000,"net":382716.06,"cumulative":-234567.89,"pv_cost":93378.23,"pv_benefit":445454.55}],"marketing":{"channels":[{"name":"Direct","romi_percent":248.9208633094,"marketing_roi_percent":null,"cac":null,"lead_close_rate_percent":null}]},"acquisition":{"cac":10000,"marketing_expense_to_revenue":0.15,"lead_close_rate_percent":0.8333333333},"unit_economics":{"monthly_margin":650,"cac":10000,"cac_payback_months":15.3846153846,"ltv":32500,"ltv_discounted":31000.5,"ltv_to_cac":3.25},"nps":{"nps":45,"promoters":60,"passives":25,"detractors":15},"notes":["irr_annual_percent: no rate makes the net present value zero","payback_months: not paid back within the horizon","discounted_payback_months: not paid back within the horizon","unadjusted.payback_months: not paid back within the horizon","unadjusted.discounted_payback_months: not paid back within the horizon","marketing.channels[Direct].marketing_roi_percent: no cost_of_goods or gross_profit given","marketing.channels[Direct].cac: no new customers","marketing.channels[Direct].lead_close_rate_percent: no leads"]}
)golden");
}

TEST_CASE("csv: names quoted and escaped, nested keys, negatives plain, no -0",
          "[render][calc][csv]") {
  CHECK(calc_csv_header(RenderOptions{}) == "source,line,scenario,metric,value,unit,note\n");
  CHECK(render_calc(troubled_report(), OutputFormat::csv, RenderOptions{}) ==
        R"golden(<stdin>,7,"Bad\u001b[31m plan, ""v2""",total_cost,1234567.89,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",total_benefit,1000000,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",net,-234567.89,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",tco,1234567.89,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",roi_percent,-18.9999993285,percent,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",pv_cost,1200000,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",pv_benefit,900000,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",pv_roi_percent,-25,percent,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",npv,0,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",irr_annual_percent,,percent,no rate makes the net present value zero
<stdin>,7,"Bad\u001b[31m plan, ""v2""",payback_months,,months,not paid back within the horizon
<stdin>,7,"Bad\u001b[31m plan, ""v2""",discounted_payback_months,,months,not paid back within the horizon
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unadjusted.total_cost,1122334.45,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unadjusted.total_benefit,1000000,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unadjusted.net,-122334.45,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unadjusted.tco,1122334.45,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unadjusted.roi_percent,-10.89999955,percent,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unadjusted.pv_cost,1200000,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unadjusted.pv_benefit,900000,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unadjusted.pv_roi_percent,-25,percent,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unadjusted.npv,0,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unadjusted.irr_annual_percent,-5.123456789,percent,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unadjusted.payback_months,,months,not paid back within the horizon
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unadjusted.discounted_payback_months,,months,not paid back within the horizon
<stdin>,7,"Bad\u001b[31m plan, ""v2""",marketing.channels[Direct].romi_percent,248.9208633094,percent,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",marketing.channels[Direct].marketing_roi_percent,,percent,no cost_of_goods or gross_profit given
<stdin>,7,"Bad\u001b[31m plan, ""v2""",marketing.channels[Direct].cac,,USD,no new customers
<stdin>,7,"Bad\u001b[31m plan, ""v2""",marketing.channels[Direct].lead_close_rate_percent,,percent,no leads
<stdin>,7,"Bad\u001b[31m plan, ""v2""",acquisition.cac,10000,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",acquisition.marketing_expense_to_revenue,0.15,ratio,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",acquisition.lead_close_rate_percent,0.8333333333,percent,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unit_economics.monthly_margin,650,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unit_economics.cac,10000,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unit_economics.cac_payback_months,15.3846153846,months,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unit_economics.ltv,32500,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unit_economics.ltv_discounted,31000.5,USD,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",unit_economics.ltv_to_cac,3.25,ratio,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",nps.nps,45,points,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",nps.promoters,60,count,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",nps.passives,25,count,
<stdin>,7,"Bad\u001b[31m plan, ""v2""",nps.detractors,15,count,
)golden");
}

TEST_CASE("markdown: escaped pipes and punctuation, unadjusted column, cash flow by year",
          "[render][calc][markdown]") {
  CHECK(render_calc(troubled_report(), OutputFormat::markdown, monthly()) ==
        R"golden(## Bad\\u001b\[31m plan, "v2"

\<stdin\>:7 · 2 years (24 months) · discount rate 10.00 % a year · risk-adjusted · amounts in USD

| Cost | Arithmetic | Total | Risk | Unadjusted |
|:--|:--|--:|--:|--:|
| =HYPERLINK("x") | 1,000,000 once, in month 0 | 1,100,000.00 USD | 10 % | 1,000,000.00 USD |
| **Total cost (TCO)** |  | **1,234,567.89 USD** |  | **1,122,334.45 USD** |

| Benefit | Arithmetic | Total | Risk | Unadjusted |
|:--|:--|--:|--:|--:|
| savings \| 50 % |  | 1,000,000.00 USD |  | 1,000,000.00 USD |
| **Total benefit** |  | **1,000,000.00 USD** |  | **1,000,000.00 USD** |

### Cash flow by year (USD)

| Year | Month | Cost | Benefit | Net | Cumulative |
|--:|--:|--:|--:|--:|--:|
| 0 | 0 | 1,000,000.00 | 0.00 | -1,000,000.00 | -1,000,000.00 |
| 1 | 12 | 117,283.95 | 500,000.00 | 382,716.05 | -617,283.95 |
| 2 | 24 | 117,283.95 | 500,000.00 | 382,716.05 | -234,567.89 |

### Year by year (USD)

|  | Initial | Year 1 | Year 2 | Total | Present value |
|:--|--:|--:|--:|--:|--:|
| Costs | 1,000,000.00 | 117,283.95 | 117,283.94 | 1,234,567.89 | 1,200,000.00 |
| Benefits | 0.00 | 500,000.00 | 500,000.00 | 1,000,000.00 | 900,000.00 |
| Net | -1,000,000.00 | 382,716.05 | 382,716.06 | -234,567.89 | 0.00 |
| Cumulative | -1,000,000.00 | -617,283.95 | -234,567.89 |  |  |

### Marketing channel: Direct

| Metric | Value |
|:--|--:|
| ROMI (revenue basis) | 248.92 % |
| marketing ROI (gross profit) | n/a — no cost\_of\_goods or gross\_profit given |
| CAC | n/a — no new customers |
| lead close rate | n/a — no leads |

### Customer acquisition

| Metric | Value |
|:--|--:|
| CAC | 10,000.00 USD |
| Marketing expense to revenue | 0.15 |
| Lead close rate | 0.83 % |

### Unit economics

| Metric | Value |
|:--|--:|
| Monthly margin per customer | 650.00 USD |
| CAC | 10,000.00 USD |
| CAC payback | 15.38 months |
| LTV | 32,500.00 USD |
| LTV (discounted) | 31,000.50 USD |
| LTV:CAC | 3.25 |

### Net Promoter Score

| Metric | Value |
|:--|--:|
| NPS | 45.00 points |
| Promoters (9–10) | 60 |
| Passives (7–8) | 25 |
| Detractors (0–6) | 15 |

### Assumptions

- explicit yearly cash flows
- risk: costs +10 %

### Return on investment

| Metric | Value | Unadjusted |
|:--|--:|--:|
| Net | -234,567.89 USD | -122,334.45 USD |
| ROI | -19.00 % | -10.90 % |
| PV ROI | -25.00 % | -25.00 % |
| NPV | 0.00 USD | 0.00 USD |
| IRR (annual) | n/a — no rate makes the net present value zero | -5.12 % |
| Payback | n/a — not paid back within the horizon | n/a — not paid back within the horizon |
| Discounted payback | n/a — not paid back within the horizon | n/a — not paid back within the horizon |
)golden");
}
