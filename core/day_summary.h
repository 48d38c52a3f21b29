// The director's day summary in counter mode: the staff's own office over today, yesterday or the last 7
// days (Bangkok dates), from GET /api/counter/{office}/summary with the staff session, and the same as a
// CSV download. Office bundle only (core/office_part.h).
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "core/counter.h"
#include "core/navigation.h"
#include "core/stats_read.h"

namespace khiw {

enum class SummaryRange { Today, Yesterday, Last7Days };

struct DaySummary {
  SummaryRange range = SummaryRange::Today;
  StatsRead read;
  bool operator==(const DaySummary&) const = default;
};

struct OpenDaySummary {};  // from the counter desk
struct ChooseSummaryRange { SummaryRange range = SummaryRange::Today; };
struct DownloadSummaryCsv {};
using SummaryIntent = std::variant<OpenDaySummary, ChooseSummaryRange, DownloadSummaryCsv>;

struct SummaryDates {
  Date from;
  Date to;
};
SummaryDates summary_dates(SummaryRange range, UnixSeconds now);

// Without a valid session, counter mode's login comes first.
std::vector<Effect> apply_summary_intent(DaySummary& d, const StaffSession& session, Navigation& nav, UnixSeconds now,
                                         const SummaryIntent& intent);

}  // namespace khiw
