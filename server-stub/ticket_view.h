// What staff and a ticket's holder see of a walk-in or booked ticket: no personal data.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/queue.h"
#include "core/rules_config.h"
#include "server-stub/crypto.h"

namespace khiw::server {

// The signed QR payload "W001.1001.registration.2026-11-24" (ticket, office, section, day).
std::string ticket_qr(const ServerKeys& keys, const SectionQueue& q, const Ticket& t);
// What a walk-in ticket's QR payload names (the inverse of ticket_qr's payload).
struct TicketPayload {
  std::string number;
  std::string office_code;
  std::string section_id;
  Date day;
};
// nullopt unless the payload has that shape (a letter A or W and three digits, then office, section, day).
std::optional<TicketPayload> parse_ticket_payload(std::string_view payload);
// Office, section, day, state and place in line, with the sections of a transfer when set.
nlohmann::json ticket_fields(const SectionQueue& q, const Ticket& t);
// The holder's view: ticket_fields with the people ahead and core's estimate for them, and the counter
// while serving.
nlohmann::json ticket_status(const RulesConfig& config, const SectionQueue& q, const Ticket& t);

}  // namespace khiw::server
