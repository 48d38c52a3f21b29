#include "server-stub/rate_limiter.h"

namespace khiw::server {

namespace {

constexpr size_t kPruneAt = 10'000;

}  // namespace

void RateLimiter::expire(std::deque<UnixSeconds>& times, UnixSeconds now) const {
  while (!times.empty() && times.front() <= now - window_) times.pop_front();
}

UnixSeconds RateLimiter::retry_after(const std::string& key, UnixSeconds now) {
  std::lock_guard lock(mutex_);
  auto it = failures_.find(key);
  if (it == failures_.end()) return 0;
  expire(it->second, now);
  if (it->second.empty()) {
    failures_.erase(it);
    return 0;
  }
  if (static_cast<int>(it->second.size()) < max_failures_) return 0;
  return it->second.front() + window_ - now;
}

void RateLimiter::record_failure(const std::string& key, UnixSeconds now) {
  std::lock_guard lock(mutex_);
  // Guessed usernames must not grow the map without bound: drop keys whose window has passed.
  if (failures_.size() >= kPruneAt) {
    for (auto it = failures_.begin(); it != failures_.end();) {
      expire(it->second, now);
      it = it->second.empty() ? failures_.erase(it) : std::next(it);
    }
  }
  auto& times = failures_[key];
  expire(times, now);
  times.push_back(now);
}

void RateLimiter::reset(const std::string& key) {
  std::lock_guard lock(mutex_);
  failures_.erase(key);
}

}  // namespace khiw::server
