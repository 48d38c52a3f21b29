// The screen of a booking made offline, and the connection indicator every screen carries.
#include <gtest/gtest.h>

#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

AppState with_pending(PendingState state) {
  AppState s = testing::state_on(Screen::PendingBooking);
  PendingBooking p;
  p.key = "key-1";
  p.draft.office_code = "1001";
  p.draft.section_id = "registration";
  p.draft.service_id = "idcard_renew_expired";
  p.draft.date = add_days(bkk_date(s.now), 1);
  p.draft.slot = 0;
  p.draft.name = "สมชาย ใจดี";
  p.draft.national_id = "1101700203450";
  p.queued_at = s.now - 300;
  p.state = state;
  if (state == PendingState::Refused) {
    p.refusal_code = "slot_full";
    s.outbox.alternatives = {{"1001", *p.draft.date, 1, 4}, {"1002", *p.draft.date, 0, 5}};
  }
  enqueue(s.outbox.queue, {SyncOpKind::CreateBooking, p.key, "{}", p.queued_at, SyncOpState::Pending, 0, 0});
  s.outbox.bookings.push_back(p);
  s.outbox.open_key = p.key;
  s.outbox.browser_online = false;
  return s;
}

TEST(PendingBookingScreen, WaitingSaysNotConfirmedShowsNoQrAndCanBeCancelled) {
  const AppState s = with_pending(PendingState::Waiting);
  testing::HeadlessUi ui(testing::kPhoneWidth, 4000);
  ui.frame(s);
  EXPECT_NE(ui.widget("info_pending_waiting"), nullptr);
  EXPECT_EQ(ui.widget("ticket_qr"), nullptr);
  EXPECT_EQ(testing::single<RemovePendingBooking>(ui.click(s, "pending_cancel")).key, "key-1");
}

TEST(PendingBookingScreen, RefusedOffersOtherSlotsOneTapEach) {
  const AppState s = with_pending(PendingState::Refused);
  testing::HeadlessUi ui(testing::kPhoneWidth, 4000);
  ui.frame(s);
  EXPECT_EQ(ui.widget("info_pending_refused")->label, "slot_full");
  const std::string date = iso_date(*s.outbox.bookings[0].draft.date);
  const Rebook r = testing::single<Rebook>(ui.click(s, "rebook_1002_" + date + "_0"));
  EXPECT_EQ(r.key, "key-1");
  EXPECT_EQ(r.choice, s.outbox.alternatives[1]);
  EXPECT_EQ(testing::single<RemovePendingBooking>(ui.click(s, "pending_remove")).key, "key-1");
}

TEST(PendingBookingScreen, TheIndicatorSaysOfflineOnlineOrSyncing) {
  AppState s = with_pending(PendingState::Waiting);
  testing::HeadlessUi ui(testing::kPhoneWidth, 4000);
  ui.frame(s);
  EXPECT_EQ(ui.widget("info_connection")->label, "ออฟไลน์");
  s.outbox.browser_online = true;
  ui.frame(s);
  EXPECT_EQ(ui.widget("info_connection")->label, "กำลังส่ง 1");
  s.outbox.queue.ops.clear();
  s.lang = Lang::En;
  s.nav.stack = {Screen::Start};
  ui.frame(s);
  EXPECT_EQ(ui.widget("info_connection")->label, "Online");
  // On the toggle's row, left of it; the title and everything else come below that row.
  const auto* indicator = ui.widget("info_connection");
  const auto* toggle = ui.widget("lang_toggle");
  EXPECT_LE(indicator->x + indicator->w, toggle->x);
  EXPECT_GE(indicator->y, toggle->y);
  EXPECT_LE(indicator->y + indicator->h, toggle->y + toggle->h);
  EXPECT_GE(ui.widget("book_start")->y, toggle->y + toggle->h);
}

TEST(PendingBookingScreen, FitsAPhone) {
  testing::expect_fits_phone_and_desktop(with_pending(PendingState::Waiting));
  testing::expect_fits_phone_and_desktop(with_pending(PendingState::Refused));
}

}  // namespace
}  // namespace khiw
