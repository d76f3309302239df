// The ratios of the README's "The formulas" table: each a pure function returning a number or a
// reason.
#include "crmroi/metrics.hpp"

#include <cmath>
#include <string>

namespace crmroi {
namespace {

// numerator / denominator, undefined with `reason` when the denominator is zero.
Metric ratio(double numerator, double denominator, const char* reason) {
  if (denominator == 0.0) return Metric::undefined(reason);
  return Metric::defined(numerator / denominator);
}

// numerator / denominator shown as a percentage: undefined with `reason` when the denominator is
// zero, and "too large to show (1e15 % or more): <too_large>" when it is almost zero.
Metric percent_ratio(double numerator, double denominator, const char* reason,
                     const char* too_large) {
  if (denominator == 0.0) return Metric::undefined(reason);
  return Metric::percentage(numerator / denominator, too_large);
}

bool is_churn_fraction(double churn) { return churn >= 0.0 && churn <= 1.0; }

}  // namespace

Metric roi(double gain, double investment) {
  return percent_ratio(gain - investment, investment, "no investment",
                       "the investment is almost zero");
}

Metric romi_on_revenue(double revenue, double cost) {
  return percent_ratio(revenue - cost, cost, "no channel cost", "the channel cost is almost zero");
}

double gross_profit(double revenue, double cost_of_goods_sold) {
  return revenue - cost_of_goods_sold;
}

Metric marketing_roi(double gross_profit, double marketing_investment) {
  return percent_ratio(gross_profit - marketing_investment, marketing_investment,
                       "no marketing investment", "the marketing investment is almost zero");
}

Metric marketing_expense_to_revenue(double marketing_expense, double revenue) {
  return ratio(marketing_expense, revenue, "no revenue");
}

Metric cac(double sales_marketing_cost, double new_customers) {
  return ratio(sales_marketing_cost, new_customers, "no new customers");
}

Metric cac_payback_months(double cac, double upfront_payment, double monthly_revenue_per_customer,
                          double monthly_cost_per_customer) {
  const double to_recover = cac - upfront_payment;
  if (to_recover <= 0.0) return Metric::defined(0.0);  // the upfront payment covers the CAC
  const double monthly_margin = monthly_revenue_per_customer - monthly_cost_per_customer;
  if (!(monthly_margin > 0.0)) {
    return Metric::undefined("monthly margin per customer is not positive");
  }
  return Metric::defined(to_recover / monthly_margin);
}

Metric ltv_simple(double monthly_margin, const CustomerLifetime& lifetime) {
  if (lifetime.monthly_churn && !is_churn_fraction(*lifetime.monthly_churn)) {
    return Metric::undefined("monthly churn is not between 0 and 100 %");
  }
  if (lifetime.lifetime_months && !(*lifetime.lifetime_months >= 0.0)) {
    return Metric::undefined("customer lifetime is negative");
  }
  if (lifetime.monthly_churn && *lifetime.monthly_churn > 0.0) {
    return Metric::defined(monthly_margin / *lifetime.monthly_churn);
  }
  if (lifetime.lifetime_months) return Metric::defined(monthly_margin * *lifetime.lifetime_months);
  if (lifetime.monthly_churn) {
    return Metric::undefined("churn is zero and no lifetime is given: the lifetime is unbounded");
  }
  return Metric::undefined("neither churn nor lifetime is given");
}

Metric ltv_discounted(double monthly_margin, const CustomerLifetime& lifetime,
                      double monthly_discount_rate) {
  const double churn = lifetime.monthly_churn.value_or(0.0);
  if (!is_churn_fraction(churn)) {
    return Metric::undefined("monthly churn is not between 0 and 100 %");
  }
  if (!(monthly_discount_rate > -1.0)) {
    return Metric::undefined("the discount rate is not above -100 %");
  }
  const double d = monthly_discount_rate;
  // Sum_{t=1..T} m rho^(t-1) / (1+d)^t = m / (1+d) * Sum_{k=0..T-1} q^k with q = rho / (1+d).
  // With a = 1 + d - rho = churn + d, 1 - q = a / (1+d), so the sum is m (1 - q^T) / a, and
  // m / a when T is infinite. (1 - q^T) is evaluated as -expm1(T log1p(q - 1)) so that it stays
  // accurate when q is close to 1.
  const double a = churn + d;
  if (!lifetime.lifetime_months) {
    if (!(a > 0.0)) {
      return Metric::undefined(
          "the value of an endless customer does not converge (churn plus discount rate is not "
          "positive)");
    }
    return Metric::defined(monthly_margin / a);
  }
  const double months = *lifetime.lifetime_months;
  if (!(months >= 0.0)) return Metric::undefined("customer lifetime is negative");
  if (a == 0.0) return Metric::defined(monthly_margin * months / (1.0 + d));
  const double q_minus_one = -a / (1.0 + d);  // >= -1 since churn <= 1
  const double one_minus_q_power = -std::expm1(months * std::log1p(q_minus_one));
  return Metric::defined(monthly_margin * one_minus_q_power / a);
}

Metric ltv_to_cac(const Metric& ltv, const Metric& cac) {
  if (!ltv.is_defined()) return Metric::undefined("LTV is undefined: " + ltv.reason());
  if (!cac.is_defined()) return Metric::undefined("CAC is undefined: " + cac.reason());
  return ratio(ltv.value(), cac.value(), "CAC is zero");
}

const char* ltv_to_cac_rating(const Metric& ltv_to_cac) {
  if (!ltv_to_cac.is_defined()) return "";
  if (ltv_to_cac.value() >= 5.0) return "strong";
  if (ltv_to_cac.value() >= 3.0) return "healthy";
  return "weak";
}

Metric lead_close_rate(double new_customers, double leads) {
  return percent_ratio(new_customers, leads, "no leads", "the leads are almost zero");
}

NpsCounts nps_counts_from_scores(std::span<const int> scores) {
  NpsCounts counts;
  for (const int score : scores) {
    if (score >= 9 && score <= 10) {
      ++counts.promoters;
    } else if (score >= 7 && score <= 8) {
      ++counts.passives;
    } else if (score >= 0 && score <= 6) {
      ++counts.detractors;
    }
  }
  return counts;
}

Metric nps(const NpsCounts& counts) {
  if (counts.promoters < 0 || counts.passives < 0 || counts.detractors < 0) {
    return Metric::undefined("a count of answers is negative");
  }
  const auto promoters = static_cast<double>(counts.promoters);
  const auto detractors = static_cast<double>(counts.detractors);
  const double answers = promoters + static_cast<double>(counts.passives) + detractors;
  if (answers == 0.0) return Metric::undefined("no answers");
  return Metric::defined((promoters - detractors) / answers * 100.0);
}

}  // namespace crmroi
