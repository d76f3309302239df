// consumer SCENARIO.json: loads a scenario through crmroi's public API, evaluates it and prints
// "<scenario name>: ROI <percent> (crmroi <version>)", or the problems of the file.
#include <crmroi/number_format.hpp>
#include <crmroi/report.hpp>
#include <crmroi/scenario_loader.hpp>
#include <crmroi/version.hpp>
#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: consumer SCENARIO.json\n";
    return 2;
  }
  std::ifstream file(argv[1], std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  const crmroi::LoadResult loaded = crmroi::load_scenario(text.str());
  if (!loaded.scenario) {
    for (const crmroi::Problem& problem : loaded.problems)
      std::cerr << argv[1] << ": " << problem.json_pointer << ": " << problem.message << "\n";
    return 3;
  }
  const crmroi::Report report = crmroi::evaluate(*loaded.scenario);
  const crmroi::Metric& roi = report.investment->figures.roi;
  std::cout << report.name << ": ROI "
            << (roi.is_defined() ? crmroi::format_number(roi.value(), crmroi::Quantity::percent, "",
                                                         crmroi::kTableStyle) +
                                       " %"
                                 : "n/a: " + roi.reason())
            << " (crmroi " << crmroi::kVersion << ")\n";
  return 0;
}
