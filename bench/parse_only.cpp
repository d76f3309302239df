// The "merely parsing" floor for the JSON Lines stream: reads standard input line by line, parses
// each non-blank line with nlohmann::json::parse and counts the objects. Prints the count.
// Exits 3 on the first line that is not valid JSON, like `crmroi calc` would for invalid data.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

int main() {
  std::ios::sync_with_stdio(false);
  std::string line;
  long long objects = 0;
  long long line_number = 0;
  while (std::getline(std::cin, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      if (nlohmann::json::parse(line).is_object()) ++objects;
    } catch (const nlohmann::json::exception& error) {
      std::cerr << "parse_only: <stdin>:" << line_number << ": " << error.what() << '\n';
      return 3;
    }
  }
  std::cout << objects << '\n';
  return 0;
}
