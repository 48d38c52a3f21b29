#include "core/calendar.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "tests/core/reference_data.h"

namespace khiw {
namespace {

using testing::reference_calendar;

TEST(Calendar, ReferenceDataCovers2026AndKnown2027Dates) {
  const Calendar& c = reference_calendar();
  EXPECT_EQ(c.known_years, (std::vector<int>{2026, 2027}));
  EXPECT_EQ(c.provisional_years, (std::vector<int>{2027}));
  ASSERT_NE(holiday_on(c, {2026, 12, 5}), nullptr);
  EXPECT_EQ(holiday_on(c, {2026, 12, 5})->name_th.empty(), false);
  EXPECT_NE(holiday_on(c, {2026, 4, 13}), nullptr);  // Songkran
  EXPECT_NE(holiday_on(c, {2027, 12, 6}), nullptr);  // substitution for Sunday 5 Dec 2027
  EXPECT_EQ(holiday_on(c, {2026, 6, 2}), nullptr);   // withdrawn by the cabinet
}

TEST(Calendar, WeekendsHolidaysAndSubstitutionDaysAreClosed) {
  const Calendar& c = reference_calendar();
  EXPECT_FALSE(is_working_day(c, {2026, 12, 5}));  // Father's Day, a Saturday
  EXPECT_FALSE(is_working_day(c, {2026, 12, 6}));  // Sunday
  EXPECT_FALSE(is_working_day(c, {2026, 12, 7}));  // Monday: substitution holiday
  EXPECT_TRUE(is_working_day(c, {2026, 12, 8}));
  EXPECT_FALSE(is_working_day(c, {2026, 12, 10}));  // Constitution Day
  EXPECT_TRUE(is_working_day(c, {2026, 11, 23}));
  EXPECT_FALSE(is_working_day(c, {2026, 12, 31}));
  EXPECT_FALSE(is_working_day(c, {2027, 1, 1}));
}

TEST(Calendar, UnknownYearsAreWorkingButProvisional) {
  const Calendar& c = reference_calendar();
  EXPECT_FALSE(is_provisional(c, {2026, 12, 8}));
  EXPECT_TRUE(is_provisional(c, {2027, 3, 1}));  // not officially announced
  EXPECT_TRUE(is_provisional(c, {2030, 1, 1}));
  EXPECT_TRUE(is_working_day(c, {2030, 1, 1}));  // a Tuesday, New Year's Day unknown to the data
  EXPECT_FALSE(is_working_day(c, {2030, 1, 5}));  // still a Saturday
  EXPECT_TRUE(is_provisional(Calendar{}, {2026, 12, 8}));
  EXPECT_TRUE(is_working_day(Calendar{}, {2026, 12, 7}));
}

TEST(Calendar, CountsWorkingDaysAcrossHolidays) {
  const Calendar& c = reference_calendar();
  // From Mon 23 Nov 2026: 24..27 Nov, 30 Nov, 1..4 Dec are working days 1..9; 5..7 Dec closed; 8 Dec is 10th.
  EXPECT_EQ(nth_working_day_after(c, {2026, 11, 23}, 1), (Date{2026, 11, 24}));
  EXPECT_EQ(nth_working_day_after(c, {2026, 11, 23}, 9), (Date{2026, 12, 4}));
  EXPECT_EQ(nth_working_day_after(c, {2026, 11, 23}, 10), (Date{2026, 12, 8}));
  EXPECT_EQ(nth_working_day_after(c, {2026, 11, 23}, 11), (Date{2026, 12, 9}));
  EXPECT_EQ(nth_working_day_after(c, {2026, 11, 23}, 12), (Date{2026, 12, 11}));  // skips 10 Dec
  EXPECT_EQ(nth_working_day_after(Calendar{}, {2026, 11, 23}, 10), (Date{2026, 12, 7}));
}

TEST(Calendar, ApiJsonRoundTrips) {
  const Calendar& c = reference_calendar();
  EXPECT_EQ(calendar_from_json(calendar_to_json(c)), c);
}

TEST(Calendar, MalformedInputIsRejectedWithAReason) {
  EXPECT_THROW(calendar_from_json("{"), std::invalid_argument);
  EXPECT_THROW(calendar_from_json(R"({"version":2,"known_years":[],"provisional_years":[],"holidays":[]})"),
               std::invalid_argument);
  EXPECT_THROW(calendar_from_json(R"({"version":1,"known_years":[],"provisional_years":[],"holidays":[)"
                                  R"({"date":"2026-02-30","name_th":"x","name_en":"x"}]})"),
               std::invalid_argument);
  try {
    calendar_from_reference_json(R"({"2026":{"holidays":[{"date":"2026-01-01","name_en":"New Year"}]}})");
    FAIL() << "expected an error";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("name_th"), std::string::npos) << e.what();
  }
  EXPECT_THROW(calendar_from_reference_json(R"({"2026":{"holidays":[{"date":"2025-01-01","name_th":"a",)"
                                            R"("name_en":"b"}]}})"),
               std::invalid_argument);
  EXPECT_THROW(calendar_from_reference_json(R"({"twenty":{"holidays":[]}})"), std::invalid_argument);
}

// Found by reference_json_fuzz: two holidays on one date came back from the sort in either order.
TEST(Calendar, TwoHolidaysOnOneDateAreRefused) {
  const std::string twice = R"([{"date":"2026-04-06","name_th":"ก","name_en":"a"},)"
                            R"({"date":"2026-01-01","name_th":"ข","name_en":"b"},)"
                            R"({"date":"2026-04-06","name_th":"ค","name_en":"c"}])";
  try {
    calendar_from_json(R"({"version":1,"known_years":[2026],"provisional_years":[],"holidays":)" + twice + "}");
    FAIL() << "expected an error";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("2026-04-06"), std::string::npos) << e.what();
  }
  EXPECT_THROW(calendar_from_reference_json(R"({"2026":{"holidays":)" + twice + "}}"), std::invalid_argument);
}

// Found by reference_json_fuzz: a year written as 2.02656e+64 was converted to int with undefined behaviour.
TEST(Calendar, YearsMustBeWholeNumbersThatFit) {
  for (const char* years : {"[2.02656e+64]", "[2026.5]", "[4294967296]", "[18446744073709551615]", "[\"2026\"]",
                            "2026"}) {
    const std::string doc =
        std::string(R"({"version":1,"provisional_years":[],"holidays":[],"known_years":)") + years + "}";
    try {
      calendar_from_json(doc);
      ADD_FAILURE() << years << " was accepted";
    } catch (const std::invalid_argument& e) {
      EXPECT_NE(std::string(e.what()).find("known_years"), std::string::npos) << e.what();
    }
  }
  const Calendar c =
      calendar_from_json(R"({"version":1,"known_years":[2026,-1],"provisional_years":[2027],"holidays":[]})");
  EXPECT_EQ(c.known_years, (std::vector<int>{2026, -1}));
  EXPECT_EQ(c.provisional_years, (std::vector<int>{2027}));
}

}  // namespace
}  // namespace khiw
