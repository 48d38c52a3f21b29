// The statistics report as CSV for spreadsheets: one row per office section and day (RFC 4180).
#include <cstdio>

#include "core/day_stats.h"

namespace khiw {

namespace {

std::string quoted(std::string_view cell) {
  if (cell.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(cell);
  std::string out = "\"";
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

// Figures as the JSON has them: integers plainly, means with their one decimal, null as an empty cell.
std::string number(const std::optional<double>& value) {
  if (!value) return {};
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", *value);
  return text;
}

class Row {
 public:
  Row& add(std::string_view cell) {
    if (started_) line_ += ',';
    started_ = true;
    line_ += quoted(cell);
    return *this;
  }
  Row& add(int value) { return add(std::to_string(value)); }
  Row& add(const std::optional<double>& value) { return add(number(value)); }
  std::string end() { return line_ + "\r\n"; }

 private:
  std::string line_;
  bool started_ = false;
};

std::string header(bool comments) {
  Row row;
  for (const char* name : {"office_code", "section_id", "date", "arrivals", "booked", "walk_ins", "served",
                           "no_shows", "waits", "mean_wait_seconds", "p95_wait_seconds", "booked_waits",
                           "booked_mean_wait_seconds", "booked_p95_wait_seconds", "walk_in_waits",
                           "walk_in_mean_wait_seconds", "walk_in_p95_wait_seconds", "services",
                           "mean_service_seconds", "ratings", "mean_stars"})
    row.add(name);
  for (int h = kFirstStatsHour; h <= kLastStatsHour; ++h) {
    char hour[3];
    std::snprintf(hour, sizeof hour, "%02d", h);
    row.add(std::string("arrivals_") + hour).add(std::string("mean_wait_seconds_") + hour);
  }
  if (comments) row.add("comments");
  return row.end();
}

// Citizens' free text as a spreadsheet cell: one starting like a formula (= + - @, or a tab or CR before
// one) would run when the director opens the file, so it starts with an apostrophe instead.
std::string inert_text(std::string text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
    text.insert(text.begin(), '\'');
  return text;
}

std::string day_row(const std::string& office, const SectionDay& d, bool comments) {
  const SectionFigures& f = d.figures;
  Row row;
  row.add(office).add(d.section_id).add(iso_date(d.date)).add(f.arrivals).add(f.booked).add(f.walk_ins);
  row.add(f.served).add(f.no_shows);
  for (const WaitFigures* w : {&f.wait, &f.booked_wait, &f.walk_in_wait})
    row.add(w->count).add(w->mean_seconds).add(w->p95_seconds);
  row.add(f.services).add(f.mean_service_seconds).add(f.ratings).add(f.mean_stars);
  for (const HourFigures& h : f.hours) row.add(h.arrivals).add(h.mean_wait_seconds);
  if (comments) {
    std::string joined;
    for (const std::string& c : f.comments) {
      if (!joined.empty()) joined += '\n';
      joined += inert_text(c);
    }
    row.add(joined);
  }
  return row.end();
}

}  // namespace

std::string stats_to_csv(const StatsReport& report) {
  std::string csv = header(report.comments);
  for (const OfficeStats& o : report.offices)
    for (const SectionDay& d : o.days) csv += day_row(o.office_code, d, report.comments);
  return csv;
}

}  // namespace khiw
