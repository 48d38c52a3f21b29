#include "core/lifecycle.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "tests/core/reference_data.h"

namespace khiw {
namespace {

using testing::at_23_nov;
using testing::kRules;

// A booking for Monday 23 Nov 2026, 10:00–11:00 (slot 2).
Booking booking(BookingState state) {
  Booking b;
  b.id = "bk-7";
  b.office_code = "1040";
  b.section_id = "registration";
  b.service_id = "birth";
  b.date = {2026, 11, 23};
  b.slot = 2;
  b.citizen_key = "keyed-hash";
  b.id_last4 = "8781";
  b.state = state;
  return b;
}

Result<Transition> act(BookingState from, BookingAction a, Actor actor, UnixSeconds now) {
  return apply_action(kRules, booking(from), a, actor, now);
}

TEST(Lifecycle, HappyPathYieldsOneEventPerStep) {
  Booking b = booking(BookingState::Requested);
  const std::vector<std::tuple<BookingAction, Actor, UnixSeconds, BookingState>> steps = {
      {BookingAction::Confirm, Actor::System, at_23_nov(7), BookingState::Confirmed},
      {BookingAction::CheckIn, Actor::Citizen, at_23_nov(9, 50), BookingState::CheckedIn},
      {BookingAction::StartService, Actor::Staff, at_23_nov(10, 5), BookingState::Serving},
      {BookingAction::Finish, Actor::Staff, at_23_nov(10, 20), BookingState::Done},
  };
  for (const auto& [action, actor, now, to] : steps) {
    const auto t = apply_action(kRules, b, action, actor, now);
    ASSERT_TRUE(t) << booking_action_name(action) << ": " << error_code_name(t.error());
    EXPECT_EQ(t->booking.state, to);
    EXPECT_EQ(t->booking.updated_at, now);
    EXPECT_EQ(t->event, (BookingEvent{"bk-7", action, actor, b.state, to, now}));
    b = t->booking;
  }
}

TEST(Lifecycle, CheckInUntilFifteenMinutesAfterSlotStartInclusive) {
  EXPECT_TRUE(act(BookingState::Confirmed, BookingAction::CheckIn, Actor::Staff, at_23_nov(10, 15, 0)));
  EXPECT_EQ(act(BookingState::Confirmed, BookingAction::CheckIn, Actor::Staff, at_23_nov(10, 15, 1)).error(),
            ErrorCode::TooLate);
  EXPECT_TRUE(act(BookingState::Confirmed, BookingAction::CheckIn, Actor::Citizen, at_23_nov(0, 0, 0)));
  EXPECT_EQ(act(BookingState::Confirmed, BookingAction::CheckIn, Actor::Citizen, at_23_nov(0) - 1).error(),
            ErrorCode::WrongDay);
  EXPECT_EQ(act(BookingState::Confirmed, BookingAction::CheckIn, Actor::Citizen, at_23_nov(10) + testing::kDay)
                .error(),
            ErrorCode::WrongDay);
}

TEST(Lifecycle, NoShowOnlyAfterTheCheckInDeadline) {
  EXPECT_EQ(act(BookingState::Confirmed, BookingAction::MarkNoShow, Actor::System, at_23_nov(10, 15, 0)).error(),
            ErrorCode::TooEarly);
  const auto t = act(BookingState::Confirmed, BookingAction::MarkNoShow, Actor::System, at_23_nov(10, 15, 1));
  ASSERT_TRUE(t);
  EXPECT_EQ(t->booking.state, BookingState::NoShow);
  EXPECT_TRUE(act(BookingState::Requested, BookingAction::MarkNoShow, Actor::Staff, at_23_nov(11)));
  EXPECT_EQ(act(BookingState::Confirmed, BookingAction::MarkNoShow, Actor::Citizen, at_23_nov(11)).error(),
            ErrorCode::NotPermitted);
}

TEST(Lifecycle, CheckedInCitizenWhoMissesTheirTurnIsANoShowMarkedByStaffOnly) {
  const auto t = act(BookingState::Serving, BookingAction::MissedTurn, Actor::Staff, at_23_nov(10, 20, 0));
  ASSERT_TRUE(t);
  EXPECT_EQ(t->booking.state, BookingState::NoShow);
  EXPECT_EQ(t->event.from, BookingState::Serving);
  EXPECT_EQ(act(BookingState::CheckedIn, BookingAction::MissedTurn, Actor::System, at_23_nov(11)).error(),
            ErrorCode::NotPermitted);
  EXPECT_EQ(act(BookingState::Confirmed, BookingAction::MissedTurn, Actor::Staff, at_23_nov(11)).error(),
            ErrorCode::IllegalTransition);
}

TEST(Lifecycle, StaffSendACitizenBeingServedBackToTheLine) {
  const auto t = act(BookingState::Serving, BookingAction::ReturnToLine, Actor::Staff, at_23_nov(10, 20, 0));
  ASSERT_TRUE(t);
  EXPECT_EQ(t->booking.state, BookingState::CheckedIn);
  EXPECT_EQ(booking_action_name(t->event.action), "return_to_line");
  EXPECT_TRUE(act(t->booking.state, BookingAction::StartService, Actor::Staff, at_23_nov(10, 30, 0)));
  EXPECT_EQ(act(BookingState::Serving, BookingAction::ReturnToLine, Actor::Citizen, at_23_nov(10, 20, 0)).error(),
            ErrorCode::NotPermitted);
  EXPECT_EQ(act(BookingState::CheckedIn, BookingAction::ReturnToLine, Actor::Staff, at_23_nov(10, 20, 0)).error(),
            ErrorCode::IllegalTransition);
}

TEST(Lifecycle, CitizenCancelsBeforeTheSlotStarts) {
  EXPECT_TRUE(act(BookingState::Confirmed, BookingAction::Cancel, Actor::Citizen, at_23_nov(9, 59, 59)));
  EXPECT_TRUE(act(BookingState::Requested, BookingAction::Cancel, Actor::Citizen, at_23_nov(9)));
  EXPECT_EQ(act(BookingState::Confirmed, BookingAction::Cancel, Actor::Citizen, at_23_nov(10)).error(),
            ErrorCode::TooLate);
  EXPECT_EQ(act(BookingState::Confirmed, BookingAction::Cancel, Actor::Staff, at_23_nov(9)).error(),
            ErrorCode::NotPermitted);
  EXPECT_EQ(act(BookingState::Requested, BookingAction::Confirm, Actor::Citizen, at_23_nov(9)).error(),
            ErrorCode::NotPermitted);
}

// The allowed moves, written out as a table independent of the implementation's.
TEST(Lifecycle, EveryOtherStateActionPairIsIllegal) {
  const std::map<BookingAction, std::set<BookingState>> legal_from = {
      {BookingAction::Confirm, {BookingState::Requested}},
      {BookingAction::CheckIn, {BookingState::Confirmed}},
      {BookingAction::StartService, {BookingState::CheckedIn}},
      {BookingAction::Finish, {BookingState::Serving}},
      {BookingAction::Cancel, {BookingState::Requested, BookingState::Confirmed}},
      {BookingAction::MarkNoShow, {BookingState::Requested, BookingState::Confirmed}},
      {BookingAction::MissedTurn, {BookingState::CheckedIn, BookingState::Serving}},
      {BookingAction::ReturnToLine, {BookingState::Serving}},
  };
  const std::map<BookingAction, std::pair<Actor, UnixSeconds>> good_actor_and_time = {
      {BookingAction::Confirm, {Actor::Staff, at_23_nov(8)}},
      {BookingAction::CheckIn, {Actor::Staff, at_23_nov(9)}},
      {BookingAction::StartService, {Actor::Staff, at_23_nov(10)}},
      {BookingAction::Finish, {Actor::Staff, at_23_nov(10)}},
      {BookingAction::Cancel, {Actor::Citizen, at_23_nov(8)}},
      {BookingAction::MarkNoShow, {Actor::System, at_23_nov(12)}},
      {BookingAction::MissedTurn, {Actor::Staff, at_23_nov(10, 5, 0)}},
      {BookingAction::ReturnToLine, {Actor::Staff, at_23_nov(10, 5, 0)}},
  };
  int legal = 0;
  for (const auto& [action, states] : legal_from) {
    for (int s = 0; s <= static_cast<int>(BookingState::NoShow); ++s) {
      const auto state = static_cast<BookingState>(s);
      const auto [actor, now] = good_actor_and_time.at(action);
      const auto t = act(state, action, actor, now);
      if (states.count(state)) {
        EXPECT_TRUE(t) << booking_action_name(action) << " from " << booking_state_name(state);
        ++legal;
      } else {
        ASSERT_FALSE(t) << booking_action_name(action) << " from " << booking_state_name(state);
        EXPECT_EQ(t.error(), ErrorCode::IllegalTransition);
      }
    }
  }
  EXPECT_EQ(legal, 11);
  // Final states stay final.
  for (BookingState end : {BookingState::Done, BookingState::Cancelled, BookingState::NoShow})
    for (const auto& [action, unused] : legal_from)
      EXPECT_FALSE(act(end, action, Actor::Staff, at_23_nov(12)));
}

TEST(Lifecycle, EventsRoundTripAndCarryNoPersonalData) {
  Booking b = booking(BookingState::Confirmed);
  b.name = "สมชาย ใจดี";
  b.mobile = "0812345678";
  const auto t = apply_action(kRules, b, BookingAction::CheckIn, Actor::Citizen, at_23_nov(9));
  ASSERT_TRUE(t);
  const std::string json = booking_event_to_json(t->event);
  EXPECT_EQ(json.find("สมชาย"), std::string::npos);
  EXPECT_EQ(json.find("0812345678"), std::string::npos);
  EXPECT_EQ(json.find("8781"), std::string::npos);
  EXPECT_EQ(json.find("keyed-hash"), std::string::npos);
  EXPECT_EQ(booking_event_from_json(json), t->event);
  EXPECT_THROW(booking_event_from_json(R"({"version":1,"booking_id":"x","action":"fly","actor":"staff",)"
                                       R"("from":"confirmed","to":"done","at":0})"),
               std::invalid_argument);
  EXPECT_THROW(booking_event_from_json("{}"), std::invalid_argument);
}

}  // namespace
}  // namespace khiw
