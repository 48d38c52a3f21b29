#include "core/districts.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "core/json_fields.h"

namespace khiw {

namespace {

using nlohmann::json;
using json_fields::required;
using json_fields::required_object;

GeoPoint read_position(const json& pos, const std::string& where) {
  if (!pos.is_array() || pos.size() < 2 || !pos[0].is_number() || !pos[1].is_number())
    throw std::invalid_argument(where + ": a position is not [lon, lat]");
  return {pos[0].get<double>(), pos[1].get<double>()};
}

// A GeoJSON linear ring: closed (last position = first), at least 4 positions.
GeoRing read_ring(const json& ring, const std::string& where) {
  if (!ring.is_array()) throw std::invalid_argument(where + ": a ring is not an array of positions");
  GeoRing out;
  out.reserve(ring.size());
  for (const json& pos : ring) out.push_back(read_position(pos, where));
  if (out.size() < 4) throw std::invalid_argument(where + ": a ring has fewer than 4 positions");
  if (out.front() != out.back()) throw std::invalid_argument(where + ": a ring is not closed");
  out.pop_back();
  return out;
}

void read_polygon(const json& polygon, const std::string& where, std::vector<GeoRing>& rings) {
  if (!polygon.is_array() || polygon.empty()) throw std::invalid_argument(where + ": a polygon has no rings");
  for (const json& ring : polygon) rings.push_back(read_ring(ring, where));
}

std::vector<GeoRing> read_geometry(const json& feature, const std::string& where) {
  const json& geometry = required_object(feature, "geometry", where);
  const auto type = required<std::string>(geometry, "type", where + " geometry");
  const json& coordinates = json_fields::required_array(geometry, "coordinates", where + " geometry");
  std::vector<GeoRing> rings;
  if (type == "Polygon") {
    read_polygon(coordinates, where, rings);
  } else if (type == "MultiPolygon") {
    for (const json& polygon : coordinates) read_polygon(polygon, where, rings);
    if (rings.empty()) throw std::invalid_argument(where + ": an empty MultiPolygon");
  } else {
    throw std::invalid_argument(where + ": unsupported geometry type \"" + type + "\"");
  }
  return rings;
}

GeoBounds bounds_of(const std::vector<GeoRing>& rings) {
  GeoBounds b{rings[0][0].lon, rings[0][0].lat, rings[0][0].lon, rings[0][0].lat};
  for (const GeoRing& ring : rings) {
    for (const GeoPoint& p : ring) {
      b.min_lon = std::min(b.min_lon, p.lon);
      b.min_lat = std::min(b.min_lat, p.lat);
      b.max_lon = std::max(b.max_lon, p.lon);
      b.max_lat = std::max(b.max_lat, p.lat);
    }
  }
  return b;
}

struct RingArea {
  double area = 0;  // signed, degrees²; its size is only compared with other rings'
  GeoPoint centroid;
};

// Shoelace formula, relative to the first corner for precision. The centroid of a plane figure is
// unchanged by scaling one axis, so degrees serve as well as metres here.
RingArea ring_area(const GeoRing& ring) {
  const GeoPoint o = ring.front();
  double twice_area = 0, cx = 0, cy = 0;
  for (size_t i = 0; i < ring.size(); ++i) {
    const GeoPoint& a = ring[i];
    const GeoPoint& b = ring[(i + 1) % ring.size()];
    const double ax = a.lon - o.lon, ay = a.lat - o.lat, bx = b.lon - o.lon, by = b.lat - o.lat;
    const double cross = ax * by - bx * ay;
    twice_area += cross;
    cx += (ax + bx) * cross;
    cy += (ay + by) * cross;
  }
  if (twice_area == 0) return {0, o};
  return {twice_area / 2, {o.lon + cx / (3 * twice_area), o.lat + cy / (3 * twice_area)}};
}

bool ring_contains(const GeoRing& ring, GeoPoint p) {
  bool inside = false;
  for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const GeoPoint& a = ring[i];
    const GeoPoint& b = ring[j];
    if ((a.lat > p.lat) != (b.lat > p.lat) && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
      inside = !inside;
  }
  return inside;
}

// The centroid of the largest ring, unless the district is concave enough for it to fall outside; then the
// middle of the widest inside stretch of the parallel through that centroid.
GeoPoint label_point(const District& d) {
  GeoPoint centroid = d.rings.front().front();
  double largest = -1;
  for (const GeoRing& ring : d.rings) {
    const RingArea ra = ring_area(ring);
    if (std::abs(ra.area) > largest) {
      largest = std::abs(ra.area);
      centroid = ra.centroid;
    }
  }
  if (district_contains(d, centroid)) return centroid;
  std::vector<double> crossings;
  for (const GeoRing& ring : d.rings) {
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      const GeoPoint& a = ring[i];
      const GeoPoint& b = ring[j];
      if ((a.lat > centroid.lat) != (b.lat > centroid.lat))
        crossings.push_back((b.lon - a.lon) * (centroid.lat - a.lat) / (b.lat - a.lat) + a.lon);
    }
  }
  std::sort(crossings.begin(), crossings.end());
  GeoPoint best = centroid;
  double widest = -1;
  for (size_t i = 0; i + 1 < crossings.size(); i += 2) {
    if (crossings[i + 1] - crossings[i] > widest) {
      widest = crossings[i + 1] - crossings[i];
      best = {(crossings[i] + crossings[i + 1]) / 2, centroid.lat};
    }
  }
  return best;
}

District read_district(const json& feature, const std::string& where) {
  const json& properties = required_object(feature, "properties", where);
  District d;
  d.code = required<std::string>(properties, "code", where);
  const std::string named = where + " (code " + d.code + ")";
  d.name_th = required<std::string>(properties, "name_th", named);
  d.name_en = required<std::string>(properties, "name_en", named);
  d.rings = read_geometry(feature, named);
  d.bounds = bounds_of(d.rings);
  d.label = label_point(d);
  return d;
}

}  // namespace

std::vector<District> districts_from_geojson(std::string_view text) {
  const json doc = json_fields::parse(text, "districts");
  std::vector<District> out;
  std::set<std::string> codes;
  for (const json& feature : json_fields::required_array(doc, "features", "districts")) {
    const std::string where = "district feature #" + std::to_string(out.size());
    District d = read_district(feature, where);
    if (!codes.insert(d.code).second) throw std::invalid_argument(where + " (code " + d.code + "): code repeated");
    out.push_back(std::move(d));
  }
  return out;
}

bool district_contains(const District& district, GeoPoint p) {
  if (!district.bounds.contains(p)) return false;
  bool inside = false;
  for (const GeoRing& ring : district.rings) inside ^= ring_contains(ring, p);
  return inside;
}

std::string district_at(const std::vector<District>& districts, double lon, double lat) {
  for (const District& d : districts)
    if (district_contains(d, {lon, lat})) return d.code;
  return "";
}

}  // namespace khiw
