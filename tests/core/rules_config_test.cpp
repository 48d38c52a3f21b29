#include "core/rules_config.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace khiw {
namespace {

TEST(RulesConfig, DefaultsAreTheBmaQService) {
  const RulesConfig c;
  EXPECT_EQ(c.first_day_ahead, 1);
  EXPECT_EQ(c.window_working_days, 10);
  EXPECT_EQ(c.capacity_per_slot, 5);
  EXPECT_EQ(c.no_show_grace_seconds, 900);
  EXPECT_EQ(c.slots.front(), (SlotTime{8 * 60, 9 * 60}));
  EXPECT_EQ(c.slots.back(), (SlotTime{14 * 60, 15 * 60}));
}

TEST(RulesConfig, JsonRoundTripsAndMissingKeysKeepDefaults) {
  RulesConfig c;
  c.capacity_per_slot = 8;
  c.counters_per_section = 3;
  c.slots = {{8 * 60 + 30, 10 * 60}};
  c.travel_speed_kmh = 17.5;
  EXPECT_EQ(rules_config_from_json(rules_config_to_json(c)), c);
  EXPECT_EQ(rules_config_from_json(R"({"version":1})"), RulesConfig{});
  EXPECT_EQ(rules_config_from_json(R"({"version":1,"capacity_per_slot":3})").capacity_per_slot, 3);
}

TEST(RulesConfig, ImpossibleValuesAreRejected) {
  EXPECT_THROW(rules_config_from_json(R"({"capacity_per_slot":3})"), std::invalid_argument);  // no version
  EXPECT_THROW(rules_config_from_json(R"({"version":1,"capacity_per_slot":"five"})"), std::invalid_argument);
  EXPECT_THROW(rules_config_from_json(R"({"version":1,"window_working_days":0})"), std::invalid_argument);
  EXPECT_THROW(rules_config_from_json(R"({"version":1,"counters_per_section":0})"), std::invalid_argument);
  EXPECT_THROW(rules_config_from_json(
                   R"({"version":1,"slots":[{"start_minute":600,"end_minute":660},{"start_minute":630,"end_minute":700}]})"),
               std::invalid_argument);
  EXPECT_THROW(rules_config_from_json(R"({"version":1,"slots":[{"start_minute":600,"end_minute":600}]})"),
               std::invalid_argument);
  EXPECT_THROW(rules_config_from_json(R"({"version":1,"slots":[{"start_minute":600}]})"), std::invalid_argument);
}

}  // namespace
}  // namespace khiw
