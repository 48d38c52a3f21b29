#include "server-stub/http_json.h"
#include "server-stub/request_json.h"
#include "server-stub/routes.h"
#include "server-stub/staff_service.h"

namespace khiw::server {

void add_staff_routes(httplib::Server& svr, Context& ctx) {
  svr.Post("/api/staff/login", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const json body = parse_body(req);
    allow_only(body, {"username", "password"});
    const Session s =
        log_in(ctx, required_string(body, "username", 64), required_string(body, "password", 256), req.remote_addr);
    res.set_header("Cache-Control", "no-store");
    send_json(res, 200,
              {{"token", s.token},
               {"expires_at", s.expires_at},
               {"username", s.account.username},
               {"office_code", s.account.office_code}});
  });
  svr.Post("/api/staff/logout", [&ctx](const httplib::Request& req, httplib::Response& res) {
    log_out(ctx, req);
    send_json(res, 200, {{"ok", true}});
  });
  svr.Get("/api/staff/me", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const std::optional<StaffAccount> staff = session_staff(ctx, req);
    if (!staff) throw ApiException{unauthorized()};
    send_json(res, 200, {{"username", staff->username}, {"office_code", staff->office_code}});
  });
}

}  // namespace khiw::server
