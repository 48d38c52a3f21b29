#include "core/retention.h"

namespace khiw {

bool personal_data_expired(const RulesConfig& config, const Booking& booking, UnixSeconds now) {
  return !is_active(booking.state) && bkk_date(now) > add_days(booking.date, config.personal_data_retention_days);
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
