#include "core/bkk_time.h"

#include <gtest/gtest.h>

#include "tests/core/reference_data.h"

namespace khiw {
namespace {

using testing::at_23_nov;
using testing::kMon23Nov2026Midnight;

TEST(BkkTime, DayChangesAtBangkokMidnightNotUtc) {
  EXPECT_EQ(bkk_date(kMon23Nov2026Midnight - 1), (Date{2026, 11, 22}));
  EXPECT_EQ(bkk_date(kMon23Nov2026Midnight), (Date{2026, 11, 23}));
  EXPECT_EQ(bkk_minute_of_day(kMon23Nov2026Midnight - 1), 23 * 60 + 59);
  EXPECT_EQ(bkk_minute_of_day(at_23_nov(10, 30)), 10 * 60 + 30);
  EXPECT_EQ(bkk_instant({2026, 11, 23}, 0), kMon23Nov2026Midnight);
  EXPECT_EQ(bkk_instant({2026, 11, 23}, 15 * 60), at_23_nov(15));
  // 1970-01-01 00:00 UTC was 07:00 in Bangkok.
  EXPECT_EQ(bkk_minute_of_day(0), 7 * 60);
  EXPECT_EQ(bkk_date(-7 * 3600 - 1), (Date{1969, 12, 31}));
}

TEST(BkkTime, CivilDaysRoundTripAndWeekdays) {
  EXPECT_EQ(days_since_epoch({1970, 1, 1}), 0);
  EXPECT_EQ(days_since_epoch({2000, 3, 1}), 11017);
  for (std::int64_t day = -700000; day < 800000; day += 97) {
    const Date d = date_from_days(day);
    ASSERT_TRUE(is_valid_date(d)) << day;
    ASSERT_EQ(days_since_epoch(d), day);
  }
  EXPECT_EQ(weekday({2026, 11, 23}), 0);  // Monday
  EXPECT_EQ(weekday({2026, 12, 5}), 5);   // Saturday
  EXPECT_TRUE(is_weekend({2026, 12, 6}));
  EXPECT_FALSE(is_weekend({2026, 12, 7}));
  EXPECT_EQ(add_days({2026, 12, 31}, 1), (Date{2027, 1, 1}));
  EXPECT_EQ(add_days({2028, 3, 1}, -1), (Date{2028, 2, 29}));
}

TEST(BkkTime, IsoDatesParseOnlyRealDates) {
  EXPECT_EQ(parse_iso_date("2026-11-23"), (Date{2026, 11, 23}));
  EXPECT_EQ(iso_date({2026, 1, 2}), "2026-01-02");
  EXPECT_EQ(parse_iso_date("2028-02-29"), (Date{2028, 2, 29}));
  EXPECT_EQ(parse_iso_date("2026-02-29"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2026-13-01"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2026-11-31"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2026-1-23"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2026/11/23"), std::nullopt);
  EXPECT_EQ(parse_iso_date("2026-11-2x"), std::nullopt);
  EXPECT_EQ(parse_iso_date(""), std::nullopt);
}

TEST(BkkTime, ThaiDatesUseTheBuddhistEraEnglishDatesTheCommonEra) {
  EXPECT_EQ(format_date({2026, 11, 23}, Lang::Th), "23 พ.ย. 2569");
  EXPECT_EQ(format_date({2026, 11, 23}, Lang::En), "23 Nov 2026");
  EXPECT_EQ(format_date({2027, 1, 1}, Lang::Th), "1 ม.ค. 2570");
  EXPECT_EQ(format_date({2026, 12, 5}, Lang::En), "5 Dec 2026");
  EXPECT_EQ(format_clock(8 * 60), "08:00");
  EXPECT_EQ(format_clock(14 * 60 + 5), "14:05");
}

TEST(BkkTime, ParseClockReadsWhatFormatClockWrites) {
  EXPECT_EQ(parse_clock(format_clock(0)), 0);
  EXPECT_EQ(parse_clock("08:30"), 8 * 60 + 30);
  EXPECT_EQ(parse_clock("23:59"), 23 * 60 + 59);
  for (const char* bad : {"24:00", "8:30", "08:60", "08-30", "", "08:300", "0a:00"})
    EXPECT_EQ(parse_clock(bad), std::nullopt) << bad;
}

}  // namespace
}  // namespace khiw
