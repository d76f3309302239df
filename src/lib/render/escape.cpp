// Escaping of user text (scenario names, file names, line names) for terminals, CSV, Markdown
// and JSON, and the display width of UTF-8 text.
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "render/escape.hpp"

namespace crmroi {
namespace {

constexpr std::uint32_t kInvalid = 0xFFFFFFFF;

// Decodes the UTF-8 sequence at text[index]; sets `length` to the bytes it takes. Returns
// kInvalid (length 1) for a byte that does not start a valid, shortest-form sequence.
std::uint32_t decode_utf8(std::string_view text, std::size_t index, std::size_t& length) {
  const auto byte = [&](std::size_t offset) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(text[index + offset]));
  };
  const std::uint32_t first = byte(0);
  length = 1;
  if (first < 0x80) return first;
  std::size_t needed = 0;
  std::uint32_t code_point = 0;
  std::uint32_t minimum = 0;
  if ((first & 0xE0) == 0xC0) {
    needed = 1;
    code_point = first & 0x1F;
    minimum = 0x80;
  } else if ((first & 0xF0) == 0xE0) {
    needed = 2;
    code_point = first & 0x0F;
    minimum = 0x800;
  } else if ((first & 0xF8) == 0xF0) {
    needed = 3;
    code_point = first & 0x07;
    minimum = 0x10000;
  } else {
    return kInvalid;
  }
  if (index + needed >= text.size()) return kInvalid;  // truncated sequence
  for (std::size_t offset = 1; offset <= needed; ++offset) {
    const std::uint32_t next = byte(offset);
    if ((next & 0xC0) != 0x80) return kInvalid;
    code_point = (code_point << 6) | (next & 0x3F);
  }
  if (code_point < minimum || code_point > 0x10FFFF ||
      (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    return kInvalid;
  }
  length = needed + 1;
  return code_point;
}

// Characters that must not reach a terminal raw: C0 and C1 controls, DEL, and the invisible
// characters that reorder or break lines (bidirectional overrides, line/paragraph separators).
bool is_unsafe(std::uint32_t code_point) {
  return code_point < 0x20 || code_point == 0x7F || (code_point >= 0x80 && code_point <= 0x9F) ||
         code_point == 0x200E || code_point == 0x200F ||
         (code_point >= 0x2028 && code_point <= 0x202E) ||
         (code_point >= 0x2066 && code_point <= 0x2069) || code_point == 0xFEFF;
}

constexpr std::string_view kHexDigits = "0123456789abcdef";

template <typename Out>
void append_u_escape(Out& out, std::uint32_t code_point) {
  out.append("\\u");
  for (int shift = 12; shift >= 0; shift -= 4)
    out.push_back(kHexDigits[(code_point >> shift) & 0xF]);
}

// Combining marks (zero width) and wide East Asian characters (two columns), roughly as wcwidth.
bool is_combining(std::uint32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
         (c >= 0xFE20 && c <= 0xFE2F) || c == 0x200B || c == 0x200C || c == 0x200D;
}

bool is_wide(std::uint32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
         (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
         (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Eight bytes at a time: a word of text is plain when each of its bytes is printable ASCII
// (0x20-0x7E); for JSON, also neither a quote nor a backslash. The bit tricks ("hasless",
// "hasmore", "haszero") set the high bit of each byte that fails; a borrow or a carry only ever
// runs upwards from a byte that already fails, so the lowest flag is exact: it names the first
// byte to look at (the bytes of a word are loaded little-endian first).
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

std::uint64_t load_word(const char* bytes) {
  std::uint64_t word = 0;
  std::memcpy(&word, bytes, sizeof word);
  if constexpr (std::endian::native == std::endian::big) word = __builtin_bswap64(word);
  return word;
}

// Flags on the bytes below 0x20 or above 0x7E.
std::uint64_t unprintable_flags(std::uint64_t word) {
  const std::uint64_t below_space = (word - kOnes * 0x20) & ~word & kHighBits;
  const std::uint64_t above_tilde = ((word + kOnes * (0x7F - 0x7E)) | word) & kHighBits;
  return below_space | above_tilde;
}

// Flags on the bytes equal to `byte`.
std::uint64_t byte_flags(std::uint64_t word, unsigned char byte) {
  const std::uint64_t same = word ^ (kOnes * byte);
  return (same - kOnes) & ~same & kHighBits;
}

// The first byte from `index` that is not printable ASCII, found a word at a time; the end of
// the last whole word when there is none (the caller looks at the bytes after it one at a time).
std::size_t printable_words_end(std::string_view text, std::size_t index) {
  while (text.size() - index >= 8) {
    const std::uint64_t flags = unprintable_flags(load_word(text.data() + index));
    if (flags != 0) return index + static_cast<std::size_t>(std::countr_zero(flags) / 8);
    index += 8;
  }
  return index;
}

// As printable_words_end, stopping at quotes and backslashes too.
std::size_t plain_json_words_end(std::string_view text, std::size_t index) {
  while (text.size() - index >= 8) {
    const std::uint64_t word = load_word(text.data() + index);
    const std::uint64_t flags =
        unprintable_flags(word) | byte_flags(word, '"') | byte_flags(word, '\\');
    if (flags != 0) return index + static_cast<std::size_t>(std::countr_zero(flags) / 8);
    index += 8;
  }
  return index;
}

}  // namespace

std::string escape_control_characters(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_escaped_control_characters(out, text);
  return out;
}

void append_escaped_control_characters(std::string& out, std::string_view text) {
  // Safe text is copied in runs, up to each character that needs an escape (a warning's
  // sentence with a dash or a × copies in one go), and looked at eight bytes at a time while
  // it is ASCII.
  std::size_t run_start = 0;  // the start of the safe text not yet copied to `out`
  std::size_t index = 0;
  while (index < text.size()) {
    index = printable_words_end(text, index);
    if (index == text.size()) break;
    const auto byte = static_cast<unsigned char>(text[index]);
    if (byte >= 0x20 && byte < 0x7F) {
      ++index;
      continue;
    }
    std::size_t length = 1;
    const std::uint32_t code_point = decode_utf8(text, index, length);
    if (code_point != kInvalid && !is_unsafe(code_point)) {
      index += length;
      continue;
    }
    out.append(text.substr(run_start, index - run_start));
    if (code_point == kInvalid) {
      out += "\\x";
      out.push_back(kHexDigits[byte >> 4]);
      out.push_back(kHexDigits[byte & 0xF]);
    } else {
      append_u_escape(out, code_point);
    }
    index += length;
    run_start = index;
  }
  out.append(text.substr(run_start));
}

std::string csv_field(std::string_view text) {
  std::string field = escape_control_characters(text);
  if (!field.empty() && (field.front() == '=' || field.front() == '+' || field.front() == '-' ||
                         field.front() == '@')) {
    field.insert(field.begin(), '\'');
  }
  if (field.find_first_of(",\"") == std::string::npos) return field;
  std::string quoted;
  quoted.reserve(field.size() + 4);
  quoted.push_back('"');
  for (const char c : field) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  quoted.push_back('"');
  return quoted;
}

std::string markdown_text(std::string_view text) {
  const std::string escaped = escape_control_characters(text);
  constexpr std::string_view kPunctuation = "\\`*_[]<>|&";
  std::string out;
  out.reserve(escaped.size() + 4);
  for (const char c : escaped) {
    if (kPunctuation.find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

namespace {

// Where a JSON string literal is written: a string, or a buffer with room enough.
struct BufferOut {
  char* cursor;
  void append(std::string_view text) {
    std::memcpy(cursor, text.data(), text.size());
    cursor += text.size();
  }
  void push_back(char c) { *cursor++ = c; }
};

// The characters JSON escapes in two characters, and their escapes.
struct ShortEscape {
  std::uint32_t code_point;
  std::string_view escape;
};
constexpr std::array<ShortEscape, 7> kShortJsonEscapes = {{{'"', "\\\""},
                                                           {'\\', "\\\\"},
                                                           {'\n', "\\n"},
                                                           {'\r', "\\r"},
                                                           {'\t', "\\t"},
                                                           {'\b', "\\b"},
                                                           {'\f', "\\f"}}};

// The two-character escape of `code_point` ("\\n"), empty when JSON has none for it.
std::string_view short_json_escape(std::uint32_t code_point) {
  for (const ShortEscape& entry : kShortJsonEscapes) {
    if (entry.code_point == code_point) return entry.escape;
  }
  return {};
}

template <typename Out>
void json_string_into(Out& out, std::string_view text) {
  out.push_back('"');
  std::size_t run = 0;  // start of the text not yet copied: it needs no escaping
  std::size_t index = 0;
  while (index < text.size()) {
    index = plain_json_words_end(text, index);
    if (index == text.size()) break;
    const auto byte = static_cast<unsigned char>(text[index]);
    if (byte >= 0x20 && byte < 0x7F && byte != '"' && byte != '\\') {
      ++index;
      continue;
    }
    std::size_t length = 1;
    std::uint32_t code_point = byte;
    if (byte >= 0x80) {
      code_point = decode_utf8(text, index, length);
      // Valid UTF-8 goes out as it is, except the line and paragraph separators, which some
      // JavaScript parsers reject raw.
      if (code_point != kInvalid && code_point != 0x2028 && code_point != 0x2029) {
        index += length;
        continue;
      }
    }
    out.append(text.substr(run, index - run));
    if (code_point == kInvalid) {
      out.append("\\ufffd");
    } else if (const std::string_view escape = short_json_escape(code_point); !escape.empty()) {
      out.append(escape);
    } else {  // the other control characters, DEL, U+2028, U+2029
      append_u_escape(out, code_point);
    }
    index += length;
    run = index;
  }
  out.append(text.substr(run));
  out.push_back('"');
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) { json_string_into(out, text); }

char* write_json_string(char* dest, std::string_view text) {
  BufferOut out{dest};
  json_string_into(out, text);
  return out.cursor;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  std::size_t index = 0;
  while (index < text.size()) {
    std::size_t length = 1;
    const std::uint32_t code_point = decode_utf8(text, index, length);
    if (code_point == kInvalid || !is_combining(code_point)) {
      width += code_point != kInvalid && is_wide(code_point) ? 2U : 1U;
    }
    index += length;
  }
  return width;
}

}  // namespace crmroi
