// The "now serving" board: what it shows of a day's lines, the calls it announces once, and the Thai
// words the hall hears.
#include <gtest/gtest.h>

#include "core/board.h"
#include "tests/core/reference_data.h"

namespace khiw {
namespace {

using testing::at_23_nov;
using testing::kMonday;

SectionQueue line(const char* id, int counters = 3) { return open_queue("1040", id, kMonday, counters); }

const BoardSection& only(const Board& b) {
  EXPECT_EQ(b.sections.size(), 1u);
  return b.sections.front();
}

TEST(Board, ShowsWhoIsServedNewestCallFirstAndWhoIsNext) {
  SectionQueue q = line("registration");
  for (int i = 0; i < 7; ++i) (void)issue_walk_in(q, at_23_nov(8));  // W001..W007
  (void)call_next(q, 1, at_23_nov(8, 1));                              // W001 at 1
  (void)call_next(q, 2, at_23_nov(8, 2));                              // W002 at 2
  const BoardSection s = only(board_of("1040", kMonday, {q}, at_23_nov(8, 3)));
  EXPECT_EQ(s.section_id, "registration");
  EXPECT_EQ(s.serving, (std::vector<BoardCall>{{"W002", 2, at_23_nov(8, 2)}, {"W001", 1, at_23_nov(8, 1)}}));
  EXPECT_EQ(s.next, (std::vector<std::string>{"W003", "W004", "W005", "W006"}));  // kBoardNext of five
  EXPECT_TRUE(s.missed.empty());
  EXPECT_TRUE(s.paused.empty());
}

TEST(Board, NextFollowsTheCallingRuleNotTheLineOrder) {
  SectionQueue q = line("registration");
  (void)issue_walk_in(q, at_23_nov(8));                          // W001
  (void)issue_walk_in(q, at_23_nov(8));                          // W002
  (void)issue_walk_in(q, at_23_nov(8), Priority::Elderly);       // W003
  (void)issue_walk_in(q, at_23_nov(8), Priority::Pregnancy);     // W004
  (void)issue_remote_walk_in(q, at_23_nov(8));                   // W005: not here yet, never called
  // Priority first, then a regular one is owed the next call, then priority again.
  EXPECT_EQ(only(board_of("1040", kMonday, {q}, at_23_nov(8, 1))).next,
            (std::vector<std::string>{"W003", "W001", "W004", "W002"}));
  // The board's look ahead changes nothing in the real line.
  EXPECT_EQ(q.line.size(), 5u);
  EXPECT_EQ(serving_count(q), 0);
}

TEST(Board, ShowsMissedTicketsNewestFirstAndPausedCounters) {
  SectionQueue q = line("registration");
  for (int i = 0; i < 9; ++i) (void)issue_walk_in(q, at_23_nov(8));
  for (int i = 1; i <= 8; ++i) {
    const auto called = call_next(q, 1, at_23_nov(8, i));
    (void)mark_no_show(q, called->ticket, at_23_nov(8, i, 30));
  }
  (void)pause_counter(q, 3, "พักกลางวัน", at_23_nov(9));
  const BoardSection s = only(board_of("1040", kMonday, {q}, at_23_nov(9, 1)));
  EXPECT_EQ(s.missed, (std::vector<std::string>{"W008", "W007", "W006", "W005", "W004", "W003"}));
  EXPECT_EQ(s.paused, std::vector<int>{3});
  EXPECT_EQ(s.next, std::vector<std::string>{"W009"});  // a paused counter does not hide who is next
}

TEST(Board, ARecallIsANewCallToAnnounceAndEachCallIsAnnouncedOnce) {
  SectionQueue q = line("registration");
  (void)issue_walk_in(q, at_23_nov(8));
  (void)issue_walk_in(q, at_23_nov(8));
  (void)call_next(q, 1, at_23_nov(8, 1));
  std::vector<BoardCall> announced;
  const Board first = board_of("1040", kMonday, {q}, at_23_nov(8, 1));
  EXPECT_EQ(unannounced_calls(first, announced), (std::vector<BoardCall>{{"W001", 1, at_23_nov(8, 1)}}));
  announced = unannounced_calls(first, announced);
  EXPECT_TRUE(unannounced_calls(first, announced).empty());

  (void)call_next(q, 2, at_23_nov(8, 3));
  (void)recall(q, 1, "W001", at_23_nov(8, 4));
  EXPECT_EQ(unannounced_calls(board_of("1040", kMonday, {q}, at_23_nov(8, 5)), announced),
            (std::vector<BoardCall>{{"W002", 2, at_23_nov(8, 3)}, {"W001", 1, at_23_nov(8, 4), 1}}));  // oldest first
}

TEST(Board, ARecallInTheSecondOfItsCallIsStillNews) {
  SectionQueue q = line("registration");
  (void)issue_walk_in(q, at_23_nov(8));
  (void)call_next(q, 1, at_23_nov(8, 1));
  const std::vector<BoardCall> announced = unannounced_calls(board_of("1040", kMonday, {q}, at_23_nov(8, 1)), {});
  (void)recall(q, 1, "W001", at_23_nov(8, 1));
  EXPECT_EQ(unannounced_calls(board_of("1040", kMonday, {q}, at_23_nov(8, 1)), announced),
            (std::vector<BoardCall>{{"W001", 1, at_23_nov(8, 1), 1}}));
}

TEST(Board, JsonRoundTripAndRefusals) {
  SectionQueue reg = line("registration"), rev = line("revenue", 2);
  take_office_numbering(rev, {reg});
  (void)issue_walk_in(reg, at_23_nov(8));
  (void)issue_walk_in(rev, at_23_nov(8));
  (void)issue_walk_in(rev, at_23_nov(8));
  (void)call_next(rev, 2, at_23_nov(8, 1));
  (void)pause_counter(reg, 1, "x", at_23_nov(8, 2));
  const Board b = board_of("1040", kMonday, {reg, rev}, at_23_nov(8, 3));
  ASSERT_EQ(b.sections.size(), 2u);
  EXPECT_EQ(b.sections[1].section_id, "revenue");
  EXPECT_EQ(board_from_json(board_to_json(b)), b);
  EXPECT_THROW(board_from_json("{}"), std::invalid_argument);
  EXPECT_THROW(board_from_json(R"({"version":1,"office_code":"1040","date":"2026-11-23","sections":[{}]})"),
               std::invalid_argument);
  EXPECT_THROW(board_from_json(R"({"version":1,"office_code":"1040","date":"2026-11-23","sections":[)"
                               R"({"section_id":"x","serving":[],"next":[1],"paused":[],"missed":[]}]})"),
               std::invalid_argument);
  // A paused counter too large for an int was wrapped (2^32 + 1 read as counter 1) instead of refused.
  EXPECT_THROW(board_from_json(R"({"version":1,"office_code":"1040","date":"2026-11-23","sections":[)"
                               R"({"section_id":"x","serving":[],"next":[],"paused":[4294967297],"missed":[]}]})"),
               std::invalid_argument);
}

TEST(Board, TheCallIsSpokenInThaiWords) {
  EXPECT_EQ(spoken_call({"A001", 3, 0}), "ขอเชิญหมายเลข เอ ศูนย์ ศูนย์ หนึ่ง ที่ช่องบริการ สาม");
  EXPECT_EQ(spoken_call({"W120", 11, 0}),
            "ขอเชิญหมายเลข ดับเบิลยู หนึ่ง สอง ศูนย์ ที่ช่องบริการ สิบเอ็ด");
  EXPECT_EQ(spoken_call({"W007", 21, 0}), "ขอเชิญหมายเลข ดับเบิลยู ศูนย์ ศูนย์ เจ็ด ที่ช่องบริการ ยี่สิบเอ็ด");
  EXPECT_EQ(spoken_call({"W007", 10, 0}), "ขอเชิญหมายเลข ดับเบิลยู ศูนย์ ศูนย์ เจ็ด ที่ช่องบริการ สิบ");
  EXPECT_EQ(spoken_call({"W007", 35, 0}), "ขอเชิญหมายเลข ดับเบิลยู ศูนย์ ศูนย์ เจ็ด ที่ช่องบริการ สามสิบห้า");
}

}  // namespace
}  // namespace khiw
