// Bangkok's 50 district polygons (data/districts.geojson) for the citizen map: outlines to draw, a point to
// put each name at, and which district a point lies in.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace khiw {

// WGS84 degrees.
struct GeoPoint {
  double lon = 0;
  double lat = 0;

  bool operator==(const GeoPoint&) const = default;
};

struct GeoBounds {
  double min_lon = 0;
  double min_lat = 0;
  double max_lon = 0;
  double max_lat = 0;

  bool contains(GeoPoint p) const {
    return p.lon >= min_lon && p.lon <= max_lon && p.lat >= min_lat && p.lat <= max_lat;
  }
  bool operator==(const GeoBounds&) const = default;
};

using GeoRing = std::vector<GeoPoint>;

struct District {
  std::string code;     // "1001".."1050", as the offices
  std::string name_th;  // เขตพระนคร
  std::string name_en;  // Phra Nakhon
  // Every ring of every polygon, outer rings and holes alike, stored open (GeoJSON's repeated closing
  // point dropped). Inside = inside an odd number of rings (even-odd), which is exact for valid GeoJSON:
  // holes lie within their outer ring and the polygons of a MultiPolygon do not overlap.
  std::vector<GeoRing> rings;
  GeoBounds bounds;
  GeoPoint label;  // inside the district: the centroid of its largest ring, or a point inside that ring
};

// Reads a GeoJSON FeatureCollection of Polygon/MultiPolygon features with string properties code, name_th
// and name_en. Throws std::invalid_argument naming the feature on malformed input (including a repeated
// code and a ring that is not closed or has fewer than 4 positions).
std::vector<District> districts_from_geojson(std::string_view text);

bool district_contains(const District& district, GeoPoint p);

// The code of the district containing (lon, lat), or "" outside them all. A point exactly on a shared
// border goes to one of the two (the first listed that claims it).
std::string district_at(const std::vector<District>& districts, double lon, double lat);

}  // namespace khiw
