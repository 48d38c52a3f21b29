#include "core/calendar.h"

#include <algorithm>

#include "core/json_fields.h"

namespace khiw {

namespace {

using json_fields::json;

bool contains(const std::vector<int>& years, int y) { return std::find(years.begin(), years.end(), y) != years.end(); }

// In date order, one holiday a date: holiday_on() finds one, and two on the same date would come back from
// the sort in either order (found by reference_json_fuzz: a calendar did not read back the same).
void sort_holidays(Calendar& c, const std::string& what) {
  const auto earlier = [](const Holiday& a, const Holiday& b) { return a.date < b.date; };
  std::sort(c.holidays.begin(), c.holidays.end(), earlier);
  const auto twice = std::adjacent_find(c.holidays.begin(), c.holidays.end(),
                                        [](const Holiday& a, const Holiday& b) { return a.date == b.date; });
  if (twice != c.holidays.end())
    throw std::invalid_argument(what + ": two holidays on " + iso_date(twice->date));
}

Holiday read_holiday(const json& rec, const std::string& where) {
  return {json_fields::required_date(rec, "date", where), json_fields::required<std::string>(rec, "name_th", where),
          json_fields::required<std::string>(rec, "name_en", where)};
}

}  // namespace

Calendar calendar_from_reference_json(std::string_view text) {
  const json doc = json_fields::parse(text, "holidays reference data");
  Calendar c;
  for (const auto& [key, year] : doc.items()) {
    if (key == "meta") continue;
    const int y = std::atoi(key.c_str());
    if (y < 1900 || y > 9999 || std::to_string(y) != key)
      throw std::invalid_argument("holidays reference data: unexpected key \"" + key + "\"");
    const std::string where = "holidays " + key;
    size_t i = 0;
    for (const json& rec : json_fields::required_array(year, "holidays", where)) {
      Holiday h = read_holiday(rec, where + " #" + std::to_string(i++));
      if (h.date.year != y) throw std::invalid_argument(where + ": " + iso_date(h.date) + " is in another year");
      c.holidays.push_back(std::move(h));
    }
    c.known_years.push_back(y);
    // The data marks years whose calendar was not officially announced (2027: "provisional - ...").
    if (year.value("status", std::string()).rfind("provisional", 0) == 0) c.provisional_years.push_back(y);
  }
  sort_holidays(c, "holidays reference data");
  return c;
}

std::string calendar_to_json(const Calendar& calendar) {
  json holidays = json::array();
  for (const Holiday& h : calendar.holidays)
    holidays.push_back({{"date", iso_date(h.date)}, {"name_th", h.name_th}, {"name_en", h.name_en}});
  return json{{"version", kCalendarJsonVersion},
              {"known_years", calendar.known_years},
              {"provisional_years", calendar.provisional_years},
              {"holidays", holidays}}
      .dump();
}

Calendar calendar_from_json(std::string_view text) {
  const json doc = json_fields::parse_versioned(text, "calendar", kCalendarJsonVersion);
  Calendar c;
  c.known_years = json_fields::required<std::vector<int>>(doc, "known_years", "calendar");
  c.provisional_years = json_fields::required<std::vector<int>>(doc, "provisional_years", "calendar");
  size_t i = 0;
  for (const json& rec : json_fields::required_array(doc, "holidays", "calendar"))
    c.holidays.push_back(read_holiday(rec, "calendar holiday #" + std::to_string(i++)));
  sort_holidays(c, "calendar");
  return c;
}

const Holiday* holiday_on(const Calendar& calendar, Date d) {
  const auto it = std::lower_bound(calendar.holidays.begin(), calendar.holidays.end(), d,
                                   [](const Holiday& h, Date x) { return h.date < x; });
  return it != calendar.holidays.end() && it->date == d ? &*it : nullptr;
}

bool is_working_day(const Calendar& calendar, Date d) { return !is_weekend(d) && holiday_on(calendar, d) == nullptr; }

bool is_provisional(const Calendar& calendar, Date d) {
  return !contains(calendar.known_years, d.year) || contains(calendar.provisional_years, d.year);
}

Date nth_working_day_after(const Calendar& calendar, Date from, int n) {
  Date d = from;
  for (int found = 0; found < n;) {
    d = add_days(d, 1);
    if (is_working_day(calendar, d)) ++found;
  }
  return d;
}

}  // namespace khiw
