#include "core/geo.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace khiw {

namespace {

double radians(double degrees) { return degrees * std::numbers::pi / 180.0; }

}  // namespace

double distance_m(double lat1, double lon1, double lat2, double lon2) {
  const double dlat = radians(lat2 - lat1);
  const double dlon = radians(lon2 - lon1);
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(radians(lat1)) * std::cos(radians(lat2)) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(a)));
}

UnixSeconds travel_seconds(const RulesConfig& config, double straight_line_m) {
  const double road_m = straight_line_m * config.travel_detour_factor;
  return static_cast<UnixSeconds>(std::llround(road_m / (config.travel_speed_kmh * 1000.0 / 3600.0)));
}

std::vector<RankedOffice> rank_offices(const RulesConfig& config, const std::vector<Office>& offices, double lat,
                                       double lon, const std::map<std::string, UnixSeconds>& wait_by_code) {
  std::vector<RankedOffice> out;
  out.reserve(offices.size());
  for (const Office& o : offices) {
    RankedOffice r;
    r.code = o.code;
    r.distance_m = distance_m(lat, lon, o.lat, o.lon);
    r.travel_s = travel_seconds(config, r.distance_m);
    const auto wait = wait_by_code.find(o.code);
    r.wait_s = wait == wait_by_code.end() ? 0 : wait->second;
    r.total_s = r.travel_s + r.wait_s;
    out.push_back(std::move(r));
  }
  std::sort(out.begin(), out.end(), [](const RankedOffice& a, const RankedOffice& b) {
    if (a.total_s != b.total_s) return a.total_s < b.total_s;
    if (a.distance_m != b.distance_m) return a.distance_m < b.distance_m;
    return a.code < b.code;
  });
  return out;
}

}  // namespace khiw
