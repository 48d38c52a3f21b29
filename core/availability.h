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

enum class DayStatus { Open, Full, Weekend, Holiday, Closed };

struct DayChoice {
  Date date;
  DayStatus status = DayStatus::Open;
  int seats_left = 0;
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

// Up to `limit` bookable slots with a seat, nearest in time to (date, slot) first; the wanted slot itself
// is excluded, and the whole day too when `other_days_only` (a duplicate booking is per day).
std::vector<SlotChoice> nearest_free_slots(const Availability& availability, const RulesConfig& rules,
                                           Date date, int slot, bool other_days_only, size_t limit);

}  // namespace khiw
