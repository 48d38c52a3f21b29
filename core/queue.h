// The line at one office section for one day. Walk-ins are served first come, first served; a booked
// citizen who checks in on time goes directly after the people being served (behind earlier booked
// check-ins, ahead of waiting walk-ins). Tickets A001.. (bookings) and W001.. (walk-ins) restart each day
// because a queue value belongs to one day. A remote walk-in ticket (taken in the app) holds its place at
// the back of the line from the moment it is issued, so the citizen can wait somewhere else and come when
// nearly called: calls skip it until it checks in at the office. Once its turn has passed it keeps its
// place only for the no-show grace (15 min); checking in later sends it to the back, so a held place
// cannot be used to jump the line hours later.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bkk_time.h"
#include "core/result.h"
#include "core/rules_config.h"

namespace khiw {

enum class TicketKind { Booked, WalkIn, RemoteWalkIn };
enum class TicketState { Remote, Waiting, Serving, Done, NoShow };
std::string_view ticket_state_name(TicketState s);  // "remote", "waiting", ... as in the API
std::optional<TicketState> ticket_state_from_name(std::string_view name);

struct Ticket {
  std::string number;      // "A001", "W012"
  TicketKind kind = TicketKind::WalkIn;
  TicketState state = TicketState::Waiting;
  std::string booking_id;  // Booked only
  UnixSeconds issued_at = 0;
  UnixSeconds joined_at = 0;  // entered the line (remote: at issue, again at check-in if it lost its place)
  UnixSeconds called_at = 0;
  UnixSeconds finished_at = 0;
  int counter = 0;            // 1-based while/after serving
  UnixSeconds passed_at = 0;  // remote: first time a call skipped it (its turn came and it was not here)
  bool operator==(const Ticket&) const = default;
};

struct SectionQueue {
  std::string office_code;
  std::string section_id;
  Date day;
  int counters = 1;
  int next_booked = 1;
  int next_walk_in = 1;
  std::vector<Ticket> tickets;    // every ticket of the day, in issue order
  std::vector<std::string> line;  // numbers waiting or holding a place (remote), front first
  bool operator==(const SectionQueue&) const = default;
};

enum class QueueEventKind { Issued, Joined, Called, Finished, NoShow };
std::string_view queue_event_kind_name(QueueEventKind k);

struct QueueEvent {
  QueueEventKind kind = QueueEventKind::Issued;
  std::string ticket;
  int counter = 0;
  int position = 0;  // place in line after the event (1 = next), 0 when not waiting
  UnixSeconds at = 0;
  bool operator==(const QueueEvent&) const = default;
};

SectionQueue open_queue(std::string office_code, std::string section_id, Date day, int counters);

// All operations refuse with WrongDay when `now` is not on the queue's Bangkok day.
Result<QueueEvent> issue_walk_in(SectionQueue& q, UnixSeconds now);
Result<QueueEvent> issue_remote_walk_in(SectionQueue& q, UnixSeconds now);
// Remote -> Waiting in the place it holds; at the back once more than the grace has gone by since its
// turn passed.
Result<QueueEvent> check_in_remote(SectionQueue& q, const RulesConfig& config, std::string_view number,
                                   UnixSeconds now);
// TooLate after slot start + grace (the citizen may take a walk-in ticket instead); AlreadyCheckedIn.
Result<QueueEvent> check_in_booked(SectionQueue& q, const RulesConfig& config, std::string_view booking_id,
                                   int slot, UnixSeconds now);
// The first waiting ticket in line to `counter` (1..counters), skipping remote ones still away;
// CounterBusy while that counter still serves someone, QueueEmpty when nobody in line is here.
Result<QueueEvent> call_next(SectionQueue& q, int counter, UnixSeconds now);
Result<QueueEvent> finish(SectionQueue& q, std::string_view number, UnixSeconds now);
// A called ticket whose holder did not come to the counter, or a waiting or remote one who left.
Result<QueueEvent> mark_no_show(SectionQueue& q, std::string_view number, UnixSeconds now);

const Ticket* find_ticket(const SectionQueue& q, std::string_view number);
// 1-based place in line (remote holders ahead count), nullopt when not in line.
std::optional<int> position_in_line(const SectionQueue& q, std::string_view number);
int serving_count(const SectionQueue& q);
// Places in line held by remote tickets whose citizens are not at the office yet.
int remote_count(const SectionQueue& q);

inline constexpr int kQueueJsonVersion = 1;
std::string queue_to_json(const SectionQueue& q);
SectionQueue queue_from_json(std::string_view text);  // throws std::invalid_argument
std::string queue_event_to_json(const QueueEvent& e);
QueueEvent queue_event_from_json(std::string_view text);  // throws std::invalid_argument

}  // namespace khiw
