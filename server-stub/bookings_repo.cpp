#include "server-stub/bookings_repo.h"

namespace khiw::server {

BookingsRepo::BookingsRepo(Db& db)
    : count_slot_(db, "SELECT COUNT(*) FROM bookings WHERE office_code = ?1 AND section_id = ?2 AND date = ?3 "
                      "AND slot = ?4 AND active = 1"),
      count_citizen_(db, "SELECT COUNT(*) FROM bookings WHERE citizen_key = ?1 AND service_id = ?2 AND date = ?3 "
                         "AND active = 1"),
      counts_(db, "SELECT date, slot, COUNT(*) FROM bookings WHERE office_code = ?1 AND section_id = ?2 "
                  "AND date BETWEEN ?3 AND ?4 AND active = 1 GROUP BY date, slot"),
      exists_(db, "SELECT 1 FROM bookings WHERE code = ?1"),
      insert_(db, "INSERT INTO bookings(code, office_code, section_id, service_id, date, slot, citizen_key, "
                  "record, state, active, updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"),
      update_(db, "UPDATE bookings SET record = ?2, state = ?3, active = ?4, updated_at = ?5, citizen_key = ?6 "
                  "WHERE code = ?1"),
      find_(db, "SELECT record FROM bookings WHERE code = ?1"),
      in_state_(db, "SELECT record FROM bookings WHERE state = ?1 AND date <= ?2 ORDER BY date, slot"),
      on_day_(db, "SELECT record FROM bookings WHERE office_code = ?1 AND date = ?2 ORDER BY slot, code"),
      with_citizen_(db, "SELECT record FROM bookings WHERE active = 0 AND date <= ?1 AND citizen_key != ''"),
      pre_service_(db) {}

int BookingsRepo::count_active_in_slot(const std::string& office, const std::string& section, Date date, int slot) {
  return static_cast<int>(
      count_slot_.start().bind(1, office).bind(2, section).bind(3, iso_date(date)).bind(4, int64_t{slot}).single_int());
}

int BookingsRepo::count_active_for_citizen(const std::string& citizen_key, const std::string& service, Date date) {
  return static_cast<int>(
      count_citizen_.start().bind(1, citizen_key).bind(2, service).bind(3, iso_date(date)).single_int());
}

std::map<std::pair<std::string, int>, int> BookingsRepo::active_counts(const std::string& office,
                                                                      const std::string& section, Date from,
                                                                      Date to) {
  std::map<std::pair<std::string, int>, int> counts;
  Query q = counts_.start();
  q.bind(1, office).bind(2, section).bind(3, iso_date(from)).bind(4, iso_date(to));
  while (q.step()) counts[{q.column_text(0), static_cast<int>(q.column_int(1))}] = static_cast<int>(q.column_int(2));
  return counts;
}

bool BookingsRepo::code_exists(const std::string& code) { return exists_.start().bind(1, code).step(); }

void BookingsRepo::insert(const Booking& b) {
  insert_.start()
      .bind(1, b.id)
      .bind(2, b.office_code)
      .bind(3, b.section_id)
      .bind(4, b.service_id)
      .bind(5, iso_date(b.date))
      .bind(6, int64_t{b.slot})
      .bind(7, b.citizen_key)
      .bind(8, booking_to_json(b))
      .bind(9, booking_state_name(b.state))
      .bind(10, int64_t{is_active(b.state)})
      .bind(11, b.updated_at)
      .run();
  pre_service_.save(b);
}

void BookingsRepo::update(const Booking& b) {
  update_.start()
      .bind(1, b.id)
      .bind(2, booking_to_json(b))
      .bind(3, booking_state_name(b.state))
      .bind(4, int64_t{is_active(b.state)})
      .bind(5, b.updated_at)
      .bind(6, b.citizen_key)
      .run();
  pre_service_.save(b);
}

std::optional<Booking> BookingsRepo::find(const std::string& code) {
  Query q = find_.start();
  if (!q.bind(1, code).step()) return std::nullopt;
  return booking_from_json(q.column_text(0));
}

std::vector<Booking> BookingsRepo::collect(Query& q) {
  std::vector<Booking> out;
  while (q.step()) out.push_back(booking_from_json(q.column_text(0)));
  return out;
}

std::vector<Booking> BookingsRepo::in_state_until(BookingState state, Date last_date) {
  Query q = in_state_.start();
  return collect(q.bind(1, booking_state_name(state)).bind(2, iso_date(last_date)));
}

std::vector<Booking> BookingsRepo::finished_with_citizen_until(Date last_date) {
  Query q = with_citizen_.start();
  return collect(q.bind(1, iso_date(last_date)));
}

std::vector<Booking> BookingsRepo::with_pre_service_at(const std::string& office, const std::string& filter) {
  return pre_service_.of_office(office, filter);
}

std::vector<Booking> BookingsRepo::on_day(const std::string& office, Date date) {
  Query q = on_day_.start();
  return collect(q.bind(1, office).bind(2, iso_date(date)));
}

}  // namespace khiw::server
