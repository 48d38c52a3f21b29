#include "core/wait_estimate.h"

#include <algorithm>
#include <cmath>

#include "core/json_fields.h"

namespace khiw {

ServiceTimeStats record_service(const RulesConfig& config, ServiceTimeStats stats, double seconds) {
  const int window = std::max(1, config.service_time_window);
  const int n = std::min(stats.samples + 1, window);
  // Weight 1/n: the plain mean while n grows, an exponential average (≈ last `window`) after.
  stats.mean_seconds += (seconds - stats.mean_seconds) / n;
  stats.samples = n;
  return stats;
}

double mean_service_seconds(const RulesConfig& config, const ServiceTimeStats& stats) {
  return stats.samples > 0 ? stats.mean_seconds : config.default_service_seconds;
}

UnixSeconds estimate_wait_seconds(const RulesConfig& config, const ServiceTimeStats& stats, int people_ahead,
                                  int open_counters) {
  if (people_ahead <= 0) return 0;
  return static_cast<UnixSeconds>(
      std::llround(people_ahead * mean_service_seconds(config, stats) / std::max(1, open_counters)));
}

std::string service_time_stats_to_json(const ServiceTimeStats& stats) {
  return nlohmann::json{{"version", kServiceTimeStatsJsonVersion},
                        {"mean_seconds", stats.mean_seconds},
                        {"samples", stats.samples}}
      .dump();
}

ServiceTimeStats service_time_stats_from_json(std::string_view text) {
  const auto doc = json_fields::parse_versioned(text, "service time stats", kServiceTimeStatsJsonVersion);
  ServiceTimeStats s{json_fields::required<double>(doc, "mean_seconds", "service time stats"),
                     json_fields::required<int>(doc, "samples", "service time stats")};
  if (s.samples < 0 || s.mean_seconds < 0) throw std::invalid_argument("service time stats: negative values");
  return s;
}

}  // namespace khiw
