// One function per resource registers its routes; server.cpp calls them in order (API first, the
// static catch-all last, because cpp-httplib matches in registration order).
#pragma once
#include <httplib.h>

#include "server-stub/context.h"

namespace khiw::server {

void add_health_routes(httplib::Server& svr, Context& ctx);
void add_catalog_routes(httplib::Server& svr, Context& ctx);
void add_booking_routes(httplib::Server& svr, Context& ctx);
void add_staff_routes(httplib::Server& svr, Context& ctx);
void add_counter_routes(httplib::Server& svr, Context& ctx);
void add_live_routes(httplib::Server& svr, Context& ctx);
void add_board_routes(httplib::Server& svr, Context& ctx);
void add_stats_routes(httplib::Server& svr, Context& ctx);
void add_static_routes(httplib::Server& svr, Context& ctx);

}  // namespace khiw::server
