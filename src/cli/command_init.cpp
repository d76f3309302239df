// crmroi init [--kind eshop|saas|cash-flows]: prints a starter scenario whose every key has a
// comment beside it (a key starting with "_"), ready to be saved, edited and run.
#include <array>
#include <memory>
#include <string>
#include <string_view>

#include "commands.hpp"
#include "crmroi/render.hpp"
#include "diagnostics.hpp"
#include "output.hpp"
#include "render/escape.hpp"

namespace crmroi::cli {
namespace {

constexpr const char* kInitDescription =
    R"(Print a starter scenario to edit: every key has a comment beside it ("_key").

Examples:
  crmroi init > my-crm.json                   an online shop weighing a CRM (the default)
  crmroi calc my-crm.json                     its report, once the numbers are yours
  crmroi init --kind saas > saas.json         a subscription business, with unit economics
  crmroi init --kind cash-flows > case.json   a vendor's business case, year by year

The starter validates and runs as printed: replace its numbers with yours. Keys starting with
"_" are comments and may be deleted; the format, key by key, is in docs/scenario-format.md and in
`crmroi schema`.
)";

constexpr std::string_view kEshop = R"({
  "_": "A crmroi starter (crmroi init --kind eshop): an online shop weighing a CRM. Each key has its comment beside it, a key starting with _ that crmroi ignores. Replace the numbers with yours, then: crmroi calc FILE",
  "_name": "What the report calls this case.",
  "name": "My e-shop on a CRM",
  "_currency": "ISO 4217 code of every amount in the file (USD when left out).",
  "currency": "RUB",
  "_horizon_months": "Months to count after the start (month 0): 12 to 36 is usual.",
  "horizon_months": 24,
  "_discount_rate_percent": "Annual rate for present values (NPV, PV ROI), in percentage points: 10 means 10 %.",
  "discount_rate_percent": 10,
  "_business": "The shop today, before the CRM.",
  "business": {
    "_orders_per_month": "Orders a month today.",
    "orders_per_month": 400,
    "_average_order_value": "The average order, in the currency above.",
    "average_order_value": 3500,
    "_gross_margin_percent": "Gross margin of an order in percentage points (30 means 30 %): profit per order = average order x margin. Or give profit_per_order instead of these two.",
    "gross_margin_percent": 30
  },
  "_costs": "What the CRM costs: one_time and recurring lines.",
  "costs": {
    "_one_time": "Paid once, in month 0 (the start) unless month says otherwise.",
    "one_time": [
      {
        "_name": "What the line is.",
        "name": "setup and integration",
        "_amount": "How much.",
        "amount": 60000,
        "_month": "When: 0 is the start.",
        "month": 0
      },
      {
        "_name": "What the line is.",
        "name": "staff training",
        "_amount": "How much.",
        "amount": 15000,
        "_month": "When: month 1 is the end of the first month.",
        "month": 1
      }
    ],
    "_recurring": "Paid every month from month 1: monthly, per_user with users, or per_order.",
    "recurring": [
      {
        "_name": "What the line is.",
        "name": "subscription",
        "_per_user": "Price of one user a month.",
        "per_user": 1500,
        "_users": "Users paid for.",
        "users": 5
      },
      {
        "_name": "What the line is.",
        "name": "fee per order",
        "_per_order": "Charged on every order of the month, the extra orders included.",
        "per_order": 10
      }
    ]
  },
  "_benefits": "What the CRM brings: time_savings, order_uplift and other monthly benefits.",
  "benefits": {
    "_time_savings": "Hours the CRM saves, worth what those hours cost.",
    "time_savings": [
      {
        "_name": "Who saves the time.",
        "name": "order managers",
        "_people": "How many of them.",
        "people": 2,
        "_minutes_per_day": "Minutes each saves a working day (or hours_per_day, hours_per_week, hours_per_month).",
        "minutes_per_day": 45,
        "_days_per_month": "Working days a month (21 when left out).",
        "days_per_month": 22,
        "_hourly_cost": "What an hour of their time costs, taxes included.",
        "hourly_cost": 400,
        "_realization_percent": "Share of the saved time that turns into useful work (Nucleus Research: 50 when unsure, 70 to 90 for sales staff).",
        "realization_percent": 70
      }
    ],
    "_order_uplift": "More orders thanks to the CRM (reminders, abandoned carts, repeat sales).",
    "order_uplift": {
      "_percent": "Extra orders as a share of today's, in percentage points; or orders_per_month for a number of extra orders.",
      "percent": 3
    },
    "_monthly": "Any other monthly benefit: a cheaper tool, a retired system, cut ad spend.",
    "monthly": [
      {
        "_name": "What the benefit is.",
        "name": "SMS and e-mail service no longer paid",
        "_amount": "Worth a month.",
        "amount": 3000
      }
    ]
  },
)";

constexpr std::string_view kSaas = R"({
  "_": "A crmroi starter (crmroi init --kind saas): a subscription business giving its sales and support teams a CRM, with its customers' unit economics. Each key has its comment beside it, a key starting with _ that crmroi ignores. Replace the numbers with yours, then: crmroi calc FILE",
  "_name": "What the report calls this case.",
  "name": "My SaaS company on a CRM",
  "_currency": "ISO 4217 code of every amount in the file (USD when left out).",
  "currency": "USD",
  "_horizon_months": "Months to count after the start (month 0): Forrester's studies take 36.",
  "horizon_months": 36,
  "_discount_rate_percent": "Annual rate for present values (NPV, PV ROI), in percentage points: 10 means 10 %.",
  "discount_rate_percent": 10,
  "_business": "The business today, before the CRM.",
  "business": {
    "_orders_per_month": "New subscriptions sold a month today.",
    "orders_per_month": 20,
    "_profit_per_order": "Gross profit of one new subscription over its first year.",
    "profit_per_order": 2400
  },
  "_costs": "What the CRM costs: one_time and recurring lines.",
  "costs": {
    "_one_time": "Paid once, in month 0 (the start) unless month says otherwise.",
    "one_time": [
      {
        "_name": "What the line is.",
        "name": "implementation and data migration",
        "_amount": "How much.",
        "amount": 45000
      }
    ],
    "_recurring": "Paid every month from month 1: monthly, per_user with users, or per_order.",
    "recurring": [
      {
        "_name": "What the line is.",
        "name": "subscription",
        "_per_user": "Price of one seat a month.",
        "per_user": 65,
        "_users": "Seats paid for.",
        "users": 12
      },
      {
        "_name": "What the line is.",
        "name": "administration",
        "_monthly": "A fixed amount a month.",
        "monthly": 800
      }
    ]
  },
  "_benefits": "What the CRM brings: time_savings, order_uplift and other monthly benefits.",
  "benefits": {
    "_time_savings": "Hours the CRM saves, worth what those hours cost.",
    "time_savings": [
      {
        "_name": "Who saves the time.",
        "name": "account executives",
        "_people": "How many of them.",
        "people": 8,
        "_hours_per_week": "Hours each saves a week (or minutes_per_day, hours_per_day, hours_per_month).",
        "hours_per_week": 3,
        "_hourly_cost": "What an hour of their time costs, taxes included.",
        "hourly_cost": 45,
        "_realization_percent": "Share of the saved time that turns into useful work (Nucleus Research: 70 to 90 for sales staff).",
        "realization_percent": 80
      },
      {
        "_name": "Who saves the time.",
        "name": "support team",
        "_people": "How many of them.",
        "people": 4,
        "_hours_per_month": "Hours each saves a month.",
        "hours_per_month": 10,
        "_hourly_cost": "What an hour of their time costs, taxes included.",
        "hourly_cost": 30,
        "_realization_percent": "Share of the saved time that turns into useful work (50 when unsure).",
        "realization_percent": 50
      }
    ],
    "_order_uplift": "More subscriptions sold thanks to the CRM.",
    "order_uplift": {
      "_orders_per_month": "Extra subscriptions a month; or percent, a share of today's.",
      "orders_per_month": 2
    },
    "_monthly": "Any other monthly benefit: a cheaper tool, a retired system, cut ad spend.",
    "monthly": [
      {
        "_name": "What the benefit is.",
        "name": "spreadsheet add-ons retired",
        "_amount": "Worth a month.",
        "amount": 300
      }
    ]
  },
)";
constexpr std::string_view kSaasAfterAdoption =
    R"(  "_risk": "Forrester's risk adjustment: costs raised, benefits lowered, on every line (a line may set its own risk_percent).",
  "risk": {
    "_costs_percent": "How much the costs may overrun, in percent.",
    "costs_percent": 10,
    "_benefits_percent": "How much the benefits may fall short, in percent.",
    "benefits_percent": 15
  },
  "_unit_economics": "One customer: what they bring and cost a month, and how long they stay.",
  "unit_economics": {
    "_monthly_revenue_per_customer": "Revenue of one customer a month.",
    "monthly_revenue_per_customer": 400,
    "_monthly_cost_per_customer": "Cost to serve one customer a month.",
    "monthly_cost_per_customer": 120,
    "_cac": "Customer acquisition cost: sales and marketing spend per new customer.",
    "cac": 3000,
    "_monthly_churn_percent": "Customers lost a month, in percent (or lifetime_months).",
    "monthly_churn_percent": 2
  },
)";

constexpr std::string_view kCashFlows = R"({
  "_": "A crmroi starter (crmroi init --kind cash-flows): a vendor's or a consultant's business case transcribed as it stands, period by period. Each key has its comment beside it, a key starting with _ that crmroi ignores. Replace the numbers with yours, then: crmroi calc FILE",
  "_name": "What the report calls this case.",
  "name": "Vendor's business case, yearly",
  "_currency": "ISO 4217 code of every amount in the file (USD when left out).",
  "currency": "USD",
  "_discount_rate_percent": "Annual rate for present values (NPV, PV ROI), in percentage points: 10 means 10 %.",
  "discount_rate_percent": 10,
  "_cash_flows": "The case's own figures instead of drivers: element 0 is the start (not discounted), element n the end of period n.",
  "cash_flows": {
    "_period": "The length of one period: month, quarter or year.",
    "period": "year",
    "_costs": "Costs of each period, from the start.",
    "costs": [50000, 20000, 20000, 20000],
    "_benefits": "Benefits of each period, from the start; as many elements as costs.",
    "benefits": [0, 45000, 60000, 70000]
  },
)";

// The adoption block of the driver starters (eshop, saas), written after their benefits.
constexpr std::string_view kAdoption =
    R"(  "_adoption": "How fast the benefits come: none before go-live, then a linear ramp to full.",
  "adoption": {
    "_implementation_months": "Months without benefit before go-live.",
    "implementation_months": 0,
    "_ramp_months": "Months from go-live to the full benefit.",
    "ramp_months": 0
  },
)";

// The targets block every starter ends with; only the longest payback differs.
constexpr std::string_view kTargetsHead =
    R"(  "_targets": "What crmroi check holds the case to (exit 1 when one is missed).",
  "targets": {
    "_min_roi_percent": "The lowest acceptable ROI, in percent.",
    "min_roi_percent": 50,
    "_max_payback_months": "The longest acceptable payback, in months.",
    "max_payback_months": )";
constexpr std::string_view kTargetsTail = R"(,
    "_min_npv": "The lowest acceptable NPV.",
    "min_npv": 0
  }
}
)";

struct Starter {
  std::string_view kind;
  std::string_view body;  ///< up to the adoption block, or up to the targets without one
  bool adoption;          ///< the adoption block (kAdoption) follows the body
  std::string_view rest;  ///< after the adoption block, up to the targets block
  int max_payback_months;
};

constexpr std::array<Starter, 3> kStarters = {{
    {"eshop", kEshop, true, "", 12},
    {"saas", kSaas, true, kSaasAfterAdoption, 12},
    {"cash-flows", kCashFlows, false, "", 24},
}};

std::string starter_text(const Starter& starter) {
  std::string text(starter.body);
  if (starter.adoption) text += kAdoption;
  text += starter.rest;
  text += kTargetsHead;
  text += std::to_string(starter.max_payback_months);
  text += kTargetsTail;
  return text;
}

constexpr std::string_view kKindNames = "eshop, saas, cash-flows";

const Starter* find_starter(std::string_view kind) {
  for (const Starter& starter : kStarters) {
    if (starter.kind == kind) return &starter;
  }
  return nullptr;
}

ExitCode run_init(std::string_view kind) {
  OutputSink output;
  Diagnostics diagnostics(&output);
  if (auto error = output.open()) diagnostics.error(ExitCode::io_error, *error);
  output.write(starter_text(*find_starter(kind)));
  if (auto error = output.finish(true)) diagnostics.error(ExitCode::io_error, *error);
  return diagnostics.exit_code();
}

}  // namespace

void setup_init(CLI::App& app, ExitCode& exit_code) {
  auto kind = std::make_shared<std::string>("eshop");
  CLI::App* command = app.add_subcommand("init");
  command->description(kInitDescription);
  command
      ->add_option("--kind", *kind,
                   "Which starter: eshop (drivers of an online shop, the default), saas (a "
                   "subscription business with unit economics), cash-flows (yearly figures of a "
                   "business case)")
      ->type_name("KIND")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            if (find_starter(value) != nullptr) return {};
            return "unknown kind '" + escape_control_characters(value) + "'; expected one of " +
                   std::string(kKindNames);
          },
          ""));
  command->callback([kind, &exit_code] { exit_code = run_init(*kind); });
}

}  // namespace crmroi::cli
