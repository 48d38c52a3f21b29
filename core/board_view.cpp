#include "core/board_view.h"

#include <stdexcept>

namespace khiw {

namespace {

std::vector<Effect> read(BoardView& v) {
  if (v.reading) {
    v.reread = true;
    return {};
  }
  v.reading = true;
  HttpRequest r = http_get(Reply::Board, "/api/board/" + v.office);
  r.if_none_match = v.etag;
  return {r};
}

// The board's new calls as announcements, oldest first; on the first board nothing is news. Only the
// calls still on the board are remembered: a call that left it never comes back the same (a recall or a
// second call has a new time), and a hall's TV runs all day.
std::vector<Effect> announce(BoardView& v, bool first) {
  std::vector<Effect> effects;
  if (!first)
    for (const BoardCall& call : unannounced_calls(*v.board, v.announced))
      effects.push_back(AnnounceCall{call.ticket, call.counter, spoken_call(call)});
  v.announced.clear();
  for (const BoardSection& s : v.board->sections) v.announced.insert(v.announced.end(), s.serving.begin(), s.serving.end());
  return effects;
}

}  // namespace

std::optional<std::string> board_route_office(std::string_view route) {
  constexpr std::string_view kPrefix = "board/";
  if (route.size() != kPrefix.size() + 4 || route.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
  const std::string_view code = route.substr(kPrefix.size());
  for (const char c : code)
    if (c < '0' || c > '9') return std::nullopt;
  return std::string(code);
}

std::vector<Effect> apply_board_intent(BoardView& v, Navigation& nav, const BoardIntent& intent) {
  if (const auto* open = std::get_if<OpenBoard>(&intent)) {
    v = BoardView{};
    v.office = open->office;
    nav.stack = {Screen::Start, Screen::Board};
    return read(v);
  }
  if (v.office.empty()) return {};
  if (const auto* state = std::get_if<BoardStreamState>(&intent)) {
    v.stream_connected = state->connected;
    // A (re)connect may follow missed changes: read the whole board again.
    return state->connected ? read(v) : std::vector<Effect>{};
  }
  return read(v);  // BoardStreamEvent
}

std::vector<Effect> apply_board_reply(BoardView& v, UnixSeconds now, int status, const std::string& body,
                                      const std::string& etag) {
  v.reading = false;
  v.next_read = now + kBoardReadSeconds;
  std::vector<Effect> effects;
  if (status == 200) {
    try {
      const bool first = !v.board;
      v.board = board_from_json(body);
      v.etag = etag;
      v.read_failed = false;
      effects = announce(v, first);
    } catch (const std::invalid_argument&) {
      v.read_failed = true;
    }
  } else {
    v.read_failed = status != 304;
  }
  if (v.reread) {
    v.reread = false;
    for (Effect& e : read(v)) effects.push_back(std::move(e));
  }
  return effects;
}

std::vector<Effect> board_tick(BoardView& v, const Navigation& nav, UnixSeconds now) {
  if (board_stream_path(v, nav).empty() || v.reading) return {};
  // A new day changes nothing at the office until its first ticket: the board must not show last night's
  // calls till then.
  const bool new_day = v.board && bkk_date(now) != v.board->day;
  if ((board_live(v) || now < v.next_read) && !new_day) return {};
  return read(v);
}

std::string board_stream_path(const BoardView& v, const Navigation& nav) {
  if (v.office.empty() || nav.current() != Screen::Board) return {};
  return "/api/live/" + v.office + "/events";
}

bool board_live(const BoardView& v) { return v.stream_connected && !v.read_failed && v.board.has_value(); }

}  // namespace khiw
