// compute_stats: raw samples are tallied per office, section and day, then merged (samples concatenated,
// so a range's percentile comes from all its waits) and only then turned into figures.
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "core/day_stats.h"

namespace khiw {

namespace {

constexpr size_t kHours = kLastStatsHour - kFirstStatsHour + 1;

struct Tally {
  int arrivals = 0, booked = 0, walk_ins = 0, served = 0, no_shows = 0;
  std::vector<double> waits, booked_waits, walk_in_waits, services;
  std::array<int, kHours> hour_arrivals{};
  std::array<int, kHours> hour_waits{};
  std::array<double, kHours> hour_wait_sums{};
  int ratings = 0;
  int stars = 0;
  std::vector<std::string> comments;

  void add(const Tally& o) {
    arrivals += o.arrivals;
    booked += o.booked;
    walk_ins += o.walk_ins;
    served += o.served;
    no_shows += o.no_shows;
    for (auto [to, from] : {std::pair{&waits, &o.waits}, std::pair{&booked_waits, &o.booked_waits},
                            std::pair{&walk_in_waits, &o.walk_in_waits}, std::pair{&services, &o.services}})
      to->insert(to->end(), from->begin(), from->end());
    for (size_t h = 0; h < kHours; ++h) {
      hour_arrivals[h] += o.hour_arrivals[h];
      hour_waits[h] += o.hour_waits[h];
      hour_wait_sums[h] += o.hour_wait_sums[h];
    }
    ratings += o.ratings;
    stars += o.stars;
    comments.insert(comments.end(), o.comments.begin(), o.comments.end());
  }
};

double round_tenth(double x) { return std::round(x * 10) / 10; }

std::optional<double> mean(double sum, int count) {
  if (count == 0) return std::nullopt;
  return round_tenth(sum / count);
}

std::optional<double> mean(const std::vector<double>& values) {
  double sum = 0;
  for (double v : values) sum += v;
  return mean(sum, static_cast<int>(values.size()));
}

size_t hour_bucket(UnixSeconds t) {
  const int hour = std::clamp(bkk_minute_of_day(t) / 60, kFirstStatsHour, kLastStatsHour);
  return static_cast<size_t>(hour - kFirstStatsHour);
}

void tally_ticket(Tally& tally, const Ticket& t) {
  const bool booked = t.kind == TicketKind::Booked;
  if (t.from_section.empty()) {
    ++tally.arrivals;
    ++(booked ? tally.booked : tally.walk_ins);
    ++tally.hour_arrivals[hour_bucket(t.issued_at)];
  }
  if (t.state == TicketState::Done) {
    ++tally.served;
    if (t.called_at > 0 && t.finished_at >= t.called_at)
      tally.services.push_back(static_cast<double>(t.finished_at - t.called_at));
  }
  if (t.state == TicketState::NoShow) ++tally.no_shows;
  const UnixSeconds joined = t.from_section.empty() ? t.issued_at : t.joined_at;
  if (t.first_called_at == 0 || t.first_called_at < joined) return;
  const auto wait = static_cast<double>(t.first_called_at - joined);
  tally.waits.push_back(wait);
  (booked ? tally.booked_waits : tally.walk_in_waits).push_back(wait);
  const size_t h = hour_bucket(joined);
  ++tally.hour_waits[h];
  tally.hour_wait_sums[h] += wait;
}

WaitFigures wait_figures(const std::vector<double>& waits) {
  return {static_cast<int>(waits.size()), mean(waits), nearest_rank_percentile(waits, kP95)};
}

SectionFigures figures(const Tally& t, bool with_comments) {
  SectionFigures f;
  f.arrivals = t.arrivals;
  f.booked = t.booked;
  f.walk_ins = t.walk_ins;
  f.served = t.served;
  f.no_shows = t.no_shows;
  f.wait = wait_figures(t.waits);
  f.booked_wait = wait_figures(t.booked_waits);
  f.walk_in_wait = wait_figures(t.walk_in_waits);
  f.services = static_cast<int>(t.services.size());
  f.mean_service_seconds = mean(t.services);
  for (size_t h = 0; h < kHours; ++h)
    f.hours.push_back({kFirstStatsHour + static_cast<int>(h), t.hour_arrivals[h], t.hour_waits[h],
                       mean(t.hour_wait_sums[h], t.hour_waits[h])});
  f.ratings = t.ratings;
  f.mean_stars = mean(t.stars, t.ratings);
  if (with_comments) f.comments = t.comments;
  return f;
}

std::optional<double> change_pct(std::optional<double> value, std::optional<double> reference) {
  if (!value || !reference || *reference <= 0) return std::nullopt;
  return round_tenth((*value / *reference - 1) * 100);
}

using DayKey = std::tuple<std::string, Date, std::string>;  // office, day, section

// One office's figures from its day tallies (all in the map belong to it).
OfficeStats office_stats(const std::string& code, const std::map<DayKey, Tally>& days,
                         const std::set<Date>& queue_days, bool with_comments) {
  OfficeStats o;
  o.office_code = code;
  Tally total;
  std::map<std::string, Tally> sections;
  std::map<Date, Tally> per_day;
  for (const auto& [key, tally] : days) {
    const auto& [office, date, section] = key;
    o.days.push_back({section, date, figures(tally, with_comments)});
    sections[section].add(tally);
    per_day[date].add(tally);
    total.add(tally);
  }
  for (const auto& [section, tally] : sections) o.sections.push_back({section, figures(tally, with_comments)});
  o.totals = figures(total, with_comments);

  Tally baseline;
  for (const auto& [date, tally] : per_day)
    if (queue_days.contains(date) && tally.booked == 0) {
      baseline.add(tally);
      ++o.booking_effect.baseline_days;
    }
  BookingEffect& e = o.booking_effect;
  e.booked_mean_wait_seconds = o.totals.booked_wait.mean_seconds;
  e.walk_in_mean_wait_seconds = o.totals.walk_in_wait.mean_seconds;
  e.change_vs_walk_ins_pct = change_pct(e.booked_mean_wait_seconds, e.walk_in_mean_wait_seconds);
  e.baseline_walk_in_mean_wait_seconds = mean(baseline.walk_in_waits);
  e.change_vs_baseline_pct = change_pct(e.booked_mean_wait_seconds, e.baseline_walk_in_mean_wait_seconds);
  return o;
}

}  // namespace

std::optional<double> nearest_rank_percentile(std::vector<double> values, double percent) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  // The small margin keeps an exact rank (95 % of 20 = 19) from rounding up on binary fractions.
  const double rank = std::ceil(percent * static_cast<double>(values.size()) / 100 - 1e-9);
  const auto index = static_cast<size_t>(std::clamp(rank, 1.0, static_cast<double>(values.size()))) - 1;
  return values[index];
}

StatsReport compute_stats(const StatsRequest& request, const std::vector<SectionQueue>& queues,
                          const std::vector<Rating>& ratings) {
  const std::set<std::string> wanted(request.office_codes.begin(), request.office_codes.end());
  const auto in_range = [&](const std::string& office, Date day) {
    return wanted.contains(office) && day >= request.from && day <= request.to;
  };
  std::map<std::string, std::map<DayKey, Tally>> days;  // by office
  std::map<std::string, std::set<Date>> queue_days;
  for (const SectionQueue& q : queues) {
    if (!in_range(q.office_code, q.day)) continue;
    Tally& tally = days[q.office_code][{q.office_code, q.day, q.section_id}];
    for (const Ticket& t : q.tickets) tally_ticket(tally, t);
    queue_days[q.office_code].insert(q.day);
  }
  for (const Rating& r : ratings) {
    if (!in_range(r.office_code, r.day)) continue;
    Tally& tally = days[r.office_code][{r.office_code, r.day, r.section_id}];
    ++tally.ratings;
    tally.stars += r.stars;
    if (!r.comment.empty()) tally.comments.push_back(r.comment);
  }
  StatsReport report{request.from, request.to, request.with_comments, {}};
  for (const std::string& code : request.office_codes)
    report.offices.push_back(office_stats(code, days[code], queue_days[code], request.with_comments));
  return report;
}

}  // namespace khiw
