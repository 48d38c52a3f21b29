#include "core/map_shapes.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace khiw {

namespace {

double distance_to_segment(GeoPoint p, GeoPoint a, GeoPoint b) {
  const double dx = b.lon - a.lon, dy = b.lat - a.lat;
  const double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((p.lon - a.lon) * dx + (p.lat - a.lat) * dy) / len2 : 0;
  t = std::fmax(0, std::fmin(1, t));
  return std::hypot(p.lon - (a.lon + t * dx), p.lat - (a.lat + t * dy));
}

// Marks the corners of ring[first..last] (indices may wrap past the end) that the simplified line keeps.
void keep_far_corners(const GeoRing& ring, size_t first, size_t last, double tolerance, std::vector<bool>& keep) {
  const size_t n = ring.size();
  double farthest = -1;
  size_t at = first;
  for (size_t i = first + 1; i < last; ++i) {
    const double d = distance_to_segment(ring[i % n], ring[first % n], ring[last % n]);
    if (d > farthest) {
      farthest = d;
      at = i;
    }
  }
  if (farthest <= tolerance) return;
  keep[at % n] = true;
  keep_far_corners(ring, first, at, tolerance, keep);
  keep_far_corners(ring, at, last, tolerance, keep);
}

double cross(GeoPoint o, GeoPoint a, GeoPoint b) {
  return (a.lon - o.lon) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lon - o.lon);
}

double signed_area(const GeoRing& ring) {
  double twice = 0;
  for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
    twice += ring[j].lon * ring[i].lat - ring[i].lon * ring[j].lat;
  return twice / 2;
}

bool inside_triangle(GeoPoint p, GeoPoint a, GeoPoint b, GeoPoint c) {
  return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0;
}

// Corner `i` of the counter-clockwise `polygon` (indices into `ring`) is an ear when it turns left and no
// other corner lies in the triangle it cuts off.
bool is_ear(const GeoRing& ring, const std::vector<int>& polygon, size_t i) {
  const size_t n = polygon.size();
  const GeoPoint a = ring[polygon[(i + n - 1) % n]], b = ring[polygon[i]], c = ring[polygon[(i + 1) % n]];
  if (cross(a, b, c) <= 0) return false;
  for (size_t k = 0; k < n; ++k) {
    if (k == i || k == (i + 1) % n || k == (i + n - 1) % n) continue;
    const GeoPoint p = ring[polygon[k]];
    if (p != a && p != b && p != c && inside_triangle(p, a, b, c)) return false;
  }
  return true;
}

}  // namespace

GeoRing simplify_ring(const GeoRing& ring, double tolerance_deg) {
  const size_t n = ring.size();
  if (n <= 3) return ring;
  // Split the closed ring at its first corner and the corner farthest from it: two open lines.
  size_t opposite = 1;
  for (size_t i = 1; i < n; ++i)
    if (std::hypot(ring[i].lon - ring[0].lon, ring[i].lat - ring[0].lat) >
        std::hypot(ring[opposite].lon - ring[0].lon, ring[opposite].lat - ring[0].lat))
      opposite = i;
  std::vector<bool> keep(n, false);
  keep[0] = keep[opposite] = true;
  keep_far_corners(ring, 0, opposite, tolerance_deg, keep);
  keep_far_corners(ring, opposite, n, tolerance_deg, keep);
  GeoRing out;
  for (size_t i = 0; i < n; ++i)
    if (keep[i]) out.push_back(ring[i]);
  if (out.size() < 3) {  // a sliver: keep the corner farthest from the chord
    size_t third = 1;
    for (size_t i = 1; i < n; ++i)
      if (i != opposite && distance_to_segment(ring[i], ring[0], ring[opposite]) >
                               distance_to_segment(ring[third], ring[0], ring[opposite]))
        third = i;
    keep[third] = true;
    out.clear();
    for (size_t i = 0; i < n; ++i)
      if (keep[i]) out.push_back(ring[i]);
  }
  return out;
}

std::vector<std::array<int, 3>> triangulate_ring(const GeoRing& ring) {
  std::vector<int> polygon(ring.size());
  for (size_t i = 0; i < ring.size(); ++i) polygon[i] = static_cast<int>(i);
  if (signed_area(ring) < 0) std::reverse(polygon.begin(), polygon.end());
  std::vector<std::array<int, 3>> triangles;
  while (polygon.size() > 3) {
    size_t ear = polygon.size();
    for (size_t i = 0; i < polygon.size() && ear == polygon.size(); ++i)
      if (is_ear(ring, polygon, i)) ear = i;
    // No ear: the rest is degenerate (collinear or self-touching); drop its flattest corner and go on.
    if (ear == polygon.size()) {
      polygon.erase(polygon.begin());
      continue;
    }
    const size_t n = polygon.size();
    triangles.push_back({polygon[(ear + n - 1) % n], polygon[ear], polygon[(ear + 1) % n]});
    polygon.erase(polygon.begin() + static_cast<long>(ear));
  }
  if (polygon.size() == 3 && cross(ring[polygon[0]], ring[polygon[1]], ring[polygon[2]]) != 0)
    triangles.push_back({polygon[0], polygon[1], polygon[2]});
  return triangles;
}

std::string districts_to_geojson(const std::vector<District>& districts, int decimals) {
  using nlohmann::json;
  const double scale = std::pow(10.0, decimals);
  const auto rounded = [scale](double v) { return std::round(v * scale) / scale; };
  json features = json::array();
  for (const District& d : districts) {
    json polygons = json::array();
    for (const GeoRing& ring : d.rings) {
      json positions = json::array();
      for (const GeoPoint& p : ring) positions.push_back({rounded(p.lon), rounded(p.lat)});
      positions.push_back(positions.front());  // GeoJSON rings repeat their first position
      // One polygon per ring: the reader treats all rings alike (even-odd), so holes stay holes.
      polygons.push_back(json::array({positions}));
    }
    features.push_back({{"type", "Feature"},
                        {"properties", {{"code", d.code}, {"name_th", d.name_th}, {"name_en", d.name_en}}},
                        {"geometry", {{"type", "MultiPolygon"}, {"coordinates", polygons}}}});
  }
  return json{{"type", "FeatureCollection"}, {"features", features}}.dump();
}

}  // namespace khiw
