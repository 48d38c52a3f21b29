// Staff accounts and sessions: demo seeding, login with rate limiting, bearer-token lookup.
#pragma once
#include <httplib.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "server-stub/context.h"

namespace khiw::server {

inline constexpr UnixSeconds kSessionSeconds = 8 * 3600;  // one working day

// Creates "staff<code>" for each office code that has no account yet, printing each new password
// once to `out` (only its argon2id hash is stored).
void seed_demo_staff(Context& ctx, const std::vector<std::string>& office_codes, std::ostream& out);

struct Session {
  std::string token;
  UnixSeconds expires_at = 0;
  StaffAccount account;
};

// Throws ApiException: rate_limited (429) or unauthorized (401, same answer for unknown user and
// wrong password).
Session log_in(Context& ctx, const std::string& username, const std::string& password, const std::string& client);
void log_out(Context& ctx, const httplib::Request& req);
// The staff account behind the request's "Authorization: Bearer <token>", if valid and unexpired.
std::optional<StaffAccount> session_staff(Context& ctx, const httplib::Request& req);

}  // namespace khiw::server
