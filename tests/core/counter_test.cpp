// Counter mode's client side through apply_intent: login, desk, check-in by scan or typed code, actions
// sent one at a time with their keys and replayed after a lost answer, the session running out, and the
// staff record on the device.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/app_update.h"
#include "tests/core/counter_fixture.h"

namespace khiw {
namespace {

using nlohmann::json;
using testing::of_type;

using testing::at_desk;
using testing::booking_json;
using testing::front_answer;
using testing::kToday;
using testing::login_answer;

// Counter mode opened on a started app, staff1001 and `password` typed and sent: what the send emitted.
std::vector<Effect> submit_login(AppState& s, const std::string& password) {
  apply_intent(s, OpenCounterMode{});
  EXPECT_EQ(s.nav.current(), Screen::StaffLogin);
  apply_intent(s, EditField{Field::StaffUsername, "staff1001"});
  apply_intent(s, EditField{Field::StaffPassword, password});
  return apply_intent(s, SubmitStaffLogin{});
}

TEST(Counter, LoginSendsThePasswordOnceAndKeepsItNowhere) {
  AppState s = testing::started_app();
  const auto sent = of_type<HttpRequest>(submit_login(s, "secret-pass"));
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].path, "/api/staff/login");
  EXPECT_NE(sent[0].body.find("secret-pass"), std::string::npos);
  EXPECT_TRUE(s.counter.login.password.empty());

  const auto effects = apply_intent(s, HttpReplied{Reply::StaffLogin, 200, login_answer(testing::kAppNow + 3600), ""});
  EXPECT_EQ(s.nav.current(), Screen::CounterSetup);
  for (const StoreRecord& r : of_type<StoreRecord>(effects)) EXPECT_EQ(r.json.find("secret-pass"), std::string::npos);
  const auto staff = of_type<StoreRecord>(effects);
  ASSERT_TRUE(std::any_of(staff.begin(), staff.end(), [](const StoreRecord& r) { return r.key == kStaffRecord; }));
}

TEST(Counter, AWrongPasswordSaysSoAndStaysOnTheLogin) {
  AppState s = testing::started_app();
  submit_login(s, "wrong");
  apply_intent(s, HttpReplied{Reply::StaffLogin, 401, R"({"error":"unauthorized"})", ""});
  EXPECT_EQ(s.nav.current(), Screen::StaffLogin);
  EXPECT_EQ(s.counter.login.error, "unauthorized");
  EXPECT_EQ(s.counter.login.username, "staff1001");
}

// Found by app_replies_fuzz: a login whose session had already ended by this device's clock opened the
// desk, and the next tick closed it again (at every try); the records written then did not load back the same.
TEST(Counter, FuzzRegressionALoginThatHasEndedByThisDevicesClockAsksToSetTheClock) {
  AppState s = testing::started_app();
  submit_login(s, "secret-pass");
  apply_intent(s, HttpReplied{Reply::StaffLogin, 200, login_answer(s.now), ""});
  EXPECT_EQ(s.nav.current(), Screen::StaffLogin);
  EXPECT_EQ(s.counter.login.error, "device_clock");
  EXPECT_TRUE(s.counter.session.token.empty());
  EXPECT_EQ(s.counter.login.username, "staff1001");

  // Such an answer arriving at a clerk's desk leaves their session and screen as they were.
  AppState d = at_desk();
  const StaffSession before = d.counter.session;
  apply_intent(d, HttpReplied{Reply::StaffLogin, 200, login_answer(d.now - 3600), ""});
  EXPECT_EQ(d.counter.session, before);
  EXPECT_EQ(d.nav.current(), Screen::CounterDesk);
}

TEST(Counter, TheDeskReadsTheLineWithTheTokenAndAnUnchangedLineCostsA304) {
  AppState s = at_desk();
  EXPECT_EQ(s.counter.queue.line, std::vector<std::string>{"W001"});
  EXPECT_EQ(s.counter.roster.size(), 1u);
  const auto reads = of_type<HttpRequest>(apply_intent(s, CounterStreamEvent{}));
  ASSERT_EQ(reads.size(), 2u);
  EXPECT_EQ(reads[0].path, "/api/counter/1001/registration/queue");
  EXPECT_EQ(reads[0].bearer, "tok1");
  EXPECT_EQ(reads[0].if_none_match, "\"q1\"");
  EXPECT_EQ(reads[1].path, "/api/counter/1001/roster");
  apply_intent(s, HttpReplied{Reply::CounterQueue, 304, "", "registration"});
  EXPECT_EQ(s.counter.queue.line, std::vector<std::string>{"W001"});
}

TEST(Counter, AReconnectedStreamReadsEverythingAgain) {
  AppState s = at_desk();
  apply_intent(s, CounterStreamState{true});
  apply_intent(s, CounterStreamState{false});
  EXPECT_EQ(of_type<HttpRequest>(apply_intent(s, CounterStreamState{true})).size(), 2u);
  EXPECT_EQ(counter_stream_path(s.counter, s.nav, s.now), "/api/live/1001/events");
}

TEST(Counter, ActionsGoOneAtATimeInOrderEachWithItsOwnKey) {
  AppState s = at_desk();
  const auto first = of_type<HttpRequest>(apply_intent(s, CounterAct{CounterAction::CallNext, ""}));
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].path, "/api/counter/1001/registration/call-next");
  EXPECT_EQ(json::parse(first[0].body), json({{"counter", 1}}));
  EXPECT_FALSE(first[0].idempotency_key.empty());
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, CounterAct{CounterAction::Done, "W001"})).empty());  // waits
  const auto next = of_type<HttpRequest>(
      apply_intent(s, front_answer(s, 200, R"({"ticket":"W001"})")));
  ASSERT_EQ(next.size(), 3u);  // the line and roster again, then the next action
  EXPECT_EQ(next[2].path, "/api/counter/1001/registration/done");
  EXPECT_NE(next[2].idempotency_key, first[0].idempotency_key);
}

TEST(Counter, ALostAnswerIsSentAgainWithTheSameKeyAfterAPause) {
  AppState s = at_desk();
  apply_intent(s, CounterStreamState{true});  // live: ticks read nothing, only resend
  const HttpRequest sent = of_type<HttpRequest>(apply_intent(s, CounterAct{CounterAction::CallNext, ""}))[0];
  apply_intent(s, front_answer(s, 0, ""));
  EXPECT_EQ(unanswered_ops(s.counter), 1);
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, Tick{s.now + 1})).empty());
  const auto again = of_type<HttpRequest>(apply_intent(s, Tick{s.now + kCounterRetrySeconds}));
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].idempotency_key, sent.idempotency_key);
  EXPECT_EQ(again[0].body, sent.body);
}

TEST(Counter, AnActionTheServerKeepsFailingIsGivenUpSoTheNextOneGoesOut) {
  AppState s = at_desk();
  apply_intent(s, CounterStreamState{true});
  const HttpRequest sent = of_type<HttpRequest>(apply_intent(s, CounterAct{CounterAction::CallNext, ""}))[0];
  apply_intent(s, CounterAct{CounterAction::Done, "W001"});
  for (int i = 1; i < kCounterServerErrorTries; ++i) {
    apply_intent(s, front_answer(s, 500, R"({"error":"internal"})"));
    s.now += kCounterRetrySeconds;
    const auto again = of_type<HttpRequest>(apply_intent(s, Tick{s.now}));
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(again[0].idempotency_key, sent.idempotency_key);
  }
  apply_intent(s, front_answer(s, 504, "<html>gateway timeout</html>"));  // no answer: not counted
  s.now += kCounterRetrySeconds;
  ASSERT_EQ(of_type<HttpRequest>(apply_intent(s, Tick{s.now})).size(), 1u);
  const auto next = of_type<HttpRequest>(apply_intent(s, front_answer(s, 500, R"({"error":"internal"})")));
  ASSERT_EQ(s.counter.ops.size(), 1u);  // the call given up; "done" went out
  ASSERT_FALSE(next.empty());
  EXPECT_EQ(next.back().path, "/api/counter/1001/registration/done");
  EXPECT_FALSE(s.counter.notice.empty());  // the clerk is told the call was refused
}

TEST(Counter, AnAnswerToAnEarlierCheckInIsNotShownForTheNextCitizen) {
  AppState s = at_desk();
  apply_intent(s, OpenCheckIn{});
  apply_intent(s, EditField{Field::CounterCode, "7KQ2M9XD"});
  apply_intent(s, SubmitTypedCode{});
  apply_intent(s, ConfirmCheckIn{});
  const HttpReplied first = front_answer(s, 200, R"({"ticket":"A001","position":1})");
  apply_intent(s, NextCheckIn{});
  apply_intent(s, EditField{Field::CounterCode, "7KQ2M9XD"});
  apply_intent(s, SubmitTypedCode{});
  apply_intent(s, ConfirmCheckIn{});  // queued behind the first
  apply_intent(s, first);
  EXPECT_EQ(s.counter.check_in.step, CheckInStep::CheckingIn);
  EXPECT_EQ(s.counter.check_in.result_ticket, "");
}

TEST(Counter, UnansweredActionsSurviveAReloadAndGoOutWithTheirKeys) {
  AppState s = at_desk();
  const HttpRequest sent = of_type<HttpRequest>(apply_intent(s, CounterAct{CounterAction::CallNext, ""}))[0];
  AppState fresh = testing::started_app();
  apply_intent(fresh, StoredRecordsLoaded{"", "", "", true, "", "", counter_record_to_json(s.counter)});
  EXPECT_EQ(unanswered_ops(fresh.counter), 1);
  const auto again = of_type<HttpRequest>(apply_intent(fresh, Tick{fresh.now}));
  ASSERT_FALSE(again.empty());
  EXPECT_EQ(again[0].idempotency_key, sent.idempotency_key);
  EXPECT_EQ(again[0].body, sent.body);
  EXPECT_EQ(again[0].bearer, "tok1");
}

TEST(Counter, AnotherClerksLoginNeverSendsThePreviousClerksActions) {
  AppState s = at_desk();
  apply_intent(s, CounterAct{CounterAction::CallNext, ""});
  apply_intent(s, StaffLogout{});
  apply_intent(s, EditField{Field::StaffUsername, "staff1001b"});
  apply_intent(s, EditField{Field::StaffPassword, "pw"});
  apply_intent(s, SubmitStaffLogin{});
  const std::string other = json{{"token", "tok2"}, {"expires_at", testing::kAppNow + 3600}, {"username", "staff1001b"},
                                 {"office_code", "1001"}}.dump();
  const auto after = of_type<HttpRequest>(apply_intent(s, HttpReplied{Reply::StaffLogin, 200, other, ""}));
  for (const HttpRequest& r : after) EXPECT_NE(r.method, "POST") << r.path;
  EXPECT_TRUE(s.counter.ops.empty());
  EXPECT_EQ(s.counter.notice, "actions_discarded");
}

TEST(Counter, WithoutTheStreamTheLineIsReadEveryFewSeconds) {
  AppState s = at_desk();
  EXPECT_FALSE(s.counter.stream_connected);
  EXPECT_EQ(of_type<HttpRequest>(apply_intent(s, Tick{s.now + 1})).size(), 2u);
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, Tick{s.now + 2})).empty());
  EXPECT_EQ(of_type<HttpRequest>(apply_intent(s, Tick{s.now + 1 + kCounterReadSeconds})).size(), 2u);
  apply_intent(s, CounterStreamState{true});
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, Tick{s.now + 100})).empty());
}

TEST(Counter, ARefusedQrStillInViewIsNotVerifiedAgain) {
  AppState s = at_desk();
  apply_intent(s, OpenCheckIn{});
  const std::string qr = "KHIW1.7KQ2M9XD.1002.2026-11-23.0.sig";
  apply_intent(s, CodeScanned{qr});
  apply_intent(s, HttpReplied{Reply::CounterVerify, 403, R"({"error":"forbidden_office"})", ""});
  EXPECT_EQ(s.counter.check_in.error, "forbidden_office");
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, CodeScanned{qr})).empty());
  EXPECT_EQ(of_type<HttpRequest>(apply_intent(s, CodeScanned{"KHIW1.OTHER"})).size(), 1u);
}

TEST(Counter, ALongThaiPauseReasonIsCutBetweenCharacters) {
  AppState s = at_desk();
  std::string reason;
  for (int i = 0; i < 100; ++i) reason += "พัก";  // 3 bytes a character
  apply_intent(s, EditField{Field::PauseReason, reason});
  EXPECT_LE(s.counter.pause_reason.size(), kMaxPauseReasonBytes);
  EXPECT_EQ(s.counter.pause_reason.size() % 3, 0u);
  const auto sent = of_type<HttpRequest>(apply_intent(s, CounterAct{CounterAction::Pause, ""}));
  ASSERT_EQ(sent.size(), 1u);  // written as JSON without throwing
  EXPECT_EQ(json::parse(sent[0].body)["reason"].get<std::string>().size() % 3, 0u);
}

TEST(Counter, ARefusedActionIsShownUntilTheNext) {
  AppState s = at_desk();
  apply_intent(s, CounterAct{CounterAction::CallNext, ""});
  apply_intent(s, front_answer(s, 409, R"({"error":"counter_busy"})"));
  EXPECT_EQ(s.counter.notice, "counter_busy");
  EXPECT_TRUE(s.counter.ops.empty());
  apply_intent(s, CounterAct{CounterAction::DeskWalkIn, ""});
  EXPECT_EQ(s.counter.notice, "");
}

TEST(Counter, ADeskWalkInCarriesThePriorityTheClerkChose) {
  AppState s = at_desk();
  const auto sent = of_type<HttpRequest>(apply_intent(s, CounterAct{CounterAction::DeskWalkIn, "", "elderly"}));
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].path, "/api/counter/1001/registration/walk-in");
  EXPECT_EQ(json::parse(sent[0].body), json({{"priority", "elderly"}}));
  apply_intent(s, front_answer(s, 200, R"({"ticket":"W001"})"));
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, CounterAct{CounterAction::DeskWalkIn, "", "vip"})).empty());
  EXPECT_EQ(json::parse(of_type<HttpRequest>(apply_intent(s, CounterAct{CounterAction::DeskWalkIn, ""}))[0].body),
            json::object());
}

TEST(Counter, AnExpiredSessionGoesBackToTheLoginKeepingWhatWasTypedAndQueued) {
  AppState s = at_desk();
  apply_intent(s, OpenCheckIn{});
  apply_intent(s, EditField{Field::CounterCode, "7KQ2M9XD"});
  apply_intent(s, CounterAct{CounterAction::CallNext, ""});
  apply_intent(s, front_answer(s, 401, R"({"error":"unauthorized"})"));
  EXPECT_EQ(s.nav.current(), Screen::StaffLogin);
  EXPECT_TRUE(s.counter.login.expired);
  EXPECT_EQ(s.counter.check_in.typed, "7KQ2M9XD");
  ASSERT_EQ(s.counter.ops.size(), 1u);
  apply_intent(s, EditField{Field::StaffPassword, "secret-pass"});
  apply_intent(s, SubmitStaffLogin{});
  const auto after = of_type<HttpRequest>(
      apply_intent(s, HttpReplied{Reply::StaffLogin, 200, login_answer(testing::kAppNow + 3600), ""}));
  EXPECT_EQ(s.nav.current(), Screen::CounterDesk);
  ASSERT_FALSE(after.empty());
  EXPECT_EQ(after.back().path, "/api/counter/1001/registration/call-next");  // the queued action goes on
  EXPECT_EQ(after.back().bearer, "tok1");
}

TEST(Counter, ASessionPastItsExpiryEndsAtTheNextTick) {
  AppState s = at_desk();
  apply_intent(s, Tick{testing::kAppNow + 8 * 3600 + 1});
  EXPECT_EQ(s.nav.current(), Screen::StaffLogin);
  EXPECT_EQ(counter_stream_path(s.counter, s.nav, s.now), "");
}

TEST(Counter, AScannedQrIsVerifiedThenCheckedInWithPriorityInItsSection) {
  AppState s = at_desk();
  apply_intent(s, OpenCheckIn{});
  const auto verify = of_type<HttpRequest>(apply_intent(s, CodeScanned{"KHIW1.7KQ2M9XD.1001.2026-11-23.0.sig"}));
  ASSERT_EQ(verify.size(), 1u);
  EXPECT_EQ(verify[0].path, "/api/counter/1001/verify");
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, CodeScanned{"KHIW1.7KQ2M9XD.1001.2026-11-23.0.sig"})).empty());
  apply_intent(s, HttpReplied{Reply::CounterVerify, 200,
                              "{\"valid\":true,\"booking\":" + booking_json("7KQ2M9XD", kToday, "confirmed") + "}", ""});
  const CheckInDesk& d = s.counter.check_in;
  ASSERT_EQ(d.step, CheckInStep::Found);
  EXPECT_FALSE(d.shown.empty());  // the service's documents, to tick
  apply_intent(s, ToggleShownDocument{0});
  EXPECT_TRUE(s.counter.check_in.shown[0]);
  apply_intent(s, SetPriority{"pregnancy"});
  const auto check_in = of_type<HttpRequest>(apply_intent(s, ConfirmCheckIn{}));
  ASSERT_EQ(check_in.size(), 1u);
  EXPECT_EQ(check_in[0].path, "/api/counter/1001/registration/check-in");
  EXPECT_EQ(json::parse(check_in[0].body), json({{"code", "7KQ2M9XD"}, {"priority", "pregnancy"}}));
  apply_intent(s, front_answer(s, 200, R"({"ticket":"A001","position":1})"));
  EXPECT_EQ(s.counter.check_in.step, CheckInStep::CheckedIn);
  EXPECT_EQ(s.counter.check_in.result_ticket, "A001");
  EXPECT_EQ(s.counter.check_in.result_position, 1);
}

TEST(Counter, ABookingForAnotherDayIsRefusedBeforeCheckIn) {
  AppState s = at_desk();
  apply_intent(s, OpenCheckIn{});
  apply_intent(s, CodeScanned{"KHIW1.7KQ2M9XD.1001.2026-11-25.0.sig"});
  apply_intent(s, HttpReplied{Reply::CounterVerify, 200,
                              "{\"valid\":true,\"booking\":" + booking_json("7KQ2M9XD", "2026-11-25", "confirmed") + "}", ""});
  EXPECT_EQ(s.counter.check_in.step, CheckInStep::Refused);
  EXPECT_EQ(s.counter.check_in.error, "wrong_day");
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, ConfirmCheckIn{})).empty());
}

TEST(Counter, AYesterdaysWalkInTicketIsRefused) {
  AppState s = at_desk();
  apply_intent(s, OpenCheckIn{});
  apply_intent(s, CodeScanned{"KHIW1.W001.1001.registration.2026-11-20.sig"});
  apply_intent(s, HttpReplied{Reply::CounterVerify, 200,
                              R"({"valid":true,"ticket":{"number":"W001","office_code":"1001","section_id":"registration",)"
                              R"("date":"2026-11-20","state":"remote","position":1}})", ""});
  EXPECT_EQ(s.counter.check_in.error, "wrong_day");
}

TEST(Counter, ALateCitizenGetsAWalkInTicketInstead) {
  AppState s = at_desk();
  apply_intent(s, OpenCheckIn{});
  apply_intent(s, EditField{Field::CounterCode, "7kq2-m9xd"});  // typed loosely
  apply_intent(s, SubmitTypedCode{});
  ASSERT_EQ(s.counter.check_in.step, CheckInStep::Found);
  apply_intent(s, ConfirmCheckIn{});
  apply_intent(s, front_answer(s, 422, R"({"error":"too_late"})"));
  EXPECT_EQ(s.counter.check_in.error, "too_late");
  const auto walk_in = of_type<HttpRequest>(apply_intent(s, WalkInInstead{}));
  ASSERT_EQ(walk_in.size(), 1u);
  EXPECT_EQ(walk_in[0].path, "/api/counter/1001/registration/walk-in");
  apply_intent(s, front_answer(s, 200, R"({"ticket":"W002"})"));
  EXPECT_EQ(s.counter.check_in.step, CheckInStep::WalkInIssued);
  EXPECT_EQ(s.counter.check_in.result_ticket, "W002");
}

TEST(Counter, AnUnknownTypedCodeSaysNotFound) {
  AppState s = at_desk();
  apply_intent(s, OpenCheckIn{});
  apply_intent(s, EditField{Field::CounterCode, "ZZZZZZZZ"});
  apply_intent(s, SubmitTypedCode{});
  EXPECT_EQ(s.counter.check_in.error, "ticket_not_found");
}

TEST(Counter, CountsComeFromTheLine) {
  SectionQueue q = open_queue("1001", "registration", *parse_iso_date(kToday), 2);
  q.tickets = {{"W001", TicketKind::WalkIn, TicketState::Done, "", 0, 100, 400, 700, 1},
               {"W002", TicketKind::WalkIn, TicketState::NoShow, "", 0, 200, 400, 0, 2},
               {"W003", TicketKind::WalkIn, TicketState::Waiting, "", 0, 300},
               {"W004", TicketKind::RemoteWalkIn, TicketState::Remote, "", 0, 300}};
  for (Ticket& t : q.tickets) t.first_called_at = t.called_at;  // each called once
  const CounterCounts n = counter_counts(q);
  EXPECT_EQ(n.waiting, 1);
  EXPECT_EQ(n.remote, 1);
  EXPECT_EQ(n.served, 1);
  EXPECT_EQ(n.no_shows, 1);
  EXPECT_EQ(n.mean_wait, (300 + 200) / 2);
}

TEST(Counter, TheStaffRecordRestoresTheSessionAndDeskButNeverThePassword) {
  AppState s = at_desk();
  const std::string record = counter_record_to_json(s.counter);
  EXPECT_EQ(record.find("secret-pass"), std::string::npos);
  AppState fresh = testing::started_app();
  apply_intent(fresh, StartApp{"", "seed2", testing::kAppNow, "", "counter"});
  apply_intent(fresh, StoredRecordsLoaded{"", "", "", true, "", "", record});
  EXPECT_EQ(fresh.nav.current(), Screen::CounterDesk);
  EXPECT_EQ(fresh.counter.session.token, "tok1");
  EXPECT_EQ(fresh.counter.desk.counter, 1);
}

TEST(Counter, LogoutForgetsTheSessionButTheDeviceStaysThisCounter) {
  AppState s = at_desk();
  const auto out = of_type<HttpRequest>(apply_intent(s, StaffLogout{}));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].bearer, "tok1");
  EXPECT_TRUE(s.counter.session.token.empty());
  EXPECT_EQ(s.counter.desk.section_id, "registration");
  EXPECT_EQ(s.nav.current(), Screen::StaffLogin);
}

}  // namespace
}  // namespace khiw
