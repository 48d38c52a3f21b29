#include "core/my_bookings.h"

#include <algorithm>

#include "core/json_fields.h"
#include "core/slots.h"

namespace khiw {

namespace {

using json_fields::json;
using json_fields::required;

BookingView view_from(const json& b) {
  const std::string w = "booking";
  BookingView v;
  v.code = required<std::string>(b, "code", w);
  v.office_code = required<std::string>(b, "office_code", w);
  v.section_id = required<std::string>(b, "section_id", w);
  v.service_id = required<std::string>(b, "service_id", w);
  v.date = json_fields::required_date(b, "date", w);
  v.slot = required<int>(b, "slot", w);
  v.start = required<std::string>(b, "start", w);
  v.end = required<std::string>(b, "end", w);
  v.check_in_until = required<UnixSeconds>(b, "check_in_until", w);
  const auto state = booking_state_from_name(required<std::string>(b, "state", w));
  if (!state) throw std::invalid_argument("booking: unknown \"state\"");
  v.state = *state;
  v.name = required<std::string>(b, "name", w);
  v.id_last4 = required<std::string>(b, "id_last4", w);
  v.pre_service = pre_service_view_from(b, w);
  return v;
}

json view_to(const BookingView& v) {
  return {{"code", v.code},
          {"office_code", v.office_code},
          {"section_id", v.section_id},
          {"service_id", v.service_id},
          {"date", iso_date(v.date)},
          {"slot", v.slot},
          {"start", v.start},
          {"end", v.end},
          {"check_in_until", v.check_in_until},
          {"state", booking_state_name(v.state)},
          {"name", v.name},
          {"id_last4", v.id_last4},
          {"pre_service", pre_service_view_json(v.pre_service)}};
}

}  // namespace

BookingView booking_view_from_json(std::string_view text) { return view_from(json_fields::parse(text, "booking")); }

SavedBooking saved_booking_from_created(std::string_view body, UnixSeconds now) {
  const json doc = json_fields::parse(body, "booking answer");
  SavedBooking s;
  s.booking = view_from(json_fields::required_object(doc, "booking", "booking answer"));
  s.secret = required<std::string>(doc, "secret", "booking answer");
  s.qr = required<std::string>(doc, "qr", "booking answer");
  s.saved_at = now;
  s.refreshed_at = now;
  s.qr_matrix = encode_qr(s.qr);
  return s;
}

SavedBooking* find_saved(MyBookings& mine, std::string_view code) {
  for (SavedBooking& s : mine.items)
    if (s.booking.code == code) return &s;
  return nullptr;
}

const SavedBooking* find_saved(const MyBookings& mine, std::string_view code) {
  return find_saved(const_cast<MyBookings&>(mine), code);
}

void upsert_saved(MyBookings& mine, SavedBooking booking) {
  if (SavedBooking* existing = find_saved(mine, booking.booking.code)) {
    booking.ticks = existing->ticks;  // the citizen's ticks and rating outlive a refreshed answer
    booking.rating = existing->rating;
    *existing = std::move(booking);
  } else {
    mine.items.push_back(std::move(booking));
  }
  std::stable_sort(mine.items.begin(), mine.items.end(),
                   [](const SavedBooking& a, const SavedBooking& b) { return a.saved_at > b.saved_at; });
}

int active_count(const MyBookings& mine) {
  return static_cast<int>(std::count_if(mine.items.begin(), mine.items.end(),
                                        [](const SavedBooking& s) { return is_active(s.booking.state); }));
}

Reminder upcoming_reminder(const MyBookings& mine, const RulesConfig& rules, UnixSeconds now) {
  Reminder best;
  for (const SavedBooking& s : mine.items) {
    if (s.booking.state != BookingState::Confirmed || !is_valid_slot(rules, s.booking.slot)) continue;
    const UnixSeconds start = slot_start(rules, s.booking.date, s.booking.slot);
    // Until the check-in deadline passes the citizen can still make it.
    if (now > s.booking.check_in_until || start - now > 24 * 3600) continue;
    if (best.level != ReminderLevel::None && start >= best.starts_at) continue;
    best = {start - now <= 2 * 3600 ? ReminderLevel::Within2Hours : ReminderLevel::Within24Hours, s.booking.code,
            start};
  }
  return best;
}

std::string my_bookings_to_json(const std::vector<SavedBooking>& items) {
  json list = json::array();
  for (const SavedBooking& s : items) {
    json rec = {{"booking", view_to(s.booking)},
                {"secret", s.secret},
                {"qr", s.qr},
                {"ticks", s.ticks},
                {"saved_at", s.saved_at},
                {"refreshed_at", s.refreshed_at}};
    put_rating_mark(rec, s.rating);
    list.push_back(std::move(rec));
  }
  return json{{"version", kMyBookingsJsonVersion}, {"bookings", list}}.dump();
}

std::vector<SavedBooking> my_bookings_from_json(std::string_view text) {
  const json doc = json_fields::parse_versioned(text, "my bookings", kMyBookingsJsonVersion);
  std::vector<SavedBooking> out;
  size_t i = 0;
  for (const json& rec : json_fields::required_array(doc, "bookings", "my bookings")) {
    const std::string where = "my booking #" + std::to_string(i++);
    SavedBooking s;
    s.booking = view_from(json_fields::required_object(rec, "booking", where));
    s.secret = required<std::string>(rec, "secret", where);
    s.qr = required<std::string>(rec, "qr", where);
    s.ticks = required<std::vector<bool>>(rec, "ticks", where);
    s.saved_at = required<UnixSeconds>(rec, "saved_at", where);
    s.refreshed_at = required<UnixSeconds>(rec, "refreshed_at", where);
    s.rating = rating_mark_in(rec);
    s.qr_matrix = encode_qr(s.qr);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace khiw
