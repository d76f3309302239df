// Escaping of text that came from the user, for every format (internal to crmroi: the library's
// renderers and the CLI's messages).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace crmroi {

/// Makes text safe to print on a terminal or in a text file: control characters (C0, DEL, C1),
/// bidirectional overrides and line separators become "\u001b"-style escapes, bytes that are
/// not UTF-8 become "\xff"-style escapes; everything else is kept.
///   escape_control_characters("a\x1b[31mb") -> "a\\u001b[31mb"
std::string escape_control_characters(std::string_view text);

/// escape_control_characters appended to `out`.
void append_escaped_control_characters(std::string& out, std::string_view text);

/// One CSV field (RFC 4180) holding text: control characters escaped, a leading = + - @ guarded
/// with an apostrophe against spreadsheet formulas, quoted when it holds a comma or a quote.
///   csv_field("=SUM(A1)") -> "'=SUM(A1)";  csv_field("a, \"b\"") -> "\"a, \"\"b\"\"\""
std::string csv_field(std::string_view text);

/// Text for a Markdown table cell or heading: control characters escaped, Markdown punctuation
/// (\ ` * _ [ ] < > | &) backslash-escaped.   markdown_text("a|b") -> "a\\|b"
std::string markdown_text(std::string_view text);

/// Appends `text` as a JSON string literal with quotes; control characters as \u escapes,
/// bytes that are not UTF-8 replaced by U+FFFD.   "a\"b" -> "\"a\\\"b\""
void append_json_string(std::string& out, std::string_view text);

/// The most bytes append_json_string writes for a text of `size` bytes: each byte a six-byte
/// escape, and the quotes.
constexpr std::size_t json_string_max_length(std::size_t size) { return 6 * size + 2; }

/// append_json_string into `dest`, which has room for json_string_max_length(text.size())
/// bytes; returns the end of what was written.
char* write_json_string(char* dest, std::string_view text);

/// Columns a UTF-8 text occupies on a terminal (wide East Asian characters count two,
/// combining marks zero).   display_width("n/a — x") -> 7
std::size_t display_width(std::string_view text);

}  // namespace crmroi
