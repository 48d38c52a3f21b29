#include <gtest/gtest.h>

#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

using testing::walk_in_ticket_on_screen;

TEST(WalkInTicketScreen, ShowsNumberQrPlaceAndWhenToLeave) {
  const AppState s = walk_in_ticket_on_screen(TicketState::Remote, 80 * 60);
  testing::HeadlessUi ui(testing::kPhoneWidth, 4000);
  ui.frame(s);
  EXPECT_EQ(ui.widget("info_walkin_number")->label, "W007");
  EXPECT_EQ(ui.widget("info_walkin_ahead")->label, "8");
  EXPECT_EQ(ui.widget("info_walkin_leave_in")->label, "75");  // 80 min less 5 spare (place unknown: no travel)
  EXPECT_NE(ui.widget("walkin_qr"), nullptr);
  const auto more = testing::single<SetSetOffMinutes>(ui.click(s, "setoff_plus"));
  EXPECT_EQ(more.minutes, kDefaultSetOffMinutes + 5);
  testing::single<AllowNotifications>(ui.click(s, "allow_notifications"));
}

TEST(WalkInTicketScreen, UnderTheThresholdItSaysGoNow) {
  testing::HeadlessUi ui(testing::kPhoneWidth, 4000);
  ui.frame(walk_in_ticket_on_screen(TicketState::Remote, 20 * 60));
  EXPECT_NE(ui.widget("info_walkin_go_now"), nullptr);
  EXPECT_EQ(ui.widget("info_walkin_leave_in"), nullptr);
}

TEST(WalkInTicketScreen, CheckedInNoLongerAsksWhenToLeave) {
  testing::HeadlessUi ui(testing::kPhoneWidth, 4000);
  ui.frame(walk_in_ticket_on_screen(TicketState::Waiting, 20 * 60));
  EXPECT_EQ(ui.widget("info_walkin_go_now"), nullptr);
  EXPECT_EQ(ui.widget("setoff_plus"), nullptr);
}

TEST(WalkInTicketScreen, FitsAPhone) {
  testing::expect_fits_phone_and_desktop(walk_in_ticket_on_screen(TicketState::Remote, 80 * 60));
}

}  // namespace
}  // namespace khiw
