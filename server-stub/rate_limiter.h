// Sliding-window limit on failed attempts per key (login: per username and per client address).
#pragma once
#include <deque>
#include <map>
#include <mutex>
#include <string>

#include "core/bkk_time.h"

namespace khiw::server {

class RateLimiter {
 public:
  RateLimiter(int max_failures, UnixSeconds window) : max_failures_(max_failures), window_(window) {}
  // Seconds until the next attempt is allowed; 0 when allowed now.
  UnixSeconds retry_after(const std::string& key, UnixSeconds now);
  void record_failure(const std::string& key, UnixSeconds now);
  void reset(const std::string& key);

 private:
  void expire(std::deque<UnixSeconds>& times, UnixSeconds now) const;
  const int max_failures_;
  const UnixSeconds window_;
  std::mutex mutex_;
  std::map<std::string, std::deque<UnixSeconds>> failures_;
};

}  // namespace khiw::server
