#include "core/queue.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "tests/core/queue_fixture.h"

namespace khiw {
namespace {

using testing::at_23_nov;
using testing::kRules;

using testing::monday_queue;

std::string number_of(Result<QueueEvent> e) {
  EXPECT_TRUE(e) << error_code_name(e.error());
  return e ? e->ticket : "";
}

TEST(Queue, NumbersBookingsAndWalkInsSeparately) {
  SectionQueue q = monday_queue();
  EXPECT_EQ(number_of(issue_walk_in(q, at_23_nov(8))), "W001");
  EXPECT_EQ(number_of(issue_walk_in(q, at_23_nov(8, 1))), "W002");
  EXPECT_EQ(number_of(check_in_booked(q, kRules, "bk-1", 0, at_23_nov(8, 2))), "A001");
  EXPECT_EQ(number_of(issue_remote_walk_in(q, at_23_nov(8, 3))), "W003");
  EXPECT_EQ(number_of(check_in_booked(q, kRules, "bk-2", 0, at_23_nov(8, 4))), "A002");
}

TEST(Queue, NumbersRestartEachDayAndAQueueRefusesOtherDays) {
  SectionQueue q = monday_queue();
  (void)issue_walk_in(q, at_23_nov(9));
  EXPECT_EQ(issue_walk_in(q, at_23_nov(0) + testing::kDay).error(), ErrorCode::WrongDay);
  EXPECT_EQ(issue_walk_in(q, at_23_nov(0) - 1).error(), ErrorCode::WrongDay);
  SectionQueue tuesday = open_queue("1040", "registration", {2026, 11, 24}, 1);
  EXPECT_EQ(number_of(issue_walk_in(tuesday, at_23_nov(8) + testing::kDay)), "W001");
}

TEST(Queue, OnTimeBookedGoRightAfterThoseBeingServedAheadOfWaitingWalkIns) {
  SectionQueue q = monday_queue(1);
  (void)issue_walk_in(q, at_23_nov(7, 50));  // W001
  (void)issue_walk_in(q, at_23_nov(7, 55));  // W002
  (void)issue_walk_in(q, at_23_nov(7, 58));  // W003
  EXPECT_EQ(number_of(call_next(q, 1, at_23_nov(8))), "W001");
  const auto a1 = check_in_booked(q, kRules, "bk-1", 0, at_23_nov(8, 5));
  ASSERT_TRUE(a1);
  EXPECT_EQ(a1->position, 1);
  const auto a2 = check_in_booked(q, kRules, "bk-2", 1, at_23_nov(8, 6));
  ASSERT_TRUE(a2);
  EXPECT_EQ(a2->position, 2);  // behind the earlier booked check-in, ahead of walk-ins
  EXPECT_EQ(q.line, (std::vector<std::string>{"A001", "A002", "W002", "W003"}));
  EXPECT_EQ(call_next(q, 1, at_23_nov(8, 7)).error(), ErrorCode::CounterBusy);
  (void)finish(q, "W001", at_23_nov(8, 10));
  EXPECT_EQ(number_of(call_next(q, 1, at_23_nov(8, 10))), "A001");
  EXPECT_EQ(position_in_line(q, "W002"), 2);
}

TEST(Queue, BookedCheckInBoundaryFifteenMinutesExactlyVersusOneSecondMore) {
  SectionQueue q = monday_queue();
  EXPECT_TRUE(check_in_booked(q, kRules, "on-time", 4, at_23_nov(13, 15, 0)));
  EXPECT_EQ(check_in_booked(q, kRules, "late", 4, at_23_nov(13, 15, 1)).error(), ErrorCode::TooLate);
  EXPECT_EQ(check_in_booked(q, kRules, "on-time", 4, at_23_nov(13, 1)).error(), ErrorCode::AlreadyCheckedIn);
  EXPECT_EQ(check_in_booked(q, kRules, "x", 6, at_23_nov(13)).error(), ErrorCode::InvalidSlot);
  EXPECT_EQ(q.next_booked, 2);  // the refusals took no number
}

TEST(Queue, RemoteWalkInHoldsAPlaceFromIssue) {
  SectionQueue q = monday_queue();
  (void)issue_walk_in(q, at_23_nov(7, 50));                                  // W001, at the office
  const auto issued = issue_remote_walk_in(q, at_23_nov(8));                 // W002, from the app
  ASSERT_TRUE(issued);
  EXPECT_EQ(issued->kind, QueueEventKind::Issued);
  EXPECT_EQ(issued->position, 2);
  (void)issue_walk_in(q, at_23_nov(8, 5));                                   // W003, behind the remote
  EXPECT_EQ(q.line, (std::vector<std::string>{"W001", "W002", "W003"}));
  EXPECT_EQ(find_ticket(q, "W002")->state, TicketState::Remote);
  EXPECT_EQ(remote_count(q), 1);
  const auto joined = check_in_remote(q, kRules, "W002", at_23_nov(9, 30));
  ASSERT_TRUE(joined);
  EXPECT_EQ(joined->position, 2);  // the place it held, ahead of W003
  EXPECT_EQ(remote_count(q), 0);
  EXPECT_EQ(check_in_remote(q, kRules, "W002", at_23_nov(9, 31)).error(), ErrorCode::AlreadyCheckedIn);
  EXPECT_EQ(check_in_remote(q, kRules, "W003", at_23_nov(9, 31)).error(), ErrorCode::TicketNotFound);
  EXPECT_EQ(check_in_remote(q, kRules, "W099", at_23_nov(9, 31)).error(), ErrorCode::TicketNotFound);
}

TEST(Queue, CallsSkipARemoteTicketStillAwayWhichMovesToTheFront) {
  SectionQueue q = monday_queue(2);
  (void)issue_remote_walk_in(q, at_23_nov(8));  // W001
  (void)issue_walk_in(q, at_23_nov(8, 1));      // W002
  (void)issue_walk_in(q, at_23_nov(8, 2));      // W003
  EXPECT_EQ(number_of(call_next(q, 1, at_23_nov(8, 10))), "W002");
  EXPECT_EQ(find_ticket(q, "W001")->passed_at, at_23_nov(8, 10));
  EXPECT_EQ(position_in_line(q, "W001"), 1);
  EXPECT_EQ(number_of(call_next(q, 2, at_23_nov(8, 12))), "W003");
  EXPECT_EQ(find_ticket(q, "W001")->passed_at, at_23_nov(8, 10));  // the first time its turn passed
  (void)finish(q, "W002", at_23_nov(8, 15));
  EXPECT_EQ(call_next(q, 1, at_23_nov(8, 15)).error(), ErrorCode::QueueEmpty);  // nobody here to call
  EXPECT_EQ(q.line, (std::vector<std::string>{"W001"}));
}

TEST(Queue, RemoteCheckInWithinTheGraceKeepsThePlaceOneSecondMoreGoesToTheBack) {
  for (const bool late : {false, true}) {
    SectionQueue q = monday_queue();
    (void)issue_remote_walk_in(q, at_23_nov(8));  // W001
    (void)issue_walk_in(q, at_23_nov(8, 1));      // W002
    (void)issue_walk_in(q, at_23_nov(8, 2));      // W003
    (void)call_next(q, 1, at_23_nov(8, 10));      // W002: W001's turn passes
    const UnixSeconds check_in = at_23_nov(8, 25) + (late ? 1 : 0);
    const auto joined = check_in_remote(q, kRules, "W001", check_in);
    ASSERT_TRUE(joined);
    EXPECT_EQ(joined->position, late ? 2 : 1) << late;
    EXPECT_EQ(find_ticket(q, "W001")->joined_at, late ? check_in : at_23_nov(8)) << late;
    (void)finish(q, "W002", check_in);
    EXPECT_EQ(number_of(call_next(q, 1, check_in)), late ? "W003" : "W001") << late;
  }
}

TEST(Queue, BookedCheckInsGoAheadOfRemoteHolders) {
  SectionQueue q = monday_queue();
  (void)issue_remote_walk_in(q, at_23_nov(7, 50));  // W001
  EXPECT_EQ(number_of(check_in_booked(q, kRules, "bk-1", 0, at_23_nov(7, 55))), "A001");
  EXPECT_EQ(q.line, (std::vector<std::string>{"A001", "W001"}));
}

TEST(Queue, ARemoteTicketCanBeMarkedNoShowAndLeavesTheLine) {
  SectionQueue q = monday_queue();
  (void)issue_remote_walk_in(q, at_23_nov(8));  // W001
  (void)issue_walk_in(q, at_23_nov(8, 1));      // W002
  ASSERT_TRUE(mark_no_show(q, "W001", at_23_nov(9)));
  EXPECT_EQ(find_ticket(q, "W001")->state, TicketState::NoShow);
  EXPECT_EQ(q.line, (std::vector<std::string>{"W002"}));
  EXPECT_EQ(position_in_line(q, "W002"), 1);
  EXPECT_EQ(check_in_remote(q, kRules, "W001", at_23_nov(9, 1)).error(), ErrorCode::AlreadyCheckedIn);
}

TEST(Queue, CountersFinishAndNoShows) {
  SectionQueue q = monday_queue(2);
  EXPECT_EQ(call_next(q, 1, at_23_nov(8)).error(), ErrorCode::QueueEmpty);
  EXPECT_EQ(call_next(q, 3, at_23_nov(8)).error(), ErrorCode::InvalidCounter);
  EXPECT_EQ(call_next(q, 0, at_23_nov(8)).error(), ErrorCode::InvalidCounter);
  (void)issue_walk_in(q, at_23_nov(8));
  (void)issue_walk_in(q, at_23_nov(8));
  (void)issue_walk_in(q, at_23_nov(8));
  EXPECT_EQ(call_next(q, 2, at_23_nov(8, 1))->counter, 2);
  EXPECT_EQ(number_of(call_next(q, 1, at_23_nov(8, 1))), "W002");
  EXPECT_EQ(serving_count(q), 2);
  EXPECT_EQ(finish(q, "W003", at_23_nov(8, 2)).error(), ErrorCode::IllegalTransition);  // still waiting
  EXPECT_TRUE(mark_no_show(q, "W003", at_23_nov(8, 2)));                                  // left the line
  EXPECT_TRUE(q.line.empty());
  EXPECT_TRUE(mark_no_show(q, "W001", at_23_nov(8, 3)));  // called, never came to counter 2
  EXPECT_EQ(serving_count(q), 1);
  EXPECT_EQ(mark_no_show(q, "W001", at_23_nov(8, 4)).error(), ErrorCode::IllegalTransition);
  EXPECT_TRUE(finish(q, "W002", at_23_nov(8, 10)));
  EXPECT_EQ(find_ticket(q, "W002")->state, TicketState::Done);
  EXPECT_EQ(finish(q, "W404", at_23_nov(8, 10)).error(), ErrorCode::TicketNotFound);
}

TEST(Queue, JsonRoundTripsAndRejectsInconsistentLines) {
  SectionQueue q = monday_queue(2);
  (void)issue_walk_in(q, at_23_nov(8));
  (void)issue_remote_walk_in(q, at_23_nov(8));
  (void)check_in_booked(q, kRules, "bk-1", 0, at_23_nov(8, 1));
  (void)call_next(q, 1, at_23_nov(8, 2));
  EXPECT_EQ(queue_from_json(queue_to_json(q)), q);
  std::string bad = queue_to_json(q);
  bad.replace(bad.find("\"line\":[\"W001\""), 14, "\"line\":[\"A001\"");
  EXPECT_THROW(queue_from_json(bad), std::invalid_argument);
  EXPECT_THROW(queue_from_json(R"({"version":1})"), std::invalid_argument);
  const QueueEvent called = call_next(q, 2, at_23_nov(8, 3)).value();
  (void)issue_walk_in(q, at_23_nov(8, 4));  // W003, behind the remote W002
  (void)finish(q, "A001", at_23_nov(8, 5));
  EXPECT_EQ(number_of(call_next(q, 1, at_23_nov(8, 5))), "W003");
  ASSERT_EQ(find_ticket(q, "W002")->passed_at, at_23_nov(8, 5));
  EXPECT_EQ(queue_from_json(queue_to_json(q)), q);
  EXPECT_EQ(called.kind, QueueEventKind::Called);
  EXPECT_NE(queue_event_to_json(called).find("\"called\""), std::string::npos);
  EXPECT_EQ(queue_event_from_json(queue_event_to_json(called)), called);
  EXPECT_THROW(queue_event_from_json(R"({"version":1,"kind":"teleported","ticket":"W001","counter":0,)"
                                     R"("position":0,"at":0})"),
               std::invalid_argument);
  std::string no_counters = queue_to_json(q);
  no_counters.replace(no_counters.find("\"counters\":2"), 12, "\"counters\":0");
  EXPECT_THROW(queue_from_json(no_counters), std::invalid_argument);
}

// Before held places a queue document had no "passed_at" and kept remote tickets out of the line.
TEST(Queue, ReadsDocumentsFromBeforeHeldPlaces) {
  const std::string old = R"({"version":1,"office_code":"1040","section_id":"registration","day":"2026-11-23",)"
                          R"("counters":1,"next_booked":1,"next_walk_in":3,"line":["W002"],"tickets":[)"
                          R"({"number":"W001","kind":"remote_walk_in","state":"remote","booking_id":"",)"
                          R"("issued_at":0,"joined_at":0,"called_at":0,"finished_at":0,"counter":0},)"
                          R"({"number":"W002","kind":"walk_in","state":"waiting","booking_id":"",)"
                          R"("issued_at":0,"joined_at":0,"called_at":0,"finished_at":0,"counter":0}]})";
  SectionQueue q = queue_from_json(old);
  EXPECT_EQ(find_ticket(q, "W001")->passed_at, 0);
  EXPECT_EQ(position_in_line(q, "W001"), std::nullopt);
  const auto joined = check_in_remote(q, kRules, "W001", at_23_nov(9));
  ASSERT_TRUE(joined);
  EXPECT_EQ(joined->position, 2);  // it held no place: the back of the line
}

// Property: whatever happens, the line is exactly what the rules say: booked check-ins in check-in order,
// then walk-ins and remote tickets in issue order (a remote checking in later than the grace after its turn
// passed goes to the back); each call takes the first one present; no counter serves two people.
TEST(QueueProperty, RandomOperationSequencesKeepTheOrder) {
  std::mt19937 rng(20261123);
  for (int run = 0; run < 300; ++run) {
    const int counters = 1 + static_cast<int>(rng() % 3);
    SectionQueue q = monday_queue(counters);
    std::vector<std::string> model;  // expected line
    std::vector<std::string> remote_pending;     // issued, not checked in
    std::map<std::string, UnixSeconds> passed;  // remote -> when a call first skipped it
    std::set<std::string> serving;
    int booked = 0;
    UnixSeconds now = at_23_nov(7, 30);
    for (int step = 0; step < 120; ++step) {
      now += rng() % 240;
      const auto model_booked_end = std::find_if(model.begin(), model.end(), [](auto& n) { return n[0] != 'A'; });
      switch (rng() % 7) {
        case 0:
          model.push_back(number_of(issue_walk_in(q, now)));
          break;
        case 1:
          remote_pending.push_back(number_of(issue_remote_walk_in(q, now)));
          model.push_back(remote_pending.back());
          break;
        case 2:
          if (!remote_pending.empty()) {
            const size_t i = rng() % remote_pending.size();
            const std::string n = remote_pending[i];
            ASSERT_TRUE(check_in_remote(q, kRules, n, now));
            if (passed.contains(n) && now > passed[n] + 15 * 60) {
              model.erase(std::find(model.begin(), model.end(), n));
              model.push_back(n);
            }
            remote_pending.erase(remote_pending.begin() + i);
          }
          break;
        case 3: {
          const int slot = static_cast<int>(rng() % kRules.slots.size());
          const auto r = check_in_booked(q, kRules, "bk-" + std::to_string(booked++), slot, now);
          const bool on_time = now <= at_23_nov(0) + kRules.slots[slot].start_minute * 60 + 15 * 60;
          ASSERT_EQ(r.ok(), on_time);
          if (r) model.insert(model_booked_end, r->ticket);
          break;
        }
        case 4: {
          const int c = 1 + static_cast<int>(rng() % counters);
          const auto r = call_next(q, c, now);
          const bool busy = std::any_of(serving.begin(), serving.end(),
                                        [&](auto& n) { return find_ticket(q, n)->counter == c; });
          const auto away = [&](const std::string& n) {
            return std::find(remote_pending.begin(), remote_pending.end(), n) != remote_pending.end();
          };
          const auto here = std::find_if_not(model.begin(), model.end(), away);
          if (busy) {
            ASSERT_EQ(r.error(), ErrorCode::CounterBusy);
          } else if (here == model.end()) {
            ASSERT_EQ(r.error(), ErrorCode::QueueEmpty);
          } else {
            ASSERT_TRUE(r);
            ASSERT_EQ(r->ticket, *here);
            for (auto skipped = model.begin(); skipped != here; ++skipped) passed.try_emplace(*skipped, now);
            serving.insert(*here);
            model.erase(here);
          }
          break;
        }
        case 5:
          if (!serving.empty()) {
            const auto it = std::next(serving.begin(), rng() % serving.size());
            ASSERT_TRUE(finish(q, *it, now));
            serving.erase(it);
          }
          break;
        case 6:
          if (!model.empty() && rng() % 3 == 0) {
            const size_t i = rng() % model.size();
            ASSERT_TRUE(mark_no_show(q, model[i], now));
            std::erase(remote_pending, model[i]);
            model.erase(model.begin() + i);
          }
          break;
      }
      ASSERT_EQ(q.line, model) << "run " << run << " step " << step;
      ASSERT_LE(serving_count(q), counters);
      std::set<int> busy_counters;
      for (const Ticket& t : q.tickets) {
        if (t.state == TicketState::Serving) ASSERT_TRUE(busy_counters.insert(t.counter).second);
        const bool in_line = t.state == TicketState::Waiting || t.state == TicketState::Remote;
        ASSERT_EQ(in_line, position_in_line(q, t.number).has_value());
        ASSERT_EQ(t.passed_at != 0, passed.contains(t.number));
      }
      // Booked before walk-ins; each part in the order its people joined.
      for (size_t i = 1; i < q.line.size(); ++i) {
        const Ticket* a = find_ticket(q, q.line[i - 1]);
        const Ticket* b = find_ticket(q, q.line[i]);
        ASSERT_FALSE(a->kind != TicketKind::Booked && b->kind == TicketKind::Booked);
        if ((a->kind == TicketKind::Booked) == (b->kind == TicketKind::Booked)) ASSERT_LE(a->joined_at, b->joined_at);
      }
    }
  }
}

}  // namespace
}  // namespace khiw
