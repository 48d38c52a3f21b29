// Repository of queues: each office section's line for one day, stored as core's queue JSON.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/queue.h"
#include "server-stub/db.h"

namespace khiw::server {

class QueuesRepo {
 public:
  explicit QueuesRepo(Db& db);
  std::optional<SectionQueue> find(const std::string& office, const std::string& section, Date day);
  void save(const SectionQueue& queue);
  std::vector<SectionQueue> on_day(Date day);
  std::vector<SectionQueue> of_office(const std::string& office, Date day);
  // The queues' stored documents (queue_to_json) from `from` to `to` (inclusive) of one office, or of every
  // office when `office` is empty: the statistics' input, parsed by the caller once it lets the database
  // go (up to 92 days of lines).
  std::vector<std::string> documents_between(Date from, Date to, const std::string& office);

 private:
  Statement find_;
  Statement save_;
  Statement on_day_;
  Statement of_office_;
  Statement between_;
};

}  // namespace khiw::server
