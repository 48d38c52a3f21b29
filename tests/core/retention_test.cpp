#include "core/retention.h"

#include <gtest/gtest.h>

#include "core/pre_service.h"
#include "tests/core/reference_data.h"

namespace khiw {
namespace {

using testing::at_23_nov;
using testing::kRules;  // personal data kept 30 days

Booking finished(BookingState state, Date date) {
  Booking b;
  b.id = "bk-9";
  b.office_code = "1040";
  b.section_id = "registration";
  b.service_id = "house_reg_copy";
  b.date = date;
  b.slot = 1;
  b.citizen_key = "keyed-hash";
  b.id_last4 = "8781";
  b.name = "สมชาย ใจดี";
  b.mobile = "0812345678";
  b.pre_service = PreServiceRequest{"JC1123456789", 2, date};
  b.pre_service->progress.state = PreServiceState::PickedUp;
  b.state = state;
  return b;
}

TEST(Retention, PersonalDataExpiresAfterThirtyDaysPastTheAppointmentDay) {
  // Appointment on 24 Oct 2026; 23 Nov is day 30 after it (kept), 24 Nov day 31 (erased).
  const Booking b = finished(BookingState::Done, {2026, 10, 24});
  EXPECT_FALSE(personal_data_expired(kRules, b, at_23_nov(23, 59, 59)));
  EXPECT_TRUE(personal_data_expired(kRules, b, at_23_nov(23, 59, 59) + 1));
}

TEST(Retention, ActiveBookingsKeepTheirCitizen) {
  const Booking b = finished(BookingState::Confirmed, {2026, 1, 5});
  EXPECT_FALSE(personal_data_expired(kRules, b, at_23_nov(12)));
  for (BookingState s : {BookingState::Cancelled, BookingState::NoShow, BookingState::Done})
    EXPECT_TRUE(personal_data_expired(kRules, finished(s, {2026, 1, 5}), at_23_nov(12)));
}

TEST(Retention, APreServiceRequestKeepsItsCitizenUntilHandedOverAndCountsFromThePickupDay) {
  Booking b = finished(BookingState::Done, {2026, 10, 1});
  b.pre_service->progress.state = PreServiceState::Approved;  // the copies wait at the pickup office
  EXPECT_FALSE(personal_data_expired(kRules, b, at_23_nov(12)));
  b.state = BookingState::Cancelled;  // a cancelled booking's request is dead
  EXPECT_TRUE(personal_data_expired(kRules, b, at_23_nov(12)));
  b.state = BookingState::Done;
  b.pre_service->progress.state = PreServiceState::PickedUp;
  b.pre_service->pickup_date = {2026, 10, 24};  // 30 days after it is 23 Nov
  EXPECT_FALSE(personal_data_expired(kRules, b, at_23_nov(23, 59, 59)));
  EXPECT_TRUE(personal_data_expired(kRules, b, at_23_nov(23, 59, 59) + 1));
}

TEST(Retention, ErasingKeepsOnlyWhatStatisticsNeed) {
  const Booking b = finished(BookingState::Done, {2026, 1, 5});
  const Booking kept = without_personal_data(b);
  EXPECT_EQ(kept.name, "");
  EXPECT_EQ(kept.mobile, "");
  EXPECT_EQ(kept.citizen_key, "");
  EXPECT_EQ(kept.id_last4, "");
  EXPECT_EQ(kept.pre_service, std::nullopt);
  EXPECT_EQ(kept.id, b.id);
  EXPECT_EQ(kept.office_code, b.office_code);
  EXPECT_EQ(kept.service_id, b.service_id);
  EXPECT_EQ(kept.date, b.date);
  EXPECT_EQ(kept.slot, b.slot);
  EXPECT_EQ(kept.state, b.state);
  const std::string json = booking_to_json(kept);
  EXPECT_EQ(json.find("สมชาย"), std::string::npos);
  EXPECT_EQ(json.find("0812345678"), std::string::npos);
  EXPECT_EQ(json.find("JC1123456789"), std::string::npos);
  EXPECT_EQ(booking_from_json(json), kept);
}

// Long enough for an offline phone's resend up to the last day of the booking window.
TEST(Retention, IdempotencyAnswersLastSixteenDays) {
  EXPECT_EQ(idempotency_cutoff(kRules, at_23_nov(12)), at_23_nov(12) - 16 * 24 * 3600);
  RulesConfig longer;
  longer.idempotency_retention_seconds = 3 * 24 * 3600;
  EXPECT_EQ(idempotency_cutoff(longer, at_23_nov(12)), at_23_nov(12) - 3 * 24 * 3600);
}

}  // namespace
}  // namespace khiw
