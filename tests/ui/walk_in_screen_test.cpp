#include <gtest/gtest.h>

#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

TEST(WalkInScreen, OnlyBackAndLanguageAreInteractive) {
  testing::HeadlessUi ui;
  const AppState s = testing::state_on(Screen::WalkIn);
  const auto out = ui.frame(s);
  EXPECT_EQ(out.widgets.size(), 2u);
  testing::single<GoBack>(ui.click(s, "back"));
}

TEST(WalkInScreen, FitsAPhone) { testing::expect_fits_phone_and_desktop(testing::state_on(Screen::WalkIn)); }

}  // namespace
}  // namespace khiw
