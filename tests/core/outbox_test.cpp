// Offline booking through apply_intent as the app runs it: a booking with no answer waits in the queue,
// is sent through /api/sync, and ends confirmed (with its QR) or refused (with other slots, one tap to
// rebook); cancels wait too; everything survives a reload; the seats and reference data work offline.
#include "core/outbox.h"

#include <gtest/gtest.h>
#include <algorithm>

#include "tests/core/app_fixture.h"

namespace khiw {
namespace {

using nlohmann::json;
using testing::at_date_screen;
using testing::at_review;
using testing::availability_doc;
using testing::created_doc;
using testing::kAppNow;
using testing::kTue;
using testing::of_type;
using testing::started_app;

// Confirms at review and loses the answer: the booking now waits in the queue.
AppState with_lost_booking() {
  AppState s = at_review();
  apply_intent(s, ConfirmBooking{});
  apply_intent(s, HttpReplied{Reply::CreateBooking, 0, "", ""});
  return s;
}

std::string sync_reply(int status, const std::string& body) {
  return json{{"results", json::array({{{"status", status}, {"body", json::parse(body)}}})}}.dump();
}

std::string refused_doc(const std::string& code) { return json{{"error", code}}.dump(); }

TEST(Outbox, ABookingWithNoAnswerWaitsWithItsKeyAndNoQr) {
  AppState s = at_review();
  const auto sent = of_type<HttpRequest>(apply_intent(s, ConfirmBooking{}));
  ASSERT_EQ(sent.size(), 1u);
  apply_intent(s, HttpReplied{Reply::CreateBooking, 0, "", ""});
  ASSERT_EQ(s.outbox.bookings.size(), 1u);
  EXPECT_EQ(s.outbox.bookings[0].key, sent[0].idempotency_key);
  EXPECT_EQ(s.outbox.bookings[0].state, PendingState::Waiting);
  ASSERT_EQ(s.outbox.queue.ops.size(), 1u);
  EXPECT_EQ(s.outbox.queue.ops[0].body, sent[0].body);
  EXPECT_EQ(s.nav.current(), Screen::PendingBooking);
  EXPECT_EQ(s.outbox.open_key, sent[0].idempotency_key);
  EXPECT_TRUE(s.mine.items.empty());  // nothing is called a booking before the server says so
  EXPECT_EQ(s.flow.send, SendStatus::Idle);
  EXPECT_EQ(connection_status(s.outbox), ConnectionStatus::Offline);  // the request got no answer
}

TEST(Outbox, SyncSendsTheSameKeyAndBodyOnlyWhenOnline) {
  AppState s = with_lost_booking();
  const SyncOp op = s.outbox.queue.ops[0];
  apply_intent(s, ConnectionChanged{false});
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, Tick{kAppNow + 60})).empty());
  apply_intent(s, ConnectionChanged{true});
  const auto batch = of_type<HttpRequest>(apply_intent(s, Tick{kAppNow + 61}));
  ASSERT_EQ(batch.size(), 1u);
  EXPECT_EQ(batch[0].path, "/api/sync");
  const json ops = json::parse(batch[0].body)["operations"];
  ASSERT_EQ(ops.size(), 1u);
  EXPECT_EQ(ops[0]["op"], "create_booking");
  EXPECT_EQ(ops[0]["idempotency_key"], op.key);
  EXPECT_EQ(ops[0]["body"], json::parse(op.body));
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, Tick{kAppNow + 62})).empty());  // one batch at a time
}

TEST(Outbox, AnAcceptedBookingIsConfirmedWithItsQrAndAnnounced) {
  AppState s = with_lost_booking();
  const BookingDraft draft = s.outbox.bookings[0].draft;
  apply_intent(s, Tick{kAppNow + 5});
  const auto effects = apply_intent(s, HttpReplied{Reply::Sync, 200, sync_reply(201, created_doc("7KQ2M9XD", draft)), ""});
  EXPECT_TRUE(s.outbox.bookings.empty());
  EXPECT_TRUE(s.outbox.queue.ops.empty());
  ASSERT_EQ(s.mine.items.size(), 1u);
  EXPECT_EQ(s.mine.items[0].qr, "KHIW1.7KQ2M9XD.sig");
  EXPECT_GT(s.mine.items[0].qr_matrix.size, 0);
  EXPECT_EQ(s.nav.current(), Screen::Ticket);  // its waiting screen was open: the ticket replaces it
  EXPECT_EQ(s.mine.open_code, "7KQ2M9XD");
  EXPECT_EQ(s.outbox.notice.kind, OutboxNoticeKind::Confirmed);
  EXPECT_EQ(of_type<ShowNotification>(effects).size(), 1u);
  EXPECT_EQ(connection_status(s.outbox), ConnectionStatus::Online);
}

TEST(Outbox, NoAnswerToTheSyncKeepsTheBookingWaitingAndTriesAgainLater) {
  AppState s = with_lost_booking();
  apply_intent(s, Tick{kAppNow + 5});
  apply_intent(s, HttpReplied{Reply::Sync, 0, "", ""});
  ASSERT_EQ(s.outbox.bookings.size(), 1u);
  EXPECT_EQ(s.outbox.queue.ops[0].state, SyncOpState::Pending);
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, Tick{kAppNow + 6})).empty());  // pausing
  EXPECT_EQ(of_type<HttpRequest>(apply_intent(s, Tick{kAppNow + 5 + kSyncEverySeconds})).size(), 1u);
}

TEST(Outbox, ARefusalSaysWhyAndOffersSlotsHereAndAtTheNearestOffices) {
  AppState s = with_lost_booking();
  const std::string key = s.outbox.bookings[0].key;
  apply_intent(s, Tick{kAppNow + 5});
  // Its screen is open: the other slots are looked up at once (its office and the two nearest).
  const auto lookups =
      of_type<HttpRequest>(apply_intent(s, HttpReplied{Reply::Sync, 200, sync_reply(409, refused_doc("slot_full")), ""}));
  ASSERT_EQ(s.outbox.bookings.size(), 1u);
  EXPECT_EQ(s.outbox.bookings[0].state, PendingState::Refused);
  EXPECT_EQ(s.outbox.bookings[0].refusal_code, "slot_full");
  EXPECT_EQ(s.outbox.notice.kind, OutboxNoticeKind::None);  // its own screen says so
  EXPECT_TRUE(s.outbox.queue.ops.empty());
  apply_intent(s, OpenScreen{Screen::MyBookings});

  ASSERT_EQ(lookups.size(), 3u);
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, OpenPendingBooking{key})).empty());  // already asked
  EXPECT_EQ(lookups[0].context, key + "/1001");
  for (const HttpRequest& r : lookups) {
    const std::string office = r.context.substr(r.context.find('/') + 1);
    apply_intent(s, HttpReplied{Reply::AlternativeSeats, 200, availability_doc(office, "registration", kAppNow), r.context});
  }
  ASSERT_EQ(s.outbox.alternatives.size(), 3u + 2u + 2u);
  EXPECT_EQ(s.outbox.alternatives[0].office_code, "1001");
  EXPECT_FALSE(s.outbox.alternatives[0].date == kTue && s.outbox.alternatives[0].slot == 0);  // not the full one
  EXPECT_NE(s.outbox.alternatives[3].office_code, "1001");
  EXPECT_TRUE(s.outbox.alternatives[3].date == kTue && s.outbox.alternatives[3].slot == 0);  // free elsewhere

  // One tap books the other office's slot with a new key; the refused booking is gone.
  const RebookChoice choice = s.outbox.alternatives[3];
  const auto sent = of_type<HttpRequest>(apply_intent(s, Rebook{key, choice}));
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].path, "/api/bookings");
  EXPECT_NE(sent[0].idempotency_key, key);
  EXPECT_EQ(json::parse(sent[0].body)["office_code"], choice.office_code);
  EXPECT_EQ(s.flow.send, SendStatus::Sending);
  EXPECT_TRUE(s.outbox.bookings.empty());
  EXPECT_EQ(s.nav.current(), Screen::Review);
}

TEST(Outbox, ARefusalElsewhereInTheAppIsAnnouncedByABanner) {
  AppState s = with_lost_booking();
  apply_intent(s, GoBack{});
  apply_intent(s, Tick{kAppNow + 5});
  const auto effects = apply_intent(s, HttpReplied{Reply::Sync, 200, sync_reply(409, refused_doc("slot_full")), ""});
  EXPECT_TRUE(of_type<HttpRequest>(effects).empty());
  EXPECT_EQ(s.outbox.notice, (OutboxNotice{OutboxNoticeKind::Refused, s.outbox.bookings[0].key, ""}));
  EXPECT_EQ(of_type<HttpRequest>(apply_intent(s, OpenPendingBooking{s.outbox.bookings[0].key})).size(), 3u);
  EXPECT_EQ(s.outbox.notice.kind, OutboxNoticeKind::None);
}

TEST(Outbox, OnlyAnOfferedSlotCanBeRebooked) {
  AppState s = with_lost_booking();
  const std::string key = s.outbox.bookings[0].key;
  apply_intent(s, Tick{kAppNow + 5});
  apply_intent(s, HttpReplied{Reply::Sync, 200, sync_reply(409, refused_doc("slot_full")), ""});
  EXPECT_TRUE(apply_intent(s, Rebook{key, {"1001", kTue, 0, 5}}).empty());
  EXPECT_EQ(s.outbox.bookings.size(), 1u);
}

TEST(Outbox, CancellingABookingThatNeverLeftTheDeviceRemovesItAndSendsNothing) {
  AppState s = at_review();
  apply_intent(s, ConnectionChanged{false});
  apply_intent(s, ConfirmBooking{});
  apply_intent(s, HttpReplied{Reply::CreateBooking, 0, "", ""});  // the browser had no network
  apply_intent(s, RemovePendingBooking{s.outbox.bookings[0].key});
  EXPECT_TRUE(s.outbox.bookings.empty());
  EXPECT_TRUE(s.outbox.queue.ops.empty());
  EXPECT_EQ(s.nav.current(), Screen::Start);
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, Tick{kAppNow + 60})).empty());
}

TEST(Outbox, CancellingABookingThatMayHaveArrivedSendsItToCancelWhatTheServerMade) {
  AppState s = with_lost_booking();  // online, no answer: the server may have booked it
  const std::string key = s.outbox.bookings[0].key;
  const BookingDraft draft = s.outbox.bookings[0].draft;
  apply_intent(s, RemovePendingBooking{key});
  ASSERT_EQ(s.outbox.bookings.size(), 1u);
  EXPECT_TRUE(s.outbox.bookings[0].cancel_requested);
  EXPECT_EQ(of_type<HttpRequest>(apply_intent(s, Tick{kAppNow + 5})).size(), 1u);
  const auto effects = apply_intent(s, HttpReplied{Reply::Sync, 200, sync_reply(201, created_doc("7KQ2M9XD", draft)), ""});
  EXPECT_TRUE(of_type<ShowNotification>(effects).empty());
  ASSERT_EQ(s.outbox.queue.ops.size(), 1u);
  EXPECT_EQ(s.outbox.queue.ops[0].kind, SyncOpKind::CancelBooking);
}

TEST(Outbox, ACancelWhileItsCreateIsOnTheWayCancelsItOnceConfirmed) {
  AppState s = with_lost_booking();
  const BookingDraft draft = s.outbox.bookings[0].draft;
  apply_intent(s, Tick{kAppNow + 5});
  apply_intent(s, RemovePendingBooking{s.outbox.bookings[0].key});
  EXPECT_TRUE(s.outbox.bookings[0].cancel_requested);
  apply_intent(s, HttpReplied{Reply::Sync, 200, sync_reply(201, created_doc("7KQ2M9XD", draft)), ""});
  EXPECT_TRUE(s.outbox.bookings.empty());
  ASSERT_EQ(s.outbox.queue.ops.size(), 1u);
  EXPECT_EQ(s.outbox.queue.ops[0].kind, SyncOpKind::CancelBooking);
  EXPECT_EQ(json::parse(s.outbox.queue.ops[0].body), (json{{"code", "7KQ2M9XD"}, {"secret", "s3cret"}}));
  EXPECT_NE(s.outbox.notice.kind, OutboxNoticeKind::Confirmed);
}

TEST(Outbox, ACancelWithNoAnswerWaitsAndIsAppliedWhenSynced) {
  AppState s = at_review();
  apply_intent(s, ConfirmBooking{});
  apply_intent(s, HttpReplied{Reply::CreateBooking, 201, created_doc("7KQ2M9XD", s.flow.draft), ""});
  apply_intent(s, AskCancel{"7KQ2M9XD"});
  apply_intent(s, AnswerCancel{true});
  apply_intent(s, HttpReplied{Reply::CancelBooking, 0, "", "7KQ2M9XD"});
  EXPECT_TRUE(cancel_queued(s.outbox, "7KQ2M9XD"));
  EXPECT_FALSE(s.mine.cancel_error);
  const auto batch = of_type<HttpRequest>(apply_intent(s, Tick{kAppNow + 5}));
  ASSERT_EQ(batch.size(), 1u);
  EXPECT_EQ(json::parse(batch[0].body)["operations"][0]["op"], "cancel_booking");
  BookingDraft d = s.flow.draft;
  d.office_code = "1001";
  d.section_id = "registration";
  d.service_id = "idcard_renew_expired";
  d.date = kTue;
  d.slot = 0;
  const json cancelled = json::parse(created_doc("7KQ2M9XD", d, "cancelled"));
  apply_intent(s, HttpReplied{Reply::Sync, 200, sync_reply(200, json{{"booking", cancelled["booking"]}}.dump()), ""});
  EXPECT_FALSE(cancel_queued(s.outbox, "7KQ2M9XD"));
  EXPECT_EQ(s.mine.items[0].booking.state, BookingState::Cancelled);
}

TEST(Outbox, WaitingBookingsSurviveAReloadAndAreSentAgain) {
  AppState s = with_lost_booking();
  apply_intent(s, Tick{kAppNow + 5});  // the batch is out when the page goes
  std::string outbox;
  for (const StoreRecord& r : of_type<StoreRecord>(apply_intent(s, ConnectionChanged{true})))
    if (r.key == kOutboxRecord) outbox = r.json;
  AppState reloaded;
  apply_intent(reloaded, StartApp{"", "seed2", kAppNow + 100});
  apply_intent(reloaded, StoredRecordsLoaded{"", "", "", true, outbox, ""});
  ASSERT_EQ(reloaded.outbox.bookings.size(), 1u);
  EXPECT_EQ(reloaded.outbox.bookings[0], s.outbox.bookings[0]);
  EXPECT_EQ(reloaded.outbox.queue.ops[0].state, SyncOpState::Pending);
  const auto batch = of_type<HttpRequest>(apply_intent(reloaded, Tick{kAppNow + 101}));
  ASSERT_EQ(batch.size(), 1u);
  EXPECT_EQ(json::parse(batch[0].body)["operations"][0]["idempotency_key"], s.outbox.bookings[0].key);
}

TEST(Outbox, AnotherRefusedBookingGetsItsOwnAlternatives) {
  AppState s = with_lost_booking();
  const std::string first = s.outbox.bookings[0].key;
  apply_intent(s, Tick{kAppNow + 5});
  apply_intent(s, HttpReplied{Reply::Sync, 200, sync_reply(409, refused_doc("slot_full")), ""});  // 3 lookups out
  PendingBooking second = s.outbox.bookings[0];
  second.key = "other-key";
  s.outbox.bookings.push_back(second);
  EXPECT_EQ(of_type<HttpRequest>(apply_intent(s, OpenPendingBooking{"other-key"})).size(), 3u);
  // A late answer for the first is dropped and does not count against the second's.
  apply_intent(s, HttpReplied{Reply::AlternativeSeats, 200, availability_doc("1001", "registration", kAppNow), first + "/1001"});
  EXPECT_TRUE(s.outbox.alternatives.empty());
  EXPECT_EQ(s.outbox.alternatives_loading, 3);
}

TEST(Outbox, AConfirmationIsNotAnnouncedForABookingBeingCancelled) {
  AppState s = with_lost_booking();
  const BookingDraft draft = s.outbox.bookings[0].draft;
  s.outbox.notice = {OutboxNoticeKind::Confirmed, "EARLIER1", ""};  // an earlier banner still up
  apply_intent(s, Tick{kAppNow + 5});
  apply_intent(s, RemovePendingBooking{s.outbox.bookings[0].key});
  const auto effects = apply_intent(s, HttpReplied{Reply::Sync, 200, sync_reply(201, created_doc("7KQ2M9XD", draft)), ""});
  EXPECT_TRUE(of_type<ShowNotification>(effects).empty());
  EXPECT_EQ(s.outbox.notice.code, "EARLIER1");
}

TEST(Outbox, AnUnreadableConfirmationIsAskedAgainWithTheSameBodyAfterAPause) {
  AppState s = with_lost_booking();
  const SyncOp sent = s.outbox.queue.ops[0];
  apply_intent(s, Tick{kAppNow + 5});
  apply_intent(s, HttpReplied{Reply::Sync, 200, sync_reply(201, R"({"booking":7})"), ""});
  ASSERT_EQ(s.outbox.queue.ops.size(), 1u);
  EXPECT_EQ(s.outbox.queue.ops[0].body, sent.body);
  EXPECT_EQ(s.outbox.bookings.size(), 1u);
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, Tick{kAppNow + 6})).empty());
  EXPECT_EQ(of_type<HttpRequest>(apply_intent(s, Tick{kAppNow + 5 + kSyncEverySeconds})).size(), 1u);
}

TEST(Outbox, ARefusedResentCancelAsksTheServerForTheBookingsState) {
  AppState s = at_review();
  apply_intent(s, ConfirmBooking{});
  apply_intent(s, HttpReplied{Reply::CreateBooking, 201, created_doc("7KQ2M9XD", s.flow.draft), ""});
  apply_intent(s, AskCancel{"7KQ2M9XD"});
  apply_intent(s, AnswerCancel{true});
  apply_intent(s, HttpReplied{Reply::CancelBooking, 0, "", "7KQ2M9XD"});  // applied, answer lost
  apply_intent(s, Tick{kAppNow + 5});
  const auto asked = of_type<HttpRequest>(
      apply_intent(s, HttpReplied{Reply::Sync, 200, sync_reply(409, refused_doc("illegal_transition")), ""}));
  ASSERT_EQ(asked.size(), 1u);
  EXPECT_EQ(asked[0].reply, Reply::LookupBooking);
  EXPECT_EQ(s.outbox.notice.kind, OutboxNoticeKind::None);
  EXPECT_FALSE(s.mine.cancel_error);
}

TEST(Outbox, ARecordTheDeviceRefusedIsWrittenAgainAndFullStorageDropsTheKeptAnswers) {
  AppState s = with_lost_booking();
  ASSERT_FALSE(s.kept.items.empty());
  EXPECT_TRUE(of_type<StoreRecord>(apply_intent(s, StorageWriteFailed{kOutboxRecord, true})).empty());
  EXPECT_TRUE(s.mine.storage_full);
  EXPECT_TRUE(s.kept.items.empty());
  std::vector<std::string> written;
  for (const StoreRecord& r : of_type<StoreRecord>(apply_intent(s, ConnectionChanged{true}))) written.push_back(r.key);
  EXPECT_NE(std::find(written.begin(), written.end(), kOutboxRecord), written.end());
  EXPECT_NE(std::find(written.begin(), written.end(), kKeptRecord), written.end());
}

TEST(Outbox, RefusedBookingsAreForgottenOnceTheirDayHasPassed) {
  AppState s = with_lost_booking();
  apply_intent(s, Tick{kAppNow + 5});
  apply_intent(s, HttpReplied{Reply::Sync, 200, sync_reply(409, refused_doc("slot_full")), ""});
  const std::string stored = outbox_to_json(s.outbox);
  AppState later;
  apply_intent(later, StartApp{"", "seed", kAppNow + 3 * 24 * 3600});
  apply_intent(later, StoredRecordsLoaded{"", "", "", true, stored, ""});
  EXPECT_TRUE(later.outbox.bookings.empty());
  AppState next_morning;
  apply_intent(next_morning, StartApp{"", "seed", kAppNow + 12 * 3600});
  apply_intent(next_morning, StoredRecordsLoaded{"", "", "", true, stored, ""});
  EXPECT_EQ(next_morning.outbox.bookings.size(), 1u);  // its day (Tuesday) has not passed yet
}

TEST(Outbox, OfflineSeatsComeFromTheLastAnswerAndSaySo) {
  AppState s = at_date_screen({{"2026-11-24/1", 2}});
  apply_intent(s, RetryAvailability{});
  apply_intent(s, Tick{kAppNow + 600});
  apply_intent(s, HttpReplied{Reply::Availability, 0, "", "1001/registration"});
  EXPECT_EQ(s.flow.availability_status, LoadStatus::Ready);
  EXPECT_TRUE(s.flow.seats_offline);
  EXPECT_EQ(s.flow.seats_as_of, kAppNow);
  const DaySeats* tue = seats_on(s.flow.availability, kTue);
  ASSERT_NE(tue, nullptr);
  EXPECT_EQ(tue->slots[1].remaining, 2);
  EXPECT_TRUE(tue->slots[1].known);
  apply_intent(s, ChooseDate{kTue});
  EXPECT_EQ(s.nav.current(), Screen::Slot);
}

TEST(Outbox, OfflineWithNoKeptSeatsOffersTheWindowWithSeatsUnknown) {
  AppState s = started_app();
  apply_intent(s, OpenScreen{Screen::Offices});
  apply_intent(s, ChooseOffice{"1002"});
  apply_intent(s, ChooseSection{"registration"});
  apply_intent(s, ChooseService{"idcard_renew_expired"});
  apply_intent(s, HttpReplied{Reply::Availability, 0, "", "1002/registration"});
  EXPECT_TRUE(s.flow.seats_offline);
  EXPECT_EQ(s.flow.seats_as_of, 0);
  ASSERT_FALSE(s.flow.availability.days.empty());
  EXPECT_EQ(s.flow.availability.days.front().date, kTue);  // tomorrow is the first bookable day
  for (const DaySeats& d : s.flow.availability.days)
    for (const SlotSeats& slot : d.slots) EXPECT_FALSE(slot.known);
  const auto days = day_choices(s.flow.availability, s.ref.calendar, s.ref.rules, s.now);
  EXPECT_FALSE(days.front().seats_known);
}

TEST(Outbox, KeptReferenceDataOpensTheAppOffline) {
  AppState online = started_app();
  const std::string kept = kept_answers_to_json(online.kept);
  AppState s;
  apply_intent(s, StartApp{"", "seed", kAppNow + 3600});
  for (Reply r : {Reply::Offices, Reply::Catalog, Reply::Holidays, Reply::Rules}) apply_intent(s, HttpReplied{r, 0, "", ""});
  EXPECT_EQ(s.ref.offices_status, LoadStatus::Failed);
  const auto again = of_type<HttpRequest>(apply_intent(s, StoredRecordsLoaded{"", "", "", true, "", kept}));
  ASSERT_EQ(again.size(), 4u);  // asked again; with no answer the kept copies stand in
  for (const HttpRequest& r : again) apply_intent(s, HttpReplied{r.reply, 0, "", ""});
  EXPECT_EQ(s.ref.offices_status, LoadStatus::Ready);
  EXPECT_EQ(s.ref.catalog_status, LoadStatus::Ready);
  EXPECT_EQ(s.ref.offices.size(), online.ref.offices.size());
}

// Found by app_replies_fuzz: a 200 whose body was not UTF-8 (a captive portal's page) was kept, and writing
// the kept answers then threw out of the reducer. What is not JSON is not kept, nor replaces a good copy.
TEST(Outbox, FuzzRegressionA200ThatIsNotJsonIsNotKept) {
  AppState s = started_app();
  const KeptAnswers before = s.kept;
  const std::string portal = "<html>Wi-Fi login \x92 please</html>";
  EXPECT_NO_THROW(apply_intent(s, HttpReplied{Reply::Catalog, 200, portal, ""}));
  EXPECT_NO_THROW(apply_intent(s, HttpReplied{Reply::Availability, 200, "{\"capacity\":tr\x92" "e}", "1001/registration"}));
  // Found by app_replies_fuzz too: JSON, then a NUL, then bytes that are not UTF-8. nlohmann's parser stops at
  // the NUL and called it JSON, so the whole body was kept and its tail made the writer throw.
  const std::string cut = std::string("{}\0\x92", 4);
  EXPECT_NO_THROW(apply_intent(s, HttpReplied{Reply::Catalog, 200, cut, ""}));
  EXPECT_NO_THROW(apply_intent(s, HttpReplied{Reply::Availability, 200, cut, "1001/registration"}));
  // And seats whose request named its office in bytes that are not UTF-8: the name could not be written.
  EXPECT_NO_THROW(apply_intent(s, HttpReplied{Reply::Availability, 200, "{}", "10\xfa" "1/registration"}));
  EXPECT_EQ(s.kept, before);
  EXPECT_EQ(s.stored_kept, before);
}

TEST(Outbox, SeatsKeptAreBoundedAndNewestFirst) {
  KeptAnswers kept;
  for (int i = 0; i < 20; ++i) keep_answer(kept, seats_answer_name(std::to_string(1000 + i), "registration"), "{}", i);
  keep_answer(kept, "catalog", "{}", 30);
  EXPECT_EQ(kept.items.size(), kMaxKeptSeats + 1);
  EXPECT_EQ(kept.items.front().name, "catalog");
  EXPECT_NE(kept_answer(kept, seats_answer_name("1019", "registration")), nullptr);
  EXPECT_EQ(kept_answer(kept, seats_answer_name("1000", "registration")), nullptr);
  EXPECT_EQ(kept_answers_from_json(kept_answers_to_json(kept)), kept);
}

}  // namespace
}  // namespace khiw
