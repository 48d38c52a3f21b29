#include <gtest/gtest.h>

#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

TEST(ConsentScreen, NextIsDisabledUntilAgreed) {
  testing::HeadlessUi ui;
  AppState s = testing::state_on(Screen::Consent);
  ui.frame(s);
  EXPECT_TRUE(ui.click(s, "consent_next").empty());
  EXPECT_TRUE(testing::single<SetConsent>(ui.click(s, "consent_agree")).agreed);
  s.flow.draft.consent = true;
  ui.frame(s);
  EXPECT_FALSE(testing::single<SetConsent>(ui.click(s, "consent_agree")).agreed);
  testing::single<AcceptConsent>(ui.click(s, "consent_next"));
}

TEST(ConsentScreen, FitsAPhone) { testing::expect_fits_phone_and_desktop(testing::state_on(Screen::Consent)); }

}  // namespace
}  // namespace khiw
