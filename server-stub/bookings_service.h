// Citizen booking operations, shared by the single-request routes and the batch sync endpoint.
// Each reads and writes under the database lock in one transaction (bookings through the group
// commit of WriteBatcher), asks core for every decision, and appends to the audit log. Errors are
// thrown as ApiException.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "core/booking.h"
#include "server-stub/context.h"
#include "server-stub/http_json.h"

namespace khiw::server {

// Body as in docs/API.md; `idempotency_key` is the client's UUID. A retry with the same key and body
// returns the first outcome; the same key with another body is refused.
Outcome create_booking(Context& ctx, const nlohmann::json& body, const std::string& idempotency_key,
                       const std::string& client);
// {"code", "secret"}: a wrong secret answers like an unknown code.
Outcome lookup_booking(Context& ctx, const nlohmann::json& body);
Outcome cancel_booking(Context& ctx, const nlohmann::json& body, const std::string& client);
// Remaining seats per slot over the booking window.
Outcome availability(Context& ctx, const std::string& office, const std::string& section);

// The booking as the citizen and staff see it: no citizen key, ID shown as its last 4 digits.
nlohmann::json booking_view(const RulesConfig& config, const Booking& booking);
// A random booking code no stored booking has.
std::string fresh_booking_code(Context& ctx);
// The booking a citizen's {"code", "secret"} proves; a wrong secret throws not found like an unknown code.
// Call with the database lock held.
Booking authenticated_booking(Context& ctx, const nlohmann::json& body);
// Finds a booking by its public code, or throws not found.
Booking find_booking_or_throw(Context& ctx, const std::string& code);

}  // namespace khiw::server
