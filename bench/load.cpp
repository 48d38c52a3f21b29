// Load generator for khiw-server: starts the real binary on a free loopback port with a fresh
// database (or targets --url), then
//   1. a hot slot: every client races for the same 5 seats (must accept exactly 5),
//   2. bookings spread over all offices for --seconds: bookings/s, p50/p99 latency,
//   3. zero overbooking: no slot in the database holds more than its capacity,
//   4. live-count polls with If-None-Match for --seconds: polls/s and the share of 304s.
// Usage: bench_load [--server PATH] [--url http://127.0.0.1:PORT] [--data-dir data] [--clients 16]
//                   [--seconds 5]
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <cstdio>
#include <iostream>
#include <regex>
#include <thread>

#include "bench/bench_server.h"

namespace {

using namespace khiw::bench;

// The goals of issue 5, on 2 cores.
constexpr double kBookingsGoal = 3000;  // accepted bookings per second
constexpr double kP99BudgetMs = 20;
constexpr double kPollsGoal = 20000;    // live-count polls per second

int64_t max_per_slot(const std::filesystem::path& db) {
  sqlite3* h = nullptr;
  sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  int64_t value = -1;
  sqlite3_prepare_v2(h,
                     "SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM bookings WHERE active = 1 "
                     "GROUP BY office_code, section_id, date, slot)",
                     -1, &st, nullptr);
  if (sqlite3_step(st) == SQLITE_ROW) value = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(h);
  return value;
}

}  // namespace

int run(int argc, char** argv) {
  const Args args = parse_args(argc, argv);
  Server server;
  if (args.url.empty()) {
    server = start_server(args);
  } else {
    std::smatch m;
    if (!std::regex_search(args.url, m, std::regex(R"(http://([0-9.]+):([0-9]+))"))) return 1;
    server.host = m[1];
    server.port = std::stoi(m[2]);
    wait_until_healthy(server);
  }
  const auto make_client = [&] { return bench_client(server); };
  auto probe = make_client();
  const BookingTargets targets = booking_targets(probe);
  const int run_id = static_cast<int>(std::time(nullptr) % 100000) * 1000;

  // 1. Hot slot.
  std::atomic<int> hot_accepted{0};
  {
    std::barrier start(args.clients);
    std::vector<std::thread> threads;
    for (int c = 0; c < args.clients; ++c)
      threads.emplace_back([&, c] {
        auto cli = make_client();
        const std::string body = booking("1050", targets.bookables[0], targets.dates.back(), 5, run_id + c).dump();
        start.arrive_and_wait();
        auto r = cli.Post("/api/bookings", {{"Idempotency-Key", "hot-" + std::to_string(run_id + c)}}, body,
                          "application/json");
        if (r && r->status == 201) ++hot_accepted;
      });
    for (auto& t : threads) t.join();
  }

  // 2. Spread bookings.
  BookingRun spread = run_bookings(server, targets, args.clients, args.seconds, run_id, 0);

  // 4. Live-count polls, each client revalidating with the ETag it last saw.
  std::atomic<long> polls{0}, not_modified{0};
  const auto poll_deadline = Clock::now() + std::chrono::seconds(args.seconds);
  const auto poll_begin = Clock::now();
  {
    std::vector<std::thread> threads;
    for (int c = 0; c < args.clients; ++c)
      threads.emplace_back([&] {
        auto cli = make_client();
        std::string etag;
        while (Clock::now() < poll_deadline) {
          auto r = etag.empty() ? cli.Get("/api/live") : cli.Get("/api/live", {{"If-None-Match", etag}});
          if (!r) continue;
          ++polls;
          if (r->status == 304) ++not_modified;
          else etag = r->get_header_value("ETag");
        }
      });
    for (auto& t : threads) t.join();
  }
  const double poll_seconds = std::chrono::duration<double>(Clock::now() - poll_begin).count();

  const int64_t fullest = server.db.empty() ? -1 : max_per_slot(server.db);
  std::printf("clients %d, %d s per phase, server %s:%d\n", args.clients, args.seconds, server.host.c_str(),
              server.port);
  std::printf("hot slot: %d of %d racing clients accepted (capacity 5)\n", hot_accepted.load(), args.clients);
  const double bookings_per_s = spread.per_second();
  const double p99 = percentile(spread.latencies_ms, 0.99);
  std::printf("bookings: %.0f accepted/s (%ld accepted, %ld refused, %ld failed), p50 %.2f ms, p99 %.2f ms\n",
              bookings_per_s, spread.accepted, spread.refused, spread.failed, percentile(spread.latencies_ms, 0.50), p99);
  std::printf("  goal >= %.0f/s: %.2fx; p99 budget %.0f ms: %.2f of it\n", kBookingsGoal, bookings_per_s / kBookingsGoal,
              kP99BudgetMs, p99 / kP99BudgetMs);
  if (fullest >= 0) std::printf("overbooking: fullest slot holds %lld (capacity 5) -> %s\n",
                                static_cast<long long>(fullest), fullest <= 5 ? "none" : "OVERBOOKED");
  const double polls_per_s = static_cast<double>(polls) / poll_seconds;
  std::printf("live polls: %.0f/s, %.1f%% answered 304\n", polls_per_s,
              polls ? 100.0 * static_cast<double>(not_modified) / static_cast<double>(polls) : 0.0);
  std::printf("  goal >= %.0f/s: %.2fx\n", kPollsGoal, polls_per_s / kPollsGoal);
  server.stop();
  return hot_accepted == 5 && fullest <= 5 ? 0 : 1;
}

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "bench_load: " << e.what() << '\n';
    return 2;
  }
}
