#include "core/simulator.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace khiw {
namespace {

SimConfig small(std::uint64_t seed) {
  SimConfig s;
  s.seed = seed;
  s.days = 20;
  return s;
}

TEST(Simulator, SameSeedSameFiguresOtherSeedOtherFigures) {
  const RulesConfig rules;
  const SimResult a = simulate(rules, small(7));
  const SimResult b = simulate(rules, small(7));
  EXPECT_DOUBLE_EQ(a.walk_in_only.all.mean_minutes, b.walk_in_only.all.mean_minutes);
  EXPECT_DOUBLE_EQ(a.with_bookings.all.p95_minutes, b.with_bookings.all.p95_minutes);
  EXPECT_DOUBLE_EQ(a.with_remote.hall.mean_minutes, b.with_remote.hall.mean_minutes);
  EXPECT_DOUBLE_EQ(a.with_remote.remote.p95_minutes, b.with_remote.remote.p95_minutes);
  EXPECT_EQ(a.with_remote.remote_lost_place, b.with_remote.remote_lost_place);
  const SimResult c = simulate(rules, small(8));
  EXPECT_NE(a.walk_in_only.all.mean_minutes, c.walk_in_only.all.mean_minutes);
}

TEST(Simulator, EveryVisitorIsServedInBothScenarios) {
  const RulesConfig rules;
  const SimConfig sim = small(1);
  const SimResult r = simulate(rules, sim);
  EXPECT_EQ(r.walk_in_only.all.served, sim.days * sim.citizens_per_day);
  EXPECT_EQ(r.with_bookings.all.served, sim.days * sim.citizens_per_day);
  EXPECT_EQ(r.walk_in_only.booked.served, 0);
  EXPECT_GT(r.with_bookings.booked.served, 0);
  EXPECT_EQ(r.with_bookings.booked.served + r.with_bookings.walk_in.served, r.with_bookings.all.served);
  EXPECT_LE(r.with_bookings.all.mean_minutes, r.with_bookings.all.p95_minutes);
  EXPECT_LE(r.with_bookings.all.p95_minutes, r.with_bookings.all.max_minutes);
}

TEST(Simulator, BookingsSpreadTheMorningRushAndCutWaits) {
  const RulesConfig rules;
  const SimResult r = simulate(rules, small(3));
  EXPECT_GT(r.mean_reduction_pct, 0);
  EXPECT_LT(r.with_bookings.booked.mean_minutes, r.with_bookings.walk_in.mean_minutes);
  // Nobody books when there are no slots: the two scenarios coincide.
  RulesConfig no_slots;
  no_slots.capacity_per_slot = 0;
  const SimResult same = simulate(no_slots, small(3));
  EXPECT_EQ(same.with_bookings.booked.served, 0);
  EXPECT_NEAR(same.mean_reduction_pct, 0, 25);  // different arrival draws, same pattern
}

TEST(Simulator, EveryVisitorIsServedWithRemoteTicketsAndTheHallTimeIsCountedForAll) {
  const RulesConfig rules;
  const SimConfig sim = small(1);
  const SimScenarioResult r = simulate(rules, sim).with_remote;
  EXPECT_EQ(r.all.served, sim.days * sim.citizens_per_day);
  EXPECT_EQ(r.hall.served, r.all.served);
  EXPECT_GT(r.remote.served, 0);
  EXPECT_EQ(r.remote_hall.served, r.remote.served);
  EXPECT_EQ(r.booked.served + r.walk_in.served + r.remote.served, r.all.served);
  EXPECT_LE(r.remote_lost_place, r.remote.served);
}

TEST(Simulator, RemoteTicketsCutTheTimeInTheHallBelowTheQueueWait) {
  const RulesConfig rules;
  const SimResult r = simulate(rules, small(5));
  EXPECT_LT(r.with_remote.hall.mean_minutes, r.with_remote.all.mean_minutes);
  EXPECT_LT(r.with_remote.remote_hall.mean_minutes, r.with_remote.remote.mean_minutes);
  // Without remote tickets nobody takes a ticket before reaching the office.
  EXPECT_DOUBLE_EQ(r.with_bookings.hall.mean_minutes, r.with_bookings.all.mean_minutes);
  EXPECT_DOUBLE_EQ(r.walk_in_only.hall.p95_minutes, r.walk_in_only.all.p95_minutes);
}

TEST(Simulator, BookingsAndRemoteTicketsCutTheHallTimeOfWalkInOnlyForTheDefaults) {
  const SimResult r = simulate(RulesConfig{}, SimConfig{});
  EXPECT_LT(r.with_remote.hall.mean_minutes, r.walk_in_only.hall.mean_minutes);
  EXPECT_LT(r.with_remote.hall.mean_minutes, r.with_bookings.hall.mean_minutes);
  EXPECT_GT(r.remote_hall.mean_pct, r.bookings_hall.mean_pct);
}

TEST(Simulator, WithoutRemoteTakersTheRemoteScenarioIsTheBookingsOne) {
  SimConfig sim = small(4);
  sim.remote_share = 0;
  const SimResult r = simulate(RulesConfig{}, sim);
  EXPECT_EQ(r.with_remote.remote.served, 0);
  EXPECT_DOUBLE_EQ(r.with_remote.all.mean_minutes, r.with_bookings.all.mean_minutes);
  EXPECT_DOUBLE_EQ(r.with_remote.hall.p95_minutes, r.with_bookings.hall.p95_minutes);
}

bool same_plan(const std::vector<SimArrival>& a, const std::vector<SimArrival>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const SimArrival& x, const SimArrival& y) {
    return x.arrival_minute == y.arrival_minute && x.kind == y.kind && x.slot == y.slot &&
           x.service_seconds == y.service_seconds && x.no_show == y.no_show &&
           x.arrives_after_advice_minutes == y.arrives_after_advice_minutes;
  });
}

TEST(SimulatorPlan, IsSortedAndSeeded) {
  const RulesConfig rules;
  const SimConfig sim;
  const std::vector<SimArrival> plan = plan_day(rules, sim, 3, true);
  EXPECT_TRUE(std::is_sorted(plan.begin(), plan.end(), [](const SimArrival& a, const SimArrival& b) {
    return a.arrival_minute < b.arrival_minute;
  }));
  EXPECT_TRUE(same_plan(plan, plan_day(rules, sim, 3, true)));
  EXPECT_FALSE(same_plan(plan, plan_day(rules, sim, 4, true)));
  SimConfig other_seed = sim;
  other_seed.seed = sim.seed + 1;
  EXPECT_FALSE(same_plan(plan, plan_day(rules, other_seed, 3, true)));
}

TEST(SimulatorPlan, HoldsTheDaysVisitorsBookingsAndNoShows) {
  const RulesConfig rules;
  SimConfig sim;
  const std::vector<SimArrival> plan = plan_day(rules, sim, 0, true);
  int comes = 0, no_shows = 0, remote = 0;
  for (const SimArrival& a : plan) {
    no_shows += a.no_show;
    comes += !a.no_show;
    remote += a.kind == SimArrivalKind::Remote;
    EXPECT_EQ(a.kind == SimArrivalKind::Booked, a.slot >= 0);
    EXPECT_LT(a.slot, static_cast<int>(rules.slots.size()));
    EXPECT_TRUE(!a.no_show || a.kind == SimArrivalKind::Booked);
    EXPECT_EQ(a.no_show, a.service_seconds == 0);
    EXPECT_EQ(a.kind == SimArrivalKind::Remote, a.arrives_after_advice_minutes > 0);
  }
  EXPECT_EQ(comes, sim.citizens_per_day);
  EXPECT_GT(no_shows, 0);
  EXPECT_GT(remote, 0);

  sim.remote_share = 0;
  for (const SimArrival& a : plan_day(rules, sim, 0, false)) EXPECT_EQ(a.kind, SimArrivalKind::WalkIn);
  EXPECT_EQ(plan_day(rules, sim, 0, false).size(), static_cast<size_t>(sim.citizens_per_day));
}

TEST(Simulator, AssumptionsAreStated) {
  const auto lines = describe_assumptions(RulesConfig{}, SimConfig{});
  ASSERT_GE(lines.size(), 6u);
  bool mentions_seed = false;
  for (const auto& l : lines) mentions_seed |= l.find("seed 2569") != std::string::npos;
  EXPECT_TRUE(mentions_seed);
}

}  // namespace
}  // namespace khiw
