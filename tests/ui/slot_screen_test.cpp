#include <gtest/gtest.h>

#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

AppState slot_state() {
  AppState s = testing::path_state(Screen::Slot);
  s.flow.availability_status = LoadStatus::Ready;
  s.flow.availability = testing::open_availability(s, 3);
  DaySeats& day = s.flow.availability.days.front();
  day.slots[1].remaining = 0;     // full
  day.slots[2].bookable = false;  // too late at the server's clock
  s.flow.draft.date = day.date;
  return s;
}

TEST(SlotScreen, SixSlots) {
  testing::HeadlessUi ui;
  const auto out = ui.frame(slot_state());
  for (int i = 0; i < 6; ++i) EXPECT_TRUE(testing::has_widget(out, "slot_" + std::to_string(i)));
}

TEST(SlotScreen, AFreeSlotIsChosen) {
  EXPECT_EQ(testing::single<ChooseSlot>(testing::tap(slot_state(), "slot_3")).slot, 3);
}

TEST(SlotScreen, FullAndUnbookableSlotsEmitNothing) {
  testing::HeadlessUi ui;
  const AppState s = slot_state();
  ui.frame(s);
  EXPECT_TRUE(ui.click(s, "slot_1").empty());
  EXPECT_TRUE(ui.click(s, "slot_2").empty());
}

TEST(SlotScreen, FitsAPhone) { testing::expect_fits_phone_and_desktop(slot_state()); }

}  // namespace
}  // namespace khiw
