// The rating card driven through apply_intent as the app runs it: asked only once a booking or a walk-in
// ticket is done, the bodies sent for each, the answers (rated, already rated, refused, none), the
// resend of a rating that got no answer, and what the device records remember.
#include "core/rating_prompt.h"

#include <gtest/gtest.h>

#include "tests/core/app_fixture.h"

namespace khiw {
namespace {

using nlohmann::json;
using testing::of_type;

constexpr const char* kCode = "7KQ2M9XD";
using testing::kMonday;  // testing::kAppNow's day

BookingDraft booked_on(Date day) {
  return {.office_code = "1001", .section_id = "registration", .service_id = "idcard_renew_expired", .date = day,
          .slot = 0, .name = "สมชาย ใจดี"};
}

// The app on the ticket of a booking of `day`, in the `state` its last lookup answered.
AppState on_booking_ticket(const std::string& state, Date day = kMonday) {
  AppState s = testing::started_app();
  upsert_saved(s.mine, saved_booking_from_created(testing::created_doc(kCode, booked_on(day)), testing::kAppNow));
  apply_intent(s, OpenTicket{kCode});
  apply_intent(s, HttpReplied{Reply::LookupBooking, 200, testing::created_doc(kCode, booked_on(day), state), kCode});
  return s;
}

const RatingMark& mark(const AppState& s) { return find_saved(s.mine, kCode)->rating; }

std::string stored(const std::vector<Effect>& effects, const char* record) {
  for (const StoreRecord& r : of_type<StoreRecord>(effects))
    if (r.key == record) return r.json;
  return {};
}

std::vector<HttpRequest> rate(AppState& s, int stars, const std::string& comment = "") {
  apply_intent(s, RateStars{stars});
  apply_intent(s, EditField{Field::RatingComment, comment});
  return of_type<HttpRequest>(apply_intent(s, SendRating{}));
}

TEST(RatingPrompt, AsksOnlyOnceTheServiceIsDoneAndWhileItCanBeRated) {
  AppState s = on_booking_ticket("serving");
  EXPECT_EQ(rating_card(s).mark, nullptr);
  EXPECT_TRUE(rate(s, 5).empty());
  const std::string done = testing::created_doc(kCode, booked_on(kMonday), "done");
  apply_intent(s, HttpReplied{Reply::LookupBooking, 200, done, kCode});
  const RatingCard card = rating_card(s);
  ASSERT_NE(card.mark, nullptr);
  EXPECT_TRUE(card.askable);
  EXPECT_EQ(card.subject, kCode);
  // Done yesterday: still asked; the day before: ratings are closed, nothing is asked.
  EXPECT_NE(rating_card(on_booking_ticket("done", add_days(kMonday, -1))).mark, nullptr);
  EXPECT_EQ(rating_card(on_booking_ticket("done", add_days(kMonday, -2))).mark, nullptr);
}

TEST(RatingPrompt, ABookingIsRatedWithItsCodeAndSecretAndTheCleanedComment) {
  AppState s = on_booking_ticket("done");
  const auto sent = rate(s, 4, "  รวดเร็ว โทร 081-234-5678 ครับ  ");
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].method, "POST");
  EXPECT_EQ(sent[0].path, "/api/ratings");
  EXPECT_EQ(sent[0].reply, Reply::Rating);
  EXPECT_EQ(json::parse(sent[0].body), (json{{"booking", {{"code", kCode}, {"secret", "s3cret"}}},
                                             {"stars", 4},
                                             {"comment", "รวดเร็ว โทร xxx-xxx-xxxx ครับ"}}));
  EXPECT_EQ(mark(s).state, RatingState::Pending);
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, SendRating{})).empty());  // a second tap sends nothing more
  const auto effects = apply_intent(s, HttpReplied{Reply::Rating, 201, R"({"rating":{"stars":4}})", sent[0].context});
  EXPECT_EQ(mark(s).state, RatingState::Rated);
  EXPECT_NE(stored(effects, kBookingsRecord).find(R"("state":"rated")"), std::string::npos);
  EXPECT_FALSE(rating_card(s).askable);  // thanked, never asked again
}

TEST(RatingPrompt, AlreadyRatedIsTakenAsRated) {
  AppState s = on_booking_ticket("done");
  const auto sent = rate(s, 5);
  apply_intent(s, HttpReplied{Reply::Rating, 409, R"({"error":"already_rated"})", sent[0].context});
  EXPECT_EQ(mark(s), (RatingMark{RatingState::Rated, "", ""}));
}

TEST(RatingPrompt, OtherRefusalsAreKeptToSayWhyAndTheCitizenMayRateAgain) {
  AppState s = on_booking_ticket("done");
  const auto sent = rate(s, 2);
  apply_intent(s, HttpReplied{Reply::Rating, 409, R"({"error":"not_served"})", sent[0].context});
  EXPECT_EQ(mark(s), (RatingMark{RatingState::Unasked, "", "not_served"}));
  EXPECT_TRUE(rating_card(s).askable);
  EXPECT_EQ(rate(s, 3).size(), 1u);
  EXPECT_TRUE(mark(s).refusal.empty());
}

TEST(RatingPrompt, AnUnfitCommentIsRefusedOnTheDeviceAndNothingIsSent) {
  AppState s = on_booking_ticket("done");
  EXPECT_TRUE(rate(s, 4, "ok\x01").empty());
  EXPECT_TRUE(s.rating.comment_refused);
  EXPECT_EQ(s.rating.stars, 4);  // what was chosen stays, to correct the comment
  EXPECT_EQ(mark(s).state, RatingState::Unasked);
  EXPECT_TRUE(rate(s, 4, std::string(kCommentMaxChars + 1, 'a')).empty());
}

TEST(RatingPrompt, NoAnswerKeepsTheRatingAndSendsTheSameBodyAgainEvenAfterAReload) {
  AppState s = on_booking_ticket("done");
  apply_intent(s, RateStars{5});
  const auto effects = apply_intent(s, SendRating{});
  const auto sent = of_type<HttpRequest>(effects);
  const std::string record = stored(effects, kBookingsRecord);
  ASSERT_FALSE(record.empty());
  apply_intent(s, HttpReplied{Reply::Rating, 0, "", sent[0].context});
  EXPECT_EQ(mark(s).state, RatingState::Pending);
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, Tick{testing::kAppNow + 10})).empty());
  const auto again = of_type<HttpRequest>(apply_intent(s, Tick{testing::kAppNow + kRatingRetrySeconds}));
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].body, sent[0].body);
  // The page closed before any answer: the device record sends it as it was.
  AppState reloaded = testing::started_app();
  apply_intent(reloaded, StoredRecordsLoaded{record, "", "", true});
  const auto resent = of_type<HttpRequest>(apply_intent(reloaded, Tick{testing::kAppNow + 1}));
  ASSERT_EQ(resent.size(), 1u);
  EXPECT_EQ(resent[0].body, sent[0].body);
  EXPECT_EQ(resent[0].path, "/api/ratings");
}

TEST(RatingPrompt, ASkipIsRememberedAcrossAReload) {
  AppState s = on_booking_ticket("done");
  const std::string record = stored(apply_intent(s, SkipRating{}), kBookingsRecord);
  EXPECT_EQ(rating_card(s).mark, nullptr);
  AppState reloaded = testing::started_app();
  apply_intent(reloaded, StoredRecordsLoaded{record, "", "", true});
  apply_intent(reloaded, OpenTicket{kCode});
  EXPECT_EQ(mark(reloaded).state, RatingState::Skipped);
  EXPECT_EQ(rating_card(reloaded).mark, nullptr);
}

TEST(RatingPrompt, RecordsWithoutRatingsLoadAsNeverAsked) {
  SavedBooking b = saved_booking_from_created(testing::created_doc(kCode, booked_on(kMonday)), testing::kAppNow);
  const std::string old_record = my_bookings_to_json({b});
  EXPECT_EQ(old_record.find("rating"), std::string::npos);  // as records were written before ratings
  EXPECT_EQ(my_bookings_from_json(old_record).at(0).rating, RatingMark{});
  b.rating = {RatingState::Pending, R"({"stars":3})", ""};
  EXPECT_EQ(my_bookings_from_json(my_bookings_to_json({b})).at(0).rating, b.rating);
}

// A walk-in ticket W004 at 1040 taken in the app and on screen.
AppState with_walk_in() {
  AppState s = testing::started_app();
  apply_intent(s, OpenWalkIn{"1040"});
  const auto sent = of_type<HttpRequest>(apply_intent(s, TakeWalkIn{"registration"}));
  const json created = {{"ticket", "W004"}, {"office_code", "1040"}, {"section_id", "registration"},
                        {"date", iso_date(kMonday)}, {"issued_at", testing::kAppNow}, {"state", "remote"},
                        {"position", 3}, {"waiting", 3}, {"wait_seconds", 900},
                        {"qr", "KHIW1.W004.1040.registration.2026-11-23.sig"}};
  apply_intent(s, HttpReplied{Reply::TakeWalkIn, 200, created.dump(), sent[0].context});
  return s;
}

HttpReplied status_of(const AppState& s, const std::string& state) {
  const json doc = {{"ticket", "W004"}, {"office_code", "1040"}, {"section_id", "registration"},
                    {"date", iso_date(kMonday)}, {"state", state}, {"position", 0}, {"people_ahead", 0},
                    {"wait_seconds", 0}};
  return {Reply::WalkInStatus, 200, doc.dump(), s.walk_ins.open_key, ""};
}

TEST(RatingPrompt, AWalkInTicketIsFollowedUntilDoneThenRatedWithItsSignedQr) {
  AppState s = with_walk_in();
  apply_intent(s, status_of(s, "serving"));
  EXPECT_EQ(rating_card(s).mark, nullptr);
  // Being served is not finished: its status is still read, so the app learns when it is done.
  bool polled = false;
  for (const HttpRequest& r : of_type<HttpRequest>(apply_intent(s, Tick{testing::kAppNow + 60})))
    polled |= r.path == "/api/walk-ins/1040/registration/W004";
  EXPECT_TRUE(polled);
  apply_intent(s, status_of(s, "done"));
  ASSERT_TRUE(rating_card(s).askable);
  apply_intent(s, RateStars{5});
  const auto effects = apply_intent(s, SendRating{});
  const auto sent = of_type<HttpRequest>(effects);
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(json::parse(sent[0].body),
            (json{{"ticket_qr", "KHIW1.W004.1040.registration.2026-11-23.sig"}, {"stars", 5}, {"comment", ""}}));
  // The walk-ins record keeps it, and reads back the same.
  const std::string record = stored(effects, kWalkInsRecord);
  ASSERT_FALSE(record.empty());
  EXPECT_EQ(walk_ins_from_json(record).at(0).rating, s.walk_ins.tickets.at(0).rating);
}

}  // namespace
}  // namespace khiw
