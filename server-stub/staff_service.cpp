#include "server-stub/staff_service.h"

#include "server-stub/http_json.h"

namespace khiw::server {

namespace {

std::string bearer_token(const httplib::Request& req) {
  const std::string header = req.get_header_value("Authorization");
  constexpr std::string_view kPrefix = "Bearer ";
  return header.starts_with(kPrefix) ? header.substr(kPrefix.size()) : std::string();
}

}  // namespace

void seed_demo_staff(Context& ctx, const std::vector<std::string>& office_codes, std::ostream& out) {
  for (const std::string& code : office_codes) {
    const std::string username = "staff" + code;
    {
      std::lock_guard lock(ctx.db_mutex);
      if (ctx.staff.find(username)) continue;
    }
    const std::string password = random_hex(8);
    const std::string hash = hash_password(password);  // slow on purpose: outside the lock
    std::lock_guard lock(ctx.db_mutex);
    Transaction tx(ctx.db);
    if (!ctx.staff.insert({username, hash, code}, ctx.now())) continue;
    ctx.audit.append({ctx.now(), "system", "server", "local", "create_staff", username, "{}", code});
    tx.commit();
    out << "khiw: demo staff " << username << " password " << password << '\n';
  }
  out.flush();
}

Session log_in(Context& ctx, const std::string& username, const std::string& password, const std::string& client) {
  const UnixSeconds now = ctx.now();
  const std::string user_key = "user:" + username;
  const std::string client_key = "client:" + client;
  const UnixSeconds wait =
      std::max(ctx.login_limiter.retry_after(user_key, now), ctx.login_limiter.retry_after(client_key, now));
  if (wait > 0) throw ApiException{rate_limited()};

  std::optional<StaffAccount> account;
  {
    std::lock_guard lock(ctx.db_mutex);
    account = ctx.staff.find(username);
  }
  if (!account || !verify_password(account->password_hash, password)) {
    ctx.login_limiter.record_failure(user_key, now);
    ctx.login_limiter.record_failure(client_key, now);
    std::lock_guard lock(ctx.db_mutex);
    Transaction tx(ctx.db);
    // No office: the account may not exist.
    ctx.audit.append({now, "staff", username, client, "login_failed", username, "{}", {}});
    tx.commit();
    throw ApiException{unauthorized()};
  }
  ctx.login_limiter.reset(user_key);
  Session session{random_hex(32), now + kSessionSeconds, *account};
  std::lock_guard lock(ctx.db_mutex);
  Transaction tx(ctx.db);
  ctx.sessions.remove_expired(now);  // logins are rare: a good moment to tidy
  ctx.sessions.insert(digest_hex(session.token), username, session.expires_at);
  ctx.audit.append({now, "staff", username, client, "login", username, "{}", account->office_code});
  tx.commit();
  return session;
}

void log_out(Context& ctx, const httplib::Request& req) {
  std::lock_guard lock(ctx.db_mutex);
  Transaction tx(ctx.db);
  ctx.sessions.remove(digest_hex(bearer_token(req)));
  tx.commit();
}

std::optional<StaffAccount> session_staff(Context& ctx, const httplib::Request& req) {
  const std::string token = bearer_token(req);
  if (token.empty() || token.size() > 128) return std::nullopt;
  std::lock_guard lock(ctx.db_mutex);
  return ctx.sessions.find_valid(digest_hex(token), ctx.now());
}

}  // namespace khiw::server
