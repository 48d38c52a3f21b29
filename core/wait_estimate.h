// Expected wait: people ahead × mean service time of the section / open counters. The mean is learned
// from finished services (a moving average); before any has finished, the configured default is used.
#pragma once
#include <string>
#include <string_view>

#include "core/bkk_time.h"
#include "core/rules_config.h"

namespace khiw {

struct ServiceTimeStats {
  double mean_seconds = 0;
  int samples = 0;  // capped at the averaging window
  bool operator==(const ServiceTimeStats&) const = default;
};

// Arithmetic mean for the first N services, then an exponential average with weight 1/N.
ServiceTimeStats record_service(const RulesConfig& config, ServiceTimeStats stats, double seconds);
double mean_service_seconds(const RulesConfig& config, const ServiceTimeStats& stats);
// open_counters < 1 is treated as 1 (a section open for service has at least one).
UnixSeconds estimate_wait_seconds(const RulesConfig& config, const ServiceTimeStats& stats,
                                  int people_ahead, int open_counters);

inline constexpr int kServiceTimeStatsJsonVersion = 1;
std::string service_time_stats_to_json(const ServiceTimeStats& stats);
ServiceTimeStats service_time_stats_from_json(std::string_view text);  // throws std::invalid_argument

}  // namespace khiw
