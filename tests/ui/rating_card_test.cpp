// The rating card on finished tickets drawn headless: shown only once the service is done, big star
// targets, the comment field, send (after a star) and skip, what became of a sent rating, in Thai and
// English on a phone and a desktop.
#include <gtest/gtest.h>

#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

constexpr const char* kCode = "K7M2QX9A";

AppState booking_ticket(BookingState state) {
  AppState s = testing::state_on(Screen::Ticket);
  s.mine.items.push_back(testing::saved_booking(kCode, bkk_date(s.now), 0, state));
  s.mine.open_code = kCode;
  return s;
}

using testing::frame_of;
using testing::walk_in_ticket_on_screen;
using testing::widget_of;

RatingMark& mark_of(AppState& s) { return s.mine.items.front().rating; }

TEST(RatingCard, NotOnATicketStillToBeServed) {
  const auto out = frame_of(booking_ticket(BookingState::Serving));
  EXPECT_FALSE(testing::has_widget(out, "rate_star_1"));
  EXPECT_FALSE(testing::has_widget(out, "rating_skip"));
}

TEST(RatingCard, FiveBigStarsACommentAndSendOnceAStarIsChosen) {
  AppState s = booking_ticket(BookingState::Done);
  const auto out = frame_of(s);
  for (int n = 1; n <= 5; ++n) {
    const ui::WidgetRect star = widget_of(out, "rate_star_" + std::to_string(n));
    EXPECT_GE(star.w, 56.0f);
    EXPECT_GE(star.h, 56.0f);
  }
  EXPECT_EQ(widget_of(out, "rate_star_4").label, "4 ดาว");
  EXPECT_TRUE(testing::has_widget(out, "rating_comment"));
  EXPECT_TRUE(testing::tap(s, "rating_send").empty());  // no star yet
  EXPECT_EQ(testing::single<RateStars>(testing::tap(s, "rate_star_4")).stars, 4);
  testing::single<SkipRating>(testing::tap(s, "rating_skip"));
  s.rating = {kCode, 4, "ดีมาก", false};
  testing::single<SendRating>(testing::tap(s, "rating_send"));
  // The comment typed shows in its field; another ticket's card would start empty.
  EXPECT_EQ(widget_of(frame_of(s), "rating_comment").label, "ดีมาก");
  s.rating.subject = "OTHER123";
  EXPECT_EQ(widget_of(frame_of(s), "rating_comment").label, "");
}

TEST(RatingCard, SaysWhatBecameOfTheRating) {
  AppState s = booking_ticket(BookingState::Done);
  mark_of(s) = {RatingState::Pending, R"({"stars":4})", ""};
  auto out = frame_of(s);
  EXPECT_EQ(widget_of(out, "info_rating_pending").label, "ยังส่งคะแนนไม่ได้ จะส่งให้อีกครั้งเมื่อเชื่อมต่อได้");
  EXPECT_FALSE(testing::has_widget(out, "rate_star_1"));
  s.rating.sending = kCode;
  EXPECT_EQ(widget_of(frame_of(s), "info_rating_pending").label, "กำลังส่งคะแนน…");
  mark_of(s) = {RatingState::Rated, "", ""};
  out = frame_of(s);
  EXPECT_TRUE(testing::has_widget(out, "info_rating_thanks"));
  EXPECT_FALSE(testing::has_widget(out, "rating_skip"));
  mark_of(s) = {RatingState::Unasked, "", "rating_closed"};
  s.lang = Lang::En;
  out = frame_of(s);
  EXPECT_EQ(widget_of(out, "info_rating_refused").label, "The time to rate this service has passed");
  EXPECT_TRUE(testing::has_widget(out, "rate_star_1"));  // still today's service: the citizen may try again
  mark_of(s) = {RatingState::Skipped, "", ""};
  EXPECT_FALSE(testing::has_widget(frame_of(s), "rating_skip"));
}

TEST(RatingCard, ACommentRefusedOnTheDeviceSaysWhy) {
  AppState s = booking_ticket(BookingState::Done);
  s.rating = {kCode, 3, "x", true};
  EXPECT_TRUE(testing::has_widget(frame_of(s), "error_rating_comment"));
}

TEST(RatingCard, OnAWalkInTicketOnceDone) {
  EXPECT_FALSE(testing::has_widget(frame_of(walk_in_ticket_on_screen(TicketState::Serving)), "rate_star_1"));
  EXPECT_TRUE(testing::has_widget(frame_of(walk_in_ticket_on_screen(TicketState::Done)), "rate_star_1"));
}

TEST(RatingCard, FitsAPhoneAndADesktop) {
  AppState s = booking_ticket(BookingState::Done);
  s.rating = {kCode, 5, "รวดเร็วมาก เจ้าหน้าที่สุภาพ", true};
  testing::expect_fits_phone_and_desktop(s);
  testing::expect_fits_phone_and_desktop(walk_in_ticket_on_screen(TicketState::Done));
}

}  // namespace
}  // namespace khiw
