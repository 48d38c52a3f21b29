// The statistics reads: the director's summary of one office and the public open data, both core's
// compute_stats over the stored queues and ratings (docs/API.md, Statistics).
#pragma once
#include <string>

#include "core/day_stats.h"
#include "server-stub/context.h"

namespace khiw::server {

// A summary or open-data range spans at most this many days.
inline constexpr int kMaxStatsDays = 92;

struct DateRange {
  Date from;
  Date to;
};

// ?from=&to= (each default today, Bangkok); 400 bad_query when malformed, from after to, or longer than
// kMaxStatsDays.
DateRange stats_range(const Context& ctx, const std::string& from, const std::string& to);
// ?date= (default today); 400 bad_query when malformed.
Date stats_date(const Context& ctx, const std::string& date);

// One office over the range; comments only for its own staff.
StatsReport office_report(Context& ctx, const std::string& office, DateRange range, bool with_comments);
// Every office on one day, without comments.
StatsReport daily_report(Context& ctx, Date day);

// Whether the figures of days up to `to` can still change: ratings are still taken for them
// (ratings_service.h) or the day is not over.
bool stats_may_change(const Context& ctx, Date to);

}  // namespace khiw::server
