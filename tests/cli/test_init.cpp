// crmroi init: each starter scenario validates, runs without a warning, has a comment ("_key")
// beside every key, and gives the figures worked out by hand from its own numbers.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "run_process.hpp"

using crmroi::test::ProcessOptions;
using crmroi::test::ProcessResult;
using crmroi::test::run_crmroi;

namespace {

ProcessResult init(const std::vector<std::string>& args) {
  std::vector<std::string> full = {"init"};
  full.insert(full.end(), args.begin(), args.end());
  return run_crmroi(full);
}

ProcessResult run_on(const std::vector<std::string>& args, const std::string& input) {
  ProcessOptions options;
  options.stdin_text = input;
  return run_crmroi(args, options);
}

// The keys (as JSON pointers) that have no "_key" comment beside them.
void collect_uncommented(const nlohmann::json& value, const std::string& pointer,
                         std::vector<std::string>& uncommented) {
  if (value.is_object()) {
    for (const auto& [key, member] : value.items()) {
      if (key.front() == '_') continue;
      if (!value.contains("_" + key)) uncommented.push_back(pointer + "/" + key);
      collect_uncommented(member, pointer + "/" + key, uncommented);
    }
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      collect_uncommented(value[i], pointer + "/" + std::to_string(i), uncommented);
    }
  }
}

}  // namespace

TEST_CASE("init prints the e-shop starter by default", "[cli][init]") {
  const ProcessResult plain = init({});
  const ProcessResult eshop = init({"--kind", "eshop"});
  CHECK(plain.exit_code == 0);
  CHECK(plain.err.empty());
  CHECK(plain.out == eshop.out);
  CHECK(nlohmann::json::parse(plain.out).at("name") == "My e-shop on a CRM");
}

TEST_CASE("every starter has a comment beside every key, validates and runs without warnings",
          "[cli][init]") {
  for (const char* kind : {"eshop", "saas", "cash-flows"}) {
    INFO(kind);
    const ProcessResult starter = init({"--kind", kind});
    REQUIRE(starter.exit_code == 0);
    const nlohmann::json document = nlohmann::json::parse(starter.out);
    std::vector<std::string> uncommented;
    collect_uncommented(document, "", uncommented);
    CHECK(uncommented == std::vector<std::string>{});

    const ProcessResult validate = run_on({"validate", "--strict", "-"}, starter.out);
    CHECK(validate.exit_code == 0);
    CHECK(validate.err.empty());
    CHECK(validate.out == "<stdin>: ok\n");
    for (const char* format : {"table", "json", "csv", "markdown"}) {
      const ProcessResult calc = run_on({"calc", "--strict", "--format", format, "-"}, starter.out);
      CHECK(calc.exit_code == 0);
      CHECK(calc.err.empty());
    }
    // Each starter meets its own targets.
    const ProcessResult check = run_on({"check", "-"}, starter.out);
    CHECK(check.exit_code == 0);
  }
}

TEST_CASE("the e-shop starter's figures, worked by hand", "[cli][init]") {
  const ProcessResult calc = run_on({"calc", "--format", "json", "-"}, init({}).out);
  REQUIRE(calc.exit_code == 0);
  const nlohmann::json report = nlohmann::json::parse(calc.out);
  // Costs: 60,000 + 15,000 once; 5 users x 1,500 = 7,500 a month; 10 per order on 400 + 3 %
  // = 412 orders = 4,120 a month; 24 months: 75,000 + 24 x 11,620 = 353,880.
  CHECK(report.at("total_cost") == 353880);
  // Benefits a month: 2 people x 45/60 h x 22 days x 400/h x 70 % = 9,240; 12 extra orders x
  // (3,500 x 30 %) = 12,600; 3,000 saved: 24,840 a month, x 24 = 596,160.
  CHECK(report.at("total_benefit") == 596160);
  CHECK(report.at("net") == 242280);
  // =242280/353880*100
  CHECK(report.at("roi_percent") == Approx(242280.0 / 353880 * 100).epsilon(1e-10));
  // Cumulative: -60,000 in month 0, -61,780 after month 1 (24,840 - 11,620 - 15,000), then
  // +13,220 a month: 61,780 / 13,220 = 4.673 months more, payback 5.673 months.
  CHECK(report.at("payback_months") == Approx(1 + 61780.0 / 13220).epsilon(1e-9));
}

TEST_CASE("init --kind with an unknown kind is a usage error listing the kinds, exit 2",
          "[cli][init][usage]") {
  const ProcessResult result = init({"--kind", "crm"});
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "crmroi: --kind: unknown kind 'crm'; expected one of eshop, saas, cash-flows\n"
        "Run with --help for more information.\n");
}
