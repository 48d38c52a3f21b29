#include "core/lifecycle.h"

#include <array>
#include <initializer_list>

#include "core/enum_names.h"
#include "core/json_fields.h"
#include "core/slots.h"

namespace khiw {

namespace {

using json_fields::json;

constexpr std::array<std::string_view, 8> kActionNames = {"confirm",      "check_in",    "start_service",
                                                          "finish",       "cancel",      "mark_no_show",
                                                          "missed_turn",  "return_to_line"};
constexpr std::array<std::string_view, 3> kActorNames = {"citizen", "staff", "system"};

struct Rule {
  BookingAction action;
  std::initializer_list<BookingState> from;
  BookingState to;
  std::initializer_list<Actor> actors;
};

// The whole state machine. Anything not listed is an illegal transition.
const std::array<Rule, 8> kRules = {{
    {BookingAction::Confirm, {BookingState::Requested}, BookingState::Confirmed, {Actor::Staff, Actor::System}},
    {BookingAction::CheckIn, {BookingState::Confirmed}, BookingState::CheckedIn, {Actor::Citizen, Actor::Staff}},
    {BookingAction::StartService, {BookingState::CheckedIn}, BookingState::Serving, {Actor::Staff}},
    {BookingAction::Finish, {BookingState::Serving}, BookingState::Done, {Actor::Staff}},
    {BookingAction::Cancel, {BookingState::Requested, BookingState::Confirmed}, BookingState::Cancelled,
     {Actor::Citizen}},
    {BookingAction::MarkNoShow, {BookingState::Requested, BookingState::Confirmed}, BookingState::NoShow,
     {Actor::Staff, Actor::System}},
    {BookingAction::MissedTurn, {BookingState::CheckedIn, BookingState::Serving}, BookingState::NoShow,
     {Actor::Staff}},
    {BookingAction::ReturnToLine, {BookingState::Serving}, BookingState::CheckedIn, {Actor::Staff}},
}};

template <typename T>
bool among(std::initializer_list<T> list, T v) {
  for (T x : list)
    if (x == v) return true;
  return false;
}

// Timing of each action relative to the booked slot.
Status check_timing(const RulesConfig& config, const Booking& b, BookingAction action, UnixSeconds now) {
  const UnixSeconds start = slot_start(config, b.date, b.slot);
  const UnixSeconds deadline = check_in_deadline(config, b.date, b.slot);
  switch (action) {
    case BookingAction::Confirm:
    case BookingAction::Cancel:
      return now < start ? Status(Ok{}) : Status(ErrorCode::TooLate);
    case BookingAction::CheckIn:
      if (bkk_date(now) != b.date) return ErrorCode::WrongDay;
      return now <= deadline ? Status(Ok{}) : Status(ErrorCode::TooLate);
    case BookingAction::MarkNoShow:
      return now > deadline ? Status(Ok{}) : Status(ErrorCode::TooEarly);
    case BookingAction::StartService:
    case BookingAction::Finish:
    case BookingAction::MissedTurn:  // the counter decides when someone is gone
    case BookingAction::ReturnToLine:
      return Ok{};
  }
  return Ok{};
}

}  // namespace

std::string_view booking_action_name(BookingAction a) { return enum_name(kActionNames, a); }
std::optional<BookingAction> booking_action_from_name(std::string_view name) {
  return enum_from_name<BookingAction>(kActionNames, name);
}
std::string_view actor_name(Actor a) { return enum_name(kActorNames, a); }
std::optional<Actor> actor_from_name(std::string_view name) { return enum_from_name<Actor>(kActorNames, name); }

Result<Transition> apply_action(const RulesConfig& config, const Booking& booking, BookingAction action, Actor actor,
                                UnixSeconds now) {
  const Rule& rule = kRules.at(static_cast<size_t>(action));
  if (!among(rule.from, booking.state)) return ErrorCode::IllegalTransition;
  if (!among(rule.actors, actor)) return ErrorCode::NotPermitted;
  if (auto timing = check_timing(config, booking, action, now); !timing) return timing.error();
  Transition t{booking, BookingEvent{booking.id, action, actor, booking.state, rule.to, now}};
  t.booking.state = rule.to;
  t.booking.updated_at = now;
  return t;
}

std::string booking_event_to_json(const BookingEvent& e) {
  return json{{"version", kBookingEventJsonVersion},
              {"booking_id", e.booking_id},
              {"action", booking_action_name(e.action)},
              {"actor", actor_name(e.actor)},
              {"from", booking_state_name(e.from)},
              {"to", booking_state_name(e.to)},
              {"at", e.at}}
      .dump();
}

BookingEvent booking_event_from_json(std::string_view text) {
  const json doc = json_fields::parse_versioned(text, "booking event", kBookingEventJsonVersion);
  const std::string w = "booking event";
  using json_fields::required;
  auto known = [&](auto v, const char* key) {
    if (!v) throw std::invalid_argument(w + ": unknown \"" + key + "\"");
    return *v;
  };
  BookingEvent e;
  e.booking_id = required<std::string>(doc, "booking_id", w);
  e.action = known(booking_action_from_name(required<std::string>(doc, "action", w)), "action");
  e.actor = known(actor_from_name(required<std::string>(doc, "actor", w)), "actor");
  e.from = known(booking_state_from_name(required<std::string>(doc, "from", w)), "from");
  e.to = known(booking_state_from_name(required<std::string>(doc, "to", w)), "to");
  e.at = required<UnixSeconds>(doc, "at", w);
  return e;
}

}  // namespace khiw
