// Repository of satisfaction ratings (core's Rating plus the keyed subject that makes them one per
// booking or ticket).
#pragma once
#include <string>
#include <vector>

#include "core/rating.h"
#include "server-stub/db.h"

namespace khiw::server {

class RatingsRepo {
 public:
  explicit RatingsRepo(Db& db);
  bool exists(const std::string& subject_key);
  void insert(const std::string& subject_key, const Rating& rating, UnixSeconds now);
  // Ratings of services from `from` to `to` (inclusive) at one office, or every office when `office` is
  // empty; by day, office, then in the order they were given.
  std::vector<Rating> between(Date from, Date to, const std::string& office);

 private:
  Statement exists_;
  Statement insert_;
  Statement between_;
};

}  // namespace khiw::server
