// The booking path transition by transition, through apply_intent as the app runs it.
#include "core/booking_flow.h"

#include <gtest/gtest.h>

#include "tests/core/app_fixture.h"

namespace khiw {
namespace {

using testing::availability_doc;
using testing::kAppNow;
using testing::of_type;
using testing::kValidId;
using testing::started_app;

using testing::at_date_screen;
using testing::at_review;
using testing::kTue;

TEST(BookingFlow, EachChoiceMovesOneScreenForward) {
  AppState s = started_app();
  apply_intent(s, OpenScreen{Screen::Offices});
  EXPECT_EQ(s.nav.current(), Screen::Offices);
  apply_intent(s, ChooseOffice{"1001"});
  EXPECT_EQ(s.nav.current(), Screen::Sections);
  apply_intent(s, ChooseSection{"registration"});
  EXPECT_EQ(s.nav.current(), Screen::Services);
  const auto effects = apply_intent(s, ChooseService{"idcard_renew_expired"});
  EXPECT_EQ(s.nav.current(), Screen::Date);
  const auto gets = of_type<HttpRequest>(effects);
  ASSERT_EQ(gets.size(), 1u);
  EXPECT_EQ(gets[0].path, "/api/availability?office=1001&section=registration");
  EXPECT_EQ(s.flow.availability_status, LoadStatus::Loading);
  EXPECT_EQ(s.nav.stack, (std::vector<Screen>{Screen::Start, Screen::Offices, Screen::Sections, Screen::Services,
                                               Screen::Date}));
}

TEST(BookingFlow, UnknownChoicesAndSectionsWithoutServicesGoNowhere) {
  AppState s = started_app();
  apply_intent(s, OpenScreen{Screen::Offices});
  apply_intent(s, ChooseOffice{"9999"});
  EXPECT_EQ(s.nav.current(), Screen::Offices);
  apply_intent(s, ChooseOffice{"1001"});
  apply_intent(s, ChooseSection{"education"});  // no bookable service in the data
  EXPECT_EQ(s.nav.current(), Screen::Sections);
  apply_intent(s, ChooseSection{"registration"});
  apply_intent(s, ChooseService{"land_building_tax"});  // another section's service
  EXPECT_EQ(s.nav.current(), Screen::Services);
}

TEST(BookingFlow, AvailabilityForAnotherSectionIsDropped) {
  AppState s = at_date_screen();
  ASSERT_EQ(s.flow.availability_status, LoadStatus::Ready);
  apply_intent(s, HttpReplied{Reply::Availability, 200, availability_doc("1002", "registration", kAppNow), "1002/registration"});
  EXPECT_EQ(s.flow.availability.office_code, "1001");
  apply_intent(s, HttpReplied{Reply::Availability, 503, "", "1001/registration"});
  EXPECT_EQ(s.flow.availability_status, LoadStatus::Failed);
  const auto retry = apply_intent(s, RetryAvailability{});
  EXPECT_EQ(of_type<HttpRequest>(retry).size(), 1u);
}

TEST(BookingFlow, FullDaysAndFullSlotsCannotBeChosen) {
  nlohmann::json full_day;
  for (int i = 0; i < 6; ++i) full_day["2026-11-24/" + std::to_string(i)] = 0;
  full_day["2026-11-25/2"] = 0;
  AppState s = at_date_screen(full_day);
  apply_intent(s, ChooseDate{kTue});
  EXPECT_EQ(s.nav.current(), Screen::Date);
  apply_intent(s, ChooseDate{Date{2026, 11, 28}});  // Saturday
  EXPECT_EQ(s.nav.current(), Screen::Date);
  apply_intent(s, ChooseDate{Date{2026, 11, 25}});
  EXPECT_EQ(s.nav.current(), Screen::Slot);
  apply_intent(s, ChooseSlot{2});
  EXPECT_EQ(s.nav.current(), Screen::Slot);
  apply_intent(s, ChooseSlot{3});
  EXPECT_EQ(s.nav.current(), Screen::Details);
  EXPECT_EQ(s.flow.draft.slot, 3);
}

TEST(BookingFlow, DetailsNeedAValidNameAndIdBeforeConsent) {
  AppState s = at_date_screen();
  apply_intent(s, ChooseDate{kTue});
  apply_intent(s, ChooseSlot{0});
  apply_intent(s, SubmitDetails{});
  EXPECT_EQ(s.nav.current(), Screen::Details);
  EXPECT_TRUE(s.flow.details_submitted);
  apply_intent(s, EditField{Field::Name, "สมชาย ใจดี"});
  apply_intent(s, EditField{Field::NationalId, "1101700203451"});  // wrong check digit
  apply_intent(s, SubmitDetails{});
  EXPECT_EQ(s.nav.current(), Screen::Details);
  EXPECT_EQ(field_error(s.flow.draft, Field::NationalId, s.ref.rules, true), ErrorCode::NationalIdCheckDigit);
  apply_intent(s, EditField{Field::NationalId, kValidId});
  apply_intent(s, SubmitDetails{});
  EXPECT_EQ(s.nav.current(), Screen::Consent);
}

TEST(BookingFlow, NothingIsSentWithoutConsent) {
  AppState s = at_date_screen();
  apply_intent(s, ChooseDate{kTue});
  apply_intent(s, ChooseSlot{0});
  apply_intent(s, EditField{Field::Name, "Somchai"});
  apply_intent(s, EditField{Field::NationalId, kValidId});
  apply_intent(s, SubmitDetails{});
  apply_intent(s, AcceptConsent{});
  EXPECT_EQ(s.nav.current(), Screen::Consent);
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, ConfirmBooking{})).empty());
  EXPECT_EQ(s.flow.send, SendStatus::Idle);
}

TEST(BookingFlow, ConfirmSendsOneRequestWithAKeyAndADoubleTapSendsNothing) {
  AppState s = at_review();
  ASSERT_EQ(s.nav.current(), Screen::Review);
  const auto first = of_type<HttpRequest>(apply_intent(s, ConfirmBooking{}));
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].method, "POST");
  EXPECT_EQ(first[0].path, "/api/bookings");
  EXPECT_EQ(first[0].idempotency_key, "seed-1");
  const auto body = nlohmann::json::parse(first[0].body);
  EXPECT_EQ(body["national_id"], kValidId);
  EXPECT_EQ(body["date"], "2026-11-24");
  EXPECT_FALSE(body.contains("mobile"));  // this service takes no phone number
  EXPECT_EQ(s.flow.send, SendStatus::Sending);
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, ConfirmBooking{})).empty());
}

TEST(BookingFlow, AServerFailureIsRetriedWithTheSameKey) {
  AppState s = at_review();
  const auto first = of_type<HttpRequest>(apply_intent(s, ConfirmBooking{}));
  apply_intent(s, HttpReplied{Reply::CreateBooking, 503, "", ""});
  EXPECT_EQ(s.flow.send, SendStatus::NotSent);
  EXPECT_EQ(s.nav.current(), Screen::Review);
  const auto retry = of_type<HttpRequest>(apply_intent(s, ConfirmBooking{}));
  ASSERT_EQ(retry.size(), 1u);
  EXPECT_EQ(retry[0], first[0]);
}

TEST(BookingFlow, ChangingTheDraftMakesANewKey) {
  AppState s = at_review();
  apply_intent(s, ConfirmBooking{});
  apply_intent(s, HttpReplied{Reply::CreateBooking, 503, "", ""});
  apply_intent(s, EditField{Field::Name, "สมหญิง ใจดี"});
  EXPECT_TRUE(s.flow.draft.idempotency_key.empty());
  const auto again = of_type<HttpRequest>(apply_intent(s, ConfirmBooking{}));
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].idempotency_key, "seed-2");
}

TEST(BookingFlow, ACreatedBookingBecomesATicketAndTheDraftIsGone) {
  AppState s = at_review();
  apply_intent(s, ConfirmBooking{});
  const BookingDraft sent = s.flow.draft;
  const auto effects = apply_intent(s, HttpReplied{Reply::CreateBooking, 201, testing::created_doc("7KQ2M9XD", sent), ""});
  EXPECT_EQ(s.nav.stack, (std::vector<Screen>{Screen::Start, Screen::Ticket}));
  EXPECT_EQ(s.mine.open_code, "7KQ2M9XD");
  ASSERT_EQ(s.mine.items.size(), 1u);
  EXPECT_GT(s.mine.items[0].qr_matrix.size, 0);
  EXPECT_EQ(s.flow.draft, BookingDraft{});
  // Both records are written; the session no longer holds the national ID.
  const auto stores = of_type<StoreRecord>(effects);
  ASSERT_EQ(stores.size(), 2u);
  for (const StoreRecord& r : stores) EXPECT_EQ(r.json.find(kValidId), std::string::npos) << r.key;
}

TEST(BookingFlow, SlotFullOffersTheNearestFreeSlotsAndAnAlternativeCanBeBooked) {
  AppState s = at_review();
  apply_intent(s, ConfirmBooking{});
  const auto refetch = of_type<HttpRequest>(apply_intent(
      s, HttpReplied{Reply::CreateBooking, 409, error_body_json(ErrorCode::SlotFull), ""}));
  EXPECT_EQ(s.flow.send, SendStatus::Refused);
  EXPECT_EQ(s.flow.refusal, ErrorCode::SlotFull);
  ASSERT_EQ(refetch.size(), 1u);
  EXPECT_EQ(refetch[0].reply, Reply::Availability);
  apply_intent(s, HttpReplied{Reply::Availability, 200,
                              availability_doc("1001", "registration", kAppNow, {{"2026-11-24/0", 0}}),
                              "1001/registration"});
  ASSERT_EQ(s.flow.alternatives.size(), 4u);
  EXPECT_EQ(s.flow.alternatives[0], (SlotChoice{kTue, 1, 5}));
  apply_intent(s, PickAlternative{Date{2030, 1, 1}, 0});  // not offered
  EXPECT_EQ(s.flow.draft.slot, 0);
  apply_intent(s, PickAlternative{kTue, 1});
  EXPECT_EQ(s.flow.draft.slot, 1);
  EXPECT_EQ(s.flow.send, SendStatus::Idle);
  const auto sent = of_type<HttpRequest>(apply_intent(s, ConfirmBooking{}));
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].idempotency_key, "seed-2");
  EXPECT_EQ(nlohmann::json::parse(sent[0].body)["slot"], 1);
}

TEST(BookingFlow, ADuplicateBookingOffersOtherDaysOnly) {
  AppState s = at_review();
  apply_intent(s, ConfirmBooking{});
  apply_intent(s, HttpReplied{Reply::CreateBooking, 409, error_body_json(ErrorCode::DuplicateBooking), ""});
  apply_intent(s, HttpReplied{Reply::Availability, 200, availability_doc("1001", "registration", kAppNow),
                              "1001/registration"});
  ASSERT_FALSE(s.flow.alternatives.empty());
  for (const SlotChoice& c : s.flow.alternatives) EXPECT_NE(c.date, kTue);
}

TEST(BookingFlow, OtherRefusalsKeepTheirCode) {
  AppState s = at_review();
  apply_intent(s, ConfirmBooking{});
  apply_intent(s, HttpReplied{Reply::CreateBooking, 400, R"({"error":"bad_json","message":{}})", ""});
  EXPECT_EQ(s.flow.send, SendStatus::Refused);
  EXPECT_FALSE(s.flow.refusal.has_value());
  EXPECT_EQ(s.flow.refusal_code, "bad_json");
}

// Office 1001, house registration copies (a pre-service request), on the details screen with the name and ID.
AppState at_copy_details() {
  AppState s = started_app();
  apply_intent(s, OpenScreen{Screen::Offices});
  apply_intent(s, ChooseOffice{"1001"});
  apply_intent(s, ChooseSection{"registration"});
  apply_intent(s, ChooseService{"house_reg_copy"});
  apply_intent(s, HttpReplied{Reply::Availability, 200, availability_doc("1001", "registration", kAppNow),
                              "1001/registration"});
  apply_intent(s, ChooseDate{kTue});
  apply_intent(s, ChooseSlot{0});
  apply_intent(s, EditField{Field::Name, "สมชาย ใจดี"});
  apply_intent(s, EditField{Field::NationalId, kValidId});
  return s;
}

// Then the request's fields, consent, and the review screen.
void fill_request(AppState& s) {
  apply_intent(s, EditField{Field::Mobile, "081-234-5678"});
  apply_intent(s, EditField{Field::LaserCode, "JC1-1234567-89"});
  apply_intent(s, SetPickupDate{Date{2026, 11, 25}});
  apply_intent(s, SubmitDetails{});
  apply_intent(s, SetConsent{true});
  apply_intent(s, AcceptConsent{});
}

TEST(BookingFlow, PreServiceServicesSendMobileAndRequest) {
  AppState s = at_copy_details();
  apply_intent(s, SubmitDetails{});
  EXPECT_EQ(s.nav.current(), Screen::Details);  // mobile, laser code, pickup date missing
  apply_intent(s, SetCopies{99});
  EXPECT_EQ(s.flow.draft.copies, s.ref.rules.max_copies);
  apply_intent(s, SetCopies{2});
  fill_request(s);
  const auto sent = of_type<HttpRequest>(apply_intent(s, ConfirmBooking{}));
  ASSERT_EQ(sent.size(), 1u);
  const auto body = nlohmann::json::parse(sent[0].body);
  EXPECT_EQ(body["mobile"], "0812345678");  // as core normalises it (typed 081-234-5678)
  EXPECT_EQ(body["pre_service"]["laser_code"], "JC1123456789");
  EXPECT_EQ(body["pre_service"]["copies"], 2);
  EXPECT_EQ(body["pre_service"]["pickup_date"], "2026-11-25");
  EXPECT_FALSE(body["pre_service"].contains("pickup_office"));  // the booking's office, the server's default
}

TEST(BookingFlow, TheCopiesArePickedUpAtAnyDistrictOfficeChosenFromTheList) {
  AppState s = at_copy_details();
  apply_intent(s, ShowPickupOffices{true});
  apply_intent(s, EditField{Field::PickupOfficeSearch, "bang khae"});
  EXPECT_TRUE(s.flow.pickup_offices_shown);
  EXPECT_EQ(s.flow.pickup_search, "bang khae");
  apply_intent(s, SetPickupOffice{"9999"});  // not a district office: refused
  apply_intent(s, SetPickupOffice{""});
  EXPECT_EQ(s.flow.draft.pickup_office, "");
  EXPECT_TRUE(s.flow.pickup_offices_shown);
  apply_intent(s, SetPickupOffice{"1040"});
  EXPECT_EQ(s.flow.draft.pickup_office, "1040");
  EXPECT_FALSE(s.flow.pickup_offices_shown);
  EXPECT_EQ(s.flow.pickup_search, "");
  fill_request(s);
  const HttpRequest first = of_type<HttpRequest>(apply_intent(s, ConfirmBooking{}))[0];
  EXPECT_EQ(nlohmann::json::parse(first.body)["pre_service"]["pickup_office"], "1040");
  apply_intent(s, HttpReplied{Reply::CreateBooking, 500, R"({"error":"internal"})", ""});
  // Back at the booking's own office: the default again, and another body under a new key.
  apply_intent(s, SetPickupOffice{"1001"});
  EXPECT_EQ(s.flow.draft.pickup_office, "");
  const HttpRequest second = of_type<HttpRequest>(apply_intent(s, ConfirmBooking{}))[0];
  EXPECT_FALSE(nlohmann::json::parse(second.body)["pre_service"].contains("pickup_office"));
  EXPECT_NE(second.idempotency_key, first.idempotency_key);
}

TEST(BookingFlow, AServiceWithoutACopyRequestHasNoPickupOffice) {
  AppState s = at_review();
  apply_intent(s, SetPickupOffice{"1040"});
  EXPECT_EQ(s.flow.draft.pickup_office, "");
}

TEST(BookingFlow, BackStepsThroughTheFlowKeepingWhatWasTyped) {
  AppState s = at_review();
  apply_intent(s, GoBack{});
  EXPECT_EQ(s.nav.current(), Screen::Consent);
  apply_intent(s, GoBack{});
  EXPECT_EQ(s.nav.current(), Screen::Details);
  EXPECT_EQ(s.flow.draft.name, "สมชาย ใจดี");
  for (int i = 0; i < 20; ++i) apply_intent(s, GoBack{});
  EXPECT_EQ(s.nav.stack, std::vector<Screen>{Screen::Start});
}

}  // namespace
}  // namespace khiw
