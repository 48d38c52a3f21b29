// khiw-server-testclock: khiw-server with a settable clock, for tests only (never installed or
// deployed). POST /api/test/clock {"now": unix_seconds} moves the server's clock and runs the
// no-show and retention sweeps at once; the production binary has neither the route nor the settable clock.
#include <atomic>

#include "server-stub/counter_service.h"
#include "server-stub/http_json.h"
#include "server-stub/request_json.h"
#include "server-stub/retention_service.h"
#include "server-stub/server.h"

namespace {

std::atomic<khiw::UnixSeconds> g_now{khiw::server::system_now()};

void add_test_clock_route(httplib::Server& svr, khiw::server::Context& ctx) {
  using namespace khiw::server;
  svr.Post("/api/test/clock", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const json body = parse_body(req);
    allow_only(body, {"now"});
    g_now = required_int(body, "now", 0, 2'000'000'000);
    const int marked = sweep_no_shows(ctx);
    const RetentionResult erased = sweep_expired_personal_data(ctx);
    reload_live_counts(ctx);
    send_json(res, 200, {{"now", g_now.load()},
                         {"no_shows", marked},
                         {"bookings_erased", erased.bookings_erased},
                         {"answers_purged", erased.answers_purged}});
  });
}

}  // namespace

int main(int argc, char** argv) {
  return khiw::server::run_server(argc, argv, {[] { return g_now.load(); }, add_test_clock_route});
}
