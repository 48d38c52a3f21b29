// The day's line at an office section: staff counter actions, walk-in tickets and the automatic
// no-show sweep. Each operation loads the section's queue, lets core apply it, saves it with the
// booking changes and an audit row in one transaction, then publishes the new live counts.
#pragma once
#include <string>

#include "server-stub/bookings_service.h"
#include "server-stub/context.h"

namespace khiw::server {

// Who acts, for the audit log: staff, a citizen, or the demo activity playing a simulated day.
struct Caller {
  std::string actor;     // "staff", "citizen", "demo"
  std::string actor_id;  // username, "anonymous", or "simulator"
  std::string client;    // remote address, "local" for the server's own threads
};

// A walk-in ticket (remote: taken in the app, holding a place until checked in), answered with its
// place, wait estimate and signed QR payload.
Outcome issue_ticket(Context& ctx, const std::string& office, const std::string& section, bool remote,
                     const Caller& caller);
// Today's ticket as its holder follows it (no personal data, so no secret). Path pieces are checked here.
Outcome walk_in_status(Context& ctx, const std::string& office, const std::string& section, const std::string& ticket);
// Body {"qr": "KHIW1...."}: checks the signature and that the booking or walk-in ticket belongs to this office.
Outcome verify_ticket(Context& ctx, const std::string& office, const nlohmann::json& body);
// Body {"code": booking code} or {"ticket": remote walk-in number}.
Outcome check_in(Context& ctx, const std::string& office, const std::string& section, const nlohmann::json& body,
                 const Caller& caller);
Outcome call_next(Context& ctx, const std::string& office, const std::string& section, const nlohmann::json& body,
                  const Caller& caller);
Outcome finish_ticket(Context& ctx, const std::string& office, const std::string& section,
                      const nlohmann::json& body, const Caller& caller);
Outcome no_show_ticket(Context& ctx, const std::string& office, const std::string& section,
                       const nlohmann::json& body, const Caller& caller);
Outcome queue_state(Context& ctx, const std::string& office, const std::string& section);
// Bookings of an office on a date (default today), in slot order.
Outcome day_roster(Context& ctx, const std::string& office, const std::string& date);

// Marks every confirmed booking whose check-in deadline has passed as no-show (core decides which)
// and records each as an event. Returns how many were marked.
int sweep_no_shows(Context& ctx);
// Rebuilds the live counts from today's stored queues (at start, and after a test moves the clock).
void reload_live_counts(Context& ctx);

}  // namespace khiw::server
