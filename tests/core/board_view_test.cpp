// The board screen's reads and announcements: read on open, on each change and reconnect, every 10 s
// while not live and at a new day; the calls on the first board are not news, later ones are announced
// once each.
#include <gtest/gtest.h>

#include "core/board_view.h"
#include "tests/core/app_fixture.h"

namespace khiw {
namespace {

using testing::at_23_nov;
using testing::of_type;
using testing::kMonday;

std::string board_with(const std::vector<BoardCall>& serving, Date day = kMonday) {
  return board_to_json(Board{"1040", day, {BoardSection{"registration", serving, {}, {}, {}}}});
}

struct Opened {
  BoardView v;
  Navigation nav;
};

Opened opened() {
  Opened o;
  const auto effects = apply_board_intent(o.v, o.nav, OpenBoard{"1040"});
  EXPECT_EQ(of_type<HttpRequest>(effects).at(0).path, "/api/board/1040");
  return o;
}

TEST(BoardView, OnlyABoardRouteOpensABoard) {
  EXPECT_EQ(board_route_office("board/1040"), "1040");
  EXPECT_EQ(board_route_office("board/104"), std::nullopt);
  EXPECT_EQ(board_route_office("board/10a0"), std::nullopt);
  EXPECT_EQ(board_route_office("counter"), std::nullopt);
  Opened o = opened();
  EXPECT_EQ(o.nav.current(), Screen::Board);
  EXPECT_EQ(board_stream_path(o.v, o.nav), "/api/live/1040/events");
}

TEST(BoardView, TheFirstBoardIsNotNewsLaterCallsAreAnnouncedOnceEach) {
  Opened o = opened();
  const UnixSeconds now = at_23_nov(9);
  EXPECT_TRUE(of_type<AnnounceCall>(apply_board_reply(o.v, now, 200, board_with({{"W001", 1, now - 60, 0}}), "e1")).empty());
  apply_board_intent(o.v, o.nav, BoardStreamEvent{});
  const auto announced = of_type<AnnounceCall>(apply_board_reply(
      o.v, now, 200, board_with({{"W002", 2, now, 0}, {"W001", 1, now - 60, 0}}), "e2"));
  ASSERT_EQ(announced.size(), 1u);
  EXPECT_EQ(announced[0].ticket, "W002");
  EXPECT_EQ(announced[0].counter, 2);
  EXPECT_EQ(announced[0].speech_th, "ขอเชิญหมายเลข ดับเบิลยู ศูนย์ ศูนย์ สอง ที่ช่องบริการ สอง");
  apply_board_intent(o.v, o.nav, BoardStreamEvent{});
  EXPECT_TRUE(of_type<AnnounceCall>(apply_board_reply(
      o.v, now, 200, board_with({{"W002", 2, now, 0}, {"W001", 1, now - 60, 0}}), "e2")).empty());
}

// A hall's TV runs all day: it remembers the calls on the board, not every call it ever announced.
TEST(BoardView, ADayOfCallsIsAnnouncedEachOnceWithoutPilingUp) {
  Opened o = opened();
  const UnixSeconds start = at_23_nov(8);
  apply_board_reply(o.v, start, 200, board_with({}), "e0");
  int spoken = 0;
  for (int n = 1; n <= 300; ++n) {
    const std::string ticket = "W" + std::string(n < 10 ? "00" : n < 100 ? "0" : "") + std::to_string(n);
    const std::vector<BoardCall> serving{{ticket, 1 + n % 3, start + n * 60, 0}};
    for (int again = 0; again < 2; ++again) {
      apply_board_intent(o.v, o.nav, BoardStreamEvent{});
      spoken += static_cast<int>(of_type<AnnounceCall>(apply_board_reply(o.v, start + n * 60, 200, board_with(serving), "")).size());
    }
  }
  EXPECT_EQ(spoken, 300);
  EXPECT_EQ(o.v.announced.size(), 1u);
}

TEST(BoardView, AChangeDuringAReadIsReadAfterIt) {
  Opened o = opened();
  EXPECT_TRUE(apply_board_intent(o.v, o.nav, BoardStreamState{true}).empty());  // the open's read is out
  const auto after = of_type<HttpRequest>(apply_board_reply(o.v, at_23_nov(9), 200, board_with({}), "e1"));
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].if_none_match, "e1");
  apply_board_reply(o.v, at_23_nov(9), 304, "", "");
  EXPECT_TRUE(board_live(o.v));
  EXPECT_TRUE(o.v.board.has_value());
}

TEST(BoardView, NotLiveItReadsEvery10SecondsAndSaysSo) {
  Opened o = opened();
  const UnixSeconds now = at_23_nov(9);
  apply_board_reply(o.v, now, 0, "", "");
  EXPECT_FALSE(board_live(o.v));
  EXPECT_TRUE(board_tick(o.v, o.nav, now + kBoardReadSeconds - 1).empty());
  EXPECT_EQ(of_type<HttpRequest>(board_tick(o.v, o.nav, now + kBoardReadSeconds)).size(), 1u);
  apply_board_reply(o.v, now + kBoardReadSeconds, 200, board_with({}), "e1");
  apply_board_intent(o.v, o.nav, BoardStreamState{true});
  apply_board_reply(o.v, now + kBoardReadSeconds, 304, "", "");
  EXPECT_TRUE(board_live(o.v));
  EXPECT_TRUE(board_tick(o.v, o.nav, now + 10 * kBoardReadSeconds).empty());  // live: the stream says when
  apply_board_intent(o.v, o.nav, BoardStreamState{false});
  EXPECT_FALSE(board_live(o.v));
  EXPECT_EQ(of_type<HttpRequest>(board_tick(o.v, o.nav, now + 10 * kBoardReadSeconds)).size(), 1u);
}

TEST(BoardView, ANewDayIsReadEvenWhileLive) {
  Opened o = opened();
  apply_board_reply(o.v, at_23_nov(15), 200, board_with({{"W040", 1, at_23_nov(15), 0}}), "e1");
  apply_board_intent(o.v, o.nav, BoardStreamState{true});
  apply_board_reply(o.v, at_23_nov(15), 304, "", "");
  EXPECT_TRUE(board_live(o.v));
  EXPECT_TRUE(board_tick(o.v, o.nav, at_23_nov(23, 59)).empty());
  EXPECT_EQ(of_type<HttpRequest>(board_tick(o.v, o.nav, at_23_nov(24, 0, 1))).size(), 1u);
}

TEST(BoardView, AMalformedBoardIsAFailedRead) {
  Opened o = opened();
  apply_board_reply(o.v, at_23_nov(9), 200, R"({"version":1})", "e1");
  EXPECT_TRUE(o.v.read_failed);
  EXPECT_FALSE(o.v.board.has_value());
  EXPECT_THROW(board_from_json(R"({"version":1,"office_code":"1040","date":"2026-11-23","sections":[)"
                               R"({"section_id":"x","serving":[{"ticket":"W1","counter":-1,"at":0,"recalls":0}],)"
                               R"("next":[],"paused":[],"missed":[]}]})"),
               std::invalid_argument);
  EXPECT_EQ(spoken_call({"W001", -1, 0, 0}), "ขอเชิญหมายเลข ดับเบิลยู ศูนย์ ศูนย์ หนึ่ง ที่ช่องบริการ หนึ่ง");
}

}  // namespace
}  // namespace khiw
