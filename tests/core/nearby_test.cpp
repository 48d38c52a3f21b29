// The "where should I go" feature driven through apply_intent as the app runs it: live polling with
// ETag and visibility, the place (device, district, map tap) and its fallbacks, ranking, walk-in tickets.
#include <gtest/gtest.h>

#include "core/office_ranking.h"
#include "tests/core/app_fixture.h"

namespace khiw {
namespace {

using testing::of_type;

constexpr GeoPoint kInBangKhae{100.4093, 13.7099};

std::string live_doc(const std::map<std::string, std::pair<int, int>>& waiting_and_wait_s) {
  nlohmann::json offices = nlohmann::json::array();
  for (const auto& [code, v] : waiting_and_wait_s)
    offices.push_back({{"code", code}, {"waiting", v.first},
                       {"sections", {{"registration", {{"waiting", v.first}, {"remote", 1}, {"serving", 1},
                                                        {"wait_seconds", v.second}}}}}});
  return nlohmann::json{{"version", 1}, {"date", "2026-11-23"}, {"offices", offices}}.dump();
}

AppState on_map() {
  AppState s = testing::started_app();
  apply_intent(s, OpenScreen{Screen::Nearby});
  apply_intent(s, HttpReplied{Reply::Districts, 200, testing::read_source_file("data/districts.geojson"), ""});
  apply_intent(s, HttpReplied{Reply::Live, 200, live_doc({{"1040", {3, 600}}}), "", "\"v1\""});
  apply_intent(s, MapViewport{{0, 200}, 390, 500});
  return s;
}

TEST(LiveCounts, PollsEvery15sWithTheEtagOnlyWhileVisible) {
  AppState s = testing::started_app();
  auto first = of_type<HttpRequest>(apply_intent(s, OpenScreen{Screen::Nearby}));
  ASSERT_EQ(std::count_if(first.begin(), first.end(), [](auto& r) { return r.reply == Reply::Live; }), 1);
  apply_intent(s, HttpReplied{Reply::Live, 200, live_doc({{"1001", {4, 300}}}), "", "\"v1\""});
  EXPECT_EQ(waiting_at(s.nearby.live.counts, "1001"), 4);
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, Tick{testing::kAppNow + 14})).empty());
  const auto again = of_type<HttpRequest>(apply_intent(s, Tick{testing::kAppNow + 15}));
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].if_none_match, "\"v1\"");
  apply_intent(s, HttpReplied{Reply::Live, 304, "", "", "\"v1\""});
  EXPECT_EQ(s.nearby.live.as_of, testing::kAppNow + 15);
  EXPECT_EQ(waiting_at(s.nearby.live.counts, "1001"), 4);

  apply_intent(s, PageVisibility{false});
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, Tick{testing::kAppNow + 100})).empty());
  // Back in view: at once, not 15 s later.
  EXPECT_EQ(of_type<HttpRequest>(apply_intent(s, PageVisibility{true})).size(), 1u);
}

TEST(LiveCounts, AFailedPollKeepsTheLastFiguresAndSaysSo) {
  AppState s = on_map();
  apply_intent(s, Tick{testing::kAppNow + 20});
  apply_intent(s, HttpReplied{Reply::Live, 0, "", "", ""});
  EXPECT_TRUE(s.nearby.live.failed);
  EXPECT_EQ(waiting_at(s.nearby.live.counts, "1040"), 3);
  apply_intent(s, Tick{testing::kAppNow + 40});
  apply_intent(s, HttpReplied{Reply::Live, 200, "{not json", "", ""});
  EXPECT_EQ(waiting_at(s.nearby.live.counts, "1040"), 3);
}

// A count too large for an int was wrapped (2^32 + 5 read as 5 waiting) instead of refused.
TEST(LiveCounts, FuzzRegressionACountThatDoesNotFitIsRefused) {
  EXPECT_EQ(waiting_at(live_counts_from_json(live_doc({{"1040", {3, 600}}})), "1040"), 3);
  for (const nlohmann::json& bad : {nlohmann::json(4294967301LL), nlohmann::json(-1), nlohmann::json(2.5)}) {
    nlohmann::json doc = nlohmann::json::parse(live_doc({{"1040", {3, 600}}}));
    doc["offices"][0]["waiting"] = bad;
    EXPECT_THROW(live_counts_from_json(doc.dump()), std::invalid_argument) << bad;
  }
}

TEST(LiveCounts, NoPollingAwayFromTheMapWithoutAnOpenTicket) {
  AppState s = on_map();
  apply_intent(s, GoBack{});
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, Tick{testing::kAppNow + 60})).empty());
}

TEST(Place, DeviceLocationInBangkokCentresTheMapOutsideAsksForADistrict) {
  AppState s = on_map();
  EXPECT_EQ(of_type<RequestLocation>(apply_intent(s, AskLocation{})).size(), 1u);
  EXPECT_EQ(s.nearby.problem, PlaceProblem::Asking);
  apply_intent(s, LocationFound{kInBangKhae.lat, kInBangKhae.lon});
  EXPECT_EQ(s.nearby.source, PlaceSource::Device);
  EXPECT_NEAR(s.nearby.view.centre.lon, kInBangKhae.lon, 0.01);
  apply_intent(s, LocationFound{18.79, 98.98});  // Chiang Mai
  EXPECT_EQ(s.nearby.problem, PlaceProblem::OutsideBangkok);
  EXPECT_TRUE(s.nearby.choosing_place);
}

TEST(Place, DeniedFallsBackToADistrictThatIsRemembered) {
  AppState s = on_map();
  apply_intent(s, AskLocation{});
  apply_intent(s, LocationFailed{true});
  EXPECT_EQ(s.nearby.problem, PlaceProblem::Denied);
  EXPECT_TRUE(s.nearby.choosing_place);
  const auto saved = of_type<SaveSetting>(apply_intent(s, ChooseDistrict{"1040"}));
  ASSERT_EQ(saved.size(), 1u);
  EXPECT_EQ(saved[0].key, kPlaceSetting);
  EXPECT_EQ(saved[0].value, "1040");
  EXPECT_EQ(district_at(s.nearby.districts, s.nearby.here->lon, s.nearby.here->lat), "1040");

  // Next start: the district comes back once the map data is in.
  AppState next;
  apply_intent(next, StartApp{"", "seed", testing::kAppNow, "1040"});
  apply_intent(next, HttpReplied{Reply::Districts, 200, testing::read_source_file("data/districts.geojson"), ""});
  EXPECT_EQ(next.nearby.source, PlaceSource::District);
}

TEST(Place, ATapOnTheMapChoosesThePlaceWhileChoosingAndAMarkerOtherwise) {
  AppState s = on_map();
  const Office* bang_khae = find_office(s.ref, "1040");
  const ScreenPoint marker = to_screen(s.nearby.view, {bang_khae->lon, bang_khae->lat});
  apply_intent(s, TapMap{marker, 22});
  EXPECT_EQ(s.nearby.selected, "1040");
  apply_intent(s, ChoosePlace{true});
  apply_intent(s, TapMap{marker, 22});
  EXPECT_EQ(s.nearby.source, PlaceSource::MapTap);
  EXPECT_FALSE(s.nearby.choosing_place);
}

TEST(Place, PinchZoomsAroundTheFingersAndCountsAsAGesture) {
  AppState s = on_map();
  const double zoom = s.nearby.view.zoom;
  // Canvas coordinates: the map starts 200 px down.
  apply_intent(s, PinchMap{{150, 400}, {250, 400}, {100, 400}, {300, 400}});
  EXPECT_NEAR(s.nearby.view.zoom, zoom * 2, zoom * 1e-9);
  EXPECT_EQ(s.nearby.pinch_generation, 1);
  EXPECT_TRUE(s.nearby.pinching);
  apply_intent(s, PinchEnded{});
  EXPECT_FALSE(s.nearby.pinching);
}

TEST(Ranking, NearestWithAShortWaitIsRecommendedAndLosesToALongQueue) {
  const AppState s = on_map();  // Bang Khae: 3 waiting, 10 minutes
  const Office* office = find_office(s.ref, "1040");
  const GeoPoint next_door{office->lon + 0.002, office->lat};
  OfficeRanking r = rank_for_citizen(s.ref.rules, s.ref.offices, next_door, s.nearby.live.counts, "");
  ASSERT_FALSE(r.rows.empty());
  EXPECT_EQ(r.rows[0].office->code, "1040");
  EXPECT_EQ(r.reason, RecommendReason::NearestShortWait);
  LiveCounts busy = s.nearby.live.counts;
  busy.offices["1040"].sections["registration"].wait_seconds = 3 * 3600;
  r = rank_for_citizen(s.ref.rules, s.ref.offices, next_door, busy, "");
  EXPECT_NE(r.rows[0].office->code, "1040");
  EXPECT_EQ(r.reason, RecommendReason::SoonerThanNearest);
  r = rank_for_citizen(s.ref.rules, s.ref.offices, std::nullopt, busy, "");
  EXPECT_EQ(r.reason, RecommendReason::LeastCrowded);
  EXPECT_EQ(r.rows.back().office->code, "1040");
  EXPECT_FALSE(r.rows[0].distance_m.has_value());
}

TEST(Ranking, SearchMatchesThaiAndEnglishNamesInAnyCase) {
  const AppState s = on_map();
  auto codes = [&](std::string_view q) {
    std::vector<std::string> out;
    for (const RankedRow& row : rank_for_citizen(s.ref.rules, s.ref.offices, std::nullopt, {}, q).rows)
      out.push_back(row.office->code);
    return out;
  };
  EXPECT_EQ(codes("bang khae"), std::vector<std::string>{"1040"});
  EXPECT_EQ(codes("บางแค"), std::vector<std::string>{"1040"});
  EXPECT_TRUE(codes("atlantis").empty());
  EXPECT_EQ(rank_for_citizen(s.ref.rules, s.ref.offices, std::nullopt, {}, "atlantis").reason, RecommendReason::None);
}

std::string created(const std::string& ticket, int position, int wait_s) {
  return nlohmann::json{{"ticket", ticket}, {"office_code", "1040"}, {"section_id", "registration"},
                        {"date", "2026-11-23"}, {"issued_at", testing::kAppNow}, {"position", position},
                        {"waiting", position}, {"wait_seconds", wait_s},
                        {"qr", ticket + ".1040.registration.2026-11-23.sig"},
                        {"event", nlohmann::json::object()}}
      .dump();
}

std::string status(const std::string& ticket, const std::string& state, int position, int wait_s) {
  return nlohmann::json{{"ticket", ticket}, {"office_code", "1040"}, {"section_id", "registration"},
                        {"date", "2026-11-23"}, {"state", state}, {"position", position},
                        {"people_ahead", std::max(0, position - 1)}, {"wait_seconds", wait_s}, {"counter", 0}}
      .dump();
}

TEST(WalkIn, TakingATicketSendsOnceKeepsItAndOpensIt) {
  AppState s = on_map();
  apply_intent(s, OpenWalkIn{"1040"});
  EXPECT_EQ(s.nav.current(), Screen::WalkIn);
  const auto sent = of_type<HttpRequest>(apply_intent(s, TakeWalkIn{"registration"}));
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].path, "/api/walk-ins");
  EXPECT_TRUE(apply_intent(s, TakeWalkIn{"registration"}).empty());  // a double tap sends nothing more
  const auto stored = of_type<StoreRecord>(
      apply_intent(s, HttpReplied{Reply::TakeWalkIn, 200, created("W004", 4, 2400), sent[0].context}));
  ASSERT_EQ(s.walk_ins.tickets.size(), 1u);
  EXPECT_EQ(s.nav.stack, (std::vector<Screen>{Screen::Start, Screen::WalkInTicket}));
  EXPECT_GT(s.walk_ins.tickets[0].qr_matrix.size, 0);
  ASSERT_FALSE(stored.empty());
  EXPECT_EQ(stored[0].key, kWalkInsRecord);
  // Reloaded: still there.
  AppState reloaded = testing::started_app();
  apply_intent(reloaded, StoredRecordsLoaded{"", "", stored[0].json, true});
  EXPECT_EQ(reloaded.walk_ins.tickets, s.walk_ins.tickets);
}

TEST(WalkIn, RefusalsAndLostAnswersAreSaidAndNothingIsKept) {
  AppState s = on_map();
  apply_intent(s, OpenWalkIn{"1040"});
  auto sent = of_type<HttpRequest>(apply_intent(s, TakeWalkIn{"registration"}));
  apply_intent(s, HttpReplied{Reply::TakeWalkIn, 0, "", sent[0].context});
  EXPECT_EQ(s.walk_ins.send, SendStatus::NotSent);
  sent = of_type<HttpRequest>(apply_intent(s, TakeWalkIn{"registration"}));
  apply_intent(s, HttpReplied{Reply::TakeWalkIn, 422, R"({"error":"wrong_day","message_th":"x","message_en":"y"})",
                              sent[0].context});
  EXPECT_EQ(s.walk_ins.send, SendStatus::Refused);
  EXPECT_EQ(s.walk_ins.refusal, "wrong_day");
  EXPECT_TRUE(s.walk_ins.tickets.empty());
}

TEST(WalkIn, FollowsItsPlaceAndSaysOnceWhenToSetOff) {
  AppState s = on_map();
  apply_intent(s, OpenWalkIn{"1040"});
  const auto sent = of_type<HttpRequest>(apply_intent(s, TakeWalkIn{"registration"}));
  apply_intent(s, HttpReplied{Reply::TakeWalkIn, 200, created("W004", 12, 90 * 60), sent[0].context});
  const std::string key = s.walk_ins.open_key;
  apply_intent(s, GoBack{});  // home: an open ticket keeps the polls going
  auto polls = of_type<HttpRequest>(apply_intent(s, Tick{testing::kAppNow + 60}));
  ASSERT_EQ(polls.size(), 2u);
  EXPECT_EQ(polls[1].path, "/api/walk-ins/1040/registration/W004");
  apply_intent(s, HttpReplied{Reply::WalkInStatus, 200, status("W004", "remote", 6, 45 * 60), key, "\"s1\""});
  EXPECT_EQ(s.walk_ins.tickets[0].position, 6);
  const auto told = of_type<ShowNotification>(
      apply_intent(s, HttpReplied{Reply::WalkInStatus, 200, status("W004", "remote", 3, 25 * 60), key, "\"s2\""}));
  ASSERT_EQ(told.size(), 1u);
  EXPECT_NE(told[0].body.find("W004"), std::string::npos);
  EXPECT_TRUE(of_type<ShowNotification>(
                  apply_intent(s, HttpReplied{Reply::WalkInStatus, 200, status("W004", "remote", 2, 20 * 60), key, ""}))
                  .empty());
  // Checked in at the office: no more advice; served: no more polls.
  apply_intent(s, HttpReplied{Reply::WalkInStatus, 200, status("W004", "done", 0, 0), key, ""});
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, Tick{testing::kAppNow + 600})).empty());
}

TEST(WalkIn, SetOffAdviceSubtractsTravelAndSpare) {
  WalkInTicket t;
  t.wait_seconds = 60 * 60;
  EXPECT_EQ(set_off_advice(t, 20 * 60).leave_in_minutes, 35);
  EXPECT_FALSE(set_off_advice(t, 20 * 60).under_threshold);
  t.wait_seconds = 10 * 60;
  EXPECT_EQ(set_off_advice(t, 20 * 60).leave_in_minutes, 0);
  EXPECT_TRUE(set_off_advice(t, std::nullopt).under_threshold);
}

}  // namespace
}  // namespace khiw
