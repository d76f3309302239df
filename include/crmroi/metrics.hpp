// Marketing, customer and investment ratios of the README's "The formulas" table. Pure functions;
// ratios are fractions (1.7667 means 176.67 %). Each returns Metric::undefined with a reason
// instead of dividing by zero.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "crmroi/metric.hpp"

namespace crmroi {

/// ROI = (gain - investment) / investment.   =(gain-investment)/investment
///   roi(49800, 18000) -> 1.766666... (176.67 %); roi(x, 0) -> undefined "no investment"
Metric roi(double gain, double investment);

/// ROMI on revenue = (channel revenue - channel cost) / channel cost.
///   romi_on_revenue(9700, 2780) -> 2.4892... (248.92 %)
Metric romi_on_revenue(double revenue, double cost);

/// Gross profit = revenue - cost of goods sold.
double gross_profit(double revenue, double cost_of_goods_sold);

/// Marketing ROI on gross profit = (gross profit - marketing investment) / marketing investment.
///   marketing_roi(18000, 5000) -> 2.6 (260 %)
Metric marketing_roi(double gross_profit, double marketing_investment);

/// Marketing expense-to-revenue = marketing expense / revenue.
///   marketing_expense_to_revenue(210000, 1400000) -> 0.15
Metric marketing_expense_to_revenue(double marketing_expense, double revenue);

/// CAC = total sales and marketing cost / new customers.   cac(450000, 45) -> 10000
Metric cac(double sales_marketing_cost, double new_customers);

/// CAC payback in months = (CAC - upfront payment) / (monthly revenue - monthly cost to serve),
/// 0 when the upfront payment covers the CAC, undefined when the monthly margin is <= 0.
///   cac_payback_months(10000, 0, 1200, 550) -> 15.3846...
Metric cac_payback_months(double cac, double upfront_payment, double monthly_revenue_per_customer,
                          double monthly_cost_per_customer);

/// How long a customer stays: by monthly churn, by a fixed lifetime, or both (churn with a cap).
struct CustomerLifetime {
  std::optional<double> monthly_churn;    ///< fraction, 0.02 for 2 %/month
  std::optional<double> lifetime_months;  ///< expected lifetime or horizon, in months
};

/// Simple LTV = monthly margin x expected lifetime months; lifetime = 1 / churn when churn is
/// given (lifetime_months is used only without churn). Undefined when neither is given or the
/// churn is 0 with no lifetime.   ltv_simple(650, {.monthly_churn = 0.02}) -> 32500
Metric ltv_simple(double monthly_margin, const CustomerLifetime& lifetime);

/// Discounted LTV (customer value as a net present value, seed 004):
/// sum_{t=1..T} margin * rho^(t-1) / (1+d)^t, rho = 1 - churn (1 without churn), d the monthly
/// discount rate, T = lifetime_months or infinity (then margin / (1 + d - rho)).
/// Undefined when T is infinite and 1 + d - rho <= 0.
Metric ltv_discounted(double monthly_margin, const CustomerLifetime& lifetime,
                      double monthly_discount_rate);

/// LTV:CAC = LTV / CAC; undefined when either is undefined or CAC is 0.
Metric ltv_to_cac(const Metric& ltv, const Metric& cac);

/// How LTV:CAC reads against seed 000's rule of thumb: "strong" (>= 5), "healthy" (>= 3),
/// "weak" (< 3), or "" when undefined.
const char* ltv_to_cac_rating(const Metric& ltv_to_cac);

/// Lead close rate = new customers / leads.   lead_close_rate(25, 3000) -> 0.008333...
Metric lead_close_rate(double new_customers, double leads);

/// Counts of NPS answers.
struct NpsCounts {
  std::int64_t promoters = 0;   ///< answered 9-10
  std::int64_t passives = 0;    ///< answered 7-8
  std::int64_t detractors = 0;  ///< answered 0-6
};

/// Tallies raw 0-10 scores into counts. Scores outside 0-10 must be rejected by the caller.
NpsCounts nps_counts_from_scores(std::span<const int> scores);

/// NPS = % promoters - % detractors, in points from -100 to +100; undefined with no answers.
Metric nps(const NpsCounts& counts);

}  // namespace crmroi
