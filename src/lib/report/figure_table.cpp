// Look-ups in the table of figures (figures.hpp), and a report's figures flattened under their
// keys.
#include <span>
#include <string>

#include "crmroi/figures.hpp"

namespace crmroi {
namespace {

// Appends the figures of `block` under "<prefix><key>", labelled "<label_prefix><label>" (or
// with the phrase after a "name: " prefix).
template <typename Block>
void add_block(std::vector<Figure>& figures, std::span<const FigureDefinition<Block>> definitions,
               const Block& block, const std::string& prefix, const std::string& label_prefix,
               bool phrase) {
  for (const FigureDefinition<Block>& definition : definitions) {
    figures.push_back({prefix + std::string(definition.key),
                       label_prefix + std::string(phrase ? definition.phrase : definition.label),
                       definition.value(block), definition.quantity});
  }
}

}  // namespace

const FigureDefinition<InvestmentFigures>* find_investment_figure(std::string_view key) {
  for (const FigureDefinition<InvestmentFigures>& figure : kInvestmentFigures) {
    if (figure.key == key) return &figure;
  }
  return nullptr;
}

double target_value(const TargetDefinition& target, double threshold) {
  const FigureDefinition<InvestmentFigures>* figure = find_investment_figure(target.figure);
  return figure != nullptr && figure->quantity == Quantity::percent ? threshold / 100.0 : threshold;
}

std::vector<Figure> report_figures(const Report& report) {
  std::vector<Figure> figures;
  if (const auto& investment = report.investment) {
    add_block<InvestmentFigures>(figures, kInvestmentFigures, investment->figures, "", "", false);
    if (investment->risk_adjusted && investment->unadjusted) {
      add_block<InvestmentFigures>(figures, kInvestmentFigures, *investment->unadjusted,
                                   "unadjusted.", "Unadjusted ", false);
    }
  }
  for (const ChannelReport& channel : report.channels) {
    add_block<ChannelReport>(figures, kChannelFigures, channel,
                             "marketing.channels[" + channel.name + "].", channel.name + ": ",
                             true);
  }
  if (report.acquisition) {
    add_block<AcquisitionReport>(figures, kAcquisitionFigures, *report.acquisition, "acquisition.",
                                 "", false);
  }
  if (report.unit_economics) {
    add_block<UnitEconomicsReport>(figures, kUnitEconomicsFigures, *report.unit_economics,
                                   "unit_economics.", "", false);
  }
  if (report.nps) add_block<NpsReport>(figures, kNpsFigures, *report.nps, "nps.", "", false);
  if (const auto& targets = report.targets) {
    for (const TargetDefinition& target : kTargets) {
      const std::optional<double>& threshold = (*targets).*target.threshold;
      if (!threshold) continue;
      figures.push_back({"targets." + std::string(target.key), std::string(target.label),
                         Metric::defined(target_value(target, *threshold)),
                         find_investment_figure(target.figure)->quantity});
    }
  }
  return figures;
}

}  // namespace crmroi
