// Wires a cpp-httplib server to a Context: thread pool, limits, error and exception handlers,
// routes. main.cpp and the bench use it; tests start the real binary.
#pragma once
#include <httplib.h>

#include "server-stub/context.h"

namespace khiw::server {

inline constexpr size_t kMaxBodyBytes = 64 * 1024;

void configure_server(httplib::Server& svr, Context& ctx);

}  // namespace khiw::server
