#include "core/office_ranking.h"

#include <algorithm>
#include <map>

namespace khiw {

namespace {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

bool office_matches(const Office& office, std::string_view search) {
  if (search.empty()) return true;
  const std::string needle = ascii_lower(search);
  for (const std::string* name : {&office.name_th, &office.name_en, &office.office_name_th})
    if (ascii_lower(*name).find(needle) != std::string::npos) return true;
  return false;
}

OfficeRanking rank_for_citizen(const RulesConfig& rules, const std::vector<Office>& offices,
                               std::optional<GeoPoint> here, const LiveCounts& live, std::string_view search) {
  std::vector<Office> matching;
  std::map<std::string, const Office*> by_code;
  for (const Office& o : offices) {
    if (!office_matches(o, search)) continue;
    matching.push_back(o);
    by_code[o.code] = &o;
  }
  std::map<std::string, UnixSeconds> waits;
  for (const Office& o : matching) waits[o.code] = longest_wait_at(live, o.code);

  OfficeRanking out;
  // Without a location every office is "here": the ranking falls back to wait, then code.
  const GeoPoint at = here.value_or(GeoPoint{});
  for (const RankedOffice& r : rank_offices(rules, matching, here ? at.lat : 0, here ? at.lon : 0, waits)) {
    RankedRow row{by_code.at(r.code), std::nullopt, here ? r.travel_s : 0, r.wait_s, waiting_at(live, r.code)};
    if (here) row.distance_m = r.distance_m;
    out.rows.push_back(row);
  }
  if (!here) {
    std::sort(out.rows.begin(), out.rows.end(), [](const RankedRow& a, const RankedRow& b) {
      if (a.wait_s != b.wait_s) return a.wait_s < b.wait_s;
      if (a.waiting != b.waiting) return a.waiting < b.waiting;
      return a.office->code < b.office->code;
    });
  }
  if (out.rows.empty()) return out;
  if (!here) {
    out.reason = RecommendReason::LeastCrowded;
    return out;
  }
  const auto nearest = std::min_element(out.rows.begin(), out.rows.end(), [](const RankedRow& a, const RankedRow& b) {
    return *a.distance_m < *b.distance_m;
  });
  out.reason = nearest == out.rows.begin() ? RecommendReason::NearestShortWait : RecommendReason::SoonerThanNearest;
  return out;
}

}  // namespace khiw
