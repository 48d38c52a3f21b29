#include "server-stub/schema.h"

namespace khiw::server {

void migrate(Db& db) {
  db.exec(R"sql(
    CREATE TABLE IF NOT EXISTS offices (
      code TEXT PRIMARY KEY,
      name_th TEXT NOT NULL,
      name_en TEXT NOT NULL
    );
  )sql");
}

}  // namespace khiw::server
