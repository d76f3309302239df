// Strict JSON parsing for scenario files: nlohmann/json's SAX parser drives our own builder, which
// enforces what nlohmann does not (one top-level object, nesting depth, duplicate keys, no bytes
// after the object) and turns nlohmann's error texts into short messages with line and column.
#include "scenario/json_document.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "crmroi/scenario_loader.hpp"

namespace crmroi::scenario_detail {

namespace {

using json = nlohmann::json;

constexpr std::size_t kBomLength = 3;

bool starts_with_bom(std::string_view text) {
  return text.size() >= kBomLength && static_cast<unsigned char>(text[0]) == 0xEF &&
         static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF;
}

bool is_json_whitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t skip_whitespace(std::string_view text, std::size_t index) {
  while (index < text.size() && is_json_whitespace(text[index])) ++index;
  return index;
}

/// "UTF-16" or "UTF-32" when the text starts like one of them: a byte-order mark, or the NUL
/// bytes that the first ASCII characters of a JSON text have in those encodings — for UTF-16
/// the first two characters, so that one stray NUL before UTF-8 text (a JSON Lines line that
/// starts with one) is an unexpected NUL byte, not UTF-16.
std::optional<std::string_view> wide_encoding(std::string_view text) {
  const auto byte = [&](std::size_t i) {
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0x100u;
  };
  if (byte(0) == 0xFF && byte(1) == 0xFE && byte(2) == 0 && byte(3) == 0) return "UTF-32";
  if (byte(0) == 0 && byte(1) == 0 && byte(2) == 0xFE && byte(3) == 0xFF) return "UTF-32";
  if ((byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF)) return "UTF-16";
  if (text.size() >= 4) {
    if (byte(0) == 0 && byte(1) == 0 && byte(2) == 0 && byte(3) != 0) return "UTF-32";
    if (byte(0) != 0 && byte(1) == 0 && byte(2) == 0 && byte(3) == 0) return "UTF-32";
  }
  if (text.size() >= 4) {
    const bool big_endian = byte(0) == 0 && byte(1) != 0 && byte(2) == 0 && byte(3) != 0;
    const bool little_endian = byte(0) != 0 && byte(1) == 0 && byte(2) != 0 && byte(3) == 0;
    if (big_endian || little_endian) return "UTF-16";
  }
  return std::nullopt;
}

/// The 1-based line and column of the byte at `index`; columns count characters (UTF-8 code
/// points: "Сумма" is 5 columns, not 10), and the byte-order mark (when present) is not part of
/// the first line.
Problem syntax_problem(std::string_view text, std::size_t index, std::string message) {
  index = std::min(index, text.size());
  std::size_t line = 1;
  std::size_t line_start = starts_with_bom(text) && index >= kBomLength ? kBomLength : 0;
  const char* cursor = text.data();
  const char* const stop = text.data() + index;
  while (cursor < stop) {
    const auto* newline = static_cast<const char*>(
        std::memchr(cursor, '\n', static_cast<std::size_t>(stop - cursor)));
    if (newline == nullptr) break;
    ++line;
    line_start = static_cast<std::size_t>(newline - text.data()) + 1;
    cursor = newline + 1;
  }
  constexpr std::size_t kIntMax = 0x7FFFFFFF;
  Problem problem;
  problem.line = static_cast<int>(std::min(line, kIntMax));
  std::size_t characters = 0;
  for (std::size_t i = line_start; i < index; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0u) != 0x80u) ++characters;
  }
  problem.column = static_cast<int>(std::min(characters + 1, kIntMax));
  problem.message = std::move(message);
  return problem;
}

/// Walks the structure of a well-formed prefix of JSON text: calls `visit(offset, depth)` for
/// every '[' or '{' (depth after opening) and every ']' or '}' (depth after closing) outside
/// strings, until `visit` returns true. Returns the offset where it stopped, or npos.
template <typename Visit>
std::size_t walk_structure(std::string_view text, Visit visit) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (visit(i, ++depth)) return i;
    } else if (c == ']' || c == '}') {
      if (visit(i, --depth)) return i;
    }
  }
  return std::string_view::npos;
}

/// Decodes the UTF-8 sequence at `index`; nullopt when it is ill-formed.
std::optional<char32_t> decode_utf8(std::string_view text, std::size_t index) {
  const auto at = [&](std::size_t i) -> unsigned {
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u;
  };
  const unsigned lead = at(index);
  std::size_t length = 0;
  char32_t code = 0;
  char32_t minimum = 0;
  if (lead < 0x80) return lead;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, code = lead & 0x1Fu, minimum = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, code = lead & 0x0Fu, minimum = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, code = lead & 0x07u, minimum = 0x10000;
  } else {
    return std::nullopt;
  }
  for (std::size_t k = 1; k < length; ++k) {
    const unsigned next = at(index + k);
    if ((next & 0xC0u) != 0x80u) return std::nullopt;
    code = (code << 6) | (next & 0x3Fu);
  }
  if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return std::nullopt;
  return code;
}

std::string code_point_name(char32_t code) {
  std::array<char, 16> buffer{};
  auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(),
                                    static_cast<std::uint32_t>(code), 16);
  (void)error;
  std::string digits(buffer.data(), end);
  std::transform(digits.begin(), digits.end(), digits.begin(), [](char c) {
    return c >= 'a' && c <= 'f' ? static_cast<char>(c - 'a' + 'A') : c;
  });
  while (digits.size() < 4) digits.insert(digits.begin(), '0');
  return "U+" + digits;
}

bool ascii_iequals_prefix(std::string_view text, std::size_t index, std::string_view word) {
  if (index > text.size() || text.size() - index < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    char c = text[index + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[k]) return false;
  }
  return true;
}

/// True when the token starting at `index` reads NaN or Infinity (any case, any sign).
bool is_nan_or_infinity(std::string_view text, std::size_t index) {
  if (index < text.size() && (text[index] == '-' || text[index] == '+')) ++index;
  return ascii_iequals_prefix(text, index, "nan") || ascii_iequals_prefix(text, index, "inf");
}

/// Where the ill-formed UTF-8 sequence that a decoder gave up on at `index` starts: the lead
/// byte before `index` when `index` lies within the sequence that lead byte announces.
std::size_t utf8_sequence_start(std::string_view text, std::size_t index) {
  index = std::min(index, text.size());
  std::size_t lead = index;
  for (int continuation = 0; continuation < 3 && lead > 0; ++continuation) {
    const auto previous = static_cast<unsigned char>(text[lead - 1]);
    if (previous >= 0xC0) {
      const std::size_t length = previous >= 0xF0 ? 4 : previous >= 0xE0 ? 3 : 2;
      return lead - 1 + length > index ? lead - 1 : index;
    }
    if (previous < 0x80) break;
    --lead;
  }
  return index;
}

/// The start of the run of letters and signs that ends at `index` ("-Infinity", "nan").
std::size_t word_start(std::string_view text, std::size_t index) {
  index = std::min(index, text.size());
  const auto is_word = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '+';
  };
  while (index > 0 && is_word(text[index - 1])) --index;
  return index;
}

/// Why a lexer refused the byte at `index` when nlohmann says only "invalid literal".
std::string explain_invalid_literal(std::string_view text, std::size_t index) {
  if (index >= text.size()) return "invalid literal";
  const auto byte = static_cast<unsigned char>(text[index]);
  if (byte == '/' || byte == '#')
    return "invalid literal; JSON has no comments (use a key starting with \"_\")";
  if (byte == '\'') return "invalid literal; strings and keys take double quotes";
  if (byte < 0x20 || byte == 0x7F) return "unexpected control character " + code_point_name(byte);
  if (byte >= 0x80) {
    const auto code = decode_utf8(text, index);
    if (!code) return "ill-formed UTF-8; save the file as UTF-8";
    if (*code == 0xFEFF) return "unexpected byte-order mark";
    if (*code == 0x201C || *code == 0x201D || *code == 0x2018 || *code == 0x2019 || *code == 0xAB ||
        *code == 0xBB)
      return "invalid literal; strings and keys take straight double quotes";
    return "unexpected character " + code_point_name(*code);
  }
  return "invalid literal";
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// The length of the space at `index` that people put between thousands: a space, a no-break
/// space (U+00A0), a narrow no-break space (U+202F) or a thin space (U+2009); 0 otherwise.
std::size_t thousands_space_length(std::string_view text, std::size_t index) {
  const std::string_view rest = text.substr(std::min(index, text.size()));
  if (!rest.empty() && rest.front() == ' ') return 1;
  if (rest.substr(0, 2) == "\xC2\xA0") return 2;
  if (rest.substr(0, 3) == "\xE2\x80\xAF" || rest.substr(0, 3) == "\xE2\x80\x89") return 3;
  return 0;
}

std::size_t digits_from(std::string_view text, std::size_t index) {
  std::size_t end = index;
  while (end < text.size() && is_digit(text[end])) ++end;
  return end;
}

/// A number written the way people write it by hand, not the way JSON does: thousands separated
/// by spaces ("2 490", "1 000 000") and/or a decimal comma ("2490,50"). `separator` is the byte
/// where the JSON parser stopped: the first space or the comma after the first digits. Returns
/// the problem naming the habit and the JSON spelling, pointing at the number; nullopt when the
/// text around `separator` is not such a number.
std::optional<Problem> handwritten_number(std::string_view text, std::size_t separator) {
  if (separator == 0 || separator >= text.size() || !is_digit(text[separator - 1]))
    return std::nullopt;
  std::size_t start = separator;
  while (start > 0 && is_digit(text[start - 1])) --start;
  if (start > 0 && text[start - 1] == '-') --start;
  if (start > 0 && (is_digit(text[start - 1]) || text[start - 1] == '.')) return std::nullopt;
  std::string json_spelling(text.substr(start, separator - start));
  bool spaces = false;
  std::size_t cursor = separator;
  for (;;) {  // groups of three digits after a space
    const std::size_t space = thousands_space_length(text, cursor);
    if (space == 0) break;
    const std::size_t group_end = digits_from(text, cursor + space);
    if (group_end - (cursor + space) != 3) break;
    json_spelling.append(text.substr(cursor + space, 3));
    spaces = true;
    cursor = group_end;
  }
  bool comma = false;
  if (cursor < text.size() && text[cursor] == ',') {
    const std::size_t fraction_end = digits_from(text, cursor + 1);
    if (fraction_end > cursor + 1) {
      json_spelling += '.';
      json_spelling.append(text.substr(cursor + 1, fraction_end - cursor - 1));
      comma = true;
      cursor = fraction_end;
    }
  }
  if (!spaces && !comma) return std::nullopt;
  const std::string written(text.substr(start, cursor - start));
  std::string message;
  if (spaces && comma) {
    message = "thousands separated by spaces and a decimal comma in " + written +
              "; JSON writes numbers without separators and with a decimal point: " + json_spelling;
  } else if (spaces) {
    message = "thousands separated by a space in " + written +
              "; JSON writes numbers without separators: " + json_spelling;
  } else {
    message = "decimal comma in " + written +
              "; JSON writes numbers with a decimal point: " + json_spelling;
  }
  return syntax_problem(text, start, std::move(message));
}

/// nlohmann's token names, as the messages show them.
std::string found_token_name(std::string_view name) {
  if (name == "string literal") return "string";
  if (name == "number literal") return "number";
  if (name == "true literal") return "true";
  if (name == "false literal") return "false";
  if (name == "null literal") return "null";
  return std::string(name);
}

std::string expected_token_name(std::string_view name, std::string_view context) {
  if (name == "string literal")
    return context == "object key" ? "a key in double quotes" : "a string";
  if (name == "'[', '{', or a literal") return "a value";
  return std::string(name);
}

bool is_value_token(std::string_view found) {
  return found == "string literal" || found == "number literal" || found == "true literal" ||
         found == "false literal" || found == "null literal" || found == "'{'" || found == "'['";
}

/// What nlohmann reported through the SAX parse_error callback.
struct ParseFailure {
  std::size_t position = 0;  ///< bytes read, the offending one included
  std::string last_token;
  int id = 0;
  std::string what;
};

/// Turns nlohmann's parse error into our problem (message and place).
Problem explain_failure(std::string_view text, const ParseFailure& failure) {
  // nlohmann's "last token" text restarts only at strings and numbers (it accumulates across
  // punctuation, whitespace and literals), so token starts are worked out from the text here.
  const std::size_t read = failure.position;
  const std::size_t last_byte = read == 0 ? 0 : read - 1;  // the offending byte, or the end

  if (failure.id == 406) {
    const std::size_t length = failure.last_token.size();
    return syntax_problem(text, read >= length ? read - length : 0,
                          "number out of range: " + failure.last_token);
  }

  std::string_view what = failure.what;
  constexpr std::string_view kSyntax = "syntax error while parsing ";
  const std::size_t syntax = what.find(kSyntax);
  if (syntax == std::string_view::npos) {
    const std::size_t colon = what.find(": ");
    return syntax_problem(
        text, last_byte,
        std::string(colon == std::string_view::npos ? what : what.substr(colon + 2)));
  }
  std::string_view detail = what.substr(syntax + kSyntax.size());
  const std::size_t dash = detail.find(" - ");
  const std::string_view context = detail.substr(0, dash);
  detail = dash == std::string_view::npos ? std::string_view{} : detail.substr(dash + 3);

  // A lexer error: "<message>; last read: '<token>'".
  const std::size_t last_read = detail.find("; last read: '");
  if (last_read != std::string_view::npos) {
    std::string_view message = detail.substr(0, last_read);
    const std::size_t word = word_start(text, last_byte);
    if ((message == "invalid literal" || message.rfind("invalid number", 0) == 0) &&
        is_nan_or_infinity(text, word))
      return syntax_problem(text, word, "invalid literal; NaN and Infinity are not JSON numbers");
    if (message == "invalid literal") {
      if (thousands_space_length(text, last_byte) > 1) {
        if (auto habit = handwritten_number(text, last_byte)) return std::move(*habit);
      }
      return syntax_problem(text, last_byte, explain_invalid_literal(text, last_byte));
    }
    constexpr std::string_view kInvalidString = "invalid string: ";
    if (message.rfind(kInvalidString, 0) == 0) {
      message.remove_prefix(kInvalidString.size());
      if (message == "ill-formed UTF-8 byte")
        return syntax_problem(text, utf8_sequence_start(text, last_byte),
                              "ill-formed UTF-8 in a string; save the file as UTF-8");
      if (message == "forbidden character after backslash")
        return syntax_problem(text, last_byte, "invalid escape sequence after a backslash");
      if (message == "missing closing quote")
        return syntax_problem(text, last_byte,
                              "unexpected end of input in a string; missing closing quote");
    }
    if (message.rfind("invalid BOM", 0) == 0)
      return syntax_problem(text, last_byte, "incomplete UTF-8 byte-order mark");
    return syntax_problem(text, last_byte, std::string(message));
  }

  // A parser error: "unexpected <found>[; expected <expected>]".
  constexpr std::string_view kUnexpected = "unexpected ";
  if (detail.rfind(kUnexpected, 0) != 0)
    return syntax_problem(text, last_byte, std::string(detail));
  detail.remove_prefix(kUnexpected.size());
  const std::size_t semicolon = detail.find("; expected ");
  const std::string_view found = detail.substr(0, semicolon);
  const std::string_view expected =
      semicolon == std::string_view::npos ? std::string_view{} : detail.substr(semicolon + 11);

  std::size_t token_start = last_byte;  // punctuation: one byte
  if (found == "string literal" || found == "number literal") {
    const std::size_t length = failure.last_token.size();
    token_start = read >= length ? read - length : 0;
  } else if (found == "true literal" || found == "null literal") {
    token_start = read >= 4 ? read - 4 : 0;
  } else if (found == "false literal") {
    token_start = read >= 5 ? read - 5 : 0;
  }

  if (found == "end of input") {
    if (last_byte < text.size() && text[last_byte] == '\0')
      return syntax_problem(text, last_byte, "unexpected NUL byte");
    std::string message = "unexpected end of input";
    if (!expected.empty()) message += "; expected " + expected_token_name(expected, context);
    return syntax_problem(text, last_byte, std::move(message));
  }
  if (found == "'}'" || found == "']'") {
    std::size_t before = token_start;
    while (before > 0 && is_json_whitespace(text[before - 1])) --before;
    if (before > 0 && text[before - 1] == ',')
      return syntax_problem(text, before - 1, "trailing comma");
  }
  if (found == "number literal" && token_start > 0) {
    // "2 490": a number after a space after digits; "2490,50" in an object: a number where a
    // key should follow the comma.
    std::size_t separator = token_start;
    while (separator > 0 && text[separator - 1] == ' ') --separator;
    if (separator < token_start && (expected == "'}'" || expected == "']'")) {
      if (auto habit = handwritten_number(text, separator)) return std::move(*habit);
    }
    if (text[token_start - 1] == ',' && context == "object key") {
      if (auto habit = handwritten_number(text, token_start - 1)) return std::move(*habit);
    }
  }
  if ((expected == "'}'" || expected == "']'") && is_value_token(found)) {
    if (found == "number literal" && token_start > 0 && text[token_start - 1] >= '0' &&
        text[token_start - 1] <= '9')
      return syntax_problem(text, token_start - 1, "numbers cannot have leading zeros");
    return syntax_problem(text, token_start,
                          expected == "'}'" ? "missing ',' between object members"
                                            : "missing ',' between array elements");
  }
  std::string message = "unexpected " + found_token_name(found);
  if (!expected.empty()) message += "; expected " + expected_token_name(expected, context);
  return syntax_problem(text, token_start, std::move(message));
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Problems

bool ProblemSink::has_room() const { return problems_.size() < kMaxProblemsPerDocument; }

void ProblemSink::add(NodeId node, Problem problem) {
  if (has_room())
    problems_.push_back(LocatedProblem{node, std::move(problem)});
  else
    ++dropped_;
}

std::vector<Problem> ProblemSink::take() {
  std::stable_sort(
      problems_.begin(), problems_.end(),
      [](const LocatedProblem& a, const LocatedProblem& b) { return a.node < b.node; });
  std::vector<Problem> problems;
  problems.reserve(problems_.size() + 1);
  for (auto& located : problems_) problems.push_back(std::move(located.problem));
  if (dropped_ > 0) {
    problems.push_back(Problem{0, 0, "",
                               "... and " + std::to_string(dropped_) +
                                   (dropped_ == 1 ? " more problem" : " more problems")});
  }
  problems_.clear();
  dropped_ = 0;
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Messages

std::string grouped(std::size_t count) {
  std::string digits = std::to_string(count);
  for (std::size_t end = digits.size(); end > 3; end -= 3) digits.insert(end - 3, 1, ',');
  return digits;
}

std::string quote_for_message(std::string_view text) {
  constexpr std::size_t kMaxCodePoints = 60;
  std::string quoted = "\"";
  std::size_t code_points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0u) != 0x80u && ++code_points > kMaxCodePoints) {
      quoted += "...";
      break;
    }
    const auto escape = [&](unsigned code) {
      static constexpr std::string_view kHex = "0123456789abcdef";
      quoted += "\\u00";
      quoted += kHex[(code >> 4) & 0xFu];
      quoted += kHex[code & 0xFu];
    };
    if (byte == '"' || byte == '\\') {
      quoted += '\\';
      quoted += static_cast<char>(byte);
    } else if (byte == '\n') {
      quoted += "\\n";
    } else if (byte == '\t') {
      quoted += "\\t";
    } else if (byte == '\r') {
      quoted += "\\r";
    } else if (byte < 0x20 || byte == 0x7F) {
      escape(byte);
    } else if (byte == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      escape(static_cast<unsigned char>(text[++i]));  // a C1 control character
    } else {
      quoted += static_cast<char>(byte);
    }
  }
  quoted += '"';
  return quoted;
}

std::string format_number(double value) {
  std::array<char, 32> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  std::string text(buffer.data(), result.ptr);
  // "1e+15" -> "1e15", "1e-07" -> "1e-7"
  const std::size_t e = text.find('e');
  if (e != std::string::npos) {
    std::size_t digits = e + 1;
    if (digits < text.size() && text[digits] == '+') text.erase(digits, 1);
    if (digits < text.size() && text[digits] == '-') ++digits;
    while (digits + 1 < text.size() && text[digits] == '0') text.erase(digits, 1);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// The document

std::size_t JsonDocument::child_count(NodeId container) const {
  std::size_t count = 0;
  for (NodeId child = first_child(container); child < end(container); child = next_sibling(child))
    ++count;
  return count;
}

std::string JsonDocument::pointer(NodeId id) const {
  std::vector<std::string> segments;
  for (NodeId current = id; current != root() && current != kNoNode;
       current = nodes_[current].parent) {
    const NodeId parent = nodes_[current].parent;
    if (nodes_[parent].kind == JsonKind::object) {
      constexpr std::size_t kMaxCodePoints = 60;
      std::string segment;
      std::size_t code_points = 0;
      for (const char c : key(current)) {
        if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u && ++code_points > kMaxCodePoints) {
          segment += "...";
          break;
        }
        if (c == '~')
          segment += "~0";
        else if (c == '/')
          segment += "~1";
        else
          segment += c;
      }
      segments.push_back(std::move(segment));
    } else {
      segments.push_back(std::to_string(nodes_[current].index()));
    }
  }
  std::string pointer;
  for (auto segment = segments.rbegin(); segment != segments.rend(); ++segment) {
    pointer += '/';
    pointer += *segment;
  }
  return pointer;
}

std::string JsonDocument::describe(NodeId id) const {
  const JsonNode& n = nodes_[id];
  switch (n.kind) {
    case JsonKind::null:
      return "null";
    case JsonKind::boolean:
      return n.boolean ? "true" : "false";
    case JsonKind::integer:
      return std::to_string(n.number.integer);
    case JsonKind::unsigned_integer:
      return std::to_string(n.number.unsigned_integer);
    case JsonKind::floating:
      return format_number(n.number.floating);
    case JsonKind::string:
      return quote_for_message(string(id));
    case JsonKind::object:
      return "an object";
    case JsonKind::array:
      return "an array";
  }
  return "a value";
}

// ---------------------------------------------------------------------------------------------
// The SAX handler that builds the document

class DocumentBuilder {
 public:
  DocumentBuilder(JsonDocument& document, ProblemSink& sink, std::size_t text_size)
      : document_(document), sink_(sink) {
    // A value takes at least two bytes of text ("0," or "[]"), and no document holds more than
    // kMaxDocumentValues: reserved once, the nodes never move, and only the pages the values fill
    // are ever touched (a reservation costs address space, not memory).
    document_.nodes_.clear();
    document_.arena_.clear();
    document_.nodes_.reserve(std::min(text_size / 2 + kMaxNestingDepth + 2, kMaxDocumentValues));
    document_.arena_.reserve(text_size / 2 + 16);
  }

  bool null() {
    if (const std::optional<bool> stop = scalar_stop([] { return std::string("null"); })) {
      return *stop;
    }
    add_node(JsonKind::null);
    return true;
  }

  bool boolean(bool value) {
    if (const std::optional<bool> stop =
            scalar_stop([value] { return std::string(value ? "true" : "false"); })) {
      return *stop;
    }
    add_node(JsonKind::boolean).boolean = value;
    return true;
  }

  bool number_integer(json::number_integer_t value) {
    if (const std::optional<bool> stop = scalar_stop([value] { return std::to_string(value); })) {
      return *stop;
    }
    add_node(JsonKind::integer).number.integer = value;
    return true;
  }

  bool number_unsigned(json::number_unsigned_t value) {
    if (const std::optional<bool> stop = scalar_stop([value] { return std::to_string(value); })) {
      return *stop;
    }
    add_node(JsonKind::unsigned_integer).number.unsigned_integer = value;
    return true;
  }

  bool number_float(json::number_float_t value, const json::string_t& /*text*/) {
    if (const std::optional<bool> stop = scalar_stop([value] { return format_number(value); })) {
      return *stop;
    }
    add_node(JsonKind::floating).number.floating = value;
    return true;
  }

  bool string(json::string_t& value) {
    if (const std::optional<bool> stop =
            scalar_stop([&value] { return quote_for_message(value); })) {
      return *stop;
    }
    JsonNode& node = add_node(JsonKind::string);
    node.number.string.offset = static_cast<std::uint32_t>(document_.arena_.size());
    node.number.string.length = static_cast<std::uint32_t>(value.size());
    document_.arena_.append(value);
    return true;
  }

  bool binary(json::binary_t& /*value*/) { return false; }  // never produced by JSON text

  bool start_object(std::size_t /*elements*/) {
    if (skipping()) return skip_open();
    return open(JsonKind::object);
  }

  bool start_array(std::size_t /*elements*/) {
    if (skipping()) return skip_open();
    if (at_top_level()) {
      refuse_top_level("an array");
      return skip_open();
    }
    return open(JsonKind::array);
  }

  bool key(json::string_t& value) {
    if (skipping()) return true;
    key_offset_ = static_cast<std::uint32_t>(document_.arena_.size());
    key_length_ = static_cast<std::uint32_t>(value.size());
    document_.arena_.append(value);
    return true;
  }

  bool end_object() {
    if (skipping()) return skip_close();
    mark_duplicate_keys(close());
    return true;
  }

  bool end_array() {
    if (skipping()) return skip_close();
    close();
    return true;
  }

  bool parse_error(std::size_t position, const std::string& last_token,
                   const json::exception& error) {
    // Within a refused top-level value only the nesting depth still matters.
    if (!skipping()) failure_ = ParseFailure{position, last_token, error.id, error.what()};
    return false;
  }

  /// True when the text was not one JSON object (reported by report_stop).
  [[nodiscard]] bool refused() const {
    return skipping() || too_deep_ || too_many_ || failure_.has_value();
  }

  /// After sax_parse returned false or refused(): reports what was wrong.
  void report_stop(std::string_view text) {
    if (skipping()) {
      const std::size_t start = skip_whitespace(text, starts_with_bom(text) ? kBomLength : 0);
      std::string message = "expected a JSON object at the top level, found " + refused_top_level_;
      if (refused_top_level_ == "an array")
        message += "; one scenario per file, or JSON Lines: jq -c '.[]'";
      sink_.add(kNoNode, syntax_problem(text, start, std::move(message)));
    }
    if (too_many_) {
      // At the array or object being filled: where the values are.
      const NodeId container = depth_ == 0 ? JsonDocument::root() : open_[depth_ - 1].id;
      sink_.add(container, Problem{0, 0, document_.pointer(container),
                                   "more than " + grouped(kMaxDocumentValues) +
                                       " values in one document; at most " +
                                       grouped(kMaxDocumentValues) + " are allowed"});
    } else if (too_deep_) {
      const std::size_t offset =
          walk_structure(text, [](std::size_t, int depth) { return depth > kMaxNestingDepth; });
      sink_.add(kNoNode, syntax_problem(text, offset,
                                        "nesting deeper than " + std::to_string(kMaxNestingDepth) +
                                            " levels"));
    } else if (skipping()) {
      // The top-level problem says it all.
    } else if (failure_ && top_level_done_) {
      // Whatever follows the object: point at its first byte.
      const std::size_t close =
          walk_structure(text, [](std::size_t, int depth) { return depth == 0; });
      const std::size_t after =
          skip_whitespace(text, close == std::string_view::npos ? text.size() : close + 1);
      sink_.add(kNoNode, syntax_problem(text, after, "unexpected text after the JSON object"));
    } else if (failure_) {
      sink_.add(kNoNode, explain_failure(text, *failure_));
    } else {
      sink_.add(kNoNode, syntax_problem(text, 0, "the text is not a JSON object"));
    }
  }

 private:
  [[nodiscard]] bool at_top_level() const { return document_.nodes_.empty(); }

  /// True (and parsing stops) when the document already holds kMaxDocumentValues values.
  bool full() {
    if (document_.nodes_.size() < kMaxDocumentValues) return false;
    too_many_ = true;
    return true;
  }
  [[nodiscard]] bool skipping() const { return !refused_top_level_.empty(); }

  /// What a scalar's callback returns before adding its node: true while skipping after a
  /// refused top level, false for a scalar at the top level (`text()` names it in the message)
  /// or a full document; nullopt when the node is to be added.
  template <typename Text>
  std::optional<bool> scalar_stop(Text&& text) {
    if (skipping()) return true;
    if (at_top_level()) return refuse_top_level(text());
    if (full()) return false;
    return std::nullopt;
  }

  bool skip_open() {
    if (++skip_depth_ > kMaxNestingDepth) {
      too_deep_ = true;
      return false;
    }
    return true;
  }

  bool skip_close() {
    --skip_depth_;
    return true;
  }

  bool refuse_top_level(std::string found) {
    refused_top_level_ = std::move(found);
    return false;
  }

  JsonNode& add_node(JsonKind kind) {
    const auto id = static_cast<NodeId>(document_.nodes_.size());
    JsonNode& node = document_.nodes_.emplace_back();
    node.kind = kind;
    if (node.is_container()) node.number.end = id + 1;
    if (depth_ > 0) {
      OpenContainer& parent = open_[depth_ - 1];
      node.parent = parent.id;
      if (parent.is_object) {
        node.key_offset = key_offset_;
        node.key_length = key_length_;
      } else {
        node.key_offset = parent.children;
      }
      ++parent.children;
    }
    return node;
  }

  bool open(JsonKind kind) {
    if (depth_ >= open_.size()) {
      too_deep_ = true;
      return false;
    }
    if (full()) return false;
    const auto id = static_cast<NodeId>(document_.nodes_.size());
    add_node(kind);
    open_[depth_++] = OpenContainer{id, 0, kind == JsonKind::object};
    return true;
  }

  NodeId close() {
    const NodeId id = open_[--depth_].id;
    document_.nodes_[id].number.end = static_cast<NodeId>(document_.nodes_.size());
    if (depth_ == 0) top_level_done_ = true;
    return id;
  }

  void mark_duplicate_keys(NodeId object) {
    const auto& nodes = document_.nodes_;
    const auto same_key = [&](NodeId a, NodeId b) {
      return nodes[a].key_length == nodes[b].key_length && document_.key(a) == document_.key(b);
    };
    constexpr std::size_t kPairwiseLimit = 16;
    const NodeId end = document_.end(object);
    std::size_t count = 0;
    for (NodeId child = document_.first_child(object); child < end && count <= kPairwiseLimit;
         child = document_.next_sibling(child))
      ++count;
    if (count < 2) return;
    if (count <= kPairwiseLimit) {
      // Each key against the earlier ones, but only when a 64-bit filter of the keys' lengths
      // and first and last bytes says that one of them may be the same: most objects have a
      // handful of distinct keys, and each then costs a few instructions.
      std::uint64_t seen = 0;
      for (NodeId child = document_.first_child(object); child < end;
           child = document_.next_sibling(child)) {
        const std::uint64_t bit = std::uint64_t{1} << key_filter_bit(nodes[child]);
        if ((seen & bit) != 0) {
          for (NodeId earlier = document_.first_child(object); earlier < child;
               earlier = document_.next_sibling(earlier)) {
            if (same_key(earlier, child)) {
              report_duplicate(object, child);
              break;
            }
          }
        }
        seen |= bit;
      }
      return;
    }
    members_.clear();
    for (NodeId child = document_.first_child(object); child < end;
         child = document_.next_sibling(child))
      members_.push_back(child);
    std::sort(members_.begin(), members_.end(), [&](NodeId a, NodeId b) {
      const auto key_a = document_.key(a);
      const auto key_b = document_.key(b);
      return key_a != key_b ? key_a < key_b : a < b;
    });
    for (std::size_t j = 1; j < members_.size(); ++j)
      if (same_key(members_[j - 1], members_[j])) report_duplicate(object, members_[j]);
  }

  // 0..63 from a member's key length and its first and last bytes: equal keys, equal bits.
  [[nodiscard]] unsigned key_filter_bit(const JsonNode& member) const {
    std::uint64_t signature = member.key_length;
    if (member.key_length > 0) {
      const char* key = document_.arena_.data() + member.key_offset;
      signature = (signature << 16) | (std::uint64_t{static_cast<unsigned char>(key[0])} << 8) |
                  static_cast<unsigned char>(key[member.key_length - 1]);
    }
    return static_cast<unsigned>((signature * 0x9E3779B97F4A7C15ull) >> 58);
  }

  void report_duplicate(NodeId object, NodeId member) {
    document_.nodes_[member].duplicate = true;
    if (!sink_.has_room()) {
      sink_.add(member, Problem{});  // only counted
      return;
    }
    // At the top level the object's pointer is empty and would name no place: name the member.
    const NodeId place = object == JsonDocument::root() ? member : object;
    sink_.add(member, Problem{0, 0, document_.pointer(place),
                              "duplicate key " + quote_for_message(document_.key(member))});
  }

  JsonDocument& document_;
  ProblemSink& sink_;
  struct OpenContainer {
    NodeId id;
    std::uint32_t children;  // how many children it has so far
    bool is_object;
  };
  // The open containers, outermost first: the first depth_ are set (the rest are never read, so
  // a document costs no clearing of them).
  std::array<OpenContainer, kMaxNestingDepth>
      open_;  // NOLINT(cppcoreguidelines-pro-type-member-init)
  std::size_t depth_ = 0;
  std::vector<NodeId> members_;  // scratch for mark_duplicate_keys
  std::uint32_t key_offset_ = 0;
  std::uint32_t key_length_ = 0;
  bool too_deep_ = false;
  bool too_many_ = false;  // more than kMaxDocumentValues values
  bool top_level_done_ = false;
  std::string refused_top_level_;  // what the top level was, when it was not an object
  int skip_depth_ = 0;             // nesting within the refused top-level value
  std::optional<ParseFailure> failure_;
};

// ---------------------------------------------------------------------------------------------

bool parse_json_document(std::string_view text, JsonDocument& document, ProblemSink& sink) {
  if (const auto encoding = wide_encoding(text)) {
    sink.add(kNoNode,
             syntax_problem(text, 0,
                            "the file is " + std::string(*encoding) + " text; save it as UTF-8"));
    return false;
  }
  const std::size_t body = starts_with_bom(text) ? kBomLength : 0;
  if (skip_whitespace(text, body) == text.size()) {
    sink.add(kNoNode, Problem{1, 1, "", "the file is empty; expected a JSON object"});
    return false;
  }
  constexpr std::size_t kMaxTextSize = 0x7FFFFFFF;  // offsets in the document are 32-bit
  if (text.size() > kMaxTextSize) {
    sink.add(kNoNode, Problem{1, 1, "", "the file is too large (more than 2 GiB)"});
    return false;
  }

  DocumentBuilder builder(document, sink, text.size());
  bool parsed = false;
  try {
    // The BOM, when present, is skipped by nlohmann's lexer (exactly one, at the very start).
    parsed = json::sax_parse(text.data(), text.data() + text.size(), &builder);
  } catch (const json::exception& error) {
    // Not expected (errors come through the SAX callback), but never let one escape.
    std::string_view what = error.what();
    const std::size_t bracket = what.find("] ");
    if (bracket != std::string_view::npos) what.remove_prefix(bracket + 2);
    sink.add(kNoNode, syntax_problem(text, 0, std::string(what)));
    return false;
  }
  if (!parsed || builder.refused()) {
    builder.report_stop(text);
    return false;
  }
  // nlohmann treats a NUL byte as the end of the text: anything from there on was not read.
  if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
    const auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - text.data());
    sink.add(kNoNode, syntax_problem(text, offset, "unexpected NUL byte after the JSON object"));
    return false;
  }
  return true;
}

}  // namespace crmroi::scenario_detail
