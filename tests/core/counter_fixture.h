// Counter mode reached as a clerk reaches it: logged in as staff1001, the desk set up as registration
// counter 1, the line and the day's bookings read; and the server's answers the tests feed back.
#pragma once
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/core/app_fixture.h"

namespace khiw::testing {

inline constexpr const char* kToday = "2026-11-23";  // kAppNow's Bangkok day

inline std::string login_answer(UnixSeconds expires) {
  return nlohmann::json{{"token", "tok1"}, {"expires_at", expires}, {"username", "staff1001"}, {"office_code", "1001"}}
      .dump();
}

inline std::string booking_json(const std::string& code, const std::string& date, const std::string& state) {
  return nlohmann::json{{"code", code},     {"office_code", "1001"}, {"section_id", "registration"},
                        {"service_id", "idcard_lost"}, {"date", date}, {"slot", 0},
                        {"start", "08:00"}, {"end", "09:00"},        {"check_in_until", kAppNow + 600},
                        {"state", state},   {"name", "สมชาย ใจดี"},   {"id_last4", "3450"}}
      .dump();
}

inline std::string queue_doc(const std::vector<std::string>& line, const std::string& serving = "") {
  SectionQueue q = open_queue("1001", "registration", *parse_iso_date(kToday), 2);
  for (const std::string& n : line) q.tickets.push_back({n, TicketKind::WalkIn, TicketState::Waiting});
  q.line = line;
  if (!serving.empty()) q.tickets.push_back({serving, TicketKind::WalkIn, TicketState::Serving, "", 0, 0, 0, 0, 1});
  return queue_to_json(q);
}

// The server's answer to the action now in flight (answers are matched by its idempotency key).
inline HttpReplied front_answer(const AppState& s, int status, const std::string& body) {
  EXPECT_FALSE(s.counter.ops.empty());
  return HttpReplied{Reply::CounterAction, status, body, s.counter.ops.empty() ? "" : s.counter.ops.front().request.context};
}

// Logged in as staff1001 at registration counter 1, the desk on screen with its line and roster read.
inline AppState at_desk(const std::vector<std::string>& line = {"W001"}, const std::string& serving = "") {
  AppState s = started_app();
  apply_intent(s, OpenCounterMode{});
  apply_intent(s, EditField{Field::StaffUsername, "staff1001"});
  apply_intent(s, EditField{Field::StaffPassword, "secret-pass"});
  apply_intent(s, SubmitStaffLogin{});
  apply_intent(s, HttpReplied{Reply::StaffLogin, 200, login_answer(kAppNow + 8 * 3600), ""});
  apply_intent(s, ChooseDeskSection{"registration"});
  apply_intent(s, ChooseDeskCounter{1});
  apply_intent(s, OpenCounterDesk{});
  apply_intent(s, HttpReplied{Reply::CounterQueue, 200, queue_doc(line, serving), "registration", "\"q1\""});
  const std::string roster = "{\"office_code\":\"1001\",\"date\":\"" + std::string(kToday) + "\",\"bookings\":[" +
                             booking_json("7KQ2M9XD", kToday, "confirmed") + "]}";
  apply_intent(s, HttpReplied{Reply::CounterRoster, 200, roster, ""});
  return s;
}

}  // namespace khiw::testing
