#include <gtest/gtest.h>

#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

AppState with_ticket(TicketState state, UnixSeconds wait_s) {
  AppState s = testing::state_on(Screen::WalkInTicket);
  WalkInTicket t;
  t.ticket = "W007";
  t.office_code = "1040";
  t.section_id = "registration";
  t.date = bkk_date(s.now);
  t.issued_at = s.now - 600;
  t.qr = "W007.1040.registration.2026-11-23.sig";
  t.qr_matrix = encode_qr(t.qr);
  t.state = state;
  t.position = 9;
  t.wait_seconds = wait_s;
  t.as_of = s.now;
  s.walk_ins.open_key = walk_in_key(t);
  s.walk_ins.tickets.push_back(t);
  return s;
}

TEST(WalkInTicketScreen, ShowsNumberQrPlaceAndWhenToLeave) {
  const AppState s = with_ticket(TicketState::Remote, 80 * 60);
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
  ui.frame(with_ticket(TicketState::Remote, 20 * 60));
  EXPECT_NE(ui.widget("info_walkin_go_now"), nullptr);
  EXPECT_EQ(ui.widget("info_walkin_leave_in"), nullptr);
}

TEST(WalkInTicketScreen, CheckedInNoLongerAsksWhenToLeave) {
  testing::HeadlessUi ui(testing::kPhoneWidth, 4000);
  ui.frame(with_ticket(TicketState::Waiting, 20 * 60));
  EXPECT_EQ(ui.widget("info_walkin_go_now"), nullptr);
  EXPECT_EQ(ui.widget("setoff_plus"), nullptr);
}

TEST(WalkInTicketScreen, FitsAPhone) {
  testing::expect_fits_phone_and_desktop(with_ticket(TicketState::Remote, 80 * 60));
}

}  // namespace
}  // namespace khiw
