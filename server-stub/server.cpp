#include "server-stub/server.h"

#include <sys/socket.h>
#include <unistd.h>

#include <iostream>

#include "server-stub/http_json.h"
#include "server-stub/routes.h"
#include "server-stub/staff_service.h"

namespace khiw::server {

namespace {

// Short requests (and idle keep-alive connections, up to 2 s each) have 32 workers whatever the event
// streams hold: each open stream holds one more (TOOLCHAIN.md: the library default is max(8, cores - 1)).
// A parked worker costs a stack mapping, little resident memory and no CPU.
constexpr size_t kRequestWorkers = 32;
constexpr size_t kWorkerThreads = kRequestWorkers + LiveBoard::kMaxStreams;

// Staff-only paths: everything under /api/counter/ and the staff session endpoints except login.
bool needs_staff(const std::string& path) {
  return path.starts_with("/api/counter/") || (path.starts_with("/api/staff/") && path != "/api/staff/login");
}

// "/api/counter/1001/..." → "1001": the office the request acts on.
std::string counter_office(const std::string& path) {
  constexpr std::string_view kPrefix = "/api/counter/";
  if (!path.starts_with(kPrefix)) return {};
  const size_t end = path.find('/', kPrefix.size());
  return path.substr(kPrefix.size(), end == std::string::npos ? std::string::npos : end - kPrefix.size());
}

// Authorization before routing: citizens cannot reach counter actions, staff only reach their office.
httplib::Server::HandlerResponse authorize(Context& ctx, const httplib::Request& req, httplib::Response& res) {
  if (!needs_staff(req.path)) return httplib::Server::HandlerResponse::Unhandled;
  const std::optional<StaffAccount> staff = session_staff(ctx, req);
  if (!staff) {
    send_error(res, unauthorized());
    return httplib::Server::HandlerResponse::Handled;
  }
  const std::string office = counter_office(req.path);
  if (!office.empty() && office != staff->office_code) {
    send_error(res, forbidden_office());
    return httplib::Server::HandlerResponse::Handled;
  }
  return httplib::Server::HandlerResponse::Unhandled;
}

}  // namespace

bool HttpServer::raise_listen_backlog(int backlog) { return ::listen(svr_sock_, backlog) == 0; }

void HttpServer::stop_listening() {
  const socket_t sock = svr_sock_.exchange(INVALID_SOCKET);
  if (sock == INVALID_SOCKET) return;
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
}

void configure_server(httplib::Server& svr, Context& ctx) {
  svr.new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
  svr.set_payload_max_length(kMaxBodyBytes);
  svr.set_tcp_nodelay(true);
  // Pollers reuse their connection (the library default closes it every 5 requests), but an idle
  // connection holds a worker thread, so it is let go after 2 s instead of 5.
  svr.set_keep_alive_max_count(1000);
  svr.set_keep_alive_timeout(2);

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

  svr.set_pre_routing_handler(
      [&ctx](const httplib::Request& req, httplib::Response& res) { return authorize(ctx, req, res); });

  add_health_routes(svr, ctx);
  add_catalog_routes(svr, ctx);
  add_booking_routes(svr, ctx);
  add_staff_routes(svr, ctx);
  add_counter_routes(svr, ctx);
  add_live_routes(svr, ctx);
  add_board_routes(svr, ctx);
  add_stats_routes(svr, ctx);
  add_static_routes(svr, ctx);
}

}  // namespace khiw::server
