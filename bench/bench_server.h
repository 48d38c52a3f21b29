// What the server benches share: the real khiw-server started as a child on a free loopback port over a
// fresh database, clients set up as browsers are, and the spread booking load (each client walks its own
// seats so capacity never runs out) with its figures.
#pragma once
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "core/validation.h"
#include "tests/server/server_process.h"

namespace khiw::bench {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

// Flags of the server benches: --server PATH (default the khiw-server of this build tree), --url of a
// running server (bench_load only), --data-dir, --clients, --seconds.
struct Args {
  std::string server;
  std::string url;
  std::string data_dir = "data";
  int clients = 16;
  int seconds = 5;
};

inline Args parse_args(int argc, char** argv) {
  Args a;
  a.server = KHIW_SERVER_BIN;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--server") a.server = value;
    else if (flag == "--url") a.url = value;
    else if (flag == "--data-dir") a.data_dir = value;
    else if (flag == "--clients") a.clients = std::stoi(value);
    else if (flag == "--seconds") a.seconds = std::clamp(std::stoi(value), 1, 60);
    else throw std::invalid_argument("unknown flag " + flag);
  }
  return a;
}

// Where the benches send requests: a server they started over a fresh database in a temporary directory
// (with the tests' launcher, tests/server/server_process.h), or one already running (--url).
struct Server {
  std::string host;
  int port = 0;
  std::filesystem::path db;                        // empty when the bench did not start the server
  std::unique_ptr<testing::TempDir> dir;           // declared before the process: removed after it stops
  std::unique_ptr<testing::ServerProcess> process;
  void stop() { process.reset(); }
};

// The real server on a free loopback port, healthy; no demo staff (the benches only book and read).
inline Server start_server(const Args& args) {
  Server s;
  s.dir = std::make_unique<testing::TempDir>();
  const std::filesystem::path& dir = s.dir->path();
  std::filesystem::create_directories(dir / "web");
  s.db = dir / "khiw.sqlite";
  s.process = std::make_unique<testing::ServerProcess>(testing::ServerConfig{
      s.db, dir / "web", args.data_dir, dir / "server.stderr", {"--demo-staff", "none"}, args.server});
  s.host = s.process->host();
  s.port = s.process->port();
  return s;
}

inline httplib::Client bench_client(const Server& s) {
  httplib::Client cli(s.host, s.port);
  cli.set_keep_alive(true);
  cli.set_tcp_nodelay(true);  // as browsers do; otherwise Nagle + delayed ACK add 40 ms per POST
  cli.set_read_timeout(30);
  return cli;
}

// A server the bench did not start may still be coming up.
inline void wait_until_healthy(const Server& s) {
  for (int i = 0; i < 100; ++i) {
    if (auto r = bench_client(s).Get("/api/health"); r && r->status == 200) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

inline std::string national_id(int n) { return made_up_national_id('3', static_cast<unsigned>(n)); }

inline json get_json(httplib::Client& cli, const std::string& path) {
  auto r = cli.Get(path);
  if (!r || r->status != 200) throw std::runtime_error("GET " + path + " failed");
  return json::parse(r->body);
}

inline double percentile(std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  const size_t k = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
  std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
  return v[k];
}

struct Bookable {
  std::string section;
  std::string service;
};

inline json booking(const std::string& office, const Bookable& what, const std::string& date, int slot, int citizen) {
  return {{"office_code", office}, {"section_id", what.section}, {"service_id", what.service},
          {"date", date},          {"slot", slot},                 {"national_id", national_id(citizen)},
          {"name", "ทดสอบ โหลด"}};
}

// Where bookings can go: the bookable dates, the offices and one plain service (no pre-service request)
// per section that has one.
struct BookingTargets {
  std::vector<std::string> dates;
  std::vector<std::string> offices;
  std::vector<Bookable> bookables;
};

inline BookingTargets booking_targets(httplib::Client& cli) {
  BookingTargets t;
  const json availability = get_json(cli, "/api/availability?office=1001&section=registration");
  for (const json& d : availability["dates"]) t.dates.push_back(d["date"]);
  const json offices = get_json(cli, "/api/offices");
  for (const json& o : offices["offices"]) t.offices.push_back(o["code"]);
  const json catalog = get_json(cli, "/api/catalog");
  for (const json& service : catalog["services"]) {
    const std::string section = service["section_id"];
    const bool seen =
        std::any_of(t.bookables.begin(), t.bookables.end(), [&](const Bookable& b) { return b.section == section; });
    if (!seen && !service["needs_pre_service_request"].get<bool>()) t.bookables.push_back({section, service["id"]});
  }
  return t;
}

struct BookingRun {
  long accepted = 0, refused = 0, failed = 0;
  std::vector<double> latencies_ms;
  double seconds = 0;
  int next_seat = 0;  // the first seat no client of this run took
  double per_second() const { return static_cast<double>(accepted) / seconds; }
};

// `clients` threads book for `seconds`; client c takes seats first_seat + n * clients + c (5 seats per
// office, section, date and slot; office 1050 is left for the hot-slot race), each a new citizen.
inline BookingRun run_bookings(const Server& s, const BookingTargets& t, int clients, int seconds, int run_id,
                               int first_seat) {
  std::atomic<long> accepted{0}, refused{0}, failed{0};
  std::vector<std::vector<double>> latencies(static_cast<size_t>(clients));
  std::atomic<int> most_requests{0};
  const auto begin = Clock::now();
  const auto deadline = begin + std::chrono::seconds(seconds);
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c)
    threads.emplace_back([&, c] {
      auto cli = bench_client(s);
      int n = 0;
      for (; Clock::now() < deadline; ++n) {
        const int seat = first_seat + n * clients + c;
        const int cell = seat / 5;
        const std::string& office = t.offices[static_cast<size_t>(cell % 49)];
        const Bookable& what = t.bookables[static_cast<size_t>(cell / 49) % t.bookables.size()];
        const int slot = static_cast<int>(cell / (49 * t.bookables.size())) % 6;
        const auto day = static_cast<size_t>(cell / (49 * 6 * static_cast<int>(t.bookables.size())));
        const std::string& date = t.dates[day % (t.dates.size() - 1)];
        const std::string body = booking(office, what, date, slot, run_id + 1000 + seat).dump();
        const auto t0 = Clock::now();
        auto r = cli.Post("/api/bookings",
                          {{"Idempotency-Key", "load-" + std::to_string(run_id) + "-" + std::to_string(seat)}}, body,
                          "application/json");
        latencies[static_cast<size_t>(c)].push_back(
            std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        if (!r) ++failed;
        else if (r->status == 201) ++accepted;
        else ++refused;
      }
      for (int seen = most_requests; n > seen && !most_requests.compare_exchange_weak(seen, n);) {
      }
    });
  for (auto& th : threads) th.join();
  BookingRun run{accepted, refused, failed, {}, std::chrono::duration<double>(Clock::now() - begin).count(),
                 first_seat + most_requests * clients};
  for (auto& v : latencies) run.latencies_ms.insert(run.latencies_ms.end(), v.begin(), v.end());
  return run;
}

}  // namespace khiw::bench
