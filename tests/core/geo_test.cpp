#include "core/geo.h"

#include <gtest/gtest.h>

#include "tests/test_files.h"

namespace khiw {
namespace {

TEST(Geo, GreatCircleDistance) {
  EXPECT_DOUBLE_EQ(distance_m(13.75, 100.5, 13.75, 100.5), 0);
  // One degree of latitude on a 6371 km sphere: 6371000 × π / 180 = 111194.9 m.
  EXPECT_NEAR(distance_m(13.0, 100.5, 14.0, 100.5), 111194.9, 0.5);
  // Along the 13.75° N parallel, one degree of longitude is shorter by cos(13.75°) ≈ 0.97134.
  EXPECT_NEAR(distance_m(13.75, 100.0, 13.75, 101.0), 108008, 10);
  EXPECT_DOUBLE_EQ(distance_m(13.7, 100.4, 13.8, 100.6), distance_m(13.8, 100.6, 13.7, 100.4));
}

TEST(Geo, TravelTimeFromStraightLineDistance) {
  RulesConfig config;
  config.travel_speed_kmh = 20;
  config.travel_detour_factor = 1.5;
  EXPECT_EQ(travel_seconds(config, 10000), 2700);  // 15 km of road at 20 km/h = 45 min
}

TEST(Geo, RanksByTravelPlusWait) {
  const auto offices = offices_from_reference_json(testing::read_source_file("data/offices.json"));
  const Office& phra_nakhon = offices.front();
  const RulesConfig config;
  // Standing at the Phra Nakhon office: it is nearest and, with no waits known, first.
  auto ranked = rank_offices(config, offices, phra_nakhon.lat, phra_nakhon.lon, {});
  ASSERT_EQ(ranked.size(), 50u);
  EXPECT_EQ(ranked.front().code, "1001");
  EXPECT_DOUBLE_EQ(ranked.front().distance_m, 0);
  for (size_t i = 1; i < ranked.size(); ++i) EXPECT_LE(ranked[i - 1].total_s, ranked[i].total_s);
  // A two-hour line there sends the citizen to the best neighbour instead.
  const std::string second = ranked[1].code;
  ranked = rank_offices(config, offices, phra_nakhon.lat, phra_nakhon.lon, {{"1001", 7200}});
  EXPECT_EQ(ranked.front().code, second);
  const auto it = std::find_if(ranked.begin(), ranked.end(), [](auto& r) { return r.code == "1001"; });
  EXPECT_EQ(it->total_s, 7200);
}

TEST(Geo, TiesGoToTheNearerThenTheLowerCode) {
  const RulesConfig config;
  Office a, b, c;
  a.code = "1003";
  b.code = "1002";
  c.code = "1001";
  a.lat = b.lat = 13.75;
  a.lon = b.lon = 100.51;  // a and b share a building: same distance, same (no) wait
  c.lat = 13.75;
  c.lon = 100.52;          // c is twice as far, but its shorter wait makes the same total as a and b
  const UnixSeconds extra_travel = travel_seconds(config, distance_m(13.75, 100.5, 13.75, 100.52)) -
                                   travel_seconds(config, distance_m(13.75, 100.5, 13.75, 100.51));
  const auto ranked = rank_offices(config, {a, b, c}, 13.75, 100.5, {{"1003", extra_travel}, {"1002", extra_travel}});
  ASSERT_EQ(ranked.size(), 3u);
  EXPECT_EQ(ranked[0].total_s, ranked[2].total_s);
  EXPECT_EQ(ranked[0].code, "1002");  // equal total and distance: by code
  EXPECT_EQ(ranked[1].code, "1003");
  EXPECT_EQ(ranked[2].code, "1001");  // equal total, farther
}

}  // namespace
}  // namespace khiw
