#include <gtest/gtest.h>

#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

AppState sections_state() {
  AppState s = testing::path_state(Screen::Sections, "");
  s.flow.draft.section_id.clear();
  return s;
}

TEST(SectionScreen, ListsTheTenSections) {
  testing::HeadlessUi ui(800, 3000);
  const auto out = ui.frame(sections_state());
  for (const Section& section : testing::reference().catalog.sections)
    EXPECT_TRUE(testing::has_widget(out, "section_" + section.id)) << section.id;
  EXPECT_TRUE(testing::has_widget(out, "back"));
}

TEST(SectionScreen, ChoosingASectionWithServicesEmitsIt) {
  EXPECT_EQ(testing::single<ChooseSection>(testing::tap(sections_state(), "section_registration")).id,
            "registration");
}

TEST(SectionScreen, ASectionWithoutServicesIsDisabled) {
  const AppState s = sections_state();
  ASSERT_TRUE(services_of(s.ref.catalog, "education").empty());
  EXPECT_TRUE(testing::tap(s, "section_education").empty());
}

TEST(SectionScreen, CatalogFailureOffersRetry) {
  AppState s = sections_state();
  s.ref.catalog_status = LoadStatus::Failed;
  testing::single<LoadOffices>(testing::tap(s, "catalog_retry"));
}

TEST(SectionScreen, FitsAPhone) { testing::expect_fits_phone_and_desktop(sections_state()); }

}  // namespace
}  // namespace khiw
