#include "server-stub/staff_repo.h"

namespace khiw::server {

namespace {

// Both lookups select username, password_hash, office_code in that order.
StaffAccount account_of(const Query& q) { return {q.column_text(0), q.column_text(1), q.column_text(2)}; }

}  // namespace

StaffRepo::StaffRepo(Db& db)
    : db_(db),
      find_(db, "SELECT username, password_hash, office_code FROM staff WHERE username = ?1"),
      insert_(db, "INSERT OR IGNORE INTO staff(username, password_hash, office_code, created_at) "
                  "VALUES(?1, ?2, ?3, ?4)") {}

std::optional<StaffAccount> StaffRepo::find(const std::string& username) {
  Query q = find_.start();
  if (!q.bind(1, username).step()) return std::nullopt;
  return account_of(q);
}

bool StaffRepo::insert(const StaffAccount& a, UnixSeconds now) {
  insert_.start().bind(1, a.username).bind(2, a.password_hash).bind(3, a.office_code).bind(4, now).run();
  return db_.changes() > 0;
}

SessionsRepo::SessionsRepo(Db& db)
    : insert_(db, "INSERT INTO sessions(token_digest, username, expires_at) VALUES(?1, ?2, ?3)"),
      find_(db, "SELECT s.username, s.password_hash, s.office_code FROM sessions JOIN staff s USING(username) "
                "WHERE token_digest = ?1 AND expires_at > ?2"),
      remove_(db, "DELETE FROM sessions WHERE token_digest = ?1"),
      remove_expired_(db, "DELETE FROM sessions WHERE expires_at <= ?1") {}

void SessionsRepo::insert(const std::string& token_digest, const std::string& username, UnixSeconds expires_at) {
  insert_.start().bind(1, token_digest).bind(2, username).bind(3, expires_at).run();
}

std::optional<StaffAccount> SessionsRepo::find_valid(const std::string& token_digest, UnixSeconds now) {
  Query q = find_.start();
  if (!q.bind(1, token_digest).bind(2, now).step()) return std::nullopt;
  return account_of(q);
}

void SessionsRepo::remove(const std::string& token_digest) { remove_.start().bind(1, token_digest).run(); }

void SessionsRepo::remove_expired(UnixSeconds now) { remove_expired_.start().bind(1, now).run(); }

}  // namespace khiw::server
