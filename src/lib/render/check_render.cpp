// check's verdicts as text: one line per scenario for people and CI logs, JSON Lines and CSV
// records, a JSON document, and a Markdown table for pull-request comments.
#include <fmt/format.h>

#include "crmroi/render_check.hpp"
#include "render/detail.hpp"

namespace crmroi {
namespace {

// Up to ten decimals, trailing zeros dropped, with the unit of human_text.
std::string precise_text(double value, Quantity quantity, std::string_view currency) {
  const double shown = quantity == Quantity::percent ? value * 100.0 : value;
  std::string text = format_number(shown, 10, kMachineStyle);
  const std::string_view unit = quantity_symbol(quantity, currency);
  if (!unit.empty()) text.append(" ").append(unit);
  return text;
}

// The threshold as a value of the figure's Quantity (ROI targets are percentage points, the
// figure a fraction).
double threshold_value(const TargetMiss& miss) {
  return miss.quantity == Quantity::percent ? miss.required / 100.0 : miss.required;
}

std::string_view comparison_symbol(Requirement requirement) {
  return requirement == Requirement::at_least ? ">=" : "<=";
}

// The place of a scenario for people: "a.json" or "<stdin>:7" (not escaped).
std::string place(const CheckedScenario& checked) {
  std::string text = checked.source;
  if (checked.line) text += fmt::format(":{}", *checked.line);
  return text;
}

// The figure and the threshold of a miss in the machine formats' units (ROI in percentage points).
std::string machine_actual(const TargetMiss& miss, std::string_view currency) {
  return format_number(miss.actual.value(), miss.quantity, currency, kMachineStyle);
}

std::string machine_required(const TargetMiss& miss, std::string_view currency) {
  const Quantity unit = miss.quantity == Quantity::percent ? Quantity::points : miss.quantity;
  return format_number(miss.required, unit, currency, kMachineStyle);
}

std::string joined_misses(const CheckResult& result, std::string_view currency) {
  std::vector<std::string> parts;
  for (const TargetMiss& miss : result.misses) parts.push_back(describe_miss(miss, currency));
  return fmt::format("{}", fmt::join(parts, "; "));
}

void write_checked(JsonWriter& json, const CheckedScenario& checked, bool with_version) {
  const CheckResult& result = checked.result;
  const std::string_view currency = checked.currency;
  std::vector<std::string> notes;
  json.begin_object();
  render_detail::write_record_head(json, checked.source, checked.line, checked.scenario, currency,
                                   with_version);
  json.string_member("status", check_status_name(result.status));
  if (result.status == CheckStatus::skip) json.string_member("reason", result.skip_reason);
  render_detail::write_targets(json, result.targets, currency);
  json.object_array("misses", result.misses, [&](const TargetMiss& miss) {
    json.string_member("metric", miss.metric);
    json.key("actual");
    if (miss.actual.is_defined()) {
      json.raw_value(machine_actual(miss, currency));
    } else {
      json.null_value();
      notes.push_back(miss.metric + ": " + miss.actual.reason());
    }
    json.key("required");
    json.raw_value(machine_required(miss, currency));
    json.string_member("comparison", comparison_symbol(miss.requirement));
  });
  render_detail::write_ranged_inputs(json, checked.ranged_inputs, currency);
  render_detail::write_notes(json, notes);
  json.end_object();
}

std::string table_line(const CheckedScenario& checked, bool color) {
  const CheckResult& result = checked.result;
  const std::string who = escape_control_characters(checked.scenario) + " (" +
                          escape_control_characters(place(checked)) + ")";
  switch (result.status) {
    case CheckStatus::pass:
      return paint("PASS", Emphasis::positive, color) + "  " + who + "\n";
    case CheckStatus::miss:
      return paint("MISS", Emphasis::negative, color) + "  " + who + ": " +
             escape_control_characters(joined_misses(result, checked.currency)) + "\n";
    case CheckStatus::skip:
      break;
  }
  return paint("SKIP", Emphasis::dim, color) + "  " + who + ": " +
         escape_control_characters(result.skip_reason) + "\n";
}

std::string csv_rows(const CheckedScenario& checked) {
  const CheckResult& result = checked.result;
  std::string prefix =
      render_detail::csv_row_prefix(checked.source, checked.line, checked.scenario);
  prefix += check_status_name(result.status);
  prefix += ',';
  if (result.misses.empty()) {
    prefix += ",,,,";
    prefix += csv_field(result.skip_reason);
    prefix += '\n';
    return prefix;
  }
  std::string out;
  for (const TargetMiss& miss : result.misses) {
    out += prefix + miss.metric + ",";
    if (miss.actual.is_defined()) out += machine_actual(miss, checked.currency);
    // Appends, not operator+: g++ 12 warns falsely on "," + string (-Wrestrict, GCC bug 105329).
    out += ',';
    out += machine_required(miss, checked.currency);
    out += ',';
    out += comparison_symbol(miss.requirement);
    out += ',';
    out += csv_field(miss.actual.reason());
    out += '\n';
  }
  return out;
}

std::string markdown_document(const std::vector<CheckedScenario>& checked, bool inputs_ok) {
  std::size_t passed = 0;
  std::size_t missed = 0;
  std::size_t skipped = 0;
  for (const CheckedScenario& one : checked) {
    switch (one.result.status) {
      case CheckStatus::pass:
        ++passed;
        break;
      case CheckStatus::miss:
        ++missed;
        break;
      case CheckStatus::skip:
        ++skipped;
        break;
    }
  }
  const bool ok = missed == 0 && inputs_ok;
  std::string out = fmt::format("### {} crmroi check: {} passed, {} missed, {} skipped",
                                ok ? "✅" : "❌", passed, missed, skipped);
  if (!inputs_ok) out += " · some inputs could not be read or are invalid (see the log)";
  out += "\n";
  if (checked.empty()) return out;
  out += "\n| | Scenario | Source | Result |\n|:-:|:--|:--|:--|\n";
  for (const CheckedScenario& one : checked) {
    const CheckResult& result = one.result;
    std::string mark = "➖";
    std::string verdict = "skipped: " + markdown_text(result.skip_reason);
    if (result.status == CheckStatus::pass) {
      mark = "✅";
      verdict = "pass";
    } else if (result.status == CheckStatus::miss) {
      mark = "❌";
      verdict = markdown_text(joined_misses(result, one.currency));
    }
    out += fmt::format("| {} | {} | {} | {} |\n", mark, markdown_text(one.scenario),
                       markdown_text(place(one)), verdict);
  }
  return out;
}

}  // namespace

std::string describe_miss(const TargetMiss& miss, std::string_view currency) {
  const bool at_least = miss.requirement == Requirement::at_least;
  const Metric required = Metric::defined(threshold_value(miss));
  std::string required_text = render_detail::human_text(required, miss.quantity, currency);
  if (!miss.actual.is_defined()) {
    return fmt::format("{} n/a — {}, required {} {}", miss.label, miss.actual.reason(),
                       at_least ? "≥" : "≤", required_text);
  }
  std::string actual_text = render_detail::human_text(miss.actual, miss.quantity, currency);
  if (actual_text == required_text) {
    actual_text = precise_text(miss.actual.value(), miss.quantity, currency);
    required_text = precise_text(required.value(), miss.quantity, currency);
  }
  return fmt::format("{} {} {} {} {}", miss.label, actual_text, at_least ? "<" : ">",
                     at_least ? "required" : "allowed", required_text);
}

std::string check_csv_header() {
  return "source,line,scenario,status,metric,actual,required,comparison,note\n";
}

namespace render_detail {

void append_check_line(std::string& out, const CheckedScenario& checked, bool color) {
  out += table_line(checked, color);
}

void append_check_jsonl(std::string& out, const CheckedScenario& checked, bool /*color*/) {
  JsonWriter json(out, JsonWriter::Style::compact);
  write_checked(json, checked, true);
  out += '\n';
}

void append_check_csv(std::string& out, const CheckedScenario& checked, bool /*color*/) {
  out += csv_rows(checked);
}

void append_check_json_document(std::string& out, const std::vector<CheckedScenario>& checked,
                                bool inputs_ok) {
  bool passed = inputs_ok;
  for (const CheckedScenario& one : checked) {
    passed = passed && one.result.status != CheckStatus::miss;
  }
  JsonWriter json(out, JsonWriter::Style::pretty);
  json.begin_object();
  render_detail::write_record_versions(json);
  json.key("passed");
  json.bool_value(passed);
  json.key("scenarios");
  json.begin_array();
  for (const CheckedScenario& one : checked) write_checked(json, one, false);
  json.end_array();
  json.end_object();
  out += '\n';
}

void append_check_markdown_document(std::string& out, const std::vector<CheckedScenario>& checked,
                                    bool inputs_ok) {
  out += markdown_document(checked, inputs_ok);
}

}  // namespace render_detail
}  // namespace crmroi
