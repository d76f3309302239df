// The ranged inputs of a report in words, for the calc table and Markdown.
#include <string>
#include <vector>

#include "crmroi/number_format.hpp"
#include "render/detail.hpp"

namespace crmroi::render_detail {

void write_ranged_inputs(JsonWriter& json, const std::vector<RangedInput>& ranged_inputs,
                         std::string_view currency) {
  if (ranged_inputs.empty()) return;
  json.key("ranged_inputs");
  json.begin_array();
  for (const RangedInput& ranged : ranged_inputs) {
    json.begin_object();
    json.string_member("pointer", ranged.pointer);
    write_range(json, ranged.range, currency);
    json.end_object();
  }
  json.end_array();
}

std::vector<std::string> ranged_input_lines(const Report& report) {
  std::vector<std::string> lines;
  for (const RangedInput& ranged : report.ranged_inputs) {
    const Range& range = ranged.range;
    const auto number = [](double value) { return format_number(value, 10, kMachineStyle); };
    std::string line = ranged.pointer + ": " + std::string(distribution_name(range.distribution)) +
                       " " + number(range.low) + " \u2013 ";
    if (range.distribution != Distribution::uniform) line += number(range.likely) + " \u2013 ";
    line += number(range.high) + " (" +
            (range.distribution == Distribution::uniform ? "midpoint " : "likely ") +
            number(range.likely) + " used)";
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace crmroi::render_detail
