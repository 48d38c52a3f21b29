// Authorization: counter actions need a staff session for that office; sessions expire; login
// attempts are rate-limited. Runs the test-clock build to expire a session.
#include "tests/server/api_helpers.h"
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

using AuthzTest = TestClockServerTest;

const char* const kCounterPaths[] = {
    "/api/counter/1001/registration/call-next", "/api/counter/1001/registration/done",
    "/api/counter/1001/registration/check-in",  "/api/counter/1001/verify",
    "/api/counter/1001/registration/call",      "/api/counter/1001/registration/recall",
    "/api/counter/1001/registration/return",    "/api/counter/1001/registration/transfer",
    "/api/counter/1001/registration/pause",     "/api/counter/1001/registration/resume",
    "/api/counter/1001/registration/walk-in",   "/api/counter/1001/registration/no-show"};
const char* const kCounterReads[] = {"/api/counter/1001/registration/queue", "/api/counter/1001/roster",
                                     "/api/counter/1001/audit"};

TEST_F(AuthzTest, CitizensCannotCallCounterActions) {
  auto cli = client();
  for (const char* path : kCounterPaths) {
    for (const httplib::Headers& headers : {httplib::Headers{}, bearer("not-a-token")}) {
      auto res = cli.Post(path, headers, R"({"counter":1})", "application/json");
      ASSERT_TRUE(res) << path;
      EXPECT_EQ(res->status, 401) << path;
      EXPECT_EQ(json::parse(res->body)["error"], "unauthorized") << path;
    }
  }
  for (const char* path : kCounterReads) {
    auto res = cli.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 401) << path;
  }
}

TEST_F(AuthzTest, StaffOfOneOfficeCannotActOnAnother) {
  auto cli = client();
  const std::string token = staff_token(server(), "staff1002");
  for (const char* path : kCounterPaths) {
    auto res = cli.Post(path, bearer(token), R"({"counter":1})", "application/json");
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 403) << path;
    EXPECT_EQ(json::parse(res->body)["error"], "forbidden_office") << path;
  }
  for (const char* path : kCounterReads) {
    auto res = cli.Get(path, bearer(token));
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 403) << path;
    EXPECT_EQ(json::parse(res->body)["error"], "forbidden_office") << path;
  }
  for (const char* own_read :
       {"/api/counter/1002/roster", "/api/counter/1002/audit", "/api/counter/1002/revenue/queue"}) {
    auto own = cli.Get(own_read, bearer(token));
    ASSERT_TRUE(own) << own_read;
    EXPECT_EQ(own->status, 200) << own_read;
  }
}

TEST_F(AuthzTest, ExpiredTokensAreRefused) {
  auto cli = client();
  const std::string token = staff_token(server(), "staff1001");
  ASSERT_EQ(cli.Get("/api/staff/me", bearer(token))->status, 200);
  const UnixSeconds now = json::parse(cli.Get("/api/health")->body)["now"];
  set_clock(server(), now + 9 * 3600);
  auto expired = cli.Get("/api/staff/me", bearer(token));
  ASSERT_TRUE(expired);
  EXPECT_EQ(expired->status, 401);
  auto action = cli.Get("/api/counter/1001/roster", bearer(token));
  ASSERT_TRUE(action);
  EXPECT_EQ(action->status, 401);
  set_clock(server(), now);
}

TEST_F(AuthzTest, LoginAttemptsAreRateLimited) {
  auto cli = client();
  std::vector<int> statuses;
  for (int i = 0; i < 7; ++i)
    statuses.push_back(post_json(cli, "/api/staff/login", {{"username", "staff1001"}, {"password", "guess"}})->status);
  EXPECT_EQ(statuses, (std::vector<int>{401, 401, 401, 401, 401, 429, 429}));
  // Even the right password waits until the window has passed.
  EXPECT_THROW(staff_token(server(), "staff1001"), std::runtime_error);
  const UnixSeconds now = json::parse(cli.Get("/api/health")->body)["now"];
  set_clock(server(), now + 301);
  EXPECT_NO_THROW(staff_token(server(), "staff1001"));
}

TEST_F(AuthzTest, AuditLogIsAppendOnly) {
  const auto db = dir() / "var" / "khiw.sqlite";
  EXPECT_GT(query_int(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'create_staff'"), 0);
  sqlite3* handle = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(handle, "UPDATE audit_log SET actor = 'x'", nullptr, nullptr, nullptr), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(handle, "DELETE FROM audit_log", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(handle);
}

}  // namespace
}  // namespace khiw::testing
