// Event streams against the booking load (issue 13's budget: 16 display boards and 64 staff screens
// connected at once, with no change in bookings/s beyond noise). Starts the real server on a free
// loopback port, then runs the spread booking load twice for --seconds: with no stream open, then with
// 16 + 64 streams open over 16 offices. Both phases see the same trickle of walk-in tickets at those
// offices (one every 100 ms), so the open streams have events to send. Prints bookings/s and p99 of
// each phase and their ratio, and checks that the stream past the cap is refused with 503.
// Usage: bench_streams [--server PATH] [--data-dir data] [--clients 16] [--seconds 3 at most] (no --url: it starts
// its own)
#include <atomic>
#include <cstdio>
#include <iostream>
#include <memory>
#include <thread>

#include "bench/bench_server.h"

namespace {

using namespace khiw::bench;

constexpr int kBoards = 16;
constexpr int kStaffScreens = 64;
constexpr int kStreamCap = 96;  // docs/API.md
constexpr double kNoiseRatio = 0.9;  // "no change beyond noise": within 10 %

std::string stream_office(int i) { return std::to_string(1001 + i % 16); }

// One board or staff screen: its own connection reading the office's stream until stopped; counts the
// events it received.
class Stream {
 public:
  Stream(const Server& s, std::string office, std::atomic<bool>& stop) : cli_(bench_client(s)) {
    cli_.set_read_timeout(20);  // longer than the 15 s keep-alive
    thread_ = std::thread([this, office = std::move(office), &stop] {
      auto res = cli_.Get("/api/live/" + office + "/events", [&](const char* data, size_t size) {
        for (std::string_view text(data, size); text.find("event: counts") != std::string_view::npos;
             text.remove_prefix(text.find("event: counts") + 1))
          ++events_;
        return !stop;
      });
      status_ = res ? res->status : -1;  // a stream we stopped reports no answer
    });
  }
  ~Stream() {
    cli_.stop();
    thread_.join();
  }
  long events() const { return events_; }
  int status() const { return status_; }

 private:
  httplib::Client cli_;
  std::atomic<long> events_{0};
  std::atomic<int> status_{0};
  std::thread thread_;
};

// A walk-in ticket at one of the streamed offices every 100 ms, until stopped.
std::thread walk_in_trickle(const Server& s, std::atomic<bool>& stop) {
  return std::thread([&s, &stop] {
    auto cli = bench_client(s);
    for (int n = 0; !stop; ++n) {
      const json body = {{"office_code", stream_office(n)}, {"section_id", "registration"}};
      cli.Post("/api/walk-ins", body.dump(), "application/json");
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
}

BookingRun phase(const Server& s, const BookingTargets& t, const Args& args, int run_id, int first_seat) {
  std::atomic<bool> stop{false};
  std::thread trickle = walk_in_trickle(s, stop);
  BookingRun run = run_bookings(s, t, args.clients, args.seconds, run_id, first_seat);
  stop = true;
  trickle.join();
  return run;
}

void print_phase(const char* name, BookingRun& run) {
  std::printf("%-22s %6.0f bookings/s (%ld accepted, %ld refused, %ld failed), p50 %.2f ms, p99 %.2f ms\n", name,
              run.per_second(), run.accepted, run.refused, run.failed, percentile(run.latencies_ms, 0.50),
              percentile(run.latencies_ms, 0.99));
}

}  // namespace

int run(int argc, char** argv) {
  Args args = parse_args(argc, argv);
  // Both phases take new seats from one booking window (5 per office, section, slot and day: about 38,000
  // with today's catalog); at ~4,000 bookings/s, two phases of 3 s fit, two of 5 s run out in the second.
  args.seconds = std::min(args.seconds, 3);
  Server server = start_server(args);
  auto probe = bench_client(server);
  const BookingTargets targets = booking_targets(probe);
  const int run_id = static_cast<int>(std::time(nullptr) % 100000) * 1000;

  BookingRun quiet = phase(server, targets, args, run_id, 0);

  std::atomic<bool> stop{false};
  std::vector<std::unique_ptr<Stream>> streams;
  for (int i = 0; i < kBoards + kStaffScreens; ++i)
    streams.push_back(std::make_unique<Stream>(server, stream_office(i), stop));
  std::this_thread::sleep_for(std::chrono::milliseconds(500));  // every stream has its first event
  BookingRun streamed = phase(server, targets, args, run_id, quiet.next_seat);
  long events = 0, open = 0;
  for (const auto& st : streams) {
    events += st->events();
    open += st->status() == 0;  // still streaming: no answer yet
  }
  // The cap: fill up to it, then one more is refused.
  for (int i = kBoards + kStaffScreens; i < kStreamCap; ++i)
    streams.push_back(std::make_unique<Stream>(server, stream_office(i), stop));
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  auto past_cap = bench_client(server).Get("/api/live/1001/events");
  const int past_cap_status = past_cap ? past_cap->status : -1;
  stop = true;
  streams.clear();
  server.stop();

  std::printf("clients %d, %d s per phase, walk-ins at the streamed offices every 100 ms in both\n", args.clients,
              args.seconds);
  print_phase("no streams:", quiet);
  print_phase("16 boards + 64 staff:", streamed);
  const double ratio = streamed.per_second() / quiet.per_second();
  std::printf("  with streams / without: %.2f (goal >= %.2f, noise); %ld of 80 streams open, %ld events received\n",
              ratio, kNoiseRatio, open, events);
  std::printf("stream past the cap of %d: HTTP %d (expected 503)\n", kStreamCap, past_cap_status);
  return open == kBoards + kStaffScreens && past_cap_status == 503 ? 0 : 1;
}

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "bench_streams: " << e.what() << '\n';
    return 2;
  }
}
