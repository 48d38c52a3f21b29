#include "core/queue.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/enum_names.h"
#include "core/json_fields.h"
#include "core/slots.h"

namespace khiw {

namespace {

using json_fields::json;

constexpr std::array<std::string_view, 5> kEventNames = {"issued", "joined", "called", "finished", "no_show"};
constexpr std::array<std::string_view, 3> kKindNames = {"booked", "walk_in", "remote_walk_in"};
constexpr std::array<std::string_view, 5> kTicketStateNames = {"remote", "waiting", "serving", "done", "no_show"};

std::string ticket_number(char prefix, int n) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%03d", prefix, n);
  return buf;
}

Ticket* find_mutable(SectionQueue& q, std::string_view number) {
  for (Ticket& t : q.tickets)
    if (t.number == number) return &t;
  return nullptr;
}

bool is_booked(const SectionQueue& q, const std::string& number) {
  return find_ticket(q, number)->kind == TicketKind::Booked;
}

bool is_remote(const SectionQueue& q, const std::string& number) {
  return find_ticket(q, number)->state == TicketState::Remote;
}

Status check_day(const SectionQueue& q, UnixSeconds now) {
  return bkk_date(now) == q.day ? Status(Ok{}) : Status(ErrorCode::WrongDay);
}

QueueEvent event(const SectionQueue& q, QueueEventKind kind, const Ticket& t, UnixSeconds now) {
  return {kind, t.number, t.counter, position_in_line(q, t.number).value_or(0), now};
}

// Walk-ins go to the back; booked check-ins go behind the booked already waiting at the front.
void join_line(SectionQueue& q, Ticket& t, TicketState state, UnixSeconds now) {
  t.state = state;
  t.joined_at = now;
  auto at = q.line.end();
  if (t.kind == TicketKind::Booked)
    at = std::find_if(q.line.begin(), q.line.end(), [&](const std::string& n) { return !is_booked(q, n); });
  q.line.insert(at, t.number);
}

Ticket& issue(SectionQueue& q, TicketKind kind, UnixSeconds now) {
  Ticket t;
  t.kind = kind;
  t.number = kind == TicketKind::Booked ? ticket_number('A', q.next_booked++) : ticket_number('W', q.next_walk_in++);
  t.state = TicketState::Remote;
  t.issued_at = now;
  q.tickets.push_back(std::move(t));
  return q.tickets.back();
}

void leave_line(SectionQueue& q, std::string_view number) {
  q.line.erase(std::remove(q.line.begin(), q.line.end(), number), q.line.end());
}

template <typename E, size_t N>
E required_enum(const std::array<std::string_view, N>& names, const json& rec, const char* key, const std::string& where) {
  const std::string name = json_fields::required<std::string>(rec, key, where);
  if (auto value = enum_from_name<E>(names, name)) return *value;
  throw std::invalid_argument(where + ": unknown \"" + key + "\" \"" + name + "\"");
}

}  // namespace

std::string_view queue_event_kind_name(QueueEventKind k) { return enum_name(kEventNames, k); }

std::string_view ticket_state_name(TicketState s) { return enum_name(kTicketStateNames, s); }

std::optional<TicketState> ticket_state_from_name(std::string_view name) {
  return enum_from_name<TicketState>(kTicketStateNames, name);
}

SectionQueue open_queue(std::string office_code, std::string section_id, Date day, int counters) {
  SectionQueue q;
  q.office_code = std::move(office_code);
  q.section_id = std::move(section_id);
  q.day = day;
  q.counters = std::max(1, counters);
  return q;
}

Result<QueueEvent> issue_walk_in(SectionQueue& q, UnixSeconds now) {
  if (auto day = check_day(q, now); !day) return day.error();
  Ticket& t = issue(q, TicketKind::WalkIn, now);
  join_line(q, t, TicketState::Waiting, now);
  return event(q, QueueEventKind::Joined, t, now);
}

Result<QueueEvent> issue_remote_walk_in(SectionQueue& q, UnixSeconds now) {
  if (auto day = check_day(q, now); !day) return day.error();
  Ticket& t = issue(q, TicketKind::RemoteWalkIn, now);
  join_line(q, t, TicketState::Remote, now);
  return event(q, QueueEventKind::Issued, t, now);
}

Result<QueueEvent> check_in_remote(SectionQueue& q, const RulesConfig& config, std::string_view number,
                                   UnixSeconds now) {
  if (auto day = check_day(q, now); !day) return day.error();
  Ticket* t = find_mutable(q, number);
  if (!t || t->kind != TicketKind::RemoteWalkIn) return ErrorCode::TicketNotFound;
  if (t->state != TicketState::Remote) return ErrorCode::AlreadyCheckedIn;
  const bool lost_place = t->passed_at != 0 && now > t->passed_at + config.no_show_grace_seconds;
  // Documents from before held places keep remote tickets outside the line: those join at the back too.
  if (lost_place || !position_in_line(q, number)) {
    leave_line(q, number);
    join_line(q, *t, TicketState::Waiting, now);
  } else {
    t->state = TicketState::Waiting;
  }
  return event(q, QueueEventKind::Joined, *t, now);
}

Result<QueueEvent> check_in_booked(SectionQueue& q, const RulesConfig& config, std::string_view booking_id, int slot,
                                   UnixSeconds now) {
  if (auto day = check_day(q, now); !day) return day.error();
  if (!is_valid_slot(config, slot)) return ErrorCode::InvalidSlot;
  for (const Ticket& t : q.tickets)
    if (t.kind == TicketKind::Booked && t.booking_id == booking_id) return ErrorCode::AlreadyCheckedIn;
  if (now > check_in_deadline(config, q.day, slot)) return ErrorCode::TooLate;
  Ticket& t = issue(q, TicketKind::Booked, now);
  t.booking_id = std::string(booking_id);
  join_line(q, t, TicketState::Waiting, now);
  return event(q, QueueEventKind::Joined, t, now);
}

Result<QueueEvent> call_next(SectionQueue& q, int counter, UnixSeconds now) {
  if (auto day = check_day(q, now); !day) return day.error();
  if (counter < 1 || counter > q.counters) return ErrorCode::InvalidCounter;
  for (const Ticket& t : q.tickets)
    if (t.state == TicketState::Serving && t.counter == counter) return ErrorCode::CounterBusy;
  const auto here = std::find_if(q.line.begin(), q.line.end(), [&](const std::string& n) { return !is_remote(q, n); });
  if (here == q.line.end()) return ErrorCode::QueueEmpty;
  for (auto away = q.line.begin(); away != here; ++away) {
    Ticket& skipped = *find_mutable(q, *away);
    if (skipped.passed_at == 0) skipped.passed_at = now;
  }
  Ticket& t = *find_mutable(q, *here);
  q.line.erase(here);
  t.state = TicketState::Serving;
  t.counter = counter;
  t.called_at = now;
  return event(q, QueueEventKind::Called, t, now);
}

Result<QueueEvent> finish(SectionQueue& q, std::string_view number, UnixSeconds now) {
  if (auto day = check_day(q, now); !day) return day.error();
  Ticket* t = find_mutable(q, number);
  if (!t) return ErrorCode::TicketNotFound;
  if (t->state != TicketState::Serving) return ErrorCode::IllegalTransition;
  t->state = TicketState::Done;
  t->finished_at = now;
  return event(q, QueueEventKind::Finished, *t, now);
}

Result<QueueEvent> mark_no_show(SectionQueue& q, std::string_view number, UnixSeconds now) {
  if (auto day = check_day(q, now); !day) return day.error();
  Ticket* t = find_mutable(q, number);
  if (!t) return ErrorCode::TicketNotFound;
  if (t->state == TicketState::Done || t->state == TicketState::NoShow) return ErrorCode::IllegalTransition;
  leave_line(q, number);
  t->state = TicketState::NoShow;
  t->finished_at = now;
  return event(q, QueueEventKind::NoShow, *t, now);
}

const Ticket* find_ticket(const SectionQueue& q, std::string_view number) {
  for (const Ticket& t : q.tickets)
    if (t.number == number) return &t;
  return nullptr;
}

std::optional<int> position_in_line(const SectionQueue& q, std::string_view number) {
  const auto it = std::find(q.line.begin(), q.line.end(), number);
  if (it == q.line.end()) return std::nullopt;
  return static_cast<int>(it - q.line.begin()) + 1;
}

int serving_count(const SectionQueue& q) {
  return static_cast<int>(
      std::count_if(q.tickets.begin(), q.tickets.end(), [](const Ticket& t) { return t.state == TicketState::Serving; }));
}

int remote_count(const SectionQueue& q) {
  return static_cast<int>(
      std::count_if(q.line.begin(), q.line.end(), [&](const std::string& n) { return is_remote(q, n); }));
}

std::string queue_to_json(const SectionQueue& q) {
  json tickets = json::array();
  for (const Ticket& t : q.tickets)
    tickets.push_back({{"number", t.number},
                       {"kind", enum_name(kKindNames, t.kind)},
                       {"state", enum_name(kTicketStateNames, t.state)},
                       {"booking_id", t.booking_id},
                       {"issued_at", t.issued_at},
                       {"joined_at", t.joined_at},
                       {"called_at", t.called_at},
                       {"finished_at", t.finished_at},
                       {"counter", t.counter},
                       {"passed_at", t.passed_at}});
  return json{{"version", kQueueJsonVersion}, {"office_code", q.office_code}, {"section_id", q.section_id},
              {"day", iso_date(q.day)},       {"counters", q.counters},       {"next_booked", q.next_booked},
              {"next_walk_in", q.next_walk_in}, {"tickets", tickets},        {"line", q.line}}
      .dump();
}

SectionQueue queue_from_json(std::string_view text) {
  const json doc = json_fields::parse_versioned(text, "queue", kQueueJsonVersion);
  using json_fields::required;
  const std::string w = "queue";
  SectionQueue q;
  q.office_code = required<std::string>(doc, "office_code", w);
  q.section_id = required<std::string>(doc, "section_id", w);
  q.day = json_fields::required_date(doc, "day", w);
  q.counters = required<int>(doc, "counters", w);
  if (q.counters < 1) throw std::invalid_argument("queue: \"counters\" must be at least 1");
  q.next_booked = required<int>(doc, "next_booked", w);
  q.next_walk_in = required<int>(doc, "next_walk_in", w);
  size_t i = 0;
  for (const json& rec : json_fields::required_array(doc, "tickets", w)) {
    const std::string tw = "queue ticket #" + std::to_string(i++);
    Ticket t;
    t.number = required<std::string>(rec, "number", tw);
    t.kind = required_enum<TicketKind>(kKindNames, rec, "kind", tw);
    t.state = required_enum<TicketState>(kTicketStateNames, rec, "state", tw);
    t.booking_id = required<std::string>(rec, "booking_id", tw);
    t.issued_at = required<UnixSeconds>(rec, "issued_at", tw);
    t.joined_at = required<UnixSeconds>(rec, "joined_at", tw);
    t.called_at = required<UnixSeconds>(rec, "called_at", tw);
    t.finished_at = required<UnixSeconds>(rec, "finished_at", tw);
    t.counter = required<int>(rec, "counter", tw);
    t.passed_at = json_fields::optional<UnixSeconds>(rec, "passed_at", tw).value_or(0);  // absent before held places
    q.tickets.push_back(std::move(t));
  }
  q.line = required<std::vector<std::string>>(doc, "line", w);
  for (const std::string& n : q.line) {
    const Ticket* t = find_ticket(q, n);
    if (!t || (t->state != TicketState::Waiting && t->state != TicketState::Remote))
      throw std::invalid_argument("queue: line holds \"" + n + "\", which is neither waiting nor remote");
  }
  return q;
}

std::string queue_event_to_json(const QueueEvent& e) {
  return json{{"version", kQueueJsonVersion},
              {"kind", queue_event_kind_name(e.kind)},
              {"ticket", e.ticket},
              {"counter", e.counter},
              {"position", e.position},
              {"at", e.at}}
      .dump();
}

QueueEvent queue_event_from_json(std::string_view text) {
  const json doc = json_fields::parse_versioned(text, "queue event", kQueueJsonVersion);
  using json_fields::required;
  const std::string w = "queue event";
  return {required_enum<QueueEventKind>(kEventNames, doc, "kind", w),
          required<std::string>(doc, "ticket", w), required<int>(doc, "counter", w), required<int>(doc, "position", w),
          required<UnixSeconds>(doc, "at", w)};
}

}  // namespace khiw
