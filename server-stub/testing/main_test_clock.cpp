// khiw-server-testclock: khiw-server with a settable clock, for tests only (never installed or
// deployed). POST /api/test/clock {"now": unix_seconds} moves the server's clock and runs the
// no-show sweep at once; the production binary has neither the route nor the settable clock.
#include <atomic>

#include "server-stub/counter_service.h"
#include "server-stub/http_json.h"
#include "server-stub/request_json.h"
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
    reload_live_counts(ctx);
    send_json(res, 200, {{"now", g_now.load()}, {"no_shows", marked}});
  });
}

}  // namespace

int main(int argc, char** argv) {
  return khiw::server::run_server(argc, argv, {[] { return g_now.load(); }, add_test_clock_route});
}
