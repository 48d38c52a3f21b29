#include <gtest/gtest.h>

#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

using testing::HeadlessUi;

// The map as the app has it after /districts.json and a poll: Bang Khae busy, everyone else quiet.
AppState nearby_state(Lang lang = Lang::Th) {
  AppState s = testing::state_on(Screen::Nearby, lang);
  apply_districts_reply(s.nearby, 200, testing::read_source_file("data/districts.geojson"));
  s.nearby.live.loaded = true;
  s.nearby.live.as_of = s.now;
  s.nearby.live.counts.date = "2026-11-23";
  s.nearby.live.counts.offices["1040"] = {20, {{"registration", {20, 5, 2, 4800}}}};
  return s;
}

// Two frames on a phone: the first reports the map's size, core fits Bangkok into it, the second draws.
ui::UiOutput settle(HeadlessUi& ui, AppState& s) {
  for (const Intent& i : ui.frame(s).intents) apply_intent(s, i);
  return ui.frame(s);
}

TEST(NearbyScreen, MapShowsEveryOfficeAsAMarkerWithItsCount) {
  AppState s = nearby_state();
  HeadlessUi ui(testing::kPhoneWidth, testing::kPhoneHeight);
  const auto out = settle(ui, s);
  ASSERT_GT(s.nearby.view.width_px, 0);
  int markers = 0;
  for (const auto& w : out.widgets) markers += w.id.rfind("marker_", 0) == 0;
  EXPECT_EQ(markers, 50);
  EXPECT_EQ(ui.widget("marker_1040")->label, "20");
  EXPECT_EQ(ui.widget("marker_1001")->label, "0");
}

TEST(NearbyScreen, TappingAMarkerOpensItsCardWithBothWaysIn) {
  AppState s = nearby_state();
  HeadlessUi ui(testing::kPhoneWidth, testing::kPhoneHeight);
  settle(ui, s);
  const TapMap tap = testing::single<TapMap>(ui.click(s, "marker_1040"));
  apply_intent(s, tap);
  EXPECT_EQ(s.nearby.selected, "1040");
  ui.frame(s);
  EXPECT_EQ(ui.widget("info_card_waiting")->label, "20");
  EXPECT_EQ(testing::single<OpenWalkIn>(ui.click(s, "walkin_here")).office_code, "1040");
  EXPECT_EQ(testing::single<ChooseOffice>(ui.click(s, "book_here")).code, "1040");
  EXPECT_EQ(testing::single<SelectOffice>(ui.click(s, "card_close")).code, "");
}

TEST(NearbyScreen, DraggingTheMapPansItAndIsNoTap) {
  AppState s = nearby_state();
  HeadlessUi ui(testing::kPhoneWidth, testing::kPhoneHeight);
  settle(ui, s);
  const auto* map = ui.widget("map");
  const float x = map->x + map->w / 2, y = map->y + map->h / 2;
  ui.frame(s, x, y, false);
  ui.frame(s, x, y, true);
  std::vector<Intent> intents;
  for (int step = 1; step <= 5; ++step)
    for (const Intent& i : ui.frame(s, x + 12.0f * step, y, true).intents) intents.push_back(i);
  for (const Intent& i : ui.frame(s, x + 60, y, false).intents) intents.push_back(i);
  double panned = 0;
  for (const Intent& i : intents) {
    EXPECT_FALSE(std::holds_alternative<TapMap>(i));
    if (const auto* p = std::get_if<PanMap>(&i)) panned += p->dx;
  }
  EXPECT_GT(panned, 30);
}

TEST(NearbyScreen, ListRanksOfficesAndMarksTheRecommendedOne) {
  AppState s = nearby_state();
  s.nearby.mode = NearbyMode::List;
  s.nearby.here = GeoPoint{100.4093, 13.7099};  // in Bang Khae
  s.nearby.source = PlaceSource::Device;
  HeadlessUi ui(testing::kPhoneWidth, 20000);
  ui.frame(s);
  // Bang Khae is nearest but has an 80-minute wait: a neighbour is recommended, Bang Khae comes later.
  const auto* bang_khae = ui.widget("row_1040");
  ASSERT_TRUE(bang_khae);
  const auto* first = &ui.frame(s).widgets.front();
  for (const auto& w : ui.frame(s).widgets)
    if (w.id.rfind("row_", 0) == 0) { first = ui.widget(w.id); break; }
  EXPECT_NE(first->id, "row_1040");
  EXPECT_LT(first->y, bang_khae->y);
  EXPECT_NE(first->label.find("แนะนำ"), std::string::npos);
  EXPECT_EQ(testing::single<SelectOffice>(ui.click(s, "row_1040")).code, "1040");
}

TEST(NearbyScreen, FitsAPhoneWithMapListCardAndChooser) {
  AppState s = nearby_state();
  testing::expect_fits_phone_and_desktop(s);
  s.nearby.selected = "1040";
  testing::expect_fits_phone_and_desktop(s);
  s.nearby.mode = NearbyMode::List;
  s.nearby.choosing_place = true;
  s.nearby.problem = PlaceProblem::Denied;
  testing::expect_fits_phone_and_desktop(s);
}

}  // namespace
}  // namespace khiw
