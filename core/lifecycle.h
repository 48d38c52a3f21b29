// Booking lifecycle: requested → confirmed → checked-in → serving → done; or cancelled by the citizen;
// or no-show when not checked in by slot start + grace, or when a checked-in citizen misses their turn
// (left the line, or did not come when called). Staff may send a citizen being served back to a line
// (serving → checked-in): to fetch a missing document, or to another section. Each accepted transition
// yields one event for the audit log (ids and states only — no personal data).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/booking.h"

namespace khiw {

enum class BookingAction { Confirm, CheckIn, StartService, Finish, Cancel, MarkNoShow, MissedTurn, ReturnToLine };
enum class Actor { Citizen, Staff, System };

std::string_view booking_action_name(BookingAction a);  // "confirm", "check_in", ...
std::optional<BookingAction> booking_action_from_name(std::string_view name);
std::string_view actor_name(Actor a);
std::optional<Actor> actor_from_name(std::string_view name);

struct BookingEvent {
  std::string booking_id;
  BookingAction action = BookingAction::Confirm;
  Actor actor = Actor::System;
  BookingState from = BookingState::Requested;
  BookingState to = BookingState::Requested;
  UnixSeconds at = 0;
  bool operator==(const BookingEvent&) const = default;
};

struct Transition {
  Booking booking;  // the new record (state and updated_at changed)
  BookingEvent event;
};

// Refusals: IllegalTransition (from that state), NotPermitted (that actor), TooEarly / TooLate / WrongDay
// (timing: check-in only on the day and until slot start + grace; no-show only after that; cancel only
// before the slot starts).
Result<Transition> apply_action(const RulesConfig& config, const Booking& booking, BookingAction action,
                                Actor actor, UnixSeconds now);

inline constexpr int kBookingEventJsonVersion = 1;
std::string booking_event_to_json(const BookingEvent& event);
BookingEvent booking_event_from_json(std::string_view text);  // throws std::invalid_argument

}  // namespace khiw
