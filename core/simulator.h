// A seeded discrete-event simulation of one office section's day, to compare walk-in only, bookings +
// walk-ins, and bookings + remote walk-in tickets (wait elsewhere, come when nearly called) at the same
// staffing and the same demand. Deterministic for a given seed: its own
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
  int citizens_per_day = 55;        // demand, identical in every scenario
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
  // Remote tickets: this share of walk-ins takes a ticket in the app when they would have walked in ...
  double remote_share = 0.5;
  int remote_lead_minutes = 30;            // ... sets off when the estimated time to be called falls under this ...
  int remote_travel_minutes = 20;          // ... travels this long ...
  int remote_arrival_spread_minutes = 10;  // ... and reaches the office uniformly within ±this of advice + travel
};

enum class SimArrivalKind { WalkIn, Booked, Remote };
struct SimArrival {
  // Minutes after Bangkok midnight when the citizen reaches the office; Remote: when they take the ticket
  // in the app (they reach the office arrives_after_advice_minutes after the estimate falls under the lead).
  int arrival_minute = 0;
  SimArrivalKind kind = SimArrivalKind::WalkIn;
  int slot = -1;                 // Booked: the slot index (0..5), else -1
  double service_seconds = 0;    // how long the counter will take with this citizen
  bool no_show = false;          // Booked: never comes
  double arrives_after_advice_minutes = 0;  // Remote: travel ± spread, from "set off now" to the office
};
// One section's day as the simulator would play it (seeded: same seed and day → same plan), sorted by
// arrival_minute. with_bookings=false gives a walk-in-only day; Remote arrivals appear when
// sim.remote_share > 0. Late booked (after slot start + grace) are Booked arrivals the queue turns away.
std::vector<SimArrival> plan_day(const RulesConfig& rules, const SimConfig& sim, int day_index, bool with_bookings);

struct WaitStats {
  int served = 0;
  double mean_minutes = 0;
  double p95_minutes = 0;
  double max_minutes = 0;
};

// Waits run from taking the ticket to being called (the queue wait); time in the hall from reaching the
// office to being called. Only remote-ticket holders take their ticket before reaching the office.
struct SimScenarioResult {
  WaitStats all;
  WaitStats booked;   // empty in the walk-in-only scenario
  WaitStats walk_in;  // in person, including late booked
  double mean_finish_minute = 0;  // when the last citizen of the day was done, averaged over days
  WaitStats hall;         // everyone's time in the hall
  WaitStats remote;       // remote-ticket holders' queue wait; empty without remote tickets
  WaitStats remote_hall;  // remote-ticket holders' time in the hall
  int remote_lost_place = 0;  // remote holders who came later than the grace after their turn: sent to the back
};

struct SimReduction {  // (walk-in only − scenario) / walk-in only × 100
  double mean_pct = 0;
  double p95_pct = 0;
};

struct SimResult {
  SimScenarioResult walk_in_only;
  SimScenarioResult with_bookings;
  SimScenarioResult with_remote;  // bookings + remote walk-in tickets
  double mean_reduction_pct = 0;  // queue wait: (walk-in only − with bookings) / walk-in only × 100
  double p95_reduction_pct = 0;
  SimReduction bookings_hall;  // time in the hall, with bookings vs walk-in only
  SimReduction remote_queue;   // queue wait, bookings + remote tickets vs walk-in only
  SimReduction remote_hall;    // time in the hall, bookings + remote tickets vs walk-in only
};

SimResult simulate(const RulesConfig& rules, const SimConfig& sim);
// The assumptions in plain English, one per line, for the benchmark's output.
std::vector<std::string> describe_assumptions(const RulesConfig& rules, const SimConfig& sim);

}  // namespace khiw
