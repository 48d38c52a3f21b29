// Working days: weekends and Thai government holidays are closed. Dates in years the data does not know
// are treated as working days and flagged provisional, so nothing breaks on 2028.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/bkk_time.h"

namespace khiw {

struct Holiday {
  Date date;
  std::string name_th;
  std::string name_en;
  bool operator==(const Holiday&) const = default;
};

struct Calendar {
  std::vector<Holiday> holidays;       // sorted by date
  std::vector<int> known_years;        // years whose holiday list the data claims to cover
  std::vector<int> provisional_years;  // known, but not officially announced (e.g. 2027)
  bool operator==(const Calendar&) const = default;
};

// data/holidays.json ({"2026": {"holidays": [...]}, "2027": {"status": "provisional ...", ...}}).
// Throws std::invalid_argument naming the offending entry.
Calendar calendar_from_reference_json(std::string_view text);

inline constexpr int kCalendarJsonVersion = 1;
std::string calendar_to_json(const Calendar& calendar);
Calendar calendar_from_json(std::string_view text);  // throws std::invalid_argument

const Holiday* holiday_on(const Calendar& calendar, Date d);
bool is_working_day(const Calendar& calendar, Date d);
// True when the answer of is_working_day may change: the year is unknown or not officially announced.
bool is_provisional(const Calendar& calendar, Date d);
// The n-th working day strictly after `from` (n >= 1).
Date nth_working_day_after(const Calendar& calendar, Date from, int n);

}  // namespace khiw
