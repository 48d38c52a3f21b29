// Seats per day and slot from GET /api/availability, laid over the calendar so the date screen can show
// every day of the window: bookable days, and weekends, holidays and full days disabled with a reason.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bkk_time.h"
#include "core/calendar.h"
#include "core/rules_config.h"

namespace khiw {

struct SlotSeats {
  int slot = 0;
  int remaining = 0;
  bool bookable = false;  // inside the booking window at the server's clock
  bool known = true;      // false: worked out offline, the seats taken are not known (remaining = capacity)
  bool operator==(const SlotSeats&) const = default;
};

struct DaySeats {
  Date date;
  bool provisional = false;  // the holiday calendar of that year is not yet official
  std::vector<SlotSeats> slots;
  bool operator==(const DaySeats&) const = default;
};

struct Availability {
  std::string office_code;
  std::string section_id;
  int capacity = 0;
  std::vector<DaySeats> days;  // working days only, in date order
  bool operator==(const Availability&) const = default;
};

Availability availability_from_json(std::string_view text);  // throws std::invalid_argument
// GET /api/availability's path for an office's section.
std::string availability_path(std::string_view office_code, std::string_view section_id);
// The server's answer (docs/API.md): each slot with its start and end from the rules.
std::string availability_to_json(const Availability& availability, const RulesConfig& rules);

// The booking window at `now` from the rules and calendar alone: every working day and slot, bookable as
// check_window says, every seat free and not known. The server fills in the seats taken; offline, the
// app lays its last answer over it.
Availability window_availability(const RulesConfig& rules, const Calendar& calendar, UnixSeconds now,
                                 const std::string& office_code, const std::string& section_id);
// What the app can offer offline: today's window, with the seats of an older answer where it has them
// (`last` may be null). Days that left the window since are gone; the rest say their seats are not known.
Availability offline_availability(const Availability* last, const RulesConfig& rules, const Calendar& calendar,
                                  UnixSeconds now, const std::string& office_code, const std::string& section_id);

enum class DayStatus { Open, Full, Weekend, Holiday, Closed };

struct DayChoice {
  Date date;
  DayStatus status = DayStatus::Open;
  int seats_left = 0;
  bool seats_known = true;  // false when a bookable slot's seats are not known (offline)
  bool provisional = false;
  std::string holiday_th;  // for DayStatus::Holiday
  std::string holiday_en;
};

// Every day from the first bookable day to the last, in order (weekends and holidays included).
std::vector<DayChoice> day_choices(const Availability& availability, const Calendar& calendar,
                                   const RulesConfig& rules, UnixSeconds now);
const DaySeats* seats_on(const Availability& availability, Date date);

struct SlotChoice {
  Date date;
  int slot = 0;
  int remaining = 0;
  bool operator==(const SlotChoice&) const = default;
};

// What the nearest free slots leave out: the slot that was refused, its whole day (a duplicate booking
// is per day), or nothing (another office's seats).
enum class Exclude { WantedSlot, WantedDay, Nothing };
// Up to `limit` bookable slots with a seat, nearest in time to (date, slot) first.
std::vector<SlotChoice> nearest_free_slots(const Availability& availability, const RulesConfig& rules,
                                           Date date, int slot, Exclude exclude, size_t limit);

}  // namespace khiw
