// Repositories of staff (accounts, argon2id hashes) and sessions (digests of bearer tokens).
#pragma once
#include <optional>
#include <string>

#include "core/bkk_time.h"
#include "server-stub/db.h"

namespace khiw::server {

struct StaffAccount {
  std::string username;
  std::string password_hash;
  std::string office_code;
};

class StaffRepo {
 public:
  explicit StaffRepo(Db& db);
  std::optional<StaffAccount> find(const std::string& username);
  // False when the username is taken (first-start seeding runs once per account).
  bool insert(const StaffAccount& account, UnixSeconds now);

 private:
  Db& db_;
  Statement find_;
  Statement insert_;
};

class SessionsRepo {
 public:
  explicit SessionsRepo(Db& db);
  void insert(const std::string& token_digest, const std::string& username, UnixSeconds expires_at);
  // The staff account of an unexpired session.
  std::optional<StaffAccount> find_valid(const std::string& token_digest, UnixSeconds now);
  void remove(const std::string& token_digest);
  void remove_expired(UnixSeconds now);

 private:
  Statement insert_;
  Statement find_;
  Statement remove_;
  Statement remove_expired_;
};

}  // namespace khiw::server
