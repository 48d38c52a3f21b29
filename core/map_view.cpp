#include "core/map_view.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

#include "core/geo.h"

namespace khiw {

namespace {

constexpr double kNoLimit = std::numeric_limits<double>::infinity();

double cos_bangkok_lat() { return std::cos(kBangkokLatDeg * std::numbers::pi / 180.0); }

// The zoom at which `bbox` just fits a w × h px area (infinite for an empty bbox).
double fitting_zoom(const GeoBounds& bbox, double w, double h) {
  const double lon_span = bbox.max_lon - bbox.min_lon;
  const double lat_span = bbox.max_lat - bbox.min_lat;
  const double by_width = lon_span > 0 ? w / lon_span : kNoLimit;
  const double by_height = lat_span > 0 ? h * cos_bangkok_lat() / lat_span : kNoLimit;
  return std::min(by_width, by_height);
}

// Moves the centre so that geographic point `g` is drawn at screen point `s`.
MapView place(MapView view, GeoPoint g, ScreenPoint s) {
  view.centre.lon = g.lon - (s.x - view.width_px / 2) / view.zoom;
  view.centre.lat = g.lat + (s.y - view.height_px / 2) * cos_bangkok_lat() / view.zoom;
  return clamp_view(view);
}

// Zooms by `factor` (clamped) and moves what was under `from` to `to`: every gesture is one of these.
MapView zoom_and_move(MapView view, double factor, ScreenPoint from, ScreenPoint to) {
  const GeoPoint under_from = to_geo(view, from);
  view.zoom *= factor;
  return place(clamp_view(view), under_from, to);
}

}  // namespace

ScreenPoint to_screen(const MapView& view, GeoPoint p) {
  return {view.width_px / 2 + (p.lon - view.centre.lon) * view.zoom,
          view.height_px / 2 - (p.lat - view.centre.lat) * view.zoom / cos_bangkok_lat()};
}

GeoPoint to_geo(const MapView& view, ScreenPoint p) {
  return {view.centre.lon + (p.x - view.width_px / 2) / view.zoom,
          view.centre.lat - (p.y - view.height_px / 2) * cos_bangkok_lat() / view.zoom};
}

double min_zoom(const MapView& view) {
  return kMinZoomFill * fitting_zoom(kBangkokBounds, std::max(1.0, view.width_px), std::max(1.0, view.height_px));
}

double max_zoom() {
  const double metres_per_degree_lon = kEarthRadiusM * std::numbers::pi / 180.0 * cos_bangkok_lat();
  return metres_per_degree_lon / kStreetLevelMetresPerPx;
}

MapView clamp_view(MapView view) {
  view.zoom = std::isfinite(view.zoom) ? std::clamp(view.zoom, min_zoom(view), max_zoom()) : max_zoom();
  view.centre.lon = std::clamp(view.centre.lon, kBangkokBounds.min_lon, kBangkokBounds.max_lon);
  view.centre.lat = std::clamp(view.centre.lat, kBangkokBounds.min_lat, kBangkokBounds.max_lat);
  return view;
}

MapView bangkok_view(double width_px, double height_px) {
  MapView view;
  view.width_px = width_px;
  view.height_px = height_px;
  return fit_bounds(view, kBangkokBounds, 0);
}

MapView fit_bounds(MapView view, const GeoBounds& bbox, double padding_px) {
  view.zoom = fitting_zoom(bbox, std::max(1.0, view.width_px - 2 * padding_px),
                           std::max(1.0, view.height_px - 2 * padding_px));
  view.centre = {(bbox.min_lon + bbox.max_lon) / 2, (bbox.min_lat + bbox.max_lat) / 2};
  return clamp_view(view);
}

MapView pan(MapView view, double dx_px, double dy_px) {
  const ScreenPoint middle{view.width_px / 2, view.height_px / 2};
  return zoom_and_move(view, 1, middle, {middle.x + dx_px, middle.y + dy_px});
}

MapView zoom_at(MapView view, double factor, ScreenPoint anchor) {
  if (!(factor > 0) || !std::isfinite(factor)) return clamp_view(view);
  return zoom_and_move(view, factor, anchor, anchor);
}

MapView pinch(MapView view, ScreenPoint old_a, ScreenPoint old_b, ScreenPoint new_a, ScreenPoint new_b) {
  const double old_distance = std::hypot(old_a.x - old_b.x, old_a.y - old_b.y);
  const double new_distance = std::hypot(new_a.x - new_b.x, new_a.y - new_b.y);
  const double factor = old_distance > 0 && new_distance > 0 ? new_distance / old_distance : 1.0;
  return zoom_and_move(view, factor, {(old_a.x + old_b.x) / 2, (old_a.y + old_b.y) / 2},
                       {(new_a.x + new_b.x) / 2, (new_a.y + new_b.y) / 2});
}

}  // namespace khiw
