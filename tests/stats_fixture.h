// A statistics report with figures chosen for the client tests (core and UI): each office has one
// registration section whose figures are its totals; 10 arrivals at 8, 5 at 9, none later; mean waits
// of 15 min at 8, 5 min at 9, none later.
#pragma once
#include <string>
#include <vector>

#include "core/day_stats.h"

namespace khiw::testing {

inline SectionFigures sample_figures(int served) {
  SectionFigures f;
  f.arrivals = 15;
  f.booked = 10;
  f.walk_ins = 5;
  f.served = served;
  f.no_shows = 1;
  f.wait = {14, 600.0, 1500.0};
  f.booked_wait = {9, 300.0, 600.0};
  f.walk_in_wait = {5, 1140.0, 1500.0};
  f.services = served;
  f.mean_service_seconds = 420.0;
  for (int h = kFirstStatsHour; h <= kLastStatsHour; ++h) {
    const int arrivals = h == 8 ? 10 : h == 9 ? 5 : 0;
    const std::optional<double> wait = h == 8 ? std::optional(900.0) : h == 9 ? std::optional(300.0) : std::nullopt;
    f.hours.push_back({h, arrivals, arrivals, wait});
  }
  f.ratings = 4;
  f.mean_stars = 4.5;
  return f;
}

inline StatsReport sample_report(Date from, Date to, const std::vector<std::string>& offices) {
  StatsReport r{from, to, false, {}};
  for (size_t i = 0; i < offices.size(); ++i) {
    OfficeStats o;
    o.office_code = offices[i];
    o.totals = sample_figures(12 + static_cast<int>(i));
    o.booking_effect = {300.0, 1140.0, -73.7, 1500.0, 2, -80.0, kBookingWaitTargetPct};
    o.sections = {{"registration", o.totals}};
    o.days = {{"registration", from, o.totals}};
    r.offices.push_back(std::move(o));
  }
  return r;
}

}  // namespace khiw::testing
