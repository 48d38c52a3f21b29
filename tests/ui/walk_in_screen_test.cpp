#include <gtest/gtest.h>

#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

AppState at_bang_khae() {
  AppState s = testing::state_on(Screen::WalkIn);
  s.walk_ins.office_code = "1040";
  s.nearby.live.loaded = true;
  s.nearby.live.counts.offices["1040"].sections["registration"] = {12, 3, 1, 3600};
  return s;
}

TEST(WalkInScreen, EverySectionWithItsLineAndATapTakesATicket) {
  const AppState s = at_bang_khae();
  testing::HeadlessUi ui(testing::kPhoneWidth, 4000);
  ui.frame(s);
  for (const Section& section : s.ref.catalog.sections) EXPECT_NE(ui.widget("walkin_" + section.id), nullptr);
  EXPECT_NE(ui.widget("walkin_registration")->label.find("12"), std::string::npos);  // 12 waiting
  EXPECT_EQ(testing::single<TakeWalkIn>(ui.click(s, "walkin_registration")).section_id, "registration");
}

TEST(WalkInScreen, NothingCanBeTakenTwiceWhileSending) {
  AppState s = at_bang_khae();
  s.walk_ins.send = SendStatus::Sending;
  EXPECT_TRUE(testing::tap(s, "walkin_registration").empty());
}

TEST(WalkInScreen, FitsAPhone) { testing::expect_fits_phone_and_desktop(at_bang_khae()); }

}  // namespace
}  // namespace khiw
