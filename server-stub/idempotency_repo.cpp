#include "server-stub/idempotency_repo.h"

namespace khiw::server {

IdempotencyRepo::IdempotencyRepo(Db& db)
    : find_(db, "SELECT request_digest, status, response FROM idempotency WHERE key = ?1"),
      insert_(db, "INSERT INTO idempotency(key, request_digest, status, response, created_at) "
                  "VALUES(?1, ?2, ?3, ?4, ?5)"),
      purge_(db, "DELETE FROM idempotency WHERE created_at < ?1"),
      db_(db) {}

std::optional<StoredResponse> IdempotencyRepo::find(const std::string& key) {
  Query q = find_.start();
  if (!q.bind(1, key).step()) return std::nullopt;
  return StoredResponse{q.column_text(0), static_cast<int>(q.column_int(1)), q.column_text(2)};
}

void IdempotencyRepo::store(const std::string& key, const StoredResponse& r, UnixSeconds now) {
  insert_.start().bind(1, key).bind(2, r.request_digest).bind(3, int64_t{r.status}).bind(4, r.body).bind(5, now).run();
}

int IdempotencyRepo::purge_before(UnixSeconds cutoff) {
  purge_.start().bind(1, cutoff).run();
  return db_.changes();
}

}  // namespace khiw::server
