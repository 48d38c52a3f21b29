// Counter mode's copy requests through apply_intent: the office's list read with the staff token and again
// on the event stream, each action's request (path, body, its own key) through the counter's queue, sent
// again with the same key, refusals kept with their request, and the ID typed at pickup never stored.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/app_update.h"
#include "tests/core/counter_fixture.h"
#include "tests/pre_service_items.h"

namespace khiw {
namespace {

using nlohmann::json;
using testing::at_desk;
using testing::copy_request_item;
using testing::front_answer;
using testing::kValidId;
using testing::of_type;

constexpr const char* kLaser = "JC1-1234567-89";

// A pending request this office prepares, one prepared here and handed over here, one another office
// approved that this office hands over.
std::vector<PreServiceItem> office_requests() {
  return {copy_request_item("7KQ2M9XD", PreServiceState::Pending, PreServiceRole::Prepare),
          copy_request_item("8ABCDEFG", PreServiceState::Prepared, PreServiceRole::Both),
          copy_request_item("9HJKMNPQ", PreServiceState::Approved, PreServiceRole::Pickup)};
}

HttpReplied list_answer(const std::vector<PreServiceItem>& items, const std::string& office = "1001") {
  return HttpReplied{Reply::PreServiceList, 200, pre_service_list_to_json(items), office};
}

// The desk's clerk on the copy requests screen, the list read.
AppState at_requests() {
  AppState s = at_desk();
  apply_intent(s, CounterStreamState{true});
  apply_intent(s, OpenPreServiceList{});
  apply_intent(s, list_answer(office_requests()));
  return s;
}

// The server's answer to an action: the request after it.
HttpReplied item_answer(const AppState& s, const std::string& code, PreServiceState state, PreServiceRole role) {
  return front_answer(s, 200, pre_service_item_to_json(copy_request_item(code, state, role)));
}

// Every device record the effects write.
std::string stored(const std::vector<Effect>& effects) {
  std::string all;
  for (const StoreRecord& r : of_type<StoreRecord>(effects)) all += r.json;
  return all;
}

TEST(CounterPreService, TheDeskOpensTheOfficesListWithTheStaffToken) {
  AppState s = at_desk();
  const auto reads = of_type<HttpRequest>(apply_intent(s, OpenPreServiceList{}));
  EXPECT_EQ(s.nav.current(), Screen::CounterPreService);
  ASSERT_EQ(reads.size(), 1u);
  EXPECT_EQ(reads[0].method, "GET");
  EXPECT_EQ(reads[0].path, "/api/counter/1001/pre-service");
  EXPECT_EQ(reads[0].bearer, "tok1");
  EXPECT_EQ(s.counter.pre_service.status, LoadStatus::Loading);
  apply_intent(s, list_answer(office_requests()));
  EXPECT_EQ(s.counter.pre_service.status, LoadStatus::Ready);
  EXPECT_EQ(s.counter.pre_service.items, office_requests());
  EXPECT_EQ(counter_stream_path(s.counter, s.nav, s.now), "/api/live/1001/events");  // live here too
}

TEST(CounterPreService, AFailedReadSaysSoAndAnAnswerForAnotherOfficeIsDropped) {
  AppState s = at_desk();
  apply_intent(s, OpenPreServiceList{});
  apply_intent(s, list_answer(office_requests(), "1040"));
  EXPECT_TRUE(s.counter.pre_service.items.empty());
  apply_intent(s, HttpReplied{Reply::PreServiceList, 500, R"({"error":"internal"})", "1001"});
  EXPECT_EQ(s.counter.pre_service.status, LoadStatus::Failed);
  EXPECT_EQ(of_type<HttpRequest>(apply_intent(s, OpenPreServiceList{})).size(), 1u);  // the retry
}

TEST(CounterPreService, TheListIsReadAgainOnEachChangeOfTheOfficeStream) {
  AppState s = at_requests();
  const auto reads = of_type<HttpRequest>(apply_intent(s, CounterStreamEvent{}));
  ASSERT_EQ(reads.size(), 3u);  // the desk's line and bookings, and the requests
  EXPECT_EQ(reads[2].path, "/api/counter/1001/pre-service");
  apply_intent(s, GoBack{});
  for (const HttpRequest& r : of_type<HttpRequest>(apply_intent(s, CounterStreamEvent{})))
    EXPECT_NE(r.reply, Reply::PreServiceList);  // the desk does not show them
}

TEST(CounterPreService, PrepareGoesOutAtOnceWithItsKeyAndTheAnswerShowsInPlace) {
  AppState s = at_requests();
  const auto sent = of_type<HttpRequest>(
      apply_intent(s, SubmitPreServiceAction{"7KQ2M9XD", PreServiceActionKind::Prepare}));
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].method, "POST");
  EXPECT_EQ(sent[0].path, "/api/counter/1001/pre-service/7KQ2M9XD/prepare");
  EXPECT_EQ(json::parse(sent[0].body), json::object());
  EXPECT_FALSE(sent[0].idempotency_key.empty());
  EXPECT_EQ(sent[0].bearer, "tok1");
  EXPECT_TRUE(pre_service_sending(s.counter, "7KQ2M9XD"));
  // A second tap while it is on its way sends nothing.
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, SubmitPreServiceAction{"7KQ2M9XD", PreServiceActionKind::Prepare}))
                  .empty());
  apply_intent(s, item_answer(s, "7KQ2M9XD", PreServiceState::Prepared, PreServiceRole::Prepare));
  EXPECT_FALSE(pre_service_sending(s.counter, "7KQ2M9XD"));
  EXPECT_EQ(find_pre_service_item(s.counter.pre_service, "7KQ2M9XD")->progress.state, PreServiceState::Prepared);
  EXPECT_EQ(s.counter.pre_service.items.size(), 3u);
}

TEST(CounterPreService, OnlyTheActionsTheServerAllowsForTheStateAndRoleGoOut) {
  AppState s = at_requests();
  // Approve a pending request, prepare one already prepared, hand over one not approved, prepare at the pickup office.
  apply_intent(s, OpenPreServiceForm{"7KQ2M9XD", PreServiceActionKind::Approve});
  apply_intent(s, EditField{Field::PreServiceFee, "40"});
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, SubmitPreServiceAction{"7KQ2M9XD", PreServiceActionKind::Approve}))
                  .empty());
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, SubmitPreServiceAction{"8ABCDEFG", PreServiceActionKind::Prepare}))
                  .empty());
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, SubmitPreServiceAction{"9HJKMNPQ", PreServiceActionKind::Reject}))
                  .empty());
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, SubmitPreServiceAction{"NOSUCH00", PreServiceActionKind::Prepare}))
                  .empty());
  EXPECT_TRUE(s.counter.ops.empty());
}

TEST(CounterPreService, ApproveSendsTheFeeTypedInBahtAsSatangAndRefusesOneOutOfRange) {
  AppState s = at_requests();
  apply_intent(s, OpenPreServiceForm{"8ABCDEFG", PreServiceActionKind::Approve});
  const SubmitPreServiceAction approve{"8ABCDEFG", PreServiceActionKind::Approve};
  for (const char* bad : {"", "abc", "1000.01", "40.555", "-5", "4.0.0"}) {
    apply_intent(s, EditField{Field::PreServiceFee, bad});
    EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, approve)).empty()) << bad;
    EXPECT_EQ(s.counter.pre_service.error, "invalid_fee") << bad;
    EXPECT_EQ(s.counter.pre_service.error_code, "8ABCDEFG");
  }
  apply_intent(s, EditField{Field::PreServiceFee, "40.50"});
  const auto sent = of_type<HttpRequest>(apply_intent(s, approve));
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].path, "/api/counter/1001/pre-service/8ABCDEFG/approve");
  EXPECT_EQ(json::parse(sent[0].body), json({{"fee_satang", 4050}}));
  EXPECT_EQ(s.counter.pre_service.error, "");
  apply_intent(s, item_answer(s, "8ABCDEFG", PreServiceState::Approved, PreServiceRole::Both));
  EXPECT_EQ(s.counter.pre_service.form_code, "");  // done: the form closes
  EXPECT_EQ(s.counter.pre_service.fee, "");
}

TEST(CounterPreService, FeesAreReadAsBaht) {
  EXPECT_EQ(fee_satang_from_baht("0").value(), 0);
  EXPECT_EQ(fee_satang_from_baht("40").value(), 4000);
  EXPECT_EQ(fee_satang_from_baht("40.5").value(), 4050);
  EXPECT_EQ(fee_satang_from_baht("1,000.00").value(), kMaxFeeSatang);
  EXPECT_EQ(fee_satang_from_baht("1001").error(), ErrorCode::InvalidFee);
  EXPECT_EQ(fee_satang_from_baht("99999999999999999999").error(), ErrorCode::InvalidFee);
  EXPECT_EQ(fee_satang_from_baht(".").error(), ErrorCode::InvalidFee);
}

TEST(CounterPreService, RejectNeedsAReasonOfOneTo200Characters) {
  AppState s = at_requests();
  apply_intent(s, OpenPreServiceForm{"7KQ2M9XD", PreServiceActionKind::Reject});
  const SubmitPreServiceAction reject{"7KQ2M9XD", PreServiceActionKind::Reject};
  apply_intent(s, EditField{Field::PreServiceReason, "   "});
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, reject)).empty());
  EXPECT_EQ(s.counter.pre_service.error, "invalid_reason");
  std::string long_reason;
  for (int i = 0; i < 201; ++i) long_reason += "ก";
  apply_intent(s, EditField{Field::PreServiceReason, long_reason});
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, reject)).empty());
  EXPECT_EQ(s.counter.pre_service.reason, long_reason);  // kept as typed, to be shortened by the clerk
  apply_intent(s, EditField{Field::PreServiceReason, " ไม่พบทะเบียนบ้าน "});
  const auto sent = of_type<HttpRequest>(apply_intent(s, reject));
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].path, "/api/counter/1001/pre-service/7KQ2M9XD/reject");
  EXPECT_EQ(json::parse(sent[0].body), json({{"reason", "ไม่พบทะเบียนบ้าน"}}));
}

TEST(CounterPreService, PickupChecksTheIdAndLaserCodeAsAtBookingThenSendsThemOnce) {
  AppState s = at_requests();
  apply_intent(s, OpenPreServiceForm{"9HJKMNPQ", PreServiceActionKind::Pickup});
  const SubmitPreServiceAction pickup{"9HJKMNPQ", PreServiceActionKind::Pickup};
  apply_intent(s, EditField{Field::PickupNationalId, "1101700203451"});  // the check digit is wrong
  apply_intent(s, EditField{Field::PickupLaserCode, kLaser});
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, pickup)).empty());
  EXPECT_EQ(s.counter.pre_service.error, "national_id_check_digit");
  apply_intent(s, EditField{Field::PickupNationalId, "1-1017-00203-45-0"});
  apply_intent(s, EditField{Field::PickupLaserCode, "JC1-123"});
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, pickup)).empty());
  EXPECT_EQ(s.counter.pre_service.error, "invalid_laser_code");
  apply_intent(s, EditField{Field::PickupLaserCode, kLaser});
  const auto effects = apply_intent(s, pickup);
  const auto sent = of_type<HttpRequest>(effects);
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].path, "/api/counter/1001/pre-service/9HJKMNPQ/pickup");
  EXPECT_EQ(json::parse(sent[0].body), json({{"national_id", kValidId}, {"laser_code", "JC1123456789"}}));
  EXPECT_EQ(sent[0].path.find(kValidId), std::string::npos);
  EXPECT_EQ(stored(effects).find("1101700203450"), std::string::npos);
  EXPECT_EQ(counter_record_to_json(s.counter).find("1101700203450"), std::string::npos);
  apply_intent(s, item_answer(s, "9HJKMNPQ", PreServiceState::PickedUp, PreServiceRole::Pickup));
  EXPECT_EQ(s.counter.pre_service.national_id, "");
  EXPECT_EQ(s.counter.pre_service.laser_code, "");
  EXPECT_EQ(find_pre_service_item(s.counter.pre_service, "9HJKMNPQ")->progress.state, PreServiceState::PickedUp);
}

TEST(CounterPreService, APickupRefusedAsAnotherPersonsSaysSoAndForgetsWhatWasShown) {
  AppState s = at_requests();
  apply_intent(s, OpenPreServiceForm{"9HJKMNPQ", PreServiceActionKind::Pickup});
  apply_intent(s, EditField{Field::PickupNationalId, kValidId});
  apply_intent(s, EditField{Field::PickupLaserCode, kLaser});
  apply_intent(s, SubmitPreServiceAction{"9HJKMNPQ", PreServiceActionKind::Pickup});
  const auto effects = apply_intent(s, front_answer(s, 422, R"({"error":"id_mismatch"})"));
  EXPECT_EQ(stored(effects).find(kValidId), std::string::npos);
  const PreServiceDesk& d = s.counter.pre_service;
  EXPECT_EQ(d.error, "id_mismatch");
  EXPECT_EQ(d.error_code, "9HJKMNPQ");
  EXPECT_EQ(d.national_id, "");
  EXPECT_EQ(d.laser_code, "");
  EXPECT_EQ(d.form_code, "9HJKMNPQ");  // still open, to type what the right card shows
  EXPECT_EQ(find_pre_service_item(d, "9HJKMNPQ")->progress.state, PreServiceState::Approved);
}

TEST(CounterPreService, ALostAnswerIsSentAgainWithTheSameKeyAndBody) {
  AppState s = at_requests();
  apply_intent(s, OpenPreServiceForm{"8ABCDEFG", PreServiceActionKind::Approve});
  apply_intent(s, EditField{Field::PreServiceFee, "40"});
  const HttpRequest first = of_type<HttpRequest>(
      apply_intent(s, SubmitPreServiceAction{"8ABCDEFG", PreServiceActionKind::Approve}))[0];
  apply_intent(s, front_answer(s, 0, ""));
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, Tick{s.now + 1})).empty());
  const auto again = of_type<HttpRequest>(apply_intent(s, Tick{s.now + kCounterRetrySeconds}));
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].idempotency_key, first.idempotency_key);
  EXPECT_EQ(again[0].body, first.body);
  // A server failing every time is given up, and the clerk told.
  for (int i = 0; i < kCounterServerErrorTries; ++i) {
    apply_intent(s, front_answer(s, 500, R"({"error":"internal"})"));
    apply_intent(s, Tick{s.now + kCounterRetrySeconds});
  }
  EXPECT_TRUE(s.counter.ops.empty());
  EXPECT_EQ(s.counter.pre_service.error, "internal");
}

TEST(CounterPreService, TheServersRefusalsStayWithTheirRequestUntilTheNextAction) {
  AppState s = at_requests();
  apply_intent(s, SubmitPreServiceAction{"7KQ2M9XD", PreServiceActionKind::Prepare});
  apply_intent(s, front_answer(s, 409, R"({"error":"illegal_transition"})"));
  EXPECT_EQ(s.counter.pre_service.error, "illegal_transition");
  EXPECT_EQ(s.counter.pre_service.error_code, "7KQ2M9XD");
  EXPECT_EQ(s.counter.notice, "");  // not the desk's refusal
  apply_intent(s, OpenPreServiceForm{"8ABCDEFG", PreServiceActionKind::Reject});
  EXPECT_EQ(s.counter.pre_service.error, "");
}

TEST(CounterPreService, AnExpiredSessionKeepsTheFormAndTheQueuedAction) {
  AppState s = at_requests();
  apply_intent(s, OpenPreServiceForm{"8ABCDEFG", PreServiceActionKind::Reject});
  apply_intent(s, EditField{Field::PreServiceReason, "ไม่พบทะเบียนบ้าน"});
  apply_intent(s, HttpReplied{Reply::PreServiceList, 401, R"({"error":"unauthorized"})", "1001"});
  EXPECT_EQ(s.nav.current(), Screen::StaffLogin);
  EXPECT_EQ(s.counter.pre_service.reason, "ไม่พบทะเบียนบ้าน");
}

TEST(CounterPreService, AReloadKeepsAnUnansweredApprovalButNeverAPickup) {
  AppState s = at_requests();
  apply_intent(s, OpenPreServiceForm{"8ABCDEFG", PreServiceActionKind::Approve});
  apply_intent(s, EditField{Field::PreServiceFee, "40"});
  apply_intent(s, SubmitPreServiceAction{"8ABCDEFG", PreServiceActionKind::Approve});
  apply_intent(s, OpenPreServiceForm{"9HJKMNPQ", PreServiceActionKind::Pickup});
  apply_intent(s, EditField{Field::PickupNationalId, kValidId});
  apply_intent(s, EditField{Field::PickupLaserCode, kLaser});
  const auto effects = apply_intent(s, SubmitPreServiceAction{"9HJKMNPQ", PreServiceActionKind::Pickup});
  EXPECT_EQ(stored(effects).find(kValidId), std::string::npos);
  ASSERT_EQ(s.counter.ops.size(), 2u);
  AppState fresh = testing::started_app();
  apply_intent(fresh, StoredRecordsLoaded{"", "", "", true, "", "", s.stored_staff});
  ASSERT_EQ(fresh.counter.ops.size(), 1u);
  EXPECT_EQ(fresh.counter.ops[0].request.path, "/api/counter/1001/pre-service/8ABCDEFG/approve");
}

TEST(CounterPreService, AReloadOnTheScreenOpensItAgain) {
  AppState s = at_requests();
  AppState fresh = testing::started_app();
  apply_intent(fresh, StartApp{"", "seed2", testing::kAppNow, "", "counter"});
  const auto reads = of_type<HttpRequest>(
      apply_intent(fresh, StoredRecordsLoaded{"", s.stored_session, "", true, "", "", s.stored_staff}));
  EXPECT_EQ(fresh.nav.current(), Screen::CounterPreService);
  EXPECT_TRUE(std::any_of(reads.begin(), reads.end(), [](const HttpRequest& r) { return r.reply == Reply::PreServiceList; }));
}

TEST(CounterPreService, TheStaffActionsAreTheServersTable) {
  using enum PreServiceActionKind;
  EXPECT_TRUE(pre_service_action_allowed(PreServiceRole::Prepare, PreServiceState::Pending, Prepare));
  EXPECT_TRUE(pre_service_action_allowed(PreServiceRole::Both, PreServiceState::Pending, Reject));
  EXPECT_FALSE(pre_service_action_allowed(PreServiceRole::Pickup, PreServiceState::Pending, Prepare));
  EXPECT_TRUE(pre_service_action_allowed(PreServiceRole::Prepare, PreServiceState::Prepared, Approve));
  EXPECT_FALSE(pre_service_action_allowed(PreServiceRole::Prepare, PreServiceState::Approved, Pickup));
  EXPECT_TRUE(pre_service_action_allowed(PreServiceRole::Both, PreServiceState::Approved, Pickup));
  EXPECT_FALSE(pre_service_action_allowed(PreServiceRole::Both, PreServiceState::Rejected, Approve));
}

TEST(CounterPreService, APickupOfficeListsOnlyWhatItHandsOver) {
  using enum PreServiceState;
  for (PreServiceState s : {Pending, Prepared, Approved, Rejected, PickedUp}) {
    EXPECT_TRUE(pre_service_listed(PreServiceRole::Prepare, s));
    EXPECT_TRUE(pre_service_listed(PreServiceRole::Both, s));
    EXPECT_EQ(pre_service_listed(PreServiceRole::Pickup, s), s == Approved || s == PickedUp);
    EXPECT_FALSE(pre_service_listed(PreServiceRole::None, s));
  }
}

}  // namespace
}  // namespace khiw
