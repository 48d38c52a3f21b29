// Every booking made on this device: what the server answered (code, secret, QR payload, the booking as
// last seen) and the citizen's ticks on the document checklist. Never the national ID. Kept in the
// browser's IndexedDB and refreshed from the server (lookup by code + secret) when the list opens.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bkk_time.h"
#include "core/booking.h"
#include "core/qr_matrix.h"
#include "core/rating_mark.h"
#include "core/rules_config.h"

namespace khiw {

// The server's booking view (docs/API.md), as the app shows it.
struct BookingView {
  std::string code;
  std::string office_code;
  std::string section_id;
  std::string service_id;
  Date date;
  int slot = 0;
  std::string start;  // "08:00"
  std::string end;
  UnixSeconds check_in_until = 0;
  BookingState state = BookingState::Confirmed;
  std::string name;
  std::string id_last4;
  std::optional<PreServiceView> pre_service;  // a pre-service request's progress and pickup office
  bool operator==(const BookingView&) const = default;
};

BookingView booking_view_from_json(std::string_view text);  // throws std::invalid_argument

struct SavedBooking {
  BookingView booking;
  std::string secret;
  std::string qr;            // the server's signed payload, drawn as the QR code
  std::vector<bool> ticks;   // document checklist, one per document of the service
  UnixSeconds saved_at = 0;
  UnixSeconds refreshed_at = 0;  // last answer from the server
  RatingMark rating;             // asked to rate the service once it is done
  QrMatrix qr_matrix;        // derived from `qr`, not stored
  bool operator==(const SavedBooking&) const = default;
};

// From a 201 of POST /api/bookings ({"booking","secret","qr"}). Throws std::invalid_argument.
SavedBooking saved_booking_from_created(std::string_view body, UnixSeconds now);

enum class RefreshStatus { Idle, Refreshing, Done, Failed };

struct MyBookings {
  bool loaded = false;  // device storage read
  bool storage_available = true;
  bool storage_full = false;  // a write was refused for lack of space
  std::vector<SavedBooking> items;  // newest first
  RefreshStatus refresh = RefreshStatus::Idle;
  int refresh_pending = 0;
  bool refresh_failed = false;     // some lookup of this refresh got no answer
  std::string open_code;           // the ticket on screen
  std::string cancel_asked;        // the code whose cancel awaits "are you sure"
  std::string cancel_sending;      // the code whose cancel is on its way
  std::optional<std::string> cancel_error;  // code of the last refusal, or "network"
  bool operator==(const MyBookings&) const = default;
};

SavedBooking* find_saved(MyBookings& mine, std::string_view code);
const SavedBooking* find_saved(const MyBookings& mine, std::string_view code);
// Adds or replaces by code, keeping newest first.
void upsert_saved(MyBookings& mine, SavedBooking booking);
// Bookings that still hold a seat (confirmed, checked in, being served).
int active_count(const MyBookings& mine);

enum class ReminderLevel { None, Within24Hours, Within2Hours };
struct Reminder {
  ReminderLevel level = ReminderLevel::None;
  std::string code;
  UnixSeconds starts_at = 0;
};
// The soonest confirmed appointment starting within 24 h (or 2 h) of `now`.
Reminder upcoming_reminder(const MyBookings& mine, const RulesConfig& rules, UnixSeconds now);

inline constexpr int kMyBookingsJsonVersion = 1;
std::string my_bookings_to_json(const std::vector<SavedBooking>& items);
std::vector<SavedBooking> my_bookings_from_json(std::string_view text);  // throws std::invalid_argument

}  // namespace khiw
