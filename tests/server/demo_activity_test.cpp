// --demo-activity: a simulated day moves the live counts of the chosen offices through audited counter
// actions; without the option nothing moves; an unknown office stops the server at start.
#include <sys/wait.h>

#include <cstdlib>

#include "tests/server/api_helpers.h"
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

ServerConfig with_demo(const std::filesystem::path& dir, const std::string& offices) {
  ServerConfig config = default_config(dir);
  config.extra_args.insert(config.extra_args.end(), {"--demo-activity", offices});
  return config;
}

json office_counts(const ServerProcess& server, const std::string& office) {
  auto cli = server.client();
  return json::parse(cli.Get(("/api/live/" + office).c_str())->body)["offices"][0];
}

int64_t demo_audit_rows(const std::filesystem::path& dir) {
  return query_int(dir / "var" / "khiw.sqlite", "SELECT COUNT(*) FROM audit_log WHERE actor = 'demo'");
}

TEST(DemoActivityTest, MovesTheChosenOfficesCountsThroughAuditedActions) {
  TempDir dir;
  auto server = std::make_unique<ServerProcess>(with_demo(dir.path(), "1001"));
  // The played day starts with the early crowd in line: the first tickets come at the demo's first step.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  json counts = office_counts(*server, "1001");
  while (counts["waiting"] == 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    counts = office_counts(*server, "1001");
  }
  EXPECT_GT(counts["waiting"].get<int>(), 0) << counts;
  EXPECT_TRUE(counts["sections"].contains("registration")) << counts;
  EXPECT_GT(demo_audit_rows(dir.path()), 0);
  EXPECT_EQ(office_counts(*server, "1002")["waiting"], 0);  // only the chosen offices

  // SIGTERM stops the demo thread with the server, well before the harness would resort to SIGKILL.
  const auto stopping = std::chrono::steady_clock::now();
  server.reset();
  EXPECT_LT(std::chrono::steady_clock::now() - stopping, std::chrono::seconds(2));
}

TEST(DemoActivityTest, IsOffByDefault) {
  TempDir dir;
  ServerProcess server(default_config(dir.path()));
  // The demo would have issued its first tickets before the server answered; one more step of it
  // (a second) shows nothing was merely late.
  std::this_thread::sleep_for(std::chrono::milliseconds(1200));
  auto cli = server.client();
  const json live = json::parse(cli.Get("/api/live")->body);  // kept: the loop runs over a part of it
  for (const json& office : live["offices"]) EXPECT_EQ(office["waiting"], 0) << office;
  EXPECT_EQ(demo_audit_rows(dir.path()), 0);
}

TEST(DemoActivityTest, UnknownOfficeStopsTheServerAtStart) {
  TempDir dir;
  const ServerConfig config = default_config(dir.path());
  const std::string command = config.binary + " --port 0 --db " + config.db_path.string() + " --web-root " +
                              config.web_root.string() + " --data-dir " + config.data_dir.string() +
                              " --demo-staff none --demo-activity 1001,9999 >/dev/null 2>" +
                              config.stderr_path.string();
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_NE(WEXITSTATUS(status), 0);
  EXPECT_NE(file_bytes(config.stderr_path).find("--demo-activity: unknown office \"9999\""), std::string::npos)
      << file_bytes(config.stderr_path);
}

}  // namespace
}  // namespace khiw::testing
