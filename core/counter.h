// Counter mode: what a clerk's device knows — the staff session, the counter it is set up as, the
// section's line and today's bookings as the server last answered them, the citizen being checked in,
// and the counter actions not answered yet. Core's queue rules decide on the server; this side only
// shows their outcome and sends the clerk's actions, one at a time and each with its idempotency key.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/bkk_time.h"
#include "core/effects.h"
#include "core/my_bookings.h"
#include "core/pre_service_desk.h"
#include "core/queue.h"
#include "core/reference_state.h"

namespace khiw {

struct StaffSession {
  std::string token;  // sent as a bearer token; never in a URL
  std::string username;
  std::string office_code;
  UnixSeconds expires_at = 0;
  bool operator==(const StaffSession&) const = default;
};
bool session_valid(const StaffSession& s, UnixSeconds now);

enum class CounterSend { Idle, Sending, Refused, NoAnswer };

struct StaffLoginForm {
  std::string username;
  std::string password;  // cleared once sent; never stored
  CounterSend send = CounterSend::Idle;
  std::string error;     // server error code
  bool expired = false;  // the last session ran out: say so above the form
  bool operator==(const StaffLoginForm&) const = default;
};

// Where this device serves; remembered on the device so a reload opens the same counter.
struct CounterDesk {
  std::string section_id;
  int counter = 0;  // 1-based; 0 until chosen
  bool operator==(const CounterDesk&) const = default;
};
bool desk_ready(const CounterDesk& d);

// The citizen at the desk being checked in: found by a scanned QR (verified by the server) or a typed
// booking code or ticket number, then the documents shown, priority, and the check-in itself.
enum class CheckInStep { Idle, Verifying, Found, CheckingIn, CheckedIn, Refused, IssuingWalkIn, WalkInIssued };
struct CheckInDesk {
  CheckInStep step = CheckInStep::Idle;
  std::string typed;                  // booking code or ticket number as typed
  std::optional<BookingView> booking; // a booking found
  std::string ticket;                 // a remote walk-in ticket found (no booking)
  std::string section_id;             // the found one's section
  std::vector<bool> shown;            // the service's documents the citizen showed
  std::string priority;               // "", "elderly", "disability" or "pregnancy"
  std::string error;                  // why it was refused (core error code or server code)
  std::string key;                    // the check-in's (or walk-in's) action, whose answer this desk shows
  std::string last_scanned;           // a refused QR is not verified again while it stays in view
  std::string result_ticket;          // the queue number given (or the walk-in issued instead)
  int result_position = 0;
  bool operator==(const CheckInDesk&) const = default;
};

// A clerk's action as sent: replayed with the same key after a lost answer, so a retry never acts twice.
struct CounterOp {
  std::string name;      // "call_next", "check_in", … (the request's context is its idempotency key)
  std::string username;  // who asked: sent only under their own session
  HttpRequest request;
  bool in_flight = false;
  UnixSeconds retry_at = 0;  // no answer: sent again from then on
  int server_errors = 0;     // 5xx answers so far: a few are retried, then the action is given up
  bool kept = true;          // false: left out of the device record (its body holds a national ID)
  bool operator==(const CounterOp&) const = default;
};

struct Counter {
  StaffSession session;
  StaffLoginForm login;
  CounterDesk desk;
  SectionQueue queue;               // the desk section's line today, as last read
  LoadStatus queue_status = LoadStatus::Idle;
  std::string queue_etag;
  std::vector<BookingView> roster;  // the office's bookings today, slot order
  LoadStatus roster_status = LoadStatus::Idle;
  bool stream_connected = false;    // the office's event stream is open (the line is live)
  UnixSeconds next_read = 0;        // without the stream, the line is read again from then on
  CheckInDesk check_in;
  std::vector<CounterOp> ops;       // the clerk's actions in order; the first may be in flight
  std::string notice;               // the last refused action's error code, until the next action
  std::string issued_walk_in;       // the last walk-in ticket issued at this desk
  std::string camera_error;         // why the scanner could not run ("permission_denied", …); typing still works
  std::string pause_reason;         // typed before pausing
  bool transfer_open = false;       // the sections to transfer to are shown
  std::string transfer_to;          // section chosen for a transfer
  PreServiceDesk pre_service;       // the office's copy requests
  bool operator==(const Counter&) const = default;
};

// The ticket at `counter` now, if any.
const Ticket* serving_at(const SectionQueue& q, int counter);
const BookingView* roster_booking(const Counter& c, const std::string& code);

struct CounterCounts {
  int waiting = 0;   // at the office, in line
  int remote = 0;    // holding a place from the app
  int serving = 0;
  int served = 0;
  int no_shows = 0;
  UnixSeconds mean_wait = 0;  // joined → called, over the day's called tickets; 0 when none
  bool operator==(const CounterCounts&) const = default;
};
CounterCounts counter_counts(const SectionQueue& q);

// Pending actions the clerk should know about (waiting for the connection).
int unanswered_ops(const Counter& c);

// The device record "staff": session, desk and the actions not answered yet, so a reload loses none (the
// password is never in it, nor an action that is not `kept`; the token is added only when an action is sent).
std::string counter_record_to_json(const Counter& c);
void counter_record_from_json(Counter& c, const std::string& text);  // throws std::invalid_argument

}  // namespace khiw
