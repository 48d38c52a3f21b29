// Counters racing over loopback: many parallel "call next" from two counters never call a ticket twice,
// never give a counter two citizens at once, and a paused counter is never called to.
#include <barrier>
#include <map>
#include <set>
#include <thread>

#include "tests/server/api_helpers.h"
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

using CounterRaceTest = ServerTest;

constexpr int kCalls = 50;

struct CallOutcome {
  int status = 0;
  std::string error;
  std::string ticket;
  int counter = 0;
};

// All calls start at once (a barrier); each called citizen is finished at once, freeing the counter.
std::vector<CallOutcome> race_calls(const ServerProcess& server, const std::string& section, const std::string& token,
                                    int calls) {
  std::vector<CallOutcome> outcomes(static_cast<size_t>(calls));
  std::barrier start(calls);
  std::vector<std::thread> threads;
  for (int i = 0; i < calls; ++i) {
    threads.emplace_back([&, i] {
      auto cli = server.client();
      cli.set_read_timeout(60);
      CallOutcome& out = outcomes[static_cast<size_t>(i)];
      out.counter = 1 + i % 2;
      const std::string base = "/api/counter/1001/" + section + "/";
      start.arrive_and_wait();
      auto res = staff_post(cli, base + "call-next", {{"counter", out.counter}}, token);
      if (!res) return;  // status 0: the test fails
      const json answer = json::parse(res->body);
      out.status = res->status;
      out.error = answer.value("error", "");
      if (res->status != 200) return;
      out.ticket = answer["ticket"];
      auto done = staff_post(cli, base + "done", {{"ticket", out.ticket}}, token);
      if (!done || done->status != 200) out.status = -1;
    });
  }
  for (std::thread& t : threads) t.join();
  return outcomes;
}

void take_walk_ins(httplib::Client& cli, const std::string& section, const std::string& token, int n) {
  for (int i = 0; i < n; ++i)
    if (staff_post(cli, "/api/counter/1001/" + section + "/walk-in", json::object(), token)->status != 200)
      throw std::runtime_error("walk-in failed");
}

// The section's call_next and done audit rows in commit order: (action, ticket, counter).
std::vector<std::tuple<std::string, std::string, int>> counter_history(const std::filesystem::path& db_path,
                                                                       const std::string& section) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  const std::string sql = "SELECT action, json_extract(detail, '$.ticket'), json_extract(detail, '$.counter') "
                          "FROM audit_log WHERE action IN ('call_next', 'done') AND subject LIKE '1001/" +
                          section + "/%' ORDER BY seq";
  std::vector<std::tuple<std::string, std::string, int>> rows;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK)
    while (sqlite3_step(stmt) == SQLITE_ROW)
      rows.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
                        reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)), sqlite3_column_int(stmt, 2));
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return rows;
}

TEST_F(CounterRaceTest, ParallelCallsFromTwoCountersNeverCallATicketTwice) {
  auto cli = client();
  const std::string token = staff_token(server(), "staff1001");
  take_walk_ins(cli, "registration", token, kCalls + 10);

  const std::vector<CallOutcome> outcomes = race_calls(server(), "registration", token, kCalls);
  std::set<std::string> called;
  int busy = 0;
  for (const CallOutcome& o : outcomes) {
    if (o.status == 200) EXPECT_TRUE(called.insert(o.ticket).second) << o.ticket << " called twice";
    else if (o.status == 409 && o.error == "counter_busy") ++busy;
    else ADD_FAILURE() << "status " << o.status << " " << o.error;
  }
  EXPECT_GE(called.size(), 2u);
  EXPECT_EQ(called.size() + static_cast<size_t>(busy), static_cast<size_t>(kCalls));

  const auto db = dir() / "var" / "khiw.sqlite";
  for (const std::string& ticket : called)
    EXPECT_EQ(query_int(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'call_next' AND subject = "
                            "'1001/registration/" + ticket + "'"),
              1)
        << ticket;
  EXPECT_EQ(query_int(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'call_next' AND subject LIKE "
                          "'1001/registration/%'"),
            static_cast<int64_t>(called.size()));
  // In commit order, a counter takes a citizen only once the previous one is done.
  std::map<int, std::string> serving;
  for (const auto& [action, ticket, counter] : counter_history(db, "registration")) {
    if (action == "call_next") {
      EXPECT_FALSE(serving.contains(counter)) << "counter " << counter << " took " << ticket << " while serving "
                                              << serving[counter];
      serving[counter] = ticket;
    } else {
      EXPECT_EQ(serving[counter], ticket);
      serving.erase(counter);
    }
  }
  EXPECT_TRUE(serving.empty());
}

TEST_F(CounterRaceTest, APausedCounterIsNeverCalledToEvenInParallel) {
  auto cli = client();
  const std::string token = staff_token(server(), "staff1001");
  take_walk_ins(cli, "revenue", token, 30);
  const json pause = {{"counter", 2}, {"reason", "พักเที่ยง"}};
  ASSERT_EQ(staff_post(cli, "/api/counter/1001/revenue/pause", pause, token)->status, 200);

  int called = 0;
  for (const CallOutcome& o : race_calls(server(), "revenue", token, 40)) {
    if (o.counter == 2) {
      EXPECT_EQ(o.status, 409);
      EXPECT_EQ(o.error, "counter_paused");
    } else {
      EXPECT_TRUE(o.status == 200 || o.error == "counter_busy") << o.status << " " << o.error;
      called += o.status == 200;
    }
  }
  EXPECT_GE(called, 1);
  const auto db = dir() / "var" / "khiw.sqlite";
  EXPECT_EQ(query_int(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'call_next' AND subject LIKE '1001/revenue/%' "
                          "AND json_extract(detail, '$.counter') = 2"),
            0);
  ASSERT_EQ(staff_post(cli, "/api/counter/1001/revenue/resume", {{"counter", 2}}, token)->status, 200);
  EXPECT_EQ(staff_post(cli, "/api/counter/1001/revenue/call-next", {{"counter", 2}}, token)->status, 200);
}

}  // namespace
}  // namespace khiw::testing
