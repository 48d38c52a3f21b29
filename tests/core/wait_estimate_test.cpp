#include "core/wait_estimate.h"

#include <gtest/gtest.h>

namespace khiw {
namespace {

TEST(WaitEstimate, DefaultBeforeAnyServiceHasFinished) {
  const RulesConfig config;
  EXPECT_EQ(estimate_wait_seconds(config, {}, 0, 2), 0);
  EXPECT_EQ(estimate_wait_seconds(config, {}, 6, 2), 3 * 600);  // 6 ahead × 10 min / 2 counters
  EXPECT_EQ(estimate_wait_seconds(config, {}, 3, 0), 3 * 600);  // closed counters count as one
}

TEST(WaitEstimate, LearnsTheMeanThenAMovingAverage) {
  RulesConfig config;
  config.service_time_window = 4;
  ServiceTimeStats s;
  s = record_service(config, s, 300);
  EXPECT_DOUBLE_EQ(mean_service_seconds(config, s), 300);
  s = record_service(config, s, 500);
  s = record_service(config, s, 400);
  EXPECT_DOUBLE_EQ(s.mean_seconds, 400);  // plain mean of the first three
  s = record_service(config, s, 800);
  EXPECT_DOUBLE_EQ(s.mean_seconds, 500);
  s = record_service(config, s, 900);  // now weighted 1/4: 500 + (900 − 500) / 4
  EXPECT_DOUBLE_EQ(s.mean_seconds, 600);
  EXPECT_EQ(s.samples, 4);
  EXPECT_EQ(estimate_wait_seconds(config, s, 5, 3), 1000);
  // Old data fades: after many 120 s services the mean is close to 120 s.
  for (int i = 0; i < 60; ++i) s = record_service(config, s, 120);
  EXPECT_NEAR(s.mean_seconds, 120, 1);
  EXPECT_EQ(service_time_stats_from_json(service_time_stats_to_json(s)), s);
  EXPECT_THROW(service_time_stats_from_json(R"({"mean_seconds":60,"samples":2})"), std::invalid_argument);
  EXPECT_THROW(service_time_stats_from_json(R"({"version":1,"mean_seconds":-1,"samples":2})"), std::invalid_argument);
}

}  // namespace
}  // namespace khiw
