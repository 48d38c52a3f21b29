#include "core/availability.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/core/app_fixture.h"

namespace khiw {
namespace {

using testing::availability_doc;
using testing::kAppNow;
using testing::reference_calendar;

using testing::kRules;

TEST(Availability, ParsesTheServerAnswer) {
  const Availability a = availability_from_json(availability_doc("1001", "registration", kAppNow));
  EXPECT_EQ(a.office_code, "1001");
  EXPECT_EQ(a.days.size(), 10u);  // ten working days
  EXPECT_EQ(a.days.front().date, (Date{2026, 11, 24}));
  EXPECT_EQ(a.days.front().slots.size(), 6u);
  EXPECT_THROW(availability_from_json(R"({"office_code":"1","section_id":"x","capacity":5,"dates":[{"date":"x"}]})"),
               std::invalid_argument);
}

TEST(Availability, EveryDayOfTheWindowWithItsReason) {
  nlohmann::json overrides;
  for (int i = 0; i < 6; ++i) overrides["2026-11-25/" + std::to_string(i)] = 0;
  const Availability a = availability_from_json(availability_doc("1001", "registration", kAppNow, overrides));
  const auto days = day_choices(a, reference_calendar(), kRules, kAppNow);
  ASSERT_FALSE(days.empty());
  EXPECT_EQ(days.front().date, (Date{2026, 11, 24}));
  EXPECT_EQ(days.back().date, a.days.back().date);
  int open = 0;
  for (const DayChoice& d : days) {
    if (is_weekend(d.date)) EXPECT_EQ(d.status, DayStatus::Weekend) << iso_date(d.date);
    if (d.date == Date{2026, 11, 25}) EXPECT_EQ(d.status, DayStatus::Full);
    if (d.status == DayStatus::Holiday) EXPECT_FALSE(d.holiday_th.empty());
    open += d.status == DayStatus::Open;
  }
  EXPECT_EQ(open, 9);
  // Monday 7 December makes up for Father's Day on a Saturday: a holiday with its name.
  const auto dec7 = std::find_if(days.begin(), days.end(), [](const DayChoice& d) { return d.date == Date{2026, 12, 7}; });
  ASSERT_NE(dec7, days.end());
  EXPECT_EQ(dec7->status, DayStatus::Holiday);
}

TEST(Availability, BeforeTheAnswerTheDeviceClockSetsTheWindow) {
  const auto days = day_choices(Availability{}, reference_calendar(), kRules, kAppNow);
  ASSERT_FALSE(days.empty());
  EXPECT_EQ(days.front().date, (Date{2026, 11, 24}));
  EXPECT_EQ(days.front().status, DayStatus::Closed);  // no seats known yet
}

TEST(Availability, NearestFreeSlotsComeFirst) {
  const Availability a = availability_from_json(
      availability_doc("1001", "registration", kAppNow, {{"2026-11-24/2", 0}, {"2026-11-24/3", 0}}));
  const Date tue{2026, 11, 24};
  const auto near = nearest_free_slots(a, kRules, tue, 2, Exclude::WantedSlot, 3);
  ASSERT_EQ(near.size(), 3u);
  EXPECT_EQ(near[0], (SlotChoice{tue, 1, 5}));  // 09:00, one hour before the wanted 10:00
  EXPECT_EQ(near[1], (SlotChoice{tue, 0, 5}));  // 08:00 and 13:00 are both 2 h and 3 h away: 08:00 first
  EXPECT_EQ(near[2], (SlotChoice{tue, 4, 5}));
  for (const SlotChoice& c : nearest_free_slots(a, kRules, tue, 2, Exclude::WantedDay, 5)) EXPECT_NE(c.date, tue);
  EXPECT_TRUE(nearest_free_slots(a, kRules, tue, 99, Exclude::WantedSlot, 5).empty());
}

}  // namespace
}  // namespace khiw
