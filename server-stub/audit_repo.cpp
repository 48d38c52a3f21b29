#include "server-stub/audit_repo.h"

namespace khiw::server {

AuditRepo::AuditRepo(Db& db)
    : insert_(db, "INSERT INTO audit_log(at, actor, actor_id, client, action, subject, detail, office_code) "
                  "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, NULLIF(?8, ''))"),
      count_(db, "SELECT COUNT(*) FROM audit_log WHERE action = ?1 AND subject = ?2"),
      of_office_(db, "SELECT at, actor, actor_id, client, action, subject, detail, office_code FROM audit_log "
                     "WHERE office_code = ?1 AND at >= ?2 AND at < ?3 ORDER BY at DESC, seq DESC LIMIT ?4") {}

void AuditRepo::append(const AuditEntry& e) {
  insert_.start()
      .bind(1, e.at)
      .bind(2, e.actor)
      .bind(3, e.actor_id)
      .bind(4, e.client)
      .bind(5, e.action)
      .bind(6, e.subject)
      .bind(7, e.detail)
      .bind(8, e.office_code)
      .run();
}

int64_t AuditRepo::count_action(const std::string& action, const std::string& subject) {
  return count_.start().bind(1, action).bind(2, subject).single_int();
}

std::vector<AuditEntry> AuditRepo::of_office(const std::string& office, UnixSeconds from, UnixSeconds until,
                                             int limit) {
  std::vector<AuditEntry> out;
  Query q = of_office_.start();
  q.bind(1, office).bind(2, from).bind(3, until).bind(4, int64_t{limit});
  while (q.step())
    out.push_back({q.column_int(0), q.column_text(1), q.column_text(2), q.column_text(3), q.column_text(4),
                   q.column_text(5), q.column_text(6), q.column_text(7)});
  return out;
}

}  // namespace khiw::server
