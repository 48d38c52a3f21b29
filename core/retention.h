// How long personal data is kept (Thai PDPA: store the least, for the least time). After the
// appointment day plus a retention period, a finished booking keeps only what statistics and the audit
// trail need: office, section, service, date, slot and state. Replayable API answers (idempotency
// records) hold the citizen's name too, so they expire after a day.
#pragma once
#include "core/booking.h"
#include "core/rules_config.h"

namespace khiw {

// True once the Bangkok date of `now` is more than personal_data_retention_days after the booking date (or
// its pre-service pickup date, if later) and the booking no longer needs its citizen: not active, and no
// pre-service request still to prepare or hand over (unless the booking was cancelled).
bool personal_data_expired(const RulesConfig& config, const Booking& booking, UnixSeconds now);
// The booking without name, phone, pre-service request, citizen key and ID digits.
Booking without_personal_data(Booking booking);
// The last instant at which a stored API answer may still be replayed.
UnixSeconds idempotency_cutoff(const RulesConfig& config, UnixSeconds now);

}  // namespace khiw
