// crmroi sensitivity's and crmroi solve's output: the tornado's rows and bars, the goal seek's
// answer in a sentence, each also as JSON, JSON Lines, CSV and Markdown.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "crmroi/number_format.hpp"
#include "crmroi/render_decision.hpp"
#include "render/detail.hpp"
#include "render/escape.hpp"
#include "render/json_writer.hpp"
#include "render/text_table.hpp"

namespace crmroi {
namespace {

/// An input value in a sentence or a table: grouped, at most two decimals.
constexpr NumberStyle kInputStyle{",", ".", Zeros::trim, 2};

/// Every digit of a double: the shortest text that reads back as the same number.
std::string exact_number(double value) { return fmt::format("{}", value == 0 ? 0.0 : value); }

/// The unit an input is written in, after its number: "%" for a percent key.
std::string_view input_unit(std::string_view pointer) {
  return pointer.ends_with("percent") ? " %" : "";
}

/// An input's label in a sentence, its unit left to the number: "order uplift: percent" ->
/// "order uplift", "discount rate percent" -> "discount rate" (followed by "12 %").
std::string input_phrase(const GoalSeek& seek) {
  std::string_view label = seek.label;
  if (!input_unit(seek.pointer).empty()) {
    for (const std::string_view suffix : {": percent", " percent"}) {
      if (label.ends_with(suffix)) {
        label.remove_suffix(suffix.size());
        break;
      }
    }
  }
  return std::string(label);
}

std::string input_text(double value, std::string_view pointer) {
  return format_number(value, 2, kInputStyle) + std::string(input_unit(pointer));
}

/// The unit column of CSV: the currency code for money, the quantity's name otherwise.
std::string unit_name(Quantity quantity, std::string_view currency) {
  return std::string(quantity == Quantity::money ? currency : quantity_name(quantity));
}

std::string place(const DecisionSource& source) {
  std::string text = escape_control_characters(source.source);
  if (source.line) text += ":" + std::to_string(*source.line);
  return text;
}

// ---- sensitivity ------------------------------------------------------------------------------

std::string_view mode_name(SensitivityMode mode) {
  switch (mode) {
    case SensitivityMode::percentiles:
      return "percentiles";
    case SensitivityMode::extremes:
      return "extremes";
    case SensitivityMode::swing:
      return "swing";
  }
  return "swing";
}

/// "8 ranged inputs at their 10th and 90th percentiles", "23 inputs swung by ±20 %".
std::string mode_words(const Sensitivity& sensitivity) {
  const std::size_t count = sensitivity.rows.size();
  const std::string inputs = std::to_string(count) + (count == 1 ? " input" : " inputs");
  switch (sensitivity.mode) {
    case SensitivityMode::percentiles:
      return std::to_string(count) + " ranged" + inputs.substr(inputs.find(' ')) +
             " at their 10th and 90th percentiles";
    case SensitivityMode::extremes:
      return std::to_string(count) + " ranged" + inputs.substr(inputs.find(' ')) +
             " at their low and high";
    case SensitivityMode::swing:
      break;
  }
  return inputs + " swung by ±" + format_number(sensitivity.swing_percent, 2, kInputStyle) + " %";
}

/// Notes of the whole record: a fall back to swing, inputs left out, how undefined rows sort.
std::vector<std::string> sensitivity_notes(const Sensitivity& sensitivity) {
  std::vector<std::string> notes;
  const std::string swing = format_number(sensitivity.swing_percent, 2, kInputStyle);
  if (sensitivity.fell_back_to_swing) {
    notes.push_back(
        "the scenario has no ranged inputs: every input that may hold a range is "
        "swung by ±" +
        swing + " % instead");
  }
  if (!sensitivity.unmoved.empty()) {
    const std::size_t count = sensitivity.unmoved.size();
    notes.push_back(std::to_string(count) + (count == 1 ? " input does" : " inputs do") +
                    " not move by ±" + swing +
                    " % (zero, a whole number that rounds back, or held at a bound) and " +
                    (count == 1 ? "is" : "are") + " left out: see unmoved_inputs");
  }
  const bool undefined =
      std::any_of(sensitivity.rows.begin(), sensitivity.rows.end(),
                  [](const SensitivityRow& row) { return !row.swing.is_defined(); });
  if (undefined) {
    notes.push_back(std::string("a row where ") + std::string(sensitivity.metric->phrase) +
                    " is undefined at one end has no swing and is listed first; the cumulative "
                    "shares count the other rows");
  }
  return notes;
}

std::string row_path(const SensitivityRow& row, std::string_view member) {
  return "rows[" + row.pointer + "]." + std::string(member);
}

void write_sensitivity_json(std::string& out, const DecisionSource& source,
                            const Sensitivity& sensitivity, JsonWriter::Style style) {
  const FigureDefinition<InvestmentFigures>& metric = *sensitivity.metric;
  const std::string_view currency = source.currency;
  std::vector<std::string> notes = sensitivity_notes(sensitivity);
  JsonWriter json(out, style);
  json.begin_object();
  render_detail::write_record_head(json, source.source, source.line, source.scenario, currency);
  json.string_member("metric", metric.key);
  json.string_member("mode", mode_name(sensitivity.mode));
  if (sensitivity.mode == SensitivityMode::swing) {
    json.number_member("swing_percent", sensitivity.swing_percent, Quantity::ratio, currency);
  }
  json.metric_member("base", sensitivity.base, metric.quantity, currency, "base", notes);
  json.object_array("rows", sensitivity.rows, [&](const SensitivityRow& row) {
    json.string_member("pointer", row.pointer);
    json.string_member("label", row.label);
    json.number_member("input_low", row.input_low, Quantity::ratio, currency);
    json.number_member("input_base", row.input_base, Quantity::ratio, currency);
    json.number_member("input_high", row.input_high, Quantity::ratio, currency);
    json.metric_member("metric_low", row.metric_low, metric.quantity, currency,
                       row_path(row, "metric_low"), notes);
    json.metric_member("metric_high", row.metric_high, metric.quantity, currency,
                       row_path(row, "metric_high"), notes);
    json.metric_member("swing", row.swing, metric.quantity, currency, row_path(row, "swing"),
                       notes);
    json.key("cumulative_share");
    if (row.cumulative_share) {
      json.number_value(*row.cumulative_share, Quantity::ratio, currency);
    } else {
      json.null_value();
    }
  });
  json.key("unmoved_inputs");
  json.begin_array();
  for (const std::string& pointer : sensitivity.unmoved) json.string_value(pointer);
  json.end_array();
  render_detail::write_notes(json, notes);
  json.end_object();
  out.push_back('\n');
}

void append_csv_metric(std::string& out, const Metric& metric, Quantity quantity,
                       std::string_view currency) {
  if (metric.is_defined()) append_number(out, metric.value(), quantity, currency, kMachineStyle);
}

void write_sensitivity_csv(std::string& out, const DecisionSource& source,
                           const Sensitivity& sensitivity) {
  const FigureDefinition<InvestmentFigures>& metric = *sensitivity.metric;
  const std::string_view currency = source.currency;
  std::string prefix = render_detail::csv_row_prefix(source.source, source.line, source.scenario);
  prefix += std::string(metric.key) + "," + std::string(mode_name(sensitivity.mode)) + ",";
  append_csv_metric(prefix, sensitivity.base, metric.quantity, currency);
  prefix += ',';
  int rank = 0;
  for (const SensitivityRow& row : sensitivity.rows) {
    out += prefix;
    out += std::to_string(++rank) + ",";
    out += csv_field(row.pointer) + "," + csv_field(row.label) + ",";
    for (const double value : {row.input_low, row.input_base, row.input_high}) {
      append_number(out, value, Quantity::ratio, currency, kMachineStyle);
      out += ',';
    }
    for (const Metric* value : {&row.metric_low, &row.metric_high, &row.swing}) {
      append_csv_metric(out, *value, metric.quantity, currency);
      out += ',';
    }
    if (row.cumulative_share) {
      append_number(out, *row.cumulative_share, Quantity::ratio, currency, kMachineStyle);
    }
    out += ',' + unit_name(metric.quantity, currency) + ',';
    std::vector<std::string> reasons;
    for (const auto& [name, value] :
         {std::pair<const char*, const Metric*>{"metric_low", &row.metric_low},
          {"metric_high", &row.metric_high}}) {
      if (!value->is_defined()) reasons.push_back(std::string(name) + ": " + value->reason());
    }
    out += csv_field(fmt::format("{}", fmt::join(reasons, "; ")));
    out += '\n';
  }
}

/// A metric for people without its unit (the column title has it), or "n/a".
std::string short_metric(const Metric& metric, Quantity quantity, std::string_view currency) {
  if (!metric.is_defined()) return "n/a";
  return render_detail::human_value(metric, quantity, currency).number;
}

std::string share_text(const std::optional<double>& share) {
  if (!share) return "n/a";
  return format_number(*share * 100, 1, kTableStyle) + " %";
}

std::string sensitivity_title(const DecisionSource& source, const Sensitivity& sensitivity) {
  return source.scenario + " — sensitivity of " + std::string(sensitivity.metric->phrase);
}

std::string base_line(const DecisionSource& source, const Sensitivity& sensitivity) {
  return "Base " + std::string(sensitivity.metric->phrase) + " (as calc prints it): " +
         render_detail::human_text(sensitivity.base, sensitivity.metric->quantity, source.currency);
}

/// The unit shown after a metric's column title: "(RUB)", "(%)", "(months)".
std::string metric_unit(const Sensitivity& sensitivity, std::string_view currency) {
  return std::string(quantity_symbol(sensitivity.metric->quantity, currency));
}

/// The tornado: one bar per row, centred on the base; the input's low end drawn "░", its high
/// end "█", each as long as its change of the metric (the longer drawn first).
std::string tornado_bars(const DecisionSource& source, const Sensitivity& sensitivity,
                         const RenderOptions& options) {
  const double base = sensitivity.base.is_defined() ? sensitivity.base.value() : 0.0;
  double scale = 0;
  for (const SensitivityRow& row : sensitivity.rows) {
    for (const Metric* end : {&row.metric_low, &row.metric_high}) {
      if (end->is_defined()) scale = std::max(scale, std::fabs(end->value() - base));
    }
  }
  if (!(scale > 0) || !sensitivity.base.is_defined()) return {};
  const std::size_t width = options.width == 0 ? 80 : options.width;
  std::size_t label_width = 0;
  for (const SensitivityRow& row : sensitivity.rows) {
    label_width = std::max(label_width, display_width(escape_control_characters(row.label)));
  }
  label_width = std::min(label_width, width / 3);
  std::size_t bar_width = width > label_width + 2 ? width - label_width - 2 : 11;
  bar_width = std::max<std::size_t>(bar_width, 11);
  if (bar_width % 2 == 0) --bar_width;
  const std::size_t half = bar_width / 2;

  const std::string phrase(sensitivity.metric->phrase);
  std::string out = "\n" + paint("Tornado", Emphasis::bold, options.color) + " (░ the input at " +
                    "its low end, █ at its high end; │ the base " + phrase + ")\n";
  for (const SensitivityRow& row : sensitivity.rows) {
    std::vector<std::string> cells(bar_width, " ");
    cells[half] = "│";
    struct End {
      long offset;
      const char* mark;
    };
    std::vector<End> ends;
    for (const auto& [end, mark] :
         {std::pair<const Metric*, const char*>{&row.metric_low, "░"}, {&row.metric_high, "█"}}) {
      if (!end->is_defined()) continue;
      const double cells_away = (end->value() - base) / scale * static_cast<double>(half);
      ends.push_back({std::lround(cells_away), mark});
    }
    std::sort(ends.begin(), ends.end(),
              [](const End& a, const End& b) { return std::labs(a.offset) > std::labs(b.offset); });
    for (const End& end : ends) {
      const long step = end.offset < 0 ? -1 : 1;
      for (long k = step; k != end.offset + step && end.offset != 0; k += step) {
        cells[static_cast<std::size_t>(static_cast<long>(half) + k)] = end.mark;
      }
    }
    std::string label = escape_control_characters(row.label);
    if (display_width(label) > label_width) {
      while (!label.empty() && display_width(label) + 1 > label_width) {
        do {
          label.pop_back();
        } while (!label.empty() && (static_cast<unsigned char>(label.back()) & 0xC0) == 0x80);
      }
      label += "…";
    }
    std::string line = label + std::string(label_width - display_width(label), ' ') + "  ";
    for (const std::string& cell : cells) line += cell;
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (!row.swing.is_defined()) line += "  n/a at one end";
    out += line + "\n";
  }
  const std::string low_text = "◀ lower " + phrase;
  const std::string high_text = "higher " + phrase + " ▶";
  std::string axis(label_width + 2, ' ');
  if (display_width(low_text) < half && display_width(high_text) < half) {
    axis += std::string(half - display_width(low_text), ' ') + low_text + "│" + high_text;
    out += axis + "\n";
  }
  (void)source;
  return out;
}

std::string render_sensitivity_table(const DecisionSource& source, const Sensitivity& sensitivity,
                                     const RenderOptions& options) {
  const std::string_view currency = source.currency;
  const Quantity quantity = sensitivity.metric->quantity;
  const std::string phrase(sensitivity.metric->phrase);
  const std::string unit = metric_unit(sensitivity, currency);
  std::string out = paint(escape_control_characters(sensitivity_title(source, sensitivity)),
                          Emphasis::bold, options.color) +
                    "\n" + place(source) + " · " + mode_words(sensitivity) + " · amounts in " +
                    escape_control_characters(source.currency) + "\n" +
                    base_line(source, sensitivity) + "\n\n";
  if (sensitivity.rows.empty()) {
    out += "No input moves: nothing to show.\n";
  } else {
    // Money columns go without their currency (the header says it); the pointer goes last, and
    // moves under its row when the table does not fit.
    const std::string unit_suffix = quantity == Quantity::money ? "" : " (" + unit + ")";
    TextTable table({Align::left, Align::right, Align::right, Align::right, Align::right,
                     Align::right, Align::right, Align::left});
    table.add_row({{"input"},
                   {"low"},
                   {"high"},
                   {phrase + " at low" + unit_suffix},
                   {phrase + " at high" + unit_suffix},
                   {"swing"},
                   {"share"},
                   {""}});
    table.add_rule({0, 1, 2, 3, 4, 5, 6, 7});
    table.set_wrap_column(7, 4);
    std::vector<std::string> gaps;
    for (const SensitivityRow& row : sensitivity.rows) {
      const auto metric_cell = [&](const Metric& metric) {
        return Cell{short_metric(metric, quantity, currency),
                    metric.is_defined() ? Emphasis::plain : Emphasis::dim};
      };
      table.add_row({{escape_control_characters(row.label)},
                     {input_text(row.input_low, row.pointer)},
                     {input_text(row.input_high, row.pointer)},
                     metric_cell(row.metric_low),
                     metric_cell(row.metric_high),
                     metric_cell(row.swing),
                     {share_text(row.cumulative_share)},
                     {escape_control_characters(row.pointer)}});
      if (!row.metric_low.is_defined()) {
        gaps.push_back(row.pointer + " at low: " + row.metric_low.reason());
      }
      if (!row.metric_high.is_defined()) {
        gaps.push_back(row.pointer + " at high: " + row.metric_high.reason());
      }
    }
    table.set_width(options.width);
    out += table.render(options.color);
    for (const std::string& gap : gaps) out += "  n/a: " + escape_control_characters(gap) + "\n";
  }
  for (const std::string& note : sensitivity_notes(sensitivity)) {
    out += "  note: " + escape_control_characters(note) + "\n";
  }
  if (!sensitivity.unmoved.empty()) {
    out += "  left out: ";
    for (std::size_t i = 0; i < sensitivity.unmoved.size(); ++i) {
      out += (i == 0 ? "" : ", ") + escape_control_characters(sensitivity.unmoved[i]);
    }
    out += "\n";
  }
  out += tornado_bars(source, sensitivity, options);
  return out;
}

std::string render_sensitivity_markdown(const DecisionSource& source,
                                        const Sensitivity& sensitivity) {
  const std::string_view currency = source.currency;
  const Quantity quantity = sensitivity.metric->quantity;
  const std::string phrase(sensitivity.metric->phrase);
  const std::string unit = metric_unit(sensitivity, currency);
  std::string out = "## " + markdown_text(sensitivity_title(source, sensitivity)) + "\n\n" +
                    markdown_text(place(source) + " · " + mode_words(sensitivity) +
                                  " · amounts in " + source.currency) +
                    "\n\n" + markdown_text(base_line(source, sensitivity)) + "\n\n";
  if (!sensitivity.rows.empty()) {
    out += "| input | low | high | " + markdown_text(phrase) + " at low (" + markdown_text(unit) +
           ") | " + markdown_text(phrase) + " at high (" + markdown_text(unit) +
           ") | swing | share |\n|---|---:|---:|---:|---:|---:|---:|\n";
    for (const SensitivityRow& row : sensitivity.rows) {
      out += "| `" + escape_control_characters(row.pointer) + "` | " +
             input_text(row.input_low, row.pointer) + " | " +
             input_text(row.input_high, row.pointer) + " | " +
             short_metric(row.metric_low, quantity, currency) + " | " +
             short_metric(row.metric_high, quantity, currency) + " | " +
             short_metric(row.swing, quantity, currency) + " | " +
             share_text(row.cumulative_share) + " |\n";
    }
    out += "\n";
  }
  for (const SensitivityRow& row : sensitivity.rows) {
    for (const auto& [end, metric] : {std::pair<const char*, const Metric*>{"low", &row.metric_low},
                                      {"high", &row.metric_high}}) {
      if (!metric->is_defined()) {
        out += "- n/a: `" + escape_control_characters(row.pointer) + "` at " + end + ": " +
               markdown_text(metric->reason()) + "\n";
      }
    }
  }
  for (const std::string& note : sensitivity_notes(sensitivity)) {
    out += "- Note: " + markdown_text(note) + "\n";
  }
  return out;
}

// ---- goal seek --------------------------------------------------------------------------------

std::string_view better_name(BetterSide side) {
  return side == BetterSide::above ? "above" : "below";
}

/// The target for people: "NPV ≥ 0", "payback ≤ 12 months", "ROI ≥ 100 %".
std::string target_words(const GoalSeek& seek) {
  std::string text = format_number(seek.target, 2, kInputStyle);
  if (seek.metric->quantity == Quantity::percent) text += " %";
  if (seek.metric->quantity == Quantity::months) text += " months";
  return text;
}

std::string goal_words(const GoalSeek& seek, std::string_view relation) {
  return std::string(seek.metric->phrase) + " " + std::string(relation) + " " + target_words(seek);
}

std::string metric_words(const GoalSeek& seek, const Metric& metric, std::string_view currency) {
  return render_detail::human_text(metric, seek.metric->quantity, currency);
}

/// The value rounded to two decimals towards the side that meets the target ("at least 1.84"
/// for 1.8372), so that the rounded value still meets it.
double rounded_safely(double value, BetterSide better) {
  const double scaled = value * 100;
  const double nearest = std::round(scaled);
  if (std::fabs(scaled - nearest) < 1e-9 * std::max(1.0, std::fabs(scaled))) return nearest / 100;
  return (better == BetterSide::above ? std::ceil(scaled) : std::floor(scaled)) / 100;
}

std::string range_words(const GoalSeek& seek) {
  return input_phrase(seek) + " from " + format_number(seek.search_low, 2, kInputStyle) + " to " +
         input_text(seek.search_high, seek.pointer);
}

std::string solve_header(const DecisionSource& source, const GoalSeek& seek) {
  return place(source) + " · " + goal_words(seek, "=") + " · " + seek.pointer + " searched from " +
         format_number(seek.search_low, 2, kInputStyle) + " to " +
         input_text(seek.search_high, seek.pointer) + " · amounts in " + source.currency;
}

// key + a number as exact_number writes it, null for none.
template <std::size_t N>
void exact_member(JsonWriter& json, const char (&name)[N], std::optional<double> value) {
  json.key(name);
  if (value) {
    json.raw_value(exact_number(*value));
  } else {
    json.null_value();
  }
}

// key + a text, null for none.
template <std::size_t N>
void text_member(JsonWriter& json, const char (&name)[N], std::optional<std::string_view> text) {
  json.key(name);
  if (text) {
    json.string_value(*text);
  } else {
    json.null_value();
  }
}

void write_goal_seek_json(std::string& out, const DecisionSource& source, const GoalSeek& seek,
                          JsonWriter::Style style) {
  const std::string_view currency = source.currency;
  std::vector<std::string> notes;
  JsonWriter json(out, style);
  json.begin_object();
  render_detail::write_record_head(json, source.source, source.line, source.scenario, currency);
  json.string_member("pointer", seek.pointer);
  json.string_member("label", seek.label);
  json.string_member("metric", seek.metric->key);
  exact_member(json, "target", seek.target);
  json.bool_member("solved", seek.solved);
  exact_member(json, "value", seek.value);
  exact_member(json, "current_value", seek.current_value);
  if (seek.solved) {
    json.metric_member("metric_at_value", seek.metric_at_value, seek.metric->quantity, currency,
                       "metric_at_value", notes);
  } else {
    json.key("metric_at_value");
    json.null_value();
  }
  text_member(json, "better",
              seek.better ? std::optional(better_name(*seek.better)) : std::nullopt);
  json.key("other_solutions");
  json.begin_array();
  for (const double other : seek.other_solutions) json.raw_value(exact_number(other));
  json.end_array();
  const std::string note = goal_seek_note(seek, currency);
  text_member(json, "note", note.empty() ? std::nullopt : std::optional<std::string_view>(note));
  exact_member(json, "search_low", seek.search_low);
  exact_member(json, "search_high", seek.search_high);
  json.bool_member("integer", seek.integer);
  render_detail::write_notes(json, notes);
  json.end_object();
  out.push_back('\n');
}

void write_goal_seek_csv(std::string& out, const DecisionSource& source, const GoalSeek& seek) {
  const std::string_view currency = source.currency;
  out += render_detail::csv_row_prefix(source.source, source.line, source.scenario);
  out += csv_field(seek.pointer) + "," + std::string(seek.metric->key) + "," +
         exact_number(seek.target) + "," + (seek.solved ? "true" : "false") + ",";
  if (seek.value) out += exact_number(*seek.value);
  out += "," + exact_number(seek.current_value) + ",";
  if (seek.solved) append_csv_metric(out, seek.metric_at_value, seek.metric->quantity, currency);
  out += ",";
  if (seek.better) out += better_name(*seek.better);
  out += ",";
  std::vector<std::string> others;
  for (const double other : seek.other_solutions) others.push_back(exact_number(other));
  out += csv_field(fmt::format("{}", fmt::join(others, ";"))) + ",";
  out += csv_field(goal_seek_note(seek, currency)) + "\n";
}

std::vector<std::pair<std::string, std::string>> goal_seek_facts(const GoalSeek& seek,
                                                                 std::string_view currency) {
  std::vector<std::pair<std::string, std::string>> facts;
  if (seek.value) {
    facts.emplace_back("Value", exact_number(*seek.value) + std::string(input_unit(seek.pointer)));
    facts.emplace_back(std::string(seek.metric->label) + " there",
                       metric_words(seek, seek.metric_at_value, currency));
    facts.emplace_back("Better", std::string(better_name(*seek.better)) + " the value");
  }
  facts.emplace_back("In the file",
                     exact_number(seek.current_value) + std::string(input_unit(seek.pointer)));
  return facts;
}

}  // namespace

std::string goal_seek_sentence(const GoalSeek& seek, std::string_view currency) {
  const FigureDefinition<InvestmentFigures>& metric = *seek.metric;
  const bool higher = metric.better != Better::lower;
  const std::string relation = higher ? "≥" : "≤";
  if (seek.solved && seek.value && seek.better) {
    const double shown = seek.integer ? *seek.value : rounded_safely(*seek.value, *seek.better);
    return input_phrase(seek) + " must be " +
           (*seek.better == BetterSide::above ? "at least " : "at most ") +
           input_text(shown, seek.pointer) + " for " + goal_words(seek, relation) +
           "; the file says " + input_text(seek.current_value, seek.pointer);
  }
  const std::string phrase(metric.phrase);
  std::string sentence;
  switch (seek.no_solution) {
    case NoSolution::always_below:
      sentence = phrase + " stays below " + target_words(seek) + " for every " + range_words(seek);
      break;
    case NoSolution::always_above:
      sentence = phrase + " stays above " + target_words(seek) + " for every " + range_words(seek);
      break;
    case NoSolution::undefined_everywhere:
      sentence = phrase + " has no value for any " + range_words(seek);
      break;
    case NoSolution::not_reached:
    case NoSolution::none:
      sentence = phrase + " jumps past " + target_words(seek) + " without reaching it for " +
                 range_words(seek);
      break;
  }
  if (seek.closest_value) {
    sentence += " (closest: " + metric_words(seek, seek.metric_at_closest, currency) + " at " +
                input_text(*seek.closest_value, seek.pointer) + ")";
  }
  return sentence;
}

std::string goal_seek_note(const GoalSeek& seek, std::string_view currency) {
  if (!seek.solved) return goal_seek_sentence(seek, currency);
  std::vector<std::string> parts;
  if (!seek.other_solutions.empty()) {
    const std::size_t count = seek.other_solutions.size();
    std::string list;
    for (std::size_t i = 0; i < count; ++i) {
      list += (i == 0 ? "" : ", ") + input_text(seek.other_solutions[i], seek.pointer);
    }
    parts.push_back(std::to_string(count) +
                    (count == 1 ? " other value also gives " : " other values also give ") +
                    goal_words(seek, "=") + ": " + list +
                    "; the one nearest the file's value is reported");
  }
  if (seek.integer) {
    parts.push_back("a whole number: the nearest whole value that meets the target (" +
                    std::string(seek.metric->phrase) + " " +
                    metric_words(seek, seek.metric_at_value, currency) + " there)");
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

std::string render_sensitivity(const DecisionSource& source, const Sensitivity& sensitivity,
                               OutputFormat format, const RenderOptions& options) {
  static constexpr render_detail::FormatWriters<DecisionSource, Sensitivity> kWriters{
      write_sensitivity_json, write_sensitivity_csv, render_sensitivity_markdown,
      render_sensitivity_table};
  return render_detail::render_in(format, options, kWriters, source, sensitivity);
}

std::string sensitivity_csv_header() {
  return "source,line,scenario,metric,mode,base,rank,pointer,label,input_low,input_base,"
         "input_high,metric_low,metric_high,swing,cumulative_share,unit,note\n";
}

namespace {

std::string render_goal_seek_markdown(const DecisionSource& source, const GoalSeek& seek) {
  const std::string_view currency = source.currency;
  std::string out = "## " + markdown_text(source.scenario) + " — goal seek\n\n" +
                    markdown_text(solve_header(source, seek)) + "\n\n" +
                    markdown_text(goal_seek_sentence(seek, currency)) + ".\n\n";
  for (const auto& [name, value] : goal_seek_facts(seek, currency)) {
    out += "- " + markdown_text(name) + ": " + markdown_text(value) + "\n";
  }
  if (seek.solved) {
    const std::string note = goal_seek_note(seek, currency);
    if (!note.empty()) out += "- Note: " + markdown_text(note) + "\n";
  }
  return out;
}

std::string render_goal_seek_table(const DecisionSource& source, const GoalSeek& seek,
                                   const RenderOptions& options) {
  const std::string_view currency = source.currency;
  std::string out = paint(escape_control_characters(source.scenario) + " — goal seek",
                          Emphasis::bold, options.color) +
                    "\n" + escape_control_characters(solve_header(source, seek)) + "\n\n" +
                    escape_control_characters(goal_seek_sentence(seek, currency)) + ".\n\n";
  TextTable table({Align::left, Align::left});
  for (const auto& [name, value] : goal_seek_facts(seek, currency)) {
    table.add_row({{name}, {escape_control_characters(value)}});
  }
  table.set_width(options.width);
  out += table.render(options.color);
  if (seek.solved) {
    const std::string note = goal_seek_note(seek, currency);
    if (!note.empty()) out += "  note: " + escape_control_characters(note) + "\n";
  }
  return out;
}

}  // namespace

std::string render_goal_seek(const DecisionSource& source, const GoalSeek& seek,
                             OutputFormat format, const RenderOptions& options) {
  static constexpr render_detail::FormatWriters<DecisionSource, GoalSeek> kWriters{
      write_goal_seek_json, write_goal_seek_csv, render_goal_seek_markdown, render_goal_seek_table};
  return render_detail::render_in(format, options, kWriters, source, seek);
}

std::string goal_seek_csv_header() {
  return "source,line,scenario,pointer,metric,target,solved,value,current_value,metric_at_value,"
         "better,other_solutions,note\n";
}

}  // namespace crmroi
