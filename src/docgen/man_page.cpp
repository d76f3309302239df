// crmroi(1), written from the command line's own definition.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "exit_code.hpp"
#include "writers.hpp"

namespace crmroi::docgen {
namespace {

// The code point of the UTF-8 sequence at text[index] and its length (a stray byte: itself, 1).
std::pair<std::uint32_t, std::size_t> decode_utf8(std::string_view text, std::size_t index) {
  const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
  const unsigned char lead = byte(index);
  std::size_t length = 1;
  std::uint32_t code = lead;
  if (lead >= 0xf0) {
    length = 4;
    code = lead & 0x07u;
  } else if (lead >= 0xe0) {
    length = 3;
    code = lead & 0x0fu;
  } else if (lead >= 0xc0) {
    length = 2;
    code = lead & 0x1fu;
  }
  if (index + length > text.size()) return {lead, 1};
  for (std::size_t at = index + 1; at < index + length; ++at)
    code = (code << 6) | (byte(at) & 0x3fu);
  return {code, length};
}

// `text` as the argument of a macro (.SS "..."): escaped, quotes as \(dq.
std::string macro_argument(std::string_view text) {
  std::string escaped;
  for (const char c : roff_escape(text)) {
    if (c == '"') {
      escaped += "\\(dq";
    } else {
      escaped.push_back(c);
    }
  }
  return "\"" + escaped + "\"";
}

// "\fB\-o\fR, \fB\-\-output\fR \fIFILE\fR" or "\fIFILE\fR..." for a positional.
std::string option_tag(const OptionReference& option) {
  std::string tag;
  for (const std::string& name : option.names) {
    if (!tag.empty()) tag += ", ";
    tag += "\\fB" + roff_escape(name) + "\\fR";
  }
  if (!option.value_name.empty()) {
    if (!tag.empty()) tag += " ";
    tag += "\\fI" + roff_escape(option.value_name) + "\\fR";
  }
  if (option.repeatable) tag += "...";
  return tag;
}

// "crmroi calc [OPTIONS] FILE..." or "crmroi metric COMMAND ..." (plain text).
std::string usage_line(const CommandReference& command) {
  std::string line = command.path;
  if (!command.subcommands.empty()) return line + " COMMAND [OPTIONS]";
  if (!command.options.empty()) line += " [OPTIONS]";
  for (const OptionReference& positional : command.positionals) {
    std::string word = positional.value_name + (positional.repeatable ? "..." : "");
    line += " " + (positional.required ? word : "[" + word + "]");
  }
  return line;
}

void write_blocks(std::string& out, const std::vector<TextBlock>& blocks) {
  for (const TextBlock& block : blocks) {
    switch (block.kind) {
      case TextBlock::Kind::paragraph:
        out += ".PP\n" + roff_escape(block.text) + "\n";
        break;
      case TextBlock::Kind::heading:
        out += ".PP\n\\fB" + roff_escape(block.text) + ":\\fR\n";
        break;
      case TextBlock::Kind::preformatted:
        out += ".PP\n.nf\n" + roff_escape(block.text) + "\n.fi\n";
        break;
    }
  }
}

void write_options(std::string& out, const CommandReference& command) {
  for (const auto* list : {&command.positionals, &command.options}) {
    for (const OptionReference& option : *list) {
      out += ".TP\n" + option_tag(option) + "\n" + roff_escape(option.description);
      if (option.required) out += " (required)";
      out += "\n";
    }
  }
}

void write_command(std::string& out, const CommandReference& command) {
  out += ".SS " + macro_argument(usage_line(command)) + "\n";
  write_blocks(out, split_description(command.description));
  write_options(out, command);
  for (const CommandReference& sub : command.subcommands) write_command(out, sub);
}

int code(cli::ExitCode exit_code) { return static_cast<int>(exit_code); }

}  // namespace

std::string roff_escape(std::string_view text) {
  std::string escaped;
  bool line_start = true;
  for (std::size_t index = 0; index < text.size();) {
    const char c = text[index];
    if (line_start && (c == '.' || c == '\'')) escaped += "\\&";
    line_start = c == '\n';
    if (static_cast<unsigned char>(c) >= 0x80) {
      const auto [code_point, length] = decode_utf8(text, index);
      escaped += fmt::format("\\[u{:04X}]", code_point);
      index += length;
      continue;
    }
    if (c == '\\') {
      escaped += "\\e";
    } else if (c == '-') {
      escaped += "\\-";
    } else {
      escaped.push_back(c);
    }
    ++index;
  }
  return escaped;
}

std::string man_page(const CommandReference& app, std::string_view version) {
  std::string out;
  out += fmt::format(
      ".\\\" crmroi(1) of crmroi {0}, written by crmroi-docgen from the command line's own\n"
      ".\\\" definition (src/cli, src/docgen): do not edit.\n"
      ".TH CRMROI 1 \"\" \"crmroi {0}\" \"User Commands\"\n",
      version);

  // NAME: "crmroi \- <summary>" from the first line of the description ("crmroi: ...").
  std::string summary = app.summary();
  const std::string prefix = app.name + ": ";
  if (summary.rfind(prefix, 0) == 0) summary.erase(0, prefix.size());
  out += ".SH NAME\n" + app.name + " \\- " + roff_escape(summary) + "\n";

  out += ".SH SYNOPSIS\n";
  out += ".nf\n";
  out += "\\fB" + app.name + "\\fR \\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n";
  for (const CommandReference& command : app.subcommands) {
    out += "\\fB" + roff_escape(command.path) + "\\fR" +
           roff_escape(usage_line(command).substr(command.path.size())) + "\n";
  }
  out += ".fi\n";

  // The top-level description without its first line, its examples set apart under EXAMPLES.
  std::vector<TextBlock> description;
  std::vector<TextBlock> examples;
  const std::vector<TextBlock> blocks =
      split_description(std::string_view(app.description).substr(app.summary().size()));
  for (std::size_t index = 0; index < blocks.size(); ++index) {
    const TextBlock& block = blocks[index];
    if (block.kind == TextBlock::Kind::heading && block.text == "Examples" &&
        index + 1 < blocks.size()) {
      examples.push_back(blocks[++index]);
    } else if (block.text.rfind("Exit codes:", 0) != 0) {  // EXIT STATUS says it in full
      description.push_back(block);
    }
  }
  out += ".SH DESCRIPTION\n";
  out += ".B " + app.name + "\nanswers one question: " + roff_escape(summary) +
         " It reads scenario files (JSON) and reports costs, benefits, ROI, NPV, IRR, payback "
         "and the marketing and unit-economics metrics, as tables for people and as JSON, JSON "
         "Lines, CSV or Markdown for scripts.\n";
  write_blocks(out, description);

  out += ".SH OPTIONS\n";
  write_options(out, app);

  out += ".SH COMMANDS\n";
  out += ".PP\nEach command has its own \\fB\\-\\-help\\fR.\n";
  for (const CommandReference& command : app.subcommands) write_command(out, command);

  out += ".SH \"EXIT STATUS\"\n";
  out +=
      ".PP\nWhen several outcomes happen in one run, the most severe decides the status: an "
      "I/O error over invalid data over a usage error over a missed target.\n";
  const std::vector<std::pair<int, std::string_view>> statuses = {
      {code(cli::ExitCode::success), "Success."},
      {code(cli::ExitCode::check_missed), "crmroi check: a scenario missed one of its targets."},
      {code(cli::ExitCode::usage), "Usage error: an unknown command or option, a bad value."},
      {code(cli::ExitCode::invalid_data),
       "Invalid input data: a file that is not JSON, or not a valid scenario."},
      {code(cli::ExitCode::io_error),
       "I/O error: an input cannot be read, or the output cannot be written."},
      {code(cli::ExitCode::internal_error), "Internal error: a bug in crmroi, reported as such."},
  };
  for (const auto& [number, meaning] : statuses)
    out += fmt::format(".TP\n.B {}\n{}\n", number, roff_escape(meaning));

  out += ".SH ENVIRONMENT\n";
  out +=
      ".TP\n.B NO_COLOR\nWhen set (to anything), tables are never coloured, even on a "
      "terminal; \\fB\\-\\-color always\\fR still colours them.\n";
  out += ".TP\n.B TERM\nWhen \\fBdumb\\fR, tables are not coloured.\n";

  out += ".SH FILES\n";
  out +=
      ".TP\n.I /usr/share/crmroi/scenario.schema.json\nThe JSON Schema of scenario files, the "
      "one \\fBcrmroi schema\\fR prints: point an editor at it with a \\fB$schema\\fR key.\n";
  out +=
      ".TP\n.I /usr/share/doc/crmroi/examples/\nExample scenarios, each reproducing a case "
      "from the literature or clearly labelled as illustrative.\n";
  out +=
      ".PP\nInstalled under another prefix (such as \\fI/usr/local\\fR), the files are under "
      "its \\fIshare\\fR folder. The keys of scenario files are described in the JSON Schema "
      "and in the project's \\fIdocs/scenario\\-format.md\\fR.\n";

  out += ".SH EXAMPLES\n";
  write_blocks(out, examples);

  out += ".SH \"SEE ALSO\"\n";
  out += ".BR jq (1)\n";
  return out;
}

}  // namespace crmroi::docgen
