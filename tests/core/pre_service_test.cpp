#include "core/pre_service.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/booking.h"
#include "tests/core/reference_data.h"

namespace khiw {
namespace {

using testing::at_23_nov;
using enum PreServiceState;
using Kind = PreServiceActionKind;

using testing::kRules;
constexpr const char* kLaser = "JC1123456789";  // normalised, as stored
constexpr const char* kKey = "keyed-hash";

BookingRules rules() {
  return {kRules, testing::reference_calendar(), testing::reference_catalog(), testing::reference_offices()};
}

BookingRequest copy_request(std::string pickup_office = "") {
  BookingRequest r;
  r.office_code = "1040";
  r.section_id = "registration";
  r.service_id = "house_reg_copy";
  r.date = {2026, 11, 24};
  r.national_id = "1-2345-45678-78-1";
  r.name = "สมชาย ใจดี";
  r.mobile = "0812345678";
  r.pre_service = PreServiceRequest{"jc1-1234567-89", 2, {2026, 11, 25}, std::move(pickup_office), {}};
  return r;
}

// A booked request at 1040 picked up at 1001, in `state`.
Booking booked(PreServiceState state = Pending) {
  Booking b = decide_booking(rules(), at_23_nov(10), copy_request("1001"), {}, "BK000001", kKey).value();
  b.pre_service->progress.state = state;
  return b;
}

PreServiceAction action(Kind kind) {
  PreServiceAction a{kind, 4000, "เอกสารไม่ครบ", kKey, "jc1-1234567-89"};
  return a;
}

TEST(PreServiceDecision, PickupOfficeDefaultsToTheBookingsAndMustBeADistrictOffice) {
  const auto here = decide_booking(rules(), at_23_nov(10), copy_request(), {}, "bk", kKey);
  ASSERT_TRUE(here) << error_code_name(here.error());
  EXPECT_EQ(here->pre_service->pickup_office, "1040");
  EXPECT_EQ(here->pre_service->progress, (PreServiceProgress{Pending, std::nullopt, "", at_23_nov(10), ""}));
  EXPECT_EQ(decide_booking(rules(), at_23_nov(10), copy_request("1001"), {}, "bk", kKey)->pre_service->pickup_office,
            "1001");
  for (const char* bad : {"9999", "10", "express-1", " 1001"}) {
    const auto b = decide_booking(rules(), at_23_nov(10), copy_request(bad), {}, "bk", kKey);
    ASSERT_FALSE(b) << bad;
    EXPECT_EQ(b.error(), ErrorCode::InvalidPickupOffice) << bad;
  }
  EXPECT_EQ(validate_request(rules(), copy_request("0000")).error(), ErrorCode::InvalidPickupOffice);
  EXPECT_EQ(error_code_name(ErrorCode::InvalidPickupOffice), "invalid_pickup_office");
}

TEST(PreServiceDecision, ProgressSentWithTheRequestIsIgnored) {
  BookingRequest r = copy_request();
  r.pre_service->progress = {PickedUp, 1, "x", 5, "someone"};
  EXPECT_EQ(decide_booking(rules(), at_23_nov(10), r, {}, "bk", kKey)->pre_service->progress.state, Pending);
}

struct TransitionCase {
  Kind kind;
  PreServiceState from;
  std::optional<PreServiceState> to;  // nullopt: refused as an illegal transition
};

TEST(PreServiceAction, EveryTransitionAllowedOrRefused) {
  const TransitionCase cases[] = {
      {Kind::Prepare, Pending, Prepared},   {Kind::Prepare, Prepared, {}},     {Kind::Prepare, Approved, {}},
      {Kind::Prepare, Rejected, {}},        {Kind::Prepare, PickedUp, {}},     {Kind::Approve, Pending, {}},
      {Kind::Approve, Prepared, Approved},  {Kind::Approve, Approved, {}},     {Kind::Approve, Rejected, {}},
      {Kind::Approve, PickedUp, {}},        {Kind::Reject, Pending, Rejected}, {Kind::Reject, Prepared, Rejected},
      {Kind::Reject, Approved, {}},         {Kind::Reject, Rejected, {}},      {Kind::Reject, PickedUp, {}},
      {Kind::Pickup, Pending, {}},          {Kind::Pickup, Prepared, {}},      {Kind::Pickup, Approved, PickedUp},
      {Kind::Pickup, Rejected, {}},         {Kind::Pickup, PickedUp, {}},
  };
  for (const TransitionCase& c : cases) {
    const std::string what = std::string(pre_service_action_name(c.kind)) + " from " +
                             std::string(pre_service_state_name(c.from));
    const auto next = apply_pre_service_action(booked(c.from), PreServiceRole::Both, action(c.kind), "staff1040",
                                               at_23_nov(11));
    if (!c.to) {
      ASSERT_FALSE(next) << what;
      EXPECT_EQ(next.error(), ErrorCode::IllegalTransition) << what;
      continue;
    }
    ASSERT_TRUE(next) << what << ": " << error_code_name(next.error());
    EXPECT_EQ(next->state, *c.to) << what;
    EXPECT_EQ(next->updated_at, at_23_nov(11));
    EXPECT_EQ(next->by, "staff1040");
  }
}

TEST(PreServiceAction, ThePreparingOfficePreparesAndOnlyThePickupOfficeHandsOver) {
  const Booking b = booked();
  EXPECT_EQ(pre_service_role(b, "1040"), PreServiceRole::Prepare);
  EXPECT_EQ(pre_service_role(b, "1001"), PreServiceRole::Pickup);
  EXPECT_EQ(pre_service_role(b, "1002"), PreServiceRole::None);
  Booking same = b;
  same.pre_service->pickup_office = "1040";
  EXPECT_EQ(pre_service_role(same, "1040"), PreServiceRole::Both);
  Booking none = b;
  none.pre_service.reset();
  EXPECT_EQ(pre_service_role(none, "1040"), PreServiceRole::None);

  for (const PreServiceRole role : {PreServiceRole::Pickup, PreServiceRole::None})
    for (const Kind kind : {Kind::Prepare, Kind::Approve, Kind::Reject})
      EXPECT_EQ(apply_pre_service_action(booked(Prepared), role, action(kind), "x", 0).error(),
                ErrorCode::NotPreparingOffice);
  for (const PreServiceRole role : {PreServiceRole::Prepare, PreServiceRole::None})
    EXPECT_EQ(apply_pre_service_action(booked(Approved), role, action(Kind::Pickup), "x", 0).error(),
              ErrorCode::NotPickupOffice);
  EXPECT_TRUE(apply_pre_service_action(booked(Approved), PreServiceRole::Pickup, action(Kind::Pickup), "x", 0));
  EXPECT_TRUE(apply_pre_service_action(booked(), PreServiceRole::Prepare, action(Kind::Prepare), "x", 0));
}

TEST(PreServiceAction, FeeFromZeroToAThousandBaht) {
  for (const auto& [fee, ok] : std::vector<std::pair<int, bool>>{
           {0, true}, {4000, true}, {kMaxFeeSatang, true}, {-1, false}, {kMaxFeeSatang + 1, false}}) {
    PreServiceAction a = action(Kind::Approve);
    a.fee_satang = fee;
    const auto next = apply_pre_service_action(booked(Prepared), PreServiceRole::Prepare, a, "x", 0);
    EXPECT_EQ(next.ok(), ok) << fee;
    if (ok) EXPECT_EQ(next->fee_satang, fee);
    if (!ok) EXPECT_EQ(next.error(), ErrorCode::InvalidFee);
  }
}

TEST(PreServiceAction, RejectionReasonCountedInCharactersAfterTrimming) {
  const auto reject = [](std::string reason) {
    PreServiceAction a = action(Kind::Reject);
    a.reason = std::move(reason);
    return apply_pre_service_action(booked(), PreServiceRole::Prepare, a, "x", 0);
  };
  std::string thai200;
  for (int i = 0; i < 200; ++i) thai200 += "ก";  // 3 bytes each: 600 bytes, 200 characters
  EXPECT_EQ(reject("  " + thai200 + " ")->reason, thai200);
  EXPECT_EQ(reject(thai200 + "ก").error(), ErrorCode::InvalidReason);
  EXPECT_EQ(reject("   ").error(), ErrorCode::InvalidReason);
  EXPECT_EQ(reject("").error(), ErrorCode::InvalidReason);
  EXPECT_EQ(reject("ไม่พบ\x01ทะเบียน").error(), ErrorCode::InvalidReason);
  EXPECT_EQ(reject(" ไม่พบทะเบียนบ้าน ")->reason, "ไม่พบทะเบียนบ้าน");
  EXPECT_EQ(reject("x")->state, Rejected);
}

TEST(PreServiceAction, PickupNeedsTheRequestersIdAndLaserCode) {
  const auto pickup = [](std::string key, std::string laser) {
    PreServiceAction a = action(Kind::Pickup);
    a.citizen_key = std::move(key);
    a.laser_code = std::move(laser);
    return apply_pre_service_action(booked(Approved), PreServiceRole::Pickup, a, "staff1001", 0);
  };
  EXPECT_EQ(pickup(kKey, "JC1-1234567-89")->state, PickedUp);
  EXPECT_EQ(pickup(kKey, " jc1 1234567 89 ")->state, PickedUp);  // normalised like at booking
  EXPECT_EQ(pickup("other-hash", "JC1-1234567-89").error(), ErrorCode::IdMismatch);
  EXPECT_EQ(pickup("", "JC1-1234567-89").error(), ErrorCode::IdMismatch);  // a malformed ID
  EXPECT_EQ(pickup(kKey, "JC1-1234567-88").error(), ErrorCode::LaserMismatch);
  EXPECT_EQ(pickup(kKey, "JC1").error(), ErrorCode::LaserMismatch);
  EXPECT_EQ(pickup("other-hash", "JC1").error(), ErrorCode::IdMismatch);  // the ID is checked first
}

TEST(PreServiceAction, ACancelledBookingsRequestTakesNoAction) {
  for (const Kind kind : {Kind::Prepare, Kind::Approve, Kind::Reject, Kind::Pickup}) {
    Booking b = booked(kind == Kind::Pickup ? Approved : Pending);
    b.state = BookingState::Cancelled;
    EXPECT_EQ(apply_pre_service_action(b, PreServiceRole::Both, action(kind), "x", 0).error(),
              ErrorCode::BookingCancelled);
  }
  Booking none = booked();
  none.pre_service.reset();
  EXPECT_EQ(apply_pre_service_action(none, PreServiceRole::Both, action(Kind::Prepare), "x", 0).error(),
            ErrorCode::IllegalTransition);
}

TEST(PreServiceRecord, OldRecordWithoutProgressReadsAsPendingPickedUpWhereBooked) {
  const Booking b = booked();
  auto doc = nlohmann::json::parse(booking_to_json(b));
  doc["pre_service"] = {{"laser_code", kLaser}, {"copies", 2}, {"pickup_date", "2026-11-25"}};
  const Booking old = booking_from_json(doc.dump());
  ASSERT_TRUE(old.pre_service);
  EXPECT_EQ(old.pre_service->pickup_office, "1040");
  EXPECT_EQ(old.pre_service->progress, (PreServiceProgress{Pending, std::nullopt, "", b.created_at, ""}));

  Booking approved = booked();
  approved.pre_service->progress = {Approved, 4000, "", at_23_nov(12), "staff1040"};
  EXPECT_EQ(booking_from_json(booking_to_json(approved)), approved);
  doc = nlohmann::json::parse(booking_to_json(approved));
  doc["pre_service"]["state"] = "lost";
  EXPECT_THROW(booking_from_json(doc.dump()), std::invalid_argument);
}

TEST(PreServiceItem, JsonRoundTripWithoutLaserCodeOrCitizenKey) {
  Booking b = booked();
  b.pre_service->progress = {Rejected, std::nullopt, "ไม่พบทะเบียนบ้าน", at_23_nov(12), "staff1040"};
  const PreServiceItem item = pre_service_item(b, "1040");
  EXPECT_EQ(item.role, PreServiceRole::Prepare);
  EXPECT_EQ(pre_service_item(b, "1001").role, PreServiceRole::Pickup);
  const std::string text = pre_service_item_to_json(item);
  EXPECT_EQ(pre_service_item_from_json(text), item);
  EXPECT_EQ(text.find(kLaser), std::string::npos);
  EXPECT_EQ(text.find(kKey), std::string::npos);
  const auto doc = nlohmann::json::parse(text);
  EXPECT_EQ(doc["state"], "rejected");
  EXPECT_EQ(doc["reason"], "ไม่พบทะเบียนบ้าน");
  EXPECT_TRUE(doc["fee_satang"].is_null());
  EXPECT_EQ(doc["role"], "prepare");
  EXPECT_EQ(doc["pickup_office"], "1001");
  EXPECT_EQ(doc["id_last4"], "8781");

  b.pre_service->progress = {Approved, 4000, "", at_23_nov(12), "staff1040"};
  const std::vector<PreServiceItem> list = {item, pre_service_item(b, "1001")};
  EXPECT_EQ(pre_service_list_from_json(pre_service_list_to_json(list)), list);
  const auto approved = nlohmann::json::parse(pre_service_list_to_json(list))["requests"][1];
  EXPECT_EQ(approved["fee_satang"], 4000);
  EXPECT_TRUE(approved["reason"].is_null());
  EXPECT_THROW(pre_service_list_from_json(R"({"requests":[{"code":"x"}]})"), std::invalid_argument);
  EXPECT_THROW(pre_service_item_from_json("[]"), std::invalid_argument);
}

// Found by booking_json_fuzz: a pending request with a reason read it, wrote it as null, and read back
// without it.
TEST(PreServiceItem, OnlyARejectionReadsItsReason) {
  Booking b = booked();
  b.pre_service->progress = {Rejected, std::nullopt, "ไม่พบทะเบียนบ้าน", at_23_nov(12), "staff1040"};
  auto doc = nlohmann::json::parse(pre_service_item_to_json(pre_service_item(b, "1040")));
  EXPECT_EQ(pre_service_item_from_json(doc.dump()).progress.reason, "ไม่พบทะเบียนบ้าน");
  doc["state"] = "pending";
  const PreServiceItem pending = pre_service_item_from_json(doc.dump());
  EXPECT_EQ(pending.progress.reason, "");
  EXPECT_EQ(pre_service_item_from_json(pre_service_item_to_json(pending)), pending);
  doc["reason"] = 5;
  EXPECT_THROW(pre_service_item_from_json(doc.dump()), std::invalid_argument);
}

TEST(PreServiceView, CitizenSeesProgressAndPickupOfficeNotLaserOrStaff) {
  Booking b = booked();
  b.pre_service->progress = {Approved, 4000, "", at_23_nov(12), "staff1040"};
  const std::optional<PreServiceView> view = pre_service_view(b);
  ASSERT_TRUE(view);
  const nlohmann::json doc = {{"pre_service", pre_service_view_json(view)}};
  EXPECT_EQ(doc["pre_service"]["pickup_office"], "1001");
  EXPECT_EQ(doc["pre_service"]["fee_satang"], 4000);
  EXPECT_FALSE(doc["pre_service"].contains("by"));
  EXPECT_EQ(doc.dump().find(kLaser), std::string::npos);
  EXPECT_EQ(pre_service_view_from(doc, "booking"), view);
  EXPECT_EQ(pre_service_view_from(nlohmann::json::object(), "booking"), std::nullopt);
  b.pre_service.reset();
  EXPECT_TRUE(pre_service_view_json(pre_service_view(b)).is_null());
}

TEST(PreServiceNames, StatesRolesAndActionsAsInTheApi) {
  EXPECT_EQ(pre_service_state_name(PickedUp), "picked_up");
  EXPECT_EQ(pre_service_state_from_name("prepared"), Prepared);
  EXPECT_EQ(pre_service_state_from_name("open"), std::nullopt);
  EXPECT_EQ(pre_service_role_name(PreServiceRole::Both), "both");
  EXPECT_EQ(pre_service_action_name(Kind::Pickup), "pickup");
  EXPECT_TRUE(is_open(Approved));
  EXPECT_FALSE(is_open(Rejected));
  EXPECT_FALSE(is_open(PickedUp));
}

}  // namespace
}  // namespace khiw
