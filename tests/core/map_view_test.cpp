#include "core/map_view.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <utility>

#include "core/geo.h"
#include "core/offices.h"
#include "tests/test_files.h"

namespace khiw {
namespace {

constexpr double kPhoneW = 390, kPhoneH = 844;
constexpr GeoPoint kDemocracyMonument{100.50182, 13.75668};

const std::vector<Office>& reference_offices() {
  static const std::vector<Office> offices =
      offices_from_reference_json(testing::read_source_file("data/offices.json"));
  return offices;
}

MapView view_at(double zoom, GeoPoint centre = kDemocracyMonument, double w = 800, double h = 600) {
  return MapView{centre, zoom, w, h};
}

void expect_near(ScreenPoint actual, ScreenPoint expected, double tolerance_px = 1e-6) {
  EXPECT_NEAR(actual.x, expected.x, tolerance_px);
  EXPECT_NEAR(actual.y, expected.y, tolerance_px);
}

TEST(MapView, ProjectionIsEquirectangularAroundBangkok) {
  const MapView view = view_at(1000);
  expect_near(to_screen(view, kDemocracyMonument), {400, 300});
  // 1000 px per degree of longitude; a degree of latitude 1 / cos(13.75°) ≈ 1.0295 times longer.
  expect_near(to_screen(view, {kDemocracyMonument.lon + 0.01, kDemocracyMonument.lat}), {410, 300});
  expect_near(to_screen(view, {kDemocracyMonument.lon, kDemocracyMonument.lat + 0.01}), {400, 300 - 10.295}, 1e-3);
  // So a kilometre east and a kilometre north are the same number of pixels (to 0.1 %), anywhere in Bangkok.
  for (const double lat : {13.5, 13.75, 13.95}) {
    const double px_per_m_east = 0.01 * view.zoom / distance_m(lat, 100.5, lat, 100.51);
    const double px_per_m_north = 0.01 * view.zoom / std::cos(kBangkokLatDeg * std::numbers::pi / 180) /
                                  distance_m(lat, 100.5, lat + 0.01, 100.5);
    EXPECT_NEAR(px_per_m_east / px_per_m_north, 1.0, 0.0015) << lat;
  }
}

TEST(MapView, ProjectionRoundTripsAtSeveralZooms) {
  const MapView base = view_at(0, kDemocracyMonument, kPhoneW, kPhoneH);
  for (const double zoom : {min_zoom(base), 2000.0, 20000.0, max_zoom()}) {
    const MapView view = view_at(zoom, kDemocracyMonument, kPhoneW, kPhoneH);
    for (const Office& o : reference_offices()) {
      const GeoPoint back = to_geo(view, to_screen(view, {o.lon, o.lat}));
      EXPECT_NEAR(back.lon, o.lon, 1e-10) << zoom << " " << o.code;
      EXPECT_NEAR(back.lat, o.lat, 1e-10) << zoom << " " << o.code;
    }
    for (const ScreenPoint p : {ScreenPoint{0, 0}, ScreenPoint{kPhoneW, kPhoneH}, ScreenPoint{123.5, 456.25}})
      expect_near(to_screen(view, to_geo(view, p)), p);
  }
}

TEST(MapView, ZoomIsClampedBetweenAllOfBangkokAndStreetLevel) {
  const MapView all = bangkok_view(kPhoneW, kPhoneH);
  // Fitted to the phone's width: 390 px over 0.62° of longitude.
  EXPECT_NEAR(all.zoom, kPhoneW / (kBangkokBounds.max_lon - kBangkokBounds.min_lon), 1e-9);
  EXPECT_DOUBLE_EQ(min_zoom(all), kMinZoomFill * all.zoom);

  const ScreenPoint anchor{100, 450};  // in Chom Thong, south-west Bangkok
  const MapView furthest = zoom_at(all, 1e-6, anchor);
  EXPECT_DOUBLE_EQ(furthest.zoom, min_zoom(all));
  const MapView closest = zoom_at(all, 1e6, anchor);
  EXPECT_DOUBLE_EQ(closest.zoom, max_zoom());
  // The anchor holds even when the factor is clamped.
  expect_near(to_screen(closest, to_geo(all, anchor)), anchor);
  // Street level: one pixel is a metre on the ground.
  const GeoPoint a = to_geo(closest, {0, 0}), b = to_geo(closest, {100, 0}), c = to_geo(closest, {0, 100});
  EXPECT_NEAR(distance_m(a.lat, a.lon, b.lat, b.lon), 100 * kStreetLevelMetresPerPx, 0.2);
  EXPECT_NEAR(distance_m(a.lat, a.lon, c.lat, c.lon), 100 * kStreetLevelMetresPerPx, 0.2);

  // The floor follows the viewport: twice the size, twice the least zoom, applied on resize.
  MapView resized = furthest;
  resized.width_px *= 2;
  resized.height_px *= 2;
  EXPECT_DOUBLE_EQ(clamp_view(resized).zoom, 2 * furthest.zoom);
}

TEST(MapView, ZoomAtKeepsTheAnchorsGeoPointFixed) {
  MapView view = bangkok_view(kPhoneW, kPhoneH);
  const ScreenPoint cursor{300, 400};  // in Lat Krabang, east Bangkok
  const GeoPoint under_cursor = to_geo(view, cursor);
  for (const double factor : {1.1, 2.0, 1.5, 0.7, 3.0}) {
    const double before = view.zoom;
    view = zoom_at(view, factor, cursor);
    EXPECT_NEAR(view.zoom, before * factor, 1e-9 * before);
    expect_near(to_screen(view, under_cursor), cursor);
  }
  // A factor that is not a zoom leaves the view alone.
  EXPECT_EQ(zoom_at(view, 0, cursor), view);
  EXPECT_EQ(zoom_at(view, NAN, cursor), view);
}

TEST(MapView, PinchApartDoublesTheZoomAroundTheFingersMidpoint) {
  const MapView view = view_at(5000, kDemocracyMonument, kPhoneW, kPhoneH);
  const ScreenPoint middle{170, 500};
  const GeoPoint under_middle = to_geo(view, middle);
  const MapView pinched = pinch(view, {145, 500}, {195, 500}, {120, 500}, {220, 500});
  EXPECT_NEAR(pinched.zoom, 2 * view.zoom, 1e-9);
  expect_near(to_screen(pinched, under_middle), middle);

  // Both fingers sliding together pan without zooming; fingers together zoom out.
  const MapView slid = pinch(view, {145, 500}, {195, 500}, {175, 480}, {225, 480});
  EXPECT_DOUBLE_EQ(slid.zoom, view.zoom);
  expect_near(to_screen(slid, under_middle), {200, 480});
  EXPECT_NEAR(pinch(view, {100, 500}, {300, 500}, {150, 500}, {250, 500}).zoom, view.zoom / 2, 1e-9);
  // Rotating the fingers about their midpoint changes nothing.
  const MapView turned = pinch(view, {145, 500}, {195, 500}, {170, 475}, {170, 525});
  EXPECT_NEAR(turned.zoom, view.zoom, 1e-9);
  expect_near(to_screen(turned, under_middle), middle);
  // A degenerate pinch (both fingers on one point) only pans.
  EXPECT_DOUBLE_EQ(pinch(view, {170, 500}, {170, 500}, {180, 500}, {180, 500}).zoom, view.zoom);
}

TEST(MapView, PanMovesTheMapWithTheFinger) {
  const MapView view = view_at(5000, kDemocracyMonument, kPhoneW, kPhoneH);
  const GeoPoint grabbed = to_geo(view, {100, 100});
  const MapView panned = pan(view, 30, -20);
  EXPECT_DOUBLE_EQ(panned.zoom, view.zoom);
  expect_near(to_screen(panned, grabbed), {130, 80});
  // The map cannot be dragged away from Bangkok: a long swipe left and down stops at its north-east corner.
  const MapView far = pan(view, -1e7, 1e7);
  EXPECT_DOUBLE_EQ(far.centre.lon, kBangkokBounds.max_lon);
  EXPECT_DOUBLE_EQ(far.centre.lat, kBangkokBounds.max_lat);
}

TEST(MapView, FitBoundsShowsTheWholeBoundingBox) {
  const GeoBounds pathum_wan{100.51, 13.72, 100.55, 13.76};
  for (const auto& [w, h] : {std::pair{kPhoneW, kPhoneH}, std::pair{1280.0, 720.0}}) {
    for (const GeoBounds& bbox : {kBangkokBounds, pathum_wan}) {
      const double padding = 16;
      MapView view = view_at(1000, kDemocracyMonument, w, h);
      view = fit_bounds(view, bbox, padding);
      const ScreenPoint top_left = to_screen(view, {bbox.min_lon, bbox.max_lat});
      const ScreenPoint bottom_right = to_screen(view, {bbox.max_lon, bbox.min_lat});
      EXPECT_GE(top_left.x, padding - 1e-6);
      EXPECT_GE(top_left.y, padding - 1e-6);
      EXPECT_LE(bottom_right.x, w - padding + 1e-6);
      EXPECT_LE(bottom_right.y, h - padding + 1e-6);
      // Tight on one axis: as large as it can be.
      const bool fills_width = std::abs(bottom_right.x - top_left.x - (w - 2 * padding)) < 1e-6;
      const bool fills_height = std::abs(bottom_right.y - top_left.y - (h - 2 * padding)) < 1e-6;
      EXPECT_TRUE(fills_width || fills_height) << w << "x" << h;
      expect_near(to_screen(view, {(bbox.min_lon + bbox.max_lon) / 2, (bbox.min_lat + bbox.max_lat) / 2}),
                  {w / 2, h / 2});
    }
  }
  // A single point zooms to street level.
  const GeoBounds point{100.5, 13.75, 100.5, 13.75};
  EXPECT_DOUBLE_EQ(fit_bounds(view_at(1000), point, 16).zoom, max_zoom());
}

}  // namespace
}  // namespace khiw
