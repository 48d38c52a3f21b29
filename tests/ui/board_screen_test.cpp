// The hall's board drawn headless with the board's fonts, on a 1080p and a 720p TV: what it shows, the
// connection mark, and that no text leaves the screen or lies over another.
#include <gtest/gtest.h>

#include "tests/ui/headless_frame.h"
#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

AppState board_state(int sections) {
  AppState s = testing::state_on(Screen::Board);
  s.board.office = "1040";
  Board b{"1040", bkk_date(s.now), {}};
  const char* ids[] = {"registration", "revenue", "administration", "finance", "public_works",
                       "city_law_enforcement", "cleansing_parks", "environment_sanitation", "community_welfare",
                       "education"};
  for (int i = 0; i < sections; ++i)
    b.sections.push_back({ids[i % 10],
                          {{"W0" + std::to_string(12 + i), 2, s.now - 30}, {"A00" + std::to_string(1 + i % 9), 1, s.now - 300}},
                          {"W020", "W021", "A004", "W022"},
                          {3},
                          {"W001", "W004"}});
  s.board.board = b;
  s.board.stream_connected = true;
  return s;
}

// A frame of the display board (the hall's screen), second frame as in frame_of.
ui::UiOutput board_frame_of(const AppState& s, float width, float height) {
  testing::HeadlessUi ui(width, height, /*board=*/true);
  ui.frame(s);
  return ui.frame(s);
}

const ui::WidgetRect* find(const ui::UiOutput& out, const std::string& id) {
  for (const auto& w : out.widgets)
    if (w.id == id) return &w;
  return nullptr;
}

void expect_on_screen_and_apart(const ui::UiOutput& out, float width, float height) {
  for (size_t i = 0; i < out.widgets.size(); ++i) {
    const ui::WidgetRect& a = out.widgets[i];
    EXPECT_TRUE(a.x >= 0 && a.y >= 0 && a.x + a.w <= width + 0.5f && a.y + a.h <= height + 0.5f) << a.id << " off screen";
    for (size_t j = i + 1; j < out.widgets.size(); ++j) {
      const ui::WidgetRect& b = out.widgets[j];
      const bool apart = a.x + a.w <= b.x + 0.5f || b.x + b.w <= a.x + 0.5f || a.y + a.h <= b.y + 0.5f ||
                         b.y + b.h <= a.y + 0.5f;
      EXPECT_TRUE(apart) << a.id << " overlaps " << b.id;
    }
  }
}

TEST(BoardScreen, ShowsEachSectionsCallsNextBreaksAndMissedInBothLanguages) {
  const AppState s = board_state(2);
  const ui::UiOutput out = board_frame_of(s, 1920, 1080);
  ASSERT_NE(find(out, "board_registration_ticket_W012"), nullptr);
  ASSERT_NE(find(out, "board_revenue_ticket_W013"), nullptr);
  EXPECT_EQ(find(out, "board_registration_counter_W012")->label, "ช่อง 2 · Counter 2");
  EXPECT_EQ(find(out, "board_registration_next")->label, "W020  W021  A004  W022");
  EXPECT_EQ(find(out, "board_registration_paused")->label, "ช่อง 3 · Counter 3");
  EXPECT_EQ(find(out, "board_revenue_missed")->label, "W001  W004");
  EXPECT_EQ(find(out, "board_registration_name_en")->label, "Registration Section");
  EXPECT_EQ(find(out, "board_connection")->label, "ออนไลน์ · Live");
  EXPECT_NE(find(out, "board_office")->label.find("Bang Khae"), std::string::npos);
  // Ticket numbers are the largest text: read from across the hall.
  EXPECT_GT(find(out, "board_registration_ticket_W012")->h, 2 * find(out, "board_registration_next")->h);
  expect_on_screen_and_apart(out, 1920, 1080);
}

TEST(BoardScreen, FitsA720pTvWithManySections) {
  for (const int sections : {1, 3, 4, 6, 10}) {
    SCOPED_TRACE(sections);
    const AppState s = board_state(sections);
    const ui::UiOutput out = board_frame_of(s, 1280, 720);
    for (const BoardSection& section : s.board.board->sections)  // every call shows, whatever else gives way
      for (const BoardCall& call : section.serving)
        EXPECT_NE(find(out, "board_" + section.section_id + "_ticket_" + call.ticket), nullptr)
            << section.section_id << " " << call.ticket;
    expect_on_screen_and_apart(out, 1280, 720);
  }
}

TEST(BoardScreen, SaysWhenTheConnectionIsLostOrNobodyIsInLine) {
  AppState s = board_state(2);
  s.board.stream_connected = false;
  EXPECT_EQ(find(board_frame_of(s, 1280, 720), "board_connection")->label,
            "ขาดการเชื่อมต่อ — ข้อมูลอาจไม่เป็นปัจจุบัน · Connection lost — may be out of date");
  s.board.board->sections.clear();
  s.board.stream_connected = true;
  EXPECT_EQ(find(board_frame_of(s, 1280, 720), "board_empty")->label, "ยังไม่มีคิววันนี้ · No one in line yet today");
  s.board.board.reset();
  EXPECT_EQ(find(board_frame_of(s, 1280, 720), "board_empty")->label, "กำลังโหลด… · Loading…");
}

}  // namespace
}  // namespace khiw
