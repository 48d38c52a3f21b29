// POST /api/ratings: only a served booking or ticket, once, with the citizen's own proof; kept without the
// booking code or the ticket.
#include "tests/server/server_fixture.h"
#include "tests/server/stats_seed.h"

namespace khiw::testing {
namespace {

class RatingsTest : public TestClockServerTest {
 protected:
  static void SetUpTestSuite() {
    TestClockServerTest::SetUpTestSuite();
    day_ = seed_stats_day(server(), 2);
  }
  static inline SeededDay day_;
};

TEST_F(RatingsTest, RefusedUnlessServedAndOnlyOnce) {
  auto cli = client();
  auto no_show = rate(cli, {{"booking", booking_proof(day_.bookings[2])}}, 1);
  EXPECT_EQ(no_show->status, 409);
  EXPECT_EQ(error_of(no_show), "not_served");
  auto waiting = rate(cli, {{"booking", booking_proof(day_.bookings[3])}}, 1);
  EXPECT_EQ(waiting->status, 409);
  EXPECT_EQ(error_of(waiting), "not_served");

  auto again = rate(cli, {{"booking", booking_proof(day_.bookings[0])}}, 1, "second try");
  EXPECT_EQ(again->status, 409);
  EXPECT_EQ(error_of(again), "already_rated");
  auto ticket_again = rate(cli, {{"ticket_qr", day_.remote["qr"]}}, 1);
  EXPECT_EQ(ticket_again->status, 409);
  EXPECT_EQ(error_of(ticket_again), "already_rated");

  // A ticket issued now, not served yet.
  auto fresh = staff_post(cli, "/api/counter/1001/revenue/walk-in", json::object(), day_.token);
  ASSERT_EQ(fresh->status, 200) << fresh->body;
  auto unserved = rate(cli, {{"ticket_qr", json::parse(fresh->body)["qr"]}}, 5);
  EXPECT_EQ(unserved->status, 409);
  EXPECT_EQ(error_of(unserved), "not_served");
}

TEST_F(RatingsTest, WrongProofIsRefused) {
  auto cli = client();
  json proof = booking_proof(day_.bookings[1]);
  proof["secret"] = std::string(32, '0');
  auto wrong_secret = rate(cli, {{"booking", proof}}, 5);
  EXPECT_EQ(wrong_secret->status, 404);
  EXPECT_EQ(error_of(wrong_secret), "not_found");

  std::string forged = day_.walk_in["qr"];
  forged.back() = forged.back() == 'A' ? 'B' : 'A';
  auto bad_qr = rate(cli, {{"ticket_qr", forged}}, 5);
  EXPECT_EQ(bad_qr->status, 422);
  EXPECT_EQ(error_of(bad_qr), "bad_signature");
  // A booking's QR is signed too, but it is not a ticket's.
  auto booking_qr = rate(cli, {{"ticket_qr", day_.bookings[1]["qr"]}}, 5);
  EXPECT_EQ(booking_qr->status, 400);
  EXPECT_EQ(error_of(booking_qr), "bad_json");
}

TEST_F(RatingsTest, MalformedBodiesAnswer400WithAReason) {
  auto cli = client();
  const json served = {{"ticket_qr", day_.walk_in["qr"]}};
  const auto with = [&](const char* key, const json& value) {
    json body = served;
    body["stars"] = 4;
    body[key] = value;
    return body;
  };
  std::string long_thai;
  for (int i = 0; i < 501; ++i) long_thai += "ก";
  const std::vector<std::pair<std::string, json>> cases = {
      {"stars 0", with("stars", 0)},
      {"stars 6", with("stars", 6)},
      {"stars text", with("stars", "5")},
      {"comment too long", with("comment", long_thai)},
      {"comment control", with("comment", "a\tb")},
      {"unknown field", with("name", "x")},
      {"both proofs", with("booking", booking_proof(day_.bookings[1]))},
      {"no proof", {{"stars", 4}}},
      {"booking not an object", {{"booking", "CODE"}, {"stars", 4}}},
  };
  for (const auto& [name, body] : cases) {
    auto res = post_json(cli, "/api/ratings", body);
    ASSERT_TRUE(res) << name;
    EXPECT_EQ(res->status, 400) << name << ": " << res->body;
    const json error = json::parse(res->body);
    EXPECT_EQ(error["error"], "bad_json") << name;
    EXPECT_FALSE(error["message"]["en"].get<std::string>().empty()) << name;
  }
  EXPECT_EQ(cli.Post("/api/ratings", "stars=5", "application/x-www-form-urlencoded")->status, 400);
}

TEST_F(RatingsTest, StoredWithoutCodeOrTicketAndTrimmed) {
  const std::filesystem::path db = dir() / "var" / "khiw.sqlite";
  EXPECT_EQ(query_int(db, "SELECT COUNT(*) FROM ratings"), 3);
  for (const json& b : day_.bookings) {
    const std::string code = b["booking"]["code"];
    EXPECT_EQ(query_int(db, "SELECT COUNT(*) FROM ratings WHERE instr(subject_key || comment, '" + code + "') > 0"), 0);
  }
  EXPECT_EQ(query_int(db, "SELECT COUNT(*) FROM ratings WHERE length(subject_key) = 64 AND section_id = 'registration' "
                          "AND day = '" + day_.date + "'"),
            3);
  auto cli = client();
  auto trimmed = rate(cli, {{"ticket_qr", day_.walk_in["qr"]}}, 2, "  ช้าไป\n ");
  ASSERT_EQ(trimmed->status, 201) << trimmed->body;
  EXPECT_EQ(json::parse(trimmed->body)["rating"],
            (json{{"office_code", "1001"}, {"section_id", "registration"}, {"date", day_.date}, {"stars", 2},
                  {"comment", "ช้าไป"}}));
}

TEST_F(RatingsTest, ClosedAfterTheDayFollowingTheService) {
  auto cli = client();
  auto done = staff_post(cli, "/api/counter/1001/revenue/walk-in", json::object(), day_.token);
  ASSERT_EQ(done->status, 200);
  const json ticket = json::parse(done->body);
  auto called = staff_post(cli, "/api/counter/1001/revenue/call", {{"counter", 1}, {"ticket", ticket["ticket"]}},
                           day_.token);
  ASSERT_EQ(called->status, 200) << called->body;
  ASSERT_EQ(staff_post(cli, "/api/counter/1001/revenue/done", {{"ticket", ticket["ticket"]}}, day_.token)->status, 200);
  set_clock(server(), slot_start_of(day_.date, 0) + 2 * 86400);
  auto closed = rate(cli, {{"ticket_qr", ticket["qr"]}}, 5);
  EXPECT_EQ(closed->status, 409);
  EXPECT_EQ(error_of(closed), "rating_closed");
  set_clock(server(), slot_start_of(day_.date, 0) + 86400);  // the next day: still open
  EXPECT_EQ(rate(cli, {{"ticket_qr", ticket["qr"]}}, 5)->status, 201);
}

}  // namespace
}  // namespace khiw::testing
