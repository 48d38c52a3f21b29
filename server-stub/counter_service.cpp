#include "server-stub/counter_service.h"

#include "core/lifecycle.h"
#include "server-stub/http_json.h"
#include "server-stub/request_json.h"

namespace khiw::server {

namespace {

using nlohmann::json;

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

// Load the section's queue for today, let `op` change it, save, audit, commit, publish.
template <typename Op>
Outcome with_queue(Context& ctx, const std::string& office, const std::string& section, const Caller& caller,
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
  return {200,
          {{"event", json::parse(queue_event_to_json(event))},
           {"ticket", event.ticket},
           {"waiting", live.waiting},
           {"wait_seconds", live.wait_seconds}}};
}

// The booking behind a booked ticket, if any.
std::optional<Booking> booking_of_ticket(Context& ctx, const SectionQueue& q, const std::string& number) {
  const Ticket* t = find_ticket(q, number);
  if (!t || t->kind != TicketKind::Booked) return std::nullopt;
  return ctx.bookings.find(t->booking_id);
}

}  // namespace

Outcome issue_ticket(Context& ctx, const std::string& office, const std::string& section, bool remote,
                     const Caller& caller) {
  return with_queue(ctx, office, section, caller, remote ? "remote_walk_in" : "walk_in",
                    [&](SectionQueue& q, UnixSeconds now) {
                      return value_or_throw(remote ? issue_remote_walk_in(q, now) : issue_walk_in(q, now));
                    });
}

Outcome verify_ticket(Context& ctx, const std::string& office, const json& body) {
  allow_only(body, {"qr"});
  const std::optional<std::string> payload = verify_qr(ctx.keys, required_string(body, "qr", 256));
  if (!payload) throw ApiException{{422, "bad_signature", "คิวอาร์โค้ดไม่ถูกต้อง", "QR code signature is not valid"}};
  const std::string code = payload->substr(0, payload->find('.'));
  std::lock_guard lock(ctx.db_mutex);
  const Booking b = find_booking_or_throw(ctx, code);
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
    if (ticket) return value_or_throw(check_in_remote(q, *ticket, now));
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
