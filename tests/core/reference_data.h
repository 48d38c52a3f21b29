// The project's reference data, loaded once per test binary, and instants used across core tests.
#pragma once
#include "core/bkk_time.h"
#include "core/calendar.h"
#include "core/catalog.h"
#include "core/offices.h"
#include "core/rules_config.h"
#include "tests/test_files.h"

namespace khiw::testing {

inline const Calendar& reference_calendar() {
  static const Calendar calendar = calendar_from_reference_json(read_source_file("data/holidays.json"));
  return calendar;
}

inline const Catalog& reference_catalog() {
  static const Catalog catalog = catalog_from_reference_json(read_source_file("data/departments.json"),
                                                             read_source_file("data/express_points.json"));
  return catalog;
}

inline const std::vector<Office>& reference_offices() {
  static const std::vector<Office> offices = offices_from_reference_json(read_source_file("data/offices.json"));
  return offices;
}

// Bangkok wall-clock time, written out independently of bkk_instant(): 2026-11-23 00:00 +07:00 is
// 2026-11-22 17:00 UTC = 1795366800.
inline constexpr UnixSeconds kMon23Nov2026Midnight = 1795366800;
inline constexpr UnixSeconds at_23_nov(int hour, int minute = 0, int second = 0) {
  return kMon23Nov2026Midnight + hour * 3600 + minute * 60 + second;
}
inline constexpr UnixSeconds kDay = 86400;
inline constexpr Date kMonday{2026, 11, 23};  // kMon23Nov2026Midnight's day, the working day tests serve on
inline const RulesConfig kRules;              // the service's rules as shipped (RulesConfig's defaults)

}  // namespace khiw::testing
