// The day at the counter on the test clock: automatic no-show at slot start + 15 min, check-in,
// call next, done, walk-ins, and the live counts (ETag/304 and the event stream) following along.
#include <thread>

#include "tests/server/api_helpers.h"
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

using CounterTest = TestClockServerTest;

json book(httplib::Client& cli, const std::string& date, int slot, int citizen) {
  auto res = create_booking(cli, booking_body(date, slot, national_id(citizen)), "counter-" + std::to_string(citizen));
  if (!res || res->status != 201) throw std::runtime_error("booking failed: " + (res ? res->body : "no answer"));
  return json::parse(res->body);
}

std::string state_of(httplib::Client& cli, const json& created) {
  auto res = post_json(cli, "/api/bookings/lookup",
                       {{"code", created["booking"]["code"]}, {"secret", created["secret"]}});
  return json::parse(res->body)["booking"]["state"];
}

TEST_F(CounterTest, NoShowAtSlotStartPlusFifteenMinutesIsRecorded) {
  auto cli = client();
  const std::string date = bookable_date(cli);
  const json booked = book(cli, date, 0, 60001);
  const UnixSeconds start = slot_start_of(date, 0);

  EXPECT_EQ(set_clock(server(), start + 15 * 60)["no_shows"], 0);  // the deadline itself is still on time
  EXPECT_EQ(state_of(cli, booked), "confirmed");
  EXPECT_EQ(set_clock(server(), start + 15 * 60 + 1)["no_shows"], 1);
  EXPECT_EQ(state_of(cli, booked), "no_show");
  const std::string code = booked["booking"]["code"];
  EXPECT_EQ(query_int(dir() / "var" / "khiw.sqlite",
                      "SELECT COUNT(*) FROM audit_log WHERE action = 'mark_no_show' AND actor = 'system' AND subject = '" +
                          code + "'"),
            1);
}

TEST_F(CounterTest, CheckInCallNextDoneMovesBookingAndLiveCounts) {
  auto cli = client();
  const std::string date = bookable_date(cli, 1);
  const json booked = book(cli, date, 1, 60002);
  const std::string code = booked["booking"]["code"];
  set_clock(server(), slot_start_of(date, 1) - 10 * 60);
  const std::string token = staff_token(server(), "staff1001");
  const auto auth = bearer(token);

  auto live0 = cli.Get("/api/live");
  ASSERT_TRUE(live0);
  const std::string etag0 = live0->get_header_value("ETag");
  EXPECT_EQ(cli.Get("/api/live", {{"If-None-Match", etag0}})->status, 304);

  auto verified = post_json(cli, "/api/counter/1001/verify", {{"qr", booked["qr"]}}, auth);
  ASSERT_EQ(verified->status, 200) << verified->body;
  std::string forged = booked["qr"];
  forged[7] = forged[7] == 'A' ? 'B' : 'A';
  EXPECT_EQ(post_json(cli, "/api/counter/1001/verify", {{"qr", forged}}, auth)->status, 422);

  auto checked_in = post_json(cli, "/api/counter/1001/registration/check-in", {{"code", code}}, auth);
  ASSERT_EQ(checked_in->status, 200) << checked_in->body;
  EXPECT_EQ(state_of(cli, booked), "checked_in");
  EXPECT_EQ(json::parse(checked_in->body)["waiting"], 1);

  auto live1 = cli.Get("/api/live", {{"If-None-Match", etag0}});
  ASSERT_EQ(live1->status, 200);
  const json offices = json::parse(live1->body)["offices"];
  EXPECT_EQ(offices[0]["code"], "1001");
  EXPECT_EQ(offices[0]["waiting"], 1);
  EXPECT_EQ(offices[0]["sections"]["registration"]["waiting"], 1);

  auto called = post_json(cli, "/api/counter/1001/registration/call-next", {{"counter", 1}}, auth);
  ASSERT_EQ(called->status, 200) << called->body;
  const std::string ticket = json::parse(called->body)["ticket"];
  EXPECT_EQ(state_of(cli, booked), "serving");
  auto done = post_json(cli, "/api/counter/1001/registration/done", {{"ticket", ticket}}, auth);
  ASSERT_EQ(done->status, 200) << done->body;
  EXPECT_EQ(state_of(cli, booked), "done");

  auto empty = post_json(cli, "/api/counter/1001/registration/call-next", {{"counter", 1}}, auth);
  EXPECT_EQ(empty->status, 409);
  EXPECT_EQ(json::parse(empty->body)["error"], "queue_empty");

  auto roster = cli.Get(("/api/counter/1001/roster?date=" + date).c_str(), auth);
  ASSERT_EQ(roster->status, 200);
  EXPECT_EQ(json::parse(roster->body)["bookings"].size(), 1u);
}

TEST_F(CounterTest, BookedCitizenWhoDoesNotComeWhenCalledIsANoShow) {
  auto cli = client();
  const std::string date = bookable_date(cli, 1);
  const json booked = book(cli, date, 2, 60003);
  set_clock(server(), slot_start_of(date, 2) - 5 * 60);
  const auto auth = bearer(staff_token(server(), "staff1001"));
  ASSERT_EQ(post_json(cli, "/api/counter/1001/registration/check-in", {{"code", booked["booking"]["code"]}}, auth)->status,
            200);
  auto called = post_json(cli, "/api/counter/1001/registration/call-next", {{"counter", 2}}, auth);
  ASSERT_EQ(called->status, 200) << called->body;
  auto gone = post_json(cli, "/api/counter/1001/registration/no-show",
                        {{"ticket", json::parse(called->body)["ticket"]}}, auth);
  ASSERT_EQ(gone->status, 200) << gone->body;
  EXPECT_EQ(state_of(cli, booked), "no_show");  // the booking follows its ticket
  EXPECT_EQ(query_int(dir() / "var" / "khiw.sqlite",
                      "SELECT COUNT(*) FROM audit_log WHERE action = 'missed_turn' AND actor = 'staff'"),
            1);
}

TEST_F(CounterTest, RemoteWalkInHoldsItsPlaceUntilCheckIn) {
  auto cli = client();
  const std::string token = staff_token(server(), "staff1002");
  auto ticket = post_json(cli, "/api/walk-ins", {{"office_code", "1002"}, {"section_id", "registration"}});
  ASSERT_EQ(ticket->status, 200) << ticket->body;
  const std::string number = json::parse(ticket->body)["ticket"];
  EXPECT_EQ(json::parse(ticket->body)["waiting"], 1);  // holds a place while away
  auto joined = post_json(cli, "/api/counter/1002/registration/check-in", {{"ticket", number}}, bearer(token));
  ASSERT_EQ(joined->status, 200) << joined->body;
  EXPECT_EQ(json::parse(joined->body)["waiting"], 1);
  const json section = json::parse(cli.Get("/api/live/1002")->body)["offices"][0]["sections"]["registration"];
  EXPECT_EQ(section["waiting"], 1);
  EXPECT_EQ(section["remote"], 0);
}

TEST_F(CounterTest, EventStreamSendsCountsOnChange) {
  httplib::Client stream(server().host(), server().port());
  stream.set_read_timeout(10);
  std::string received;
  std::thread reader([&] {
    stream.Get("/api/live/1003/events", [&](const char* data, size_t size) {
      received.append(data, size);
      // Stop after the second event: the initial counts, then the change below.
      size_t events = 0;
      for (size_t at = received.find("event: counts"); at != std::string::npos; at = received.find("event: counts", at + 1))
        ++events;
      return events < 2;
    });
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  auto cli = client();
  ASSERT_EQ(post_json(cli, "/api/walk-ins", {{"office_code", "1003"}, {"section_id", "registration"}})->status, 200);
  reader.join();
  EXPECT_NE(received.find("event: counts\ndata: {"), std::string::npos);
  EXPECT_NE(received.find("\"code\":\"1003\""), std::string::npos);
}

}  // namespace
}  // namespace khiw::testing
