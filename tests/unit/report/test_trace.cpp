// The trace of an investment case: each line's figures as a tree whose leaves are the scenario's
// inputs (pointer, value, provenance) and whose nodes are the operations, checked by hand against
// the seed's e-shop (README "Scenario files": 1 person x 40 min/day x 30 days x 190/h = 3,800 a
// month).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "crmroi/report.hpp"
#include "crmroi/scenario_loader.hpp"
#include "crmroi/trace.hpp"
#include "report_test_scenarios.hpp"

using crmroi::InputPointer;
using crmroi::Provenance;
using crmroi::Term;
using crmroi::TermId;
using crmroi::TermOp;
using crmroi::Trace;

namespace {

/// "multiply(input /a, constant 60)": the shape of a term, for exact comparisons.
std::string shape(const Trace& trace, TermId id) {
  const Term& term = trace.term(id);
  switch (term.op) {
    case TermOp::input:
      return term.pointer.text();
    case TermOp::constant:
      return std::string(term.name);
    default:
      break;
  }
  static const char* const kNames[] = {
      "input",   "constant", "add", "subtract",        "multiply",         "divide",
      "minimum", "maximum",  "sum", "adoption_months", "adoption_squares", "power"};
  std::string text = kNames[static_cast<int>(term.op)];
  text += "(";
  bool first = true;
  for (const TermId operand : trace.operands_of(id)) {
    if (!first) text += ", ";
    first = false;
    text += shape(trace, operand);
  }
  return text + ")";
}

}  // namespace

TEST_CASE("a JSON pointer in parts reads as the pointer", "[trace]") {
  CHECK(InputPointer{"/benefits/time_savings", 0, "minutes_per_day"}.text() ==
        "/benefits/time_savings/0/minutes_per_day");
  CHECK(InputPointer{"/horizon_months"}.text() == "/horizon_months");
  CHECK(InputPointer{"/business", -1, "orders_per_month"}.text() == "/business/orders_per_month");
  CHECK(InputPointer{"/cash_flows/costs", 12}.text() == "/cash_flows/costs/12");
}

TEST_CASE("the time-savings line of the seed's e-shop is a tree of its five inputs", "[trace]") {
  const crmroi::Report report = crmroi::evaluate(crmroi::test::dress_eshop());
  const crmroi::InvestmentReport& investment = *report.investment;
  const Trace& trace = investment.trace;
  const crmroi::LineBreakdown& line = investment.benefit_lines.at(0);
  REQUIRE(line.kind == "time_savings");

  // people x (minutes / 60 x days) x hourly cost x realization / 100
  CHECK(shape(trace, line.full_amount_term) ==
        "divide(multiply(multiply(multiply(/benefits/time_savings/0/people, "
        "multiply(divide(/benefits/time_savings/0/minutes_per_day, minutes_an_hour), "
        "/benefits/time_savings/0/days_per_month)), /benefits/time_savings/0/hourly_cost), "
        "/benefits/time_savings/0/realization_percent), percent)");
  CHECK_THAT(trace.value(line.full_amount_term), Catch::Matchers::WithinRel(3800.0, 1e-12));
  CHECK(trace.value(line.full_amount_term) == line.full_amount);

  struct Leaf {
    std::string pointer;
    double value;
    Provenance provenance;
  };
  std::vector<Leaf> leaves;
  for (const TermId id : trace.inputs_under(line.full_amount_term)) {
    const Term& leaf = trace.term(id);
    CHECK(leaf.op == TermOp::input);
    leaves.push_back({leaf.pointer.text(), leaf.value, leaf.provenance});
  }
  // Built in code, the scenario has no record of a file: people 1 and realization 100 are the
  // format's defaults, so they count as defaulted (crmroi/scenario_inputs.hpp).
  REQUIRE(leaves.size() == 5);
  CHECK(leaves[0].pointer == "/benefits/time_savings/0/people");
  CHECK(leaves[0].value == 1);
  CHECK(leaves[0].provenance == Provenance::defaulted);
  CHECK(leaves[1].pointer == "/benefits/time_savings/0/minutes_per_day");
  CHECK(leaves[1].value == 40);
  CHECK(leaves[1].provenance == Provenance::given);
  CHECK(leaves[2].pointer == "/benefits/time_savings/0/days_per_month");
  CHECK(leaves[2].value == 30);
  CHECK(leaves[2].provenance == Provenance::given);
  CHECK(leaves[3].pointer == "/benefits/time_savings/0/hourly_cost");
  CHECK(leaves[3].value == 190);
  CHECK(leaves[3].provenance == Provenance::given);
  CHECK(leaves[4].pointer == "/benefits/time_savings/0/realization_percent");
  CHECK(leaves[4].value == 100);
  CHECK(leaves[4].provenance == Provenance::defaulted);
}

TEST_CASE(
    "a loaded scenario's leaves carry the file's provenance: days_per_month 21 given "
    "or left out",
    "[trace]") {
  const auto days_provenance = [](const std::string& days) {
    const crmroi::LoadResult loaded = crmroi::load_scenario(
        R"({"name": "days", "horizon_months": 12, "benefits": {"time_savings": [
            {"name": "managers", "people": 1, "hours_per_day": 1, "hourly_cost": 100)" +
        days + "}]}}");
    REQUIRE(loaded.scenario.has_value());
    const crmroi::Report report = crmroi::evaluate(*loaded.scenario);
    const crmroi::InvestmentReport& investment = *report.investment;
    const crmroi::LineBreakdown& line = investment.benefit_lines.at(0);
    const TermId days_term = investment.trace.find(line.terms, "days_per_month");
    REQUIRE(days_term != crmroi::kNoTerm);
    CHECK(investment.trace.term(days_term).value == 21);
    const TermId people = investment.trace.find(line.terms, "people");
    CHECK(investment.trace.term(people).provenance == Provenance::given);  // 1, written
    return investment.trace.term(days_term).provenance;
  };
  CHECK(days_provenance(R"(, "days_per_month": 21)") == Provenance::given);
  CHECK(days_provenance("") == Provenance::defaulted);
}

TEST_CASE(
    "a benefit line's total is its monthly amount over the adoption-weighted horizon, "
    "less its risk",
    "[trace]") {
  const crmroi::Report report = crmroi::evaluate(crmroi::test::dress_eshop());
  const crmroi::InvestmentReport& investment = *report.investment;
  const Trace& trace = investment.trace;
  const crmroi::LineBreakdown& line = investment.benefit_lines.at(0);
  // No adoption period: months 1..6 earn in full, 6 months; no risk: x (1 - 0 / 100).
  CHECK(shape(trace, line.total_term) ==
        "multiply(multiply(" + shape(trace, line.full_amount_term) +
            ", adoption_months(/adoption/implementation_months, /adoption/ramp_months, month_0, "
            "/horizon_months)), subtract(one, divide(/benefits/time_savings/0/risk_percent, "
            "percent)))");
  CHECK(trace.value(line.total_term) == line.total);
  CHECK_THAT(line.total, Catch::Matchers::WithinRel(6 * 3800.0, 1e-12));
  const Term& risk = trace.term(line.risk_term);
  CHECK(risk.pointer.text() == "/benefits/time_savings/0/risk_percent");
  CHECK(risk.provenance == Provenance::defaulted);
  CHECK(risk.value == 0);
}

TEST_CASE("a recurring cost's months come from its start, its end and the horizon", "[trace]") {
  crmroi::Scenario scenario = crmroi::test::dress_eshop();
  scenario.costs->recurring[0].start_month = 2;
  const crmroi::Report report = crmroi::evaluate(scenario);
  const crmroi::InvestmentReport& investment = *report.investment;
  const Trace& trace = investment.trace;
  const crmroi::LineBreakdown& line = investment.cost_lines.at(0);
  CHECK(shape(trace, line.total_unadjusted_term) ==
        "multiply(/costs/recurring/0/monthly, add(subtract(minimum(/costs/recurring/0/end_month, "
        "/horizon_months), maximum(/costs/recurring/0/start_month, month_0)), one))");
  CHECK(trace.value(line.total_unadjusted_term) == 5 * 3000.0);
  const TermId end = trace.find(line.terms, "end_month");
  REQUIRE(end != crmroi::kNoTerm);
  CHECK(trace.term(end).provenance == Provenance::derived);  // no end_month: the horizon
  CHECK(trace.term(end).value == 6);
}

TEST_CASE("the order uplift's extra orders are a scenario-wide term: 5 % of 300 orders",
          "[trace]") {
  const crmroi::Report report = crmroi::evaluate(crmroi::test::dress_eshop());
  const crmroi::InvestmentReport& investment = *report.investment;
  const Trace& trace = investment.trace;
  const TermId extra = trace.find(investment.scenario_terms, "extra_orders");
  REQUIRE(extra != crmroi::kNoTerm);
  CHECK(shape(trace, extra) ==
        "multiply(divide(/benefits/order_uplift/percent, percent), /business/orders_per_month)");
  CHECK(trace.value(extra) == 15);
  const crmroi::LineBreakdown& line = investment.benefit_lines.at(1);
  CHECK(shape(trace, line.full_amount_term) ==
        "multiply(" + shape(trace, extra) + ", /business/profit_per_order)");
  CHECK(line.full_amount == 4500);
}

TEST_CASE("explicit cash flows trace each element as an input of the line's sum", "[trace]") {
  const crmroi::Report report =
      crmroi::evaluate(crmroi::test::cash_flow_scenario(crmroi::Period::year, {50, 5}, {0, 80}));
  const crmroi::InvestmentReport& investment = *report.investment;
  const Trace& trace = investment.trace;
  CHECK(shape(trace, investment.cost_lines.at(0).total_unadjusted_term) ==
        "sum(/cash_flows/costs/0, /cash_flows/costs/1)");
  CHECK(investment.cost_lines.at(0).total_unadjusted == 55);
  const TermId horizon = trace.find(investment.scenario_terms, "horizon_months");
  REQUIRE(horizon != crmroi::kNoTerm);
  CHECK(trace.term(horizon).provenance == Provenance::derived);
  CHECK(trace.term(horizon).value == 12);
}
