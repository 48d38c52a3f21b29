#include "server-stub/counter_service.h"

#include <algorithm>
#include <regex>

#include "core/lifecycle.h"
#include "server-stub/http_json.h"
#include "server-stub/request_json.h"

namespace khiw::server {

namespace {

using nlohmann::json;

// Path pieces of the walk-in status read. A ticket number is a letter and three digits (core's A001 for
// booked, W001 for walk-ins; under a thousand a day); a booking code is 8 Crockford base32 characters
// (random_booking_code), so the first field of a QR payload tells a ticket from a booking.
const std::regex kOfficeCode(R"(\d{4})");
const std::regex kSectionId(R"([a-z_]+)");
const std::regex kTicketNumber(R"([AW]\d{3})");

ApiError bad_signature() { return {422, "bad_signature", "คิวอาร์โค้ดไม่ถูกต้อง", "QR code signature is not valid"}; }

void require_path_piece(const std::string& piece, const std::regex& shape, const char* what) {
  if (std::regex_match(piece, shape)) return;
  ApiError error = bad_path();
  error.message_en += std::string(": ") + what;
  throw ApiException{error};
}

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t end; (end = text.find(sep, start)) != std::string::npos; start = end + 1)
    parts.push_back(text.substr(start, end - start));
  parts.push_back(text.substr(start));
  return parts;
}

// A walk-in ticket's signed QR payload: "W001.1001.registration.2026-11-24" (ticket, office, section, day).
std::string ticket_qr(const ServerKeys& keys, const SectionQueue& q, const Ticket& t) {
  return sign_qr(keys, t.number + "." + q.office_code + "." + q.section_id + "." + iso_date(q.day));
}

// What staff and the ticket holder both see of a ticket. It holds no personal data.
json ticket_fields(const SectionQueue& q, const Ticket& t) {
  return {{"office_code", q.office_code},
          {"section_id", q.section_id},
          {"date", iso_date(q.day)},
          {"state", ticket_state_name(t.state)},
          {"position", position_in_line(q, t.number).value_or(0)}};
}

// The ticket holder's view: place in line and core's estimate for the people ahead.
json ticket_status(const RulesConfig& config, const SectionQueue& q, const Ticket& t) {
  json status = ticket_fields(q, t);
  const int position = status["position"];
  const int ahead = std::max(0, position - 1);
  status["ticket"] = t.number;
  status["people_ahead"] = ahead;
  status["wait_seconds"] = position > 0 ? estimated_wait(config, q, ahead) : 0;
  if (t.state == TicketState::Serving) status["counter"] = t.counter;
  return status;
}

void check_section(const Context& ctx, const std::string& office, const std::string& section) {
  if (!ctx.ref.office_known(office)) throw ApiException{rule_error(ErrorCode::UnknownOffice)};
  if (!find_section(ctx.ref.catalog, section)) throw ApiException{rule_error(ErrorCode::UnknownSection)};
}

template <typename T>
const T& value_or_throw(const Result<T>& r) {
  if (!r) throw ApiException{rule_error(r.error())};
  return r.value();
}

// Applies a booking lifecycle action inside the caller's transaction and logs its event.
Booking transition(Context& ctx, const Booking& b, BookingAction action, Actor actor, const Caller& caller,
                   UnixSeconds now) {
  const Result<Transition> result = apply_action(ctx.ref.rules, b, action, actor, now);
  const Transition& t = value_or_throw(result);
  ctx.bookings.update(t.booking);
  ctx.audit.append({now, caller.actor, caller.actor_id, caller.client, std::string(booking_action_name(action)),
                    b.id, booking_event_to_json(t.event)});
  return t.booking;
}

// What one operation did to the day's line.
struct QueueChange {
  SectionQueue queue;
  QueueEvent event;
  SectionLive live;
};

// Load the section's queue for today, let `op` change it, save, audit, commit, publish.
template <typename Op>
QueueChange change_queue(Context& ctx, const std::string& office, const std::string& section, const Caller& caller,
                         const char* action, Op op) {
  check_section(ctx, office, section);
  std::lock_guard lock(ctx.db_mutex);
  Transaction tx(ctx.db);
  const UnixSeconds now = ctx.now();
  const Date today = bkk_date(now);
  SectionQueue q = ctx.queues.find(office, section, today).value_or(open_queue(office, section, today,
                                                                             ctx.ref.rules.counters_per_section));
  const QueueEvent event = op(q, now);
  ctx.queues.save(q);
  ctx.audit.append({now, caller.actor, caller.actor_id, caller.client, action, office + "/" + section + "/" + event.ticket,
                    queue_event_to_json(event)});
  tx.commit();
  const SectionLive live = section_live(ctx.ref.rules, q);
  ctx.live.update(q, live);
  return {std::move(q), event, live};
}

json change_body(const QueueChange& c) {
  return {{"event", json::parse(queue_event_to_json(c.event))},
          {"ticket", c.event.ticket},
          {"waiting", c.live.waiting},
          {"wait_seconds", c.live.wait_seconds}};
}

template <typename Op>
Outcome with_queue(Context& ctx, const std::string& office, const std::string& section, const Caller& caller,
                   const char* action, Op op) {
  return {200, change_body(change_queue(ctx, office, section, caller, action, op))};
}

// The booking behind a booked ticket, if any.
std::optional<Booking> booking_of_ticket(Context& ctx, const SectionQueue& q, const std::string& number) {
  const Ticket* t = find_ticket(q, number);
  if (!t || t->kind != TicketKind::Booked) return std::nullopt;
  return ctx.bookings.find(t->booking_id);
}

// A verified walk-in ticket payload (ticket, office, section, day): the ticket in that day's queue.
Outcome verify_walk_in(Context& ctx, const std::string& office, const std::vector<std::string>& fields) {
  const std::optional<Date> day = fields.size() == 4 ? parse_iso_date(fields[3]) : std::nullopt;
  if (!day) throw ApiException{bad_signature()};
  if (fields[1] != office) throw ApiException{forbidden_office()};
  std::lock_guard lock(ctx.db_mutex);
  const std::optional<SectionQueue> q = ctx.queues.find(office, fields[2], *day);
  const Ticket* t = q ? find_ticket(*q, fields[0]) : nullptr;
  if (!t) throw ApiException{rule_error(ErrorCode::TicketNotFound)};
  json ticket = ticket_fields(*q, *t);
  ticket["number"] = t->number;
  return {200, {{"ticket", ticket}, {"valid", true}}};
}

}  // namespace

Outcome issue_ticket(Context& ctx, const std::string& office, const std::string& section, bool remote,
                     const Caller& caller) {
  const QueueChange c = change_queue(ctx, office, section, caller, remote ? "remote_walk_in" : "walk_in",
                                     [&](SectionQueue& q, UnixSeconds now) {
                                       return value_or_throw(remote ? issue_remote_walk_in(q, now) : issue_walk_in(q, now));
                                     });
  const Ticket& t = *find_ticket(c.queue, c.event.ticket);
  json body = change_body(c);
  body.update(ticket_status(ctx.ref.rules, c.queue, t));  // the ticket's own place and wait
  body["issued_at"] = t.issued_at;
  body["qr"] = ticket_qr(ctx.keys, c.queue, t);
  return {200, body};
}

Outcome walk_in_status(Context& ctx, const std::string& office, const std::string& section, const std::string& ticket) {
  require_path_piece(office, kOfficeCode, "office code must be 4 digits");
  require_path_piece(section, kSectionId, "section id must be a-z and _");
  require_path_piece(ticket, kTicketNumber, "ticket must be A or W and 3 digits");
  check_section(ctx, office, section);
  std::lock_guard lock(ctx.db_mutex);
  const std::optional<SectionQueue> q = ctx.queues.find(office, section, bkk_date(ctx.now()));
  const Ticket* t = q ? find_ticket(*q, ticket) : nullptr;
  if (!t) throw ApiException{rule_error(ErrorCode::TicketNotFound)};
  return {200, ticket_status(ctx.ref.rules, *q, *t)};
}

Outcome verify_ticket(Context& ctx, const std::string& office, const json& body) {
  allow_only(body, {"qr"});
  const std::optional<std::string> payload = verify_qr(ctx.keys, required_string(body, "qr", 256));
  if (!payload) throw ApiException{bad_signature()};
  const std::vector<std::string> fields = split(*payload, '.');
  if (std::regex_match(fields[0], kTicketNumber)) return verify_walk_in(ctx, office, fields);
  std::lock_guard lock(ctx.db_mutex);
  const Booking b = find_booking_or_throw(ctx, fields[0]);
  if (b.office_code != office) throw ApiException{forbidden_office()};
  return {200, {{"booking", booking_view(ctx.ref.rules, b)}, {"valid", true}}};
}

Outcome check_in(Context& ctx, const std::string& office, const std::string& section, const json& body,
                 const Caller& caller) {
  allow_only(body, {"code", "ticket"});
  const std::optional<std::string> code = optional_string(body, "code", 16);
  const std::optional<std::string> ticket = optional_string(body, "ticket", 8);
  if (code.has_value() == ticket.has_value()) throw ApiException{bad_json("give exactly one of \"code\", \"ticket\"")};
  return with_queue(ctx, office, section, caller, "check_in", [&](SectionQueue& q, UnixSeconds now) {
    if (ticket) return value_or_throw(check_in_remote(q, ctx.ref.rules, *ticket, now));
    const Booking b = find_booking_or_throw(ctx, *code);
    if (b.office_code != office || b.section_id != section) throw ApiException{forbidden_office()};
    transition(ctx, b, BookingAction::CheckIn, Actor::Staff, caller, now);
    return value_or_throw(check_in_booked(q, ctx.ref.rules, b.id, b.slot, now));
  });
}

Outcome call_next(Context& ctx, const std::string& office, const std::string& section, const json& body,
                  const Caller& caller) {
  allow_only(body, {"counter"});
  const int counter = required_int(body, "counter", 1, 99);
  return with_queue(ctx, office, section, caller, "call_next", [&](SectionQueue& q, UnixSeconds now) {
    const QueueEvent event = value_or_throw(khiw::call_next(q, counter, now));
    if (std::optional<Booking> b = booking_of_ticket(ctx, q, event.ticket))
      transition(ctx, *b, BookingAction::StartService, Actor::Staff, caller, now);
    return event;
  });
}

Outcome finish_ticket(Context& ctx, const std::string& office, const std::string& section, const json& body,
                      const Caller& caller) {
  allow_only(body, {"ticket"});
  const std::string number = required_string(body, "ticket", 8);
  return with_queue(ctx, office, section, caller, "done", [&](SectionQueue& q, UnixSeconds now) {
    const QueueEvent event = value_or_throw(finish(q, number, now));
    if (std::optional<Booking> b = booking_of_ticket(ctx, q, number))
      transition(ctx, *b, BookingAction::Finish, Actor::Staff, caller, now);
    return event;
  });
}

Outcome no_show_ticket(Context& ctx, const std::string& office, const std::string& section, const json& body,
                       const Caller& caller) {
  allow_only(body, {"ticket"});
  const std::string number = required_string(body, "ticket", 8);
  return with_queue(ctx, office, section, caller, "no_show", [&](SectionQueue& q, UnixSeconds now) {
    const QueueEvent event = value_or_throw(mark_no_show(q, number, now));
    if (std::optional<Booking> b = booking_of_ticket(ctx, q, number))
      transition(ctx, *b, BookingAction::MissedTurn, Actor::Staff, caller, now);
    return event;
  });
}

Outcome queue_state(Context& ctx, const std::string& office, const std::string& section) {
  check_section(ctx, office, section);
  const Date today = bkk_date(ctx.now());
  std::lock_guard lock(ctx.db_mutex);
  const SectionQueue q = ctx.queues.find(office, section, today).value_or(open_queue(office, section, today,
                                                                                   ctx.ref.rules.counters_per_section));
  return {200, json::parse(queue_to_json(q))};
}

Outcome day_roster(Context& ctx, const std::string& office, const std::string& date_text) {
  const std::optional<Date> date = date_text.empty() ? bkk_date(ctx.now()) : parse_iso_date(date_text);
  if (!date) throw ApiException{rule_error(ErrorCode::InvalidDate)};
  json bookings = json::array();
  std::lock_guard lock(ctx.db_mutex);
  for (const Booking& b : ctx.bookings.on_day(office, *date)) bookings.push_back(booking_view(ctx.ref.rules, b));
  return {200, {{"office_code", office}, {"date", iso_date(*date)}, {"bookings", bookings}}};
}

int sweep_no_shows(Context& ctx) {
  const Caller system{"system", "server", "local"};
  std::lock_guard lock(ctx.db_mutex);
  const UnixSeconds now = ctx.now();
  Transaction tx(ctx.db);
  int marked = 0;
  for (const Booking& b : ctx.bookings.in_state_until(BookingState::Confirmed, bkk_date(now))) {
    if (!apply_action(ctx.ref.rules, b, BookingAction::MarkNoShow, Actor::System, now)) continue;  // not due yet
    transition(ctx, b, BookingAction::MarkNoShow, Actor::System, system, now);
    ++marked;
  }
  tx.commit();
  return marked;
}

void reload_live_counts(Context& ctx) {
  std::lock_guard lock(ctx.db_mutex);
  for (const SectionQueue& q : ctx.queues.on_day(bkk_date(ctx.now()))) ctx.live.update(q, section_live(ctx.ref.rules, q));
}

}  // namespace khiw::server
