// Load generator for khiw-server: starts the real binary on a free loopback port with a fresh
// database (or targets --url), then
//   1. a hot slot: every client races for the same 5 seats (must accept exactly 5),
//   2. bookings spread over all offices for --seconds: bookings/s, p50/p99 latency,
//   3. zero overbooking: no slot in the database holds more than its capacity,
//   4. live-count polls with If-None-Match for --seconds: polls/s and the share of 304s.
// Usage: bench_load [--server PATH] [--url http://127.0.0.1:PORT] [--data-dir data] [--clients 16]
//                   [--seconds 5]
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "core/validation.h"

extern char** environ;

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

// The goals of issue 5, on 2 cores.
constexpr double kBookingsGoal = 3000;  // accepted bookings per second
constexpr double kP99BudgetMs = 20;
constexpr double kPollsGoal = 20000;    // live-count polls per second

struct Args {
  std::string server;
  std::string url;
  std::string data_dir = "data";
  int clients = 16;
  int seconds = 5;
};

Args parse_args(int argc, char** argv) {
  Args a;
  a.server = (std::filesystem::path(argv[0]).parent_path() / ".." / "server-stub" / "khiw-server").string();
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

// The server child process; stopped with SIGTERM when the bench ends.
struct Server {
  pid_t pid = -1;
  std::string host;
  int port = 0;
  std::filesystem::path db;
  void stop() {
    if (pid > 0) {
      kill(pid, SIGTERM);
      waitpid(pid, nullptr, 0);
      pid = -1;
    }
  }
  ~Server() { stop(); }
};

void start_server(const Args& args, const std::filesystem::path& dir, Server& s) {
  s.db = dir / "khiw.sqlite";
  std::filesystem::create_directories(dir / "web");
  std::vector<std::string> argv_s{args.server, "--port", "0", "--db", s.db.string(), "--web-root",
                                  (dir / "web").string(), "--data-dir", args.data_dir, "--demo-staff", "none"};
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("pipe");
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&fa, out[0]);
  if (posix_spawn(&s.pid, argv[0], &fa, nullptr, argv.data(), environ) != 0)
    throw std::runtime_error("cannot start " + args.server);
  posix_spawn_file_actions_destroy(&fa);
  close(out[1]);
  std::string line;
  char c;
  while (line.size() < 200 && read(out[0], &c, 1) == 1 && c != '\n') line += c;
  close(out[0]);
  std::smatch m;
  if (!std::regex_search(line, m, std::regex(R"(http://([0-9.]+):([0-9]+)/)")))
    throw std::runtime_error("server did not start: " + line);
  s.host = m[1];
  s.port = std::stoi(m[2]);
}

std::string national_id(int n) {
  char first12[13];
  std::snprintf(first12, sizeof first12, "3%011d", n);
  return std::string(first12) + std::to_string(khiw::national_id_check_digit(first12));
}

struct Bookable {
  std::string section;
  std::string service;
};

json booking(const std::string& office, const Bookable& what, const std::string& date, int slot, int citizen) {
  return {{"office_code", office}, {"section_id", what.section}, {"service_id", what.service},
          {"date", date},          {"slot", slot},                 {"national_id", national_id(citizen)},
          {"name", "ทดสอบ โหลด"}};
}

json get_json(httplib::Client& cli, const std::string& path) {
  auto r = cli.Get(path);
  if (!r || r->status != 200) throw std::runtime_error("GET " + path + " failed");
  return json::parse(r->body);
}

double percentile(std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  const size_t k = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
  std::nth_element(v.begin(), v.begin() + static_cast<long>(k), v.end());
  return v[k];
}

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
  std::filesystem::path dir;
  if (args.url.empty()) {
    char tmpl[] = "/tmp/khiw-bench-XXXXXX";
    if (!mkdtemp(tmpl)) return 1;
    dir = tmpl;
    start_server(args, dir, server);
  } else {
    std::smatch m;
    if (!std::regex_search(args.url, m, std::regex(R"(http://([0-9.]+):([0-9]+))"))) return 1;
    server.host = m[1];
    server.port = std::stoi(m[2]);
  }
  const auto make_client = [&] {
    httplib::Client cli(server.host, server.port);
    cli.set_keep_alive(true);
    cli.set_tcp_nodelay(true);  // as browsers do; otherwise Nagle + delayed ACK add 40 ms per POST
    cli.set_read_timeout(30);
    return cli;
  };
  for (int i = 0; i < 100; ++i) {
    if (auto r = make_client().Get("/api/health"); r && r->status == 200) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  auto probe = make_client();
  const json avail = get_json(probe, "/api/availability?office=1001&section=registration");
  std::vector<std::string> dates;
  for (const json& d : avail["dates"]) dates.push_back(d["date"]);
  std::vector<std::string> offices;
  const json office_list = get_json(probe, "/api/offices");
  for (const json& o : office_list["offices"]) offices.push_back(o["code"]);
  // One plain service (no pre-service request) per section that has one: more seats to fill.
  std::vector<Bookable> bookables;
  const json catalog = get_json(probe, "/api/catalog");
  for (const json& service : catalog["services"]) {
    const std::string section = service["section_id"];
    const bool seen = std::any_of(bookables.begin(), bookables.end(), [&](const Bookable& b) { return b.section == section; });
    if (!seen && !service["needs_pre_service_request"].get<bool>()) bookables.push_back({section, service["id"]});
  }
  const int run_id = static_cast<int>(std::time(nullptr) % 100000) * 1000;

  // 1. Hot slot.
  std::atomic<int> hot_accepted{0};
  {
    std::barrier start(args.clients);
    std::vector<std::thread> threads;
    for (int c = 0; c < args.clients; ++c)
      threads.emplace_back([&, c] {
        auto cli = make_client();
        const std::string body = booking("1050", bookables[0], dates.back(), 5, run_id + c).dump();
        start.arrive_and_wait();
        auto r = cli.Post("/api/bookings", {{"Idempotency-Key", "hot-" + std::to_string(run_id + c)}}, body,
                          "application/json");
        if (r && r->status == 201) ++hot_accepted;
      });
    for (auto& t : threads) t.join();
  }

  // 2. Spread bookings: client c walks its own seats (office, date, slot) so capacity never runs out.
  std::atomic<long> accepted{0}, refused{0}, failed{0};
  std::vector<std::vector<double>> latencies(static_cast<size_t>(args.clients));
  const auto deadline = Clock::now() + std::chrono::seconds(args.seconds);
  const auto begin = Clock::now();
  {
    std::vector<std::thread> threads;
    for (int c = 0; c < args.clients; ++c)
      threads.emplace_back([&, c] {
        auto cli = make_client();
        for (int n = 0; Clock::now() < deadline; ++n) {
          const int seat = n * args.clients + c;  // 5 seats per (office, section, date, slot)
          const int cell = seat / 5;
          const std::string& office = offices[static_cast<size_t>(cell % 49)];  // 1050 is the hot office
          const Bookable& what = bookables[static_cast<size_t>(cell / 49) % bookables.size()];
          const int slot = static_cast<int>(cell / (49 * bookables.size())) % 6;
          const auto day = static_cast<size_t>(cell / (49 * 6 * static_cast<int>(bookables.size())));
          const std::string& date = dates[day % (dates.size() - 1)];
          const std::string body = booking(office, what, date, slot, run_id + 1000 + seat).dump();
          const auto t0 = Clock::now();
          auto r = cli.Post("/api/bookings", {{"Idempotency-Key", "load-" + std::to_string(run_id) + "-" +
                                                                      std::to_string(seat)}},
                            body, "application/json");
          latencies[static_cast<size_t>(c)].push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
          if (!r) ++failed;
          else if (r->status == 201) ++accepted;
          else ++refused;
        }
      });
    for (auto& t : threads) t.join();
  }
  const double booking_seconds = std::chrono::duration<double>(Clock::now() - begin).count();
  std::vector<double> all;
  for (auto& v : latencies) all.insert(all.end(), v.begin(), v.end());

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

  const int64_t fullest = args.url.empty() ? max_per_slot(server.db) : -1;
  std::printf("clients %d, %d s per phase, server %s:%d\n", args.clients, args.seconds, server.host.c_str(),
              server.port);
  std::printf("hot slot: %d of %d racing clients accepted (capacity 5)\n", hot_accepted.load(), args.clients);
  const double bookings_per_s = static_cast<double>(accepted) / booking_seconds;
  const double p99 = percentile(all, 0.99);
  std::printf("bookings: %.0f accepted/s (%ld accepted, %ld refused, %ld failed), p50 %.2f ms, p99 %.2f ms\n",
              bookings_per_s, accepted.load(), refused.load(), failed.load(), percentile(all, 0.50), p99);
  std::printf("  goal >= %.0f/s: %.2fx; p99 budget %.0f ms: %.2f of it\n", kBookingsGoal, bookings_per_s / kBookingsGoal,
              kP99BudgetMs, p99 / kP99BudgetMs);
  if (fullest >= 0) std::printf("overbooking: fullest slot holds %lld (capacity 5) -> %s\n",
                                static_cast<long long>(fullest), fullest <= 5 ? "none" : "OVERBOOKED");
  const double polls_per_s = static_cast<double>(polls) / poll_seconds;
  std::printf("live polls: %.0f/s, %.1f%% answered 304\n", polls_per_s,
              polls ? 100.0 * static_cast<double>(not_modified) / static_cast<double>(polls) : 0.0);
  std::printf("  goal >= %.0f/s: %.2fx\n", kPollsGoal, polls_per_s / kPollsGoal);
  server.stop();
  if (!dir.empty()) std::filesystem::remove_all(dir);
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
