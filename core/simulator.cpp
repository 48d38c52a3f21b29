#include "core/simulator.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <numbers>

#include "core/queue.h"
#include "core/slots.h"

namespace khiw {

namespace {

// SplitMix64: tiny, seedable, and identical on every platform (unlike <random>'s distributions).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  double normal() {  // Box–Muller
    const double u1 = 1.0 - uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * uniform());
  }

 private:
  std::uint64_t state_;
};

struct Visitor {
  double arrival_s = 0;  // seconds after Bangkok midnight
  double service_s = 0;
  bool booked = false;   // came with an on-time booking (may still turn out late)
  int slot = 0;
};

double lognormal_seconds(Rng& rng, double mean_minutes, double cv) {
  const double sigma2 = std::log(1.0 + cv * cv);
  const double mu = std::log(mean_minutes * 60.0) - sigma2 / 2.0;
  return std::exp(mu + std::sqrt(sigma2) * rng.normal());
}

double walk_in_arrival(Rng& rng, const SimConfig& sim) {
  if (rng.uniform() < sim.walk_in_rush_share) return 60.0 * rng.uniform(sim.rush_start_minute, sim.rush_end_minute);
  return 60.0 * rng.uniform(sim.doors_open_minute, sim.last_arrival_minute);
}

int booked_visitors(const RulesConfig& rules, const SimConfig& sim) {
  const int wanted = static_cast<int>(std::lround(sim.booking_share * sim.citizens_per_day));
  const int bookings = std::min(wanted, daily_capacity(rules));
  return std::min(sim.citizens_per_day, static_cast<int>(std::lround(bookings * (1.0 - sim.no_show_rate))));
}

// One day's visitors. The same service times (common random numbers) are used in both scenarios, so the
// comparison shows the effect of the rules, not of luck.
std::vector<Visitor> make_day(const RulesConfig& rules, const SimConfig& sim, int day, bool with_bookings) {
  Rng service_rng(sim.seed * 1000003ull + static_cast<std::uint64_t>(day));
  Rng arrival_rng(sim.seed * 7919ull + static_cast<std::uint64_t>(day) * 2ull + (with_bookings ? 1 : 0));
  std::vector<Visitor> visitors(sim.citizens_per_day);
  const int booked = with_bookings ? booked_visitors(rules, sim) : 0;
  const int slots = static_cast<int>(rules.slots.size());
  for (int i = 0; i < sim.citizens_per_day; ++i) {
    Visitor& v = visitors[i];
    v.service_s = lognormal_seconds(service_rng, sim.mean_service_minutes, sim.service_cv);
    if (i < booked) {
      v.booked = true;
      v.slot = i % slots;  // bookings spread evenly over the day's slots
      const double start = rules.slots[v.slot].start_minute * 60.0;
      v.arrival_s = arrival_rng.uniform() < sim.late_rate
                        ? start + rules.no_show_grace_seconds + 60.0 * arrival_rng.uniform(1, 30)
                        : start + 60.0 * arrival_rng.uniform(-sim.booked_arrival_spread_minutes,
                                                             sim.booked_arrival_spread_minutes);
    } else {
      v.arrival_s = walk_in_arrival(arrival_rng, sim);
    }
  }
  std::stable_sort(visitors.begin(), visitors.end(),
                   [](const Visitor& a, const Visitor& b) { return a.arrival_s < b.arrival_s; });
  return visitors;
}

struct DayWaits {
  std::vector<double> all, booked, walk_in;  // minutes
  double finish_minute = 0;
};

// Runs the day through the real queue rules (core/queue.h) with whole-second instants.
void run_day(const RulesConfig& rules, const SimConfig& sim, const std::vector<Visitor>& visitors, Date day,
             DayWaits& out) {
  SectionQueue q = open_queue("sim", "sim", day, sim.counters);
  const UnixSeconds midnight = bkk_instant(day, 0);
  const UnixSeconds open = midnight + sim.doors_open_minute * 60;
  constexpr UnixSeconds kNever = std::numeric_limits<UnixSeconds>::max();
  std::map<std::string, size_t> visitor_of;  // ticket number -> visitor
  std::vector<UnixSeconds> busy_until(sim.counters + 1, kNever);
  std::vector<std::string> serving(sim.counters + 1);
  size_t next = 0;
  UnixSeconds now = midnight;
  for (;;) {
    for (; next < visitors.size() && midnight + std::llround(visitors[next].arrival_s) <= now; ++next) {
      const Visitor& v = visitors[next];
      auto joined = v.booked ? check_in_booked(q, rules, "b" + std::to_string(next), v.slot, now)
                             : issue_walk_in(q, now);
      if (!joined && joined.error() == ErrorCode::TooLate) joined = issue_walk_in(q, now);  // late: walk in
      visitor_of[joined.value().ticket] = next;
    }
    for (int c = 1; c <= sim.counters; ++c) {
      if (busy_until[c] <= now) {
        (void)finish(q, serving[c], now);
        busy_until[c] = kNever;
        out.finish_minute = std::max(out.finish_minute, (now - midnight) / 60.0);
      }
      if (busy_until[c] == kNever && now >= open && !q.line.empty()) {
        const std::string ticket = call_next(q, c, now).value().ticket;
        const size_t i = visitor_of.at(ticket);
        const Visitor& v = visitors[i];
        const double wait = (now - (midnight + std::llround(v.arrival_s))) / 60.0;
        out.all.push_back(wait);
        (find_ticket(q, ticket)->kind == TicketKind::Booked ? out.booked : out.walk_in).push_back(wait);
        serving[c] = ticket;
        busy_until[c] = now + std::max<UnixSeconds>(1, std::llround(v.service_s));
      }
    }
    UnixSeconds t = next < visitors.size() ? midnight + std::llround(visitors[next].arrival_s) : kNever;
    for (int c = 1; c <= sim.counters; ++c) t = std::min(t, busy_until[c]);
    if (now < open && !q.line.empty()) t = std::min(t, open);
    if (t == kNever) break;
    now = t;
  }
}

WaitStats stats_of(std::vector<double> waits) {
  WaitStats s;
  s.served = static_cast<int>(waits.size());
  if (waits.empty()) return s;
  std::sort(waits.begin(), waits.end());
  double sum = 0;
  for (double w : waits) sum += w;
  s.mean_minutes = sum / waits.size();
  // Nearest-rank 95th percentile.
  const size_t rank = static_cast<size_t>(std::ceil(0.95 * waits.size()));
  s.p95_minutes = waits[std::max<size_t>(rank, 1) - 1];
  s.max_minutes = waits.back();
  return s;
}

SimScenarioResult run_scenario(const RulesConfig& rules, const SimConfig& sim, bool with_bookings) {
  DayWaits all_days;
  double finish_sum = 0;
  const Date first{2027, 1, 4};  // the simulated day's date only names the queue; the calendar is not used
  for (int d = 0; d < sim.days; ++d) {
    DayWaits day;
    run_day(rules, sim, make_day(rules, sim, d, with_bookings), add_days(first, d), day);
    finish_sum += day.finish_minute;
    for (auto [from, to] : {std::pair{&day.all, &all_days.all}, std::pair{&day.booked, &all_days.booked},
                            std::pair{&day.walk_in, &all_days.walk_in}})
      to->insert(to->end(), from->begin(), from->end());
  }
  return {stats_of(all_days.all), stats_of(all_days.booked), stats_of(all_days.walk_in),
          sim.days > 0 ? finish_sum / sim.days : 0};
}

double reduction_pct(double before, double after) { return before > 0 ? (before - after) / before * 100.0 : 0; }

std::string num(double v, int decimals = 0) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string pct(double share) { return num(100.0 * share) + " %"; }

}  // namespace

SimResult simulate(const RulesConfig& rules, const SimConfig& sim) {
  SimResult r;
  r.walk_in_only = run_scenario(rules, sim, false);
  r.with_bookings = run_scenario(rules, sim, true);
  r.mean_reduction_pct = reduction_pct(r.walk_in_only.all.mean_minutes, r.with_bookings.all.mean_minutes);
  r.p95_reduction_pct = reduction_pct(r.walk_in_only.all.p95_minutes, r.with_bookings.all.p95_minutes);
  return r;
}

std::vector<std::string> describe_assumptions(const RulesConfig& rules, const SimConfig& sim) {
  const double capacity_per_day =
      sim.counters * (sim.last_arrival_minute - sim.doors_open_minute) / sim.mean_service_minutes;
  return {
      "seed " + std::to_string(sim.seed) + ", " + std::to_string(sim.days) + " simulated days, one office section, " +
          std::to_string(sim.counters) + " counters in both scenarios",
      "demand: " + std::to_string(sim.citizens_per_day) + " visitors a day in both scenarios (" +
          pct(sim.citizens_per_day / capacity_per_day) + " of the counters' capacity until the last arrival)",
      "service time: lognormal, mean " + num(sim.mean_service_minutes, 1) + " min, coefficient of variation " +
          num(sim.service_cv, 2) + " (the same draws in both scenarios)",
      "walk-ins: " + pct(sim.walk_in_rush_share) + " arrive in the morning rush " +
          format_clock(sim.rush_start_minute) + "-" + format_clock(sim.rush_end_minute) +
          ", the rest uniformly from " + format_clock(sim.doors_open_minute) + " to " +
          format_clock(sim.last_arrival_minute),
      "counters start at " + format_clock(sim.doors_open_minute) + "; nobody arrives after " +
          format_clock(sim.last_arrival_minute) + "; everyone in line is served",
      "bookings: " + pct(sim.booking_share) + " of visitors want one, " + std::to_string(daily_capacity(rules)) +
          " slots a day (" + std::to_string(rules.capacity_per_slot) + " per slot), spread evenly over the slots; " +
          std::to_string(booked_visitors(rules, sim)) + " booked visitors a day come",
      "no-shows: " + pct(sim.no_show_rate) + " of bookings (the slot goes unused; they are not among the visitors); " +
          pct(sim.late_rate) + " of booked arrive after slot start + " +
          std::to_string(rules.no_show_grace_seconds / 60) + " min and take a walk-in ticket",
      "on-time booked arrive uniformly within " + std::to_string(sim.booked_arrival_spread_minutes) +
          " min before or after slot start and go ahead of waiting walk-ins (behind earlier booked); "
          "waits run from arrival to being called",
  };
}

}  // namespace khiw
