// The keys of the staff lists of pre-service requests: one row per request of a booking not cancelled,
// by preparing office and by pickup office. The request itself, with its progress, stays in the
// booking's record (bookings.record); BookingsRepo keeps these rows in step with every write.
#pragma once
#include <string>
#include <vector>

#include "core/booking.h"
#include "server-stub/db.h"

namespace khiw::server {

class PreServiceRepo {
 public:
  explicit PreServiceRepo(Db& db);
  // The booking's row as it is now: written for a request, removed when it has none (erased by the
  // retention sweep) or the booking was cancelled.
  void save(const Booking& booking);
  // Rows for the requests of bookings stored before this table existed (the upgrade in schema.cpp).
  void add_missing();
  // Requests `office` prepares or hands over, by pickup date then code. `filter`: "open" (pending,
  // prepared, approved), "all", or one state's name.
  std::vector<Booking> of_office(const std::string& office, const std::string& filter);

 private:
  Statement upsert_;
  Statement remove_;
  Statement of_office_;
  Statement missing_;
};

}  // namespace khiw::server
