#include "server-stub/server.h"

#include <iostream>

#include "server-stub/http_json.h"
#include "server-stub/routes.h"

namespace khiw::server {

namespace {

// Each open event stream holds a worker, so the pool is sized for a few staff screens on top of
// the short requests (TOOLCHAIN.md: the library default is max(8, cores - 1)).
constexpr size_t kWorkerThreads = 32;

}  // namespace

void configure_server(httplib::Server& svr, Context& ctx) {
  svr.new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
  svr.set_payload_max_length(kMaxBodyBytes);
  svr.set_tcp_nodelay(true);

  svr.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    try {
      std::rethrow_exception(ep);
    } catch (const ApiException& e) {
      return send_error(res, e.error);
    } catch (const std::exception& e) {
      std::cerr << "khiw: " << req.method << ' ' << req.path << ": " << e.what() << '\n';
    } catch (...) {
      std::cerr << "khiw: " << req.method << ' ' << req.path << ": unknown exception\n";
    }
    send_error(res, internal_error());  // details stay in the server log
  });
  // Statuses cpp-httplib sets itself (no route, payload too large, bad request line) get a JSON
  // body too; bodies our handlers wrote are left alone.
  svr.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    if (res.status == 404) send_error(res, not_found());
    else if (res.status == 413) send_error(res, body_too_large());
    else if (res.status >= 500) send_error(res, internal_error());
    else send_error(res, {res.status, "bad_request", "คำขอไม่ถูกต้อง", "Bad request"});
    return httplib::Server::HandlerResponse::Handled;
  }));

  add_health_routes(svr, ctx);
  add_catalog_routes(svr, ctx);
  add_static_routes(svr, ctx);
}

}  // namespace khiw::server
