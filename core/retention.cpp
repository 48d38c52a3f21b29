#include "core/retention.h"

#include <algorithm>

#include "core/pre_service.h"

namespace khiw {

bool personal_data_expired(const RulesConfig& config, const Booking& booking, UnixSeconds now) {
  if (is_active(booking.state)) return false;
  Date last = booking.date;
  if (const auto& request = booking.pre_service; request && booking.state != BookingState::Cancelled) {
    // Copies still to prepare or hand over need their citizen (the pickup checks the ID and laser code).
    if (is_open(request->progress.state)) return false;
    last = std::max(last, request->pickup_date);
  }
  return bkk_date(now) > add_days(last, config.personal_data_retention_days);
}

Booking without_personal_data(Booking b) {
  b.citizen_key.clear();
  b.id_last4.clear();
  b.name.clear();
  b.mobile.clear();
  b.pre_service.reset();
  return b;
}

UnixSeconds idempotency_cutoff(const RulesConfig& config, UnixSeconds now) {
  return now - config.idempotency_retention_seconds;
}

}  // namespace khiw
