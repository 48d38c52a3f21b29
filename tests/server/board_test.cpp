// GET /api/board/{office}: the public "now serving" board of today's lines, over HTTP on the test clock.
#include "tests/server/api_helpers.h"
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

using BoardTest = TestClockServerTest;

std::string act(httplib::Client& cli, const std::string& token, const std::string& section, const std::string& action,
                const json& body) {
  return ok(staff_post(cli, "/api/counter/1001/" + section + "/" + action, body, token)).value("ticket", "");
}

TEST_F(BoardTest, ShowsCallsRecallsNextAndMissedWithoutPersonalData) {
  auto cli = client();
  const std::string date = bookable_date(cli);
  const json body = booking_body(date, 0, national_id(71001));
  auto created = create_booking(cli, body, "board-1");
  ASSERT_TRUE(created && created->status == 201);
  const std::string code = json::parse(created->body)["booking"]["code"];
  const UnixSeconds opening = slot_start_of(date, 0) - 600;
  set_clock(server(), opening);
  const std::string token = staff_token(server(), "staff1001");

  const std::string w1 = act(cli, token, "registration", "walk-in", json::object());
  const std::string w2 = act(cli, token, "registration", "walk-in", json::object());
  const std::string w3 = act(cli, token, "registration", "walk-in", json::object());
  const std::string booked = act(cli, token, "registration", "check-in", {{"code", code}});
  const std::string rev = act(cli, token, "revenue", "walk-in", json::object());
  ASSERT_EQ(act(cli, token, "registration", "call-next", {{"counter", 2}}), booked);  // on time: first
  set_clock(server(), opening + 60);
  ASSERT_EQ(act(cli, token, "registration", "call-next", {{"counter", 1}}), w1);
  ASSERT_EQ(act(cli, token, "registration", "no-show", {{"ticket", w1}}), w1);
  set_clock(server(), opening + 120);
  act(cli, token, "registration", "recall", {{"counter", 2}, {"ticket", booked}});

  auto res = cli.Get("/api/board/1001");
  const json board = ok(res);
  EXPECT_EQ(board["office_code"], "1001");
  EXPECT_EQ(board["date"], date);
  ASSERT_EQ(board["sections"].size(), 2u);
  const json& reg = board["sections"][0];
  EXPECT_EQ(reg["section_id"], "registration");  // the catalog's order
  EXPECT_EQ(reg["serving"], (json::array({{{"ticket", booked}, {"counter", 2}, {"at", opening + 120}, {"recalls", 1}}})));  // recall
  EXPECT_EQ(reg["next"], (json{w2, w3}));
  EXPECT_EQ(reg["missed"], json::array({w1}));
  EXPECT_EQ(board["sections"][1]["next"], json::array({rev}));
  EXPECT_EQ(res->body.find(code), std::string::npos);
  EXPECT_EQ(res->body.find(body["name"].get<std::string>()), std::string::npos);
  EXPECT_EQ(res->body.find("71001"), std::string::npos);

  // Unchanged: a bodiless 304; a change gives a new document.
  const std::string etag = res->get_header_value("ETag");
  auto again = cli.Get("/api/board/1001", {{"If-None-Match", etag}});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 304);
  act(cli, token, "registration", "pause", {{"counter", 1}, {"reason", "พัก"}});
  auto changed = cli.Get("/api/board/1001", {{"If-None-Match", etag}});
  ASSERT_TRUE(changed);
  EXPECT_EQ(changed->status, 200);
  EXPECT_EQ(json::parse(changed->body)["sections"][0]["paused"], json::array({1}));
}

TEST_F(BoardTest, AnOfficeWithNoLineTodayHasAnEmptyBoardAndAnUnknownOneIsRefused) {
  auto cli = client();
  EXPECT_EQ(ok(cli.Get("/api/board/1050"))["sections"], json::array());
  auto unknown = cli.Get("/api/board/9999");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 404);
  EXPECT_EQ(json_body(unknown)["error"], "unknown_office");
}

}  // namespace
}  // namespace khiw::testing
