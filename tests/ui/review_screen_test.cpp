#include <gtest/gtest.h>

#include <algorithm>

#include "tests/ui/ui_test_state.h"
#include "ui/screen_parts.h"

namespace khiw {
namespace {

AppState review_state(const std::string& service = "idcard_first") {
  AppState s = testing::path_state(Screen::Review, service);
  BookingDraft& d = s.flow.draft;
  d.date = Date{2026, 11, 25};
  d.slot = 2;
  d.name = "สมชาย ใจดี";
  d.national_id = "1101700230705";
  d.mobile = "0812345678";
  d.laser_code = "JC1-1234567-89";
  d.copies = 2;
  d.pickup_date = Date{2026, 11, 26};
  d.consent = true;
  return s;
}

TEST(ReviewScreen, ConfirmSends) { testing::single<ConfirmBooking>(testing::tap(review_state(), "confirm")); }

TEST(ReviewScreen, ConfirmIsDisabledWhileSending) {
  AppState s = review_state();
  s.flow.send = SendStatus::Sending;
  EXPECT_TRUE(testing::tap(s, "confirm").empty());
}

TEST(ReviewScreen, NotSentOffersRetry) {
  AppState s = review_state();
  s.flow.send = SendStatus::NotSent;
  EXPECT_THROW(testing::tap(s, "confirm"), std::runtime_error);  // no confirm, only retry
  testing::single<ConfirmBooking>(testing::tap(s, "retry_send"));
}

TEST(ReviewScreen, RefusalOffersTheNearestFreeSlots) {
  AppState s = review_state();
  s.flow.send = SendStatus::Refused;
  s.flow.refusal = ErrorCode::SlotFull;
  s.flow.alternatives = {{Date{2026, 11, 25}, 3, 2}, {Date{2026, 11, 26}, 2, 5}};
  const auto alt = testing::single<PickAlternative>(testing::tap(s, "alt_2026-11-26_2"));
  EXPECT_EQ(alt.date, (Date{2026, 11, 26}));
  EXPECT_EQ(alt.slot, 2);
}

TEST(ReviewScreen, FitsAPhone) {
  testing::expect_fits_phone_and_desktop(review_state("house_reg_copy"));
  AppState refused = review_state();
  refused.flow.send = SendStatus::Refused;
  refused.flow.refusal_code = "office_closed_today";
  refused.flow.alternatives = {{Date{2026, 11, 25}, 3, 2}};
  testing::expect_fits_phone_and_desktop(refused);
}

TEST(ReviewScreen, ThePickupOfficeIsShownWhenItIsNotTheBookingsOwn) {
  AppState s = review_state("house_reg_copy");
  const std::pair<std::string, std::string> row{"สำนักงานเขต ที่รับเอกสาร", "เขตบางแค"};
  auto rows = ui::draft_rows(s, s.flow.draft);
  EXPECT_EQ(std::count(rows.begin(), rows.end(), row), 0);
  s.flow.draft.pickup_office = "1040";
  rows = ui::draft_rows(s, s.flow.draft);
  EXPECT_EQ(std::count(rows.begin(), rows.end(), row), 1);
  testing::expect_fits_phone_and_desktop(s);
}

}  // namespace
}  // namespace khiw
