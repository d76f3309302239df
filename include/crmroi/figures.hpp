// The table of figures: every number crmroi reports, with its key, its labels, its quantity,
// which way is better and the spreadsheet formula that gives the same number. Renderers, compare,
// check and the metric subcommands iterate these tables; adding a figure to a report is one line
// here.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "crmroi/metric.hpp"
#include "crmroi/number_format.hpp"
#include "crmroi/report.hpp"
#include "crmroi/scenario.hpp"

namespace crmroi {

/// Which way a figure is better: compare marks the best value of each row, --sort puts it first.
enum class Better { higher, lower, neither };

/// Where a figure of an investment case stands in a report; renderers choose by it.
enum class FigureRole {
  total,          ///< what the horizon adds up to: total cost, total benefit, net
  alias,          ///< another key for a figure (tco), kept in machine records only
  present_value,  ///< a discounted total
  headline,       ///< how good a deal it is: ROI, NPV, IRR, payback
  detail,         ///< a figure of an analysis block (marketing, acquisition, ...)
};

/// One figure of a report block (`Block` is InvestmentFigures, ChannelReport, ...).
///
///   for (const auto& figure : kInvestmentFigures)
///     if (figure.role == FigureRole::headline) print(figure.label, figure.value(figures));
///   // ROI, PV ROI, NPV, IRR (annual), Payback, Discounted payback
template <typename Block>
struct FigureDefinition {
  std::string_view key;           ///< the JSON key: "roi_percent"
  std::string_view label;         ///< a row's label: "ROI", "Discounted payback"
  std::string_view phrase;        ///< inside a sentence: "payback", "marketing ROI (gross profit)"
  Quantity quantity;              ///< decides the unit and the rounding
  Better better;                  ///< which way is better
  FigureRole role;                ///< where it stands in a report
  std::string_view spreadsheet;   ///< the spreadsheet formula that gives the same number
  Metric (*value)(const Block&);  ///< the figure of a block: a number or undefined with a reason
};

/// The figures of an investment case, in the order of the JSON record (total_cost ...
/// discounted_payback_months).
inline constexpr FigureDefinition<InvestmentFigures> kInvestmentFigures[] = {
    {"total_cost", "Total cost (TCO)", "total cost", Quantity::money, Better::lower,
     FigureRole::total, "=SUM(costs)",
     [](const InvestmentFigures& f) { return Metric::defined(f.total_cost); }},
    {"total_benefit", "Total benefit", "total benefit", Quantity::money, Better::higher,
     FigureRole::total, "=SUM(benefits)",
     [](const InvestmentFigures& f) { return Metric::defined(f.total_benefit); }},
    {"net", "Net", "net", Quantity::money, Better::higher, FigureRole::total,
     "=SUM(benefits)-SUM(costs)",
     [](const InvestmentFigures& f) { return Metric::defined(f.net); }},
    {"tco", "TCO", "TCO", Quantity::money, Better::lower, FigureRole::alias, "=SUM(costs)",
     [](const InvestmentFigures& f) { return Metric::defined(f.total_cost); }},
    {"roi_percent", "ROI", "ROI", Quantity::percent, Better::higher, FigureRole::headline,
     "=(B-C)/C", [](const InvestmentFigures& f) { return f.roi; }},
    {"pv_cost", "Present value of costs", "present value of costs", Quantity::money, Better::lower,
     FigureRole::present_value, "=c0+NPV(r,c1:cn)",
     [](const InvestmentFigures& f) { return Metric::defined(f.pv_cost); }},
    {"pv_benefit", "Present value of benefits", "present value of benefits", Quantity::money,
     Better::higher, FigureRole::present_value, "=b0+NPV(r,b1:bn)",
     [](const InvestmentFigures& f) { return Metric::defined(f.pv_benefit); }},
    {"pv_roi_percent", "PV ROI", "PV ROI", Quantity::percent, Better::higher, FigureRole::headline,
     "=(b0+NPV(r,b1:bn)-(c0+NPV(r,c1:cn)))/(c0+NPV(r,c1:cn))",
     [](const InvestmentFigures& f) { return f.pv_roi; }},
    {"npv", "NPV", "NPV", Quantity::money, Better::higher, FigureRole::headline,
     "=v0+NPV(r_m, v1:vn)", [](const InvestmentFigures& f) { return Metric::defined(f.npv); }},
    {"irr_annual_percent", "IRR (annual)", "IRR", Quantity::percent, Better::higher,
     FigureRole::headline, "=(1+IRR(v0:vn))^12-1",
     [](const InvestmentFigures& f) { return f.irr_annual; }},
    {"payback_months", "Payback", "payback", Quantity::months, Better::lower, FigureRole::headline,
     "=m-1 + -cum_(m-1)/net_m", [](const InvestmentFigures& f) { return f.payback_months; }},
    {"discounted_payback_months", "Discounted payback", "discounted payback", Quantity::months,
     Better::lower, FigureRole::headline, "=m-1 + -dcum_(m-1)/(net_m/(1+r_m)^m)",
     [](const InvestmentFigures& f) { return f.discounted_payback_months; }},
};

/// The figures of one marketing channel (marketing.channels[]).
inline constexpr FigureDefinition<ChannelReport> kChannelFigures[] = {
    {"romi_percent", "ROMI (revenue basis)", "ROMI (revenue basis)", Quantity::percent,
     Better::higher, FigureRole::detail, "=(R-C)/C", [](const ChannelReport& c) { return c.romi; }},
    {"marketing_roi_percent", "Marketing ROI (gross profit basis)", "marketing ROI (gross profit)",
     Quantity::percent, Better::higher, FigureRole::detail, "=((R-COGS)-M)/M",
     [](const ChannelReport& c) { return c.marketing_roi; }},
    {"cac", "CAC", "CAC", Quantity::money, Better::lower, FigureRole::detail, "=S/N",
     [](const ChannelReport& c) { return c.cac; }},
    {"lead_close_rate_percent", "Lead close rate", "lead close rate", Quantity::percent,
     Better::higher, FigureRole::detail, "=N/L",
     [](const ChannelReport& c) { return c.lead_close_rate; }},
};

/// The figures of the customer acquisition block.
inline constexpr FigureDefinition<AcquisitionReport> kAcquisitionFigures[] = {
    {"cac", "CAC", "CAC", Quantity::money, Better::lower, FigureRole::detail, "=S/N",
     [](const AcquisitionReport& a) { return a.cac; }},
    {"marketing_expense_to_revenue", "Marketing expense to revenue", "marketing expense to revenue",
     Quantity::ratio, Better::lower, FigureRole::detail, "=E/R",
     [](const AcquisitionReport& a) { return a.marketing_expense_to_revenue; }},
    {"lead_close_rate_percent", "Lead close rate", "lead close rate", Quantity::percent,
     Better::higher, FigureRole::detail, "=N/L",
     [](const AcquisitionReport& a) { return a.lead_close_rate; }},
};

/// The figures of the unit economics block.
inline constexpr FigureDefinition<UnitEconomicsReport> kUnitEconomicsFigures[] = {
    {"monthly_margin", "Monthly margin per customer", "monthly margin per customer",
     Quantity::money, Better::higher, FigureRole::detail, "=R-C",
     [](const UnitEconomicsReport& u) { return Metric::defined(u.monthly_margin); }},
    {"cac", "CAC", "CAC", Quantity::money, Better::lower, FigureRole::detail, "=S/N",
     [](const UnitEconomicsReport& u) { return u.cac; }},
    {"cac_payback_months", "CAC payback", "CAC payback", Quantity::months, Better::lower,
     FigureRole::detail, "=(CAC-U)/(R-C)",
     [](const UnitEconomicsReport& u) { return u.cac_payback_months; }},
    {"ltv", "LTV", "LTV", Quantity::money, Better::higher, FigureRole::detail, "=M/churn",
     [](const UnitEconomicsReport& u) { return u.ltv; }},
    {"ltv_discounted", "LTV (discounted)", "discounted LTV", Quantity::money, Better::higher,
     FigureRole::detail, "=M/(1+d-ρ)",
     [](const UnitEconomicsReport& u) { return u.ltv_discounted; }},
    {"ltv_to_cac", "LTV:CAC", "LTV:CAC", Quantity::ratio, Better::higher, FigureRole::detail,
     "=LTV/CAC", [](const UnitEconomicsReport& u) { return u.ltv_to_cac; }},
};

/// The figures of the Net Promoter Score block: the score, then the counts it comes from.
inline constexpr FigureDefinition<NpsReport> kNpsFigures[] = {
    {"nps", "NPS", "NPS", Quantity::points, Better::higher, FigureRole::detail,
     R"(=(COUNTIF(s,">=9")-COUNTIF(s,"<=6"))/COUNT(s)*100)",
     [](const NpsReport& n) { return n.nps; }},
    {"promoters", "Promoters (9–10)", "promoters", Quantity::count, Better::higher,
     FigureRole::detail, R"(=COUNTIF(s,">=9"))",
     [](const NpsReport& n) { return Metric::defined(static_cast<double>(n.promoters)); }},
    {"passives", "Passives (7–8)", "passives", Quantity::count, Better::neither, FigureRole::detail,
     R"(=COUNTIFS(s,">=7",s,"<=8"))",
     [](const NpsReport& n) { return Metric::defined(static_cast<double>(n.passives)); }},
    {"detractors", "Detractors (0–6)", "detractors", Quantity::count, Better::lower,
     FigureRole::detail, R"(=COUNTIF(s,"<=6"))",
     [](const NpsReport& n) { return Metric::defined(static_cast<double>(n.detractors)); }},
};

/// How a figure must relate to its threshold.
enum class Requirement {
  at_least,  ///< ">=": minimum ROI, minimum NPV
  at_most,   ///< "<=": maximum payback
};

/// One threshold of a scenario's `targets`, on one figure of its investment case.
///
///   for (const TargetDefinition& target : kTargets)
///     if (const auto& threshold = targets.*target.threshold) ...  // min_roi_percent 100
struct TargetDefinition {
  std::string_view key;     ///< the key under "targets": "min_roi_percent"
  std::string_view label;   ///< "Minimum ROI"
  std::string_view figure;  ///< the key of the investment figure it holds: "roi_percent"
  Requirement requirement;
  /// The threshold in the figure's unit as people write it: percentage points for a percent
  /// figure (the figure itself is a fraction), months, money.
  std::optional<double> Targets::*threshold;
};

/// The thresholds `check` holds an investment case to, in the order of the targets block.
inline constexpr TargetDefinition kTargets[] = {
    {"min_roi_percent", "Minimum ROI", "roi_percent", Requirement::at_least,
     &Targets::min_roi_percent},
    {"max_payback_months", "Maximum payback", "payback_months", Requirement::at_most,
     &Targets::max_payback_months},
    {"min_npv", "Minimum NPV", "npv", Requirement::at_least, &Targets::min_npv},
};

/// The investment figure under `key`, or nullptr.
///   find_investment_figure("npv")->label == "NPV"
const FigureDefinition<InvestmentFigures>* find_investment_figure(std::string_view key);

/// A threshold as a value of its figure's quantity: ROI targets are written in percentage points,
/// the figure is a fraction.   target_value(kTargets[0], 50) == 0.5
double target_value(const TargetDefinition& target, double threshold);

/// One figure of a report flattened under its stable key: the JSON keys, nested ones joined with
/// "." ("unadjusted.npv", "acquisition.cac", "marketing.channels[Direct].romi_percent").
struct Figure {
  std::string key;
  std::string label;  ///< for people: "ROI", "Payback", "Direct: ROMI (revenue basis)"
  Metric value;
  Quantity quantity = Quantity::money;
};

/// Every figure of a report in the JSON record's order: the investment case, its unadjusted
/// figures when risk-adjusted, marketing channels, acquisition, unit economics, NPS, targets.
std::vector<Figure> report_figures(const Report& report);

}  // namespace crmroi
