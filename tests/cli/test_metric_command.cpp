// crmroi metric NAME: exact standard output, standard error and exit code of each metric, the
// JSON form, undefined results, bad flags and a failed write.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "run_process.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using crmroi::test::ProcessOptions;
using crmroi::test::ProcessResult;
using crmroi::test::run_crmroi;

namespace {

// Runs `crmroi metric ARGS...` and requires exit 0 with nothing on standard error.
std::string metric_output(const std::vector<std::string>& args) {
  std::vector<std::string> full = {"metric"};
  full.insert(full.end(), args.begin(), args.end());
  const ProcessResult result = run_crmroi(full);
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  return result.out;
}

ProcessResult metric(const std::vector<std::string>& args) {
  std::vector<std::string> full = {"metric"};
  full.insert(full.end(), args.begin(), args.end());
  return run_crmroi(full);
}

constexpr const char* kHint = "Run with --help for more information.\n";

}  // namespace

TEST_CASE("metric cac prints 10000 for 450000 / 45", "[cli][metric]") {
  CHECK(metric_output({"cac", "--cost", "450000", "--customers", "45"}) == "10000\n");
}

TEST_CASE("metric roi prints the dress e-shop's 176.67 percent", "[cli][metric]") {
  CHECK(metric_output({"roi", "--gain", "49800", "--investment", "18000"}) == "176.67\n");
}

TEST_CASE("metric romi prints the three channels' 248.92, 239.92 and 25", "[cli][metric]") {
  CHECK(metric_output({"romi", "--revenue", "9700", "--cost", "2780"}) == "248.92\n");
  CHECK(metric_output({"romi", "--revenue", "8600", "--cost", "2530"}) == "239.92\n");
  CHECK(metric_output({"romi", "--revenue", "5000", "--cost", "4000"}) == "25\n");
}

TEST_CASE("metric marketing-roi prints 260 from gross profit or from revenue and COGS",
          "[cli][metric]") {
  CHECK(metric_output({"marketing-roi", "--gross-profit", "18000", "--investment", "5000"}) ==
        "260\n");
  CHECK(metric_output({"marketing-roi", "--revenue", "30000", "--cogs", "12000", "--investment",
                       "5000"}) == "260\n");
}

TEST_CASE("metric expense-to-revenue prints 0.15 and Google's 0.12", "[cli][metric]") {
  CHECK(metric_output({"expense-to-revenue", "--expense", "210000", "--revenue", "1400000"}) ==
        "0.15\n");
  CHECK(metric_output({"expense-to-revenue", "--expense", "1.01e9", "--revenue", "8.58e9"}) ==
        "0.12\n");
}

TEST_CASE("metric cac-payback prints 15.38 months", "[cli][metric]") {
  CHECK(metric_output({"cac-payback", "--cac", "10000", "--revenue", "1200", "--cost-to-serve",
                       "550"}) == "15.38\n");
  CHECK(metric_output({"cac-payback", "--cac", "10000", "--upfront", "10000", "--revenue", "1200",
                       "--cost-to-serve", "550"}) == "0\n");
}

TEST_CASE("metric ltv prints 32500 simple and 23235.75 discounted at 10 % a year",
          "[cli][metric]") {
  CHECK(metric_output({"ltv", "--margin", "650", "--churn-percent", "2"}) == "32500\n");
  CHECK(metric_output({"ltv", "--margin", "650", "--lifetime-months", "24"}) == "15600\n");
  // 650 / (0.02 + (1.1^(1/12) - 1))
  CHECK(metric_output({"ltv", "--margin", "650", "--churn-percent", "2", "--discount-rate-percent",
                       "10"}) == "23235.75\n");
}

TEST_CASE("metric ltv-to-cac and close-rate print 3.25 and 0.83", "[cli][metric]") {
  CHECK(metric_output({"ltv-to-cac", "--ltv", "32500", "--cac", "10000"}) == "3.25\n");
  CHECK(metric_output({"close-rate", "--customers", "25", "--leads", "3000"}) == "0.83\n");
}

TEST_CASE("metric nps prints 14.29 from scores and 30 from counts", "[cli][metric]") {
  CHECK(metric_output({"nps", "--scores", "10,9,9,8,7,6,3"}) == "14.29\n");
  CHECK(metric_output({"nps", "--promoters", "50", "--passives", "30", "--detractors", "20"}) ==
        "30\n");
}

TEST_CASE("metric npv, irr and payback need --period with their flows: usage error, exit 2",
          "[cli][metric][usage]") {
  // The trial's monthly flows read as years gave 3,092.55 instead of 322,410.95.
  for (const char* name : {"npv", "irr", "payback"}) {
    INFO(name);
    std::vector<std::string> arguments{name};
    if (std::string_view(name) == "npv") arguments.insert(arguments.end(), {"--rate", "10"});
    arguments.insert(arguments.end(), {"--", "-10000", "1000", "1000"});
    const ProcessResult result = metric(arguments);
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == "crmroi: " + std::string(name) +
                            " needs --period month, quarter or year: the length of one period of "
                            "the flows (monthly flows read as years give a different " +
                            name + ")\n" + kHint);
  }
  // Monthly flows at 10 % a year, by hand: month rate r = 1.1^(1/12) - 1 = 0.00797414;
  // -10000 + 1000/(1+r) + 1000/(1+r)^2 = -8023.67.
  CHECK(metric_output({"npv", "--rate", "10", "--period", "month", "--", "-10000", "1000",
                       "1000"}) == "-8023.67\n");
}

TEST_CASE("metric irr's help heads its examples with what they are", "[cli][metric]") {
  const ProcessResult help = metric({"irr", "--help"});
  CHECK_THAT(help.out, Contains("Examples (five years of yearly flows from Excel's IRR help; then "
                                "a year of monthly flows):\n"
                                "  crmroi metric irr --period year -- -70000 12000 15000 18000 "
                                "21000 26000    8.66\n"
                                "  crmroi metric irr --period month -- -10000 1000 1000 1000 1000 "
                                "1000 1000 \\\n"));
  // The examples give what they say.
  CHECK(metric_output({"irr", "--period", "year", "--", "-70000", "12000", "15000", "18000",
                       "21000", "26000"}) == "8.66\n");
}

TEST_CASE("metric npv prints =v0+NPV(10%,v1:v3) = 2434.26, negative flows after --",
          "[cli][metric]") {
  CHECK(metric_output({"npv", "--rate", "10", "--period", "year", "--", "-10000", "5000", "5000",
                       "5000"}) == "2434.26\n");
  // Commas work too, and quarterly periods discount by 1.1^(1/4) each.
  CHECK(metric_output({"npv", "--rate", "10", "--period", "quarter", "--", "-10000,5000,5000"}) ==
        "-350.42\n");
}

TEST_CASE("metric irr prints Excel's 8.66 and a monthly series annualised to 41.3",
          "[cli][metric]") {
  CHECK(metric_output({"irr", "--period", "year", "--", "-70000", "12000", "15000", "18000",
                       "21000", "26000"}) == "8.66\n");
  CHECK(metric_output({"irr", "--period", "month", "--",
                       "-10000,1000,1000,1000,1000,1000,1000,"
                       "1000,1000,1000,1000,1000,1000"}) == "41.3\n");
}

TEST_CASE("metric payback prints 42.95 months for cumulative -50..+8 over years", "[cli][metric]") {
  CHECK(metric_output({"payback", "--period", "year", "--", "-50", "10", "13", "16", "19"}) ==
        "42.95\n");
  CHECK(metric_output({"payback", "--period", "month", "--", "-50", "10", "13", "16", "19"}) ==
        "3.58\n");
}

TEST_CASE("metric pv-roi prints the Forrester-style 66.28", "[cli][metric]") {
  CHECK(metric_output({"pv-roi", "--rate", "10", "--costs", "10000,5000,5000,5000", "--benefits",
                       "0,15000,15000,15000"}) == "66.28\n");
}

TEST_CASE("metric --precision changes the decimals", "[cli][metric]") {
  CHECK(metric_output({"roi", "--gain", "49800", "--investment", "18000", "--precision", "4"}) ==
        "176.6667\n");
  CHECK(metric_output({"roi", "--gain", "49800", "--investment", "18000", "--precision", "0"}) ==
        "177\n");
}

TEST_CASE("metric --format json gives metric, value to 10 decimals, unit and note",
          "[cli][metric][json]") {
  CHECK(metric_output({"cac", "--cost", "450000", "--customers", "45", "--format", "json"}) ==
        "{\"metric\": \"cac\", \"value\": 10000, \"unit\": \"money\", \"note\": null}\n");
  CHECK(metric_output({"roi", "--gain", "49800", "--investment", "18000", "--format", "json"}) ==
        "{\"metric\": \"roi\", \"value\": 176.6666666667, \"unit\": \"percent\", \"note\": "
        "null}\n");
  CHECK(metric_output({"payback", "--period", "year", "--format", "json", "--", "-50", "10", "13",
                       "16", "19"}) ==
        "{\"metric\": \"payback\", \"value\": 42.9473684211, \"unit\": \"months\", \"note\": "
        "null}\n");
  CHECK(metric_output({"nps", "--scores", "10,9,9,8,7,6,3", "--format", "json"}) ==
        "{\"metric\": \"nps\", \"value\": 14.2857142857, \"unit\": \"points\", \"note\": null}\n");
  CHECK(metric_output({"expense-to-revenue", "--expense", "210000", "--revenue", "1400000",
                       "--format", "json"}) ==
        "{\"metric\": \"expense-to-revenue\", \"value\": 0.15, \"unit\": \"ratio\", \"note\": "
        "null}\n");
}

TEST_CASE("an undefined metric prints n/a and the reason on stderr, exit 0", "[cli][metric]") {
  const ProcessResult result = metric({"cac", "--cost", "450000", "--customers", "0"});
  CHECK(result.exit_code == 0);
  CHECK(result.out == "n/a\n");
  CHECK(result.err == "crmroi: cac is undefined: no new customers\n");

  const ProcessResult irr = metric({"irr", "--period", "month", "--", "-100", "-50"});
  CHECK(irr.exit_code == 0);
  CHECK(irr.out == "n/a\n");
  CHECK(irr.err == "crmroi: irr is undefined: net cash flow never changes sign\n");

  const ProcessResult payback =
      metric({"cac-payback", "--cac", "10000", "--revenue", "500", "--cost-to-serve", "550"});
  CHECK(payback.out == "n/a\n");
  CHECK(payback.err ==
        "crmroi: cac-payback is undefined: monthly margin per customer is not positive\n");
}

TEST_CASE("an undefined metric in JSON has value null and the reason as note",
          "[cli][metric][json]") {
  const ProcessResult result =
      metric({"cac", "--cost", "450000", "--customers", "0", "--format", "json"});
  CHECK(result.exit_code == 0);
  CHECK(result.out ==
        "{\"metric\": \"cac\", \"value\": null, \"unit\": \"money\", \"note\": \"no new "
        "customers\"}\n");
  CHECK(result.err.empty());
}

TEST_CASE("a negative amount is a usage error naming the flag, exit 2", "[cli][metric][usage]") {
  const ProcessResult result = metric({"cac", "--cost", "-5", "--customers", "45"});
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(result.err ==
        std::string("crmroi: --cost: must be an amount from 0 to 1e15, got -5\n") + kHint);
}

TEST_CASE("a flag that is not a number is a usage error naming the flag, exit 2",
          "[cli][metric][usage]") {
  const ProcessResult result = metric({"cac", "--cost", "abc", "--customers", "45"});
  CHECK(result.exit_code == 2);
  CHECK(result.err == std::string("crmroi: --cost: expected a number, got 'abc'\n") + kHint);
  CHECK(metric({"cac", "--cost", "nan", "--customers", "45"}).exit_code == 2);
  CHECK(metric({"cac", "--cost", "1e400", "--customers", "45"}).exit_code == 2);
  const ProcessResult count = metric({"cac", "--cost", "5", "--customers", "4.5"});
  CHECK(count.exit_code == 2);
  CHECK(count.err ==
        std::string("crmroi: --customers: expected a whole number, got '4.5'\n") + kHint);
}

TEST_CASE("a missing required flag is a usage error naming it, exit 2", "[cli][metric][usage]") {
  const ProcessResult result = metric({"cac", "--customers", "45"});
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(result.err == std::string("crmroi: metric cac needs --cost\n") + kHint);
}

TEST_CASE("a percentage out of range is a usage error naming the flag, exit 2",
          "[cli][metric][usage]") {
  const ProcessResult churn = metric({"ltv", "--margin", "650", "--churn-percent", "120"});
  CHECK(churn.exit_code == 2);
  CHECK(churn.err ==
        std::string("crmroi: --churn-percent: must be a percentage from 0 to 100, got 120\n") +
            kHint);
  const ProcessResult rate = metric({"npv", "--rate", "-100", "--period", "year", "--", "-1", "2"});
  CHECK(rate.exit_code == 2);
  CHECK_THAT(rate.err, StartsWith("crmroi: --rate: must be a percentage above -100"));
}

TEST_CASE("metric flags that need each other are usage errors, exit 2", "[cli][metric][usage]") {
  const ProcessResult flows = metric({"irr"});
  CHECK(flows.exit_code == 2);
  CHECK(flows.err == std::string("crmroi: irr needs the cash flows after --, e.g. crmroi metric "
                                 "irr --period year -- -10000 4000 4000 4000\n") +
                         kHint);
  const ProcessResult nps = metric({"nps", "--scores", "10", "--promoters", "3"});
  CHECK(nps.exit_code == 2);
  CHECK(nps.err ==
        std::string("crmroi: --scores and --promoters cannot be used together\n") + kHint);
  const ProcessResult score = metric({"nps", "--scores", "10,11"});
  CHECK(score.exit_code == 2);
  CHECK(score.err ==
        std::string("crmroi: --scores: must be a score from 0 to 10, got 11\n") + kHint);
  const ProcessResult lengths =
      metric({"pv-roi", "--rate", "10", "--costs", "1,2", "--benefits", "1"});
  CHECK(lengths.exit_code == 2);
  CHECK(lengths.err == std::string("crmroi: --costs and --benefits must have the same number of "
                                   "periods (2 and 1)\n") +
                           kHint);
  const ProcessResult format =
      metric({"cac", "--cost", "5", "--customers", "1", "--format", "xml"});
  CHECK(format.exit_code == 2);
  CHECK(format.err ==
        std::string("crmroi: --format: unknown format 'xml'; expected plain or json\n") + kHint);
}

TEST_CASE("an unknown metric is a usage error (2) naming it and the known metrics",
          "[cli][metric][usage]") {
  const ProcessResult result = metric({"nope", "--gain", "1"});
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "crmroi: unknown metric 'nope'; expected one of roi, romi, marketing-roi, "
        "expense-to-revenue, cac, cac-payback, ltv, ltv-to-cac, close-rate, nps, npv, irr, "
        "payback, pv-roi\nRun with --help for more information.\n");
}

TEST_CASE("metric without a metric name is a usage error (2) listing the metrics",
          "[cli][metric][usage]") {
  const ProcessResult result = metric({});
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, StartsWith("crmroi: metric needs the name of a metric; expected one of "
                                    "roi, romi, marketing-roi,"));
}

TEST_CASE("metric help still works without a metric name", "[cli][metric][usage]") {
  const ProcessResult result = metric({"--help"});
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK_THAT(result.out, Contains("Usage: crmroi metric [OPTIONS] SUBCOMMAND"));
  CHECK_THAT(result.out,
             Contains("\n  pv-roi                      ROI on present values, in percent"));
}

TEST_CASE("each metric's help shows its formula and spreadsheet equivalent", "[cli][metric]") {
  const ProcessResult cac = metric({"cac", "--help"});
  CHECK(cac.exit_code == 0);
  CHECK_THAT(cac.out, Contains("CAC = total sales and marketing cost / new customers."));
  CHECK_THAT(cac.out, Contains("Spreadsheet: =cost/customers"));
  const ProcessResult npv = metric({"npv", "--help"});
  CHECK_THAT(npv.out, Contains("Spreadsheet: =v0+NPV(r,v1:vn)"));
  const ProcessResult irr = metric({"irr", "--help"});
  CHECK_THAT(irr.out, Contains("=((1+IRR(v0:vn))^12-1)*100"));
  for (const char* name : {"roi", "romi", "marketing-roi", "expense-to-revenue", "cac-payback",
                           "ltv", "ltv-to-cac", "close-rate", "nps", "payback", "pv-roi"}) {
    INFO(name);
    const ProcessResult help = metric({name, "--help"});
    CHECK(help.exit_code == 0);
    CHECK_THAT(help.out, Contains("Spreadsheet: ="));
  }
}

TEST_CASE("metric into a full disk is an I/O error, exit 4", "[cli][metric][io]") {
  ProcessOptions options;
  options.stdout_path = "/dev/full";
  const ProcessResult result =
      run_crmroi({"metric", "cac", "--cost", "450000", "--customers", "45"}, options);
  CHECK(result.exit_code == 4);
  CHECK(result.err == "crmroi: cannot write to standard output: No space left on device\n");
}
