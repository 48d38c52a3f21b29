#include "core/booking.h"

#include <array>

#include "core/enum_names.h"
#include "core/json_fields.h"
#include "core/slots.h"
#include "core/validation.h"

namespace khiw {

namespace {

using json_fields::json;

constexpr std::array<std::string_view, 7> kStateNames = {"requested", "confirmed", "checked_in", "serving",
                                                         "done",      "cancelled", "no_show"};

Status validate_pre_service(const BookingRules& rules, const BookingRequest& r) {
  if (!r.pre_service) return ErrorCode::MissingRequestFields;
  if (auto laser = normalize_laser_code(r.pre_service->laser_code); !laser) return laser.error();
  if (r.pre_service->copies < 1 || r.pre_service->copies > rules.config.max_copies) return ErrorCode::InvalidCopies;
  const Date pickup = r.pre_service->pickup_date;
  if (!is_valid_date(pickup) || pickup < r.date || !is_working_day(rules.calendar, pickup))
    return ErrorCode::InvalidPickupDate;
  const std::string& office = r.pre_service->pickup_office;
  if (!office.empty() && !is_pickup_office(rules.offices, office)) return ErrorCode::InvalidPickupOffice;
  return Ok{};
}

}  // namespace

std::string_view booking_state_name(BookingState s) { return enum_name(kStateNames, s); }

std::optional<BookingState> booking_state_from_name(std::string_view name) {
  return enum_from_name<BookingState>(kStateNames, name);
}

bool is_active(BookingState s) {
  return s == BookingState::Requested || s == BookingState::Confirmed || s == BookingState::CheckedIn ||
         s == BookingState::Serving;
}

Status validate_request(const BookingRules& rules, const BookingRequest& r) {
  if (!find_office(rules.offices, r.office_code)) return ErrorCode::UnknownOffice;
  if (!find_section(rules.catalog, r.section_id)) return ErrorCode::UnknownSection;
  const Service* service = find_service(rules.catalog, r.service_id);
  if (!service) return ErrorCode::UnknownService;
  if (service->section_id != r.section_id) return ErrorCode::ServiceNotInSection;
  if (auto id = normalize_national_id(r.national_id); !id) return id.error();
  if (auto name = normalize_name(r.name, rules.config.name_max_chars); !name) return name.error();
  if (!service->needs_mobile()) return r.mobile.empty() ? Status(Ok{}) : Status(ErrorCode::MobileNotCollected);
  if (auto mobile = normalize_mobile(r.mobile); !mobile) return mobile.error();
  if (service->needs_pre_service_request) return validate_pre_service(rules, r);
  return Ok{};
}

Date last_bookable_date(const RulesConfig& config, const Calendar& calendar, UnixSeconds now) {
  return nth_working_day_after(calendar, bkk_date(now), config.window_working_days);
}

Status check_window(const RulesConfig& config, const Calendar& calendar, UnixSeconds now, Date date, int slot) {
  if (!is_valid_date(date)) return ErrorCode::InvalidDate;
  if (!is_valid_slot(config, slot)) return ErrorCode::InvalidSlot;
  const Date today = bkk_date(now);
  if (date < today) return ErrorCode::DateInPast;
  if (date < add_days(today, config.first_day_ahead) || date > last_bookable_date(config, calendar, now))
    return ErrorCode::OutsideWindow;
  if (!is_working_day(calendar, date)) return ErrorCode::NonWorkingDay;
  if (now >= slot_start(config, date, slot)) return ErrorCode::SlotStarted;  // only when same-day booking is on
  return Ok{};
}

Result<Booking> decide_booking(const BookingRules& rules, UnixSeconds now, const BookingRequest& r,
                               const SlotOccupancy& occupancy, std::string id, std::string citizen_key) {
  if (auto valid = validate_request(rules, r); !valid) return valid.error();
  if (auto window = check_window(rules.config, rules.calendar, now, r.date, r.slot); !window) return window.error();
  if (occupancy.citizen_active_same_service_day >= rules.config.max_active_per_service_per_day)
    return ErrorCode::DuplicateBooking;
  if (occupancy.active_in_slot >= rules.config.capacity_per_slot) return ErrorCode::SlotFull;

  Booking b;
  b.id = std::move(id);
  b.office_code = r.office_code;
  b.section_id = r.section_id;
  b.service_id = r.service_id;
  b.date = r.date;
  b.slot = r.slot;
  b.citizen_key = std::move(citizen_key);
  b.id_last4 = national_id_last4(normalize_national_id(r.national_id).value());
  b.name = normalize_name(r.name, rules.config.name_max_chars).value();
  const Service& service = *find_service(rules.catalog, r.service_id);
  if (service.needs_mobile()) b.mobile = normalize_mobile(r.mobile).value();
  if (service.needs_pre_service_request) {
    b.pre_service = r.pre_service;
    b.pre_service->laser_code = normalize_laser_code(r.pre_service->laser_code).value();
    if (b.pre_service->pickup_office.empty()) b.pre_service->pickup_office = r.office_code;
    b.pre_service->progress = {PreServiceState::Pending, std::nullopt, {}, now, {}};
  }
  b.state = BookingState::Confirmed;
  b.created_at = now;
  b.updated_at = now;
  return b;
}

std::string booking_to_json(const Booking& b) {
  json pre = nullptr;
  if (b.pre_service) {
    pre = {{"laser_code", b.pre_service->laser_code},
           {"copies", b.pre_service->copies},
           {"pickup_date", iso_date(b.pre_service->pickup_date)},
           {"pickup_office", b.pre_service->pickup_office}};
    write_progress(pre, b.pre_service->progress);
  }
  return json{{"version", kBookingJsonVersion},
              {"id", b.id},
              {"office_code", b.office_code},
              {"section_id", b.section_id},
              {"service_id", b.service_id},
              {"date", iso_date(b.date)},
              {"slot", b.slot},
              {"citizen_key", b.citizen_key},
              {"id_last4", b.id_last4},
              {"name", b.name},
              {"mobile", b.mobile},
              {"pre_service", pre},
              {"state", booking_state_name(b.state)},
              {"created_at", b.created_at},
              {"updated_at", b.updated_at}}
      .dump();
}

Booking booking_from_json(std::string_view text) {
  const json doc = json_fields::parse_versioned(text, "booking", kBookingJsonVersion);
  const std::string w = "booking";
  using json_fields::required;
  Booking b;
  b.id = required<std::string>(doc, "id", w);
  b.office_code = required<std::string>(doc, "office_code", w);
  b.section_id = required<std::string>(doc, "section_id", w);
  b.service_id = required<std::string>(doc, "service_id", w);
  b.date = json_fields::required_date(doc, "date", w);
  b.slot = required<int>(doc, "slot", w);
  b.citizen_key = required<std::string>(doc, "citizen_key", w);
  b.id_last4 = required<std::string>(doc, "id_last4", w);
  b.name = required<std::string>(doc, "name", w);
  b.mobile = required<std::string>(doc, "mobile", w);
  const auto state = booking_state_from_name(required<std::string>(doc, "state", w));
  if (!state) throw std::invalid_argument("booking: unknown \"state\"");
  b.state = *state;
  b.created_at = required<UnixSeconds>(doc, "created_at", w);
  b.updated_at = required<UnixSeconds>(doc, "updated_at", w);
  if (const auto it = doc.find("pre_service"); it != doc.end() && !it->is_null()) {
    // Records from before pickup offices and progress: picked up where booked, pending since booked.
    const std::string pw = "booking pre_service";
    std::string pickup_office = json_fields::optional<std::string>(*it, "pickup_office", pw).value_or(b.office_code);
    b.pre_service = PreServiceRequest{required<std::string>(*it, "laser_code", pw), required<int>(*it, "copies", pw),
                                      json_fields::required_date(*it, "pickup_date", pw), std::move(pickup_office),
                                      read_progress(*it, pw)};
    if (b.pre_service->progress.updated_at == 0) b.pre_service->progress.updated_at = b.created_at;
  }
  return b;
}

}  // namespace khiw
