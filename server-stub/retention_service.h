// The retention sweep: erases personal data the rules say is no longer needed (core/retention.h).
#pragma once
#include "server-stub/context.h"

namespace khiw::server {

struct RetentionResult {
  int bookings_erased = 0;
  int answers_purged = 0;
};

// One transaction; audited as a system event when anything was erased.
RetentionResult sweep_expired_personal_data(Context& ctx);

}  // namespace khiw::server
