#include <gtest/gtest.h>

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

TEST(ServiceScreen, FitsAPhone) {
  testing::expect_fits_phone_and_desktop(services_state());
  testing::expect_fits_phone_and_desktop(services_state("public_works"));
}

}  // namespace
}  // namespace khiw
