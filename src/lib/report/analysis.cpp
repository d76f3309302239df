// The analysis blocks: marketing channels, acquisition, unit economics and NPS.
#include <span>

#include "crmroi/cash_flow.hpp"
#include "crmroi/metrics.hpp"
#include "report/report_detail.hpp"

namespace crmroi::report_detail {

ChannelReport evaluate_channel(const MarketingChannel& channel) {
  ChannelReport report{.name = channel.name};
  // ROMI = (revenue - spend) / spend   =(revenue-spend)/spend
  report.romi = romi_on_revenue(channel.revenue, channel.spend);
  // Marketing ROI = (gross profit - spend) / spend, gross profit = revenue - cost of goods
  if (channel.gross_profit) {
    report.marketing_roi = marketing_roi(*channel.gross_profit, channel.spend);
  } else if (channel.cost_of_goods) {
    report.marketing_roi =
        marketing_roi(gross_profit(channel.revenue, *channel.cost_of_goods), channel.spend);
  } else {
    report.marketing_roi = Metric::undefined("no cost of goods or gross profit given");
  }
  report.cac = channel.new_customers ? cac(channel.spend, *channel.new_customers)
                                     : Metric::undefined("no new customers given");
  if (!channel.new_customers) {
    report.lead_close_rate = Metric::undefined("no new customers given");
  } else if (!channel.leads) {
    report.lead_close_rate = Metric::undefined("no leads given");
  } else {
    report.lead_close_rate = lead_close_rate(*channel.new_customers, *channel.leads);
  }
  return report;
}

AcquisitionReport evaluate_acquisition(const Acquisition& acquisition) {
  AcquisitionReport report;
  // CAC = sales and marketing cost / new customers
  report.cac = cac(acquisition.sales_marketing_cost, acquisition.new_customers);
  if (!acquisition.marketing_expense) {
    report.marketing_expense_to_revenue = Metric::undefined("no marketing expense given");
  } else if (!acquisition.revenue) {
    report.marketing_expense_to_revenue = Metric::undefined("no revenue given");
  } else {
    report.marketing_expense_to_revenue =
        marketing_expense_to_revenue(*acquisition.marketing_expense, *acquisition.revenue);
  }
  report.lead_close_rate = acquisition.leads
                               ? lead_close_rate(acquisition.new_customers, *acquisition.leads)
                               : Metric::undefined("no leads given");
  return report;
}

UnitEconomicsReport evaluate_unit_economics(const UnitEconomics& unit_economics,
                                            const std::optional<Acquisition>& acquisition,
                                            double annual_discount_rate_percent) {
  UnitEconomicsReport report;
  report.monthly_margin =
      unit_economics.monthly_revenue_per_customer - unit_economics.monthly_cost_per_customer;
  if (unit_economics.cac) {
    report.cac = Metric::defined(*unit_economics.cac);
  } else if (acquisition) {
    report.cac = cac(acquisition->sales_marketing_cost, acquisition->new_customers);
  } else {
    report.cac = Metric::undefined("no CAC given");
  }
  report.cac_payback_months =
      report.cac.is_defined()
          ? cac_payback_months(report.cac.value(), unit_economics.upfront_payment.value_or(0.0),
                               unit_economics.monthly_revenue_per_customer,
                               unit_economics.monthly_cost_per_customer)
          : report.cac;

  CustomerLifetime lifetime;
  if (unit_economics.monthly_churn_percent) {
    lifetime.monthly_churn = *unit_economics.monthly_churn_percent / 100.0;
  }
  lifetime.lifetime_months = unit_economics.lifetime_months;
  report.ltv = ltv_simple(report.monthly_margin, lifetime);
  const double monthly_rate = period_rate_from_annual(annual_discount_rate_percent / 100.0, 12);
  report.ltv_discounted = ltv_discounted(report.monthly_margin, lifetime, monthly_rate);
  report.ltv_to_cac = ltv_to_cac(report.ltv, report.cac);
  return report;
}

NpsReport evaluate_nps(const NpsSurvey& survey) {
  NpsCounts counts;
  if (survey.scores) {
    counts = nps_counts_from_scores(std::span<const int>(*survey.scores));
  } else {
    counts = {.promoters = survey.promoters.value_or(0),
              .passives = survey.passives.value_or(0),
              .detractors = survey.detractors.value_or(0)};
  }
  return {.promoters = counts.promoters,
          .passives = counts.passives,
          .detractors = counts.detractors,
          .nps = nps(counts)};
}

}  // namespace crmroi::report_detail
