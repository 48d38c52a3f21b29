#include "core/availability.h"

#include <algorithm>
#include <cstdlib>

#include "core/booking.h"
#include "core/json_fields.h"
#include "core/slots.h"

namespace khiw {

namespace {
using json_fields::json;
using json_fields::required;
}  // namespace

Availability availability_from_json(std::string_view text) {
  const json doc = json_fields::parse(text, "availability");
  Availability a;
  a.office_code = required<std::string>(doc, "office_code", "availability");
  a.section_id = required<std::string>(doc, "section_id", "availability");
  a.capacity = required<int>(doc, "capacity", "availability");
  size_t i = 0;
  for (const json& day : json_fields::required_array(doc, "dates", "availability")) {
    const std::string where = "availability date #" + std::to_string(i++);
    DaySeats d;
    d.date = json_fields::required_date(day, "date", where);
    d.provisional = required<bool>(day, "provisional", where);
    for (const json& s : json_fields::required_array(day, "slots", where))
      d.slots.push_back({required<int>(s, "slot", where), required<int>(s, "remaining", where),
                         required<bool>(s, "bookable", where)});
    a.days.push_back(std::move(d));
  }
  return a;
}

std::string availability_path(std::string_view office_code, std::string_view section_id) {
  return "/api/availability?office=" + std::string(office_code) + "&section=" + std::string(section_id);
}

std::string availability_to_json(const Availability& a, const RulesConfig& rules) {
  json dates = json::array();
  for (const DaySeats& d : a.days) {
    json slots = json::array();
    for (const SlotSeats& s : d.slots) {
      const SlotTime& times = rules.slots.at(static_cast<size_t>(s.slot));
      slots.push_back({{"slot", s.slot},
                       {"start", format_clock(times.start_minute)},
                       {"end", format_clock(times.end_minute)},
                       {"remaining", s.remaining},
                       {"bookable", s.bookable}});
    }
    dates.push_back({{"date", iso_date(d.date)}, {"provisional", d.provisional}, {"slots", std::move(slots)}});
  }
  return json{{"office_code", a.office_code}, {"section_id", a.section_id}, {"capacity", a.capacity},
              {"dates", std::move(dates)}}
      .dump();
}

Availability window_availability(const RulesConfig& rules, const Calendar& calendar, UnixSeconds now,
                                 const std::string& office_code, const std::string& section_id) {
  Availability a{office_code, section_id, rules.capacity_per_slot, {}};
  const Date last = last_bookable_date(rules, calendar, now);
  for (Date d = add_days(bkk_date(now), rules.first_day_ahead); d <= last; d = add_days(d, 1)) {
    if (!is_working_day(calendar, d)) continue;
    DaySeats day{d, is_provisional(calendar, d), {}};
    for (size_t i = 0; i < rules.slots.size(); ++i) {
      const int slot = static_cast<int>(i);
      day.slots.push_back({slot, rules.capacity_per_slot, check_window(rules, calendar, now, d, slot).ok(), false});
    }
    a.days.push_back(std::move(day));
  }
  return a;
}

Availability offline_availability(const Availability* last, const RulesConfig& rules, const Calendar& calendar,
                                  UnixSeconds now, const std::string& office_code, const std::string& section_id) {
  Availability a = window_availability(rules, calendar, now, office_code, section_id);
  if (!last) return a;
  for (DaySeats& day : a.days) {
    const DaySeats* seen = seats_on(*last, day.date);
    for (SlotSeats& s : day.slots) {
      if (!seen) continue;
      for (const SlotSeats& t : seen->slots) {
        if (t.slot != s.slot) continue;
        s.remaining = t.remaining;
        s.known = true;
      }
    }
  }
  return a;
}

const DaySeats* seats_on(const Availability& availability, Date date) {
  for (const DaySeats& d : availability.days)
    if (d.date == date) return &d;
  return nullptr;
}

std::vector<DayChoice> day_choices(const Availability& availability, const Calendar& calendar,
                                   const RulesConfig& rules, UnixSeconds now) {
  // The server's answer fixes the window (its clock is the one that counts); before it arrives, the
  // device's clock does.
  Date first = add_days(bkk_date(now), rules.first_day_ahead);
  Date last = last_bookable_date(rules, calendar, now);
  if (!availability.days.empty()) {
    first = availability.days.front().date;
    last = availability.days.back().date;
  }
  std::vector<DayChoice> out;
  for (Date d = first; d <= last; d = add_days(d, 1)) {
    DayChoice c;
    c.date = d;
    c.provisional = is_provisional(calendar, d);
    if (is_weekend(d)) {
      c.status = DayStatus::Weekend;
    } else if (const Holiday* h = holiday_on(calendar, d)) {
      c.status = DayStatus::Holiday;
      c.holiday_th = h->name_th;
      c.holiday_en = h->name_en;
    } else if (const DaySeats* seats = seats_on(availability, d)) {
      c.provisional = seats->provisional;
      bool any_bookable = false;
      for (const SlotSeats& s : seats->slots) {
        if (!s.bookable) continue;
        any_bookable = true;
        c.seats_left += s.remaining;
        c.seats_known = c.seats_known && s.known;
      }
      c.status = !any_bookable ? DayStatus::Closed : c.seats_left == 0 ? DayStatus::Full : DayStatus::Open;
    } else {
      c.status = DayStatus::Closed;
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<SlotChoice> nearest_free_slots(const Availability& availability, const RulesConfig& rules, Date date,
                                           int slot, Exclude exclude, size_t limit) {
  if (!is_valid_slot(rules, slot)) return {};
  const UnixSeconds wanted = slot_start(rules, date, slot);
  std::vector<SlotChoice> free;
  for (const DaySeats& d : availability.days) {
    if (exclude == Exclude::WantedDay && d.date == date) continue;
    for (const SlotSeats& s : d.slots)
      if (s.bookable && s.remaining > 0 && !(exclude == Exclude::WantedSlot && d.date == date && s.slot == slot) &&
          is_valid_slot(rules, s.slot))
        free.push_back({d.date, s.slot, s.remaining});
  }
  const auto distance = [&](const SlotChoice& c) { return std::llabs(slot_start(rules, c.date, c.slot) - wanted); };
  std::stable_sort(free.begin(), free.end(),
                   [&](const SlotChoice& a, const SlotChoice& b) { return distance(a) < distance(b); });
  if (free.size() > limit) free.resize(limit);
  return free;
}

}  // namespace khiw
