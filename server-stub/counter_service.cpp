#include "server-stub/counter_service.h"

#include "core/lifecycle.h"
#include "core/validation.h"
#include "server-stub/http_json.h"
#include "server-stub/request_json.h"
#include "server-stub/ticket_view.h"

namespace khiw::server {

namespace {

using nlohmann::json;

// Core's refusal as the API's; a counter out of range also says which counters the section has.
const QueueEvent& accepted(const SectionQueue& q, const Result<QueueEvent>& r) {
  if (r) return r.value();
  ApiError error = rule_error(r.error());
  if (r.error() == ErrorCode::InvalidCounter) {
    const std::string range = "1–" + std::to_string(q.counters);
    error.message_th += " (ฝ่ายนี้มีช่องบริการหมายเลข " + range + ")";
    error.message_en += " This section's counters are " + range + ".";
  }
  throw ApiException{error};
}

// Applies a booking lifecycle action inside the caller's transaction and logs its event.
void transition(Context& ctx, const Booking& b, BookingAction action, Actor actor, const Caller& caller,
                UnixSeconds now) {
  const Result<Transition> t = apply_action(ctx.ref.rules, b, action, actor, now);
  if (!t) throw ApiException{rule_error(t.error())};
  ctx.bookings.update(t->booking);
  ctx.audit.append({now, caller.actor, caller.actor_id, caller.client, std::string(booking_action_name(action)), b.id,
                    booking_event_to_json(t->event), b.office_code});
}

// The booking behind a booked ticket, if any.
std::optional<Booking> booking_of_ticket(Context& ctx, const SectionQueue& q, std::string_view number) {
  const Ticket* t = find_ticket(q, number);
  if (!t || t->kind != TicketKind::Booked) return std::nullopt;
  return ctx.bookings.find(t->booking_id);
}

// The booking of a ticket follows it through the lifecycle, as staff at that counter.
void move_booking(OfficeDay& day, const SectionQueue& q, std::string_view number, BookingAction action,
                  const Caller& caller) {
  if (std::optional<Booking> b = booking_of_ticket(day.ctx, q, number))
    transition(day.ctx, *b, action, Actor::Staff, caller, day.now);
}

Priority optional_priority(const json& body) {
  const std::string name = optional_string(body, "priority", 16).value_or("");
  if (const std::optional<Priority> p = priority_from_name(name)) return *p;
  throw ApiException{bad_json(R"("priority" must be "", "elderly", "disability" or "pregnancy")")};
}

// The audit subject: the ticket, or the counter for a pause or resume.
std::string subject(const SectionQueue& q, const QueueEvent& e) {
  const std::string what = e.ticket.empty() ? "counter-" + std::to_string(e.counter) : e.ticket;
  return q.office_code + "/" + q.section_id + "/" + what;
}

using QueueOp = std::function<QueueEvent(OfficeDay&, SectionQueue&)>;
// Adds what one action says besides the common answer.
using AnswerMore = std::function<void(json& answer, const SectionQueue& q, const QueueEvent& e)>;

// A change to one section's line: core's event, audited as `action`, answered with the section's line
// after it.
Outcome change_line(Context& ctx, const std::string& office, const std::string& section, const char* action,
                    const json& body, const Caller& caller, const QueueOp& op, const AnswerMore& more = {}) {
  return run_counter_action(ctx, {office, section, action, body}, caller, [&](OfficeDay& day) {
    SectionQueue& q = day.section(section);
    const QueueEvent e = op(day, q);
    day.audit(caller, action, subject(q, e), queue_event_to_json(e));
    const SectionLive live = section_live(ctx.ref.rules, q);
    json answer = {{"event", json::parse(queue_event_to_json(e))},
                   {"ticket", e.ticket},
                   {"position", e.position},
                   {"waiting", live.waiting},
                   {"wait_seconds", live.wait_seconds}};
    if (more) more(answer, q, e);
    return Outcome{200, std::move(answer)};
  });
}

// The ticket's own place, wait and signed QR payload, for its holder.
void add_ticket_status(const Context& ctx, json& answer, const SectionQueue& q, const QueueEvent& e) {
  const Ticket& t = *find_ticket(q, e.ticket);
  answer.update(ticket_status(ctx.ref.rules, q, t));
  answer["issued_at"] = t.issued_at;
  answer["qr"] = ticket_qr(ctx.keys, q, t);
}

// The paused counters as the queue document lists them.
void add_paused(json& answer, const SectionQueue& q, const QueueEvent&) {
  answer["paused"] = json::parse(queue_to_json(q))["paused"];
}

}  // namespace

Outcome issue_walk_in_ticket(Context& ctx, const std::string& office, const std::string& section, const json& body,
                             const Caller& caller) {
  allow_only(body, {"priority"});
  const Priority priority = optional_priority(body);
  return change_line(
      ctx, office, section, "walk_in", body, caller,
      [&](OfficeDay& day, SectionQueue& q) {
        day.number_office_wide(q);
        return accepted(q, issue_walk_in(q, day.now, priority));
      },
      [&](json& answer, const SectionQueue& q, const QueueEvent& e) { add_ticket_status(ctx, answer, q, e); });
}

Outcome issue_remote_ticket(Context& ctx, const std::string& office, const std::string& section, const Caller& caller) {
  return change_line(
      ctx, office, section, "remote_walk_in", json::object(), caller,
      [&](OfficeDay& day, SectionQueue& q) {
        day.number_office_wide(q);
        return accepted(q, issue_remote_walk_in(q, day.now));
      },
      [&](json& answer, const SectionQueue& q, const QueueEvent& e) { add_ticket_status(ctx, answer, q, e); });
}

Outcome check_in(Context& ctx, const std::string& office, const std::string& section, const json& body,
                 const Caller& caller) {
  allow_only(body, {"code", "ticket", "priority"});
  const std::optional<std::string> code = optional_string(body, "code", 16);
  const std::optional<std::string> ticket = optional_string(body, "ticket", 8);
  if (code.has_value() == ticket.has_value()) throw ApiException{bad_json("give exactly one of \"code\", \"ticket\"")};
  const Priority priority = optional_priority(body);
  return change_line(ctx, office, section, "check_in", body, caller, [&](OfficeDay& day, SectionQueue& q) {
    if (ticket) return accepted(q, check_in_remote(q, ctx.ref.rules, *ticket, day.now, priority));
    const Booking b = find_booking_or_throw(ctx, *code);
    if (b.office_code != office || b.section_id != section) throw ApiException{forbidden_office()};
    transition(ctx, b, BookingAction::CheckIn, Actor::Staff, caller, day.now);
    day.number_office_wide(q);
    return accepted(q, check_in_booked(q, ctx.ref.rules, b.id, b.slot, day.now, priority));
  });
}

Outcome call_next(Context& ctx, const std::string& office, const std::string& section, const json& body,
                  const Caller& caller) {
  allow_only(body, {"counter"});
  const int counter = required_int(body, "counter", 1, 99);
  return change_line(ctx, office, section, "call_next", body, caller, [&](OfficeDay& day, SectionQueue& q) {
    const QueueEvent e = accepted(q, khiw::call_next(q, counter, day.now));
    move_booking(day, q, e.ticket, BookingAction::StartService, caller);
    return e;
  });
}

Outcome call_ticket(Context& ctx, const std::string& office, const std::string& section, const json& body,
                    const Caller& caller) {
  allow_only(body, {"counter", "ticket"});
  const int counter = required_int(body, "counter", 1, 99);
  const std::string number = required_string(body, "ticket", 8);
  return change_line(ctx, office, section, "call", body, caller, [&](OfficeDay& day, SectionQueue& q) {
    const QueueEvent e = accepted(q, khiw::call_ticket(q, counter, number, day.now));
    move_booking(day, q, number, BookingAction::StartService, caller);
    return e;
  });
}

Outcome recall_ticket(Context& ctx, const std::string& office, const std::string& section, const json& body,
                      const Caller& caller) {
  allow_only(body, {"counter", "ticket"});
  const int counter = required_int(body, "counter", 1, 99);
  const std::string number = required_string(body, "ticket", 8);
  return change_line(ctx, office, section, "recall", body, caller, [&](OfficeDay& day, SectionQueue& q) {
    return accepted(q, recall(q, counter, number, day.now));
  });
}

Outcome finish_ticket(Context& ctx, const std::string& office, const std::string& section, const json& body,
                      const Caller& caller) {
  allow_only(body, {"ticket"});
  const std::string number = required_string(body, "ticket", 8);
  return change_line(ctx, office, section, "done", body, caller, [&](OfficeDay& day, SectionQueue& q) {
    const QueueEvent e = accepted(q, finish(q, number, day.now));
    move_booking(day, q, number, BookingAction::Finish, caller);
    return e;
  });
}

Outcome no_show_ticket(Context& ctx, const std::string& office, const std::string& section, const json& body,
                       const Caller& caller) {
  allow_only(body, {"ticket"});
  const std::string number = required_string(body, "ticket", 8);
  return change_line(ctx, office, section, "no_show", body, caller, [&](OfficeDay& day, SectionQueue& q) {
    const QueueEvent e = accepted(q, mark_no_show(q, number, day.now));
    move_booking(day, q, number, BookingAction::MissedTurn, caller);
    return e;
  });
}

Outcome return_ticket(Context& ctx, const std::string& office, const std::string& section, const json& body,
                      const Caller& caller) {
  allow_only(body, {"ticket"});
  const std::string number = required_string(body, "ticket", 8);
  return change_line(ctx, office, section, "return", body, caller, [&](OfficeDay& day, SectionQueue& q) {
    const QueueEvent e = accepted(q, return_to_line(q, number, day.now));
    move_booking(day, q, number, BookingAction::ReturnToLine, caller);
    return e;
  });
}

Outcome transfer_ticket(Context& ctx, const std::string& office, const std::string& section, const json& body,
                        const Caller& caller) {
  allow_only(body, {"ticket", "to_section"});
  const std::string number = required_string(body, "ticket", 8);
  const std::string to_section = required_string(body, "to_section", 64);
  return change_line(
      ctx, office, section, "transfer", body, caller,
      [&](OfficeDay& day, SectionQueue& q) {
        // A booking being served waits again, in the other line; one still waiting stays checked in. It
        // keeps its own section: where it was booked.
        const bool serving = find_ticket(q, number) && find_ticket(q, number)->state == TicketState::Serving;
        const QueueEvent e = accepted(q, transfer(q, day.section(to_section), number, day.now));
        if (serving) move_booking(day, q, number, BookingAction::ReturnToLine, caller);
        return e;
      },
      [&](json& answer, const SectionQueue&, const QueueEvent& e) { answer["to_section"] = e.to_section; });
}

Outcome pause_counter(Context& ctx, const std::string& office, const std::string& section, const json& body,
                      const Caller& caller) {
  allow_only(body, {"counter", "reason"});
  const int counter = required_int(body, "counter", 1, 99);
  const std::string reason = required_string(body, "reason", 4 * kReasonMaxChars);  // UTF-8: core counts characters
  return change_line(
      ctx, office, section, "pause", body, caller,
      [&](OfficeDay& day, SectionQueue& q) { return accepted(q, khiw::pause_counter(q, counter, reason, day.now)); },
      add_paused);
}

Outcome resume_counter(Context& ctx, const std::string& office, const std::string& section, const json& body,
                       const Caller& caller) {
  allow_only(body, {"counter"});
  const int counter = required_int(body, "counter", 1, 99);
  return change_line(
      ctx, office, section, "resume", body, caller,
      [&](OfficeDay& day, SectionQueue& q) { return accepted(q, khiw::resume_counter(q, counter, day.now)); },
      add_paused);
}

int sweep_no_shows(Context& ctx) {
  const Caller system{"system", "server", "local", {}};
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
