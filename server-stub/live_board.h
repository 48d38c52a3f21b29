// Live waiting counts for every office section today, kept in memory and published as one JSON
// document with an ETag (cheap 304s for many citizens). Each office also has a sequence number that
// grows with every change there (counts or not: a recall, a pause), which its event streams wait on.
#pragma once
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/bkk_time.h"
#include "core/offices.h"
#include "core/rules_config.h"
#include "core/queue.h"
#include "server-stub/reference_data.h"

namespace khiw::server {

struct SectionLive {
  int waiting = 0;  // everyone in line ahead of a newcomer, including remote holders
  int remote = 0;   // of those, holding a place from the app, not at the office yet
  int serving = 0;
  UnixSeconds wait_seconds = 0;  // core's estimate for someone joining now
};

// Core's wait estimate for a ticket with `people_ahead` in front of it, from the day's finished services.
UnixSeconds estimated_wait(const RulesConfig& config, const SectionQueue& queue, int people_ahead);
// Counts of a queue, with the wait estimate for a newcomer.
SectionLive section_live(const RulesConfig& config, const SectionQueue& queue);

class LiveBoard {
 public:
  explicit LiveBoard(const std::vector<Office>& offices);

  // Every change to a section's line passes here, even one that leaves the counts as they were.
  void update(const SectionQueue& queue, const SectionLive& live);
  // All offices (or one) for `today`; sections without a queue today are left out (zero waiting).
  // Shared, not copied: the polling hot path only compares its ETag. One office's document also carries
  // its "seq".
  std::shared_ptr<const CachedDocument> all(Date today);
  std::optional<CachedDocument> office(const std::string& code, Date today);

  // Changes at the office during this server run (0 before the first).
  uint64_t office_seq(const std::string& code);
  // Waits until the office's seq differs from `seen` or the timeout passes; false once shut down.
  bool wait_for_office_change(const std::string& code, uint64_t seen, std::chrono::milliseconds timeout);
  void shut_down();

  // Event streams open at once: the 16 display boards and 64 staff screens, with room for a
  // few more. Each holds a worker thread; server.cpp sizes the pool so that short requests keep theirs.
  static constexpr int kMaxStreams = 96;
  // Bounds the worker threads held by event streams.
  bool try_open_stream();
  void close_stream();

 private:
  std::string render(Date today, const std::string* only_office) const;
  uint64_t seq_of(const std::string& code) const;  // with mutex_ held

  std::vector<std::string> office_codes_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::map<std::pair<std::string, std::string>, std::pair<Date, SectionLive>> sections_;
  std::map<std::string, uint64_t> office_seq_;
  uint64_t version_ = 1;  // of all offices' counts, for the cached document
  bool shut_down_ = false;
  int open_streams_ = 0;
  uint64_t cached_version_ = 0;
  Date cached_day_;
  std::shared_ptr<const CachedDocument> cached_;
};

}  // namespace khiw::server
