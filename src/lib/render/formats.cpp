// The output formats as one table: each format's name, the text between its records, and the
// renderer each command uses in it. The public entry points look a format up and call.
#include <array>

#include "crmroi/render_check.hpp"
#include "crmroi/render_compare.hpp"
#include "render/compare_detail.hpp"
#include "render/detail.hpp"

namespace crmroi {
namespace {

using CompareEntries = std::vector<CompareEntry>;
using CheckedScenarios = std::vector<CheckedScenario>;

struct Format {
  OutputFormat format;
  std::string_view name;
  std::string_view record_separator;  ///< between two calc records
  /// calc: one scenario's report, and the header before the first one (nullptr: none).
  void (*calc)(std::string&, const SourcedReport&, const RenderOptions&);
  std::string (*calc_header)(const RenderOptions&);
  /// compare: the whole comparison laid out at once (nullptr: one record a scenario), a record,
  /// and the header before the first record (nullptr: none).
  bool (*compare_document)(const CompareEntries&, CompareSort, const RenderOptions&,
                           const CompareWrite&);
  void (*compare_record)(std::string&, const CompareEntry&, std::optional<int> rank);
  std::string (*compare_header)();
  /// check: one verdict, the document over all of them (nullptr: the records one after another),
  /// and the header before the first record (nullptr: none).
  void (*check_record)(std::string&, const CheckedScenario&, bool color);
  void (*check_document)(std::string&, const CheckedScenarios&, bool inputs_ok);
  std::string (*check_header)();
};

void calc_json(std::string& out, const SourcedReport& sourced, const RenderOptions& /*options*/) {
  render_detail::append_json(out, sourced, JsonWriter::Style::pretty);
}

void calc_jsonl(std::string& out, const SourcedReport& sourced, const RenderOptions& /*options*/) {
  render_detail::append_json(out, sourced, JsonWriter::Style::compact);
}

using namespace render_detail;
using compare_detail::write_compare_markdown;
using compare_detail::write_compare_table;

constexpr std::array<Format, 5> kFormats = {{
    {OutputFormat::table, "table", "\n", append_table, nullptr, write_compare_table,
     append_compare_jsonl, nullptr, append_check_line, nullptr, nullptr},
    {OutputFormat::json, "json", "", calc_json, nullptr, nullptr, append_compare_json, nullptr,
     append_check_jsonl, append_check_json_document, nullptr},
    {OutputFormat::jsonl, "jsonl", "", calc_jsonl, nullptr, nullptr, append_compare_jsonl, nullptr,
     append_check_jsonl, nullptr, nullptr},
    {OutputFormat::csv, "csv", "", append_csv, calc_csv_header, nullptr, append_compare_csv,
     compare_csv_header, append_check_csv, nullptr, check_csv_header},
    {OutputFormat::markdown, "markdown", "\n", append_markdown, nullptr, write_compare_markdown,
     append_compare_jsonl, nullptr, append_check_jsonl, append_check_markdown_document, nullptr},
}};

const Format& format_of(OutputFormat format) {
  for (const Format& candidate : kFormats) {
    if (candidate.format == format) return candidate;
  }
  return kFormats.front();
}

}  // namespace

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  for (const Format& format : kFormats) {
    if (name == format.name) return format.format;
  }
  return std::nullopt;
}

std::string_view output_format_name(OutputFormat format) { return format_of(format).name; }

std::string_view record_separator(OutputFormat format) {
  return format_of(format).record_separator;
}

// ---- calc

void append_calc(std::string& out, const SourcedReport& sourced, OutputFormat format,
                 const RenderOptions& options) {
  format_of(format).calc(out, sourced, options);
}

std::string render_calc(const SourcedReport& sourced, OutputFormat format,
                        const RenderOptions& options) {
  std::string out;
  append_calc(out, sourced, format, options);
  return out;
}

std::string calc_header(OutputFormat format, const RenderOptions& options) {
  const auto header = format_of(format).calc_header;
  return header != nullptr ? header(options) : std::string();
}

std::string calc_csv_header(const RenderOptions& options) {
  if (options.yearly) {
    return "source,line,scenario,year,first_month,last_month,cost,benefit,net,cumulative,pv_cost,"
           "pv_benefit\n";
  }
  if (options.lines) {
    return "source,line,scenario,side,name,kind,total,total_unadjusted,risk_percent,present_value,"
           "arithmetic\n";
  }
  return options.monthly ? "source,line,scenario,month,cost,benefit,net,cumulative\n"
                         : "source,line,scenario,metric,value,unit,note\n";
}

// ---- compare

bool compare_has_records(OutputFormat format) {
  return format_of(format).compare_document == nullptr;
}

std::string render_compare_record(const CompareEntry& entry, OutputFormat format,
                                  std::optional<int> rank) {
  std::string out;
  format_of(format).compare_record(out, entry, rank);
  return out;
}

std::string compare_header(OutputFormat format) {
  const auto header = format_of(format).compare_header;
  return header != nullptr ? header() : std::string();
}

bool for_each_compare_record(const std::vector<CompareEntry>& entries, CompareSort sort,
                             OutputFormat format, const CompareWrite& write) {
  if (entries.empty()) return true;
  const Format& renderers = format_of(format);
  if (!write(compare_header(format))) return false;
  std::string out;
  for (const CompareGroup& group : compare_groups(entries, sort)) {
    for (std::size_t position = 0; position < group.columns.size(); ++position) {
      std::optional<int> rank;
      if (!group.ranks.empty()) rank = group.ranks[position];
      out.clear();
      renderers.compare_record(out, entries[group.columns[position]], rank);
      if (!write(out)) return false;
    }
  }
  return true;
}

bool write_compare(const std::vector<CompareEntry>& entries, CompareSort sort, OutputFormat format,
                   const RenderOptions& options, const CompareWrite& write) {
  if (entries.empty()) return true;
  const Format& renderers = format_of(format);
  if (renderers.compare_document != nullptr) {
    return renderers.compare_document(entries, sort, options, write);
  }
  return for_each_compare_record(entries, sort, format, write);
}

std::string render_compare(const std::vector<CompareEntry>& entries, CompareSort sort,
                           OutputFormat format, const RenderOptions& options) {
  std::string out;
  write_compare(entries, sort, format, options, [&out](std::string_view piece) {
    out += piece;
    return true;
  });
  return out;
}

// ---- check

bool check_is_document(OutputFormat format) { return format_of(format).check_document != nullptr; }

std::string check_header(OutputFormat format) {
  const auto header = format_of(format).check_header;
  return header != nullptr ? header() : std::string();
}

std::string render_check_record(const CheckedScenario& checked, OutputFormat format, bool color) {
  std::string out;
  format_of(format).check_record(out, checked, color);
  return out;
}

std::string render_check_document(const std::vector<CheckedScenario>& checked, OutputFormat format,
                                  bool inputs_ok) {
  const Format& renderers = format_of(format);
  std::string out;
  if (renderers.check_document != nullptr) {
    renderers.check_document(out, checked, inputs_ok);
    return out;
  }
  out = check_header(format);
  for (const CheckedScenario& one : checked) renderers.check_record(out, one, false);
  return out;
}

}  // namespace crmroi
