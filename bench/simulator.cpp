// Walk-in only versus bookings + walk-ins versus bookings + remote walk-in tickets at one office section,
// same staffing and demand, through the real queue rules (core/queue.h). Prints the assumptions, the queue
// wait and the time spent in the hall (mean and 95th percentile), the reductions against walk-in only, and
// how they compare with the Bang Khae project's −60 % goal; then how the result moves when the assumptions
// change.
#include <cstdio>

#include "core/simulator.h"

namespace {

constexpr double kBangKhaeGoalPct = 60;

void print_stats(const char* label, const khiw::WaitStats& s) {
  std::printf("  %-30s served %6d  mean %6.1f min  p95 %6.1f min  max %6.1f min\n", label, s.served,
              s.mean_minutes, s.p95_minutes, s.max_minutes);
}

void print_clock(const char* label, double minute) {
  std::printf("  %-30s %02d:%02d\n", label, static_cast<int>(minute) / 60, static_cast<int>(minute) % 60);
}

// A reduction as "−62.0 % (x0.38)": the percentage and the scenario's figure over walk-in only's.
void print_reduction(double pct) { std::printf("  %+6.1f %% (x%.2f)", -pct, 1 - pct / 100); }

// `hall` is null for walk-in only itself.
void print_row(const char* label, const khiw::SimScenarioResult& s, const khiw::SimReduction* hall) {
  std::printf("  %-26s %7d  %6.1f %6.1f  %6.1f %6.1f", label, s.all.served, s.all.mean_minutes, s.all.p95_minutes,
              s.hall.mean_minutes, s.hall.p95_minutes);
  if (hall) {
    print_reduction(hall->mean_pct);
    print_reduction(hall->p95_pct);
  }
  std::printf("\n");
}

void print_table(const khiw::SimResult& r) {
  std::printf("\n  %-26s %7s  %-13s  %-13s  %s\n", "", "", "queue wait", "time in hall",
              "time in hall vs walk-in only");
  std::printf("  %-26s %7s  %6s %6s  %6s %6s  %-17s  %s\n", "scenario", "served", "mean", "p95", "mean", "p95",
              "  mean", "  p95");
  print_row("walk-in only", r.walk_in_only, nullptr);
  print_row("bookings + walk-ins", r.with_bookings, &r.bookings_hall);
  print_row("bookings + remote tickets", r.with_remote, &r.remote_hall);
  std::printf("  (minutes; queue wait: ticket taken -> called; time in the hall: reached the office -> called)\n");
}

void print_details(const khiw::SimResult& r) {
  std::printf("\nWalk-in only:\n");
  print_stats("everyone", r.walk_in_only.all);
  print_clock("last service ends (mean)", r.walk_in_only.mean_finish_minute);
  std::printf("Bookings + walk-ins:\n");
  print_stats("everyone", r.with_bookings.all);
  print_stats("booked (checked in)", r.with_bookings.booked);
  print_stats("walk-in (incl. late booked)", r.with_bookings.walk_in);
  print_clock("last service ends (mean)", r.with_bookings.mean_finish_minute);
  std::printf("Bookings + remote tickets:\n");
  print_stats("everyone, queue wait", r.with_remote.all);
  print_stats("everyone, time in the hall", r.with_remote.hall);
  print_stats("booked (checked in)", r.with_remote.booked);
  print_stats("walk-in in person", r.with_remote.walk_in);
  print_stats("remote ticket, queue wait", r.with_remote.remote);
  print_stats("remote ticket, time in hall", r.with_remote.remote_hall);
  std::printf("  %-30s %d of %d (came later than the grace after their turn)\n", "remote sent to the back",
              r.with_remote.remote_lost_place, r.with_remote.remote.served);
  print_clock("last service ends (mean)", r.with_remote.mean_finish_minute);
}

void print_goal(const khiw::SimResult& r) {
  std::printf("\nQueue wait, bookings + walk-ins vs walk-in only: mean %.1f %%, p95 %.1f %% shorter\n",
              r.mean_reduction_pct, r.p95_reduction_pct);
  std::printf("Queue wait, bookings + remote tickets vs walk-in only: mean %.1f %%, p95 %.1f %% shorter\n",
              r.remote_queue.mean_pct, r.remote_queue.p95_pct);
  std::printf("Time in the hall, bookings + remote tickets vs walk-in only: mean %.1f %%, p95 %.1f %% shorter\n",
              r.remote_hall.mean_pct, r.remote_hall.p95_pct);
  const auto verdict = [](double pct) { return pct >= kBangKhaeGoalPct ? "met" : "NOT met"; };
  std::printf("Bang Khae goal -%.0f %% (mean): bookings alone %s (queue wait), bookings + remote tickets %s (time "
              "in the hall) under these assumptions.\n",
              kBangKhaeGoalPct, verdict(r.mean_reduction_pct), verdict(r.remote_hall.mean_pct));
}

struct Variant {
  const char* label;
  khiw::RulesConfig rules;
  khiw::SimConfig sim;
};

void print_sensitivity(const khiw::RulesConfig& rules, const khiw::SimConfig& sim) {
  std::printf("\nSensitivity (one assumption changed at a time): mean time in the hall in minutes and its reduction\n"
              "vs walk-in only\n");
  std::printf("  %-30s %8s %9s %9s   %9s %9s\n", "", "walk-in", "bookings", "+remote", "bookings", "+remote");
  auto with = [&](const char* label, auto change) {
    Variant v{label, rules, sim};
    change(v.rules, v.sim);
    return v;
  };
  const Variant variants[] = {
      with("as above", [](auto&, auto&) {}),
      with("booking share 30 %", [](auto&, auto& s) { s.booking_share = 0.3; }),
      with("booking share 45 %", [](auto&, auto& s) { s.booking_share = 0.45; }),
      with("booked arrive within 5 min", [](auto&, auto& s) { s.booked_arrival_spread_minutes = 5; }),
      with("no morning rush", [](auto&, auto& s) { s.walk_in_rush_share = 0; }),
      with("morning rush 25 %", [](auto&, auto& s) { s.walk_in_rush_share = 0.25; }),
      with("demand 70 / day", [](auto&, auto& s) { s.citizens_per_day = 70; }),
      with("demand 40 / day", [](auto&, auto& s) { s.citizens_per_day = 40; }),
      with("no-shows 25 %", [](auto&, auto& s) { s.no_show_rate = 0.25; }),
      with("3 counters", [](auto&, auto& s) { s.counters = 3; }),
      with("8 per slot, 80 % book", [](auto& r, auto& s) {
        r.capacity_per_slot = 8;
        s.booking_share = 0.8;
      }),
      with("remote share 25 %", [](auto&, auto& s) { s.remote_share = 0.25; }),
      with("remote share 100 %", [](auto&, auto& s) { s.remote_share = 1; }),
      with("remote lead 15 min", [](auto&, auto& s) { s.remote_lead_minutes = 15; }),
      with("remote lead 60 min", [](auto&, auto& s) { s.remote_lead_minutes = 60; }),
      with("remote travel 40 min", [](auto&, auto& s) { s.remote_travel_minutes = 40; }),
      with("remote spread +/-25 min", [](auto&, auto& s) { s.remote_arrival_spread_minutes = 25; }),
  };
  for (const Variant& v : variants) {
    const khiw::SimResult x = khiw::simulate(v.rules, v.sim);
    std::printf("  %-30s %8.1f %9.1f %9.1f   %+7.1f %% %+7.1f %%\n", v.label, x.walk_in_only.hall.mean_minutes,
                x.with_bookings.hall.mean_minutes, x.with_remote.hall.mean_minutes, -x.bookings_hall.mean_pct,
                -x.remote_hall.mean_pct);
  }
}

}  // namespace

int main() {
  const khiw::RulesConfig rules;
  const khiw::SimConfig sim;
  std::printf("khiw simulator: one office section, walk-in only vs bookings + walk-ins vs bookings + remote "
              "walk-in tickets\n\nAssumptions:\n");
  for (const std::string& line : khiw::describe_assumptions(rules, sim)) std::printf("  - %s\n", line.c_str());

  const khiw::SimResult r = khiw::simulate(rules, sim);
  print_table(r);
  print_details(r);
  print_goal(r);
  print_sensitivity(rules, sim);
  return 0;
}
