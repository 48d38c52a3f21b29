// Office markers on the citizen map: a colour from the live waiting count, and which marker a tap hits.
#pragma once
#include <string>
#include <vector>

#include "core/map_view.h"

namespace khiw {

// Waiting counts up to these are Green, then Amber; above kAmberMaxWaiting, Red.
inline constexpr int kGreenMaxWaiting = 5;
inline constexpr int kAmberMaxWaiting = 15;

enum class MarkerColour { Green, Amber, Red };

MarkerColour marker_colour(int waiting);

struct MapMarker {
  std::string code;  // the office's district code
  GeoPoint at;
};

// The marker nearest to `tap` on screen within `radius_px` at the view's zoom (ties by code), or "".
std::string hit_test_markers(const MapView& view, const std::vector<MapMarker>& markers, ScreenPoint tap,
                             double radius_px);

}  // namespace khiw
