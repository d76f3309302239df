// crmroi compare FILE...: the scenarios side by side, one column each.
#include <algorithm>
#include <climits>
#include <cstdlib>
#include <memory>

#include <fmt/format.h>

#include "commands.hpp"
#include "crmroi/render.hpp"
#include "crmroi/render_compare.hpp"
#include "crmroi/report.hpp"
#include "crmroi/words.hpp"
#include "csv_output.hpp"
#include "diagnostics.hpp"
#include "input.hpp"
#include "options.hpp"
#include "output.hpp"
#include "render/escape.hpp"
#include "report_run.hpp"
#include "terminal.hpp"

namespace crmroi::cli {
namespace {

constexpr const char* kCompareDescription =
    R"(The scenarios side by side: one column each, the best value of each row marked.

Examples:
  crmroi compare examples/autoparts-*.json                  three CRM offers side by side
  crmroi compare --sort npv examples/autoparts-*.json       best NPV first
  crmroi compare --sort irr --top 2 examples/*.json         the two with the highest IRR
  crmroi compare --format csv --sort roi *.json > rank.csv  one row per scenario, with its rank
  jq -c '.horizon_months = (12, 24, 36)' a.json | crmroi compare -   variants of one scenario

Rows: horizon, discount rate, total cost (TCO), total benefit, net, ROI, PV ROI, NPV, IRR,
payback and discounted payback, then each cost and benefit line, matched by name. The best value
of each row is marked * (green on a colour terminal) where two or more scenarios have one; lower
is better for costs and payback, higher for everything else. Scenarios in different currencies are
never compared with each other: each currency gets its own comparison. With --format json, jsonl
or csv, compare prints one record per scenario (the headline figures of calc, and its rank with
--sort), ready for jq or sort; without --sort or --top those stream as the scenarios are read.
The table fits --width columns (else COLUMNS, the terminal, or 100): scenarios that do not fit
side by side are shown in blocks of columns.)";

struct CompareOptions {
  std::vector<std::string> inputs;
  std::string format = "table";
  std::string sort;
  std::string output;
  std::string color = "auto";
  bool strict = false;
  SpreadsheetFlags spreadsheet;
  std::optional<std::size_t> width;
  std::optional<std::size_t> top;
};

// The first `top` scenarios of each currency in the order compare shows them (best first with a
// sort), kept in their input order so that ties still fall as before.
std::vector<CompareEntry> top_entries(std::vector<CompareEntry> entries, CompareSort sort,
                                      std::size_t top) {
  std::vector<bool> kept(entries.size(), false);
  for (const CompareGroup& group : compare_groups(entries, sort)) {
    for (std::size_t i = 0; i < group.columns.size() && i < top; ++i) kept[group.columns[i]] = true;
  }
  std::vector<CompareEntry> chosen;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (kept[i]) chosen.push_back(std::move(entries[i]));
  }
  return chosen;
}

ExitCode run_compare(const CompareOptions& options) {
  const OutputFormat format = parse_output_format(options.format).value_or(OutputFormat::table);
  const CompareSort sort = options.sort.empty()
                               ? CompareSort::none
                               : parse_compare_sort(options.sort).value_or(CompareSort::none);
  const CsvDialect dialect = csv_dialect_or_throw(options.spreadsheet, options.format);
  return run_report(options.output, [&](OutputSink& output, Diagnostics& diagnostics) {
    diagnostics.set_strict(options.strict);
    RenderOptions render = table_render_options(format, options, output);

    // Machine records stream as they are read unless they must be ranked (or cut to --top)
    // first; a table needs every column before its first line.
    const bool records = compare_has_records(format);
    const bool streaming = sort == CompareSort::none && !options.top && records;
    CsvWriter csv(output, dialect);  // writes every format; rewrites only CSV in a dialect
    std::vector<CompareEntry> entries;
    std::vector<std::string> currencies;
    std::size_t compared = 0;
    std::size_t left_out = 0;
    for_each_scenario(options.inputs, diagnostics, [&](LoadedScenario& loaded) {
      // The comparison shows figures and lines (their arithmetic in machine records only): no
      // assumption sentences to word, and for a table no arithmetic either.
      SourcedReport report{std::string(loaded.source), loaded.line, evaluate(loaded.scenario)};
      diagnostics.warnings(loaded.source, loaded.line,
                           report_warnings(loaded.scenario, report.report));
      words_for_report(report.report, {.arithmetic = records, .assumptions = false});
      std::optional<CompareEntry> entry = compare_entry(report);
      if (!entry) {
        ++left_out;
        std::string place(loaded.source);
        if (loaded.line) place += fmt::format(":{}", *loaded.line);
        diagnostics.error(ExitCode::success,
                          fmt::format("{}: \"{}\" has no investment case (costs, benefits or "
                                      "cash_flows); left out of the comparison",
                                      place, report.report.name));
        return true;
      }
      if (std::find(currencies.begin(), currencies.end(), entry->currency) == currencies.end()) {
        currencies.push_back(entry->currency);
      }
      ++compared;
      if (!streaming) {
        entries.push_back(std::move(*entry));
        return true;
      }
      if (compared == 1) csv.write(compare_header(format));
      csv.write(render_compare_record(*entry, format, std::nullopt));
      return !output.stopped();
    });
    if (options.top) entries = top_entries(std::move(entries), sort, *options.top);
    if (!streaming) {
      // Ranked records are written one by one, a table a block of columns at a time: only the
      // entries are held, never the whole output.
      write_compare(entries, sort, format, render, [&](std::string_view piece) {
        csv.write(piece);
        return !output.stopped();
      });
    }

    if (currencies.size() > 1) {
      diagnostics.error(
          ExitCode::success,
          fmt::format("note: the scenarios are in {} currencies ({}); each currency is "
                      "compared on its own, amounts are never converted",
                      currencies.size(), fmt::join(currencies, ", ")));
    }
    if (compared == 0 && left_out > 0 && diagnostics.exit_code() == ExitCode::success) {
      diagnostics.error(ExitCode::invalid_data,
                        "nothing to compare: no scenario has an investment case");
    }
    return compared > 0;
  });
}

}  // namespace

void setup_compare(CLI::App& app, ExitCode& exit_code) {
  auto options = std::make_shared<CompareOptions>();
  CLI::App* command =
      add_report_command(app, "compare", kCompareDescription, options, run_compare, exit_code);
  add_format_option(*command, options->format);
  CLI::Option* sort = command
                          ->add_option("--sort", options->sort,
                                       "Order the columns best first by one figure: " +
                                           std::string(kCompareSortNames) +
                                           " (payback and tco: lowest first; undefined last)")
                          ->type_name("KEY");
  check_choice(*sort, "sort key", kCompareSortNames,
               [](std::string_view value) { return parse_compare_sort(value).has_value(); });
  command
      ->add_option("--top", options->top,
                   "Keep the first N scenarios of each currency: the N best with --sort, else the "
                   "first N given")
      ->type_name("N")
      ->check(whole_number_check(1, ULONG_MAX, "a number of scenarios of 1 or more"));
  add_output_options(*command, *options);
}

}  // namespace crmroi::cli
