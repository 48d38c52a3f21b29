#include "server-stub/context.h"

#include <chrono>

#include "server-stub/offices_repo.h"
#include "server-stub/schema.h"

namespace khiw::server {

namespace {

// Five failed logins per username or address within five minutes, then wait.
constexpr int kLoginFailures = 5;
constexpr UnixSeconds kLoginWindow = 5 * 60;

Db& migrated(Db& db) {
  migrate(db);
  return db;
}

}  // namespace

UnixSeconds system_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Context::Context(const Options& opts, Clock clock)
    : options(opts),
      now(std::move(clock)),
      ref(load_reference_data(opts.data_dir)),
      db(opts.db_path),
      checkpoints(db, opts.db_path),
      keys(load_or_create_keys(opts.db_path + ".key")),
      bookings(migrated(db)),
      audit(db),
      idempotency(db),
      staff(db),
      sessions(db),
      queues(db),
      ratings(db),
      web(opts.web_root),
      login_limiter(kLoginFailures, kLoginWindow),
      live(ref.offices),
      writes(db, db_mutex) {
  OfficesRepo(db).upsert_all(ref.offices);
}

}  // namespace khiw::server
