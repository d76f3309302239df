// calc: the report of one scenario in the chosen format.
#include "render/detail.hpp"

namespace crmroi {

std::string render_calc(const SourcedReport& sourced, OutputFormat format,
                        const RenderOptions& options) {
  switch (format) {
    case OutputFormat::table:
      return render_detail::render_table(sourced, options);
    case OutputFormat::json:
      return render_detail::render_json(sourced, JsonWriter::Style::pretty);
    case OutputFormat::jsonl:
      return render_detail::render_json(sourced, JsonWriter::Style::compact);
    case OutputFormat::csv:
      return render_detail::render_csv(sourced, options);
    case OutputFormat::markdown:
      return render_detail::render_markdown(sourced, options);
  }
  return render_detail::render_table(sourced, options);
}

void append_calc(std::string& out, const SourcedReport& sourced, OutputFormat format,
                 const RenderOptions& options) {
  switch (format) {
    case OutputFormat::json:
      render_detail::append_json(out, sourced, JsonWriter::Style::pretty);
      return;
    case OutputFormat::jsonl:
      render_detail::append_json(out, sourced, JsonWriter::Style::compact);
      return;
    case OutputFormat::table:
    case OutputFormat::csv:
    case OutputFormat::markdown:
      break;
  }
  out.append(render_calc(sourced, format, options));
}

std::string calc_csv_header(const RenderOptions& options) {
  return options.monthly ? "source,line,scenario,month,cost,benefit,net,cumulative\n"
                         : "source,line,scenario,metric,value,unit,note\n";
}

}  // namespace crmroi
