// Thai/English display names for core's states, for screens and receipts (error texts live in errors.h).
#pragma once
#include <string>
#include <string_view>

#include "core/booking.h"
#include "core/pre_service.h"
#include "core/i18n.h"
#include "core/queue.h"
#include "core/rules_config.h"

namespace khiw {

std::string_view booking_state_label(BookingState state, Lang lang);
std::string_view ticket_state_label(TicketState state, Lang lang);
std::string_view ticket_kind_label(TicketKind kind, Lang lang);
std::string_view pre_service_state_label(PreServiceState state, Lang lang);
// What the office asking does with a copy request: prepares, hands over, or both (None: "").
std::string_view pre_service_role_label(PreServiceRole role, Lang lang);
// "40" or "40.50": a fee in satang as baht (the same in both languages).
std::string baht_text(int satang);
// "08:00–09:00" (same in both languages; Thai readers use the 24-hour clock too).
std::string slot_label(const RulesConfig& config, int slot_index);

}  // namespace khiw
