// Wires a cpp-httplib server to a Context: thread pool, limits, error and exception handlers,
// routes. main.cpp and the bench use it; tests start the real binary.
#pragma once
#include <httplib.h>

#include <functional>

#include "server-stub/context.h"

namespace khiw::server {

inline constexpr size_t kMaxBodyBytes = 64 * 1024;

// cpp-httplib 0.11 listens with a backlog of 5: a burst of connections (200 clients at once) gets
// resets. Listening again on the bound socket raises the backlog (Linux updates it in place).
class HttpServer : public httplib::Server {
 public:
  bool raise_listen_backlog(int backlog);
  // Closes the listening socket so listen_after_bind() returns (or returns at once if not started yet):
  // unlike stop(), a stop asked for while the server is still starting is not lost.
  void stop_listening();
};

void configure_server(httplib::Server& svr, Context& ctx);

// What differs between the production binary and the test binary (server-stub/testing/).
struct ServerHooks {
  Clock clock = system_now;
  // Extra routes, registered before the others.
  std::function<void(httplib::Server&, Context&)> add_routes;
};

// The whole program: flags, database, demo staff, no-show sweeper, demo activity, URL line, serve until
// SIGTERM or SIGINT. Returns the process exit code.
int run_server(int argc, char** argv, const ServerHooks& hooks);

}  // namespace khiw::server
