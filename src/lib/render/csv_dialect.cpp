#include "crmroi/csv_dialect.hpp"

#include <cstddef>

namespace crmroi {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A plain number as machine formats write it: -?digits(.digits)?(e[+-]?digits)?
bool is_plain_number(std::string_view cell) {
  std::size_t i = 0;
  if (i < cell.size() && cell[i] == '-') ++i;
  const std::size_t integer_start = i;
  while (i < cell.size() && is_digit(cell[i])) ++i;
  if (i == integer_start) return false;
  if (i < cell.size() && cell[i] == '.') {
    const std::size_t fraction_start = ++i;
    while (i < cell.size() && is_digit(cell[i])) ++i;
    if (i == fraction_start) return false;
  }
  if (i < cell.size() && (cell[i] == 'e' || cell[i] == 'E')) {
    ++i;
    if (i < cell.size() && (cell[i] == '+' || cell[i] == '-')) ++i;
    const std::size_t exponent_start = i;
    while (i < cell.size() && is_digit(cell[i])) ++i;
    if (i == exponent_start) return false;
  }
  return i == cell.size();
}

void append_unquoted_cell(std::string& out, std::string_view cell) {
  if (is_plain_number(cell)) {
    for (const char c : cell) out.push_back(c == '.' ? ',' : c);
  } else if (cell.find(';') != std::string_view::npos) {
    out.push_back('"');
    out.append(cell);  // an unquoted cell holds no quote (RFC 4180)
    out.push_back('"');
  } else {
    out.append(cell);
  }
}

}  // namespace

std::string_view csv_preamble(const CsvDialect& dialect) {
  return dialect.byte_order_mark ? std::string_view("\xEF\xBB\xBF") : std::string_view();
}

void append_csv_in_dialect(std::string& out, std::string_view csv, const CsvDialect& dialect) {
  if (!dialect.decimal_comma) {
    out.append(csv);
    return;
  }
  out.reserve(out.size() + csv.size() + csv.size() / 16);
  std::size_t i = 0;
  while (i < csv.size()) {
    if (csv[i] == '"') {  // a quoted cell, copied as it is up to its closing quote
      std::size_t end = i + 1;
      while (end < csv.size()) {
        if (csv[end] == '"') {
          if (end + 1 < csv.size() && csv[end + 1] == '"') {
            end += 2;
            continue;
          }
          break;
        }
        ++end;
      }
      end = end < csv.size() ? end + 1 : end;
      out.append(csv.substr(i, end - i));
      i = end;
    } else {
      std::size_t end = i;
      while (end < csv.size() && csv[end] != ',' && csv[end] != '\n' && csv[end] != '\r') ++end;
      append_unquoted_cell(out, csv.substr(i, end - i));
      i = end;
    }
    if (i < csv.size() && csv[i] == ',') {
      out.push_back(';');
      ++i;
    } else if (i < csv.size()) {  // \n or \r\n ends the record
      out.push_back(csv[i]);
      ++i;
    }
  }
}

}  // namespace crmroi
