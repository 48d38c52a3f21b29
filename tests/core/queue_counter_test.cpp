// Staff moves at the counter: pause/resume, calling a chosen ticket, recall, return to the line,
// transfer to another section, office-wide numbering, and the queue document with these fields.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/queue.h"
#include "tests/core/reference_data.h"

namespace khiw {
namespace {

using testing::at_23_nov;
using testing::kRules;
using testing::kMonday;

SectionQueue section(const char* id, int counters = 2) { return open_queue("1040", id, kMonday, counters); }

std::string number_of(const Result<QueueEvent>& e) {
  EXPECT_TRUE(e) << error_code_name(e.error());
  return e ? e->ticket : "";
}

TEST(QueueCounter, APausedCounterIsNotCalledToUntilItResumes) {
  SectionQueue q = section("registration");
  (void)issue_walk_in(q, at_23_nov(8));  // W001
  (void)issue_walk_in(q, at_23_nov(8));  // W002
  const auto paused = pause_counter(q, 2, "  พักกลางวัน ", at_23_nov(8, 1));
  ASSERT_TRUE(paused);
  EXPECT_EQ(paused->kind, QueueEventKind::Paused);
  EXPECT_EQ(paused->reason, "พักกลางวัน");  // trimmed
  ASSERT_NE(find_paused(q, 2), nullptr);
  EXPECT_EQ(find_paused(q, 2)->since, at_23_nov(8, 1));
  EXPECT_EQ(call_next(q, 2, at_23_nov(8, 2)).error(), ErrorCode::CounterPaused);
  EXPECT_EQ(call_ticket(q, 2, "W002", at_23_nov(8, 2)).error(), ErrorCode::CounterPaused);
  EXPECT_EQ(pause_counter(q, 2, "again", at_23_nov(8, 2)).error(), ErrorCode::CounterPaused);
  EXPECT_EQ(number_of(call_next(q, 1, at_23_nov(8, 2))), "W001");
  EXPECT_EQ(resume_counter(q, 1, at_23_nov(8, 3)).error(), ErrorCode::CounterNotPaused);
  ASSERT_TRUE(resume_counter(q, 2, at_23_nov(8, 3)));
  EXPECT_TRUE(q.paused.empty());
  EXPECT_EQ(number_of(call_next(q, 2, at_23_nov(8, 4))), "W002");
}

TEST(QueueCounter, PauseNeedsARealCounterAndAReasonOfOneToTwoHundredCharacters) {
  SectionQueue q = section("registration");
  EXPECT_EQ(pause_counter(q, 3, "break", at_23_nov(8)).error(), ErrorCode::InvalidCounter);
  EXPECT_EQ(pause_counter(q, 0, "break", at_23_nov(8)).error(), ErrorCode::InvalidCounter);
  EXPECT_EQ(resume_counter(q, 3, at_23_nov(8)).error(), ErrorCode::InvalidCounter);
  EXPECT_EQ(pause_counter(q, 1, "", at_23_nov(8)).error(), ErrorCode::InvalidReason);
  EXPECT_EQ(pause_counter(q, 1, " \u00A0 ", at_23_nov(8)).error(), ErrorCode::InvalidReason);
  std::string thai_200;
  for (int i = 0; i < 200; ++i) thai_200 += "ก";  // 200 characters, 600 bytes
  EXPECT_EQ(pause_counter(q, 1, thai_200 + "ก", at_23_nov(8)).error(), ErrorCode::InvalidReason);
  EXPECT_TRUE(pause_counter(q, 1, thai_200, at_23_nov(8)));
  EXPECT_EQ(pause_counter(q, 2, "break", at_23_nov(8) + testing::kDay).error(), ErrorCode::WrongDay);
}

TEST(QueueCounter, StaffCallAChosenWaitingTicket) {
  SectionQueue q = section("registration");
  (void)issue_walk_in(q, at_23_nov(8));         // W001
  (void)issue_remote_walk_in(q, at_23_nov(8));  // W002, away
  (void)issue_walk_in(q, at_23_nov(8));         // W003
  EXPECT_EQ(call_ticket(q, 1, "W002", at_23_nov(8, 1)).error(), ErrorCode::NotCheckedIn);
  EXPECT_EQ(call_ticket(q, 1, "W404", at_23_nov(8, 1)).error(), ErrorCode::TicketNotFound);
  EXPECT_EQ(call_ticket(q, 3, "W003", at_23_nov(8, 1)).error(), ErrorCode::InvalidCounter);
  const auto called = call_ticket(q, 1, "W003", at_23_nov(8, 1));
  ASSERT_TRUE(called);
  EXPECT_EQ(called->kind, QueueEventKind::Called);
  EXPECT_EQ(called->counter, 1);
  EXPECT_EQ(find_ticket(q, "W003")->state, TicketState::Serving);
  EXPECT_EQ(q.line, (std::vector<std::string>{"W001", "W002"}));
  EXPECT_EQ(find_ticket(q, "W002")->passed_at, 0);  // a chosen call passes nobody's turn
  EXPECT_EQ(call_ticket(q, 1, "W001", at_23_nov(8, 2)).error(), ErrorCode::CounterBusy);
  EXPECT_EQ(call_ticket(q, 2, "W003", at_23_nov(8, 2)).error(), ErrorCode::IllegalTransition);  // already at 1
}

TEST(QueueCounter, RecallOnlyTheTicketServedAtThatCounter) {
  SectionQueue q = section("registration");
  (void)issue_walk_in(q, at_23_nov(8));  // W001
  (void)issue_walk_in(q, at_23_nov(8));  // W002
  (void)call_next(q, 2, at_23_nov(8, 1));
  const auto recalled = recall(q, 2, "W001", at_23_nov(8, 3));
  ASSERT_TRUE(recalled);
  EXPECT_EQ(recalled->kind, QueueEventKind::Recalled);
  EXPECT_EQ(recalled->counter, 2);
  EXPECT_EQ(recalled->at, at_23_nov(8, 3));
  EXPECT_EQ(recall(q, 1, "W001", at_23_nov(8, 3)).error(), ErrorCode::NotServingHere);
  EXPECT_EQ(recall(q, 2, "W002", at_23_nov(8, 3)).error(), ErrorCode::NotServingHere);  // waiting
  EXPECT_EQ(recall(q, 2, "W404", at_23_nov(8, 3)).error(), ErrorCode::TicketNotFound);
  EXPECT_EQ(recall(q, 5, "W001", at_23_nov(8, 3)).error(), ErrorCode::InvalidCounter);
  EXPECT_EQ(find_ticket(q, "W001")->recalled_at, at_23_nov(8, 3));  // what the board repeats
  EXPECT_EQ(find_ticket(q, "W001")->recalls, 1);
  EXPECT_EQ(queue_from_json(queue_to_json(q)), q);
}

TEST(QueueCounter, ANewCallForgetsTheRecallsOfTheLastOne) {
  SectionQueue q = section("registration", 1);
  (void)issue_walk_in(q, at_23_nov(8));  // W001
  (void)call_next(q, 1, at_23_nov(8, 1));
  (void)recall(q, 1, "W001", at_23_nov(8, 2));
  (void)return_to_line(q, "W001", at_23_nov(8, 3));
  (void)call_next(q, 1, at_23_nov(8, 4));
  EXPECT_EQ(find_ticket(q, "W001")->called_at, at_23_nov(8, 4));
  EXPECT_EQ(find_ticket(q, "W001")->recalled_at, 0);
  EXPECT_EQ(find_ticket(q, "W001")->recalls, 0);
}

TEST(QueueCounter, AReturnedTicketIsAtTheFrontAndItsCounterFree) {
  SectionQueue q = section("registration", 1);
  (void)issue_walk_in(q, at_23_nov(8));  // W001
  (void)issue_walk_in(q, at_23_nov(8));  // W002
  (void)call_next(q, 1, at_23_nov(8, 1));
  const auto returned = return_to_line(q, "W001", at_23_nov(8, 5));
  ASSERT_TRUE(returned);
  EXPECT_EQ(returned->kind, QueueEventKind::Returned);
  EXPECT_EQ(returned->counter, 1);  // the counter it left
  EXPECT_EQ(returned->position, 1);
  EXPECT_EQ(q.line, (std::vector<std::string>{"W001", "W002"}));
  EXPECT_EQ(find_ticket(q, "W001")->state, TicketState::Waiting);
  EXPECT_EQ(serving_count(q), 0);
  EXPECT_EQ(return_to_line(q, "W001", at_23_nov(8, 6)).error(), ErrorCode::IllegalTransition);
  EXPECT_EQ(number_of(call_next(q, 1, at_23_nov(8, 6))), "W001");  // called again next
  EXPECT_EQ(find_ticket(q, "W001")->called_at, at_23_nov(8, 6));
  EXPECT_EQ(find_ticket(q, "W001")->first_called_at, at_23_nov(8, 1));  // its wait ended at the first call
}

TEST(QueueCounter, TransferKeepsTheNumberAndJoinsTheBackOfTheOtherLine) {
  SectionQueue reg = section("registration");
  SectionQueue rev = section("revenue");
  (void)issue_walk_in(reg, at_23_nov(8));  // W001
  (void)issue_walk_in(reg, at_23_nov(8));  // W002
  take_office_numbering(rev, {reg, rev});
  (void)issue_walk_in(rev, at_23_nov(8, 1));  // W003
  (void)call_next(reg, 1, at_23_nov(8, 2));   // W001 at counter 1

  EXPECT_EQ(transfer(reg, reg, "W001", at_23_nov(8, 3)).error(), ErrorCode::SameSection);
  const auto moved = transfer(reg, rev, "W001", at_23_nov(8, 3));
  ASSERT_TRUE(moved);
  EXPECT_EQ(moved->kind, QueueEventKind::Transferred);
  EXPECT_EQ(moved->ticket, "W001");
  EXPECT_EQ(moved->to_section, "revenue");
  EXPECT_EQ(moved->position, 2);  // behind W003
  const Ticket& left = *find_ticket(reg, "W001");
  EXPECT_EQ(left.state, TicketState::Transferred);
  EXPECT_EQ(left.to_section, "revenue");
  EXPECT_EQ(serving_count(reg), 0);  // its counter is free again
  const Ticket& joined = *find_ticket(rev, "W001");
  EXPECT_EQ(joined.state, TicketState::Waiting);
  EXPECT_EQ(joined.from_section, "registration");
  EXPECT_EQ(joined.counter, 0);
  EXPECT_EQ(rev.line, (std::vector<std::string>{"W003", "W001"}));
  EXPECT_EQ(transfer(reg, rev, "W001", at_23_nov(8, 4)).error(), ErrorCode::IllegalTransition);  // gone from here
  EXPECT_EQ(mark_no_show(reg, "W001", at_23_nov(8, 4)).error(), ErrorCode::IllegalTransition);

  // And back: the ticket it left behind takes it in again.
  ASSERT_TRUE(transfer(rev, reg, "W001", at_23_nov(8, 5)));
  EXPECT_EQ(find_ticket(reg, "W001")->state, TicketState::Waiting);
  EXPECT_EQ(find_ticket(reg, "W001")->from_section, "revenue");
  EXPECT_EQ(find_ticket(reg, "W001")->to_section, "");
  EXPECT_EQ(std::count_if(reg.tickets.begin(), reg.tickets.end(), [](const Ticket& t) { return t.number == "W001"; }),
            1);
  EXPECT_EQ(reg.line, (std::vector<std::string>{"W002", "W001"}));
}

TEST(QueueCounter, TransferRefusesRemoteFinishedAndOtherOfficeTickets) {
  SectionQueue reg = section("registration");
  SectionQueue rev = section("revenue");
  SectionQueue elsewhere = open_queue("1001", "revenue", kMonday, 2);
  (void)issue_remote_walk_in(reg, at_23_nov(8));  // W001, away
  (void)issue_walk_in(reg, at_23_nov(8));         // W002
  EXPECT_EQ(transfer(reg, rev, "W001", at_23_nov(8, 1)).error(), ErrorCode::NotCheckedIn);
  EXPECT_EQ(transfer(reg, elsewhere, "W002", at_23_nov(8, 1)).error(), ErrorCode::IllegalTransition);
  EXPECT_EQ(transfer(reg, rev, "W404", at_23_nov(8, 1)).error(), ErrorCode::TicketNotFound);
  (void)call_next(reg, 1, at_23_nov(8, 1));
  (void)finish(reg, "W002", at_23_nov(8, 2));
  EXPECT_EQ(transfer(reg, rev, "W002", at_23_nov(8, 3)).error(), ErrorCode::IllegalTransition);
  EXPECT_TRUE(rev.tickets.empty());
}

TEST(QueueCounter, ATransferredBookedTicketJoinsTheBackNotTheBookedFront) {
  SectionQueue reg = section("registration");
  SectionQueue rev = section("revenue");
  ASSERT_TRUE(check_in_booked(reg, kRules, "bk-1", 0, at_23_nov(8)));  // A001
  take_office_numbering(rev, {reg});
  (void)issue_walk_in(rev, at_23_nov(8));  // W001
  const auto moved = transfer(reg, rev, "A001", at_23_nov(8, 1));
  ASSERT_TRUE(moved);
  EXPECT_EQ(rev.line, (std::vector<std::string>{"W001", "A001"}));
  EXPECT_EQ(find_ticket(rev, "A001")->booking_id, "bk-1");
  EXPECT_EQ(find_ticket(rev, "A001")->kind, TicketKind::Booked);
}

TEST(QueueCounter, NumbersAreUniqueAcrossTheOfficesSections) {
  SectionQueue reg = section("registration");
  SectionQueue rev = section("revenue");
  SectionQueue other_office = open_queue("1001", "registration", kMonday, 2);
  SectionQueue other_day = open_queue("1040", "civil", add_days(kMonday, -1), 2);
  other_office.next_walk_in = 50;
  other_day.next_walk_in = 60;
  (void)issue_walk_in(reg, at_23_nov(8));                       // W001
  (void)check_in_booked(reg, kRules, "bk-1", 0, at_23_nov(8));  // A001
  take_office_numbering(rev, {reg, rev, other_office, other_day});
  EXPECT_EQ(number_of(issue_walk_in(rev, at_23_nov(8))), "W002");
  EXPECT_EQ(number_of(check_in_booked(rev, kRules, "bk-2", 0, at_23_nov(8))), "A002");
  take_office_numbering(reg, {rev});
  EXPECT_EQ(number_of(issue_remote_walk_in(reg, at_23_nov(8))), "W003");
}

TEST(QueueCounter, JsonKeepsPrioritiesTransfersAndPausesAndReadsOldRows) {
  SectionQueue reg = section("registration");
  SectionQueue rev = section("revenue");
  (void)issue_walk_in(reg, at_23_nov(8), Priority::Elderly);     // W001
  (void)issue_walk_in(reg, at_23_nov(8));                        // W002
  (void)check_in_booked(reg, kRules, "bk-1", 0, at_23_nov(8), Priority::Pregnancy);  // A001
  (void)call_next(reg, 1, at_23_nov(8, 1));                      // A001 ahead of W002: owed a regular call
  ASSERT_TRUE(reg.regular_owed_next_call);
  (void)transfer(reg, rev, "W002", at_23_nov(8, 2));
  (void)pause_counter(reg, 2, "ประชุม", at_23_nov(8, 3));
  EXPECT_EQ(queue_from_json(queue_to_json(reg)), reg);
  EXPECT_EQ(queue_from_json(queue_to_json(rev)), rev);
  const auto doc = nlohmann::json::parse(queue_to_json(reg));
  EXPECT_EQ(doc["tickets"][0]["priority"], "elderly");
  EXPECT_EQ(doc["tickets"][1]["priority"], "");
  EXPECT_EQ(doc["tickets"][1]["to_section"], "revenue");
  EXPECT_FALSE(doc["tickets"][0].contains("to_section"));  // written only when set
  EXPECT_EQ(doc["paused"], nlohmann::json::parse(R"([{"counter":2,"reason":"ประชุม","since":)" +
                                                 std::to_string(at_23_nov(8, 3)) + "}]"));

  // A row stored before these fields: no priority, sections, pauses or owed call.
  const std::string old = R"({"version":1,"office_code":"1040","section_id":"registration","day":"2026-11-23",)"
                          R"("counters":2,"next_booked":1,"next_walk_in":2,"line":["W001"],"tickets":[)"
                          R"({"number":"W001","kind":"walk_in","state":"waiting","booking_id":"",)"
                          R"("issued_at":0,"joined_at":0,"called_at":0,"finished_at":0,"counter":0,"passed_at":0}]})";
  SectionQueue q = queue_from_json(old);
  EXPECT_EQ(find_ticket(q, "W001")->priority, Priority::None);
  EXPECT_EQ(find_ticket(q, "W001")->from_section, "");
  EXPECT_TRUE(q.paused.empty());
  EXPECT_FALSE(q.regular_owed_next_call);
  EXPECT_EQ(number_of(call_next(q, 2, at_23_nov(9))), "W001");
  // Called before first calls were kept: its one call is its first.
  std::string called_once = old;
  called_once.replace(called_once.find(R"("called_at":0)"), 13, R"("called_at":77)");
  EXPECT_EQ(find_ticket(queue_from_json(called_once), "W001")->first_called_at, 77);

  std::string bad = queue_to_json(reg);
  bad.replace(bad.find("\"elderly\""), 9, "\"royalty\"");
  EXPECT_THROW(queue_from_json(bad), std::invalid_argument);
  std::string lost = queue_to_json(reg);
  lost.replace(lost.find(R"("to_section":"revenue")"), 22, R"("to_section":"")");
  EXPECT_THROW(queue_from_json(lost), std::invalid_argument);
}

TEST(QueueCounter, EventsCarryTheirSectionAndReason) {
  const QueueEvent moved{QueueEventKind::Transferred, "W004", 0, 3, at_23_nov(9), "revenue", ""};
  const QueueEvent paused{QueueEventKind::Paused, "", 2, 0, at_23_nov(9), "", "พักกลางวัน"};
  EXPECT_EQ(queue_event_from_json(queue_event_to_json(moved)), moved);
  EXPECT_EQ(queue_event_from_json(queue_event_to_json(paused)), paused);
  EXPECT_EQ(queue_event_to_json(moved).find("reason"), std::string::npos);
  EXPECT_NE(queue_event_to_json(paused).find("\"paused\""), std::string::npos);
}

TEST(QueueCounter, PriorityNamesAsInTheApi) {
  EXPECT_EQ(priority_name(Priority::None), "");
  EXPECT_EQ(priority_name(Priority::Elderly), "elderly");
  EXPECT_EQ(priority_name(Priority::Disability), "disability");
  EXPECT_EQ(priority_name(Priority::Pregnancy), "pregnancy");
  EXPECT_EQ(priority_from_name("pregnancy"), Priority::Pregnancy);
  EXPECT_EQ(priority_from_name("vip"), std::nullopt);
  EXPECT_EQ(ticket_state_name(TicketState::Transferred), "transferred");
}

}  // namespace
}  // namespace khiw
