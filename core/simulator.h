// A seeded discrete-event simulation of one office section's day, to compare walk-in only with
// bookings + walk-ins at the same staffing and the same demand. Deterministic for a given seed: its own
// generator and distributions (not <random>'s, which differ between standard libraries), so native and
// WASM runs draw the same numbers up to libm rounding.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/rules_config.h"

namespace khiw {

struct SimConfig {
  std::uint64_t seed = 2569;
  int days = 200;
  int counters = 2;
  int citizens_per_day = 55;        // demand, identical in both scenarios
  double mean_service_minutes = 10;  // lognormal service times with this mean ...
  double service_cv = 0.5;           // ... and coefficient of variation
  int doors_open_minute = 8 * 60;    // counters start
  int last_arrival_minute = 15 * 60;
  // Walk-ins: this share arrives in the early rush (uniform 07:30–09:00, waiting for the doors);
  // the rest uniformly over the day until last_arrival_minute.
  double walk_in_rush_share = 0.5;
  int rush_start_minute = 7 * 60 + 30;
  int rush_end_minute = 9 * 60;
  // With bookings: this share of citizens books (up to the slots' capacity); the rest walk in.
  double booking_share = 0.6;
  double no_show_rate = 0.1;        // booked citizens who never come
  double late_rate = 0.05;          // booked citizens arriving after the grace period: served as walk-ins
  int booked_arrival_spread_minutes = 10;  // on-time booked arrive uniformly within ±this of slot start
};

struct WaitStats {
  int served = 0;
  double mean_minutes = 0;
  double p95_minutes = 0;
  double max_minutes = 0;
};

struct SimScenarioResult {
  WaitStats all;
  WaitStats booked;   // empty in the walk-in-only scenario
  WaitStats walk_in;
  double mean_finish_minute = 0;  // when the last citizen of the day was done, averaged over days
};

struct SimResult {
  SimScenarioResult walk_in_only;
  SimScenarioResult with_bookings;
  double mean_reduction_pct = 0;  // (walk-in only − with bookings) / walk-in only × 100
  double p95_reduction_pct = 0;
};

SimResult simulate(const RulesConfig& rules, const SimConfig& sim);
// The assumptions in plain English, one per line, for the benchmark's output.
std::vector<std::string> describe_assumptions(const RulesConfig& rules, const SimConfig& sim);

}  // namespace khiw
