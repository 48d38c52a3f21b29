#include "core/day_summary.h"

namespace khiw {

namespace {

constexpr int kWeekDays = 7;

std::string summary_path(const StaffSession& session, SummaryDates r) {
  return "/api/counter/" + session.office_code + "/summary?from=" + iso_date(r.from) + "&to=" + iso_date(r.to);
}

struct DaySummaryStep {
  DaySummary& d;
  const StaffSession& session;
  Navigation& nav;
  UnixSeconds now;

  std::vector<Effect> read() const {
    return {read_stats(d.read, summary_path(session, summary_dates(d.range, now)), session.token)};
  }

  std::vector<Effect> operator()(const OpenDaySummary&) const {
    go_to(nav, Screen::DaySummary);
    return read();
  }

  std::vector<Effect> operator()(const ChooseSummaryRange& i) const {
    d.range = i.range;
    return read();
  }

  // The API's file name: khiw-<office>-<from>-<to>.csv.
  std::vector<Effect> operator()(const DownloadSummaryCsv&) const {
    const SummaryDates r = summary_dates(d.range, now);
    const std::string name = "khiw-" + session.office_code + "-" + iso_date(r.from) + "-" + iso_date(r.to) + ".csv";
    return download_stats_csv(d.read, name, session.token);
  }
};

}  // namespace

SummaryDates summary_dates(SummaryRange range, UnixSeconds now) {
  const Date today = bkk_date(now);
  switch (range) {
    case SummaryRange::Today: return {today, today};
    case SummaryRange::Yesterday: return {add_days(today, -1), add_days(today, -1)};
    case SummaryRange::Last7Days: return {add_days(today, 1 - kWeekDays), today};
  }
  return {today, today};
}

std::vector<Effect> apply_summary_intent(DaySummary& d, const StaffSession& session, Navigation& nav, UnixSeconds now,
                                         const SummaryIntent& intent) {
  if (!session_valid(session, now)) {
    nav.stack = {Screen::Start, Screen::StaffLogin};
    return {};
  }
  return std::visit(DaySummaryStep{d, session, nav, now}, intent);
}

}  // namespace khiw
