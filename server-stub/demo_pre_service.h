// Demo pre-service requests (with --demo-activity): on a database without any, a few fictional
// citizens' certified-copy requests at each demo office, in every state and some picked up at another
// office, so the staff list shows something. Core decides the bookings and every staff action; each
// request is audited with actor "demo".
#pragma once
#include <string>
#include <vector>

#include "server-stub/context.h"

namespace khiw::server {

void seed_demo_pre_service(Context& ctx, const std::vector<std::string>& offices);

}  // namespace khiw::server
