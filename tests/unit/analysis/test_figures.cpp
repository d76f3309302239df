// The table of figures: keys fit for JSON without escaping, each block's keys unique, and the
// spreadsheet formula of each figure the one the README's formula table gives.
#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <span>
#include <sstream>
#include <string>

#include "crmroi/figures.hpp"

using namespace crmroi;

namespace {

// Printable ASCII without quotes or backslashes: what the JSON writer writes unescaped.
bool plain_key(std::string_view key) {
  for (const char c : key) {
    if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') return false;
  }
  return !key.empty();
}

template <typename Block>
void check_keys(std::span<const FigureDefinition<Block>> figures) {
  std::set<std::string_view> seen;
  for (const auto& figure : figures) {
    INFO(figure.key);
    CHECK(plain_key(figure.key));
    CHECK(seen.insert(figure.key).second);
    CHECK_FALSE(figure.label.empty());
    CHECK_FALSE(figure.phrase.empty());
    CHECK(figure.spreadsheet.substr(0, 1) == "=");
  }
}

// The spreadsheet column of the README's formula table on the row of `metric`.
std::string readme_spreadsheet(std::string_view metric) {
  std::ifstream readme(std::string(CRMROI_SOURCE_DIR) + "/README.md");
  std::string line;
  const std::string start = "| " + std::string(metric) + " |";
  while (std::getline(readme, line)) {
    if (line.rfind(start, 0) == 0) return line.substr(line.rfind(" | ") + 3);
  }
  return "";
}

template <typename Block>
std::string_view formula_of(std::span<const FigureDefinition<Block>> figures,
                            std::string_view key) {
  for (const auto& figure : figures) {
    if (figure.key == key) return figure.spreadsheet;
  }
  return "(no such figure)";
}

}  // namespace

TEST_CASE("every figure key is written into JSON unescaped and is unique in its block",
          "[figures]") {
  check_keys<InvestmentFigures>(kInvestmentFigures);
  check_keys<ChannelReport>(kChannelFigures);
  check_keys<AcquisitionReport>(kAcquisitionFigures);
  check_keys<UnitEconomicsReport>(kUnitEconomicsFigures);
  check_keys<NpsReport>(kNpsFigures);
  for (const TargetDefinition& target : kTargets) {
    CHECK(plain_key(target.key));
    CHECK(find_investment_figure(target.figure) != nullptr);
  }
}

TEST_CASE("each figure's spreadsheet formula is the README's", "[figures]") {
  const auto check = [](std::string_view metric, std::string_view formula) {
    INFO(metric);
    CHECK_THAT(readme_spreadsheet(metric), Catch::Matchers::Contains("`" + std::string(formula)));
  };
  const std::span<const FigureDefinition<InvestmentFigures>> investment = kInvestmentFigures;
  check("ROI", formula_of(investment, "roi_percent"));
  check("PV ROI", formula_of(investment, "pv_roi_percent"));
  check("NPV", formula_of(investment, "npv"));
  check("IRR", formula_of(investment, "irr_annual_percent"));
  check("Payback", formula_of(investment, "payback_months"));
  check("TCO", formula_of(investment, "tco"));
  const std::span<const FigureDefinition<ChannelReport>> channel = kChannelFigures;
  check("ROMI (revenue basis)", formula_of(channel, "romi_percent"));
  check("Marketing ROI (gross-profit basis)", formula_of(channel, "marketing_roi_percent"));
  check("Lead close rate", formula_of(channel, "lead_close_rate_percent"));
  const std::span<const FigureDefinition<AcquisitionReport>> acquisition = kAcquisitionFigures;
  check("Marketing expense-to-revenue", formula_of(acquisition, "marketing_expense_to_revenue"));
  check("CAC", formula_of(acquisition, "cac"));
  const std::span<const FigureDefinition<UnitEconomicsReport>> unit = kUnitEconomicsFigures;
  check("CAC payback", formula_of(unit, "cac_payback_months"));
  check("LTV", formula_of(unit, "ltv"));
  check("LTV, discounted", formula_of(unit, "ltv_discounted"));
  check("LTV:CAC", formula_of(unit, "ltv_to_cac"));
  check("NPS", formula_of<NpsReport>(kNpsFigures, "nps"));
}

TEST_CASE("a ROI target in percentage points holds a fraction, months and money stay",
          "[figures]") {
  CHECK(target_value(kTargets[0], 50) == 0.5);
  CHECK(target_value(kTargets[1], 12) == 12);
  CHECK(target_value(kTargets[2], 1000) == 1000);
}

TEST_CASE("report_figures flattens every block under its JSON path", "[figures]") {
  Report report;
  report.currency = "RUB";
  report.channels.push_back({"Direct", Metric::defined(2.4892), Metric::undefined("no COGS"),
                             Metric::defined(1390), Metric::defined(0.02)});
  report.targets = Targets{.min_roi_percent = 100, .max_payback_months = {}, .min_npv = 0};
  const std::vector<Figure> figures = report_figures(report);
  REQUIRE(figures.size() == 6);
  CHECK(figures[0].key == "marketing.channels[Direct].romi_percent");
  CHECK(figures[1].label == "Direct: marketing ROI (gross profit)");
  CHECK(figures[1].value.reason() == "no COGS");
  CHECK(figures[4].key == "targets.min_roi_percent");
  CHECK(figures[4].value.value() == 1.0);
  CHECK(figures[4].quantity == Quantity::percent);
  CHECK(figures[5].key == "targets.min_npv");
}
