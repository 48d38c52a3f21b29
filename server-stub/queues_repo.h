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

 private:
  Statement find_;
  Statement save_;
  Statement on_day_;
  Statement of_office_;
};

}  // namespace khiw::server
