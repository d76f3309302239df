// The process around the commands: locale, signals, closed standard streams, and colour.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace crmroi::cli {

/// Prepares the process once, before parsing the command line:
/// - numbers are read and written in the "C" locale whatever LC_ALL or LANG say (a comma-decimal
///   locale must change neither the output nor how flags such as --min-roi 1.5 parse);
/// - SIGPIPE is ignored, so a reader that goes away (`crmroi calc ... | head`) shows up as EPIPE
///   from write(), which ends the output quietly instead of killing the process;
/// - a standard stream that was closed (`crmroi calc - <&-`) is reopened on /dev/null so that no
///   file opened later takes its descriptor; standard_streams() remembers which were closed.
void prepare_process();

/// The standard streams that were closed when prepare_process() ran.
struct StandardStreams {
  bool stdin_closed = false;
  bool stdout_closed = false;
};
const StandardStreams& standard_streams();

/// --color WHEN.
enum class ColorWhen { automatic, always, never };

/// "auto", "always" or "never"; nullopt otherwise.
std::optional<ColorWhen> parse_color_when(std::string_view text);

/// Whether to colour a table: `always` and `never` as said; `automatic` only when the output is
/// standard output, standard output is a terminal, NO_COLOR is unset or empty and TERM is not
/// "dumb". (--color=always wins over NO_COLOR, as no-color.org asks of explicit flags.)
bool use_color(ColorWhen when, bool output_is_stdout);

/// The width tables fit: `requested` (--width N) when given, else the COLUMNS environment
/// variable when it is a number from 20 to 1000, else the terminal's width when the output is
/// standard output on a terminal, else 100.
std::size_t table_width(std::optional<std::size_t> requested, bool output_is_stdout);

}  // namespace crmroi::cli
