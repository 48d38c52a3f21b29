#include "server-stub/offices_repo.h"

namespace khiw::server {

OfficesRepo::OfficesRepo(Db& db)
    : db_(db),
      upsert_(db, "INSERT INTO offices(code, name_th, name_en) VALUES(?1, ?2, ?3) "
                  "ON CONFLICT(code) DO UPDATE SET name_th = ?2, name_en = ?3"),
      count_(db, "SELECT COUNT(*) FROM offices") {}

void OfficesRepo::upsert_all(const std::vector<Office>& offices) {
  Transaction tx(db_);
  for (const Office& o : offices) upsert_.start().bind(1, o.code).bind(2, o.name_th).bind(3, o.name_en).run();
  tx.commit();
}

int64_t OfficesRepo::count() {
  return count_.start().single_int();
}

}  // namespace khiw::server
