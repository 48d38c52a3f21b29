// Repository of idempotency: the first answer given for each client-generated Idempotency-Key.
#pragma once
#include <optional>
#include <string>

#include "core/bkk_time.h"
#include "server-stub/db.h"

namespace khiw::server {

struct StoredResponse {
  std::string request_digest;  // of the canonical request body, to refuse a reused key
  int status = 200;
  std::string body;
};

class IdempotencyRepo {
 public:
  explicit IdempotencyRepo(Db& db);
  std::optional<StoredResponse> find(const std::string& key);
  void store(const std::string& key, const StoredResponse& response, UnixSeconds now);
  // Deletes answers stored before `cutoff`; returns how many.
  int purge_before(UnixSeconds cutoff);

 private:
  Statement find_;
  Statement insert_;
  Statement purge_;
  Db& db_;
};

}  // namespace khiw::server
