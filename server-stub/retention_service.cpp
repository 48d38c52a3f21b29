#include "server-stub/retention_service.h"

#include <nlohmann/json.hpp>

#include "core/retention.h"

namespace khiw::server {

RetentionResult sweep_expired_personal_data(Context& ctx) {
  const RulesConfig& config = ctx.ref.rules;
  std::lock_guard lock(ctx.db_mutex);
  const UnixSeconds now = ctx.now();
  Transaction tx(ctx.db);
  RetentionResult result;
  // Everything dated up to the retention horizon; core decides each record.
  const Date horizon = add_days(bkk_date(now), -config.personal_data_retention_days);
  for (const Booking& b : ctx.bookings.finished_with_citizen_until(horizon)) {
    if (!personal_data_expired(config, b, now)) continue;
    ctx.bookings.update(without_personal_data(b));
    ++result.bookings_erased;
  }
  result.answers_purged = ctx.idempotency.purge_before(idempotency_cutoff(config, now));
  if (result.bookings_erased + result.answers_purged > 0) {
    ctx.audit.append({now, "system", "server", "local", "retention", "bookings",
                      nlohmann::json{{"bookings_erased", result.bookings_erased},
                                     {"answers_purged", result.answers_purged}}
                          .dump(), {}});
  }
  tx.commit();
  // Old page images in the write-ahead log still hold what was erased: fold them into the database.
  if (result.bookings_erased + result.answers_purged > 0) ctx.db.checkpoint_truncate();
  return result;
}

}  // namespace khiw::server
