#include "core/booking.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/slots.h"
#include "tests/core/reference_data.h"

namespace khiw {
namespace {

using testing::at_23_nov;

using testing::kRules;

BookingRules rules() {
  return {kRules, testing::reference_calendar(), testing::reference_catalog(), testing::reference_offices()};
}

BookingRequest birth_request(Date date = {2026, 11, 24}, int slot = 0) {
  BookingRequest r;
  r.office_code = "1040";
  r.section_id = "registration";
  r.service_id = "birth";
  r.date = date;
  r.slot = slot;
  r.national_id = "1-2345-45678-78-1";
  r.name = " สมชาย ใจดี ";
  return r;
}

ErrorCode refusal(const BookingRequest& r, SlotOccupancy occupancy = {}, UnixSeconds now = at_23_nov(10)) {
  const auto b = decide_booking(rules(), now, r, occupancy, "bk-1", "hash");
  EXPECT_FALSE(b) << "expected a refusal";
  return b ? ErrorCode::kCount : b.error();
}

TEST(BookingWindow, FromTomorrowToTheTenthWorkingDayAcrossTheFathersDayHoliday) {
  const Calendar& cal = testing::reference_calendar();
  const UnixSeconds now = at_23_nov(10);  // Monday 23 Nov 2026
  EXPECT_EQ(last_bookable_date(kRules, cal, now), (Date{2026, 12, 8}));
  EXPECT_EQ(check_window(kRules, cal, now, {2026, 11, 22}, 0).error(), ErrorCode::DateInPast);
  EXPECT_EQ(check_window(kRules, cal, now, {2026, 11, 23}, 5).error(), ErrorCode::OutsideWindow);  // today
  EXPECT_TRUE(check_window(kRules, cal, now, {2026, 11, 24}, 0));
  EXPECT_TRUE(check_window(kRules, cal, now, {2026, 12, 4}, 5));                                     // 9th
  EXPECT_EQ(check_window(kRules, cal, now, {2026, 12, 5}, 0).error(), ErrorCode::NonWorkingDay);    // holiday
  EXPECT_EQ(check_window(kRules, cal, now, {2026, 12, 6}, 0).error(), ErrorCode::NonWorkingDay);    // Sunday
  EXPECT_EQ(check_window(kRules, cal, now, {2026, 12, 7}, 0).error(), ErrorCode::NonWorkingDay);    // substitution
  EXPECT_TRUE(check_window(kRules, cal, now, {2026, 12, 8}, 5));                                     // 10th
  EXPECT_EQ(check_window(kRules, cal, now, {2026, 12, 9}, 0).error(), ErrorCode::OutsideWindow);    // 11th
  // Without the holidays the 10th working day would be Monday 7 Dec.
  EXPECT_TRUE(check_window(kRules, Calendar{}, now, {2026, 12, 7}, 0));
  EXPECT_EQ(check_window(kRules, Calendar{}, now, {2026, 12, 8}, 0).error(), ErrorCode::OutsideWindow);
}

TEST(BookingWindow, YearsTheDataDoesNotKnowStillWork) {
  const Calendar& cal = testing::reference_calendar();
  const UnixSeconds fri_28_dec_2029 = bkk_instant({2029, 12, 28}, 10 * 60);
  // Weekends still count as closed; unknown holidays (1 Jan) are treated as working days.
  EXPECT_EQ(last_bookable_date(kRules, cal, fri_28_dec_2029), (Date{2030, 1, 11}));
  EXPECT_TRUE(check_window(kRules, cal, fri_28_dec_2029, {2030, 1, 1}, 0));
  EXPECT_TRUE(is_provisional(cal, {2030, 1, 1}));
  EXPECT_EQ(check_window(kRules, cal, fri_28_dec_2029, {2029, 12, 29}, 0).error(), ErrorCode::NonWorkingDay);
}

TEST(BookingWindow, TodayIsBangkokToday) {
  const Calendar& cal = testing::reference_calendar();
  // 23:59:59 on Sunday 22 Nov in Bangkok (16:59:59 UTC): tomorrow is Monday 23 Nov.
  const UnixSeconds sunday_late = testing::kMon23Nov2026Midnight - 1;
  EXPECT_TRUE(check_window(kRules, cal, sunday_late, {2026, 11, 23}, 0));
  EXPECT_EQ(check_window(kRules, cal, sunday_late + 1, {2026, 11, 23}, 0).error(), ErrorCode::OutsideWindow);
}

TEST(BookingWindow, SlotsAndTheirBoundaries) {
  const Calendar& cal = testing::reference_calendar();
  const UnixSeconds now = at_23_nov(10);
  EXPECT_EQ(check_window(kRules, cal, now, {2026, 11, 24}, -1).error(), ErrorCode::InvalidSlot);
  EXPECT_EQ(check_window(kRules, cal, now, {2026, 11, 24}, 6).error(), ErrorCode::InvalidSlot);
  EXPECT_EQ(check_window(kRules, cal, now, {2026, 2, 30}, 0).error(), ErrorCode::InvalidDate);
  // With same-day booking switched on, a slot that has started is refused.
  RulesConfig same_day = kRules;
  same_day.first_day_ahead = 0;
  EXPECT_TRUE(check_window(same_day, cal, at_23_nov(9, 59, 59), {2026, 11, 23}, 2));
  EXPECT_EQ(check_window(same_day, cal, at_23_nov(10), {2026, 11, 23}, 2).error(), ErrorCode::SlotStarted);
}

TEST(BookingDecision, AcceptedBookingKeepsNoNationalId) {
  const auto b = decide_booking(rules(), at_23_nov(10), birth_request(), {}, "bk-1", "keyed-hash");
  ASSERT_TRUE(b) << error_code_name(b.error());
  EXPECT_EQ(b->state, BookingState::Confirmed);
  EXPECT_EQ(b->id_last4, "8781");
  EXPECT_EQ(b->citizen_key, "keyed-hash");
  EXPECT_EQ(b->name, "สมชาย ใจดี");
  EXPECT_EQ(b->mobile, "");
  EXPECT_EQ(b->pre_service, std::nullopt);
  const std::string json = booking_to_json(b.value());
  EXPECT_EQ(json.find("1234545678781"), std::string::npos);
  EXPECT_EQ(json.find("45678781"), std::string::npos);
  EXPECT_EQ(booking_from_json(json), b.value());
}

TEST(BookingDecision, FifthBookingFitsSixthIsRefused) {
  EXPECT_TRUE(decide_booking(rules(), at_23_nov(10), birth_request(), {4, 0}, "bk", "h"));
  EXPECT_EQ(refusal(birth_request(), {5, 0}), ErrorCode::SlotFull);
  RulesConfig bigger = kRules;
  bigger.capacity_per_slot = 6;
  EXPECT_TRUE(decide_booking(
      {bigger, testing::reference_calendar(), testing::reference_catalog(), testing::reference_offices()},
      at_23_nov(10), birth_request(), {5, 0}, "bk", "h"));
}

TEST(BookingDecision, OneActiveBookingPerServicePerDay) {
  EXPECT_EQ(refusal(birth_request(), {0, 1}), ErrorCode::DuplicateBooking);
  EXPECT_FALSE(is_active(BookingState::Cancelled));
  EXPECT_FALSE(is_active(BookingState::NoShow));
  EXPECT_FALSE(is_active(BookingState::Done));
  EXPECT_TRUE(is_active(BookingState::Requested));
  EXPECT_TRUE(is_active(BookingState::CheckedIn));
}

TEST(BookingDecision, InputIsValidatedWithTypedReasons) {
  auto r = birth_request();
  r.office_code = "9999";
  EXPECT_EQ(refusal(r), ErrorCode::UnknownOffice);
  r = birth_request();
  r.section_id = "nowhere";
  EXPECT_EQ(refusal(r), ErrorCode::UnknownSection);
  r = birth_request();
  r.service_id = "nothing";
  EXPECT_EQ(refusal(r), ErrorCode::UnknownService);
  r.service_id = "building_permit";  // a public-works service
  EXPECT_EQ(refusal(r), ErrorCode::ServiceNotInSection);
  r = birth_request();
  r.national_id = "1234545678782";
  EXPECT_EQ(refusal(r), ErrorCode::NationalIdCheckDigit);
  r = birth_request();
  r.name = "";
  EXPECT_EQ(refusal(r), ErrorCode::NameEmpty);
  r = birth_request();
  r.mobile = "0812345678";
  EXPECT_EQ(refusal(r), ErrorCode::MobileNotCollected);
  EXPECT_EQ(refusal(birth_request({2026, 12, 9})), ErrorCode::OutsideWindow);
  EXPECT_EQ(refusal(birth_request({2026, 12, 7})), ErrorCode::NonWorkingDay);
}

TEST(BookingDecision, PreServiceRequestForCertifiedCopies) {
  auto r = birth_request({2026, 11, 24});
  r.service_id = "house_reg_copy";
  r.mobile = "+66 81 234 5678";
  EXPECT_EQ(refusal(r), ErrorCode::MissingRequestFields);
  r.pre_service = PreServiceRequest{"jc1-1234567-89", 2, {2026, 11, 24}};
  const auto b = decide_booking(rules(), at_23_nov(10), r, {}, "bk", "h");
  ASSERT_TRUE(b) << error_code_name(b.error());
  EXPECT_EQ(b->pre_service->laser_code, "JC1123456789");
  EXPECT_EQ(b->pre_service->copies, 2);
  EXPECT_EQ(b->mobile, "0812345678");  // staff call when the copies are ready
  EXPECT_EQ(booking_from_json(booking_to_json(b.value())), b.value());

  auto no_phone = r;
  no_phone.mobile = "";
  EXPECT_EQ(refusal(no_phone), ErrorCode::InvalidMobile);
  no_phone.mobile = "021234567";  // a landline cannot take the ready message
  EXPECT_EQ(refusal(no_phone), ErrorCode::InvalidMobile);

  auto bad = r;
  bad.pre_service->laser_code = "JC1-1234567";
  EXPECT_EQ(refusal(bad), ErrorCode::InvalidLaserCode);
  bad = r;
  bad.pre_service->copies = 0;
  EXPECT_EQ(refusal(bad), ErrorCode::InvalidCopies);
  bad.pre_service->copies = kRules.max_copies + 1;
  EXPECT_EQ(refusal(bad), ErrorCode::InvalidCopies);
  bad = r;
  bad.pre_service->pickup_date = {2026, 11, 23};  // before the appointment
  EXPECT_EQ(refusal(bad), ErrorCode::InvalidPickupDate);
  bad.pre_service->pickup_date = {2026, 12, 5};  // holiday
  EXPECT_EQ(refusal(bad), ErrorCode::InvalidPickupDate);

  // A service without the form drops fields sent anyway.
  auto birth = birth_request();
  birth.pre_service = r.pre_service;
  EXPECT_EQ(decide_booking(rules(), at_23_nov(10), birth, {}, "bk", "h")->pre_service, std::nullopt);
}

TEST(BookingJson, MalformedInputIsRejectedWithAReason) {
  const auto b = decide_booking(rules(), at_23_nov(10), birth_request(), {}, "bk-1", "h").value();
  auto doc = nlohmann::json::parse(booking_to_json(b));
  doc["state"] = "teleported";
  EXPECT_THROW(booking_from_json(doc.dump()), std::invalid_argument);
  doc = nlohmann::json::parse(booking_to_json(b));
  doc.erase("slot");
  try {
    booking_from_json(doc.dump());
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("slot"), std::string::npos);
  }
  doc = nlohmann::json::parse(booking_to_json(b));
  doc["version"] = 2;
  EXPECT_THROW(booking_from_json(doc.dump()), std::invalid_argument);
  EXPECT_THROW(booking_from_json("nope"), std::invalid_argument);
  EXPECT_EQ(booking_state_from_name("checked_in"), BookingState::CheckedIn);
}

}  // namespace
}  // namespace khiw
