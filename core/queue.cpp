#include "core/queue.h"

#include <algorithm>
#include <cstdio>

#include "core/slots.h"
#include "core/validation.h"

namespace khiw {

namespace {

using LinePlace = std::vector<std::string>::iterator;

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

bool has_priority(const SectionQueue& q, const std::string& number) {
  return find_ticket(q, number)->priority != Priority::None;
}

Status check_day(const SectionQueue& q, UnixSeconds now) {
  return bkk_date(now) == q.day ? Status(Ok{}) : Status(ErrorCode::WrongDay);
}

// A counter that may take a citizen now: it exists, is not on a break and serves nobody.
Status check_counter_free(const SectionQueue& q, int counter) {
  if (counter < 1 || counter > q.counters) return ErrorCode::InvalidCounter;
  if (find_paused(q, counter)) return ErrorCode::CounterPaused;
  for (const Ticket& t : q.tickets)
    if (t.state == TicketState::Serving && t.counter == counter) return ErrorCode::CounterBusy;
  return Ok{};
}

QueueEvent event(const SectionQueue& q, QueueEventKind kind, const Ticket& t, UnixSeconds now) {
  return {kind, t.number, t.counter, position_in_line(q, t.number).value_or(0), now, {}, {}};
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

Ticket& issue(SectionQueue& q, TicketKind kind, UnixSeconds now, Priority priority) {
  Ticket t;
  t.kind = kind;
  t.number = kind == TicketKind::Booked ? ticket_number('A', q.next_booked++) : ticket_number('W', q.next_walk_in++);
  t.state = TicketState::Remote;
  t.issued_at = now;
  t.priority = priority;
  q.tickets.push_back(std::move(t));
  return q.tickets.back();
}

void leave_line(SectionQueue& q, std::string_view number) {
  q.line.erase(std::remove(q.line.begin(), q.line.end(), number), q.line.end());
}

LinePlace first_here(SectionQueue& q, bool priority) {
  return std::find_if(q.line.begin(), q.line.end(),
                      [&](const std::string& n) { return !is_remote(q, n) && has_priority(q, n) == priority; });
}

// Who call_next takes. Priority citizens are served promptly without starving the others: while both a
// priority and a regular citizen are here, a priority citizen goes first, but never twice running — after
// a call that took a priority citizen while a regular one waited, the next call takes the regular front
// of line. When only one kind is here it is served in line order (so the rule cannot reorder regular
// citizens among themselves, and booked check-ins keep their place ahead of walk-ins).
LinePlace pick_next(SectionQueue& q) {
  const LinePlace priority = first_here(q, true);
  const LinePlace regular = first_here(q, false);
  if (priority == q.line.end()) return regular;
  if (regular == q.line.end()) return priority;
  return q.regular_owed_next_call ? regular : priority;
}

// Takes the ticket at `place` to `counter`; the next call owes the regular citizens a turn when this one
// took a priority citizen while a regular one was waiting.
QueueEvent call_from_line(SectionQueue& q, LinePlace place, int counter, UnixSeconds now) {
  Ticket& t = *find_mutable(q, *place);
  q.line.erase(place);
  q.regular_owed_next_call = t.priority != Priority::None && first_here(q, false) != q.line.end();
  t.state = TicketState::Serving;
  t.counter = counter;
  t.called_at = now;
  if (t.first_called_at == 0) t.first_called_at = now;
  t.recalls = 0;  // a new call: earlier recalls belonged to the previous one
  t.recalled_at = 0;
  return event(q, QueueEventKind::Called, t, now);
}

}  // namespace

SectionQueue open_queue(std::string office_code, std::string section_id, Date day, int counters) {
  SectionQueue q;
  q.office_code = std::move(office_code);
  q.section_id = std::move(section_id);
  q.day = day;
  q.counters = std::max(1, counters);
  return q;
}

void take_office_numbering(SectionQueue& q, const std::vector<SectionQueue>& office_queues) {
  for (const SectionQueue& other : office_queues) {
    if (other.office_code != q.office_code || other.day != q.day) continue;
    q.next_booked = std::max(q.next_booked, other.next_booked);
    q.next_walk_in = std::max(q.next_walk_in, other.next_walk_in);
  }
}

Result<QueueEvent> issue_walk_in(SectionQueue& q, UnixSeconds now, Priority priority) {
  if (auto day = check_day(q, now); !day) return day.error();
  Ticket& t = issue(q, TicketKind::WalkIn, now, priority);
  join_line(q, t, TicketState::Waiting, now);
  return event(q, QueueEventKind::Joined, t, now);
}

Result<QueueEvent> issue_remote_walk_in(SectionQueue& q, UnixSeconds now) {
  if (auto day = check_day(q, now); !day) return day.error();
  Ticket& t = issue(q, TicketKind::RemoteWalkIn, now, Priority::None);
  join_line(q, t, TicketState::Remote, now);
  return event(q, QueueEventKind::Issued, t, now);
}

Result<QueueEvent> check_in_remote(SectionQueue& q, const RulesConfig& config, std::string_view number,
                                   UnixSeconds now, Priority priority) {
  if (auto day = check_day(q, now); !day) return day.error();
  Ticket* t = find_mutable(q, number);
  if (!t || t->kind != TicketKind::RemoteWalkIn) return ErrorCode::TicketNotFound;
  if (t->state != TicketState::Remote) return ErrorCode::AlreadyCheckedIn;
  t->priority = priority;
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
                                   UnixSeconds now, Priority priority) {
  if (auto day = check_day(q, now); !day) return day.error();
  if (!is_valid_slot(config, slot)) return ErrorCode::InvalidSlot;
  for (const Ticket& t : q.tickets)
    if (t.kind == TicketKind::Booked && t.booking_id == booking_id) return ErrorCode::AlreadyCheckedIn;
  if (now > check_in_deadline(config, q.day, slot)) return ErrorCode::TooLate;
  Ticket& t = issue(q, TicketKind::Booked, now, priority);
  t.booking_id = std::string(booking_id);
  join_line(q, t, TicketState::Waiting, now);
  return event(q, QueueEventKind::Joined, t, now);
}

Result<QueueEvent> call_next(SectionQueue& q, int counter, UnixSeconds now) {
  if (auto day = check_day(q, now); !day) return day.error();
  if (auto free = check_counter_free(q, counter); !free) return free.error();
  const auto here = std::find_if(q.line.begin(), q.line.end(), [&](const std::string& n) { return !is_remote(q, n); });
  if (here == q.line.end()) return ErrorCode::QueueEmpty;
  // Remote holders ahead of the first citizen here: their turn came and they were not here.
  for (auto away = q.line.begin(); away != here; ++away) {
    Ticket& skipped = *find_mutable(q, *away);
    if (skipped.passed_at == 0) skipped.passed_at = now;
  }
  return call_from_line(q, pick_next(q), counter, now);
}

Result<QueueEvent> call_ticket(SectionQueue& q, int counter, std::string_view number, UnixSeconds now) {
  if (auto day = check_day(q, now); !day) return day.error();
  if (auto free = check_counter_free(q, counter); !free) return free.error();
  const Ticket* t = find_ticket(q, number);
  if (!t) return ErrorCode::TicketNotFound;
  if (t->state == TicketState::Remote) return ErrorCode::NotCheckedIn;
  const LinePlace place = std::find(q.line.begin(), q.line.end(), number);
  if (t->state != TicketState::Waiting || place == q.line.end()) return ErrorCode::IllegalTransition;
  return call_from_line(q, place, counter, now);
}

Result<QueueEvent> recall(SectionQueue& q, int counter, std::string_view number, UnixSeconds now) {
  if (auto day = check_day(q, now); !day) return day.error();
  if (counter < 1 || counter > q.counters) return ErrorCode::InvalidCounter;
  Ticket* t = find_mutable(q, number);
  if (!t) return ErrorCode::TicketNotFound;
  if (t->state != TicketState::Serving || t->counter != counter) return ErrorCode::NotServingHere;
  ++t->recalls;
  t->recalled_at = now;
  return event(q, QueueEventKind::Recalled, *t, now);
}

Result<QueueEvent> return_to_line(SectionQueue& q, std::string_view number, UnixSeconds now) {
  if (auto day = check_day(q, now); !day) return day.error();
  Ticket* t = find_mutable(q, number);
  if (!t) return ErrorCode::TicketNotFound;
  if (t->state != TicketState::Serving) return ErrorCode::IllegalTransition;
  QueueEvent e = event(q, QueueEventKind::Returned, *t, now);  // the counter it leaves
  t->state = TicketState::Waiting;
  t->counter = 0;
  q.line.insert(q.line.begin(), t->number);
  e.position = 1;
  return e;
}

Result<QueueEvent> transfer(SectionQueue& from, SectionQueue& to, std::string_view number_text, UnixSeconds now) {
  const std::string number(number_text);
  if (auto day = check_day(from, now); !day) return day.error();
  if (to.office_code != from.office_code || to.day != from.day) return ErrorCode::IllegalTransition;
  if (to.section_id == from.section_id) return ErrorCode::SameSection;
  Ticket* t = find_mutable(from, number);
  if (!t) return ErrorCode::TicketNotFound;
  if (t->state == TicketState::Remote) return ErrorCode::NotCheckedIn;
  if (t->state != TicketState::Waiting && t->state != TicketState::Serving) return ErrorCode::IllegalTransition;
  // Numbers are unique across the office's sections, so the only ticket of that number there is this one,
  // back from an earlier transfer.
  Ticket* there = find_mutable(to, number);
  if (there && there->state != TicketState::Transferred) return ErrorCode::IllegalTransition;

  Ticket moved = *t;
  moved.state = TicketState::Waiting;
  moved.joined_at = now;
  moved.called_at = moved.first_called_at = moved.recalled_at = moved.finished_at = moved.passed_at = 0;
  moved.recalls = 0;
  moved.counter = 0;
  moved.from_section = from.section_id;
  moved.to_section.clear();
  if (there) {
    *there = std::move(moved);
  } else {
    to.tickets.push_back(std::move(moved));
  }
  to.line.push_back(number);  // at the back: the other section's line was there first

  leave_line(from, number);
  t->state = TicketState::Transferred;
  t->to_section = to.section_id;
  t->finished_at = now;
  QueueEvent e = event(from, QueueEventKind::Transferred, *t, now);
  e.position = static_cast<int>(to.line.size());
  e.to_section = to.section_id;
  return e;
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
  if (t->state == TicketState::Done || t->state == TicketState::NoShow || t->state == TicketState::Transferred)
    return ErrorCode::IllegalTransition;
  leave_line(q, number);
  t->state = TicketState::NoShow;
  t->finished_at = now;
  return event(q, QueueEventKind::NoShow, *t, now);
}

Result<QueueEvent> pause_counter(SectionQueue& q, int counter, std::string_view reason, UnixSeconds now) {
  if (auto day = check_day(q, now); !day) return day.error();
  if (counter < 1 || counter > q.counters) return ErrorCode::InvalidCounter;
  if (find_paused(q, counter)) return ErrorCode::CounterPaused;
  Result<std::string> text = normalize_reason(reason);
  if (!text) return text.error();
  q.paused.push_back({counter, text.value(), now});
  return QueueEvent{QueueEventKind::Paused, {}, counter, 0, now, {}, text.value()};
}

Result<QueueEvent> resume_counter(SectionQueue& q, int counter, UnixSeconds now) {
  if (auto day = check_day(q, now); !day) return day.error();
  if (counter < 1 || counter > q.counters) return ErrorCode::InvalidCounter;
  if (!find_paused(q, counter)) return ErrorCode::CounterNotPaused;
  std::erase_if(q.paused, [&](const PausedCounter& p) { return p.counter == counter; });
  return QueueEvent{QueueEventKind::Resumed, {}, counter, 0, now, {}, {}};
}

const Ticket* find_ticket(const SectionQueue& q, std::string_view number) {
  for (const Ticket& t : q.tickets)
    if (t.number == number) return &t;
  return nullptr;
}

const PausedCounter* find_paused(const SectionQueue& q, int counter) {
  for (const PausedCounter& p : q.paused)
    if (p.counter == counter) return &p;
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

}  // namespace khiw
