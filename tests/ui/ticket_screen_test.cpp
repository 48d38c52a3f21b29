#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "tests/ui/ui_test_state.h"
#include "ui/screen_parts.h"

namespace khiw {
namespace {

constexpr const char* kCode = "K7M2QX9A";

AppState ticket_state(BookingState state = BookingState::Confirmed) {
  AppState s = testing::state_on(Screen::Ticket);
  s.mine.items.push_back(testing::saved_booking(kCode, Date{2026, 11, 25}, 2, state));
  s.mine.items.front().ticks = {true, false};
  s.mine.open_code = kCode;
  return s;
}

TEST(TicketScreen, TheQrIsLargeWithAQuietZoneAndWholePixels) {
  testing::HeadlessUi ui(testing::kPhoneWidth, testing::kPhoneHeight);
  const AppState s = ticket_state();
  ui.frame(s);
  const auto out = ui.frame(s);
  const ui::WidgetRect* qr = ui.widget("ticket_qr");
  ASSERT_NE(qr, nullptr);
  const int modules = 21 + 2 * kQrQuietZone;
  const float module = qr->w / static_cast<float>(modules);
  EXPECT_EQ(qr->w, qr->h);
  EXPECT_GE(module, 6.0f);
  EXPECT_EQ(module, std::floor(module));  // crisp: every module a whole number of pixels
  EXPECT_EQ(qr->x, std::floor(qr->x));
  EXPECT_EQ(qr->y, std::floor(qr->y));
  EXPECT_GE(qr->w, 250.0f);  // large on a phone
  testing::expect_fits(out, testing::kPhoneWidth);
}

TEST(TicketScreen, TheQrIsPureBlackOnWhite) {
  testing::HeadlessUi ui;
  const AppState s = ticket_state();
  ui.frame(s);
  ui.frame(s);
  bool black = false, white = false;
  const ImDrawData* data = ImGui::GetDrawData();
  for (int l = 0; l < data->CmdListsCount; ++l)
    for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer) {
      black |= v.col == IM_COL32(0, 0, 0, 255);
      white |= v.col == IM_COL32(255, 255, 255, 255);
    }
  EXPECT_TRUE(black);
  EXPECT_TRUE(white);
}

TEST(TicketScreen, DocumentTicksToggle) {
  testing::HeadlessUi ui(800, 3000);
  const AppState s = ticket_state();
  ui.frame(s);
  const auto tick = testing::single<ToggleDocument>(ui.click(s, "doc_0"));
  EXPECT_EQ(tick.code, kCode);
  EXPECT_EQ(tick.index, 0);
}

TEST(TicketScreen, CalendarQrImageAndCancel) {
  testing::HeadlessUi ui(800, 3000);
  AppState s = ticket_state();
  ui.frame(s);
  EXPECT_EQ(testing::single<AddToCalendar>(ui.click(s, "add_calendar")).code, kCode);
  EXPECT_EQ(testing::single<SaveQrImage>(ui.click(s, "save_qr")).code, kCode);
  EXPECT_EQ(testing::single<AskCancel>(ui.click(s, "cancel_booking")).code, kCode);
  s.mine.cancel_asked = kCode;
  const auto out = ui.frame(s);
  EXPECT_FALSE(testing::has_widget(out, "cancel_booking"));
  EXPECT_TRUE(testing::single<AnswerCancel>(ui.click(s, "cancel_yes")).yes);
  EXPECT_FALSE(testing::single<AnswerCancel>(ui.click(s, "cancel_no")).yes);
}

TEST(TicketScreen, NoCancelForAFinishedBooking) {
  testing::HeadlessUi ui(800, 3000);
  for (const BookingState state : {BookingState::Cancelled, BookingState::Done, BookingState::NoShow}) {
    const auto out = ui.frame(ticket_state(state));
    EXPECT_FALSE(testing::has_widget(out, "cancel_booking"));
    EXPECT_TRUE(testing::has_widget(out, "ticket_qr"));
    EXPECT_FALSE(testing::has_widget(out, "info_show_at_counter")) << booking_state_name(state);
  }
  for (const BookingState state : {BookingState::Confirmed, BookingState::CheckedIn}) {
    const auto out = ui.frame(ticket_state(state));
    EXPECT_TRUE(testing::has_widget(out, "info_show_at_counter")) << booking_state_name(state);
  }
}

TEST(TicketScreen, CancellingShowsNoButtons) {
  testing::HeadlessUi ui(800, 3000);
  AppState s = ticket_state();
  s.mine.cancel_sending = kCode;
  s.mine.cancel_error = "network";
  const auto out = ui.frame(s);
  EXPECT_FALSE(testing::has_widget(out, "cancel_booking"));
  EXPECT_FALSE(testing::has_widget(out, "cancel_yes"));
}

TEST(TicketScreen, ScrollsOnAPhone) {
  testing::HeadlessUi ui(testing::kPhoneWidth, testing::kPhoneHeight);
  const AppState s = ticket_state();
  ui.frame(s);
  ui.frame(s);
  const float y_before = ui.widget("ticket_qr")->y;
  ui.frame(s, 200, 700, false);
  for (int step = 0; step <= 10; ++step) ui.frame(s, 200, 700 - 30.0f * static_cast<float>(step), true);
  ui.frame(s, 200, 400, false);
  EXPECT_LT(ui.widget("ticket_qr")->y, y_before - 100);
}

TEST(TicketScreen, FitsAPhone) {
  testing::expect_fits_phone_and_desktop(ticket_state());
  AppState asked = ticket_state();
  asked.mine.cancel_asked = kCode;
  asked.mine.cancel_error = "illegal_transition";
  testing::expect_fits_phone_and_desktop(asked);
}

TEST(TicketScreen, ACopyRequestShowsItsPickupOfficeAndHowFarAlongItIs) {
  AppState s = ticket_state();
  PreServiceView request{"1001", Date{2026, 11, 26}, 2, {}};
  request.progress.state = PreServiceState::Approved;
  request.progress.fee_satang = 4050;
  s.mine.items.front().booking.pre_service = request;
  auto has = [&](const std::string& label, const std::string& value) {
    const auto rows = ui::booking_rows(s, s.mine.items.front().booking);
    return std::count(rows.begin(), rows.end(), std::pair{label, value}) == 1;
  };
  EXPECT_TRUE(has("สถานะคำขอ", "อนุมัติแล้ว พร้อมรับเอกสาร · ค่าธรรมเนียม 40.50 บาท"));
  EXPECT_TRUE(has("วันรับเอกสาร", "พฤหัสบดี 26 พ.ย. 2569"));  // Buddhist Era
  EXPECT_FALSE(has("สำนักงานเขต ที่รับเอกสาร", "เขตพระนคร"));  // the booking's own office: not repeated
  s.mine.items.front().booking.pre_service->pickup_office = "1040";
  s.mine.items.front().booking.pre_service->progress = {PreServiceState::Rejected, std::nullopt, "ไม่พบทะเบียนบ้าน"};
  EXPECT_TRUE(has("สำนักงานเขต ที่รับเอกสาร", "เขตบางแค"));
  EXPECT_TRUE(has("สถานะคำขอ", "ไม่อนุมัติ · ไม่พบทะเบียนบ้าน"));
  s.lang = Lang::En;
  EXPECT_TRUE(has("Pickup office", "Bang Khae"));
  testing::expect_fits_phone_and_desktop(s);
}

}  // namespace
}  // namespace khiw
