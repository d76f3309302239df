// is_json_value: how standard input is recognised as JSON Lines by its first line.
#include <nlohmann/json.hpp>
#include <string>

#include "crmroi/scenario_loader.hpp"

namespace crmroi {

bool is_json_value(std::string_view text) {
  // Through a std::string: its iterators give this rarely used check a lexer instantiation of its
  // own, apart from the one the scenario parser runs on every line of a stream.
  return nlohmann::json::accept(std::string(text));
}

}  // namespace crmroi
