#include <gtest/gtest.h>

#include "core/app_update.h"
#include "core/thai_shaping.h"
#include "core/utf8.h"
#include "tests/test_files.h"
#include "tests/ui/headless_frame.h"

namespace khiw {
namespace {

AppState ready_state() {
  AppState s;
  apply_intent(s, StartApp{});
  apply_intent(s, OfficesFetched{200, offices_to_json(offices_from_reference_json(
                                          testing::read_source_file("data/offices.json")))});
  return s;
}

int office_rows(const ui::UiOutput& out) {
  int n = 0;
  for (const auto& w : out.widgets) n += w.id.rfind("office_", 0) == 0 && w.id != "offices_retry";
  return n;
}

TEST(OfficeListScreen, ListsAllFiftyOfficesOnATallScreen) {
  testing::HeadlessUi ui(800, 2400);
  const auto out = ui.frame(ready_state());
  EXPECT_EQ(office_rows(out), 50);
  EXPECT_TRUE(out.intents.empty());
}

TEST(OfficeListScreen, ScrollsInsteadOfOverflowingOnAPhone) {
  testing::HeadlessUi ui(390, 844);
  const auto out = ui.frame(ready_state());
  const int visible = office_rows(out);
  EXPECT_GT(visible, 5);
  EXPECT_LT(visible, 50);  // the table clips the rest; ImGui skips rows outside the scroll region
  for (const auto& w : out.widgets) EXPECT_LE(w.x + w.w, 390.0f + 0.5f) << w.id;
}

TEST(OfficeListScreen, DraggingTheListScrollsItAndSelectsNothing) {
  testing::HeadlessUi ui(390, 844);
  const AppState s = ready_state();
  ui.frame(s);
  ASSERT_NE(ui.widget("office_1010"), nullptr);
  const float y_before = ui.widget("office_1010")->y;
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
  ASSERT_NE(ui.widget("office_1010"), nullptr);
  // The list followed the finger: 200 px, less the few pixels ImGui's drag threshold swallows.
  EXPECT_NEAR(ui.widget("office_1010")->y, y_before - 200, 10);
  for (const Intent& i : intents) EXPECT_FALSE(std::holds_alternative<SelectOffice>(i)) << "a drag is not a tap";
}

TEST(OfficeListScreen, LanguageToggleEmitsIntent) {
  testing::HeadlessUi ui;
  const AppState s = ready_state();
  ui.frame(s);
  const auto intents = ui.click(s, "lang_toggle");
  ASSERT_EQ(intents.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<ToggleLanguage>(intents[0]));
}

TEST(OfficeListScreen, ClickingAnOfficeSelectsIt) {
  testing::HeadlessUi ui(800, 2400);
  const AppState s = ready_state();
  ui.frame(s);
  const auto intents = ui.click(s, "office_1040");
  ASSERT_EQ(intents.size(), 1u);
  EXPECT_EQ(std::get<SelectOffice>(intents[0]).code, "1040");
}

TEST(OfficeListScreen, FailureShowsRetryThatReloads) {
  testing::HeadlessUi ui;
  AppState s;
  apply_intent(s, StartApp{});
  apply_intent(s, OfficesFetched{500, ""});
  ui.frame(s);
  const auto intents = ui.click(s, "offices_retry");
  ASSERT_EQ(intents.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<LoadOffices>(intents[0]));
}

TEST(OfficeListScreen, FontHasEveryGlyphTheShapedTextUses) {
  // A missing glyph would draw as '?': check the names of all offices, shaped, against the atlas.
  testing::HeadlessUi ui;
  const ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
  for (const Office& o : ready_state().offices) {
    for (char32_t cp : utf8_decode(shape_thai(o.name_th + o.office_name_th + o.group_th))) {
      EXPECT_NE(font->FindGlyphNoFallback(static_cast<ImWchar>(cp)), nullptr)
          << o.code << " U+" << std::hex << static_cast<unsigned>(cp);
    }
  }
}

}  // namespace
}  // namespace khiw
