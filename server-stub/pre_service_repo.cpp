#include "server-stub/pre_service_repo.h"

namespace khiw::server {

PreServiceRepo::PreServiceRepo(Db& db)
    : upsert_(db, "INSERT INTO pre_service(code, office_code, pickup_office, pickup_date, state, open) "
                  "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(code) DO UPDATE SET office_code = ?2, "
                  "pickup_office = ?3, pickup_date = ?4, state = ?5, open = ?6"),
      remove_(db, "DELETE FROM pre_service WHERE code = ?1"),
      of_office_(db, "SELECT b.record FROM pre_service p JOIN bookings b ON b.code = p.code "
                     "WHERE (p.office_code = ?1 OR p.pickup_office = ?1) "
                     "AND (?2 = 'all' OR (?2 = 'open' AND p.open = 1) OR p.state = ?2) "
                     "ORDER BY p.pickup_date, p.code"),
      missing_(db, "SELECT record FROM bookings WHERE state != 'cancelled' AND json_type(record, '$.pre_service') "
                   "= 'object' AND code NOT IN (SELECT code FROM pre_service)") {}

void PreServiceRepo::save(const Booking& b) {
  if (!b.pre_service || b.state == BookingState::Cancelled) {
    remove_.start().bind(1, b.id).run();
    return;
  }
  const PreServiceRequest& r = *b.pre_service;
  upsert_.start()
      .bind(1, b.id)
      .bind(2, b.office_code)
      .bind(3, r.pickup_office)
      .bind(4, iso_date(r.pickup_date))
      .bind(5, pre_service_state_name(r.progress.state))
      .bind(6, int64_t{is_open(r.progress.state)})
      .run();
}

void PreServiceRepo::add_missing() {
  std::vector<Booking> found;
  for (Query q = missing_.start(); q.step();) found.push_back(booking_from_json(q.column_text(0)));
  for (const Booking& b : found) save(b);
}

std::vector<Booking> PreServiceRepo::of_office(const std::string& office, const std::string& filter) {
  std::vector<Booking> out;
  Query q = of_office_.start();
  q.bind(1, office).bind(2, filter);
  while (q.step()) out.push_back(booking_from_json(q.column_text(0)));
  return out;
}

}  // namespace khiw::server
