// Repository of the offices table: the catalog's district offices, seeded from data/offices.json.
#pragma once
#include <vector>

#include "core/offices.h"
#include "server-stub/db.h"

namespace khiw::server {

class OfficesRepo {
 public:
  explicit OfficesRepo(Db& db);
  // Inserts or refreshes every office in one transaction.
  void upsert_all(const std::vector<Office>& offices);
  int64_t count();

 private:
  Db& db_;
  Statement upsert_;
  Statement count_;
};

}  // namespace khiw::server
