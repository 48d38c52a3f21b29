#include "core/map_markers.h"

#include <gtest/gtest.h>

#include "core/offices.h"
#include "tests/test_files.h"

namespace khiw {
namespace {

constexpr double kTapRadiusPx = 22;  // about a fingertip

TEST(MapMarker, ColourFollowsTheWaitingCount) {
  EXPECT_EQ(marker_colour(0), MarkerColour::Green);
  EXPECT_EQ(marker_colour(5), MarkerColour::Green);
  EXPECT_EQ(marker_colour(6), MarkerColour::Amber);
  EXPECT_EQ(marker_colour(15), MarkerColour::Amber);
  EXPECT_EQ(marker_colour(16), MarkerColour::Red);
  EXPECT_EQ(marker_colour(400), MarkerColour::Red);
  EXPECT_EQ(marker_colour(kGreenMaxWaiting + 1), MarkerColour::Amber);
  EXPECT_EQ(marker_colour(kAmberMaxWaiting + 1), MarkerColour::Red);
}

TEST(MapMarker, CloseMarkersSeparateWhenZoomedIn) {
  // Two offices 150 m apart on one parallel (1° of longitude ≈ 108 km here).
  const std::vector<MapMarker> markers{{"1001", {100.5000, 13.75}}, {"1002", {100.5000 + 150.0 / 108008, 13.75}}};
  MapView view = bangkok_view(390, 844);
  view.centre = markers[0].at;
  view = clamp_view(view);
  // A tap 12 px east of 1001, as a finger lands a little off.
  const auto tap_near_1001 = [&](const MapView& v) {
    const ScreenPoint p = to_screen(v, markers[0].at);
    return ScreenPoint{p.x + 12, p.y};
  };
  // All of Bangkok on a phone: the two are under a pixel apart and 1002 is nearer to the tap.
  EXPECT_EQ(hit_test_markers(view, markers, tap_near_1001(view), kTapRadiusPx), "1002");
  // 40 px per 150 m and closer: the tap lands on 1001.
  for (const double zoom : {30000.0, 60000.0, max_zoom()}) {
    view.zoom = zoom;
    EXPECT_EQ(hit_test_markers(view, markers, tap_near_1001(view), kTapRadiusPx), "1001") << zoom;
    EXPECT_EQ(hit_test_markers(view, markers, to_screen(view, markers[1].at), kTapRadiusPx), "1002") << zoom;
  }
  // Street level: 30 px off either marker is a tap on the map, not a marker.
  const ScreenPoint p = to_screen(view, markers[0].at);
  EXPECT_EQ(hit_test_markers(view, markers, {p.x, p.y + 30}, kTapRadiusPx), "");
}

TEST(MapMarker, TiesGoToTheSmallerCode) {
  const std::vector<MapMarker> markers{{"1009", {100.5, 13.75}}, {"1002", {100.5, 13.75}}};
  const MapView view = bangkok_view(800, 600);
  EXPECT_EQ(hit_test_markers(view, markers, to_screen(view, {100.5, 13.75}), kTapRadiusPx), "1002");
}

TEST(MapMarker, NothingToHit) {
  const MapView view = bangkok_view(800, 600);
  EXPECT_EQ(hit_test_markers(view, {}, {400, 300}, kTapRadiusPx), "");
  const std::vector<MapMarker> one{{"1001", to_geo(view, {400, 300})}};
  EXPECT_EQ(hit_test_markers(view, one, {400 + kTapRadiusPx, 300}, kTapRadiusPx), "1001");  // the rim counts
  EXPECT_EQ(hit_test_markers(view, one, {400 + kTapRadiusPx + 0.5, 300}, kTapRadiusPx), "");
}

TEST(MapMarker, EveryRealOfficeIsTappableWhenZoomedIn) {
  const auto offices = offices_from_reference_json(testing::read_source_file("data/offices.json"));
  std::vector<MapMarker> markers;
  for (const Office& o : offices) markers.push_back({o.code, {o.lon, o.lat}});
  MapView view = bangkok_view(390, 844);
  view.zoom = 20000;  // about 5 m per px
  for (const MapMarker& m : markers) {
    view.centre = m.at;
    EXPECT_EQ(hit_test_markers(view, markers, {195 + 10, 422 - 10}, kTapRadiusPx), m.code);
  }
}

}  // namespace
}  // namespace khiw
