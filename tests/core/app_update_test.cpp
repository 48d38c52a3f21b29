#include "core/app_update.h"

#include <gtest/gtest.h>

#include "tests/core/app_fixture.h"

namespace khiw {
namespace {

using testing::kAppNow;
using testing::of_type;
using testing::offices_doc;
using testing::started_app;

TEST(AppUpdate, StartsInThaiAndFetchesTheReferenceDocuments) {
  AppState s;
  const auto effects = apply_intent(s, StartApp{"", "abc", kAppNow});
  EXPECT_EQ(s.lang, Lang::Th);
  EXPECT_EQ(s.now, kAppNow);
  EXPECT_EQ(s.ref.offices_status, LoadStatus::Loading);
  std::vector<std::string> paths;
  for (const HttpRequest& r : of_type<HttpRequest>(effects)) paths.push_back(r.path);
  EXPECT_EQ(paths, (std::vector<std::string>{"/api/offices", "/api/catalog", "/api/holidays", "/api/rules"}));
  EXPECT_TRUE(of_type<StoreRecord>(effects).empty());  // nothing is written before the device records are read
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
  EXPECT_EQ(std::get<SaveSetting>(effects[0]), (SaveSetting{kLangSetting, "en"}));
}

TEST(AppUpdate, ReferenceDocumentsBecomeReadyTogether) {
  const AppState s = started_app();
  EXPECT_EQ(s.ref.offices_status, LoadStatus::Ready);
  EXPECT_EQ(s.ref.offices.size(), 50u);
  EXPECT_EQ(s.ref.catalog_status, LoadStatus::Ready);
  EXPECT_EQ(s.ref.catalog.sections.size(), 10u);
  EXPECT_FALSE(s.ref.calendar.holidays.empty());
}

TEST(AppUpdate, FailuresKeepAReasonAndAllowRetry) {
  AppState s;
  apply_intent(s, StartApp{});
  EXPECT_TRUE(apply_intent(s, LoadOffices{}).empty());  // one request in flight is enough
  apply_intent(s, HttpReplied{Reply::Offices, 503, "{}", ""});
  EXPECT_EQ(s.ref.offices_status, LoadStatus::Failed);
  EXPECT_EQ(s.ref.offices_error, "HTTP 503");
  EXPECT_EQ(apply_intent(s, LoadOffices{}).size(), 1u);
  apply_intent(s, HttpReplied{Reply::Offices, 0, "", ""});
  EXPECT_EQ(s.ref.offices_error, "network error");
  apply_intent(s, LoadOffices{});
  apply_intent(s, HttpReplied{Reply::Offices, 200, R"({"version":1,"offices":[{"code":"1001"}]})", ""});
  EXPECT_EQ(s.ref.offices_status, LoadStatus::Failed);
  EXPECT_NE(s.ref.offices_error.find("name_th"), std::string::npos);
  apply_intent(s, HttpReplied{Reply::Catalog, 200, "not json", ""});
  EXPECT_EQ(s.ref.catalog_status, LoadStatus::Failed);
}

// Everything up to the review screen, then a reload: a new app gets the stored records back.
TEST(AppUpdate, AReloadRestoresScreensAndTheDraft) {
  AppState s = started_app();
  apply_intent(s, OpenScreen{Screen::Offices});
  apply_intent(s, ChooseOffice{"1001"});
  apply_intent(s, ChooseSection{"registration"});
  apply_intent(s, ChooseService{"idcard_renew_expired"});
  apply_intent(s, HttpReplied{Reply::Availability, 200, testing::availability_doc("1001", "registration", kAppNow),
                              "1001/registration"});
  apply_intent(s, ChooseDate{Date{2026, 11, 24}});
  apply_intent(s, EditField{Field::Name, "สมชาย"});
  const std::string session = s.stored_session;
  EXPECT_EQ(session, session_to_json(s));

  AppState reloaded = started_app();
  reloaded.mine.loaded = false;
  const auto effects = apply_intent(reloaded, StoredRecordsLoaded{"", session, "", true});
  EXPECT_EQ(reloaded.nav, s.nav);
  EXPECT_EQ(reloaded.flow.draft, s.flow.draft);
  // The slot screen needs seats again: they are fetched, not trusted from before.
  const auto gets = of_type<HttpRequest>(effects);
  ASSERT_EQ(gets.size(), 1u);
  EXPECT_EQ(gets[0].reply, Reply::Availability);
}

TEST(AppUpdate, AReloadKeepsThePickupOfficeChosenAndReadsSessionsFromBeforeTheChoice) {
  AppState s = started_app();
  BookingDraft& d = s.flow.draft;
  d.office_code = "1001";
  d.section_id = "registration";
  d.service_id = "house_reg_copy";
  d.pickup_office = "1040";
  s.nav.stack = {Screen::Start, Screen::Details};
  AppState reloaded = started_app();
  apply_intent(reloaded, StoredRecordsLoaded{"", session_to_json(s), "", true});
  EXPECT_EQ(reloaded.flow.draft, d);

  nlohmann::json old = nlohmann::json::parse(session_to_json(s));
  old["draft"].erase("pickup_office");
  AppState from_before = started_app();
  apply_intent(from_before, StoredRecordsLoaded{"", old.dump(), "", true});
  EXPECT_EQ(from_before.nav.current(), Screen::Details);
  EXPECT_EQ(from_before.flow.draft.service_id, "house_reg_copy");
  EXPECT_EQ(from_before.flow.draft.pickup_office, "");
}

TEST(AppUpdate, AReloadWhileSendingAsksAgainWithTheSameKey) {
  AppState s = started_app();
  s.flow.draft.office_code = "1001";
  s.flow.draft.idempotency_key = "seed-7";
  s.flow.send = SendStatus::Sending;
  s.nav.stack = {Screen::Start, Screen::Review};
  AppState reloaded = started_app();
  const auto sent = of_type<HttpRequest>(apply_intent(reloaded, StoredRecordsLoaded{"", session_to_json(s), "", true}));
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].reply, Reply::CreateBooking);
  EXPECT_EQ(sent[0].idempotency_key, "seed-7");
  EXPECT_EQ(reloaded.flow.send, SendStatus::Sending);
}

TEST(AppUpdate, ACorruptSessionLeavesAFreshApp) {
  AppState s = started_app();
  apply_intent(s, StoredRecordsLoaded{"{\"version\":1,\"bookings\":7}", R"({"version":1,"screens":["nowhere"]})", "", true});
  EXPECT_EQ(s.nav.stack, std::vector<Screen>{Screen::Start});
  EXPECT_TRUE(s.mine.items.empty());
}

TEST(AppUpdate, RecordsAreWrittenOnlyWhenTheyChange) {
  AppState s = started_app();
  const auto opened = of_type<StoreRecord>(apply_intent(s, OpenScreen{Screen::MyBookings}));
  ASSERT_EQ(opened.size(), 1u);
  EXPECT_EQ(opened[0].key, kSessionRecord);
  EXPECT_TRUE(of_type<StoreRecord>(apply_intent(s, Tick{kAppNow + 5})).empty());
  EXPECT_TRUE(of_type<StoreRecord>(apply_intent(s, RefreshMyBookings{})).empty());
}

TEST(AppUpdate, BackAtTheStartScreenStaysThere) {
  AppState s = started_app();
  apply_intent(s, GoBack{});
  EXPECT_EQ(s.nav.stack, std::vector<Screen>{Screen::Start});
}

}  // namespace
}  // namespace khiw
