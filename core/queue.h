// The line at one office section for one day. Walk-ins are served first come, first served; a booked
// citizen who checks in on time goes directly after the people being served (behind earlier booked
// check-ins, ahead of waiting walk-ins). Tickets A001.. (bookings) and W001.. (walk-ins) restart each day
// because a queue value belongs to one day; numbers are unique across an office's sections that day
// (take_office_numbering), so a ticket keeps its number when staff transfer it to another section. A
// remote walk-in ticket (taken in the app) holds its place at the back of the line from the moment it is
// issued, so the citizen can wait somewhere else and come when nearly called: calls skip it until it
// checks in at the office. Once its turn has passed it keeps its place only for the no-show grace
// (15 min); checking in later sends it to the back, so a held place cannot be used to jump the line
// hours later. Priority citizens (elderly, disabled, pregnant) go ahead of regular ones, at most one
// call in two while regular citizens wait (see call_next). Counters are numbered 1..counters and may
// pause (a break) with a reason; calls to a paused counter are refused.
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
// Transferred: left this line for another section's (Ticket::to_section), where it is in line again.
enum class TicketState { Remote, Waiting, Serving, Done, NoShow, Transferred };
std::string_view ticket_state_name(TicketState s);  // "remote", "waiting", ... as in the API
std::optional<TicketState> ticket_state_from_name(std::string_view name);
// Set by staff at check-in (or when issuing a ticket at the office).
enum class Priority { None, Elderly, Disability, Pregnancy };
std::string_view priority_name(Priority p);  // "", "elderly", "disability", "pregnancy" as in the API
std::optional<Priority> priority_from_name(std::string_view name);

struct Ticket {
  std::string number;      // "A001", "W012"
  TicketKind kind = TicketKind::WalkIn;
  TicketState state = TicketState::Waiting;
  std::string booking_id;  // Booked only
  UnixSeconds issued_at = 0;
  UnixSeconds joined_at = 0;  // entered the line (remote: at issue, again at check-in if it lost its place)
  UnixSeconds called_at = 0;  // the latest call
  UnixSeconds finished_at = 0;
  int counter = 0;            // 1-based while/after serving
  UnixSeconds passed_at = 0;  // remote: first time a call skipped it (its turn came and it was not here)
  Priority priority = Priority::None;
  std::string from_section;  // came from that section's line by a transfer
  std::string to_section;    // Transferred: went to that section's line
  // The current call's recalls (the display board repeats each): how many, and the last one's time.
  int recalls = 0;
  UnixSeconds recalled_at = 0;
  UnixSeconds first_called_at = 0;  // the wait ends here: a ticket sent back to the line waited only once
  bool operator==(const Ticket&) const = default;
};

struct PausedCounter {
  int counter = 0;
  std::string reason;
  UnixSeconds since = 0;
  bool operator==(const PausedCounter&) const = default;
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
  std::vector<PausedCounter> paused;  // in the order they paused
  // The last call took a priority citizen while a regular one was waiting: the next call is the
  // regular front of line's (see call_next).
  bool regular_owed_next_call = false;
  bool operator==(const SectionQueue&) const = default;
};

enum class QueueEventKind {
  Issued, Joined, Called, Finished, NoShow, Recalled, Returned, Transferred, Paused, Resumed
};
std::string_view queue_event_kind_name(QueueEventKind k);

struct QueueEvent {
  QueueEventKind kind = QueueEventKind::Issued;
  std::string ticket;  // empty for Paused and Resumed
  int counter = 0;
  int position = 0;  // place in line after the event (1 = next), 0 when not waiting; Transferred: in the new line
  UnixSeconds at = 0;
  std::string to_section;  // Transferred
  std::string reason;      // Paused
  bool operator==(const QueueEvent&) const = default;
};

SectionQueue open_queue(std::string office_code, std::string section_id, Date day, int counters);

// Continues the office's numbering: `q` issues after the highest number any of the office's queues that
// day has issued (`office_queues` may include `q` itself; other offices and days are ignored).
void take_office_numbering(SectionQueue& q, const std::vector<SectionQueue>& office_queues);

// All operations refuse with WrongDay when `now` is not on the queue's Bangkok day.
Result<QueueEvent> issue_walk_in(SectionQueue& q, UnixSeconds now, Priority priority = Priority::None);
Result<QueueEvent> issue_remote_walk_in(SectionQueue& q, UnixSeconds now);
// Remote -> Waiting in the place it holds; at the back once more than the grace has gone by since its
// turn passed.
Result<QueueEvent> check_in_remote(SectionQueue& q, const RulesConfig& config, std::string_view number,
                                   UnixSeconds now, Priority priority = Priority::None);
// TooLate after slot start + grace (the citizen may take a walk-in ticket instead); AlreadyCheckedIn.
Result<QueueEvent> check_in_booked(SectionQueue& q, const RulesConfig& config, std::string_view booking_id,
                                   int slot, UnixSeconds now, Priority priority = Priority::None);
// The next citizen here to `counter` (1..counters; InvalidCounter otherwise): in line order, skipping
// remote holders still away, with priority citizens ahead as call_next's rule says. CounterPaused,
// CounterBusy while that counter still serves someone, QueueEmpty when nobody in line is here.
Result<QueueEvent> call_next(SectionQueue& q, int counter, UnixSeconds now);
// Staff pick one waiting ticket (a remote one still away: NotCheckedIn); the counter as for call_next.
Result<QueueEvent> call_ticket(SectionQueue& q, int counter, std::string_view number, UnixSeconds now);
// Calls the ticket being served at `counter` once more (display board: recalls, recalled_at); NotServingHere
// otherwise.
Result<QueueEvent> recall(SectionQueue& q, int counter, std::string_view number, UnixSeconds now);
// A ticket being served goes back to the front of the line (the citizen steps aside, e.g. to fetch a
// missing document, and has already waited their turn), freeing its counter.
Result<QueueEvent> return_to_line(SectionQueue& q, std::string_view number, UnixSeconds now);
// A waiting or serving ticket leaves `from` (state Transferred, to_section) and joins the back of `to`'s
// line with the same number (from_section). Both queues are of one office and day; SameSection when
// they are one section.
Result<QueueEvent> transfer(SectionQueue& from, SectionQueue& to, std::string_view number, UnixSeconds now);
Result<QueueEvent> finish(SectionQueue& q, std::string_view number, UnixSeconds now);
// A called ticket whose holder did not come to the counter, or a waiting or remote one who left.
Result<QueueEvent> mark_no_show(SectionQueue& q, std::string_view number, UnixSeconds now);
// A counter's break: calls to it are refused until it resumes (the ticket it serves may still finish).
// `reason` as core's normalize_reason (InvalidReason); CounterPaused when already paused.
Result<QueueEvent> pause_counter(SectionQueue& q, int counter, std::string_view reason, UnixSeconds now);
Result<QueueEvent> resume_counter(SectionQueue& q, int counter, UnixSeconds now);  // CounterNotPaused

const Ticket* find_ticket(const SectionQueue& q, std::string_view number);
// 1-based place in line (remote holders ahead count), nullopt when not in line.
std::optional<int> position_in_line(const SectionQueue& q, std::string_view number);
int serving_count(const SectionQueue& q);
const PausedCounter* find_paused(const SectionQueue& q, int counter);
// Places in line held by remote tickets whose citizens are not at the office yet.
int remote_count(const SectionQueue& q);

inline constexpr int kQueueJsonVersion = 1;
std::string queue_to_json(const SectionQueue& q);
SectionQueue queue_from_json(std::string_view text);  // throws std::invalid_argument
std::string queue_event_to_json(const QueueEvent& e);
QueueEvent queue_event_from_json(std::string_view text);  // throws std::invalid_argument

}  // namespace khiw
