// Repository of audit_log: every state change appends one row (who, when, what, from which client).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/bkk_time.h"
#include "server-stub/db.h"

namespace khiw::server {

struct AuditEntry {
  UnixSeconds at = 0;
  std::string actor;     // "citizen", "staff", "system"
  std::string actor_id;  // staff username, booking code or "server"
  std::string client;    // remote address
  std::string action;    // "create_booking", "cancel", "check_in", "no_show", "login", ...
  std::string subject;   // booking code, ticket, username
  std::string detail = "{}";  // JSON, never personal data
  std::string office_code;    // the office it concerns (staff read their office's log); empty when none
};

class AuditRepo {
 public:
  explicit AuditRepo(Db& db);
  void append(const AuditEntry& entry);
  int64_t count_action(const std::string& action, const std::string& subject);
  // An office's entries with from <= at < until, newest first, at most `limit`.
  std::vector<AuditEntry> of_office(const std::string& office, UnixSeconds from, UnixSeconds until, int limit);

 private:
  Statement insert_;
  Statement count_;
  Statement of_office_;
};

}  // namespace khiw::server
