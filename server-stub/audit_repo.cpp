#include "server-stub/audit_repo.h"

namespace khiw::server {

AuditRepo::AuditRepo(Db& db)
    : insert_(db, "INSERT INTO audit_log(at, actor, actor_id, client, action, subject, detail) "
                  "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
      count_(db, "SELECT COUNT(*) FROM audit_log WHERE action = ?1 AND subject = ?2") {}

void AuditRepo::append(const AuditEntry& e) {
  insert_.start()
      .bind(1, e.at)
      .bind(2, e.actor)
      .bind(3, e.actor_id)
      .bind(4, e.client)
      .bind(5, e.action)
      .bind(6, e.subject)
      .bind(7, e.detail)
      .run();
}

int64_t AuditRepo::count_action(const std::string& action, const std::string& subject) {
  return count_.start().bind(1, action).bind(2, subject).single_int();
}

}  // namespace khiw::server
