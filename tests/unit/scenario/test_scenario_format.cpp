// The field tables against what is written about them elsewhere: the JSON Schema
// (schema/scenario.schema.json, field by field) and the key tables of docs/scenario-format.md
// (row by row). Adding a key to a table makes both fail until the schema and the docs have it.
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "crmroi/scenario_format.hpp"
#include "scenario/json_document.hpp"
#include "scenario_test_support.hpp"

namespace {

using crmroi::BlockInfo;
using crmroi::FieldInfo;
using crmroi::FieldNeed;
using crmroi::FieldType;
using crmroi::NumberRule;
using json = nlohmann::ordered_json;

std::string read_source(const std::string& path) {
  std::ifstream in(std::string(CRMROI_SOURCE_DIR) + "/" + path, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const json& schema() {
  static const json document = json::parse(read_source("schema/scenario.schema.json"));
  return document;
}

/// The schema object a "$ref" names, or `node` itself.
const json& resolved(const json& node) {
  if (!node.is_object() || !node.contains("$ref")) return node;
  const std::string ref = node["$ref"];
  return schema().at(json::json_pointer(ref.substr(1)));  // "#/definitions/x" -> "/definitions/x"
}

/// Of {"anyOf": [array of numbers, array of objects]} (cash_flows.costs: numbers or named lines),
/// the alternative whose items are objects with properties (`of_objects`) or the other one; a
/// node without "anyOf" itself.
const json& array_alternative(const json& node, bool of_objects) {
  const json& array = resolved(node);
  if (!array.contains("anyOf")) return array;
  for (const json& option : array.at("anyOf")) {
    const json& candidate = resolved(option);
    const bool objects =
        candidate.contains("items") && resolved(candidate.at("items")).contains("properties");
    if (objects == of_objects) return candidate;
  }
  return array;
}

/// The schema of the block at `pointer` ("/costs/recurring/-"), following properties, items and
/// "$ref"s from the top.
const json& schema_of_block(std::string_view pointer) {
  const json* node = &schema();
  std::size_t at = 1;
  while (at <= pointer.size() && !pointer.empty()) {
    const std::size_t end = std::min(pointer.find('/', at), pointer.size());
    const std::string segment(pointer.substr(at, end - at));
    node = segment == "-" ? &array_alternative(*node, true).at("items")
                          : &resolved(*node).at("properties").at(segment);
    at = end + 1;
  }
  return resolved(*node);
}

/// The schema a number key must have: type, bounds, and the description.
json number_schema(const NumberRule& rule) {
  json property;
  property["type"] = rule.integer ? "integer" : "number";
  if (std::isfinite(rule.low))
    property[rule.low_exclusive ? "exclusiveMinimum" : "minimum"] = rule.low;
  if (std::isfinite(rule.high)) property["maximum"] = rule.high;
  return property;
}

// ---- docs -------------------------------------------------------------------------------------

std::string bound(double value) {
  std::string text = crmroi::scenario_detail::format_number(value);
  if (!text.empty() && text.front() == '-') text.replace(0, 1, "\u2212");
  return text;
}

/// "number 0…100", "integer ≥ 0", "number > −100, ≤ 1000", "number".
std::string rule_text(const NumberRule& rule) {
  std::string text = rule.integer ? "integer" : "number";
  const bool low = std::isfinite(rule.low);
  const bool high = std::isfinite(rule.high);
  if (low && high && !rule.low_exclusive)
    return text + " " + bound(rule.low) + "\u2026" + bound(rule.high);
  if (low) text += (rule.low_exclusive ? " > " : " \u2265 ") + bound(rule.low);
  if (low && high) text += ",";
  if (high) text += " \u2264 " + bound(rule.high);
  return text;
}

std::string type_text(const FieldInfo& field) {
  switch (field.type) {
    case FieldType::number:
      return rule_text(*field.rule);
    case FieldType::string:
      return "string";
    case FieldType::object:
      return "object";
    case FieldType::array:
      if (!field.rule) return "array of objects";
      return "array of " + rule_text(*field.rule);
  }
  return "";
}

std::string default_text(const FieldInfo& field) {
  switch (field.need) {
    case FieldNeed::required:
      return "required";
    case FieldNeed::defaulted:
      return "`" + field.default_text + "`";
    case FieldNeed::derived:
      return field.default_text;
    case FieldNeed::optional:
      break;
  }
  return "\u2014";
}

/// The row of docs/scenario-format.md for a key.
std::string docs_row(const FieldInfo& field) {
  return "| `" + std::string(field.key) + "` | " + type_text(field) + " | " + default_text(field) +
         " | " + field.doc + " |";
}

/// The rows of the key table after the marker `<!-- keys: POINTER -->` in the docs.
std::vector<std::string> docs_rows(const std::string& docs, std::string_view pointer) {
  const std::string marker = "<!-- keys: " + std::string(pointer) + " -->\n";
  std::vector<std::string> rows;
  const std::size_t at = docs.find(marker);
  if (at == std::string::npos) return rows;
  std::istringstream lines(docs.substr(at + marker.size()));
  std::string line;
  int header_lines = 2;  // "| key | type | default | meaning |" and "|---|---|---|---|"
  while (std::getline(lines, line) && line.starts_with("|")) {
    if (header_lines > 0) {
      --header_lines;
      continue;
    }
    rows.push_back(line);
  }
  return rows;
}

}  // namespace

namespace {

/// The number schema inside {"anyOf": [number, {"$ref": "#/definitions/range"}], ...}, with the
/// outer description.
json without_range(const json& property) {
  const json& options = property.at("anyOf");
  CHECK(options.size() == 2);
  CHECK(options.at(1) == json{{"$ref", "#/definitions/range"}});
  json number = resolved(options.at(0));
  if (property.contains("description")) number["description"] = property.at("description");
  return number;
}

}  // namespace

TEST_CASE("the JSON Schema has every key of every field table, in order, with its rule and doc",
          "[scenario][format][schema]") {
  for (const BlockInfo& block : crmroi::scenario_blocks()) {
    INFO("block " << block.name << " at \"" << block.pointer << "\"");
    const json& object = schema_of_block(block.pointer);
    std::vector<std::string> schema_keys;
    for (const auto& [key, value] : object.at("properties").items())
      if (key != "$schema") schema_keys.push_back(key);
    std::vector<std::string> table_keys;
    std::vector<std::string> required;
    for (const FieldInfo& field : block.fields) {
      table_keys.emplace_back(field.key);
      if (field.need == FieldNeed::required) required.emplace_back(field.key);
    }
    CHECK(schema_keys == table_keys);
    if (object.contains("required") || !required.empty())
      CHECK(object.value("required", json::array()) == json(required));

    for (const FieldInfo& field : block.fields) {
      INFO("key " << field.key);
      if (!object.at("properties").contains(field.key)) continue;  // reported above
      // A key that may hold a range is {"anyOf": [its number, the range], "description"}.
      json property = resolved(object.at("properties").at(std::string(field.key)));
      if (field.type == FieldType::array && field.rule && property.contains("anyOf")) {
        // An array of numbers that may instead hold named lines (cash_flows.costs): the numbers.
        property = array_alternative(property, false);
      }
      const bool ranged = property.contains("anyOf");
      CHECK(ranged == (field.may_be_range && field.type == FieldType::number));
      if (ranged) property = without_range(property);
      if (field.type == FieldType::number) {
        json expected = number_schema(*field.rule);
        if (property.contains("default")) expected["default"] = field.default_value;
        expected["description"] = field.doc;
        CHECK(property == expected);  // the failure shows the property to write
      } else if (field.type == FieldType::array && field.rule) {
        // Each element of a flow array may be a range too.
        json items = resolved(property.at("items"));
        CHECK(items.contains("anyOf") == field.may_be_range);
        if (items.contains("anyOf")) items = without_range(items);
        CHECK(items == [&] {
          json expected_items = number_schema(*field.rule);
          if (items.contains("description")) expected_items["description"] = items["description"];
          return expected_items;
        }());
      } else if (property.contains("description")) {
        CHECK(property.at("description") == field.doc);
      }
      if (field.type == FieldType::string && property.contains("default"))
        CHECK(property.at("default") == field.default_text);
    }
  }
}

TEST_CASE("docs/scenario-format.md has the key table of every block, row by row",
          "[scenario][format][docs]") {
  const std::string docs = read_source("docs/scenario-format.md");
  for (const BlockInfo& block : crmroi::scenario_blocks()) {
    INFO("block " << block.name << ": the table after <!-- keys: " << block.pointer << " -->");
    std::vector<std::string> expected;
    for (const FieldInfo& field : block.fields) expected.push_back(docs_row(field));
    CHECK(docs_rows(docs, block.pointer) == expected);  // the failure shows the rows to write
  }
}

TEST_CASE("scenario_blocks writes each default into its key's doc from one place",
          "[scenario][format]") {
  const auto& blocks = crmroi::scenario_blocks();
  const auto field = [&](std::string_view block_name, std::string_view key) -> const FieldInfo& {
    for (const BlockInfo& block : blocks)
      if (block.name == block_name)
        for (const FieldInfo& f : block.fields)
          if (f.key == key) return f;
    FAIL("no key " << key << " in block " << block_name);
    throw;
  };
  const FieldInfo& days = field("time_saving", "days_per_month");
  CHECK(days.need == FieldNeed::defaulted);
  CHECK(days.default_value == crmroi::TimeSaving{}.days_per_month);
  CHECK(days.default_text == "21");
  CHECK(days.doc == "working days a month, with the per-day units (default 21)");
  CHECK(field("top", "currency").default_text == "USD");
  CHECK(field("recurring", "end_month").doc == "last month billed (default the horizon)");
  CHECK(field("top", "horizon_months").need == FieldNeed::derived);
  CHECK_FALSE(field("top", "horizon_months").may_be_range);
  CHECK(field("business", "orders_per_month").may_be_range);
  CHECK_FALSE(field("targets", "min_npv").may_be_range);
  CHECK_FALSE(field("unit_economics", "cac").may_be_range);
}

namespace {

/// JSON text in the style of schema/scenario.schema.json: two spaces, one member or element a
/// line, numbers as format_number writes them ("1e15", "1200").
void write_json(const json& value, int depth, std::string& out) {
  const std::string indent(static_cast<std::size_t>(2 * (depth + 1)), ' ');
  const std::string close_indent(static_cast<std::size_t>(2 * depth), ' ');
  if (value.is_object() && !value.empty()) {
    out += "{\n";
    bool first = true;
    for (const auto& [key, member] : value.items()) {
      out += (first ? "" : ",\n") + indent + json(key).dump() + ": ";
      write_json(member, depth + 1, out);
      first = false;
    }
    out += "\n" + close_indent + "}";
  } else if (value.is_array() && !value.empty()) {
    out += "[\n";
    for (std::size_t i = 0; i < value.size(); ++i) {
      out += (i == 0 ? "" : ",\n") + indent;
      write_json(value[i], depth + 1, out);
    }
    out += "\n" + close_indent + "]";
  } else if (value.is_number()) {
    out += crmroi::scenario_detail::format_number(value.get<double>());
  } else {
    out += value.dump();
  }
}

/// True when a number key's schema property is what the field table says (the check of the test
/// above): its number schema, inside {"anyOf": [number, range]} when it may hold a range.
bool number_property_matches(const json& property, const FieldInfo& field) {
  json number = resolved(property);
  const bool ranged = number.contains("anyOf");
  if (ranged != field.may_be_range) return false;
  if (ranged) {
    const json& options = number.at("anyOf");
    if (options.size() != 2 || options.at(1) != json{{"$ref", "#/definitions/range"}}) return false;
    json inner = resolved(options.at(0));
    if (number.contains("description")) inner["description"] = number.at("description");
    number = inner;
  }
  json expected = number_schema(*field.rule);
  if (number.contains("default")) expected["default"] = field.default_value;
  expected["description"] = field.doc;
  return number == expected;
}

/// The schema property of a number key as the field table has it, with a default when
/// `with_default` (the schema states some defaults, not all).
json number_property(const FieldInfo& field, bool with_default) {
  json number = number_schema(*field.rule);
  if (with_default) number["default"] = field.default_value;
  if (!field.may_be_range) {
    number["description"] = field.doc;
    return number;
  }
  json property;
  property["anyOf"] = json::array({number, json{{"$ref", "#/definitions/range"}}});
  property["description"] = field.doc;
  return property;
}

/// `block`'s schema with the properties of its keys as the field table has them.
void update_block(json& object, const BlockInfo& block) {
  json properties = json::object();
  if (object["properties"].contains("$schema"))
    properties["$schema"] = object["properties"]["$schema"];
  for (const FieldInfo& field : block.fields) {
    const std::string key(field.key);
    json property = object["properties"].value(key, json::object());
    if (field.type == FieldType::number && !number_property_matches(property, field)) {
      const json& old = resolved(property);
      const bool had_default =
          old.contains("default") ||
          (old.contains("anyOf") && resolved(old.at("anyOf").at(0)).contains("default"));
      property = number_property(field, had_default);
    }
    properties[key] = property;
  }
  object["properties"] = properties;
}

}  // namespace

// Not run by default: rewrites the properties of schema/scenario.schema.json from the field
// tables (after adding a key to a table), keeping everything else of the file. Run it with
//   build/tests/test_scenario "[.update-schema]"
// and read the diff.
TEST_CASE("update the schema's properties from the field tables", "[.update-schema]") {
  json document = schema();
  for (const BlockInfo& block : crmroi::scenario_blocks()) {
    std::string pointer;  // the block's place in `document`, as schema_of_block finds it
    const json* node = &document;
    std::string_view rest = block.pointer;
    while (!rest.empty()) {
      rest.remove_prefix(1);
      const std::size_t end = std::min(rest.find('/'), rest.size());
      const std::string segment(rest.substr(0, end));
      rest.remove_prefix(end);
      if (node->contains("$ref")) {
        pointer = (*node)["$ref"].get<std::string>().substr(1);
        node = &document.at(json::json_pointer(pointer));
      }
      if (segment == "-" && node->contains("anyOf")) {  // numbers or named lines: the lines
        for (const json& option : (*node)["anyOf"]) {
          if (!option.contains("$ref")) continue;
          const std::string target = option["$ref"].get<std::string>().substr(1);
          const json& candidate = document.at(json::json_pointer(target));
          if (candidate.contains("items") && resolved(candidate["items"]).contains("properties")) {
            pointer = target;
            node = &candidate;
          }
        }
      }
      pointer += segment == "-" ? "/items" : "/properties/" + segment;
      node = &document.at(json::json_pointer(pointer));
    }
    if (node->contains("$ref")) pointer = (*node)["$ref"].get<std::string>().substr(1);
    update_block(document[json::json_pointer(pointer)], block);
  }
  std::string text;
  write_json(document, 0, text);
  std::ofstream(std::string(CRMROI_SOURCE_DIR) + "/schema/scenario.schema.json", std::ios::binary)
      << text << "\n";
  SUCCEED("schema/scenario.schema.json rewritten");
}

// Not run by default: rewrites the rows of each key table of docs/scenario-format.md from the
// field tables (the rows only: the prose around them stays). Run it with
//   build/tests/test_scenario "[.update-docs]"
// and read the diff.
TEST_CASE("update the docs' key tables from the field tables", "[.update-docs]") {
  std::string docs = read_source("docs/scenario-format.md");
  for (const BlockInfo& block : crmroi::scenario_blocks()) {
    const std::string marker = "<!-- keys: " + std::string(block.pointer) + " -->\n";
    const std::size_t at = docs.find(marker);
    REQUIRE(at != std::string::npos);
    std::size_t rows = at + marker.size();
    for (int header = 0; header < 2; ++header) rows = docs.find('\n', rows) + 1;
    std::size_t end = rows;
    while (end < docs.size() && docs[end] != '\n') end = docs.find('\n', end) + 1;
    std::string table;
    for (const FieldInfo& field : block.fields) table += docs_row(field) + "\n";
    docs.replace(rows, end - rows, table);
  }
  std::ofstream(std::string(CRMROI_SOURCE_DIR) + "/docs/scenario-format.md", std::ios::binary)
      << docs;
  SUCCEED("docs/scenario-format.md rewritten");
}
