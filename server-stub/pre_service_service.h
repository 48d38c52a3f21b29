// Staff's side of pre-service requests (docs/API.md, Pre-service requests): the office's list, and the
// actions prepare, approve, reject and pickup. Core decides each action (core/pre_service.h); it runs
// through run_counter_action (counter_action.h), so it is idempotent under its required key, saved with
// its audit row in one transaction, and answered with the request's list item.
#pragma once
#include <string>

#include "core/pre_service.h"
#include "server-stub/context.h"
#include "server-stub/counter_action.h"

namespace khiw::server {

// {"requests": [item, ...]}: those `office` prepares or hands over. `status`: empty for the open ones,
// "all", or a state's name; anything else is 400.
Outcome pre_service_list(Context& ctx, const std::string& office, const std::string& status);

// Bodies: prepare {}, approve {"fee_satang"}, reject {"reason"}, pickup {"national_id", "laser_code"}.
// A pickup refused for a mismatched ID or laser code is audited too (never with what was typed).
Outcome pre_service_action(Context& ctx, const std::string& office, const std::string& code,
                           PreServiceActionKind kind, const nlohmann::json& body, const Caller& caller);

}  // namespace khiw::server
