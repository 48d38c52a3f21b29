// Counter mode over HTTP on the test clock: priority check-in, calling a chosen ticket, recall, return to
// the line, pause/resume, transfer between sections, idempotent actions, the office's audit log and the
// live stream's seq. Each test plays its own day (the first bookable date after the server's clock), so
// their lines never mix.
#include <atomic>
#include <mutex>
#include <set>
#include <thread>

#include "tests/server/api_helpers.h"
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

using CounterActionsTest = TestClockServerTest;

std::string reg(const std::string& action) { return "/api/counter/1001/registration/" + action; }

json book(httplib::Client& cli, const std::string& date, int citizen) {
  auto res = create_booking(cli, booking_body(date, 0, national_id(citizen)), "actions-" + std::to_string(citizen));
  if (!res || res->status != 201) throw std::runtime_error("booking failed: " + (res ? res->body : "no answer"));
  return json::parse(res->body);
}

std::string booking_state(httplib::Client& cli, const json& created) {
  const json lookup = {{"code", created["booking"]["code"]}, {"secret", created["secret"]}};
  return ok(post_json(cli, "/api/bookings/lookup", lookup))["booking"]["state"];
}

// Moves the clock to 07:50 on `date`, ten minutes before the first slot.
void open_day(const ServerProcess& server, const std::string& date) { set_clock(server, slot_start_of(date, 0) - 600); }

json queue_of(httplib::Client& cli, const std::string& section, const std::string& token) {
  return ok(cli.Get(("/api/counter/1001/" + section + "/queue").c_str(), bearer(token)));
}

json ticket_in(const json& queue, const std::string& number) {
  for (const json& t : queue["tickets"])
    if (t["number"] == number) return t;
  throw std::runtime_error("no ticket " + number);
}

TEST_F(CounterActionsTest, PriorityCheckInRecallReturnCallAChosenTicketAndPause) {
  auto cli = client();
  const std::string date = bookable_date(cli);
  const json booked = book(cli, date, 61001);
  open_day(server(), date);
  const std::string token = staff_token(server(), "staff1001");

  const std::string regular = ok(staff_post(cli, reg("walk-in"), json::object(), token))["ticket"];
  const json elderly = ok(staff_post(cli, reg("walk-in"), {{"priority", "elderly"}}, token));
  EXPECT_EQ(elderly["position"], 2);
  const json checked_in =
      ok(staff_post(cli, reg("check-in"), {{"code", booked["booking"]["code"]}, {"priority", "pregnancy"}}, token));
  EXPECT_EQ(checked_in["event"]["kind"], "joined");
  EXPECT_EQ(checked_in["position"], 1);  // booked on time: ahead of the walk-ins
  EXPECT_EQ(checked_in["waiting"], 3);
  const std::string pregnant = checked_in["ticket"];
  EXPECT_EQ(error_of(staff_post(cli, reg("walk-in"), {{"priority", "vip"}}, token)), "bad_json");

  const json queue = queue_of(cli, "registration", token);
  EXPECT_EQ(ticket_in(queue, pregnant)["priority"], "pregnancy");
  EXPECT_EQ(ticket_in(queue, elderly["ticket"])["priority"], "elderly");
  EXPECT_EQ(ticket_in(queue, regular)["priority"], "");
  EXPECT_EQ(queue["paused"], json::array());

  // A priority citizen first, then the regular one owed the next call (not the elderly citizen).
  EXPECT_EQ(ok(staff_post(cli, reg("call-next"), {{"counter", 1}}, token))["ticket"], pregnant);
  EXPECT_EQ(booking_state(cli, booked), "serving");
  EXPECT_EQ(ok(staff_post(cli, reg("call-next"), {{"counter", 2}}, token))["ticket"], regular);

  const json recalled = ok(staff_post(cli, reg("recall"), {{"counter", 1}, {"ticket", pregnant}}, token));
  EXPECT_EQ(recalled["event"]["kind"], "recalled");
  EXPECT_EQ(recalled["event"]["counter"], 1);
  auto elsewhere = staff_post(cli, reg("recall"), {{"counter", 2}, {"ticket", pregnant}}, token);
  EXPECT_EQ(elsewhere->status, 409);
  EXPECT_EQ(error_of(elsewhere), "not_serving_here");

  const json returned = ok(staff_post(cli, reg("return"), {{"ticket", pregnant}}, token));
  EXPECT_EQ(returned["event"]["kind"], "returned");
  EXPECT_EQ(returned["position"], 1);
  EXPECT_EQ(booking_state(cli, booked), "checked_in");
  EXPECT_EQ(queue_of(cli, "registration", token)["line"][0], pregnant);

  // Staff choose the elderly citizen although the returned one is at the front.
  const json chosen = ok(staff_post(cli, reg("call"), {{"counter", 1}, {"ticket", elderly["ticket"]}}, token));
  EXPECT_EQ(chosen["event"]["kind"], "called");
  EXPECT_EQ(error_of(staff_post(cli, reg("call"), {{"counter", 2}, {"ticket", pregnant}}, token)), "counter_busy");
  ok(staff_post(cli, reg("done"), {{"ticket", regular}}, token));
  EXPECT_EQ(ok(staff_post(cli, reg("call-next"), {{"counter", 2}}, token))["ticket"], pregnant);
  EXPECT_EQ(booking_state(cli, booked), "serving");
  ok(staff_post(cli, reg("done"), {{"ticket", pregnant}}, token));
  EXPECT_EQ(booking_state(cli, booked), "done");

  // Counter 1 pauses while it still serves; it may finish, but is not called to until it resumes.
  const json paused = ok(staff_post(cli, reg("pause"), {{"counter", 1}, {"reason", "พักกลางวัน"}}, token));
  EXPECT_EQ(paused["paused"], json::parse(R"([{"counter":1,"reason":"พักกลางวัน","since":)" +
                                          std::to_string(slot_start_of(date, 0) - 600) + "}]"));
  ok(staff_post(cli, reg("done"), {{"ticket", elderly["ticket"]}}, token));
  const std::string next = ok(staff_post(cli, reg("walk-in"), json::object(), token))["ticket"];
  auto refused = staff_post(cli, reg("call-next"), {{"counter", 1}}, token);
  EXPECT_EQ(refused->status, 409);
  EXPECT_EQ(error_of(refused), "counter_paused");
  EXPECT_FALSE(json_body(refused)["message"]["th"].get<std::string>().empty());
  EXPECT_EQ(error_of(staff_post(cli, reg("call"), {{"counter", 1}, {"ticket", next}}, token)), "counter_paused");
  EXPECT_EQ(error_of(staff_post(cli, reg("pause"), {{"counter", 1}, {"reason", "again"}}, token)), "counter_paused");
  EXPECT_EQ(queue_of(cli, "registration", token)["paused"][0]["reason"], "พักกลางวัน");
  EXPECT_EQ(ok(staff_post(cli, reg("resume"), {{"counter", 1}}, token))["paused"], json::array());
  EXPECT_EQ(error_of(staff_post(cli, reg("resume"), {{"counter", 1}}, token)), "counter_not_paused");
  EXPECT_EQ(ok(staff_post(cli, reg("call-next"), {{"counter", 1}}, token))["ticket"], next);

  // Counters 1..2 only, said in both languages; a reason of 1 to 200 characters.
  auto no_counter = staff_post(cli, reg("call-next"), {{"counter", 3}}, token);
  EXPECT_EQ(no_counter->status, 422);
  EXPECT_EQ(error_of(no_counter), "invalid_counter");
  EXPECT_NE(json_body(no_counter)["message"]["en"].get<std::string>().find("1–2"), std::string::npos);
  EXPECT_NE(json_body(no_counter)["message"]["th"].get<std::string>().find("1–2"), std::string::npos);
  EXPECT_EQ(error_of(staff_post(cli, reg("pause"), {{"counter", 2}, {"reason", " "}}, token)), "invalid_reason");
  EXPECT_EQ(error_of(staff_post(cli, reg("pause"), {{"counter", 2}, {"reason", std::string(201, 'x')}}, token)),
            "invalid_reason");
}

TEST_F(CounterActionsTest, TransferKeepsTheNumberAndTheBookingFollows) {
  auto cli = client();
  const std::string date = bookable_date(cli);
  const json booked = book(cli, date, 61002);
  open_day(server(), date);
  const std::string token = staff_token(server(), "staff1001");
  const auto post = [&](const std::string& section, const std::string& action, const json& body) {
    return staff_post(cli, "/api/counter/1001/" + section + "/" + action, body, token);
  };

  // Numbers run across the office's sections, so a transferred number never meets another.
  std::set<std::string> numbers;
  for (const char* section : {"registration", "revenue", "finance", "registration", "revenue", "finance"})
    numbers.insert(ok(post(section, "walk-in", json::object()))["ticket"].get<std::string>());
  EXPECT_EQ(numbers.size(), 6u);
  const json reg_line = queue_of(cli, "registration", token)["line"];
  const json rev_line = queue_of(cli, "revenue", token)["line"];

  const std::string moving = ok(post("registration", "call-next", {{"counter", 1}}))["ticket"];
  EXPECT_EQ(moving, reg_line[0]);
  const json moved = ok(post("registration", "transfer", {{"ticket", moving}, {"to_section", "revenue"}}));
  EXPECT_EQ(moved["ticket"], moving);
  EXPECT_EQ(moved["to_section"], "revenue");
  EXPECT_EQ(moved["event"]["kind"], "transferred");
  EXPECT_EQ(moved["position"], 3);  // behind revenue's two
  EXPECT_EQ(moved["waiting"], 1);   // registration's line

  const json from = ticket_in(queue_of(cli, "registration", token), moving);
  EXPECT_EQ(from["state"], "transferred");
  EXPECT_EQ(from["to_section"], "revenue");
  const json revenue = queue_of(cli, "revenue", token);
  EXPECT_EQ(ticket_in(revenue, moving)["state"], "waiting");
  EXPECT_EQ(ticket_in(revenue, moving)["from_section"], "registration");
  EXPECT_EQ(revenue["line"], (json{rev_line[0], rev_line[1], moving}));

  EXPECT_EQ(error_of(post("registration", "transfer", {{"ticket", moving}, {"to_section", "revenue"}})),
            "illegal_transition");
  EXPECT_EQ(error_of(post("revenue", "transfer", {{"ticket", moving}, {"to_section", "revenue"}})), "same_section");
  EXPECT_EQ(error_of(post("revenue", "transfer", {{"ticket", moving}, {"to_section", "no_such"}})), "unknown_section");

  // A booked citizen being served waits again in the other line, and is served there.
  const std::string booked_ticket =
      ok(post("registration", "check-in", {{"code", booked["booking"]["code"]}}))["ticket"];
  EXPECT_EQ(ok(post("registration", "call-next", {{"counter", 2}}))["ticket"], booked_ticket);
  EXPECT_EQ(booking_state(cli, booked), "serving");
  ok(post("registration", "transfer", {{"ticket", booked_ticket}, {"to_section", "finance"}}));
  EXPECT_EQ(booking_state(cli, booked), "checked_in");
  ok(post("finance", "call", {{"counter", 1}, {"ticket", booked_ticket}}));
  EXPECT_EQ(booking_state(cli, booked), "serving");
  ok(post("finance", "done", {{"ticket", booked_ticket}}));
  EXPECT_EQ(booking_state(cli, booked), "done");

  // The holder of a remote ticket follows it into the line it was sent to.
  const json remote = ok(post_json(cli, "/api/walk-ins", {{"office_code", "1001"}, {"section_id", "registration"}}));
  ok(post("registration", "check-in", {{"ticket", remote["ticket"]}}));
  ok(post("registration", "transfer", {{"ticket", remote["ticket"]}, {"to_section", "education"}}));
  const json status =
      ok(cli.Get(("/api/walk-ins/1001/registration/" + remote["ticket"].get<std::string>()).c_str()));
  EXPECT_EQ(status["section_id"], "education");
  EXPECT_EQ(status["from_section"], "registration");
  EXPECT_EQ(status["state"], "waiting");
  EXPECT_EQ(status["position"], 1);
}

TEST_F(CounterActionsTest, AReplayedKeyChangesNothingAndAReusedOneIsRefused) {
  auto cli = client();
  const std::string date = bookable_date(cli);
  const json booked = book(cli, date, 61003);
  open_day(server(), date);
  const std::string token = staff_token(server(), "staff1001");
  const auto db = dir() / "var" / "khiw.sqlite";

  auto first_walk_in = staff_post(cli, reg("walk-in"), json::object(), token, "walk-1");
  auto again_walk_in = staff_post(cli, reg("walk-in"), json::object(), token, "walk-1");
  ASSERT_EQ(first_walk_in->status, 200);
  EXPECT_EQ(again_walk_in->status, 200);
  EXPECT_EQ(again_walk_in->body, first_walk_in->body);
  const std::string number = json::parse(first_walk_in->body)["ticket"];
  EXPECT_EQ(queue_of(cli, "registration", token)["tickets"].size(), 1u);

  auto called = staff_post(cli, reg("call-next"), {{"counter", 1}}, token, "call-1");
  ASSERT_EQ(called->status, 200) << called->body;
  auto queue = cli.Get("/api/counter/1001/registration/queue", bearer(token));
  const std::string etag = queue->get_header_value("ETag");
  EXPECT_EQ(queue->get_header_value("Cache-Control"), "private, no-cache");
  auto replayed = staff_post(cli, reg("call-next"), {{"counter", 1}}, token, "call-1");
  EXPECT_EQ(replayed->status, 200);
  EXPECT_EQ(replayed->body, called->body);
  auto unchanged = cli.Get("/api/counter/1001/registration/queue", {{"Authorization", "Bearer " + token},
                                                                     {"If-None-Match", etag}});
  EXPECT_EQ(unchanged->status, 304);
  EXPECT_TRUE(unchanged->body.empty());
  const std::string this_day = std::to_string(slot_start_of(date, 0) - 600);
  EXPECT_EQ(query_int(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'call_next' AND subject = "
                          "'1001/registration/" + number + "' AND at >= " + this_day),
            1);  // numbers restart each day: earlier tests' days had one too

  const std::string revenue_call = "/api/counter/1001/revenue/call-next";
  for (const auto& [path, body] : {std::pair{reg("call-next"), json{{"counter", 2}}},
                                   std::pair{reg("done"), json{{"ticket", number}}},
                                   std::pair{revenue_call, json{{"counter", 1}}}}) {
    auto reused = staff_post(cli, path, body, token, "call-1");
    EXPECT_EQ(reused->status, 422) << path;
    EXPECT_EQ(error_of(reused), "idempotency_key_reused") << path;
  }
  EXPECT_EQ(ticket_in(queue_of(cli, "registration", token), number)["state"], "serving");

  // A refusal is the key's first answer too, even once the line has changed.
  auto empty = staff_post(cli, reg("call-next"), {{"counter", 2}}, token, "call-2");
  EXPECT_EQ(error_of(empty), "queue_empty");
  const std::string waiting = ok(staff_post(cli, reg("walk-in"), json::object(), token))["ticket"];
  auto still_empty = staff_post(cli, reg("call-next"), {{"counter", 2}}, token, "call-2");
  EXPECT_EQ(still_empty->status, 409);
  EXPECT_EQ(still_empty->body, empty->body);
  EXPECT_EQ(ticket_in(queue_of(cli, "registration", token), waiting)["state"], "waiting");
  EXPECT_EQ(ok(staff_post(cli, reg("call-next"), {{"counter", 2}}, token, "call-3"))["ticket"], waiting);

  const json check_in_body = {{"code", booked["booking"]["code"]}};
  auto checked_in = staff_post(cli, reg("check-in"), check_in_body, token, "check-1");
  ASSERT_EQ(checked_in->status, 200) << checked_in->body;
  EXPECT_EQ(staff_post(cli, reg("check-in"), check_in_body, token, "check-1")->body, checked_in->body);
  EXPECT_EQ(error_of(staff_post(cli, reg("check-in"), check_in_body, token, "check-2")), "illegal_transition");
  EXPECT_EQ(query_int(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'check_in' AND subject = '" +
                              booked["booking"]["code"].get<std::string>() + "'"),
            1);

  // Keys of a citizen's booking and of another office live apart from these.
  auto booking = create_booking(cli, booking_body(bookable_date(cli), 1, national_id(61004)), "call-1");
  EXPECT_EQ(booking->status, 201) << booking->body;
  const std::string token1002 = staff_token(server(), "staff1002");
  const std::string walk_in_1002 = "/api/counter/1002/registration/walk-in";
  EXPECT_EQ(staff_post(cli, walk_in_1002, json::object(), token1002, "call-1")->status, 200);
  EXPECT_EQ(error_of(staff_post(cli, reg("walk-in"), json::object(), token, "not a key")), "idempotency_key_required");
}

TEST_F(CounterActionsTest, StaffReadTheirOfficesAuditNewestFirst) {
  auto cli = client();
  const std::string date = bookable_date(cli);
  open_day(server(), date);
  const std::string token = staff_token(server(), "staff1001");
  const std::string token1002 = staff_token(server(), "staff1002");
  ok(staff_post(cli, "/api/counter/1002/revenue/walk-in", json::object(), token1002));
  // More than a page: 251 pauses and resumes after a walk-in.
  ok(staff_post(cli, reg("walk-in"), json::object(), token));
  for (int i = 0; i < 251; ++i) {
    ok(staff_post(cli, reg("pause"), {{"counter", 2}, {"reason", "break " + std::to_string(i)}}, token));
    ok(staff_post(cli, reg("resume"), {{"counter", 2}}, token));
  }

  const json audit = ok(cli.Get("/api/counter/1001/audit", bearer(token)));
  EXPECT_EQ(audit["office_code"], "1001");
  EXPECT_EQ(audit["date"], date);
  const json& entries = audit["entries"];
  ASSERT_EQ(entries.size(), 500u);
  EXPECT_EQ(entries[0]["action"], "resume");
  EXPECT_EQ(entries[1]["action"], "pause");
  EXPECT_EQ(entries[1]["detail"]["reason"], "break 250");
  EXPECT_EQ(entries[1]["subject"], "1001/registration/counter-2");
  for (const json& e : entries) {
    EXPECT_EQ(e["actor"], "staff");
    EXPECT_EQ(e["actor_id"], "staff1001");
    EXPECT_FALSE(e.contains("client"));
    EXPECT_TRUE(e["subject"].get<std::string>().starts_with("1001/")) << e;
  }
  for (size_t i = 1; i < entries.size(); ++i) EXPECT_GE(entries[i - 1]["at"], entries[i]["at"]);

  const json own = ok(cli.Get("/api/counter/1002/audit", bearer(token1002)))["entries"];
  ASSERT_FALSE(own.empty());
  EXPECT_EQ(own[0]["action"], "walk_in");
  for (const json& e : own) EXPECT_FALSE(e["subject"].get<std::string>().starts_with("1001/")) << e;
  // The walk-in and the login are older than the page.
  EXPECT_EQ(ok(cli.Get(("/api/counter/1001/audit?date=" + date).c_str(), bearer(token))), audit);
  EXPECT_EQ(ok(cli.Get("/api/counter/1001/audit?date=2020-01-06", bearer(token)))["entries"], json::array());
  EXPECT_EQ(error_of(cli.Get("/api/counter/1001/audit?date=2026-13-01", bearer(token))), "invalid_date");
}

// Every change at an office gives its event stream an event with a higher seq, counts changed or not;
// changes at other offices give it none.
TEST_F(CounterActionsTest, TheLiveStreamTellsEveryChangeAtItsOffice) {
  auto cli = client();
  open_day(server(), bookable_date(cli));
  const std::string token = staff_token(server(), "staff1001");
  const std::string token1002 = staff_token(server(), "staff1002");

  std::mutex mutex;
  std::vector<json> events;
  std::atomic<bool> stop = false;
  httplib::Client stream(server().host(), server().port());
  stream.set_read_timeout(20);
  std::string pending;
  std::thread reader([&] {
    stream.Get("/api/live/1001/events", [&](const char* data, size_t size) {
      pending.append(data, size);
      for (size_t end; (end = pending.find("\n\n")) != std::string::npos; pending.erase(0, end + 2)) {
        const std::string event = pending.substr(0, end);
        if (const size_t at = event.find("data: "); event.starts_with("event: counts") && at != std::string::npos) {
          std::lock_guard lock(mutex);
          events.push_back(json::parse(event.substr(at + 6))["offices"][0]);
        }
      }
      return !stop;
    });
  });
  const auto seq_after = [&](size_t count) {
    for (int i = 0; i < 500; ++i) {
      {
        std::lock_guard lock(mutex);
        if (events.size() >= count) return events.back()["seq"].get<uint64_t>();
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    throw std::runtime_error("no event " + std::to_string(count));
  };

  const uint64_t start = seq_after(1);
  ok(staff_post(cli, reg("walk-in"), json::object(), token));
  const uint64_t walked_in = seq_after(2);
  EXPECT_GT(walked_in, start);
  ok(staff_post(cli, reg("pause"), {{"counter", 1}, {"reason", "break"}}, token));  // counts as they were
  const uint64_t paused = seq_after(3);
  EXPECT_GT(paused, walked_in);
  {
    std::lock_guard lock(mutex);
    EXPECT_EQ(events[2]["waiting"], events[1]["waiting"]);
  }
  ok(staff_post(cli, "/api/counter/1002/registration/walk-in", json::object(), token1002));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  {
    std::lock_guard lock(mutex);
    EXPECT_EQ(events.size(), 3u);  // nothing for another office's change
  }
  EXPECT_EQ(ok(cli.Get("/api/live/1001"))["offices"][0]["seq"], paused);
  EXPECT_FALSE(ok(cli.Get("/api/live"))["offices"][0].contains("seq"));
  stop = true;
  ok(staff_post(cli, reg("resume"), {{"counter", 1}}, token));
  reader.join();
  EXPECT_GT(events.back()["seq"].get<uint64_t>(), paused);
}

}  // namespace
}  // namespace khiw::testing
