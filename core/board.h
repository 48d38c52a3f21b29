// The waiting hall's "now serving" board for one office (GET /api/board/{office}, docs/API.md): per
// section, who is at which counter (newest call first), who comes next by core's calling rule, the
// counters on a break and today's missed tickets. The server builds it from the day's queues; the board
// screen reads it and announces each call once (a recall is a new call of the same ticket).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/bkk_time.h"
#include "core/queue.h"

namespace khiw {

// A call to announce: a new (ticket, counter, recalls) or a new time means "announce it", so a recall
// within the second of its call is heard too.
struct BoardCall {
  std::string ticket;
  int counter = 0;
  UnixSeconds at = 0;  // the last call or recall
  int recalls = 0;
  bool operator==(const BoardCall&) const = default;
};

struct BoardSection {
  std::string section_id;
  std::vector<BoardCall> serving;    // newest call first
  std::vector<std::string> next;     // the next few to be called, in the order call_next would take them
  std::vector<int> paused;           // counters on a break
  std::vector<std::string> missed;   // no-shows today, newest first
  bool operator==(const BoardSection&) const = default;
};

struct Board {
  std::string office_code;
  Date day;
  std::vector<BoardSection> sections;  // the sections with a line today, in the order given
  bool operator==(const Board&) const = default;
};

inline constexpr int kBoardNext = 4;    // upcoming tickets shown per section
inline constexpr int kBoardMissed = 6;  // missed tickets shown per section
inline constexpr int kBoardJsonVersion = 1;

// `queues`: the office's lines on `now`'s day, in the order the board shows them.
Board board_of(std::string office_code, Date day, const std::vector<SectionQueue>& queues, UnixSeconds now);

std::string board_to_json(const Board& b);
Board board_from_json(std::string_view text);  // throws std::invalid_argument

// The calls on `after` that `announced` (calls already announced) does not hold, oldest first.
std::vector<BoardCall> unannounced_calls(const Board& after, const std::vector<BoardCall>& announced);

// What the hall hears: "ขอเชิญหมายเลข เอ ศูนย์ ศูนย์ หนึ่ง ที่ช่องบริการ สาม" — the ticket's letter and
// digits one by one, as Thai words, and the counter as a Thai number.
std::string spoken_call(const BoardCall& call);

}  // namespace khiw
