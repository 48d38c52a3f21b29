#include "core/my_bookings.h"

#include <gtest/gtest.h>

#include "core/my_bookings_update.h"
#include "tests/core/app_fixture.h"

namespace khiw {
namespace {

using testing::created_doc;
using testing::kAppNow;
using testing::of_type;
using testing::started_app;

BookingDraft draft_for(Date date, int slot) {
  BookingDraft d;
  d.office_code = "1001";
  d.section_id = "registration";
  d.service_id = "idcard_renew_expired";
  d.date = date;
  d.slot = slot;
  d.name = "สมชาย ใจดี";
  return d;
}

AppState with_booking(const std::string& code = "7KQ2M9XD", Date date = Date{2026, 11, 24}, int slot = 0) {
  AppState s = started_app();
  upsert_saved(s.mine, saved_booking_from_created(created_doc(code, draft_for(date, slot)), kAppNow));
  return s;
}

TEST(MyBookings, StoredJsonRoundTripsWithoutTheNationalId) {
  AppState s = with_booking();
  s.mine.items[0].ticks = {true, false, true};
  const std::string text = my_bookings_to_json(s.mine.items);
  EXPECT_EQ(text.find(testing::kValidId), std::string::npos);
  EXPECT_EQ(my_bookings_from_json(text), s.mine.items);
  EXPECT_THROW(my_bookings_from_json(R"({"version":2,"bookings":[]})"), std::invalid_argument);
  EXPECT_THROW(my_bookings_from_json(R"({"version":1,"bookings":[{"secret":"x"}]})"), std::invalid_argument);
}

// Found by booking_json_fuzz: a stored slot of 2.18e20 was converted to int with undefined behaviour (UBSan).
// A number field holds a whole number that fits, or the record is refused like any malformed one.
TEST(MyBookings, FuzzRegressionANumberThatIsNotAFittingIntegerIsRefused) {
  const AppState s = with_booking();
  nlohmann::json doc = nlohmann::json::parse(my_bookings_to_json(s.mine.items));
  EXPECT_EQ(my_bookings_from_json(doc.dump()), s.mine.items);
  for (const nlohmann::json& slot : {nlohmann::json(2.18447e+20), nlohmann::json(1.5), nlohmann::json(4294967296),
                                     nlohmann::json(18446744073709551615u)}) {
    doc["bookings"][0]["booking"]["slot"] = slot;
    EXPECT_THROW(my_bookings_from_json(doc.dump()), std::invalid_argument) << slot;
  }
  doc["bookings"][0]["booking"]["slot"] = 0;
  doc["version"] = 4294967297;  // not version 1 once cut to an int
  EXPECT_THROW(my_bookings_from_json(doc.dump()), std::invalid_argument);
}

TEST(MyBookings, NewestFirstAndTicksSurviveARefresh) {
  AppState s = with_booking("AAAA1111");
  SavedBooking later = saved_booking_from_created(created_doc("BBBB2222", draft_for(Date{2026, 11, 25}, 1)), kAppNow + 60);
  upsert_saved(s.mine, later);
  ASSERT_EQ(s.mine.items.size(), 2u);
  EXPECT_EQ(s.mine.items[0].booking.code, "BBBB2222");
  apply_intent(s, ToggleDocument{"AAAA1111", 1});
  EXPECT_EQ(find_saved(s.mine, "AAAA1111")->ticks, (std::vector<bool>{false, true}));
  apply_intent(s, HttpReplied{Reply::LookupBooking, 200, created_doc("AAAA1111", draft_for(Date{2026, 11, 24}, 0), "checked_in"),
                              "AAAA1111"});
  EXPECT_EQ(find_saved(s.mine, "AAAA1111")->booking.state, BookingState::CheckedIn);
  EXPECT_EQ(find_saved(s.mine, "AAAA1111")->ticks, (std::vector<bool>{false, true}));
  EXPECT_EQ(active_count(s.mine), 2);
}

TEST(MyBookings, RefreshLooksUpEveryBookingAndReportsFailures) {
  AppState s = with_booking("AAAA1111");
  upsert_saved(s.mine, saved_booking_from_created(created_doc("BBBB2222", draft_for(Date{2026, 11, 25}, 1)), kAppNow));
  const auto sent = of_type<HttpRequest>(apply_intent(s, OpenScreen{Screen::MyBookings}));
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_EQ(sent[0].path, "/api/bookings/lookup");
  EXPECT_EQ(nlohmann::json::parse(sent[0].body)["secret"], "s3cret");
  EXPECT_EQ(s.mine.refresh, RefreshStatus::Refreshing);
  apply_intent(s, HttpReplied{Reply::LookupBooking, 0, "", sent[0].context});
  EXPECT_EQ(s.mine.refresh, RefreshStatus::Refreshing);
  apply_intent(s, HttpReplied{Reply::LookupBooking, 200, created_doc(sent[1].context, draft_for(Date{2026, 11, 25}, 1), "cancelled"),
                              sent[1].context});
  EXPECT_EQ(s.mine.refresh, RefreshStatus::Failed);
  EXPECT_EQ(find_saved(s.mine, sent[1].context)->booking.state, BookingState::Cancelled);
}

TEST(MyBookings, CancelIsAskedOnceThenSent) {
  AppState s = with_booking();
  apply_intent(s, OpenTicket{"7KQ2M9XD"});
  EXPECT_EQ(s.nav.current(), Screen::Ticket);
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, AskCancel{"7KQ2M9XD"})).empty());
  EXPECT_EQ(s.mine.cancel_asked, "7KQ2M9XD");
  apply_intent(s, AnswerCancel{false});
  EXPECT_TRUE(s.mine.cancel_asked.empty());
  apply_intent(s, AskCancel{"7KQ2M9XD"});
  const auto sent = of_type<HttpRequest>(apply_intent(s, AnswerCancel{true}));
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].path, "/api/bookings/cancel");
  EXPECT_EQ(s.mine.cancel_sending, "7KQ2M9XD");
  apply_intent(s, HttpReplied{Reply::CancelBooking, 409, error_body_json(ErrorCode::TooLate), "7KQ2M9XD"});
  EXPECT_EQ(s.mine.cancel_error, "too_late");
  apply_intent(s, AskCancel{"7KQ2M9XD"});
  apply_intent(s, AnswerCancel{true});
  apply_intent(s, HttpReplied{Reply::CancelBooking, 200,
                              created_doc("7KQ2M9XD", draft_for(Date{2026, 11, 24}, 0), "cancelled"), "7KQ2M9XD"});
  EXPECT_EQ(s.mine.items[0].booking.state, BookingState::Cancelled);
  EXPECT_TRUE(s.mine.cancel_sending.empty());
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, AskCancel{"7KQ2M9XD"})).empty());  // nothing left to cancel
  EXPECT_TRUE(s.mine.cancel_asked.empty());
}

TEST(MyBookings, RemindersWithin24And2Hours) {
  // Tuesday 08:00 slot; the app's clock moves.
  AppState s = with_booking("7KQ2M9XD", Date{2026, 11, 24}, 0);
  const UnixSeconds start = bkk_instant(Date{2026, 11, 24}, 8 * 60);
  EXPECT_EQ(upcoming_reminder(s.mine, s.ref.rules, start - 25 * 3600).level, ReminderLevel::None);
  EXPECT_EQ(upcoming_reminder(s.mine, s.ref.rules, start - 23 * 3600).level, ReminderLevel::Within24Hours);
  const Reminder soon = upcoming_reminder(s.mine, s.ref.rules, start - 3600);
  EXPECT_EQ(soon.level, ReminderLevel::Within2Hours);
  EXPECT_EQ(soon.code, "7KQ2M9XD");
  EXPECT_EQ(upcoming_reminder(s.mine, s.ref.rules, start + 16 * 60).level, ReminderLevel::None);
}

TEST(MyBookings, CalendarFileAndQrImageOfATicket) {
  AppState s = with_booking();
  s.stored_bookings = my_bookings_to_json(s.mine.items);
  s.stored_session = session_to_json(s);
  const auto effects = apply_intent(s, AddToCalendar{"7KQ2M9XD"});
  ASSERT_EQ(effects.size(), 1u);  // a download, and nothing stored
  const auto& file = std::get<DownloadFile>(effects[0]);
  EXPECT_EQ(file.filename, "khiw-7KQ2M9XD.ics");
  EXPECT_NE(file.content.find("DTSTART;TZID=Asia/Bangkok:20261124T080000"), std::string::npos);
  EXPECT_NE(file.content.find("LOCATION:สำนักงานเขตพระนคร"), std::string::npos);
  const auto image = apply_intent(s, SaveQrImage{"7KQ2M9XD"});
  ASSERT_EQ(image.size(), 1u);
  const auto& png = std::get<DownloadQrImage>(image[0]);
  EXPECT_EQ(png.size, s.mine.items[0].qr_matrix.size);
  EXPECT_EQ(png.caption.front(), "7KQ2M9XD");
}

// Found by ics_fuzz (a saved booking's slot edited to 9): the calendar file took its times from the rules'
// slots and threw out_of_range out of the reducer. A slot the rules no longer have (they changed since the
// booking) gives the times the ticket shows.
TEST(MyBookings, FuzzRegressionACalendarFileForASlotTheRulesNoLongerHave) {
  AppState s = with_booking();
  s.mine.items[0].booking.slot = 9;
  s.mine.items[0].booking.start = "15:30";
  s.mine.items[0].booking.end = "16:00";
  s.stored_bookings = my_bookings_to_json(s.mine.items);
  std::vector<Effect> effects;
  ASSERT_NO_THROW(effects = apply_intent(s, AddToCalendar{"7KQ2M9XD"}));
  ASSERT_EQ(effects.size(), 1u);
  const std::string& ics = std::get<DownloadFile>(effects[0]).content;
  EXPECT_NE(ics.find("DTSTART;TZID=Asia/Bangkok:20261124T153000"), std::string::npos);
  EXPECT_NE(ics.find("DTEND;TZID=Asia/Bangkok:20261124T160000"), std::string::npos);
}

}  // namespace
}  // namespace khiw
