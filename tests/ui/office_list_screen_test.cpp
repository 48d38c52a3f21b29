#include <gtest/gtest.h>

#include "core/thai_shaping.h"
#include "core/utf8.h"
#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

using testing::state_on;

int office_rows(const ui::UiOutput& out) {
  int n = 0;
  for (const auto& w : out.widgets) n += w.id.rfind("office_", 0) == 0 && w.id != "offices_retry";
  return n;
}

TEST(OfficeListScreen, ListsAllFiftyOfficesOnATallScreen) {
  testing::HeadlessUi ui(800, 5000);
  const auto out = ui.frame(state_on(Screen::Offices));
  EXPECT_EQ(office_rows(out), 50);
  EXPECT_TRUE(out.intents.empty());
}

TEST(OfficeListScreen, ScrollsInsteadOfOverflowingOnAPhone) {
  testing::HeadlessUi ui(testing::kPhoneWidth, testing::kPhoneHeight);
  const AppState s = state_on(Screen::Offices);
  ui.frame(s);
  const auto out = ui.frame(s);
  const int visible = office_rows(out);
  EXPECT_GT(visible, 5);
  EXPECT_LT(visible, 50);  // the clipper skips rows outside the scroll region
  testing::expect_fits(out, testing::kPhoneWidth);
  testing::expect_touch_targets(out);
}

TEST(OfficeListScreen, LongGroupNamesFitAPhoneInBothLanguages) {
  // "กรุงเทพตะวันออก" used to clip against the scrollbar in a second column.
  testing::expect_fits_phone_and_desktop(state_on(Screen::Offices));
}

TEST(OfficeListScreen, DraggingTheListScrollsItAndChoosesNothing) {
  testing::HeadlessUi ui(testing::kPhoneWidth, testing::kPhoneHeight);
  const AppState s = state_on(Screen::Offices);
  ui.frame(s);
  ui.frame(s);
  ASSERT_NE(ui.widget("office_1005"), nullptr);
  const float y_before = ui.widget("office_1005")->y;
  // A finger presses on a row and moves up 200 px over several frames, then lifts.
  std::vector<Intent> intents;
  const float x = 100, y0 = 600;
  ui.frame(s, x, y0, false);
  for (int step = 0; step <= 10; ++step) {
    auto out = ui.frame(s, x, y0 - 20.0f * static_cast<float>(step), true);
    intents.insert(intents.end(), out.intents.begin(), out.intents.end());
  }
  auto last = ui.frame(s, x, y0 - 200, false);
  intents.insert(intents.end(), last.intents.begin(), last.intents.end());
  ASSERT_NE(ui.widget("office_1005"), nullptr);
  // The list followed the finger: 200 px, less the few pixels ImGui's drag threshold swallows.
  EXPECT_NEAR(ui.widget("office_1005")->y, y_before - 200, 10);
  EXPECT_EQ(testing::find_intent<ChooseOffice>(intents), nullptr) << "a drag is not a tap";
}

TEST(OfficeListScreen, LanguageToggleAndBackEmitTheirIntents) {
  testing::HeadlessUi ui;
  const AppState s = state_on(Screen::Offices);
  ui.frame(s);
  testing::single<ToggleLanguage>(ui.click(s, "lang_toggle"));
  testing::single<GoBack>(ui.click(s, "back"));
}

TEST(OfficeListScreen, ChoosingAnOfficeEmitsItsCode) {
  EXPECT_EQ(testing::single<ChooseOffice>(testing::tap(state_on(Screen::Offices), "office_1040")).code, "1040");
}

TEST(OfficeListScreen, LoadingShowsNoRows) {
  testing::HeadlessUi ui;
  AppState s = state_on(Screen::Offices);
  s.ref.offices_status = LoadStatus::Loading;
  const auto out = ui.frame(s);
  EXPECT_EQ(office_rows(out), 0);
  EXPECT_FALSE(testing::has_widget(out, "offices_retry"));
}

TEST(OfficeListScreen, FailureShowsRetryThatReloads) {
  AppState s = state_on(Screen::Offices);
  s.ref.offices.clear();
  s.ref.offices_status = LoadStatus::Failed;
  s.ref.offices_error = "network error";
  testing::single<LoadOffices>(testing::tap(s, "offices_retry"));
}

TEST(OfficeListScreen, FontHasEveryGlyphTheShapedTextUses) {
  // A missing glyph would draw as '?': check the names of all offices, shaped, against the atlas.
  testing::HeadlessUi ui;
  const ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
  for (const Office& o : testing::reference().offices) {
    for (char32_t cp : utf8_decode(shape_thai(o.name_th + o.office_name_th + o.group_th))) {
      EXPECT_NE(font->FindGlyphNoFallback(static_cast<ImWchar>(cp)), nullptr)
          << o.code << " U+" << std::hex << static_cast<unsigned>(cp);
    }
  }
}

}  // namespace
}  // namespace khiw
