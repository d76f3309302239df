// Valid input with undefined metrics: zero divisors, no payback within the horizon, no IRR. These
// exit 0; JSON shows null with the reason in `notes`, CSV an empty cell, tables "n/a — reason";
// no format ever shows inf, nan or a negative zero.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "run_process.hpp"
#include "test_bad_input_support.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using crmroi::test::ProcessResult;
using crmroi::test::run_crmroi;
using namespace crmroi::test::bad_input;
using nlohmann::json;

namespace {

/// Runs `calc --format json` on `text` and returns the parsed report; requires exit 0.
json json_report(const std::string& file_name, const std::string& text) {
  const std::string path = scratch_file(file_name, text);
  const auto result = run_crmroi({"calc", "--format", "json", path});
  INFO("stderr: " << result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK_FALSE(shows_non_finite_or_negative_zero(result.out));
  return json::parse(result.out);
}

/// True when `report["notes"]` has a note starting with "<key>: ".
bool has_note(const json& report, const std::string& key) {
  if (!report.contains("notes")) return false;
  for (const auto& note : report.at("notes"))
    if (note.is_string() && note.get<std::string>().rfind(key + ": ", 0) == 0) return true;
  return false;
}

/// The note for `key` (its text after "<key>: "), or "" when none.
std::string note_for(const json& report, const std::string& key) {
  for (const auto& note : report.value("notes", json::array())) {
    const auto text = note.get<std::string>();
    if (text.rfind(key + ": ", 0) == 0) return text.substr(key.size() + 2);
  }
  return "";
}

/// Runs every format on `path` and checks none shows inf, nan or -0, and the tables say "n/a — ".
void check_every_format(const std::string& path) {
  for (const char* format : {"table", "markdown", "csv", "jsonl", "json"}) {
    const ProcessResult result = run_crmroi({"calc", "--format", format, path});
    INFO("format " << format << "\nstdout: " << result.out << "\nstderr: " << result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK_FALSE(shows_non_finite_or_negative_zero(result.out));
    const std::string kind = format;
    if (kind == "table" || kind == "markdown")
      CHECK_THAT(result.out, Contains("n/a \xe2\x80\x94 "));
  }
}

const char* const kBenefitsOnly = R"({
  "name": "benefits only", "currency": "USD", "horizon_months": 12,
  "benefits": {"monthly": [{"name": "retired legacy system", "amount": 1000}]}})";

const char* const kNeverPaysBack = R"({
  "name": "never pays back", "currency": "USD", "horizon_months": 12, "discount_rate_percent": 10,
  "costs": {"one_time": [{"name": "licence", "amount": 100000}],
            "recurring": [{"name": "support", "monthly": 500}]},
  "benefits": {"monthly": [{"name": "time saved", "amount": 1000}]}})";

const char* const kCostsOnly = R"({
  "name": "costs only", "currency": "USD", "horizon_months": 6,
  "costs": {"one_time": [{"name": "licence", "amount": 1000}]}})";

const char* const kNothingAtAll = R"({
  "name": "nothing at all", "currency": "USD", "horizon_months": 6,
  "costs": {"one_time": []}, "benefits": {"monthly": []}})";

const char* const kZeroAnalysis = R"({
  "name": "zero divisors in analysis blocks", "currency": "USD",
  "marketing": {"channels": [{"name": "radio", "spend": 0, "revenue": 0, "leads": 0,
                              "new_customers": 0}]},
  "acquisition": {"sales_marketing_cost": 1000, "new_customers": 0, "marketing_expense": 100,
                  "revenue": 0, "leads": 0},
  "unit_economics": {"monthly_revenue_per_customer": 500, "monthly_cost_per_customer": 500,
                     "cac": 100, "monthly_churn_percent": 0},
  "nps": {"promoters": 0, "passives": 0, "detractors": 0}})";

}  // namespace

TEST_CASE("no costs: ROI is null with a note, payback is 0", "[cli][bad_input][undefined]") {
  const json report = json_report("benefits-only.json", kBenefitsOnly);
  CHECK(report.at("total_cost") == 0);
  CHECK(report.at("roi_percent").is_null());
  CHECK(report.at("pv_roi_percent").is_null());
  CHECK(report.at("irr_annual_percent").is_null());
  CHECK(has_note(report, "roi_percent"));
  CHECK(has_note(report, "pv_roi_percent"));
  CHECK(has_note(report, "irr_annual_percent"));
  CHECK(report.at("payback_months") == 0);
  check_every_format(scratch_file("benefits-only.json", kBenefitsOnly));
}

TEST_CASE("no payback within the horizon: payback null with a note",
          "[cli][bad_input][undefined]") {
  const json report = json_report("never-pays-back.json", kNeverPaysBack);
  CHECK(report.at("payback_months").is_null());
  CHECK(report.at("discounted_payback_months").is_null());
  CHECK_THAT(note_for(report, "payback_months"), Contains("horizon"));
  CHECK(has_note(report, "discounted_payback_months"));
  CHECK(report.at("roi_percent").is_number());
  CHECK(report.at("roi_percent").get<double>() < 0);
  check_every_format(scratch_file("never-pays-back.json", kNeverPaysBack));
}

TEST_CASE("costs only: no IRR (the net flow never changes sign), a note says why",
          "[cli][bad_input][undefined]") {
  const json report = json_report("costs-only.json", kCostsOnly);
  CHECK(report.at("irr_annual_percent").is_null());
  CHECK_THAT(note_for(report, "irr_annual_percent"), Contains("sign"));
  CHECK(report.at("roi_percent") == -100);
  CHECK(report.at("payback_months").is_null());
  check_every_format(scratch_file("costs-only.json", kCostsOnly));
}

TEST_CASE("nothing at all: every ratio is null, every amount 0, never -0",
          "[cli][bad_input][undefined]") {
  const json report = json_report("nothing.json", kNothingAtAll);
  CHECK(report.at("total_cost") == 0);
  CHECK(report.at("total_benefit") == 0);
  CHECK(report.at("net") == 0);
  CHECK(report.at("npv") == 0);
  CHECK(report.at("roi_percent").is_null());
  CHECK(report.at("irr_annual_percent").is_null());
  check_every_format(scratch_file("nothing.json", kNothingAtAll));
}

TEST_CASE("zero divisors in the analysis blocks give null with notes, never inf",
          "[cli][bad_input][undefined]") {
  const json report = json_report("zero-analysis.json", kZeroAnalysis);
  const auto& channel = report.at("marketing").at("channels").at(0);
  CHECK(channel.at("romi_percent").is_null());
  CHECK(channel.at("cac").is_null());
  CHECK(channel.at("lead_close_rate_percent").is_null());
  CHECK(report.at("acquisition").at("cac").is_null());
  CHECK(report.at("acquisition").at("marketing_expense_to_revenue").is_null());
  CHECK(report.at("acquisition").at("lead_close_rate_percent").is_null());
  CHECK(report.at("unit_economics").at("cac_payback_months").is_null());
  CHECK(report.at("unit_economics").at("ltv_to_cac").is_null());
  CHECK(report.at("nps").at("nps").is_null());
  const std::string notes = report.at("notes").dump();
  for (const char* key :
       {"romi_percent", "cac", "lead_close_rate_percent", "marketing_expense_to_revenue",
        "cac_payback_months", "ltv_to_cac", "nps"}) {
    INFO("note for " << key);
    CHECK_THAT(notes, Contains(std::string(key) + ": "));
  }
  check_every_format(scratch_file("zero-analysis.json", kZeroAnalysis));
}

TEST_CASE("a net of a fraction of a cent below zero prints as 0, never -0.00",
          "[cli][bad_input][undefined]") {
  const char* const text = R"({
    "name": "almost break-even", "currency": "USD", "horizon_months": 1,
    "costs": {"one_time": [{"name": "licence", "amount": 1000.004}]},
    "benefits": {"monthly": [{"name": "saving", "amount": 1000}]}})";
  const json report = json_report("almost-even.json", text);
  CHECK(report.at("net") == 0);
  const std::string path = scratch_file("almost-even.json", text);
  for (const char* format : {"table", "markdown", "csv", "json"}) {
    const auto result = run_crmroi({"calc", "--format", format, path});
    INFO("format " << format << "\n" << result.out);
    CHECK(result.exit_code == 0);
    CHECK_FALSE(shows_non_finite_or_negative_zero(result.out));
  }
}

TEST_CASE("an undefined metric is an empty CSV cell", "[cli][bad_input][undefined]") {
  const std::string path = scratch_file("costs-only.json", kCostsOnly);
  const auto result = run_crmroi({"calc", "--format", "csv", path});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, StartsWith(""));
  CHECK_THAT(result.out, !Contains("null"));
  CHECK_THAT(result.out, !Contains("n/a"));
}

TEST_CASE("check with an undefined metric reports a miss, not a crash or a pass",
          "[cli][bad_input][undefined]") {
  // payback is undefined: a max_payback target cannot be met.
  std::string text = kNeverPaysBack;
  text.insert(text.rfind('}'), R"(, "targets": {"max_payback_months": 12})");
  const std::string path = scratch_file("never-pays-back-target.json", text);
  const auto result = run_crmroi({"check", path});
  INFO("stdout: " << result.out << "\nstderr: " << result.err);
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.out + result.err, Contains("payback"));
}
