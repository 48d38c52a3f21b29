// The offices in the order a citizen should consider them: core/geo's ranking (travel from where they
// are + the live wait), narrowed by a search, with the first one recommended and the reason said.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/districts.h"
#include "core/geo.h"
#include "core/live_counts.h"
#include "core/offices.h"

namespace khiw {

enum class RecommendReason {
  None,              // nothing matched the search
  NearestShortWait,  // the nearest office also gets the citizen served soonest
  SoonerThanNearest, // farther than the nearest, but travel + wait is shorter
  LeastCrowded,      // no location known: the shortest wait
};

struct RankedRow {
  const Office* office = nullptr;
  std::optional<double> distance_m;  // absent when the citizen's location is unknown
  UnixSeconds travel_s = 0;
  UnixSeconds wait_s = 0;
  int waiting = 0;
};

struct OfficeRanking {
  std::vector<RankedRow> rows;  // best first; rows[0] is the recommended one
  RecommendReason reason = RecommendReason::None;
};

// `search` matches, ignoring ASCII case, any part of the Thai or English district or office name;
// empty matches all.
bool office_matches(const Office& office, std::string_view search);

OfficeRanking rank_for_citizen(const RulesConfig& rules, const std::vector<Office>& offices,
                               std::optional<GeoPoint> here, const LiveCounts& live, std::string_view search);

}  // namespace khiw
