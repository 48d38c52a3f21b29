// Distance to offices and "where to go now": travel time estimated from the straight-line distance,
// plus the expected wait at each office.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/bkk_time.h"
#include "core/offices.h"
#include "core/rules_config.h"

namespace khiw {

// The mean Earth radius, for distances and for the map's projection alike.
inline constexpr double kEarthRadiusM = 6371000.0;

// Great-circle distance on a spherical Earth of that radius.
double distance_m(double lat1, double lon1, double lat2, double lon2);
UnixSeconds travel_seconds(const RulesConfig& config, double straight_line_m);

struct RankedOffice {
  std::string code;
  double distance_m = 0;
  UnixSeconds travel_s = 0;
  UnixSeconds wait_s = 0;
  UnixSeconds total_s = 0;  // travel + wait
};

// All offices, best first (least total time; ties by distance, then code). Offices missing from
// `wait_by_code` are assumed to have no wait.
std::vector<RankedOffice> rank_offices(const RulesConfig& config, const std::vector<Office>& offices,
                                       double lat, double lon,
                                       const std::map<std::string, UnixSeconds>& wait_by_code);

}  // namespace khiw
