// "Did you mean" hints: same key in another case, edit distance at most 2, or a shared prefix.
#include <array>
#include <catch2/catch.hpp>
#include <string_view>

#include "scenario/key_suggestion.hpp"

using crmroi::scenario_detail::edit_distance;
using crmroi::scenario_detail::suggest_key;

namespace {
constexpr std::array<std::string_view, 6> kKeys{"name",           "horizon_months", "hours_per_day",
                                                "hours_per_week", "ramp_months",    "cac"};
}

TEST_CASE("edit distance counts insertions, deletions and substitutions", "[scenario][suggest]") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("montly", "monthly") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("abc", "") == 3);
}

TEST_CASE("a key in another case is suggested first", "[scenario][suggest]") {
  CHECK(suggest_key("Name", kKeys) == "name");
  CHECK(suggest_key("HORIZON_MONTHS", kKeys) == "horizon_months");
}

TEST_CASE("the closest key within distance 2 is suggested", "[scenario][suggest]") {
  CHECK(suggest_key("horizon_month", kKeys) == "horizon_months");
  CHECK(suggest_key("nmae", kKeys) == "name");
  CHECK(suggest_key("hours_per_dya", kKeys) == "hours_per_day");
  CHECK(suggest_key("hour_per_week", kKeys) == "hours_per_week");
  CHECK(suggest_key("cat", kKeys) == "cac");
}

TEST_CASE("a key sharing a prefix of 3 characters or more is suggested", "[scenario][suggest]") {
  CHECK(suggest_key("ramp", kKeys) == "ramp_months");
  CHECK(suggest_key("horizon", kKeys) == "horizon_months");
  CHECK(suggest_key("name_of_scenario", kKeys) == "name");
  CHECK(suggest_key("hours", kKeys) == "hours_per_day");  // the nearer in length of the two
}

TEST_CASE("nothing is suggested for an unrelated key", "[scenario][suggest]") {
  CHECK_FALSE(suggest_key("zebra", kKeys));
  CHECK_FALSE(suggest_key("", kKeys));
  CHECK_FALSE(suggest_key("ho", kKeys));
}
