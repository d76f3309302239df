// crmroi metric NAME [flags]: one metric of the README's "The formulas" table from numbers on the
// command line, for scripts and quick checks. One nested subcommand per metric; the library does
// the arithmetic.
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "commands.hpp"
#include "crmroi/cash_flow.hpp"
#include "crmroi/figures.hpp"
#include "crmroi/metrics.hpp"
#include "crmroi/number_format.hpp"
#include "crmroi/version.hpp"
#include "diagnostics.hpp"
#include "options.hpp"
#include "output.hpp"

namespace crmroi::cli {
namespace {

constexpr double kMaxAmount = 1e15;  // README "Limits": money amounts are at most 1e15

constexpr const char* kMetricDescription =
    R"(Compute one metric from numbers on the command line.

Examples:
  crmroi metric cac --cost 450000 --customers 45                             10000
  crmroi metric roi --gain 49800 --investment 18000                          176.67
  crmroi metric npv --rate 10 --period year -- -10000 5000 5000 5000         2434.26
  crmroi metric irr --period year -- -70000 12000 15000 18000 21000 26000    8.66
  crmroi metric nps --scores 10,9,9,8,7,6,3                                  14.29
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

// Prints a result: the number (or n/a and the reason on standard error), or the JSON object. A
// percent figure is printed as percentage points (176.67 for 176.67 %).
ExitCode print_result(const char* name, const Metric& figure, Quantity quantity,
                      const OutputOptions& options) {
  const Metric metric = quantity == Quantity::percent
                            ? figure.map([](double value) { return value * 100.0; })
                            : figure;
  if (options.format == "json") {
    const int decimals = options.precision.value_or(10);
    std::string text = "{\"metric\": " + json_string(name) + ", \"value\": ";
    text += metric.is_defined() ? format_number(metric.value(), decimals, kMachineStyle) : "null";
    text += ", \"unit\": " + json_string(quantity_name(quantity)) + ", \"note\": ";
    text += metric.is_defined() ? "null" : json_string(metric.reason());
    text += ", \"crmroi_version\": " + json_string(kVersion) + "}\n";
    return write_stdout(text);
  }
  if (!metric.is_defined()) {
    const ExitCode code = write_stdout("n/a\n");
    std::fprintf(stderr, "crmroi: %s is undefined: %s\n", name, metric.reason().c_str());
    return code;
  }
  return write_stdout(format_number(metric.value(), options.precision.value_or(2), kMachineStyle) +
                      "\n");
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
std::optional<double> parse_metric_number(const std::string& text) {
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
        const auto value = parse_metric_number(text);
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
        const auto value = parse_metric_number(text);
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

// --format plain|json and --precision N.
void add_output_options(CLI::App& command, OutputOptions& options) {
  command
      .add_option("--format", options.format,
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
      .add_option("--precision", options.precision,
                  "Decimals to round to (default 2 for plain, 10 for json)")
      ->type_name("N")
      ->check(integer_check(15, "must be a whole number from 0 to 15"));
}

// --rate PCT and --period for the cash-flow metrics.
struct CashFlowOptions {
  double rate_percent = 0.0;
  std::string period;  ///< as given; empty: not given (a year where a default is allowed)

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

CLI::Option* add_period_option(CLI::App& command, CashFlowOptions& options) {
  return command
      .add_option("--period", options.period,
                  "Length of one period of the flows: month, quarter or year (npv, irr and "
                  "payback: required; pv-roi: default year)")
      ->type_name("PERIOD")
      ->check(CLI::Validator(
                  [](std::string& text) -> std::string {
                    if (text == "month" || text == "quarter" || text == "year") return {};
                    return "unknown period " + show(text) + "; expected month, quarter or year";
                  },
                  ""),
              choices_validator_name("month, quarter, year"));
}

[[noreturn]] void usage_error(const std::string& message) { throw CLI::ValidationError(message); }

// ---------------------------------------------------------------------------------------------
// The metrics as one table: each subcommand's name, the figure of the table of figures it
// computes (so its unit: money, percent, months, ratio or points), its description (a one-line
// summary, the formula and its spreadsheet equivalent, examples), its flags and its arithmetic.

// What a flag holds, and so its type name and its check.
enum class FlagKind {
  amount,           ///< money from 0 to 1e15
  signed_amount,    ///< money from -1e15 to 1e15 (a gross profit may be a loss)
  count,            ///< a whole number from 0 to 1e15
  churn_percent,    ///< a percentage from 0 to 100
  lifetime_months,  ///< months from 0 to 1e6
  rate_percent,     ///< a percentage above -100
  whole_count,      ///< a whole number of answers, as an integer
  scores,           ///< answers from 0 to 10, separated by commas
  amounts,          ///< money per period, separated by commas
  discount_rate,    ///< --rate: the annual discount rate of the cash-flow metrics
  period,           ///< --period: month, quarter or year
  flows,            ///< FLOW...: net cash flows after --
};

struct Flag {
  const char* name;
  FlagKind kind;
  bool required;
  const char* help;
};

// What the flags of one subcommand hold once parsed, by flag name.
struct MetricInputs {
  std::map<std::string, std::optional<double>, std::less<>> numbers;
  std::map<std::string, std::optional<std::int64_t>, std::less<>> whole_counts;
  std::map<std::string, std::vector<double>, std::less<>> lists;
  std::vector<int> scores;
  CashFlowOptions cash_flow;
  OutputOptions output;

  /// The number given for `flag`, or 0 when it was not given.
  [[nodiscard]] double number(std::string_view flag) const {
    return numbers.find(flag)->second.value_or(0.0);
  }
  [[nodiscard]] const std::optional<double>& given(std::string_view flag) const {
    return numbers.find(flag)->second;
  }
  [[nodiscard]] const std::optional<std::int64_t>& count(std::string_view flag) const {
    return whole_counts.find(flag)->second;
  }
  [[nodiscard]] const std::vector<double>& list(std::string_view flag) const {
    return lists.find(flag)->second;
  }
};

CLI::Option* add_flag(CLI::App& command, const Flag& flag, MetricInputs& inputs) {
  const auto number = [&](const char* type_name, const CLI::Validator& check) {
    return command.add_option(flag.name, inputs.numbers[flag.name], flag.help)
        ->check(check)
        ->type_name(type_name);
  };
  // Values separated by commas (or spaces, for FLOW...).
  const auto list = [&](auto& target, const char* type_name, const CLI::Validator& check) {
    return command.add_option(flag.name, target, flag.help)
        ->delimiter(',')
        ->type_name(type_name)
        ->check(check);
  };
  CLI::Option* option = nullptr;
  switch (flag.kind) {
    case FlagKind::amount:
      option = number("AMOUNT", money_check());
      break;
    case FlagKind::signed_amount:
      option = number("AMOUNT", flow_check());
      break;
    case FlagKind::count:
      option = number("COUNT", count_check());
      break;
    case FlagKind::churn_percent:
      option = number("PCT", number_check(0.0, true, 100.0, "must be a percentage from 0 to 100"));
      break;
    case FlagKind::lifetime_months:
      option = number("MONTHS",
                      number_check(0.0, true, 1e6, "must be a number of months from 0 to 1e6"));
      break;
    case FlagKind::rate_percent:
      option = number("PCT", rate_check());
      break;
    case FlagKind::whole_count:
      option = command.add_option(flag.name, inputs.whole_counts[flag.name], flag.help)
                   ->type_name("COUNT")
                   ->check(count_check());
      break;
    case FlagKind::scores:
      option = list(inputs.scores, "SCORES", integer_check(10, "must be a score from 0 to 10"));
      break;
    case FlagKind::amounts:
      option = list(inputs.lists[flag.name], "AMOUNTS", money_check());
      break;
    case FlagKind::discount_rate:
      option = command.add_option(flag.name, inputs.cash_flow.rate_percent, flag.help)
                   ->type_name("PCT")
                   ->check(rate_check());
      break;
    case FlagKind::period:
      option = add_period_option(command, inputs.cash_flow);
      break;
    case FlagKind::flows:
      option = list(inputs.lists[flag.name], "", flow_check());
      break;
  }
  if (flag.required) option->required();
  return option;
}

// The flags shared by the metrics on a series of cash flows.
const Flag kRate = {"--rate", FlagKind::discount_rate, true, "Annual discount rate in percent"};
const Flag kPeriod = {"--period", FlagKind::period, false, ""};
const Flag kFlows = {"FLOW", FlagKind::flows, false,
                     "Net cash flow of each period, element 0 at the start (undiscounted), "
                     "after --; separated by spaces or commas"};

// The flows after --, or a usage error naming the metric when none were given, or when
// --period was not given with them (monthly flows read as years give a wrong answer without a
// word: 3,092.55 instead of 322,410.95 in a trial).
const std::vector<double>& flows_or_throw(const MetricInputs& inputs, const char* metric) {
  const std::vector<double>& flows = inputs.list("FLOW");
  if (flows.empty()) {
    usage_error(std::string(metric) + " needs the cash flows after --, e.g. crmroi metric " +
                metric + " --period year -- -10000 4000 4000 4000");
  }
  if (inputs.cash_flow.period.empty()) {
    usage_error(std::string(metric) +
                " needs --period month, quarter or year: the length of one period of the flows "
                "(monthly flows read as years give a different " +
                metric + ")");
  }
  return flows;
}

// Options that exclude or need each other: --gross-profit, or --revenue with --cogs.
void relate_marketing_roi(CLI::App& command) {
  CLI::Option* profit = command.get_option("--gross-profit");
  CLI::Option* revenue = command.get_option("--revenue");
  CLI::Option* cogs = command.get_option("--cogs");
  profit->excludes(revenue)->excludes(cogs);
  revenue->needs(cogs);
  cogs->needs(revenue);
}

// --scores, or the three counts.
void relate_nps(CLI::App& command) {
  CLI::Option* scores = command.get_option("--scores");
  for (const char* count : {"--promoters", "--passives", "--detractors"}) {
    scores->excludes(command.get_option(count));
  }
}

Metric compute_marketing_roi(const MetricInputs& in) {
  if (!in.given("--gross-profit") && !in.given("--revenue")) {
    usage_error("marketing-roi needs --gross-profit, or --revenue with --cogs");
  }
  const double profit = in.given("--gross-profit")
                            ? *in.given("--gross-profit")
                            : gross_profit(in.number("--revenue"), in.number("--cogs"));
  return marketing_roi(profit, in.number("--investment"));
}

Metric compute_ltv(const MetricInputs& in) {
  if (!in.given("--churn-percent") && !in.given("--lifetime-months")) {
    usage_error("ltv needs --churn-percent or --lifetime-months");
  }
  CustomerLifetime lifetime;
  if (in.given("--churn-percent")) lifetime.monthly_churn = *in.given("--churn-percent") / 100.0;
  lifetime.lifetime_months = in.given("--lifetime-months");
  if (const std::optional<double>& rate = in.given("--discount-rate-percent")) {
    return ltv_discounted(in.number("--margin"), lifetime,
                          period_rate_from_annual(*rate / 100.0, 12));
  }
  return ltv_simple(in.number("--margin"), lifetime);
}

Metric compute_nps(const MetricInputs& in) {
  NpsCounts tally;
  const auto& promoters = in.count("--promoters");
  const auto& passives = in.count("--passives");
  const auto& detractors = in.count("--detractors");
  if (!in.scores.empty()) {
    tally = nps_counts_from_scores(in.scores);
  } else if (promoters || passives || detractors) {
    tally.promoters = promoters.value_or(0);
    tally.passives = passives.value_or(0);
    tally.detractors = detractors.value_or(0);
  } else {
    usage_error("nps needs --scores, or --promoters, --passives and --detractors");
  }
  return nps(tally);
}

Metric compute_pv_roi(const MetricInputs& in) {
  const std::vector<double>& costs = in.list("--costs");
  const std::vector<double>& benefits = in.list("--benefits");
  if (costs.size() != benefits.size()) {
    usage_error("--costs and --benefits must have the same number of periods (" +
                std::to_string(costs.size()) + " and " + std::to_string(benefits.size()) + ")");
  }
  const double rate = in.cash_flow.period_rate();
  const Metric pv_cost = net_present_value(costs, rate);
  const Metric pv_benefit = net_present_value(benefits, rate);
  if (!pv_cost.is_defined()) return pv_cost;
  return pv_benefit.is_defined() ? present_value_roi(pv_benefit.value(), pv_cost.value())
                                 : pv_benefit;
}

// One metric subcommand.
struct MetricCommand {
  const char* name;
  std::string_view figure;  ///< the key of the figure it computes in the table of figures
  const char* description;
  std::vector<Flag> flags;
  Metric (*compute)(const MetricInputs&);
  void (*relate)(CLI::App&) = nullptr;  ///< options that exclude or need each other
};

// The quantity of the figure under `key` in one block of the table of figures.
template <typename Block>
std::optional<Quantity> quantity_in(std::span<const FigureDefinition<Block>> figures,
                                    std::string_view key) {
  for (const auto& figure : figures) {
    if (figure.key == key) return figure.quantity;
  }
  return std::nullopt;
}

Quantity figure_quantity(std::string_view key) {
  if (auto quantity = quantity_in<InvestmentFigures>(kInvestmentFigures, key)) return *quantity;
  if (auto quantity = quantity_in<ChannelReport>(kChannelFigures, key)) return *quantity;
  if (auto quantity = quantity_in<AcquisitionReport>(kAcquisitionFigures, key)) return *quantity;
  if (auto quantity = quantity_in<UnitEconomicsReport>(kUnitEconomicsFigures, key)) {
    return *quantity;
  }
  if (auto quantity = quantity_in<NpsReport>(kNpsFigures, key)) return *quantity;
  return Quantity::ratio;
}

const std::vector<MetricCommand>& metric_commands() {
  static const std::vector<MetricCommand> commands = {
      {"roi",
       "roi_percent",
       R"(Return on investment, in percent

ROI = (gain - investment) / investment x 100.
Spreadsheet: =(gain-investment)/investment*100

Example (the dress e-shop: 8,300 a month of benefit for 6 months against 3,000 a month):
  crmroi metric roi --gain 49800 --investment 18000          176.67
)",
       {{"--gain", FlagKind::amount, true, "Total gain (benefit) over the horizon"},
        {"--investment", FlagKind::amount, true, "Total investment (cost) over the horizon"}},
       [](const MetricInputs& in) { return roi(in.number("--gain"), in.number("--investment")); }},
      {"romi",
       "romi_percent",
       R"(Return on marketing investment of a channel, on revenue, in percent

ROMI = (channel revenue - channel cost) / channel cost x 100.
Spreadsheet: =(revenue-cost)/cost*100

Example (the Direct advertising channel):
  crmroi metric romi --revenue 9700 --cost 2780               248.92
)",
       {{"--revenue", FlagKind::amount, true, "Revenue from the channel"},
        {"--cost", FlagKind::amount, true, "Cost of the channel"}},
       [](const MetricInputs& in) {
         return romi_on_revenue(in.number("--revenue"), in.number("--cost"));
       }},
      {"marketing-roi",
       "marketing_roi_percent",
       R"(Marketing ROI on gross profit, in percent

Marketing ROI = (gross profit - marketing investment) / marketing investment x 100,
with gross profit = revenue - cost of goods sold (COGS).
Spreadsheet: =((revenue-cogs)-investment)/investment*100

Examples (rubber ducks: 15 orders x 800 units x (2.50 - 1.00) gross profit, 5,000 spend):
  crmroi metric marketing-roi --gross-profit 18000 --investment 5000             260
  crmroi metric marketing-roi --revenue 30000 --cogs 12000 --investment 5000     260
)",
       {{"--gross-profit", FlagKind::signed_amount, false,
         "Gross profit (revenue - cost of goods sold)"},
        {"--revenue", FlagKind::amount, false, "Revenue"},
        {"--cogs", FlagKind::amount, false, "Cost of goods sold"},
        {"--investment", FlagKind::amount, true, "Marketing investment"}},
       compute_marketing_roi,
       relate_marketing_roi},
      {"expense-to-revenue",
       "marketing_expense_to_revenue",
       R"(Marketing expense-to-revenue ratio

Expense-to-revenue = marketing expense / revenue.
Spreadsheet: =expense/revenue

Examples:
  crmroi metric expense-to-revenue --expense 210000 --revenue 1400000      0.15
  crmroi metric expense-to-revenue --expense 1.01e9 --revenue 8.58e9       0.12
  (Google, first quarter of 2011)
)",
       {{"--expense", FlagKind::amount, true, "Marketing expense, including marketing salaries"},
        {"--revenue", FlagKind::amount, true, "Revenue of the same period"}},
       [](const MetricInputs& in) {
         return marketing_expense_to_revenue(in.number("--expense"), in.number("--revenue"));
       }},
      {"cac",
       "cac",
       R"(Customer acquisition cost (CAC), money

CAC = total sales and marketing cost / new customers.
Spreadsheet: =cost/customers

Example:
  crmroi metric cac --cost 450000 --customers 45              10000
)",
       {{"--cost", FlagKind::amount, true, "Total sales and marketing cost of the period"},
        {"--customers", FlagKind::count, true, "New customers won in the period"}},
       [](const MetricInputs& in) { return cac(in.number("--cost"), in.number("--customers")); }},
      {"cac-payback",
       "cac_payback_months",
       R"(Months to earn back the CAC of one customer

CAC payback = (CAC - upfront payment) / (monthly revenue - monthly cost to serve);
0 when the upfront payment covers the CAC; undefined when the monthly margin is not positive.
Spreadsheet: =MAX(0,(cac-upfront)/(revenue-cost_to_serve))

Example:
  crmroi metric cac-payback --cac 10000 --revenue 1200 --cost-to-serve 550      15.38
)",
       {{"--cac", FlagKind::amount, true, "Customer acquisition cost"},
        {"--upfront", FlagKind::amount, false, "Upfront payment per customer (default 0)"},
        {"--revenue", FlagKind::amount, true, "Monthly revenue per customer"},
        {"--cost-to-serve", FlagKind::amount, true, "Monthly cost to serve one customer"}},
       [](const MetricInputs& in) {
         return cac_payback_months(in.number("--cac"), in.number("--upfront"),
                                   in.number("--revenue"), in.number("--cost-to-serve"));
       }},
      {"ltv",
       "ltv",
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
)",
       {{"--margin", FlagKind::amount, true,
         "Monthly margin per customer (revenue - cost to serve)"},
        {"--churn-percent", FlagKind::churn_percent, false, "Monthly churn in percent, 0 to 100"},
        {"--lifetime-months", FlagKind::lifetime_months, false,
         "Expected lifetime in months: used without churn, and as the horizon of the "
         "discounted sum"},
        {"--discount-rate-percent", FlagKind::rate_percent, false,
         "Annual discount rate in percent: gives the discounted LTV"}},
       compute_ltv},
      {"ltv-to-cac",
       "ltv_to_cac",
       R"(LTV:CAC ratio

LTV:CAC = LTV / CAC; 3 or more is healthy, 5 or more strong.
Spreadsheet: =ltv/cac

Example:
  crmroi metric ltv-to-cac --ltv 32500 --cac 10000            3.25
)",
       {{"--ltv", FlagKind::amount, true, "Customer lifetime value"},
        {"--cac", FlagKind::amount, true, "Customer acquisition cost"}},
       [](const MetricInputs& in) {
         return ltv_to_cac(Metric::defined(in.number("--ltv")),
                           Metric::defined(in.number("--cac")));
       }},
      {"close-rate",
       "lead_close_rate_percent",
       R"(Lead close rate, in percent

Close rate = new customers / leads x 100.
Spreadsheet: =customers/leads*100

Example (1 customer per 120 leads):
  crmroi metric close-rate --customers 25 --leads 3000        0.83
)",
       {{"--customers", FlagKind::count, true, "New customers won from the leads"},
        {"--leads", FlagKind::count, true, "Leads"}},
       [](const MetricInputs& in) {
         return lead_close_rate(in.number("--customers"), in.number("--leads"));
       }},
      {"nps",
       "nps",
       R"(Net Promoter Score, in points from -100 to +100

NPS = % promoters (answers 9-10) - % detractors (answers 0-6); passives answer 7-8.
Spreadsheet: =(COUNTIF(r,">=9")-COUNTIF(r,"<=6"))/COUNT(r)*100

Examples:
  crmroi metric nps --scores 10,9,9,8,7,6,3                   14.29
  crmroi metric nps --promoters 50 --passives 30 --detractors 20      30
)",
       {{"--scores", FlagKind::scores, false, "Answers from 0 to 10, separated by commas"},
        {"--promoters", FlagKind::whole_count, false, "Answers of 9 or 10"},
        {"--passives", FlagKind::whole_count, false, "Answers of 7 or 8"},
        {"--detractors", FlagKind::whole_count, false, "Answers of 0 to 6"}},
       compute_nps,
       relate_nps},
      {"npv",
       "npv",
       R"(Net present value of cash flows, money

NPV = the sum of flow_t / (1 + r)^t for t = 0..n, element 0 undiscounted; r is the rate per
period equivalent to the annual --rate: (1 + rate)^(1 / periods a year) - 1.
Spreadsheet: =v0+NPV(r,v1:vn)   (Excel's NPV discounts its first value, so v0 stays outside)

Example (set-up 10,000, then 5,000 a year net for 3 years at 10 %):
  crmroi metric npv --rate 10 --period year -- -10000 5000 5000 5000   2434.26
)",
       {kRate, kPeriod, kFlows},
       [](const MetricInputs& in) {
         return net_present_value(flows_or_throw(in, "npv"), in.cash_flow.period_rate());
       }},
      {"irr",
       "irr_annual_percent",
       R"(Internal rate of return of cash flows, annualised, in percent

IRR: the rate per period r at which the NPV of the flows is 0, annualised as
((1 + r)^(periods a year) - 1) x 100. With several such rates, the one closest to 0;
undefined when the flows never change sign or no rate makes the NPV zero.
Spreadsheet: =IRR(v0:vn)*100 for yearly flows, =((1+IRR(v0:vn))^12-1)*100 for monthly ones

Examples (five years of yearly flows from Excel's IRR help; then a year of monthly flows):
  crmroi metric irr --period year -- -70000 12000 15000 18000 21000 26000    8.66
  crmroi metric irr --period month -- -10000 1000 1000 1000 1000 1000 1000 \
                                         1000 1000 1000 1000 1000 1000     41.3
)",
       {kPeriod, kFlows},
       [](const MetricInputs& in) {
         return annual_internal_rate_of_return(flows_or_throw(in, "irr"),
                                               in.cash_flow.periods_per_year());
       }},
      {"payback",
       "payback_months",
       R"(Payback period of cash flows, in months

Payback: when the cumulative net cash flow last turns from negative to >= 0, interpolated
linearly inside that period; 0 if it is never negative; undefined when it is still negative
at the end.
Spreadsheet: =(k-1-C(k-1)/(Ck-C(k-1)))*months_per_period, with the cumulative sums C0..Cn in
a column and k the period in which C turns >= 0 for the last time.

Example (cumulative -50, -40, -27, -11, +8 over years 0-4: 3 + 11/19 years):
  crmroi metric payback --period year -- -50 10 13 16 19       42.95
)",
       {kPeriod, kFlows},
       [](const MetricInputs& in) {
         const double months_per_period = in.cash_flow.months_per_period();
         return payback_periods(flows_or_throw(in, "payback"))
             .map([months_per_period](double periods) { return periods * months_per_period; });
       }},
      {"pv-roi",
       "pv_roi_percent",
       R"(ROI on present values, in percent, as Forrester's TEI studies publish it

PV ROI = (PV of benefits - PV of costs) / PV of costs x 100, each PV = v0 + NPV(r, v1:vn).
Spreadsheet: =((B0+NPV(r,B1:Bn))-(C0+NPV(r,C1:Cn)))/(C0+NPV(r,C1:Cn))*100

Example (set-up 10,000, then 5,000 a year of cost and 15,000 of benefit for 3 years at 10 %):
  crmroi metric pv-roi --rate 10 --costs 10000,5000,5000,5000 --benefits 0,15000,15000,15000
                                                               66.28
)",
       {kRate,
        kPeriod,
        {"--costs", FlagKind::amounts, true,
         "Cost of each period, element 0 at the start, separated by commas"},
        {"--benefits", FlagKind::amounts, true,
         "Benefit of each period, element 0 at the start, separated by commas"}},
       compute_pv_roi},
  };
  return commands;
}

// Adds one metric's subcommand: its flags, --format and --precision after them, and the callback
// that computes and prints it (the inputs live as long as the callback).
void add_metric_command(CLI::App& parent, const MetricCommand& metric, ExitCode& exit_code) {
  CLI::App* command = parent.add_subcommand(metric.name);
  command->description(metric.description);
  auto inputs = std::make_shared<MetricInputs>();
  for (const Flag& flag : metric.flags) add_flag(*command, flag, *inputs);
  if (metric.relate != nullptr) metric.relate(*command);
  add_output_options(*command, inputs->output);
  const Quantity quantity = figure_quantity(metric.figure);
  command->callback([&exit_code, &metric, inputs, quantity] {
    exit_code = print_result(metric.name, metric.compute(*inputs), quantity, inputs->output);
  });
}

}  // namespace

void setup_metric(CLI::App& app, ExitCode& exit_code) {
  CLI::App* metric = app.add_subcommand("metric");
  metric->description(kMetricDescription);
  metric->require_subcommand(1);
  for (const MetricCommand& command : metric_commands()) {
    add_metric_command(*metric, command, exit_code);
  }
}

}  // namespace crmroi::cli
