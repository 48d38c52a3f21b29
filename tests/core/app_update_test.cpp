#include "core/app_update.h"

#include <gtest/gtest.h>

#include "tests/test_files.h"

namespace khiw {
namespace {

std::string offices_api_body() {
  return offices_to_json(offices_from_reference_json(testing::read_source_file("data/offices.json")));
}

TEST(AppUpdate, StartsInThaiAndFetchesOffices) {
  AppState s;
  const auto effects = apply_intent(s, StartApp{});
  EXPECT_EQ(s.lang, Lang::Th);
  EXPECT_EQ(s.offices_status, LoadStatus::Loading);
  ASSERT_EQ(effects.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<FetchOffices>(effects[0]));
}

TEST(AppUpdate, RestoresTheSavedLanguageOnly) {
  AppState en;
  apply_intent(en, StartApp{"en"});
  EXPECT_EQ(en.lang, Lang::En);
  AppState junk;
  apply_intent(junk, StartApp{"xx"});
  EXPECT_EQ(junk.lang, Lang::Th);
}

TEST(AppUpdate, ToggleSwitchesLanguageAndAsksToSaveIt) {
  AppState s;
  auto effects = apply_intent(s, ToggleLanguage{});
  EXPECT_EQ(s.lang, Lang::En);
  ASSERT_EQ(effects.size(), 1u);
  EXPECT_EQ(std::get<SaveLanguage>(effects[0]).lang, Lang::En);
  apply_intent(s, ToggleLanguage{});
  EXPECT_EQ(s.lang, Lang::Th);
}

TEST(AppUpdate, FetchedOfficesBecomeReady) {
  AppState s;
  apply_intent(s, StartApp{});
  apply_intent(s, OfficesFetched{200, offices_api_body()});
  EXPECT_EQ(s.offices_status, LoadStatus::Ready);
  EXPECT_EQ(s.offices.size(), 50u);
}

TEST(AppUpdate, OnlyOneFetchInFlight) {
  AppState s;
  apply_intent(s, StartApp{});
  EXPECT_TRUE(apply_intent(s, LoadOffices{}).empty());
}

TEST(AppUpdate, FailuresKeepAReasonAndAllowRetry) {
  AppState s;
  apply_intent(s, StartApp{});
  apply_intent(s, OfficesFetched{503, "{}"});
  EXPECT_EQ(s.offices_status, LoadStatus::Failed);
  EXPECT_EQ(s.offices_error, "HTTP 503");

  EXPECT_EQ(apply_intent(s, LoadOffices{}).size(), 1u);
  apply_intent(s, OfficesFetched{0, ""});
  EXPECT_EQ(s.offices_error, "network error");

  apply_intent(s, LoadOffices{});
  apply_intent(s, OfficesFetched{200, R"({"version":1,"offices":[{"code":"1001"}]})"});
  EXPECT_EQ(s.offices_status, LoadStatus::Failed);
  EXPECT_NE(s.offices_error.find("name_th"), std::string::npos);
}

TEST(AppUpdate, SelectingAnOfficeRemembersIt) {
  AppState s;
  apply_intent(s, SelectOffice{"1040"});
  EXPECT_EQ(s.selected_office, "1040");
}

}  // namespace
}  // namespace khiw
