// What the citizen has chosen and typed so far, checked field by field with core's validation rules
// (the same ones decide_booking applies on the server), and the POST /api/bookings body it becomes.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/bkk_time.h"
#include "core/booking.h"
#include "core/errors.h"

namespace khiw {

// The text fields the details screen shows (copies and pickup date are chosen, not typed).
// OfficeSearch is the office finder's search box, PickupOfficeSearch the pickup office chooser's: not part
// of the draft, they share the keyboard bridge. So do counter mode's fields (staff login, a typed code, a
// pause reason, and a copy request's fee, refusal reason and the ID and laser code shown at pickup).
enum class Field {
  None, Name, NationalId, Mobile, LaserCode, OfficeSearch, StaffUsername, StaffPassword, CounterCode, PauseReason,
  RatingComment,
  PickupOfficeSearch, PreServiceFee, PreServiceReason, PickupNationalId, PickupLaserCode,
  kCount
};
std::string_view field_name(Field f);  // "name", "national_id", ... (widget ids, persisted focus)
std::optional<Field> field_from_name(std::string_view name);
// Counter mode's fields: edited through the office bundle's part (core/office_part.h).
bool is_staff_field(Field f);
// A search box's text is cut to this many bytes (more than any office name).
inline constexpr size_t kMaxSearchBytes = 64;

struct BookingDraft {
  std::string office_code;
  std::string section_id;
  std::string service_id;
  std::optional<Date> date;
  std::optional<int> slot;
  std::string name;
  std::string national_id;  // as typed; sent once, never kept after the booking is confirmed
  std::string mobile;
  std::string laser_code;
  int copies = 1;
  std::optional<Date> pickup_date;
  std::string pickup_office;  // empty: the booking's office (the server decides it, any district office)
  bool consent = false;
  std::string idempotency_key;  // set at the first confirm, cleared when anything in the body changes
  bool operator==(const BookingDraft&) const = default;
};

// The service's needs decide which fields apply (mobile and the pre-service request only where needed).
bool needs_pre_service(const Catalog& catalog, const BookingDraft& draft);

// The error to show under a field, or nullopt. While typing (`submitted` false) only a finished entry
// is judged (13 digits for the ID), so a half-typed value is not flagged; after submit every field is.
std::optional<ErrorCode> field_error(const BookingDraft& draft, Field field, const RulesConfig& rules,
                                     bool submitted);
// Copies and pickup date of the pre-service request.
std::optional<ErrorCode> pre_service_error(const BookingDraft& draft, const RulesConfig& rules,
                                           const Calendar& calendar);
// True when every field the service needs is valid.
bool details_complete(const BookingDraft& draft, const Catalog& catalog, const RulesConfig& rules,
                      const Calendar& calendar);

// "1-2345-67890-12-3" from the digits typed so far (grouped as the card prints it).
std::string group_national_id(std::string_view typed);

// The request decide_booking judges, and its JSON body for POST /api/bookings.
BookingRequest draft_request(const Catalog& catalog, const BookingDraft& draft);
std::string booking_request_json(const BookingRequest& request);

// Device copy of an unfinished draft (the ID is part of it until the booking is confirmed).
// Moves the draft to another day and slot; the prepared copies cannot be picked up before the visit.
void move_to_slot(BookingDraft& draft, Date date, int slot);

std::string draft_to_json(const BookingDraft& draft);
BookingDraft draft_from_json(std::string_view text);  // throws std::invalid_argument

}  // namespace khiw
