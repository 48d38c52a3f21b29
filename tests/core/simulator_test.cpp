#include "core/simulator.h"

#include <gtest/gtest.h>

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

TEST(Simulator, AssumptionsAreStated) {
  const auto lines = describe_assumptions(RulesConfig{}, SimConfig{});
  ASSERT_GE(lines.size(), 6u);
  bool mentions_seed = false;
  for (const auto& l : lines) mentions_seed |= l.find("seed 2569") != std::string::npos;
  EXPECT_TRUE(mentions_seed);
}

}  // namespace
}  // namespace khiw
