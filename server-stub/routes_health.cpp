#include "server-stub/http_json.h"
#include "server-stub/routes.h"

namespace khiw::server {

void add_health_routes(httplib::Server& svr, Context& ctx) {
  svr.Get("/api/health", [&ctx](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    send_json(res, 200, {{"ok", true}, {"offices", ctx.ref.offices.size()}, {"now", ctx.now()}});
  });
}

}  // namespace khiw::server
