// Repository of bookings. The record column holds core's booking_to_json; the other columns are the
// keys the capacity, duplicate and roster queries need; every write also updates the booking's row of
// the pre-service lists (pre_service_repo.h). Booking::id is the public booking code.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/booking.h"
#include "server-stub/db.h"
#include "server-stub/pre_service_repo.h"

namespace khiw::server {

class BookingsRepo {
 public:
  explicit BookingsRepo(Db& db);

  int count_active_in_slot(const std::string& office, const std::string& section, Date date, int slot);
  int count_active_for_citizen(const std::string& citizen_key, const std::string& service, Date date);
  // Active bookings per (date, slot) of an office section between two dates inclusive.
  std::map<std::pair<std::string, int>, int> active_counts(const std::string& office, const std::string& section,
                                                           Date from, Date to);
  bool code_exists(const std::string& code);
  void insert(const Booking& booking);
  void update(const Booking& booking);
  std::optional<Booking> find(const std::string& code);
  // Bookings in `state` dated on or before `last_date`, oldest first (the no-show sweep).
  std::vector<Booking> in_state_until(BookingState state, Date last_date);
  std::vector<Booking> on_day(const std::string& office, Date date);
  // Finished bookings dated on or before `last_date` that still hold personal data (retention sweep).
  std::vector<Booking> finished_with_citizen_until(Date last_date);
  // Bookings with a pre-service request `office` prepares or hands over (PreServiceRepo::of_office).
  std::vector<Booking> with_pre_service_at(const std::string& office, const std::string& filter);

 private:
  static std::vector<Booking> collect(Query& q);
  Statement count_slot_;
  Statement count_citizen_;
  Statement counts_;
  Statement exists_;
  Statement insert_;
  Statement update_;
  Statement find_;
  Statement in_state_;
  Statement on_day_;
  Statement with_citizen_;
  PreServiceRepo pre_service_;
};

}  // namespace khiw::server
