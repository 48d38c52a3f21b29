// Durability: every booking acknowledged to a client survives kill -9 of the server under load, and
// the write-ahead log is copied into the database file while the server runs.
#include <atomic>
#include <filesystem>
#include <mutex>
#include <thread>

#include "tests/server/api_helpers.h"
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

constexpr int kWriters = 8;
constexpr int kMinAcknowledged = 150;
constexpr auto kMaxLoad = std::chrono::seconds(20);

struct Acknowledged {
  std::string code;
  std::string secret;
};

TEST(DurabilityTest, AcknowledgedBookingsSurviveKill9) {
  TempDir dir;
  const ServerConfig config = default_config(dir.path());
  auto server = std::make_unique<ServerProcess>(config);
  auto probe = server->client();
  const std::string date = bookable_date(probe);

  std::mutex mutex;
  std::vector<Acknowledged> acknowledged;
  std::atomic<bool> stop{false};
  std::vector<std::thread> writers;
  for (int w = 0; w < kWriters; ++w) {
    writers.emplace_back([&, w] {
      auto cli = server->client();
      cli.set_read_timeout(2);
      // Each writer books its own offices so capacity never runs out: 6 slots × 5 seats per office.
      for (int n = 0; !stop; ++n) {
        const std::string office = std::to_string(1001 + (w * 6 + n / 30) % 50);
        const json body = booking_body(date, n % 6, national_id(40000 + w * 10000 + n), office);
        auto res = create_booking(cli, body, "durable-" + std::to_string(w) + "-" + std::to_string(n));
        if (!res) continue;  // the server is gone: not acknowledged
        if (res->status != 201) continue;
        const json b = json::parse(res->body);
        std::lock_guard lock(mutex);
        acknowledged.push_back({b["booking"]["code"], b["secret"]});
      }
    });
  }
  const auto deadline = std::chrono::steady_clock::now() + kMaxLoad;
  while (std::chrono::steady_clock::now() < deadline) {
    {
      std::lock_guard lock(mutex);
      if (acknowledged.size() >= kMinAcknowledged) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  server->kill_hard();  // mid-load: writers have requests in flight
  stop = true;
  for (std::thread& t : writers) t.join();
  ASSERT_GE(acknowledged.size(), static_cast<size_t>(kMinAcknowledged));

  server = std::make_unique<ServerProcess>(config);
  auto cli = server->client();
  size_t found = 0;
  for (const Acknowledged& a : acknowledged) {
    auto res = post_json(cli, "/api/bookings/lookup", {{"code", a.code}, {"secret", a.secret}});
    if (res && res->status == 200 && json::parse(res->body)["booking"]["state"] == "confirmed") ++found;
  }
  EXPECT_EQ(found, acknowledged.size());
  EXPECT_GE(query_int(config.db_path, "SELECT COUNT(*) FROM audit_log WHERE action = 'create_booking'"),
            static_cast<int64_t>(acknowledged.size()));
}

// A read left open on the server's connection once kept every checkpoint from finishing: the log
// grew without bound and the database file stayed empty. Here the bookings must reach the file.
TEST(DurabilityTest, LogIsCopiedIntoTheDatabaseFileWhileServing) {
  constexpr int kBookings = 1200;
  constexpr uintmax_t kAtLeastBytes = 1 << 20;  // about 1.5 KiB of table and index pages per booking
  TempDir dir;
  const ServerConfig config = default_config(dir.path());
  ServerProcess server(config);
  auto probe = server.client();
  const std::string date = bookable_date(probe);
  const uintmax_t size_before = std::filesystem::file_size(config.db_path);

  std::atomic<int> created{0};
  std::vector<std::thread> writers;
  for (int w = 0; w < kWriters; ++w) {
    writers.emplace_back([&, w] {
      auto cli = server.client();
      for (int n = w; n < kBookings; n += kWriters) {
        const std::string office = std::to_string(1001 + (n / 30) % 50);
        auto res = create_booking(cli, booking_body(date, n % 6, national_id(70000 + n), office),
                                  "log-" + std::to_string(n));
        if (res && res->status == 201) ++created;
      }
    });
  }
  for (std::thread& t : writers) t.join();
  ASSERT_EQ(created, kBookings);

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  uintmax_t size = std::filesystem::file_size(config.db_path);
  while (size < size_before + kAtLeastBytes && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    size = std::filesystem::file_size(config.db_path);
  }
  EXPECT_GE(size, size_before + kAtLeastBytes) << "the database file did not grow: the log was not copied into it";
}

}  // namespace
}  // namespace khiw::testing
