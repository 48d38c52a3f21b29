#include "core/slots.h"

#include <gtest/gtest.h>

#include "tests/core/reference_data.h"

namespace khiw {
namespace {

using testing::at_23_nov;
using testing::kRules;
constexpr Date kDay{2026, 11, 23};

TEST(Slots, SixHourlySlotsWithALunchGapThirtyADay) {
  ASSERT_EQ(kRules.slots.size(), 6u);
  EXPECT_EQ(daily_capacity(kRules), 30);
  EXPECT_EQ(slot_start(kRules, kDay, 0), at_23_nov(8));
  EXPECT_EQ(slot_end(kRules, kDay, 3), at_23_nov(12));
  EXPECT_EQ(slot_start(kRules, kDay, 4), at_23_nov(13));
  EXPECT_EQ(slot_end(kRules, kDay, 5), at_23_nov(15));
  EXPECT_FALSE(is_valid_slot(kRules, 6));
  EXPECT_FALSE(is_valid_slot(kRules, -1));
}

TEST(Slots, SlotAtAnInstant) {
  EXPECT_EQ(slot_at(kRules, at_23_nov(7, 59, 59)), std::nullopt);
  EXPECT_EQ(slot_at(kRules, at_23_nov(8)), 0);
  EXPECT_EQ(slot_at(kRules, at_23_nov(11, 59, 59)), 3);
  EXPECT_EQ(slot_at(kRules, at_23_nov(12)), std::nullopt);  // lunch
  EXPECT_EQ(slot_at(kRules, at_23_nov(12, 59, 59)), std::nullopt);
  EXPECT_EQ(slot_at(kRules, at_23_nov(13)), 4);
  EXPECT_EQ(slot_at(kRules, at_23_nov(14, 59, 59)), 5);
  EXPECT_EQ(slot_at(kRules, at_23_nov(15)), std::nullopt);  // closed for bookings
}

TEST(Slots, CheckInDeadlineIsFifteenMinutesAfterStart) {
  EXPECT_EQ(check_in_deadline(kRules, kDay, 0), at_23_nov(8, 15));
  EXPECT_EQ(check_in_deadline(kRules, kDay, 4), at_23_nov(13, 15));
}

}  // namespace
}  // namespace khiw
