#include "core/map_markers.h"

#include <cmath>

namespace khiw {

MarkerColour marker_colour(int waiting) {
  if (waiting <= kGreenMaxWaiting) return MarkerColour::Green;
  if (waiting <= kAmberMaxWaiting) return MarkerColour::Amber;
  return MarkerColour::Red;
}

std::string hit_test_markers(const MapView& view, const std::vector<MapMarker>& markers, ScreenPoint tap,
                             double radius_px) {
  const MapMarker* best = nullptr;
  double best_distance = radius_px;
  for (const MapMarker& m : markers) {
    const ScreenPoint p = to_screen(view, m.at);
    const double distance = std::hypot(p.x - tap.x, p.y - tap.y);
    if (distance > radius_px) continue;
    if (!best || distance < best_distance || (distance == best_distance && m.code < best->code)) {
      best = &m;
      best_distance = distance;
    }
  }
  return best ? best->code : "";
}

}  // namespace khiw
