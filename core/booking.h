// Deciding a booking: a pure function of (config, calendar, catalog, now, request, current counts) so the
// server can call it inside the DB transaction that reads the counts and writes the booking.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/bkk_time.h"
#include "core/calendar.h"
#include "core/catalog.h"
#include "core/offices.h"
#include "core/pre_service.h"
#include "core/result.h"
#include "core/rules_config.h"

namespace khiw {

enum class BookingState { Requested, Confirmed, CheckedIn, Serving, Done, Cancelled, NoShow };
std::string_view booking_state_name(BookingState s);  // "requested", "checked_in", ...
std::optional<BookingState> booking_state_from_name(std::string_view name);
// Active bookings hold a slot and count against the one-per-service-per-day rule.
bool is_active(BookingState s);

// Bang Khae-style pre-service request (e.g. certified copy of the house registration), prepared by the
// booking's office and picked up at the office the citizen chose (pre_service.h).
struct PreServiceRequest {
  std::string laser_code;  // normalised, "JC1123456789"
  int copies = 1;
  Date pickup_date;
  std::string pickup_office;  // as asked: empty means the booking's office; decided: always set
  PreServiceProgress progress;  // staff's actions; as asked, ignored
  bool operator==(const PreServiceRequest&) const = default;
};

// What the citizen submits. Raw text: decide_booking validates and normalises it.
struct BookingRequest {
  std::string office_code;
  std::string section_id;
  std::string service_id;
  Date date;
  int slot = 0;
  std::string national_id;
  std::string name;
  std::string mobile;  // only for services that need it (Service::needs_mobile), else empty
  std::optional<PreServiceRequest> pre_service;  // laser_code raw here
};

// What the server counts in its transaction (active bookings only).
struct SlotOccupancy {
  int active_in_slot = 0;                  // this office section, date and slot
  int citizen_active_same_service_day = 0; // this citizen (by keyed hash), service and date
};

// The stored record. No national ID: only the server's keyed hash and the last 4 digits.
struct Booking {
  std::string id;
  std::string office_code;
  std::string section_id;
  std::string service_id;
  Date date;
  int slot = 0;
  std::string citizen_key;  // keyed hash of the national ID, computed by the server
  std::string id_last4;
  std::string name;
  std::string mobile;
  std::optional<PreServiceRequest> pre_service;
  BookingState state = BookingState::Requested;
  UnixSeconds created_at = 0;
  UnixSeconds updated_at = 0;
  bool operator==(const Booking&) const = default;
};

struct BookingRules {
  const RulesConfig& config;
  const Calendar& calendar;
  const Catalog& catalog;
  const std::vector<Office>& offices;  // where to book, and where to pick prepared copies up
};

// Input checks only (no counts, no window): what the app can check offline before queueing a request.
Status validate_request(const BookingRules& rules, const BookingRequest& request);
// Date and slot bookable at `now`: not past, not today, a working day within the window, slot exists.
Status check_window(const RulesConfig& config, const Calendar& calendar, UnixSeconds now, Date date, int slot);
// The last date that can be booked at `now` (the window_working_days-th working day after today).
Date last_bookable_date(const RulesConfig& config, const Calendar& calendar, UnixSeconds now);
// Everything: input, window, capacity, duplicate. On success the record (state Confirmed) to store; a
// pre-service request is pending, to be picked up at the booking's office unless another was chosen.
Result<Booking> decide_booking(const BookingRules& rules, UnixSeconds now, const BookingRequest& request,
                               const SlotOccupancy& occupancy, std::string id, std::string citizen_key);

inline constexpr int kBookingJsonVersion = 1;
std::string booking_to_json(const Booking& booking);
Booking booking_from_json(std::string_view text);  // throws std::invalid_argument

}  // namespace khiw
