#include <pthread.h>
#include <signal.h>
#include <sodium.h>

#include <condition_variable>
#include <functional>
#include <iostream>
#include <sstream>
#include <thread>

#include "server-stub/counter_service.h"
#include "server-stub/demo_activity.h"
#include "server-stub/demo_pre_service.h"
#include "server-stub/retention_service.h"
#include "server-stub/server.h"
#include "server-stub/staff_service.h"

namespace khiw::server {

namespace {

// How often the sweeps run: bookings become no-shows within this long of their deadline, and expired
// personal data is erased within this long of its expiry.
constexpr auto kSweepInterval = std::chrono::seconds(20);
constexpr int kListenBacklog = 1024;

// An office list option: "none", "all" or codes "1001,1040", each checked against the office list.
std::vector<std::string> office_codes(const Context& ctx, const char* flag, const std::string& value) {
  std::vector<std::string> codes;
  if (value == "none") return codes;
  if (value == "all") {
    for (const Office& o : ctx.ref.offices) codes.push_back(o.code);
    return codes;
  }
  std::istringstream list(value);
  for (std::string code; std::getline(list, code, ',');) {
    if (!ctx.ref.office_known(code)) throw std::invalid_argument(std::string(flag) + ": unknown office \"" + code + '"');
    codes.push_back(code);
  }
  return codes;
}

void run_sweeps(Context& ctx) {
  sweep_no_shows(ctx);
  sweep_expired_personal_data(ctx);
}

// Runs the sweeps every kSweepInterval until destroyed.
class Sweeper {
 public:
  explicit Sweeper(Context& ctx) : thread_([this, &ctx] { run(ctx); }) {}
  ~Sweeper() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }

 private:
  void run(Context& ctx) {
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, kSweepInterval, [this] { return stop_; })) {
      try {
        run_sweeps(ctx);
      } catch (const std::exception& e) {
        std::cerr << "khiw: sweep failed: " << e.what() << '\n';
      }
    }
  }
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::thread thread_;
};

// SIGTERM and SIGINT end the server gracefully: it stops listening, and the background threads (sweeps,
// demo activity, group commit) finish their current step and join instead of dying halfway. The signals
// are blocked in every thread (a thread inherits the mask of the one that starts it, so this is made
// before any other) and one thread of ours waits for them.
class StopSignals {
 public:
  StopSignals() {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGTERM);
    sigaddset(&signals_, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
    thread_ = std::thread([this] { wait(); });
  }
  ~StopSignals() {
    bool waiting = false;
    {
      std::lock_guard lock(mutex_);
      closing_ = true;
      waiting = !requested_;
    }
    if (waiting) pthread_kill(thread_.native_handle(), SIGTERM);  // ends its sigwait; ignored as closing
    thread_.join();
  }
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

  // Runs `serve` with `stop` as the answer to a signal; a signal that came during start-up calls it at once.
  bool serve_until_signal(std::function<void()> stop, const std::function<bool()>& serve) {
    set_stop(std::move(stop));
    struct Unset {
      StopSignals& signals;
      ~Unset() { signals.set_stop(nullptr); }  // `stop` refers to objects that die after serving
    } unset{*this};
    return serve();
  }

 private:
  void wait() {
    int signal = 0;
    sigwait(&signals_, &signal);
    std::lock_guard lock(mutex_);
    if (closing_) return;
    requested_ = true;
    if (stop_) stop_();
  }
  void set_stop(std::function<void()> stop) {
    std::lock_guard lock(mutex_);
    stop_ = std::move(stop);
    if (requested_ && stop_) stop_();
  }

  sigset_t signals_;
  std::mutex mutex_;
  std::function<void()> stop_;
  bool requested_ = false;
  bool closing_ = false;
  std::thread thread_;
};

}  // namespace

int run_server(int argc, char** argv, const ServerHooks& hooks) {
  try {
    StopSignals signals;
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
    const Options options = parse_options({argv + 1, argv + argc});
    Context ctx(options, hooks.clock);
    const std::vector<std::string> demo_offices = office_codes(ctx, "--demo-activity", options.demo_activity);
    // Passwords go to the console once, never stdout.
    seed_demo_staff(ctx, office_codes(ctx, "--demo-staff", options.demo_staff), std::cerr);
    seed_demo_pre_service(ctx, demo_offices);
    run_sweeps(ctx);
    reload_live_counts(ctx);

    HttpServer svr;
    if (hooks.add_routes) hooks.add_routes(svr, ctx);
    configure_server(svr, ctx);
    Sweeper sweeper(ctx);
    DemoActivity demo(ctx, demo_offices);

    const int port = options.port == 0 ? svr.bind_to_any_port(options.host)
                                       : (svr.bind_to_port(options.host, options.port) ? options.port : -1);
    if (port < 0) throw std::runtime_error("cannot bind " + options.host + ":" + std::to_string(options.port));
    if (!svr.raise_listen_backlog(kListenBacklog)) throw std::runtime_error("cannot raise the listen backlog");
    // Scripts and tests parse this exact line.
    std::cout << "khiw: serving http://" << options.host << ':' << port << '/' << std::endl;
    // Event streams wait on the live board: shut it first, or their workers would hold the server open.
    const bool ok = signals.serve_until_signal(
        [&] {
          ctx.live.shut_down();
          svr.stop_listening();
        },
        [&] { return svr.listen_after_bind(); });
    ctx.live.shut_down();
    return ok ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "khiw-server: " << e.what() << '\n';
    return 2;
  }
}

}  // namespace khiw::server
