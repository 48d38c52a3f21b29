// A database written by the version before counter mode: its audit log gains the office column at start
// (old rows keep none), it gains the ratings table, and today's queue row, stored without priorities,
// transfers or pauses, still loads, serves and counts in the statistics. One from before the pre-service
// lists: its requests list as pending, picked up where booked.
#include <chrono>

#include "tests/server/api_helpers.h"
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

void run_sql(const std::filesystem::path& file, const std::string& sql) {
  std::filesystem::create_directories(file.parent_path());
  sqlite3* db = nullptr;
  sqlite3_open(file.c_str(), &db);
  char* error = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  const std::string message = error ? error : "";
  sqlite3_free(error);
  sqlite3_close(db);
  if (rc != SQLITE_OK) throw std::runtime_error(message);
}

TEST(UpgradeTest, OldAuditLogAndQueueRowsStillServe) {
  TempDir dir;
  const ServerConfig config = default_config(dir.path());
  const UnixSeconds now = std::chrono::duration_cast<std::chrono::seconds>(
                              std::chrono::system_clock::now().time_since_epoch()).count();
  const std::string today = iso_date(bkk_date(now));
  run_sql(config.db_path,
          "CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT NOT NULL, "
          "actor_id TEXT NOT NULL, client TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL, "
          "detail TEXT NOT NULL);"
          "INSERT INTO audit_log(at, actor, actor_id, client, action, subject, detail) "
          "VALUES(" + std::to_string(now) + ", 'staff', 'staff1001', 'old', 'walk_in', '1001/registration/W001', '{}');"
          "CREATE TABLE queues (office_code TEXT NOT NULL, section_id TEXT NOT NULL, day TEXT NOT NULL, "
          "state TEXT NOT NULL, PRIMARY KEY(office_code, section_id, day));"
          "INSERT INTO queues VALUES('1001', 'registration', '" + today + "', '"
          R"({"version":1,"office_code":"1001","section_id":"registration","day":")" + today +
          R"(","counters":2,"next_booked":1,"next_walk_in":2,"line":["W001"],"tickets":[{"number":"W001",)"
          R"("kind":"walk_in","state":"waiting","booking_id":"","issued_at":0,"joined_at":0,"called_at":0,)"
          R"("finished_at":0,"counter":0,"passed_at":0}]})" "');");

  ServerProcess server(config);
  auto cli = server.client();
  const std::string token = staff_token(server, "staff1001");
  const json queue = json::parse(cli.Get("/api/counter/1001/registration/queue", bearer(token))->body);
  EXPECT_EQ(queue["tickets"][0]["priority"], "");
  EXPECT_EQ(queue["paused"], json::array());
  auto walk_in = staff_post(cli, "/api/counter/1001/revenue/walk-in", json::object(), token);
  ASSERT_EQ(walk_in->status, 200) << walk_in->body;
  EXPECT_EQ(json::parse(walk_in->body)["ticket"], "W002");  // after the old row's W001
  auto called = staff_post(cli, "/api/counter/1001/registration/call-next", {{"counter", 1}}, token);
  ASSERT_EQ(called->status, 200) << called->body;
  EXPECT_EQ(json::parse(called->body)["ticket"], "W001");

  const json entries = json::parse(cli.Get("/api/counter/1001/audit", bearer(token))->body)["entries"];
  ASSERT_FALSE(entries.empty());
  EXPECT_EQ(entries[0]["action"], "call_next");
  for (const json& e : entries)
    EXPECT_FALSE(e["action"] == "walk_in" && e["subject"] == "1001/registration/W001") << "the old row has no office";
  EXPECT_EQ(query_int(config.db_path, "SELECT COUNT(*) FROM audit_log WHERE office_code IS NULL AND client = 'old'"),
            1);
  // Ratings came later: the old database gains their table, and the old queue row feeds the statistics.
  EXPECT_EQ(query_int(config.db_path, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'ratings'"), 1);
  auto open_data = cli.Get("/api/open-data/1001");
  ASSERT_EQ(open_data->status, 200) << open_data->body;
  EXPECT_EQ(json::parse(open_data->body)["offices"][0]["totals"]["arrivals"], 2);  // W001 and W002
}

TEST(UpgradeTest, OldPreServiceBookingListsAsPendingAtItsOwnOffice) {
  TempDir dir;
  const ServerConfig config = default_config(dir.path());
  const std::string at = std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                                            std::chrono::system_clock::now().time_since_epoch()).count());
  const std::string record =
      R"({"version":1,"id":"OLDPRE01","office_code":"1001","section_id":"registration",)"
      R"("service_id":"house_reg_copy","date":"2026-11-24","slot":0,"citizen_key":"abc","id_last4":"1234",)"
      R"("name":"สมศรี เก่า","mobile":"0812345678","pre_service":{"laser_code":"JC1123456789","copies":2,)"
      R"("pickup_date":"2026-11-25"},"state":"confirmed","created_at":)" + at + R"(,"updated_at":)" + at + "}";
  run_sql(config.db_path,
          "CREATE TABLE bookings (code TEXT PRIMARY KEY, office_code TEXT NOT NULL, section_id TEXT NOT NULL, "
          "service_id TEXT NOT NULL, date TEXT NOT NULL, slot INTEGER NOT NULL, citizen_key TEXT NOT NULL, "
          "record TEXT NOT NULL, state TEXT NOT NULL, active INTEGER NOT NULL, updated_at INTEGER NOT NULL);"
          "INSERT INTO bookings VALUES('OLDPRE01', '1001', 'registration', 'house_reg_copy', '2026-11-24', 0, "
          "'abc', '" + record + "', 'confirmed', 1, " + at + ");");

  ServerProcess server(config);
  auto cli = server.client();
  const std::string token = staff_token(server, "staff1001");
  auto res = cli.Get("/api/counter/1001/pre-service", bearer(token));
  ASSERT_EQ(res->status, 200) << res->body;
  const json requests = json::parse(res->body)["requests"];
  ASSERT_EQ(requests.size(), 1u) << requests;
  EXPECT_EQ(requests[0]["code"], "OLDPRE01");
  EXPECT_EQ(requests[0]["state"], "pending");
  EXPECT_EQ(requests[0]["pickup_office"], "1001");
  EXPECT_EQ(requests[0]["role"], "both");
  EXPECT_EQ(requests[0]["updated_at"], std::stoll(at));
  auto prepared = staff_post(cli, "/api/counter/1001/pre-service/OLDPRE01/prepare", json::object(), token, "up-1");
  ASSERT_EQ(prepared->status, 200) << prepared->body;
  EXPECT_EQ(json::parse(prepared->body)["state"], "prepared");
}

}  // namespace
}  // namespace khiw::testing
