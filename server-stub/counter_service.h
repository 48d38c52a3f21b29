// The day's line at an office section: staff counter actions, walk-in tickets and the automatic
// no-show sweep. Each change runs through run_counter_action (counter_action.h): core decides, the
// queues and booking changes are saved with their audit rows and the idempotent answer in one
// transaction, then the live counts are published. Reads are in counter_reads.cpp.
#pragma once
#include <string>

#include "server-stub/bookings_service.h"
#include "server-stub/context.h"
#include "server-stub/counter_action.h"

namespace khiw::server {

// Staff actions on a section's line, bodies as in docs/API.md (Counter actions). Each answers
// {"event","ticket","position","waiting","wait_seconds"}, plus what the action adds.
using SectionAction = Outcome (*)(Context&, const std::string& office, const std::string& section,
                                  const nlohmann::json& body, const Caller&);
// {"priority"?}: a ticket taken at the office, answered like a remote one (issue_remote_ticket).
Outcome issue_walk_in_ticket(Context& ctx, const std::string& office, const std::string& section,
                             const nlohmann::json& body, const Caller& caller);
// {"code": booking code} or {"ticket": remote walk-in number}, and {"priority"?}.
Outcome check_in(Context& ctx, const std::string& office, const std::string& section, const nlohmann::json& body,
                 const Caller& caller);
Outcome call_next(Context& ctx, const std::string& office, const std::string& section, const nlohmann::json& body,
                  const Caller& caller);
Outcome call_ticket(Context& ctx, const std::string& office, const std::string& section,
                    const nlohmann::json& body, const Caller& caller);
Outcome recall_ticket(Context& ctx, const std::string& office, const std::string& section,
                      const nlohmann::json& body, const Caller& caller);
Outcome finish_ticket(Context& ctx, const std::string& office, const std::string& section,
                      const nlohmann::json& body, const Caller& caller);
Outcome no_show_ticket(Context& ctx, const std::string& office, const std::string& section,
                       const nlohmann::json& body, const Caller& caller);
Outcome return_ticket(Context& ctx, const std::string& office, const std::string& section,
                      const nlohmann::json& body, const Caller& caller);
Outcome transfer_ticket(Context& ctx, const std::string& office, const std::string& section,
                        const nlohmann::json& body, const Caller& caller);
Outcome pause_counter(Context& ctx, const std::string& office, const std::string& section,
                      const nlohmann::json& body, const Caller& caller);
Outcome resume_counter(Context& ctx, const std::string& office, const std::string& section,
                       const nlohmann::json& body, const Caller& caller);

// A same-day ticket taken in the app, holding a place until checked in, answered with its place, wait
// estimate and signed QR payload.
Outcome issue_remote_ticket(Context& ctx, const std::string& office, const std::string& section, const Caller& caller);

// Today's ticket as its holder follows it (no personal data, so no secret), followed into the line it
// was transferred to. Path pieces are checked here.
Outcome walk_in_status(Context& ctx, const std::string& office, const std::string& section, const std::string& ticket);
// The queue where `ticket` of that office section and day is now, following transfers (the holder follows
// their number into the line it was sent to); throws TicketNotFound. Call with the database lock held.
SectionQueue followed_ticket_queue(Context& ctx, const std::string& office, const std::string& section, Date day,
                                   const std::string& ticket);
// Body {"qr": "KHIW1...."}: checks the signature and that the booking or walk-in ticket belongs to this office.
Outcome verify_ticket(Context& ctx, const std::string& office, const nlohmann::json& body);
// Core's queue document of today's line.
Outcome queue_state(Context& ctx, const std::string& office, const std::string& section);
// Bookings of an office on a date (default today), in slot order.
Outcome day_roster(Context& ctx, const std::string& office, const std::string& date);
// The office's audit entries on a date (default today), newest first, at most 500.
Outcome office_audit(Context& ctx, const std::string& office, const std::string& date);

// Marks every confirmed booking whose check-in deadline has passed as no-show (core decides which)
// and records each as an event. Returns how many were marked.
int sweep_no_shows(Context& ctx);
// Rebuilds the live counts from today's stored queues (at start, and after a test moves the clock).
void reload_live_counts(Context& ctx);

}  // namespace khiw::server
