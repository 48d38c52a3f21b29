// The citizen map's camera: where on Bangkok the screen looks and how close, and the gestures that move
// it (drag, wheel, pinch). Pure values in, values out; the UI converts to ImVec2 and draws.
//
// Projection: equirectangular around Bangkok's latitude. A degree of latitude is drawn 1 / cos(13.75°)
// times longer than a degree of longitude, so ground distances keep their proportions. Bangkok spans only
// 13.49°–13.96° N, where cos(lat) stays within 0.12 % of cos(13.75°): a local projection this simple is
// exact to under a pixel across a 1000-px map, and Web Mercator would buy nothing here.
#pragma once
#include "core/districts.h"

namespace khiw {

inline constexpr double kBangkokLatDeg = 13.75;
// data/districts.geojson spans 100.32792–100.93851 E, 13.49382–13.95459 N; rounded outward.
inline constexpr GeoBounds kBangkokBounds{100.32, 13.49, 100.94, 13.96};
// Zoomed out furthest, Bangkok fills this share of the viewport's width or height (room left for a
// padded fit_bounds of the whole city).
inline constexpr double kMinZoomFill = 0.5;
// Zoomed in furthest: one screen px per this many metres on the ground (street level).
inline constexpr double kStreetLevelMetresPerPx = 1.0;

struct ScreenPoint {  // px from the viewport's top-left corner, y down
  double x = 0;
  double y = 0;

  bool operator==(const ScreenPoint&) const = default;
};

struct MapView {
  GeoPoint centre{(kBangkokBounds.min_lon + kBangkokBounds.max_lon) / 2,
                  (kBangkokBounds.min_lat + kBangkokBounds.max_lat) / 2};  // drawn at the viewport's centre
  double zoom = 1000;  // screen px per degree of longitude
  double width_px = 0;
  double height_px = 0;

  bool operator==(const MapView&) const = default;
};

ScreenPoint to_screen(const MapView& view, GeoPoint p);
GeoPoint to_geo(const MapView& view, ScreenPoint p);

// The zoom limits for this viewport: all of Bangkok (kMinZoomFill) and street level.
double min_zoom(const MapView& view);
double max_zoom();
// Zoom within the limits and the centre within kBangkokBounds (the map cannot be dragged away). Every
// function below returns a clamped view; call this after a viewport resize.
MapView clamp_view(MapView view);

// All of Bangkok in a viewport of this size.
MapView bangkok_view(double width_px, double height_px);
// Centres `bbox` and zooms so it fits inside the viewport less `padding_px` on every side.
MapView fit_bounds(MapView view, const GeoBounds& bbox, double padding_px);
// The map follows the finger: what was under (x, y) is then under (x + dx, y + dy).
MapView pan(MapView view, double dx_px, double dy_px);
// Zoom by `factor` (> 1 closer) keeping the geographic point under `anchor` where it is (wheel at the
// cursor). Clamping applies the nearest allowed factor; the anchor stays fixed unless the centre clamp
// bites at the edge of Bangkok.
MapView zoom_at(MapView view, double factor, ScreenPoint anchor);
// Two fingers moved from (old_a, old_b) to (new_a, new_b): zoom by the ratio of their distances and move
// the point under their old midpoint to their new midpoint.
MapView pinch(MapView view, ScreenPoint old_a, ScreenPoint old_b, ScreenPoint new_a, ScreenPoint new_b);

}  // namespace khiw
