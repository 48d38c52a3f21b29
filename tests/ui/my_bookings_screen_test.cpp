#include <gtest/gtest.h>

#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

AppState mine_state() {
  AppState s = testing::state_on(Screen::MyBookings);
  s.mine.loaded = true;
  s.mine.items.push_back(testing::saved_booking("NEWER001", Date{2026, 11, 26}, 0));
  s.mine.items.push_back(testing::saved_booking("OLDER002", Date{2026, 11, 25}, 4, BookingState::Cancelled));
  return s;
}

TEST(MyBookingsScreen, RowsNewestFirstOpenTheirTicket) {
  testing::HeadlessUi ui(800, 2000);
  const AppState s = mine_state();
  ui.frame(s);
  ASSERT_NE(ui.widget("mine_NEWER001"), nullptr);
  ASSERT_NE(ui.widget("mine_OLDER002"), nullptr);
  EXPECT_LT(ui.widget("mine_NEWER001")->y, ui.widget("mine_OLDER002")->y);
  EXPECT_EQ(testing::single<OpenTicket>(ui.click(s, "mine_OLDER002")).code, "OLDER002");
}

TEST(MyBookingsScreen, RefreshIsDisabledWhileRefreshing) {
  testing::HeadlessUi ui;
  AppState s = mine_state();
  ui.frame(s);
  testing::single<RefreshMyBookings>(ui.click(s, "mine_refresh"));
  s.mine.refresh = RefreshStatus::Refreshing;
  ui.frame(s);
  EXPECT_TRUE(ui.click(s, "mine_refresh").empty());
}

TEST(MyBookingsScreen, EmptyAndNoStorage) {
  testing::HeadlessUi ui;
  AppState s = testing::state_on(Screen::MyBookings);
  s.mine.storage_available = false;
  const auto out = ui.frame(s);
  EXPECT_TRUE(testing::has_widget(out, "mine_refresh"));
  for (const auto& w : out.widgets) EXPECT_NE(w.id.rfind("mine_", 0) == 0 && w.id != "mine_refresh", true) << w.id;
}

TEST(MyBookingsScreen, FitsAPhone) {
  AppState s = mine_state();
  s.mine.storage_available = false;
  s.mine.refresh = RefreshStatus::Failed;
  testing::expect_fits_phone_and_desktop(s);
}

}  // namespace
}  // namespace khiw
