#include <gtest/gtest.h>

#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

using testing::state_on;

using testing::saved_booking;

TEST(StartScreen, ThreeWaysIn) {
  testing::HeadlessUi ui;
  const AppState s = state_on(Screen::Start);
  ui.frame(s);
  EXPECT_EQ(testing::single<OpenScreen>(ui.click(s, "book_start")).screen, Screen::Offices);
  EXPECT_EQ(testing::single<OpenScreen>(ui.click(s, "walkin_start")).screen, Screen::Nearby);
  EXPECT_EQ(testing::single<OpenScreen>(ui.click(s, "mine_start")).screen, Screen::MyBookings);
}

TEST(StartScreen, NoBackButtonOnStart) {
  testing::HeadlessUi ui;
  const auto out = ui.frame(state_on(Screen::Start));
  EXPECT_FALSE(testing::has_widget(out, "back"));
  EXPECT_TRUE(testing::has_widget(out, "lang_toggle"));
  EXPECT_FALSE(testing::has_widget(out, "reminder"));  // nothing booked
}

TEST(StartScreen, ReminderOfTomorrowsBookingOpensItsTicket) {
  testing::HeadlessUi ui;
  AppState s = state_on(Screen::Start);
  const Date tomorrow = add_days(bkk_date(s.now), 1);
  s.mine.items.push_back(saved_booking("K7M2QX9A", tomorrow, 0, BookingState::Confirmed));  // 08:00, in 22 h
  ui.frame(s);
  ASSERT_NE(ui.widget("reminder"), nullptr);
  EXPECT_EQ(testing::single<OpenTicket>(ui.click(s, "reminder")).code, "K7M2QX9A");
}

TEST(StartScreen, FitsAPhoneWithAReminder) {
  AppState s = state_on(Screen::Start);
  s.mine.items.push_back(saved_booking("K7M2QX9A", add_days(bkk_date(s.now), 1), 0, BookingState::Confirmed));
  testing::expect_fits_phone_and_desktop(s);
}

}  // namespace
}  // namespace khiw
