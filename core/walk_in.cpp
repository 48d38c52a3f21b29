#include "core/walk_in.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/json_fields.h"

namespace khiw {

namespace {

using json_fields::json;
using json_fields::required;

constexpr int kWalkInsJsonVersion = 1;

TicketState state_of(const json& doc, const std::string& where) {
  const std::string name = required<std::string>(doc, "state", where);
  if (auto s = ticket_state_from_name(name)) return *s;
  throw std::invalid_argument(where + ": unknown state \"" + name + "\"");
}

Date date_of(const json& doc, const std::string& where) {
  const std::optional<Date> d = parse_iso_date(required<std::string>(doc, "date", where));
  if (!d) throw std::invalid_argument(where + ": bad \"date\"");
  return *d;
}

int optional_int(const json& doc, const char* key, int fallback) {
  const auto it = doc.find(key);
  return it != doc.end() ? json_fields::integer<int>(*it).value_or(fallback) : fallback;
}

// What the server's answer and the device record both hold: the ticket, where, when, its signed QR and its
// place as last seen.
WalkInTicket ticket_from(const json& doc, const std::string& where) {
  WalkInTicket t;
  t.ticket = required<std::string>(doc, "ticket", where);
  t.office_code = required<std::string>(doc, "office_code", where);
  t.section_id = required<std::string>(doc, "section_id", where);
  t.date = date_of(doc, where);
  t.issued_at = required<UnixSeconds>(doc, "issued_at", where);
  t.qr = required<std::string>(doc, "qr", where);
  t.position = required<int>(doc, "position", where);
  t.wait_seconds = required<UnixSeconds>(doc, "wait_seconds", where);
  t.qr_matrix = encode_qr(t.qr);
  return t;
}

}  // namespace

std::string walk_in_key(const WalkInTicket& t) {
  return t.office_code + "/" + t.section_id + "/" + iso_date(t.date) + "/" + t.ticket;
}

WalkInTicket walk_in_from_created(std::string_view body, UnixSeconds now) {
  WalkInTicket t = ticket_from(json_fields::parse(body, "walk-in answer"), "walk-in answer");
  t.as_of = now;
  return t;
}

void apply_walk_in_status(WalkInTicket& t, std::string_view body, const std::string& etag, UnixSeconds now) {
  const json doc = json_fields::parse(body, "walk-in status");
  const std::string w = "walk-in status";
  if (required<std::string>(doc, "ticket", w) != t.ticket) throw std::invalid_argument(w + ": another ticket");
  t.state = state_of(doc, w);
  t.position = required<int>(doc, "position", w);
  t.wait_seconds = required<UnixSeconds>(doc, "wait_seconds", w);
  t.counter = optional_int(doc, "counter", 0);
  t.etag = etag;
  t.as_of = now;
}

bool walk_in_open(const WalkInTicket& t, UnixSeconds now) {
  return t.date == bkk_date(now) &&
         (t.state == TicketState::Remote || t.state == TicketState::Waiting || t.state == TicketState::Serving);
}

SetOffAdvice set_off_advice(const WalkInTicket& t, std::optional<UnixSeconds> travel_s) {
  SetOffAdvice a;
  const UnixSeconds slack = t.wait_seconds - travel_s.value_or(0) - kSetOffSpareSeconds;
  a.leave_in_minutes = static_cast<int>(std::max<UnixSeconds>(0, slack) / 60);
  a.under_threshold = t.wait_seconds <= static_cast<UnixSeconds>(t.set_off_minutes) * 60;
  return a;
}

std::string walk_ins_to_json(const std::vector<WalkInTicket>& tickets) {
  json list = json::array();
  for (const WalkInTicket& t : tickets) {
    json rec = {{"ticket", t.ticket},
                {"office_code", t.office_code},
                {"section_id", t.section_id},
                {"date", iso_date(t.date)},
                {"issued_at", t.issued_at},
                {"qr", t.qr},
                {"state", ticket_state_name(t.state)},
                {"position", t.position},
                {"wait_seconds", t.wait_seconds},
                {"counter", t.counter},
                {"as_of", t.as_of},
                {"etag", t.etag},
                {"set_off_minutes", t.set_off_minutes},
                {"told_to_set_off", t.told_to_set_off}};
    put_rating_mark(rec, t.rating);
    list.push_back(std::move(rec));
  }
  return json{{"version", kWalkInsJsonVersion}, {"tickets", list}}.dump();
}

std::vector<WalkInTicket> walk_ins_from_json(std::string_view text) {
  const json doc = json_fields::parse_versioned(text, "walk-ins", kWalkInsJsonVersion);
  std::vector<WalkInTicket> out;
  for (const json& rec : json_fields::required_array(doc, "tickets", "walk-ins")) {
    const std::string w = "walk-in ticket";
    WalkInTicket t = ticket_from(rec, w);
    t.state = state_of(rec, w);
    t.counter = required<int>(rec, "counter", w);
    t.as_of = required<UnixSeconds>(rec, "as_of", w);
    t.etag = required<std::string>(rec, "etag", w);
    t.set_off_minutes = required<int>(rec, "set_off_minutes", w);
    t.told_to_set_off = required<bool>(rec, "told_to_set_off", w);
    t.rating = rating_mark_in(rec);
    out.push_back(std::move(t));
  }
  return out;
}

WalkInTicket* find_walk_in(WalkIns& w, std::string_view key) {
  for (WalkInTicket& t : w.tickets)
    if (walk_in_key(t) == key) return &t;
  return nullptr;
}

const WalkInTicket* find_walk_in(const WalkIns& w, std::string_view key) {
  return find_walk_in(const_cast<WalkIns&>(w), key);
}

}  // namespace khiw
