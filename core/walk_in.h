// Same-day walk-in tickets taken in the app (POST /api/walk-ins). A ticket holds the citizen's place in the
// section's line from the moment it is taken; they wait somewhere else and come when nearly called, then
// check in at the counter. Not an appointment. Kept on the device with the bookings; followed by polling
// GET /api/walk-ins/{office}/{section}/{ticket} with the live counts.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bkk_time.h"
#include "core/booking_flow.h"
#include "core/effects.h"
#include "core/qr_matrix.h"
#include "core/queue.h"
#include "core/rating_mark.h"

namespace khiw {


inline constexpr int kDefaultSetOffMinutes = 30;

struct WalkInTicket {
  std::string ticket;  // "W003": its number in the section's line today
  std::string office_code;
  std::string section_id;
  Date date;
  UnixSeconds issued_at = 0;
  std::string qr;  // the server's signed payload
  TicketState state = TicketState::Remote;
  int position = 0;  // place in line, 1 = next; 0 once called or finished
  UnixSeconds wait_seconds = 0;  // estimated time until called
  int counter = 0;               // while serving
  UnixSeconds as_of = 0;         // last answer from the server
  std::string etag;
  int set_off_minutes = kDefaultSetOffMinutes;  // "tell me when the wait is under this"
  bool told_to_set_off = false;                 // the notification went out once
  RatingMark rating;                            // asked to rate the service once it is done
  QrMatrix qr_matrix;                           // derived from `qr`, not stored
  bool operator==(const WalkInTicket&) const = default;
};

// "1001/registration/2026-11-24/W003": tickets restart daily per section, so all four name one.
std::string walk_in_key(const WalkInTicket& t);

// From a 200 of POST /api/walk-ins. Throws std::invalid_argument.
WalkInTicket walk_in_from_created(std::string_view body, UnixSeconds now);
// Applies a 200 of the status read. Throws std::invalid_argument.
void apply_walk_in_status(WalkInTicket& t, std::string_view body, const std::string& etag, UnixSeconds now);

// Not finished yet today: worth following (a ticket being served turns done, and is then rated).
bool walk_in_open(const WalkInTicket& t, UnixSeconds now);

// When to set off: the estimated time until called less the travel there, a few minutes spare.
struct SetOffAdvice {
  int leave_in_minutes = 0;   // 0: go now
  bool under_threshold = false;  // the wait fell under the citizen's chosen minutes
};
inline constexpr UnixSeconds kSetOffSpareSeconds = 5 * 60;
SetOffAdvice set_off_advice(const WalkInTicket& t, std::optional<UnixSeconds> travel_s);

std::string walk_ins_to_json(const std::vector<WalkInTicket>& tickets);
std::vector<WalkInTicket> walk_ins_from_json(std::string_view text);  // throws std::invalid_argument

// The feature's state: the office whose sections are offered, the request on its way, the tickets.
struct WalkIns {
  std::string office_code;      // chosen on the map or the list
  SendStatus send = SendStatus::Idle;
  std::string refusal;          // the server's error code of the last refused request, or "network"
  std::vector<WalkInTicket> tickets;  // newest first
  std::string open_key;         // the ticket on screen
  bool notifications_allowed = false;
  bool notifications_asked = false;
  bool operator==(const WalkIns&) const = default;
};

WalkInTicket* find_walk_in(WalkIns& w, std::string_view key);
const WalkInTicket* find_walk_in(const WalkIns& w, std::string_view key);

}  // namespace khiw
