// The board screen (/#board/<office>): a TV in the waiting hall. It reads the board when it opens, on
// every change the office's event stream reports and after every reconnect, and every 10 s while the
// stream is down, so the hall never watches a stale board without being told. Each new call (or recall)
// is announced once, in order; the calls already on the board when it opens are the hall's present,
// not news, and are not announced.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/board.h"
#include "core/effects.h"
#include "core/navigation.h"

namespace khiw {

struct BoardView {
  std::string office;  // "" until the page opens a board
  std::optional<Board> board;
  std::string etag;
  bool read_failed = false;      // the last read got no answer or an error
  bool stream_connected = false;
  bool reading = false;          // a read is in flight
  bool reread = false;           // a change arrived while reading: read once more after it
  UnixSeconds next_read = 0;     // while not live
  std::vector<BoardCall> announced;
  bool operator==(const BoardView&) const = default;
};

struct OpenBoard { std::string office; };
// Delivered by the shell: the office's event stream opened (true) or dropped (false), or told a change.
struct BoardStreamState { bool connected = false; };
struct BoardStreamEvent {};
using BoardIntent = std::variant<OpenBoard, BoardStreamState, BoardStreamEvent>;

inline constexpr UnixSeconds kBoardReadSeconds = 10;

// The office of a "board/1040" page route, or nullopt for any other route.
std::optional<std::string> board_route_office(std::string_view route);

std::vector<Effect> apply_board_intent(BoardView& v, Navigation& nav, const BoardIntent& intent);
std::vector<Effect> apply_board_reply(BoardView& v, UnixSeconds now, int status, const std::string& body,
                                      const std::string& etag);
std::vector<Effect> board_tick(BoardView& v, const Navigation& nav, UnixSeconds now);

// The event stream the shell keeps open while the board is on screen ("" = none).
std::string board_stream_path(const BoardView& v, const Navigation& nav);
// Live: the stream is open and the last read answered.
bool board_live(const BoardView& v);

}  // namespace khiw
