// The statistics report's JSON, written by the server and read by the client app. Null figures are
// written as null; "comments" appears only in a report made with comments.
#include "core/day_stats.h"
#include "core/json_fields.h"

namespace khiw {

namespace {

using json_fields::json;
using json_fields::required_object;

json nullable(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

json wait_to_json(const WaitFigures& w) {
  return {{"count", w.count}, {"mean_seconds", nullable(w.mean_seconds)}, {"p95_seconds", nullable(w.p95_seconds)}};
}

json figures_to_json(const SectionFigures& f, bool with_comments) {
  json hours = json::array();
  for (const HourFigures& h : f.hours)
    hours.push_back({{"hour", h.hour},
                     {"arrivals", h.arrivals},
                     {"waits", h.waits},
                     {"mean_wait_seconds", nullable(h.mean_wait_seconds)}});
  json rec = {{"arrivals", f.arrivals},
              {"booked", f.booked},
              {"walk_ins", f.walk_ins},
              {"served", f.served},
              {"no_shows", f.no_shows},
              {"wait", wait_to_json(f.wait)},
              {"booked_wait", wait_to_json(f.booked_wait)},
              {"walk_in_wait", wait_to_json(f.walk_in_wait)},
              {"services", f.services},
              {"mean_service_seconds", nullable(f.mean_service_seconds)},
              {"hours", std::move(hours)},
              {"ratings", f.ratings},
              {"mean_stars", nullable(f.mean_stars)}};
  if (with_comments) rec["comments"] = f.comments;
  return rec;
}

json effect_to_json(const BookingEffect& e) {
  return {{"booked_mean_wait_seconds", nullable(e.booked_mean_wait_seconds)},
          {"walk_in_mean_wait_seconds", nullable(e.walk_in_mean_wait_seconds)},
          {"change_vs_walk_ins_pct", nullable(e.change_vs_walk_ins_pct)},
          {"baseline_walk_in_mean_wait_seconds", nullable(e.baseline_walk_in_mean_wait_seconds)},
          {"baseline_days", e.baseline_days},
          {"change_vs_baseline_pct", nullable(e.change_vs_baseline_pct)},
          {"target_pct", e.target_pct}};
}

template <typename T>
T field(const json& rec, const char* key, const std::string& where) {
  return json_fields::required<T>(rec, key, where);
}

std::optional<double> nullable_field(const json& rec, const char* key, const std::string& where) {
  if (!rec.contains(key)) throw std::invalid_argument(where + ": missing \"" + key + "\"");
  return json_fields::optional<double>(rec, key, where);
}

WaitFigures wait_from_json(const json& rec, const std::string& where) {
  return {field<int>(rec, "count", where), nullable_field(rec, "mean_seconds", where),
          nullable_field(rec, "p95_seconds", where)};
}

SectionFigures figures_from_json(const json& rec, const std::string& where) {
  SectionFigures f;
  f.arrivals = field<int>(rec, "arrivals", where);
  f.booked = field<int>(rec, "booked", where);
  f.walk_ins = field<int>(rec, "walk_ins", where);
  f.served = field<int>(rec, "served", where);
  f.no_shows = field<int>(rec, "no_shows", where);
  f.wait = wait_from_json(required_object(rec, "wait", where), where + ".wait");
  f.booked_wait = wait_from_json(required_object(rec, "booked_wait", where), where + ".booked_wait");
  f.walk_in_wait = wait_from_json(required_object(rec, "walk_in_wait", where), where + ".walk_in_wait");
  f.services = field<int>(rec, "services", where);
  f.mean_service_seconds = nullable_field(rec, "mean_service_seconds", where);
  for (const json& h : json_fields::required_array(rec, "hours", where))
    f.hours.push_back({field<int>(h, "hour", where + ".hours"), field<int>(h, "arrivals", where + ".hours"),
                       field<int>(h, "waits", where + ".hours"),
                       nullable_field(h, "mean_wait_seconds", where + ".hours")});
  // One each of the stats hours, in order: the charts and the CSV's columns take them by position.
  bool hours_in_order = f.hours.size() == static_cast<size_t>(kLastStatsHour - kFirstStatsHour + 1);
  for (size_t i = 0; hours_in_order && i < f.hours.size(); ++i)
    hours_in_order = f.hours[i].hour == kFirstStatsHour + static_cast<int>(i);
  if (!hours_in_order) throw std::invalid_argument(where + ": \"hours\" must be 8 to 16, one each in order");
  f.ratings = field<int>(rec, "ratings", where);
  f.mean_stars = nullable_field(rec, "mean_stars", where);
  if (rec.contains("comments")) f.comments = field<std::vector<std::string>>(rec, "comments", where);
  return f;
}

BookingEffect effect_from_json(const json& rec, const std::string& where) {
  BookingEffect e;
  e.booked_mean_wait_seconds = nullable_field(rec, "booked_mean_wait_seconds", where);
  e.walk_in_mean_wait_seconds = nullable_field(rec, "walk_in_mean_wait_seconds", where);
  e.change_vs_walk_ins_pct = nullable_field(rec, "change_vs_walk_ins_pct", where);
  e.baseline_walk_in_mean_wait_seconds = nullable_field(rec, "baseline_walk_in_mean_wait_seconds", where);
  e.baseline_days = field<int>(rec, "baseline_days", where);
  e.change_vs_baseline_pct = nullable_field(rec, "change_vs_baseline_pct", where);
  e.target_pct = field<double>(rec, "target_pct", where);
  return e;
}

}  // namespace

std::string stats_to_json(const StatsReport& r) {
  json offices = json::array();
  for (const OfficeStats& o : r.offices) {
    json sections = json::array();
    for (const SectionRange& s : o.sections) {
      json rec = figures_to_json(s.figures, r.comments);
      rec["section_id"] = s.section_id;
      sections.push_back(std::move(rec));
    }
    json days = json::array();
    for (const SectionDay& d : o.days) {
      json rec = figures_to_json(d.figures, r.comments);
      rec["section_id"] = d.section_id;
      rec["date"] = iso_date(d.date);
      days.push_back(std::move(rec));
    }
    offices.push_back({{"office_code", o.office_code},
                       {"totals", figures_to_json(o.totals, r.comments)},
                       {"booking_effect", effect_to_json(o.booking_effect)},
                       {"sections", std::move(sections)},
                       {"days", std::move(days)}});
  }
  return json{{"version", kStatsJsonVersion},
              {"from", iso_date(r.from)},
              {"to", iso_date(r.to)},
              {"comments", r.comments},
              {"offices", std::move(offices)}}
      .dump();
}

StatsReport stats_from_json(std::string_view text) {
  const std::string what = "stats";
  const json doc = json_fields::parse_versioned(text, what, kStatsJsonVersion);
  StatsReport r{json_fields::required_date(doc, "from", what), json_fields::required_date(doc, "to", what),
                field<bool>(doc, "comments", what), {}};
  for (const json& o : json_fields::required_array(doc, "offices", what)) {
    const std::string where = what + ".offices";
    OfficeStats office;
    office.office_code = field<std::string>(o, "office_code", where);
    const std::string at = where + "[" + office.office_code + "]";
    office.totals = figures_from_json(required_object(o, "totals", at), at + ".totals");
    office.booking_effect = effect_from_json(required_object(o, "booking_effect", at), at + ".booking_effect");
    for (const json& s : json_fields::required_array(o, "sections", at))
      office.sections.push_back({field<std::string>(s, "section_id", at + ".sections"),
                                 figures_from_json(s, at + ".sections")});
    for (const json& d : json_fields::required_array(o, "days", at))
      office.days.push_back({field<std::string>(d, "section_id", at + ".days"),
                             json_fields::required_date(d, "date", at + ".days"), figures_from_json(d, at + ".days")});
    r.offices.push_back(std::move(office));
  }
  return r;
}

}  // namespace khiw
