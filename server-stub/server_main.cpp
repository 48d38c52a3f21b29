#include <sodium.h>

#include <atomic>
#include <condition_variable>
#include <iostream>
#include <sstream>
#include <thread>

#include "server-stub/counter_service.h"
#include "server-stub/retention_service.h"
#include "server-stub/server.h"
#include "server-stub/staff_service.h"

namespace khiw::server {

namespace {

// How often the sweeps run: bookings become no-shows within this long of their deadline, and expired
// personal data is erased within this long of its expiry.
constexpr auto kSweepInterval = std::chrono::seconds(20);
constexpr int kListenBacklog = 1024;

std::vector<std::string> demo_offices(const Context& ctx) {
  std::vector<std::string> codes;
  if (ctx.options.demo_staff == "none") return codes;
  if (ctx.options.demo_staff == "all") {
    for (const Office& o : ctx.ref.offices) codes.push_back(o.code);
    return codes;
  }
  std::istringstream list(ctx.options.demo_staff);
  for (std::string code; std::getline(list, code, ',');) {
    if (!ctx.ref.office_known(code)) throw std::invalid_argument("--demo-staff: unknown office " + code);
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

}  // namespace

int run_server(int argc, char** argv, const ServerHooks& hooks) {
  try {
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
    const Options options = parse_options({argv + 1, argv + argc});
    Context ctx(options, hooks.clock);
    seed_demo_staff(ctx, demo_offices(ctx), std::cerr);  // passwords go to the console once, never stdout
    run_sweeps(ctx);
    reload_live_counts(ctx);

    HttpServer svr;
    if (hooks.add_routes) hooks.add_routes(svr, ctx);
    configure_server(svr, ctx);
    Sweeper sweeper(ctx);

    const int port = options.port == 0 ? svr.bind_to_any_port(options.host)
                                       : (svr.bind_to_port(options.host, options.port) ? options.port : -1);
    if (port < 0) throw std::runtime_error("cannot bind " + options.host + ":" + std::to_string(options.port));
    if (!svr.raise_listen_backlog(kListenBacklog)) throw std::runtime_error("cannot raise the listen backlog");
    // Scripts and tests parse this exact line.
    std::cout << "khiw: serving http://" << options.host << ':' << port << '/' << std::endl;
    const bool ok = svr.listen_after_bind();
    ctx.live.shut_down();
    return ok ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "khiw-server: " << e.what() << '\n';
    return 2;
  }
}

}  // namespace khiw::server
