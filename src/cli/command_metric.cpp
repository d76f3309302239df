// crmroi metric NAME [flags]: one metric of SPEC section 2 from numbers on the command line, for
// scripts and quick checks. One nested subcommand per metric; the library does the arithmetic.
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "commands.hpp"
#include "crmroi/cash_flow.hpp"
#include "crmroi/metrics.hpp"
#include "crmroi/money.hpp"
#include "crmroi/version.hpp"
#include "diagnostics.hpp"
#include "options.hpp"
#include "output.hpp"

namespace crmroi::cli {
namespace {

constexpr double kMaxAmount = 1e15;  // SPEC section 3: money amounts are at most 1e15

constexpr const char* kDescription =
    R"(Compute one metric from numbers on the command line.

Examples:
  crmroi metric cac --cost 450000 --customers 45                     10000
  crmroi metric roi --gain 49800 --investment 18000                  176.67
  crmroi metric npv --rate 10 -- -10000 5000 5000 5000               2434.26
  crmroi metric irr -- -70000 12000 15000 18000 21000 26000        8.66
  crmroi metric nps --scores 10,9,9,8,7,6,3                          14.29
  crmroi metric ltv --margin 650 --churn-percent 2 --format json

Prints the number alone on standard output: money and percentages (as percent numbers, 176.67
for 176.67 %) rounded to 2 decimals and months likewise, without trailing zeros; --precision N
changes the decimals. --format json prints {"metric", "value", "unit", "note", "crmroi_version"}
with the value to 10 decimals. A metric that is undefined (a zero divisor, no sign change for the
IRR...) prints n/a, and the reason on standard error ("crmroi: cac is undefined: no new
customers"); exit 0.
Run `crmroi metric NAME --help` for the formula of each metric and its spreadsheet equivalent.
)";

// ---------------------------------------------------------------------------------------------
// Results and their output

enum class Unit { money, percent, months, ratio, points };

const char* unit_name(Unit unit) {
  switch (unit) {
    case Unit::money:
      return "money";
    case Unit::percent:
      return "percent";
    case Unit::months:
      return "months";
    case Unit::ratio:
      return "ratio";
    case Unit::points:
      return "points";
  }
  return "ratio";
}

// --format and --precision, on every metric.
struct OutputOptions {
  std::string format = "plain";
  std::optional<int> precision;
};

// A JSON string literal of plain text (the reasons are ASCII sentences).
std::string json_string(std::string_view text) {
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      quoted.push_back('\\');
      quoted.push_back(c);
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
      quoted.append(escaped);
    } else {
      quoted.push_back(c);
    }
  }
  quoted.push_back('"');
  return quoted;
}

// Writes `text` to standard output through the same checked output as the reports: a reader
// that went away (EPIPE) ends the output quietly; any other failure is an I/O error.
ExitCode write_stdout(const std::string& text) {
  OutputSink output;
  Diagnostics diagnostics(&output);
  if (auto problem = output.open()) {
    diagnostics.error(ExitCode::io_error, *problem);
    return diagnostics.exit_code();
  }
  output.write(text);
  if (auto problem = output.finish(true)) diagnostics.error(ExitCode::io_error, *problem);
  return diagnostics.exit_code();
}

// Prints a result: the number (or n/a and the reason on standard error), or the JSON object.
ExitCode print_result(const char* name, const Metric& metric, Unit unit,
                      const OutputOptions& options) {
  if (options.format == "json") {
    const int decimals = options.precision.value_or(10);
    std::string text = "{\"metric\": " + json_string(name) + ", \"value\": ";
    text += metric.is_defined() ? plain_number(metric.value(), decimals) : "null";
    text += ", \"unit\": " + json_string(unit_name(unit)) + ", \"note\": ";
    text += metric.is_defined() ? "null" : json_string(metric.reason());
    text += ", \"crmroi_version\": " + json_string(kVersion) + "}\n";
    return write_stdout(text);
  }
  if (!metric.is_defined()) {
    const ExitCode code = write_stdout("n/a\n");
    std::fprintf(stderr, "crmroi: %s is undefined: %s\n", name, metric.reason().c_str());
    return code;
  }
  return write_stdout(plain_number(metric.value(), options.precision.value_or(2)) + "\n");
}

// ---------------------------------------------------------------------------------------------
// Flag checks: each returns the message CLI11 prints after the flag's name, or "" when fine.

std::string show(const std::string& text) {
  std::string shown;
  for (const char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02x", static_cast<unsigned>(c));
      shown.append(escaped);
    } else {
      shown.push_back(c);
    }
  }
  return "'" + shown + "'";
}

// The number in `text` (all of it) as strtod reads it in the C locale, or nullopt; inf, nan and
// hexadecimal are not numbers here. Too large for a double gives +-HUGE_VAL, which every range
// check rejects.
std::optional<double> parse_number(const std::string& text) {
  if (text.empty() || text.find_first_of("xXnN") != std::string::npos) return std::nullopt;
  const char first = text.front();
  if (!(std::isdigit(static_cast<unsigned char>(first)) || first == '-' || first == '+' ||
        first == '.')) {
    return std::nullopt;
  }
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return std::nullopt;
  return value;
}

CLI::Validator number_check(double minimum, bool minimum_included, double maximum,
                            const char* range_text) {
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        const auto value = parse_number(text);
        if (!value) return "expected a number, got " + show(text);
        const bool low_ok = minimum_included ? *value >= minimum : *value > minimum;
        if (!low_ok || *value > maximum) return std::string(range_text) + ", got " + text;
        return {};
      },
      "");
}

CLI::Validator integer_check(double maximum, const char* range_text) {
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        const auto value = parse_number(text);
        if (!value || *value != std::floor(*value))
          return "expected a whole number, got " + show(text);
        if (*value < 0 || *value > maximum) return std::string(range_text) + ", got " + text;
        return {};
      },
      "");
}

const CLI::Validator& money_check() {
  static const CLI::Validator check =
      number_check(0.0, true, kMaxAmount, "must be an amount from 0 to 1e15");
  return check;
}

const CLI::Validator& flow_check() {
  static const CLI::Validator check =
      number_check(-kMaxAmount, true, kMaxAmount, "must be an amount from -1e15 to 1e15");
  return check;
}

const CLI::Validator& count_check() {
  static const CLI::Validator check = integer_check(kMaxAmount, "must be a count from 0 to 1e15");
  return check;
}

const CLI::Validator& rate_check() {
  static const CLI::Validator check =
      number_check(-100.0, false, 1e6, "must be a percentage above -100 (and at most 1e6)");
  return check;
}

CLI::Option* add_money(CLI::App* command, const std::string& name, double& target,
                       const std::string& help) {
  return command->add_option(name, target, help)->check(money_check())->type_name("AMOUNT");
}

CLI::Option* add_count(CLI::App* command, const std::string& name, double& target,
                       const std::string& help) {
  return command->add_option(name, target, help)->check(count_check())->type_name("COUNT");
}

// --format plain|json and --precision N.
void add_output_options(CLI::App* command, OutputOptions& options) {
  command
      ->add_option("--format", options.format,
                   "plain: the number alone (default); json: {\"metric\", \"value\", \"unit\", "
                   "\"note\", \"crmroi_version\"}")
      ->type_name("FORMAT")
      ->check(CLI::Validator(
                  [](std::string& text) -> std::string {
                    if (text == "plain" || text == "json") return {};
                    return "unknown format " + show(text) + "; expected plain or json";
                  },
                  ""),
              choices_validator_name("plain, json"));
  command
      ->add_option("--precision", options.precision,
                   "Decimals to round to (default 2 for plain, 10 for json)")
      ->type_name("N")
      ->check(integer_check(15, "must be a whole number from 0 to 15"));
}

// --rate PCT and --period for the cash-flow metrics.
struct CashFlowOptions {
  double rate_percent = 0.0;
  std::string period = "year";

  [[nodiscard]] int periods_per_year() const {
    if (period == "month") return 12;
    if (period == "quarter") return 4;
    return 1;
  }
  [[nodiscard]] double months_per_period() const {
    return 12.0 / static_cast<double>(periods_per_year());
  }
  [[nodiscard]] double period_rate() const {
    return period_rate_from_annual(rate_percent / 100.0, periods_per_year());
  }
};

void add_period_option(CLI::App* command, CashFlowOptions& options) {
  command
      ->add_option("--period", options.period,
                   "Length of one period of the flows: month, quarter or year (default year)")
      ->type_name("PERIOD")
      ->check(CLI::Validator(
                  [](std::string& text) -> std::string {
                    if (text == "month" || text == "quarter" || text == "year") return {};
                    return "unknown period " + show(text) + "; expected month, quarter or year";
                  },
                  ""),
              choices_validator_name("month, quarter, year"));
}

void add_rate_option(CLI::App* command, CashFlowOptions& options, bool required) {
  CLI::Option* option =
      command->add_option("--rate", options.rate_percent, "Annual discount rate in percent")
          ->type_name("PCT")
          ->check(rate_check());
  if (required) option->required();
}

void add_flows(CLI::App* command, std::vector<double>& flows) {
  command
      ->add_option("FLOW", flows,
                   "Net cash flow of each period, element 0 at the start (undiscounted), after "
                   "--; separated by spaces or commas")
      ->delimiter(',')
      ->type_name("")
      ->check(flow_check());
}

[[noreturn]] void usage_error(const std::string& message) { throw CLI::ValidationError(message); }

// ---------------------------------------------------------------------------------------------
// The metrics. Each setup_* adds one nested subcommand whose description leads with the formula
// and its spreadsheet equivalent.

// Adds the subcommand `name` with its description: a one-line summary, then the formula and
// its spreadsheet equivalent, then examples. Each metric keeps its flags in a struct that its
// callback owns.
CLI::App* add_metric(CLI::App& parent, const std::string& name, const std::string& description) {
  CLI::App* command = parent.add_subcommand(name);
  command->description(description);
  return command;
}

// Adds --format and --precision after the metric's own flags, and the callback that runs it.
void set_run(CLI::App* command, OutputOptions& output, std::function<void()> run) {
  add_output_options(command, output);
  command->callback(std::move(run));
}

Metric as_percent(const Metric& fraction) {
  return fraction.map([](double value) { return value * 100.0; });
}

void setup_roi(CLI::App& parent, ExitCode& exit_code) {
  struct Options {
    OutputOptions output;
    double gain = 0.0;
    double investment = 0.0;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = add_metric(parent, "roi",
                                 R"(Return on investment, in percent

ROI = (gain - investment) / investment x 100.
Spreadsheet: =(gain-investment)/investment*100

Example (the dress e-shop: 8,300 a month of benefit for 6 months against 3,000 a month):
  crmroi metric roi --gain 49800 --investment 18000          176.67
)");
  add_money(command, "--gain", options->gain, "Total gain (benefit) over the horizon")->required();
  add_money(command, "--investment", options->investment,
            "Total investment (cost) over the horizon")
      ->required();
  set_run(command, options->output, [&exit_code, options] {
    exit_code = print_result("roi", as_percent(roi(options->gain, options->investment)),
                             Unit::percent, options->output);
  });
}

void setup_romi(CLI::App& parent, ExitCode& exit_code) {
  struct Options {
    OutputOptions output;
    double revenue = 0.0;
    double cost = 0.0;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command =
      add_metric(parent, "romi",
                 R"(Return on marketing investment of a channel, on revenue, in percent

ROMI = (channel revenue - channel cost) / channel cost x 100.
Spreadsheet: =(revenue-cost)/cost*100

Example (the Direct advertising channel):
  crmroi metric romi --revenue 9700 --cost 2780               248.92
)");
  add_money(command, "--revenue", options->revenue, "Revenue from the channel")->required();
  add_money(command, "--cost", options->cost, "Cost of the channel")->required();
  set_run(command, options->output, [&exit_code, options] {
    exit_code = print_result("romi", as_percent(romi_on_revenue(options->revenue, options->cost)),
                             Unit::percent, options->output);
  });
}

void setup_marketing_roi(CLI::App& parent, ExitCode& exit_code) {
  struct Options {
    OutputOptions output;
    std::optional<double> gross_profit;
    std::optional<double> revenue;
    std::optional<double> cost_of_goods_sold;
    double investment = 0.0;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = add_metric(parent, "marketing-roi",
                                 R"(Marketing ROI on gross profit, in percent

Marketing ROI = (gross profit - marketing investment) / marketing investment x 100,
with gross profit = revenue - cost of goods sold (COGS).
Spreadsheet: =((revenue-cogs)-investment)/investment*100

Examples (rubber ducks: 15 orders x 800 units x (2.50 - 1.00) gross profit, 5,000 spend):
  crmroi metric marketing-roi --gross-profit 18000 --investment 5000             260
  crmroi metric marketing-roi --revenue 30000 --cogs 12000 --investment 5000     260
)");
  CLI::Option* profit = command
                            ->add_option("--gross-profit", options->gross_profit,
                                         "Gross profit (revenue - cost of goods sold)")
                            ->type_name("AMOUNT")
                            ->check(flow_check());
  CLI::Option* revenue = command->add_option("--revenue", options->revenue, "Revenue")
                             ->type_name("AMOUNT")
                             ->check(money_check());
  CLI::Option* cogs =
      command->add_option("--cogs", options->cost_of_goods_sold, "Cost of goods sold")
          ->type_name("AMOUNT")
          ->check(money_check());
  profit->excludes(revenue)->excludes(cogs);
  revenue->needs(cogs);
  cogs->needs(revenue);
  add_money(command, "--investment", options->investment, "Marketing investment")->required();
  set_run(command, options->output, [&exit_code, options] {
    if (!options->gross_profit && !options->revenue) {
      usage_error("marketing-roi needs --gross-profit, or --revenue with --cogs");
    }
    const double profit_amount =
        options->gross_profit ? *options->gross_profit
                              : gross_profit(*options->revenue, *options->cost_of_goods_sold);
    exit_code =
        print_result("marketing-roi", as_percent(marketing_roi(profit_amount, options->investment)),
                     Unit::percent, options->output);
  });
}

void setup_expense_to_revenue(CLI::App& parent, ExitCode& exit_code) {
  struct Options {
    OutputOptions output;
    double expense = 0.0;
    double revenue = 0.0;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = add_metric(parent, "expense-to-revenue",
                                 R"(Marketing expense-to-revenue ratio

Expense-to-revenue = marketing expense / revenue.
Spreadsheet: =expense/revenue

Examples:
  crmroi metric expense-to-revenue --expense 210000 --revenue 1400000      0.15
  crmroi metric expense-to-revenue --expense 1.01e9 --revenue 8.58e9       0.12
  (Google, first quarter of 2011)
)");
  add_money(command, "--expense", options->expense,
            "Marketing expense, including marketing salaries")
      ->required();
  add_money(command, "--revenue", options->revenue, "Revenue of the same period")->required();
  set_run(command, options->output, [&exit_code, options] {
    exit_code = print_result("expense-to-revenue",
                             marketing_expense_to_revenue(options->expense, options->revenue),
                             Unit::ratio, options->output);
  });
}

void setup_cac(CLI::App& parent, ExitCode& exit_code) {
  struct Options {
    OutputOptions output;
    double cost = 0.0;
    double customers = 0.0;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = add_metric(parent, "cac",
                                 R"(Customer acquisition cost (CAC), money

CAC = total sales and marketing cost / new customers.
Spreadsheet: =cost/customers

Example:
  crmroi metric cac --cost 450000 --customers 45              10000
)");
  add_money(command, "--cost", options->cost, "Total sales and marketing cost of the period")
      ->required();
  add_count(command, "--customers", options->customers, "New customers won in the period")
      ->required();
  set_run(command, options->output, [&exit_code, options] {
    exit_code =
        print_result("cac", cac(options->cost, options->customers), Unit::money, options->output);
  });
}

void setup_cac_payback(CLI::App& parent, ExitCode& exit_code) {
  struct Options {
    OutputOptions output;
    double cac = 0.0;
    double upfront = 0.0;
    double monthly_revenue = 0.0;
    double monthly_cost_to_serve = 0.0;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = add_metric(parent, "cac-payback",
                                 R"(Months to earn back the CAC of one customer

CAC payback = (CAC - upfront payment) / (monthly revenue - monthly cost to serve);
0 when the upfront payment covers the CAC; undefined when the monthly margin is not positive.
Spreadsheet: =MAX(0,(cac-upfront)/(revenue-cost_to_serve))

Example:
  crmroi metric cac-payback --cac 10000 --revenue 1200 --cost-to-serve 550      15.38
)");
  add_money(command, "--cac", options->cac, "Customer acquisition cost")->required();
  add_money(command, "--upfront", options->upfront, "Upfront payment per customer (default 0)");
  add_money(command, "--revenue", options->monthly_revenue, "Monthly revenue per customer")
      ->required();
  add_money(command, "--cost-to-serve", options->monthly_cost_to_serve,
            "Monthly cost to serve one customer")
      ->required();
  set_run(command, options->output, [&exit_code, options] {
    exit_code =
        print_result("cac-payback",
                     cac_payback_months(options->cac, options->upfront, options->monthly_revenue,
                                        options->monthly_cost_to_serve),
                     Unit::months, options->output);
  });
}

void setup_ltv(CLI::App& parent, ExitCode& exit_code) {
  struct Options {
    OutputOptions output;
    double monthly_margin = 0.0;
    std::optional<double> churn_percent;
    std::optional<double> lifetime_months;
    std::optional<double> discount_rate_percent;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command =
      add_metric(parent, "ltv",
                 R"(Customer lifetime value (LTV), money: simple, or discounted with a rate

Simple: monthly margin x lifetime months, lifetime = 1 / monthly churn when churn is given.
Spreadsheet: =margin/churn  or  =margin*lifetime_months
Discounted (with --discount-rate-percent, annual; d = (1+rate)^(1/12)-1 a month):
the sum over t = 1..T of margin x (1-churn)^(t-1) / (1+d)^t, T = the lifetime months, or
endless without them (then margin / (d + churn)).
Spreadsheet: =SUMPRODUCT(margin*(1-churn)^(ROW(1:T)-1)/(1+d)^ROW(1:T))

Examples:
  crmroi metric ltv --margin 650 --churn-percent 2             32500
  crmroi metric ltv --margin 650 --lifetime-months 24          15600
  crmroi metric ltv --margin 650 --churn-percent 2 --discount-rate-percent 10      23235.75
)");
  add_money(command, "--margin", options->monthly_margin,
            "Monthly margin per customer (revenue - cost to serve)")
      ->required();
  command
      ->add_option("--churn-percent", options->churn_percent, "Monthly churn in percent, 0 to 100")
      ->type_name("PCT")
      ->check(number_check(0.0, true, 100.0, "must be a percentage from 0 to 100"));
  command
      ->add_option("--lifetime-months", options->lifetime_months,
                   "Expected lifetime in months: used without churn, and as the horizon of the "
                   "discounted sum")
      ->type_name("MONTHS")
      ->check(number_check(0.0, true, 1e6, "must be a number of months from 0 to 1e6"));
  command
      ->add_option("--discount-rate-percent", options->discount_rate_percent,
                   "Annual discount rate in percent: gives the discounted LTV")
      ->type_name("PCT")
      ->check(rate_check());
  set_run(command, options->output, [&exit_code, options] {
    if (!options->churn_percent && !options->lifetime_months) {
      usage_error("ltv needs --churn-percent or --lifetime-months");
    }
    CustomerLifetime lifetime;
    if (options->churn_percent) lifetime.monthly_churn = *options->churn_percent / 100.0;
    lifetime.lifetime_months = options->lifetime_months;
    const Metric value =
        options->discount_rate_percent
            ? ltv_discounted(options->monthly_margin, lifetime,
                             period_rate_from_annual(*options->discount_rate_percent / 100.0, 12))
            : ltv_simple(options->monthly_margin, lifetime);
    exit_code = print_result("ltv", value, Unit::money, options->output);
  });
}

void setup_ltv_to_cac(CLI::App& parent, ExitCode& exit_code) {
  struct Options {
    OutputOptions output;
    double ltv = 0.0;
    double cac = 0.0;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = add_metric(parent, "ltv-to-cac",
                                 R"(LTV:CAC ratio

LTV:CAC = LTV / CAC; 3 or more is healthy, 5 or more strong.
Spreadsheet: =ltv/cac

Example:
  crmroi metric ltv-to-cac --ltv 32500 --cac 10000            3.25
)");
  add_money(command, "--ltv", options->ltv, "Customer lifetime value")->required();
  add_money(command, "--cac", options->cac, "Customer acquisition cost")->required();
  set_run(command, options->output, [&exit_code, options] {
    exit_code = print_result(
        "ltv-to-cac", ltv_to_cac(Metric::defined(options->ltv), Metric::defined(options->cac)),
        Unit::ratio, options->output);
  });
}

void setup_close_rate(CLI::App& parent, ExitCode& exit_code) {
  struct Options {
    OutputOptions output;
    double customers = 0.0;
    double leads = 0.0;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = add_metric(parent, "close-rate",
                                 R"(Lead close rate, in percent

Close rate = new customers / leads x 100.
Spreadsheet: =customers/leads*100

Example (1 customer per 120 leads):
  crmroi metric close-rate --customers 25 --leads 3000        0.83
)");
  add_count(command, "--customers", options->customers, "New customers won from the leads")
      ->required();
  add_count(command, "--leads", options->leads, "Leads")->required();
  set_run(command, options->output, [&exit_code, options] {
    exit_code =
        print_result("close-rate", as_percent(lead_close_rate(options->customers, options->leads)),
                     Unit::percent, options->output);
  });
}

void setup_nps(CLI::App& parent, ExitCode& exit_code) {
  struct Options {
    OutputOptions output;
    std::vector<int> scores;
    std::optional<std::int64_t> promoters;
    std::optional<std::int64_t> passives;
    std::optional<std::int64_t> detractors;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = add_metric(parent, "nps",
                                 R"(Net Promoter Score, in points from -100 to +100

NPS = % promoters (answers 9-10) - % detractors (answers 0-6); passives answer 7-8.
Spreadsheet: =(COUNTIF(r,">=9")-COUNTIF(r,"<=6"))/COUNT(r)*100

Examples:
  crmroi metric nps --scores 10,9,9,8,7,6,3                   14.29
  crmroi metric nps --promoters 50 --passives 30 --detractors 20      30
)");
  CLI::Option* scores =
      command->add_option("--scores", options->scores, "Answers from 0 to 10, separated by commas")
          ->delimiter(',')
          ->type_name("SCORES")
          ->check(integer_check(10, "must be a score from 0 to 10"));
  const std::vector<CLI::Option*> counts = {
      command->add_option("--promoters", options->promoters, "Answers of 9 or 10"),
      command->add_option("--passives", options->passives, "Answers of 7 or 8"),
      command->add_option("--detractors", options->detractors, "Answers of 0 to 6")};
  for (CLI::Option* count : counts) {
    count->type_name("COUNT")->check(count_check());
    scores->excludes(count);
  }
  set_run(command, options->output, [&exit_code, options, scores] {
    NpsCounts tally;
    if (scores->count() > 0) {
      tally = nps_counts_from_scores(options->scores);
    } else if (options->promoters || options->passives || options->detractors) {
      tally.promoters = options->promoters.value_or(0);
      tally.passives = options->passives.value_or(0);
      tally.detractors = options->detractors.value_or(0);
    } else {
      usage_error("nps needs --scores, or --promoters, --passives and --detractors");
    }
    exit_code = print_result("nps", nps(tally), Unit::points, options->output);
  });
}

// The flags of the metrics on a series of cash flows.
struct FlowOptions {
  OutputOptions output;
  CashFlowOptions cash_flow;
  std::vector<double> flows;
};

// The flows, or a usage error naming the metric when none were given.
const std::vector<double>& flows_or_throw(const FlowOptions& options, const char* metric) {
  if (options.flows.empty()) {
    usage_error(std::string(metric) + " needs the cash flows after --, e.g. crmroi metric " +
                metric + " -- -10000 4000 4000 4000");
  }
  return options.flows;
}

void setup_npv(CLI::App& parent, ExitCode& exit_code) {
  auto options = std::make_shared<FlowOptions>();
  CLI::App* command = add_metric(parent, "npv",
                                 R"(Net present value of cash flows, money

NPV = the sum of flow_t / (1 + r)^t for t = 0..n, element 0 undiscounted; r is the rate per
period equivalent to the annual --rate: (1 + rate)^(1 / periods a year) - 1.
Spreadsheet: =v0+NPV(r,v1:vn)   (Excel's NPV discounts its first value, so v0 stays outside)

Example (set-up 10,000, then 5,000 a year net for 3 years at 10 %):
  crmroi metric npv --rate 10 -- -10000 5000 5000 5000        2434.26
)");
  add_rate_option(command, options->cash_flow, true);
  add_period_option(command, options->cash_flow);
  add_flows(command, options->flows);
  set_run(command, options->output, [&exit_code, options] {
    exit_code = print_result(
        "npv", net_present_value(flows_or_throw(*options, "npv"), options->cash_flow.period_rate()),
        Unit::money, options->output);
  });
}

void setup_irr(CLI::App& parent, ExitCode& exit_code) {
  auto options = std::make_shared<FlowOptions>();
  CLI::App* command = add_metric(parent, "irr",
                                 R"(Internal rate of return of cash flows, annualised, in percent

IRR: the rate per period r at which the NPV of the flows is 0, annualised as
((1 + r)^(periods a year) - 1) x 100. With several such rates, the one closest to 0;
undefined when the flows never change sign or no rate makes the NPV zero.
Spreadsheet: =IRR(v0:vn)*100 for yearly flows, =((1+IRR(v0:vn))^12-1)*100 for monthly ones

Examples (Excel's IRR help; a year of monthly flows):
  crmroi metric irr -- -70000 12000 15000 18000 21000 26000   8.66
  crmroi metric irr --period month -- -10000 1000 1000 1000 1000 1000 1000 \
                                         1000 1000 1000 1000 1000 1000       41.3
)");
  add_period_option(command, options->cash_flow);
  add_flows(command, options->flows);
  set_run(command, options->output, [&exit_code, options] {
    const Metric annual = annual_internal_rate_of_return(flows_or_throw(*options, "irr"),
                                                         options->cash_flow.periods_per_year());
    exit_code = print_result("irr", as_percent(annual), Unit::percent, options->output);
  });
}

void setup_payback(CLI::App& parent, ExitCode& exit_code) {
  auto options = std::make_shared<FlowOptions>();
  CLI::App* command = add_metric(parent, "payback",
                                 R"(Payback period of cash flows, in months

Payback: when the cumulative net cash flow last turns from negative to >= 0, interpolated
linearly inside that period; 0 if it is never negative; undefined when it is still negative
at the end.
Spreadsheet: =(k-1-C(k-1)/(Ck-C(k-1)))*months_per_period, with the cumulative sums C0..Cn in
a column and k the period in which C turns >= 0 for the last time.

Example (cumulative -50, -40, -27, -11, +8 over years 0-4: 3 + 11/19 years):
  crmroi metric payback -- -50 10 13 16 19                     42.95
)");
  add_period_option(command, options->cash_flow);
  add_flows(command, options->flows);
  set_run(command, options->output, [&exit_code, options] {
    const double months_per_period = options->cash_flow.months_per_period();
    const Metric months =
        payback_periods(flows_or_throw(*options, "payback"))
            .map([months_per_period](double periods) { return periods * months_per_period; });
    exit_code = print_result("payback", months, Unit::months, options->output);
  });
}

void setup_pv_roi(CLI::App& parent, ExitCode& exit_code) {
  struct Options {
    OutputOptions output;
    CashFlowOptions cash_flow;
    std::vector<double> costs;
    std::vector<double> benefits;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command =
      add_metric(parent, "pv-roi",
                 R"(ROI on present values, in percent, as Forrester's TEI studies publish it

PV ROI = (PV of benefits - PV of costs) / PV of costs x 100, each PV = v0 + NPV(r, v1:vn).
Spreadsheet: =((B0+NPV(r,B1:Bn))-(C0+NPV(r,C1:Cn)))/(C0+NPV(r,C1:Cn))*100

Example (set-up 10,000, then 5,000 a year of cost and 15,000 of benefit for 3 years at 10 %):
  crmroi metric pv-roi --rate 10 --costs 10000,5000,5000,5000 --benefits 0,15000,15000,15000
                                                               66.28
)");
  add_rate_option(command, options->cash_flow, true);
  add_period_option(command, options->cash_flow);
  command
      ->add_option("--costs", options->costs,
                   "Cost of each period, element 0 at the start, separated by commas")
      ->required()
      ->delimiter(',')
      ->type_name("AMOUNTS")
      ->check(money_check());
  command
      ->add_option("--benefits", options->benefits,
                   "Benefit of each period, element 0 at the start, separated by commas")
      ->required()
      ->delimiter(',')
      ->type_name("AMOUNTS")
      ->check(money_check());
  set_run(command, options->output, [&exit_code, options] {
    if (options->costs.size() != options->benefits.size()) {
      usage_error("--costs and --benefits must have the same number of periods (" +
                  std::to_string(options->costs.size()) + " and " +
                  std::to_string(options->benefits.size()) + ")");
    }
    const double rate = options->cash_flow.period_rate();
    const Metric pv_cost = net_present_value(options->costs, rate);
    const Metric pv_benefit = net_present_value(options->benefits, rate);
    Metric value = pv_cost;
    if (pv_cost.is_defined()) {
      value = pv_benefit.is_defined() ? present_value_roi(pv_benefit.value(), pv_cost.value())
                                      : pv_benefit;
    }
    exit_code = print_result("pv-roi", as_percent(value), Unit::percent, options->output);
  });
}

}  // namespace

void setup_metric(CLI::App& app, ExitCode& exit_code) {
  CLI::App* metric = app.add_subcommand("metric");
  metric->description(kDescription);
  metric->require_subcommand(1);
  setup_roi(*metric, exit_code);
  setup_romi(*metric, exit_code);
  setup_marketing_roi(*metric, exit_code);
  setup_expense_to_revenue(*metric, exit_code);
  setup_cac(*metric, exit_code);
  setup_cac_payback(*metric, exit_code);
  setup_ltv(*metric, exit_code);
  setup_ltv_to_cac(*metric, exit_code);
  setup_close_rate(*metric, exit_code);
  setup_nps(*metric, exit_code);
  setup_npv(*metric, exit_code);
  setup_irr(*metric, exit_code);
  setup_payback(*metric, exit_code);
  setup_pv_roi(*metric, exit_code);
}

}  // namespace crmroi::cli
