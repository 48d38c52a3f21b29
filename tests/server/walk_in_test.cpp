// Same-day remote walk-in tickets: the answer's place in line and signed QR, staff verifying that QR,
// the holder's status read (ETag/304, path checks) following the ticket through the counter, and the
// live counts' `remote`. Each test uses its own office section, so their lines do not mix.
#include "server-stub/crypto.h"
#include "tests/server/api_helpers.h"
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

using WalkInTest = ServerTest;

json take_ticket(httplib::Client& cli, const std::string& office, const std::string& section) {
  auto res = post_json(cli, "/api/walk-ins", {{"office_code", office}, {"section_id", section}});
  if (!res || res->status != 200) throw std::runtime_error("walk-in failed: " + (res ? res->body : "no answer"));
  return json::parse(res->body);
}

std::string status_path(const json& ticket) {
  return "/api/walk-ins/" + ticket["office_code"].get<std::string>() + "/" + ticket["section_id"].get<std::string>() +
         "/" + ticket["ticket"].get<std::string>();
}

json status_of(httplib::Client& cli, const json& ticket) {
  auto res = cli.Get(status_path(ticket).c_str());
  if (!res || res->status != 200) throw std::runtime_error("status failed: " + (res ? res->body : "no answer"));
  return json::parse(res->body);
}

TEST_F(WalkInTest, TicketHoldsAPlaceAndCarriesASignedQr) {
  auto cli = client();
  const json first = take_ticket(cli, "1001", "registration");
  const json second = take_ticket(cli, "1001", "registration");
  const std::string today = iso_date(bkk_date(json::parse(cli.Get("/api/health")->body)["now"]));

  EXPECT_EQ(first["ticket"], "W001");
  EXPECT_EQ(first["office_code"], "1001");
  EXPECT_EQ(first["section_id"], "registration");
  EXPECT_EQ(first["date"], today);
  EXPECT_EQ(first["state"], "remote");
  EXPECT_GT(first["issued_at"].get<UnixSeconds>(), 0);
  EXPECT_EQ(first["position"], 1);
  EXPECT_EQ(first["event"]["position"], 1);
  EXPECT_EQ(first["wait_seconds"], 0);  // nobody ahead
  EXPECT_EQ(second["position"], 2);
  EXPECT_EQ(second["waiting"], 2);      // a remote ticket holds its place in line
  EXPECT_GT(second["wait_seconds"].get<UnixSeconds>(), 0);

  const std::string qr = first["qr"];
  EXPECT_TRUE(qr.starts_with("KHIW1.W001.1001.registration." + today + ".")) << qr;
  EXPECT_LE(qr.size(), 256u);

  const std::string token = staff_token(server(), "staff1001");
  auto verified = staff_post(cli, "/api/counter/1001/verify", {{"qr", qr}}, token);
  ASSERT_EQ(verified->status, 200) << verified->body;
  EXPECT_EQ(json::parse(verified->body),
            (json{{"valid", true},
                  {"ticket",
                   {{"number", "W001"}, {"office_code", "1001"}, {"section_id", "registration"}, {"date", today},
                    {"state", "remote"}, {"position", 1}}}}));

  std::string tampered = qr;
  tampered[9] = '2';  // W001 -> W002, signature unchanged
  auto forged = staff_post(cli, "/api/counter/1001/verify", {{"qr", tampered}}, token);
  EXPECT_EQ(forged->status, 422);
  EXPECT_EQ(json::parse(forged->body)["error"], "bad_signature");

  auto elsewhere = staff_post(cli, "/api/counter/1002/verify", {{"qr", qr}}, staff_token(server(), "staff1002"));
  EXPECT_EQ(elsewhere->status, 403);
  EXPECT_EQ(json::parse(elsewhere->body)["error"], "forbidden_office");
}

TEST_F(WalkInTest, VerifiedQrOfATicketNotInThatDaysQueueIsNotFound) {
  auto cli = client();
  const std::string today = take_ticket(cli, "1001", "finance")["date"];
  ASSERT_GE(sodium_init(), 0);
  const server::ServerKeys keys = server::load_or_create_keys(dir() / "var" / "khiw.sqlite.key");
  const std::string token = staff_token(server(), "staff1001");
  for (const std::string& payload : {"W999.1001.finance." + today, std::string("W001.1001.finance.2020-01-06")}) {
    auto res = staff_post(cli, "/api/counter/1001/verify", {{"qr", server::sign_qr(keys, payload)}}, token);
    EXPECT_EQ(res->status, 404) << payload;
    EXPECT_EQ(json::parse(res->body)["error"], "ticket_not_found") << payload;
  }
}

TEST_F(WalkInTest, StatusFollowsTheTicketThroughTheCounter) {
  auto cli = client();
  const std::string token = staff_token(server(), "staff1001");
  const json remote = take_ticket(cli, "1001", "revenue");
  auto at_office = staff_post(cli, "/api/counter/1001/revenue/walk-in", json::object(), token);
  ASSERT_EQ(at_office->status, 200) << at_office->body;
  // Numbers run across the office's sections (earlier tests took some at 1001's registration).
  const std::string number = remote["ticket"];

  const json before = status_of(cli, remote);
  EXPECT_EQ(before["ticket"], number);
  EXPECT_EQ(before["state"], "remote");
  EXPECT_EQ(before["position"], 1);
  EXPECT_EQ(before["people_ahead"], 0);
  EXPECT_FALSE(before.contains("counter"));

  auto res = cli.Get(status_path(remote).c_str());
  const std::string etag = res->get_header_value("ETag");
  EXPECT_FALSE(etag.empty());
  EXPECT_EQ(res->get_header_value("Cache-Control"), "no-cache");
  auto unchanged = cli.Get(status_path(remote).c_str(), {{"If-None-Match", etag}});
  EXPECT_EQ(unchanged->status, 304);
  EXPECT_TRUE(unchanged->body.empty());

  // The call skips the holder still away and takes the citizen at the office.
  auto called = staff_post(cli, "/api/counter/1001/revenue/call-next", {{"counter", 1}}, token);
  ASSERT_EQ(called->status, 200) << called->body;
  EXPECT_EQ(json::parse(called->body)["ticket"], json::parse(at_office->body)["ticket"]);
  EXPECT_EQ(status_of(cli, remote)["state"], "remote");

  ASSERT_EQ(staff_post(cli, "/api/counter/1001/revenue/check-in", {{"ticket", number}}, token)->status, 200);
  const json checked_in = status_of(cli, remote);
  EXPECT_EQ(checked_in["state"], "waiting");
  EXPECT_EQ(checked_in["position"], 1);
  auto changed = cli.Get(status_path(remote).c_str(), {{"If-None-Match", etag}});
  EXPECT_EQ(changed->status, 200);
  EXPECT_NE(changed->get_header_value("ETag"), etag);

  ASSERT_EQ(staff_post(cli, "/api/counter/1001/revenue/call-next", {{"counter", 2}}, token)->status, 200);
  const json serving = status_of(cli, remote);
  EXPECT_EQ(serving["state"], "serving");
  EXPECT_EQ(serving["position"], 0);
  EXPECT_EQ(serving["people_ahead"], 0);
  EXPECT_EQ(serving["counter"], 2);

  ASSERT_EQ(staff_post(cli, "/api/counter/1001/revenue/done", {{"ticket", number}}, token)->status, 200);
  EXPECT_EQ(status_of(cli, remote)["state"], "done");
}

TEST_F(WalkInTest, UnknownTicketsAndMalformedPathsAreRefused) {
  auto cli = client();
  take_ticket(cli, "1003", "registration");
  const std::pair<const char*, std::pair<int, const char*>> cases[] = {
      {"/api/walk-ins/1003/registration/W999", {404, "ticket_not_found"}},
      {"/api/walk-ins/1003/education/W001", {404, "ticket_not_found"}},  // no line there today
      {"/api/walk-ins/9999/registration/W001", {404, "unknown_office"}},
      {"/api/walk-ins/1003/no_such_section/W001", {404, "unknown_section"}},
      {"/api/walk-ins/10x3/registration/W001", {400, "bad_path"}},
      {"/api/walk-ins/1003/Registration/W001", {400, "bad_path"}},
      {"/api/walk-ins/1003/registration/X001", {400, "bad_path"}},
      {"/api/walk-ins/1003/registration/W0001", {400, "bad_path"}},
  };
  for (const auto& [path, expected] : cases) {
    auto res = cli.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, expected.first) << path;
    EXPECT_EQ(json_body(res)["error"], expected.second) << path;
  }
}

TEST_F(WalkInTest, LiveCountsTellRemoteHoldersApart) {
  auto cli = client();
  take_ticket(cli, "1002", "revenue");
  json office = json::parse(cli.Get("/api/live/1002")->body)["offices"][0];
  EXPECT_EQ(office["sections"]["revenue"]["waiting"], 1);  // waiting includes places held from the app
  EXPECT_EQ(office["sections"]["revenue"]["remote"], 1);
  EXPECT_EQ(office["remote"], 1);

  const std::string token = staff_token(server(), "staff1002");
  ASSERT_EQ(staff_post(cli, "/api/counter/1002/revenue/check-in", {{"ticket", "W001"}}, token)->status, 200);
  office = json::parse(cli.Get("/api/live/1002")->body)["offices"][0];
  EXPECT_EQ(office["sections"]["revenue"]["waiting"], 1);
  EXPECT_EQ(office["sections"]["revenue"]["remote"], 0);
}

}  // namespace
}  // namespace khiw::testing
