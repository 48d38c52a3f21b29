// Priority citizens (elderly, disabled, pregnant) at call_next: served promptly, never starving the line.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "core/queue.h"
#include "tests/core/queue_fixture.h"

namespace khiw {
namespace {

using testing::at_23_nov;
using testing::kRules;

using testing::monday_queue;

// Calls and finishes at counter 1, returning who was called.
std::vector<std::string> serve_all(SectionQueue& q, UnixSeconds now) {
  std::vector<std::string> order;
  for (auto called = call_next(q, 1, now); called; called = call_next(q, 1, now)) {
    order.push_back(called->ticket);
    EXPECT_TRUE(finish(q, called->ticket, now));
  }
  return order;
}

TEST(QueuePriority, APriorityCitizenGoesAheadButNeverTwiceRunningWhileRegularOnesWait) {
  SectionQueue q = monday_queue();
  (void)issue_walk_in(q, at_23_nov(8));                     // W001
  (void)issue_walk_in(q, at_23_nov(8));                     // W002
  (void)issue_walk_in(q, at_23_nov(8), Priority::Elderly);  // W003
  (void)issue_walk_in(q, at_23_nov(8), Priority::Pregnancy);  // W004
  (void)issue_walk_in(q, at_23_nov(8), Priority::Disability); // W005
  EXPECT_EQ(serve_all(q, at_23_nov(8, 5)),
            (std::vector<std::string>{"W003", "W001", "W004", "W002", "W005"}));
}

TEST(QueuePriority, OneKindAloneIsServedInLineOrder) {
  SectionQueue q = monday_queue();
  (void)issue_walk_in(q, at_23_nov(8), Priority::Elderly);  // W001
  (void)issue_walk_in(q, at_23_nov(8), Priority::Elderly);  // W002
  (void)issue_walk_in(q, at_23_nov(8), Priority::Pregnancy);  // W003
  EXPECT_EQ(serve_all(q, at_23_nov(8, 5)), (std::vector<std::string>{"W001", "W002", "W003"}));
  EXPECT_FALSE(q.regular_owed_next_call);
}

TEST(QueuePriority, APriorityCitizenAtTheFrontStillCountsAsTheirTurn) {
  SectionQueue q = monday_queue();
  (void)issue_walk_in(q, at_23_nov(8), Priority::Elderly);  // W001
  (void)issue_walk_in(q, at_23_nov(8), Priority::Elderly);  // W002
  (void)issue_walk_in(q, at_23_nov(8));                     // W003
  EXPECT_EQ(serve_all(q, at_23_nov(8, 5)), (std::vector<std::string>{"W001", "W003", "W002"}));
}

TEST(QueuePriority, BookedCheckInsKeepTheirPlaceAmongRegularCitizens) {
  SectionQueue q = monday_queue();
  (void)issue_walk_in(q, at_23_nov(8));                                                   // W001
  (void)issue_walk_in(q, at_23_nov(8), Priority::Disability);                             // W002
  ASSERT_TRUE(check_in_booked(q, kRules, "bk-1", 0, at_23_nov(8, 1)));                   // A001
  ASSERT_TRUE(check_in_booked(q, kRules, "bk-2", 0, at_23_nov(8, 1), Priority::Elderly));  // A002
  EXPECT_EQ(q.line, (std::vector<std::string>{"A001", "A002", "W001", "W002"}));
  EXPECT_EQ(serve_all(q, at_23_nov(8, 5)), (std::vector<std::string>{"A002", "A001", "W002", "W001"}));
}

TEST(QueuePriority, StaffSetItAtARemoteCheckIn) {
  SectionQueue q = monday_queue();
  (void)issue_remote_walk_in(q, at_23_nov(8));  // W001
  (void)issue_walk_in(q, at_23_nov(8));         // W002
  (void)issue_walk_in(q, at_23_nov(8));         // W003
  (void)issue_remote_walk_in(q, at_23_nov(8));  // W004
  ASSERT_TRUE(check_in_remote(q, kRules, "W004", at_23_nov(8, 1), Priority::Pregnancy));
  EXPECT_EQ(find_ticket(q, "W004")->priority, Priority::Pregnancy);
  const auto called = call_next(q, 1, at_23_nov(8, 2));
  ASSERT_TRUE(called);
  EXPECT_EQ(called->ticket, "W004");
}

// Property, over many seeds: random issues, check-ins (with random priorities), calls and finishes.
// - no two calls in a row take a priority citizen while a regular citizen was waiting at both;
// - each call takes the first citizen here of its kind (priority or regular) in line: line order holds
//   within each kind;
// - when calls continue, everyone waiting is called.
TEST(QueuePriorityProperty, PromptForPriorityAndNobodyStarves) {
  for (std::uint32_t seed = 1; seed <= 400; ++seed) {
    std::mt19937 rng(seed);
    const int counters = 1 + static_cast<int>(rng() % 3);
    SectionQueue q = monday_queue(counters);
    const auto random_priority = [&] {
      return rng() % 3 == 0 ? static_cast<Priority>(1 + rng() % 3) : Priority::None;
    };
    const auto here = [&](const std::string& n, bool priority) {
      const Ticket* t = find_ticket(q, n);
      return t->state == TicketState::Waiting && (t->priority != Priority::None) == priority;
    };
    const auto waiting = [&](bool priority) {
      return std::any_of(q.line.begin(), q.line.end(), [&](const std::string& n) { return here(n, priority); });
    };
    std::vector<std::string> remote;
    bool last_was_priority_over_regular = false;
    int booked = 0;
    UnixSeconds now = at_23_nov(7, 30);
    for (int step = 0; step < 150; ++step) {
      now += rng() % 200;
      switch (rng() % 6) {
        case 0:
          ASSERT_TRUE(issue_walk_in(q, now, random_priority()));
          break;
        case 1:
          remote.push_back(issue_remote_walk_in(q, now)->ticket);
          break;
        case 2:
          if (!remote.empty()) {
            const size_t i = rng() % remote.size();
            ASSERT_TRUE(check_in_remote(q, kRules, remote[i], now, random_priority()));
            remote.erase(remote.begin() + static_cast<long>(i));
          } else {
            (void)check_in_booked(q, kRules, "bk-" + std::to_string(booked++), static_cast<int>(rng() % 6), now,
                                  random_priority());  // a late one is refused, which is fine here
          }
          break;
        case 3:
        case 4: {
          const bool regular_waits = waiting(false);
          const std::vector<std::string> line_before = q.line;
          const auto called = call_next(q, 1 + static_cast<int>(rng() % counters), now);
          if (!called) break;
          const bool priority = find_ticket(q, called->ticket)->priority != Priority::None;
          ASSERT_FALSE(priority && regular_waits && last_was_priority_over_regular)
              << "seed " << seed << " step " << step;
          last_was_priority_over_regular = priority && regular_waits;
          const auto first_of_kind = std::find_if(line_before.begin(), line_before.end(), [&](const std::string& n) {
            const Ticket* t = find_ticket(q, n);
            return n == called->ticket ||
                   (t->state == TicketState::Waiting && (t->priority != Priority::None) == priority);
          });
          ASSERT_EQ(*first_of_kind, called->ticket) << "seed " << seed << " step " << step;
          break;
        }
        case 5: {
          std::vector<std::string> serving;
          for (const Ticket& t : q.tickets)
            if (t.state == TicketState::Serving) serving.push_back(t.number);
          if (!serving.empty()) ASSERT_TRUE(finish(q, serving[rng() % serving.size()], now));
          break;
        }
      }
    }
    // Everyone arrives and the counters keep calling: the line empties and nobody is left waiting.
    for (const std::string& n : remote) ASSERT_TRUE(check_in_remote(q, kRules, n, now));
    for (const Ticket& t : q.tickets)
      if (t.state == TicketState::Serving) ASSERT_TRUE(finish(q, t.number, now));
    const size_t in_line = q.line.size();
    EXPECT_EQ(serve_all(q, now).size(), in_line) << "seed " << seed;
    EXPECT_TRUE(q.line.empty());
    for (const Ticket& t : q.tickets) ASSERT_EQ(t.state, TicketState::Done) << "seed " << seed << " " << t.number;
  }
}

}  // namespace
}  // namespace khiw
