// The queue's API names and its JSON: the stored document (one per office section and day) and events.
// Fields added after the first version are optional on reading, so rows stored before them still load.
#include <array>

#include "core/enum_names.h"
#include "core/json_fields.h"
#include "core/queue.h"

namespace khiw {

namespace {

using json_fields::json;

constexpr std::array<std::string_view, 10> kEventNames = {"issued",   "joined",   "called",      "finished",
                                                          "no_show",  "recalled", "returned",    "transferred",
                                                          "paused",   "resumed"};
constexpr std::array<std::string_view, 3> kKindNames = {"booked", "walk_in", "remote_walk_in"};
constexpr std::array<std::string_view, 6> kTicketStateNames = {"remote", "waiting", "serving",
                                                               "done",   "no_show", "transferred"};
constexpr std::array<std::string_view, 4> kPriorityNames = {"", "elderly", "disability", "pregnancy"};

template <typename E, size_t N>
E enum_field(const std::array<std::string_view, N>& names, const std::string& name, const char* key,
             const std::string& where) {
  if (auto value = enum_from_name<E>(names, name)) return *value;
  throw std::invalid_argument(where + ": unknown \"" + key + "\" \"" + name + "\"");
}

template <typename E, size_t N>
E required_enum(const std::array<std::string_view, N>& names, const json& rec, const char* key,
                const std::string& where) {
  return enum_field<E>(names, json_fields::required<std::string>(rec, key, where), key, where);
}

std::string optional_string(const json& rec, const char* key, const std::string& where) {
  return json_fields::optional<std::string>(rec, key, where).value_or("");
}

// Written only when set, as the API shows them.
void put_if_set(json& rec, const char* key, const std::string& value) {
  if (!value.empty()) rec[key] = value;
}

json ticket_to_json(const Ticket& t) {
  json rec = {{"number", t.number},
              {"kind", enum_name(kKindNames, t.kind)},
              {"state", enum_name(kTicketStateNames, t.state)},
              {"booking_id", t.booking_id},
              {"issued_at", t.issued_at},
              {"joined_at", t.joined_at},
              {"called_at", t.called_at},
              {"first_called_at", t.first_called_at},
              {"recalls", t.recalls},
              {"recalled_at", t.recalled_at},
              {"finished_at", t.finished_at},
              {"counter", t.counter},
              {"passed_at", t.passed_at},
              {"priority", priority_name(t.priority)}};
  put_if_set(rec, "from_section", t.from_section);
  put_if_set(rec, "to_section", t.to_section);
  return rec;
}

Ticket ticket_from_json(const json& rec, const std::string& tw) {
  using json_fields::required;
  Ticket t;
  t.number = required<std::string>(rec, "number", tw);
  t.kind = required_enum<TicketKind>(kKindNames, rec, "kind", tw);
  t.state = required_enum<TicketState>(kTicketStateNames, rec, "state", tw);
  t.booking_id = required<std::string>(rec, "booking_id", tw);
  t.issued_at = required<UnixSeconds>(rec, "issued_at", tw);
  t.joined_at = required<UnixSeconds>(rec, "joined_at", tw);
  t.called_at = required<UnixSeconds>(rec, "called_at", tw);
  // Absent before returned tickets kept their first call: the only call known is the latest.
  t.first_called_at = json_fields::optional<UnixSeconds>(rec, "first_called_at", tw).value_or(t.called_at);
  t.recalls = json_fields::optional<int>(rec, "recalls", tw).value_or(0);  // absent before boards
  t.recalled_at = json_fields::optional<UnixSeconds>(rec, "recalled_at", tw).value_or(0);
  t.finished_at = required<UnixSeconds>(rec, "finished_at", tw);
  t.counter = required<int>(rec, "counter", tw);
  t.passed_at = json_fields::optional<UnixSeconds>(rec, "passed_at", tw).value_or(0);  // absent before held places
  t.priority = enum_field<Priority>(kPriorityNames, optional_string(rec, "priority", tw), "priority", tw);
  t.from_section = optional_string(rec, "from_section", tw);
  t.to_section = optional_string(rec, "to_section", tw);
  if (t.state == TicketState::Transferred && t.to_section.empty())
    throw std::invalid_argument(tw + ": transferred without \"to_section\"");
  return t;
}

}  // namespace

std::string_view queue_event_kind_name(QueueEventKind k) { return enum_name(kEventNames, k); }

std::string_view ticket_state_name(TicketState s) { return enum_name(kTicketStateNames, s); }

std::optional<TicketState> ticket_state_from_name(std::string_view name) {
  return enum_from_name<TicketState>(kTicketStateNames, name);
}

std::string_view priority_name(Priority p) { return enum_name(kPriorityNames, p); }

std::optional<Priority> priority_from_name(std::string_view name) {
  return enum_from_name<Priority>(kPriorityNames, name);
}

std::string queue_to_json(const SectionQueue& q) {
  json tickets = json::array();
  for (const Ticket& t : q.tickets) tickets.push_back(ticket_to_json(t));
  json paused = json::array();
  for (const PausedCounter& p : q.paused)
    paused.push_back({{"counter", p.counter}, {"reason", p.reason}, {"since", p.since}});
  return json{{"version", kQueueJsonVersion},
              {"office_code", q.office_code},
              {"section_id", q.section_id},
              {"day", iso_date(q.day)},
              {"counters", q.counters},
              {"next_booked", q.next_booked},
              {"next_walk_in", q.next_walk_in},
              {"tickets", tickets},
              {"line", q.line},
              {"paused", paused},
              {"regular_owed_next_call", q.regular_owed_next_call}}
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
  for (const json& rec : json_fields::required_array(doc, "tickets", w))
    q.tickets.push_back(ticket_from_json(rec, "queue ticket #" + std::to_string(i++)));
  q.line = required<std::vector<std::string>>(doc, "line", w);
  for (const std::string& n : q.line) {
    const Ticket* t = find_ticket(q, n);
    if (!t || (t->state != TicketState::Waiting && t->state != TicketState::Remote))
      throw std::invalid_argument("queue: line holds \"" + n + "\", which is neither waiting nor remote");
  }
  if (const auto paused = doc.find("paused"); paused != doc.end()) {  // absent before pauses
    for (const json& rec : json_fields::required_array(doc, "paused", w)) {
      PausedCounter p{required<int>(rec, "counter", w + " paused"), required<std::string>(rec, "reason", w + " paused"),
                      required<UnixSeconds>(rec, "since", w + " paused")};
      if (p.counter < 1 || p.counter > q.counters) throw std::invalid_argument("queue: paused counter out of range");
      q.paused.push_back(std::move(p));
    }
  }
  q.regular_owed_next_call = json_fields::optional<bool>(doc, "regular_owed_next_call", w).value_or(false);
  return q;
}

std::string queue_event_to_json(const QueueEvent& e) {
  json doc = {{"version", kQueueJsonVersion},
              {"kind", queue_event_kind_name(e.kind)},
              {"ticket", e.ticket},
              {"counter", e.counter},
              {"position", e.position},
              {"at", e.at}};
  put_if_set(doc, "to_section", e.to_section);
  put_if_set(doc, "reason", e.reason);
  return doc.dump();
}

QueueEvent queue_event_from_json(std::string_view text) {
  const json doc = json_fields::parse_versioned(text, "queue event", kQueueJsonVersion);
  using json_fields::required;
  const std::string w = "queue event";
  return {required_enum<QueueEventKind>(kEventNames, doc, "kind", w),
          required<std::string>(doc, "ticket", w),
          required<int>(doc, "counter", w),
          required<int>(doc, "position", w),
          required<UnixSeconds>(doc, "at", w),
          optional_string(doc, "to_section", w),
          optional_string(doc, "reason", w)};
}

}  // namespace khiw
