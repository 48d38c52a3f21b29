// Statistics of office days, from the stored lines (SectionQueue) and ratings: what the director's summary
// and the open data publish, computed by one function so both always show the same figures.
//
// Definitions (every figure is per office section and day, then merged over a range and an office):
// - arrival: a ticket issued in this section (a ticket transferred in from another section is not a new
//   arrival). booked = arrivals with an A ticket, walk_ins = W tickets (at the office or taken in the app).
// - served: tickets finished here (Done); no_shows: tickets marked no-show here.
// - wait: for every ticket called in this section, from the moment it joined this line to its call
//   (called_at, the last call when staff returned it to the line). It joined at issued_at, which for a
//   booked ticket is its check-in at the counter (so a booked citizen's wait counts from check-in, not
//   from the slot start) and for a remote walk-in the moment it was taken in the app (its place in line
//   started then); a ticket transferred in joined at the transfer (joined_at).
// - service time: called_at -> finished_at of tickets served here.
// - per-hour buckets, 08..16 Bangkok time: arrivals by the hour of issue, and the mean wait of the waits
//   that started in that hour; earlier instants count in the 08 bucket (the crowd before the doors open),
//   later ones in 16, so the buckets sum to the totals.
// - percentile: nearest rank, the ceil(p/100 * n)-th smallest of the n waits; over a range it is taken
//   from all the range's waits, never averaged from daily figures. Means are rounded to 0.1 s.
// - satisfaction: ratings of services on that day (count, mean stars); comments only when asked for.
// - booking effect: booked citizens' mean wait against walk-ins' mean wait over the same range, and
//   against the office's walk-in baseline: the mean walk-in wait over the days of the range on which the
//   office had no booked ticket at all. A figure with no data is null (nullopt), never a guess.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bkk_time.h"
#include "core/queue.h"
#include "core/rating.h"

namespace khiw {

inline constexpr int kFirstStatsHour = 8;
inline constexpr int kLastStatsHour = 16;
inline constexpr double kP95 = 95;
// Bang Khae's target for booked citizens' wait against walk-ins' (percent change).
inline constexpr double kBookingWaitTargetPct = -60;

struct WaitFigures {
  int count = 0;
  std::optional<double> mean_seconds;  // nullopt when count == 0
  std::optional<double> p95_seconds;
  bool operator==(const WaitFigures&) const = default;
};

struct HourFigures {
  int hour = kFirstStatsHour;
  int arrivals = 0;
  int waits = 0;
  std::optional<double> mean_wait_seconds;
  bool operator==(const HourFigures&) const = default;
};

struct SectionFigures {
  int arrivals = 0;
  int booked = 0;
  int walk_ins = 0;
  int served = 0;
  int no_shows = 0;
  WaitFigures wait;          // every call
  WaitFigures booked_wait;   // A tickets
  WaitFigures walk_in_wait;  // W tickets
  int services = 0;
  std::optional<double> mean_service_seconds;
  std::vector<HourFigures> hours;  // kFirstStatsHour..kLastStatsHour, one each
  int ratings = 0;
  std::optional<double> mean_stars;
  std::vector<std::string> comments;  // only in a report made with comments
  bool operator==(const SectionFigures&) const = default;
};

struct SectionDay {
  std::string section_id;
  Date date;
  SectionFigures figures;
  bool operator==(const SectionDay&) const = default;
};

struct SectionRange {
  std::string section_id;
  SectionFigures figures;
  bool operator==(const SectionRange&) const = default;
};

struct BookingEffect {
  std::optional<double> booked_mean_wait_seconds;
  std::optional<double> walk_in_mean_wait_seconds;
  std::optional<double> change_vs_walk_ins_pct;  // (booked / walk-in - 1) * 100, rounded to 0.1
  std::optional<double> baseline_walk_in_mean_wait_seconds;
  int baseline_days = 0;  // days of the range with queues and no booked ticket
  std::optional<double> change_vs_baseline_pct;
  double target_pct = kBookingWaitTargetPct;
  bool operator==(const BookingEffect&) const = default;
};

struct OfficeStats {
  std::string office_code;
  SectionFigures totals;               // all its sections over the range
  BookingEffect booking_effect;
  std::vector<SectionRange> sections;  // each section over the range, by section id
  std::vector<SectionDay> days;        // each section and day with a queue or a rating, by date then section
  bool operator==(const OfficeStats&) const = default;
};

struct StatsReport {
  Date from;
  Date to;
  bool comments = false;            // whether ratings' comments are listed
  std::vector<OfficeStats> offices; // by office code; offices with no queue and no rating are listed empty
  bool operator==(const StatsReport&) const = default;
};

struct StatsRequest {
  Date from;
  Date to;
  std::vector<std::string> office_codes;  // listed in this order, each even without data
  bool with_comments = false;             // the office's own summary; never in open data
};

// Queues and ratings outside [from, to] or of other offices are ignored.
StatsReport compute_stats(const StatsRequest& request, const std::vector<SectionQueue>& queues,
                          const std::vector<Rating>& ratings);

// Nearest-rank percentile (see above) of unsorted values; nullopt when empty.
std::optional<double> nearest_rank_percentile(std::vector<double> values, double percent);

inline constexpr int kStatsJsonVersion = 1;
std::string stats_to_json(const StatsReport& report);
StatsReport stats_from_json(std::string_view text);  // throws std::invalid_argument

// RFC 4180 (CRLF line ends, fields with , " CR or LF quoted, quotes doubled): a header row, then one
// row per office section and day. Empty cells for null figures. The comments column (comments joined
// by newlines) only when the report has comments.
std::string stats_to_csv(const StatsReport& report);

}  // namespace khiw
