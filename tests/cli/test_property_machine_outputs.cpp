// Property: whatever the scenario, every machine output is valid JSON (or CSV of numbers) and
// never holds inf, nan, n/a outside a string, or -0. Random scenarios from a fixed seed
// (SplitMix64, so every machine draws the same ones) with magnitudes from 1e-300 to 1e15 and
// all-zero flows, through calc, compare and check in json, jsonl and csv, and metric --format json.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "run_process.hpp"

using crmroi::test::ProcessOptions;
using crmroi::test::run_crmroi;

namespace {

// SplitMix64: a tiny generator with the same sequence on every platform.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t count) { return static_cast<std::size_t>(next() % count); }
  template <typename T>
  const T& pick(const std::vector<T>& values) {
    return values[below(values.size())];
  }

 private:
  std::uint64_t state_;
};

// Amounts from the extremes the loader accepts: zero, the smallest normal and subnormal-ish
// magnitudes, everyday values and the 1e15 maximum.
const std::vector<std::string> kAmounts = {"0",     "0",     "1e-300", "5.562684646268004e-292",
                                           "1e-11", "0.005", "1",      "99.99",
                                           "3000",  "49800", "1e7",    "4e14",
                                           "1e15",  "1e15"};
const std::vector<std::string> kRates = {"0", "10", "-99.999", "-50", "1000", "0.3"};
const std::vector<int> kHorizons = {1, 2, 6, 12, 36, 1200};

std::string random_scenario(Random& random, int index) {
  const int horizon = random.pick(kHorizons);
  std::string text = R"({"name": "s)" + std::to_string(index) + R"(", "horizon_months": )" +
                     std::to_string(horizon) + R"(, "discount_rate_percent": )" +
                     random.pick(kRates);
  const bool all_zero = random.below(6) == 0;
  const auto amount = [&] { return all_zero ? std::string("0") : random.pick(kAmounts); };
  text += R"(, "costs": {"one_time": [{"name": "set-up", "amount": )" + amount() +
          R"(}], "recurring": [{"name": "fee", "monthly": )" + amount() + "}]}";
  text += R"(, "benefits": {"monthly": [{"name": "gain", "amount": )" + amount() + "}]}";
  if (random.below(3) == 0) {
    text += R"(, "marketing": {"channels": [{"name": "ads", "spend": )" + amount() +
            R"(, "revenue": )" + amount() + R"(, "gross_profit": )" + amount() + "}]}";
  }
  if (random.below(3) == 0) {
    text += R"(, "unit_economics": {"monthly_revenue_per_customer": )" + amount() +
            R"(, "monthly_cost_per_customer": )" + amount() + R"(, "cac": )" + amount() +
            R"(, "monthly_churn_percent": )" +
            random.pick(std::vector<std::string>{"0", "1e-300", "2", "100"}) + "}";
  }
  if (random.below(2) == 0) {
    text += R"(, "targets": {"min_roi_percent": )" +
            random.pick(std::vector<std::string>{"0", "1e15", "-1e15", "100"}) +
            R"(, "min_npv": )" + random.pick(std::vector<std::string>{"0", "1e15", "-1e15"}) + "}";
  }
  return text + "}";
}

// The text outside JSON strings.
std::string outside_strings(const std::string& json_text) {
  std::string out;
  bool in_string = false;
  bool escaped = false;
  for (const char c : json_text) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
        out += "\"\"";
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
      continue;
    }
    out += c;
  }
  return out;
}

// Fails the test when the text outside strings holds inf, nan, n/a or a negative zero.
void check_no_bad_tokens(const std::string& text) {
  static const std::regex bad_word(R"((inf|nan|n/a))", std::regex::icase);
  static const std::regex negative_zero(R"((^|[^0-9.eE])-0(\.0*)?([^0-9.eE]|$))");
  const std::string bare = outside_strings(text);
  INFO("outside strings: " << bare.substr(0, 2000));
  CHECK_FALSE(std::regex_search(bare, bad_word));
  CHECK_FALSE(std::regex_search(bare, negative_zero));
}

// Every number in `value` is finite and not a negative zero.
void check_numbers(const nlohmann::json& value) {
  if (value.is_number_float()) {
    const double number = value.get<double>();
    CHECK(std::isfinite(number));
    CHECK_FALSE((number == 0.0 && std::signbit(number)));
  } else if (value.is_structured()) {
    for (const auto& element : value) check_numbers(element);
  }
}

// Parses one or more JSON documents one after another (pretty json, or JSON Lines).
std::size_t check_json_documents(const std::string& text) {
  check_no_bad_tokens(text);
  std::istringstream stream(text);
  std::size_t count = 0;
  while (stream >> std::ws, stream.peek() != std::char_traits<char>::eof()) {
    nlohmann::json document;
    REQUIRE_NOTHROW(stream >> document);
    check_numbers(document);
    ++count;
  }
  return count;
}

// Splits one CSV line (RFC 4180 quoting).
std::vector<std::string> csv_fields(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

// Every row has the header's columns; every field that starts like a number is a plain number
// (no grouping, no exponent, no -0); no field is inf, nan or n/a.
void check_csv(const std::string& text) {
  static const std::regex number(R"(-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?)");
  static const std::regex numeric_start(R"(^-?[0-9].*)");
  static const std::regex bad(R"(-?(inf|infinity|nan|n/a))", std::regex::icase);
  std::istringstream stream(text);
  std::string line;
  REQUIRE(std::getline(stream, line));
  const std::size_t columns = csv_fields(line).size();
  while (std::getline(stream, line)) {
    const auto fields = csv_fields(line);
    INFO("row: " << line);
    CHECK(fields.size() == columns);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      const std::string& field = fields[i];
      CHECK_FALSE(std::regex_match(field, bad));
      // Column 0 is the source path, which may hold anything.
      if (i == 0 || !std::regex_match(field, numeric_start)) continue;
      if (field.find(' ') != std::string::npos) continue;  // a note such as "0 ...": text
      CHECK(std::regex_match(field, number));
      CHECK_FALSE((field == "-0"));
    }
  }
}

ProcessOptions stream_on_stdin(const std::string& text) {
  ProcessOptions options;
  options.stdin_text = text;
  return options;
}

}  // namespace

TEST_CASE("property: machine outputs of random extreme scenarios are valid JSON and plain CSV",
          "[cli][property][promises]") {
  Random random(20261201);
  constexpr int kScenarios = 60;
  std::string stream;
  for (int i = 0; i < kScenarios; ++i) stream += random_scenario(random, i) + "\n";

  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"calc", "--format", "jsonl", "-"},
                                             {"calc", "--format", "json", "-"},
                                             {"compare", "--format", "jsonl", "-"},
                                             {"compare", "--format", "json", "--sort", "roi", "-"},
                                             {"compare", "--format", "jsonl", "--sort", "npv", "-"},
                                             {"check", "--format", "jsonl", "-"},
                                             {"check", "--format", "json", "-"}}) {
    INFO("crmroi " << args[0] << " " << args[1] << " " << args[2]);
    const auto result = run_crmroi(args, stream_on_stdin(stream));
    INFO("stderr: " << result.err.substr(0, 2000));
    CHECK((result.exit_code == 0 || result.exit_code == 1));
    const std::size_t documents = check_json_documents(result.out);
    CHECK(documents >= 1);
  }
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"calc", "--format", "csv", "-"},
           {"calc", "--format", "csv", "--monthly", "-"},
           {"compare", "--format", "csv", "--sort", "payback", "-"},
           {"check", "--format", "csv", "-"}}) {
    INFO("crmroi " << args[0] << " " << args[1] << " " << args[2]);
    const auto result = run_crmroi(args, stream_on_stdin(stream));
    CHECK((result.exit_code == 0 || result.exit_code == 1));
    check_csv(result.out);
  }
}

TEST_CASE("property: metric --format json of extreme arguments is valid JSON",
          "[cli][property][promises]") {
  Random random(7);
  for (int i = 0; i < 12; ++i) {
    const std::string gain = random.pick(kAmounts);
    const std::string investment = random.pick(kAmounts);
    const auto roi = run_crmroi(
        {"metric", "roi", "--format", "json", "--gain", gain, "--investment", investment});
    INFO("metric roi --gain " << gain << " --investment " << investment);
    CHECK(roi.exit_code == 0);
    CHECK(check_json_documents(roi.out) == 1);
    const auto irr = run_crmroi({"metric", "irr", "--format", "json", "--period", "month", "--",
                                 "-" + investment, gain, gain});
    CHECK(irr.exit_code == 0);
    CHECK(check_json_documents(irr.out) == 1);
  }
}
