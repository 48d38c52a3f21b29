#include <gtest/gtest.h>

#include <algorithm>

#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

AppState services_state(const std::string& section = "registration") {
  AppState s = testing::path_state(Screen::Services, "");
  s.flow.draft.section_id = section;
  return s;
}

TEST(ServiceScreen, ListsEveryServiceOfTheSection) {
  testing::HeadlessUi ui(1280, 20000);
  const AppState s = services_state();
  const auto out = ui.frame(s);
  const auto services = services_of(s.ref.catalog, "registration");
  ASSERT_FALSE(services.empty());
  for (const Service* service : services) EXPECT_TRUE(testing::has_widget(out, "service_" + service->id));
}

TEST(ServiceScreen, ChoosingAServiceEmitsIt) {
  EXPECT_EQ(testing::single<ChooseService>(testing::tap(services_state(), "service_house_reg_copy")).id,
            "house_reg_copy");
}

TEST(ServiceScreen, UnknownFeeTimeAndDocumentsStillDraw) {
  // move_in: fee unknown; idcard_renew_expired: documents not recorded.
  testing::HeadlessUi ui(1280, 20000);
  const auto out = ui.frame(services_state());
  EXPECT_TRUE(testing::has_widget(out, "service_move_in"));
  EXPECT_TRUE(testing::has_widget(out, "service_idcard_renew_expired"));
}

// What a finger can reach of each service: the body is clipped under the chrome and at the screen's foot,
// and a widget there must not look tappable to the tests (or a later screen reader).
TEST(ServiceScreen, ServicesBelowTheFoldAreNamedAsNotVisible) {
  testing::HeadlessUi ui(1280, 600);
  const AppState s = services_state();
  ui.frame(s);
  const auto out = ui.frame(s);
  const auto services = services_of(s.ref.catalog, "registration");
  const ui::WidgetRect first = testing::widget_of(out, "service_" + services.front()->id);
  EXPECT_EQ(first.visible_y, first.y);
  EXPECT_EQ(first.visible_h, first.h);
  const ui::WidgetRect last = testing::widget_of(out, "service_" + services.back()->id);
  EXPECT_GT(last.y, 600);
  EXPECT_EQ(last.visible_h, 0);
  const auto cut = std::find_if(out.widgets.begin(), out.widgets.end(), [](const ui::WidgetRect& w) {
    return w.id.starts_with("service_") && w.y < 600 && w.y + w.h > 600;
  });
  ASSERT_NE(cut, out.widgets.end());
  EXPECT_EQ(cut->visible_y, cut->y);
  EXPECT_LT(cut->visible_h, cut->h);
}

TEST(ServiceScreen, FitsAPhone) {
  testing::expect_fits_phone_and_desktop(services_state());
  testing::expect_fits_phone_and_desktop(services_state("public_works"));
}

}  // namespace
}  // namespace khiw
