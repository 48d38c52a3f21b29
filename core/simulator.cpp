#include "core/simulator.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <numbers>

#include "core/queue.h"
#include "core/slots.h"
#include "core/wait_estimate.h"

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
  double arrival_s = 0;  // seconds after Bangkok midnight; remote: when the ticket is taken in the app
  double service_s = 0;
  bool booked = false;   // came with an on-time booking (may still turn out late)
  int slot = 0;
  bool remote = false;   // a walk-in who takes a remote ticket and comes when advised
  double after_advice_s = 0;  // remote: from "set off now" to reaching the office
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

int bookings_made(const RulesConfig& rules, const SimConfig& sim) {
  const int wanted = static_cast<int>(std::lround(sim.booking_share * sim.citizens_per_day));
  return std::min(wanted, daily_capacity(rules));
}

int booked_visitors(const RulesConfig& rules, const SimConfig& sim) {
  return std::min(sim.citizens_per_day,
                  static_cast<int>(std::lround(bookings_made(rules, sim) * (1.0 - sim.no_show_rate))));
}

// Which walk-ins take a remote ticket, from a generator of its own: the other draws stay those of the
// scenarios without remote tickets.
void choose_remote(const SimConfig& sim, int day, std::vector<Visitor>& visitors) {
  Rng remote_rng(sim.seed * 104729ull + static_cast<std::uint64_t>(day));
  const double spread = sim.remote_arrival_spread_minutes;
  for (Visitor& v : visitors) {
    if (v.booked || remote_rng.uniform() >= sim.remote_share) continue;
    v.remote = true;
    v.after_advice_s = 60.0 * std::max(0.0, sim.remote_travel_minutes + remote_rng.uniform(-spread, spread));
  }
}

// One day's visitors. The same service times (common random numbers) are used in every scenario, so the
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
  choose_remote(sim, day, visitors);
  std::stable_sort(visitors.begin(), visitors.end(),
                   [](const Visitor& a, const Visitor& b) { return a.arrival_s < b.arrival_s; });
  return visitors;
}

struct DayWaits {
  std::vector<double> all, booked, walk_in, remote;  // queue waits, minutes
  std::vector<double> hall, remote_hall;             // time in the hall, minutes
  int remote_lost_place = 0;  // remote holders sent to the back at check-in
  double finish_minute = 0;
};

constexpr UnixSeconds kNever = std::numeric_limits<UnixSeconds>::max();

// One citizen's day.
struct Trip {
  std::string ticket;              // empty until taken
  UnixSeconds ticket_at = 0;       // took the ticket: at the office, or in the app (remote)
  UnixSeconds at_office = kNever;  // reached the office; remote: known once the app says to set off
  bool checked_in = false;         // at the office with a ticket (remote: from reaching the office)
};

// Runs one day through the real queue rules (core/queue.h) with whole-second instants. Events are ticket
// times, arrivals at the office, the doors opening and counters finishing; after each, remote-ticket holders
// look at the estimate the app shows (core/wait_estimate.h, as the live counts compute it) and set off once
// it is under their lead time.
class DayRun {
 public:
  DayRun(const RulesConfig& rules, const SimConfig& sim, const std::vector<Visitor>& visitors, Date day,
         DayWaits& out)
      : rules_(rules),
        sim_(sim),
        visitors_(visitors),
        out_(out),
        q_(open_queue("sim", "sim", day, sim.counters)),
        midnight_(bkk_instant(day, 0)),
        open_(midnight_ + sim.doors_open_minute * 60),
        trips_(visitors.size()),
        busy_until_(q_.counters + 1, kNever),
        serving_(q_.counters + 1) {
    for (size_t i = 0; i < visitors.size(); ++i) {
      trips_[i].ticket_at = midnight_ + std::llround(visitors[i].arrival_s);
      if (!visitors[i].remote) trips_[i].at_office = trips_[i].ticket_at;
    }
  }

  void run() {
    for (UnixSeconds now = midnight_; now != kNever; now = next_event(now)) {
      take_tickets(now);
      check_in_arrivals(now);
      for (int c = 1; c <= q_.counters; ++c) serve(c, now);
      advise_remote(now);
    }
  }

 private:
  void take_tickets(UnixSeconds now) {
    for (; next_ < visitors_.size() && trips_[next_].ticket_at <= now; ++next_) {
      Trip& trip = trips_[next_];
      trip.ticket = take_ticket(visitors_[next_], next_, now);
      trip.checked_in = !visitors_[next_].remote;
      visitor_of_[trip.ticket] = next_;
    }
  }

  std::string take_ticket(const Visitor& v, size_t i, UnixSeconds now) {
    if (v.remote) return issue_remote_walk_in(q_, now).value().ticket;
    auto joined = v.booked ? check_in_booked(q_, rules_, std::to_string(i), v.slot, now) : issue_walk_in(q_, now);
    if (!joined && joined.error() == ErrorCode::TooLate) joined = issue_walk_in(q_, now);  // late: walk in
    return joined.value().ticket;
  }

  void check_in_arrivals(UnixSeconds now) {
    for (Trip& trip : trips_) {
      if (trip.checked_in || trip.at_office > now) continue;
      (void)check_in_remote(q_, rules_, trip.ticket, now).value();
      trip.checked_in = true;
      const Ticket& t = *find_ticket(q_, trip.ticket);
      if (t.joined_at != t.issued_at) ++out_.remote_lost_place;  // re-joined at the back
    }
  }

  void serve(int counter, UnixSeconds now) {
    if (busy_until_[counter] <= now) finish_service(counter, now);
    if (busy_until_[counter] != kNever || now < open_) return;
    const auto called = call_next(q_, counter, now);
    if (!called) return;  // nobody at the office is waiting
    const size_t i = visitor_of_.at(called->ticket);
    record_waits(find_ticket(q_, called->ticket)->kind, trips_[i], now);
    serving_[counter] = called->ticket;
    busy_until_[counter] = now + std::max<UnixSeconds>(1, std::llround(visitors_[i].service_s));
  }

  void finish_service(int counter, UnixSeconds now) {
    (void)finish(q_, serving_[counter], now).value();
    stats_ = record_service(rules_, stats_, static_cast<double>(now - find_ticket(q_, serving_[counter])->called_at));
    busy_until_[counter] = kNever;
    out_.finish_minute = std::max(out_.finish_minute, (now - midnight_) / 60.0);
  }

  void record_waits(TicketKind kind, const Trip& trip, UnixSeconds now) {
    const double queue_wait = (now - trip.ticket_at) / 60.0;
    const double hall = (now - trip.at_office) / 60.0;
    out_.all.push_back(queue_wait);
    out_.hall.push_back(hall);
    switch (kind) {
      case TicketKind::Booked: out_.booked.push_back(queue_wait); break;
      case TicketKind::WalkIn: out_.walk_in.push_back(queue_wait); break;
      case TicketKind::RemoteWalkIn:
        out_.remote.push_back(queue_wait);
        out_.remote_hall.push_back(hall);
        break;
    }
  }

  void advise_remote(UnixSeconds now) {
    const UnixSeconds lead = sim_.remote_lead_minutes * 60;
    for (size_t i = 0; i < next_; ++i) {
      Trip& trip = trips_[i];
      if (trip.at_office != kNever) continue;
      const int ahead = position_in_line(q_, trip.ticket).value() - 1;
      if (estimate_wait_seconds(rules_, stats_, ahead, q_.counters) <= lead)
        trip.at_office = now + std::llround(visitors_[i].after_advice_s);
    }
  }

  UnixSeconds next_event(UnixSeconds now) const {
    UnixSeconds t = next_ < trips_.size() ? trips_[next_].ticket_at : kNever;
    for (const Trip& trip : trips_)
      if (!trip.checked_in) t = std::min(t, trip.at_office);
    for (int c = 1; c <= q_.counters; ++c) t = std::min(t, busy_until_[c]);
    if (now < open_ && !q_.line.empty()) t = std::min(t, open_);
    return t;
  }

  const RulesConfig& rules_;
  const SimConfig& sim_;
  const std::vector<Visitor>& visitors_;
  DayWaits& out_;
  SectionQueue q_;
  const UnixSeconds midnight_;
  const UnixSeconds open_;
  std::vector<Trip> trips_;                    // one per visitor
  std::map<std::string, size_t> visitor_of_;   // ticket number -> visitor
  std::vector<UnixSeconds> busy_until_;        // per counter (1-based)
  std::vector<std::string> serving_;           // per counter (1-based)
  ServiceTimeStats stats_;                     // learned from today's finished services, as the live counts do
  size_t next_ = 0;                            // first visitor without a ticket yet
};

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
    const std::vector<Visitor> visitors = make_day(rules, sim, d, with_bookings);
    DayRun(rules, sim, visitors, add_days(first, d), day).run();
    finish_sum += day.finish_minute;
    all_days.remote_lost_place += day.remote_lost_place;
    for (auto [from, to] : {std::pair{&day.all, &all_days.all}, std::pair{&day.booked, &all_days.booked},
                            std::pair{&day.walk_in, &all_days.walk_in}, std::pair{&day.remote, &all_days.remote},
                            std::pair{&day.hall, &all_days.hall}, std::pair{&day.remote_hall, &all_days.remote_hall}})
      to->insert(to->end(), from->begin(), from->end());
  }
  SimScenarioResult r;
  r.all = stats_of(all_days.all);
  r.booked = stats_of(all_days.booked);
  r.walk_in = stats_of(all_days.walk_in);
  r.mean_finish_minute = sim.days > 0 ? finish_sum / sim.days : 0;
  r.hall = stats_of(all_days.hall);
  r.remote = stats_of(all_days.remote);
  r.remote_hall = stats_of(all_days.remote_hall);
  r.remote_lost_place = all_days.remote_lost_place;
  return r;
}

double reduction_pct(double before, double after) { return before > 0 ? (before - after) / before * 100.0 : 0; }

SimReduction reduction(const WaitStats& before, const WaitStats& after) {
  return {reduction_pct(before.mean_minutes, after.mean_minutes), reduction_pct(before.p95_minutes, after.p95_minutes)};
}

std::string num(double v, int decimals = 0) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string pct(double share) { return num(100.0 * share) + " %"; }

SimArrival arrival_of(const Visitor& v) {
  SimArrival a;
  a.arrival_minute = static_cast<int>(std::floor(v.arrival_s / 60.0));
  a.kind = v.booked ? SimArrivalKind::Booked : v.remote ? SimArrivalKind::Remote : SimArrivalKind::WalkIn;
  a.slot = v.booked ? v.slot : -1;
  a.service_seconds = v.service_s;
  a.arrives_after_advice_minutes = v.after_advice_s / 60.0;
  return a;
}

// The bookings whose holders never come, in the slots after those of the booked visitors.
std::vector<SimArrival> no_shows(const RulesConfig& rules, const SimConfig& sim) {
  std::vector<SimArrival> out;
  const int slots = static_cast<int>(rules.slots.size());
  for (int i = booked_visitors(rules, sim); i < bookings_made(rules, sim); ++i) {
    SimArrival a;
    a.kind = SimArrivalKind::Booked;
    a.slot = i % slots;
    a.arrival_minute = rules.slots[a.slot].start_minute;
    a.no_show = true;
    out.push_back(a);
  }
  return out;
}

}  // namespace

std::vector<SimArrival> plan_day(const RulesConfig& rules, const SimConfig& sim, int day_index, bool with_bookings) {
  std::vector<SimArrival> plan;
  for (const Visitor& v : make_day(rules, sim, day_index, with_bookings)) plan.push_back(arrival_of(v));
  if (with_bookings) {
    const std::vector<SimArrival> absent = no_shows(rules, sim);
    plan.insert(plan.end(), absent.begin(), absent.end());
  }
  std::stable_sort(plan.begin(), plan.end(),
                   [](const SimArrival& a, const SimArrival& b) { return a.arrival_minute < b.arrival_minute; });
  return plan;
}

SimResult simulate(const RulesConfig& rules, const SimConfig& sim) {
  SimResult r;
  SimConfig in_person = sim;
  in_person.remote_share = 0;
  r.walk_in_only = run_scenario(rules, in_person, false);
  r.with_bookings = run_scenario(rules, in_person, true);
  r.with_remote = run_scenario(rules, sim, true);
  r.mean_reduction_pct = reduction_pct(r.walk_in_only.all.mean_minutes, r.with_bookings.all.mean_minutes);
  r.p95_reduction_pct = reduction_pct(r.walk_in_only.all.p95_minutes, r.with_bookings.all.p95_minutes);
  r.bookings_hall = reduction(r.walk_in_only.hall, r.with_bookings.hall);
  r.remote_queue = reduction(r.walk_in_only.all, r.with_remote.all);
  r.remote_hall = reduction(r.walk_in_only.hall, r.with_remote.hall);
  return r;
}

std::vector<std::string> describe_assumptions(const RulesConfig& rules, const SimConfig& sim) {
  const double capacity_per_day =
      sim.counters * (sim.last_arrival_minute - sim.doors_open_minute) / sim.mean_service_minutes;
  return {
      "seed " + std::to_string(sim.seed) + ", " + std::to_string(sim.days) + " simulated days, one office section, " +
          std::to_string(sim.counters) + " counters in every scenario",
      "demand: " + std::to_string(sim.citizens_per_day) + " visitors a day in every scenario (" +
          pct(sim.citizens_per_day / capacity_per_day) + " of the counters' capacity until the last arrival)",
      "service time: lognormal, mean " + num(sim.mean_service_minutes, 1) + " min, coefficient of variation " +
          num(sim.service_cv, 2) + " (the same draws in every scenario)",
      "walk-ins: " + pct(sim.walk_in_rush_share) + " arrive in the morning rush " +
          format_clock(sim.rush_start_minute) + "-" + format_clock(sim.rush_end_minute) +
          ", the rest uniformly from " + format_clock(sim.doors_open_minute) + " to " +
          format_clock(sim.last_arrival_minute),
      "counters start at " + format_clock(sim.doors_open_minute) + "; nobody takes a ticket after " +
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
      "remote tickets (third scenario, with bookings): " + pct(sim.remote_share) +
          " of walk-ins take a ticket in the app when they would have walked in; it holds a place in line from then",
      "they watch the app's estimate (people ahead x mean of today's finished services / counters, " +
          num(rules.default_service_seconds / 60.0, 1) + " min before any) and set off when it is at most " +
          std::to_string(sim.remote_lead_minutes) + " min; they reach the office " +
          std::to_string(sim.remote_travel_minutes) + " min later, uniformly within +/-" +
          std::to_string(sim.remote_arrival_spread_minutes) + " min",
      "calls skip remote tickets still away; one that comes more than " +
          std::to_string(rules.no_show_grace_seconds / 60) + " min after its turn passed goes to the back",
      "queue wait: ticket taken -> called; time in the hall: reached the office -> called (the same for all but "
      "remote tickets)",
  };
}

}  // namespace khiw
