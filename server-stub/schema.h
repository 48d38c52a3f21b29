// Creates or upgrades the database tables. Idempotent: runs at every start.
#pragma once
#include "server-stub/db.h"

namespace khiw::server {

void migrate(Db& db);

}  // namespace khiw::server
